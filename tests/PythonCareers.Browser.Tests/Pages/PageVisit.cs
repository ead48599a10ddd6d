using Deque.AxeCore.Commons;

namespace PythonCareers.Browser.Tests.Pages;

/// <summary>
/// What the tour saw of one page type: axe's violations on the desktop load, the phone load's width, and the two
/// screenshots by width; <paramref name="Problem"/> says when a load did not answer as the page type expects.
/// </summary>
public sealed record PageVisit(string? Problem, IReadOnlyList<AxeResultItem> Violations, PhoneWidth Width, IReadOnlyDictionary<int, string> Screenshots);

/// <summary>
/// The document's scroll width at the phone's viewport, and the element whose right edge reaches furthest (outside any
/// scroll container, whose content may be wider on purpose), to name the culprit when the page is too wide.
/// </summary>
public sealed record PhoneWidth(int ScrollWidth, string Widest);
