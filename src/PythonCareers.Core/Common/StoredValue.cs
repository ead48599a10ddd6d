namespace PythonCareers.Core.Common;

/// <summary>A value as another editor saved it while this editor had the form open.</summary>
public sealed record StoredValue(string Label, string Value);
