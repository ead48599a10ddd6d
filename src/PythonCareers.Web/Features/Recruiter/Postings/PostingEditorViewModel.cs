using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Recruiter.Postings;

public sealed record PostingEditorViewModel(int? Id, PostingForm Form, IReadOnlyList<Choice> Roles, IReadOnlyList<Choice> Skills, bool IsLive);
