using PythonCareers.Core.Market;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>A role's figures in the latest snapshot of the posted-salary index (none: not enough postings yet).</summary>
public sealed record PostedPayViewModel(string RoleTitle, IReadOnlyList<PostedPay> Figures)
{
    /// <summary>The snapshot's date; all figures share it.</summary>
    public DateOnly? AsOf => Figures.Count == 0 ? null : Figures[0].AsOf;
}
