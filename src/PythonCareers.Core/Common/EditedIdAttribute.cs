namespace PythonCareers.Core.Common;

/// <summary>
/// Marks the id of the record an editor's form changes: the site binds it from the address (the route's id), never from
/// the posted fields, so a form cannot be made to validate or save as another record.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EditedIdAttribute : Attribute
{
}
