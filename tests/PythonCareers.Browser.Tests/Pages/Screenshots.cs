namespace PythonCareers.Browser.Tests.Pages;

/// <summary>Where the page screenshots go: PYTHONCAREERS_SCREENSHOTS, or artifacts/screenshots at the repository's root (CI keeps that folder).</summary>
public static class Screenshots
{
    public const string FolderVariable = "PYTHONCAREERS_SCREENSHOTS";

    public static string Folder { get; } = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static string File(string page, int width) => Path.Combine(Folder, $"{page}-{width}.png");

    /// <summary>The folder above the test's build output that holds the solution.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "PythonCareers.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No PythonCareers.sln above {AppContext.BaseDirectory}: set {FolderVariable} to choose the screenshots' folder.");
    }
}
