using PythonCareers.Web.Features.Roles;

namespace PythonCareers.Web.Features.CareerAreas;

public sealed record AreaDetailsViewModel(AreaCard Area, IReadOnlyList<RoleCard> Roles);
