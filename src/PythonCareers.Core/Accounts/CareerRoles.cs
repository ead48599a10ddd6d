namespace PythonCareers.Core.Accounts;

public static class CareerRoles
{
    public const string Recruiter = "Recruiter";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>Who may moderate postings and keep content: editors and admins.</summary>
    public const string EditorOrAdmin = Editor + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Recruiter, Editor, Admin];
}
