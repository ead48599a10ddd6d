using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Recruiter.Postings;

/// <summary>The posting form, with the warnings about its pay that it asks the recruiter to confirm (none at first).</summary>
public sealed record PostingEditorViewModel(int? Id, PostingForm Form, IReadOnlyList<Choice> Roles, IReadOnlyList<Choice> Skills, bool IsLive)
{
    public IReadOnlyList<SalaryWarning> SalaryWarnings { get; init; } = [];
}
