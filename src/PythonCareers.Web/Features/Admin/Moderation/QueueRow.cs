namespace PythonCareers.Web.Features.Admin.Moderation;

public sealed record QueueRow(int Id, string Title, string CompanyName, string RoleTitle, DateTime? SubmittedAt, bool IsRevision);
