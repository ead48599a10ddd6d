using PythonCareers.Web.Features.Api;

namespace PythonCareers.Web.Features.Data;

public sealed record DataPageViewModel(int FigureCount, IReadOnlyList<ApiSource> Sources, string Citation);
