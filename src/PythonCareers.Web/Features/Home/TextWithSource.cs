using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Home;

public sealed record TextWithSource(string Text, SourceCitation Source);
