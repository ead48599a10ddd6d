using PythonCareers.Core.Jobs;
using PythonCareers.Web.Features.CareerAreas;
using PythonCareers.Web.Features.Roles;

namespace PythonCareers.Web.Features.Home;

/// <summary>The home page: a job search first, then the newest jobs, then the reasons, the areas and the roles.</summary>
public sealed record HomeViewModel(IReadOnlyList<TextWithSource> Facts, IReadOnlyList<AreaCard> Areas, IReadOnlyList<RoleCard> Roles, IReadOnlyList<PostingSummary> Newest)
{
    public const int NewestShown = 6;
}
