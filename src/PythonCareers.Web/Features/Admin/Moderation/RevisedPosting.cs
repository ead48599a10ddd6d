namespace PythonCareers.Web.Features.Admin.Moderation;

/// <summary>The live posting that a revision in review would change.</summary>
public sealed record RevisedPosting(int Id, string Title);
