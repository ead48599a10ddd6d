using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.CareerAreas;

public sealed record AreaCard(string Slug, string Name, string PythonUse, SourceCitation Source);
