namespace PythonCareers.Web.Features.Roles;

/// <summary>A daily responsibility of one role, marked when the other role of the comparison lists it too.</summary>
public sealed record DutyView(string Text, bool IsShared);
