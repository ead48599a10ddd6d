namespace PythonCareers.Core.Market;

/// <summary>
/// A day the posted-salary index was made for, with or without figures: the latest snapshot is the index, so a board whose
/// postings have all aged out of the window shows none rather than an old day's.
/// </summary>
public sealed class PostedPaySnapshot
{
    private PostedPaySnapshot()
    {
    }

    public DateOnly AsOf { get; private set; }

    public DateTime MadeAt { get; private set; }
}
