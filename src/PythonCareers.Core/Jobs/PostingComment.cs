using PythonCareers.Core.Common;

namespace PythonCareers.Core.Jobs;

/// <summary>A message between an editor and the recruiter about a posting in review.</summary>
public sealed class PostingComment
{
    public const int BodyMaxLength = 2000;

    private PostingComment()
    {
    }

    public PostingComment(int jobPostingId, string authorId, string authorName, bool byEditor, string body, DateTime at)
    {
        JobPostingId = jobPostingId;
        AuthorId = authorId;
        AuthorName = authorName;
        ByEditor = byEditor;
        Body = Guard.Text(body, "A comment", BodyMaxLength);
        At = at;
    }

    public int Id { get; private set; }

    public int JobPostingId { get; private set; }

    public string AuthorId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public bool ByEditor { get; private set; }

    public string Body { get; private set; } = "";

    public DateTime At { get; private set; }
}

/// <summary>A message in the thread as one reader sees it: <see cref="Author"/> is already what that reader may know.</summary>
public sealed record ThreadMessage(string Author, string Body, DateTime At);

public enum ThreadReader
{
    Staff,
    Recruiter,
}
