namespace PythonCareers.Web.Features.Roles;

/// <summary>One of the two roles of a comparison: who it is and how many of its postings are open on the board now.</summary>
public sealed record RoleSide(string Slug, string Title, string Summary, int OpenPostings);
