namespace PythonCareers.Web.Features.CareerAreas;

public sealed record AreaLink(string Slug, string Name);
