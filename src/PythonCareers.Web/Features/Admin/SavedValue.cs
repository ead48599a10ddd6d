namespace PythonCareers.Web.Features.Admin;

/// <summary>A value as another editor saved it while this editor had the form open.</summary>
public sealed record SavedValue(string Label, string Value);
