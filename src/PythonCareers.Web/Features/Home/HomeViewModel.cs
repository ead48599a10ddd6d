using PythonCareers.Web.Features.CareerAreas;
using PythonCareers.Web.Features.Roles;

namespace PythonCareers.Web.Features.Home;

public sealed record HomeViewModel(IReadOnlyList<TextWithSource> Facts, IReadOnlyList<AreaCard> Areas, IReadOnlyList<RoleCard> Roles);
