namespace PythonCareers.Web.Features.Admin.Moderation;

public sealed record QueueViewModel(QueueFilter Filter, IReadOnlyList<QueueRow> Rows, IReadOnlyList<Choice> Roles);
