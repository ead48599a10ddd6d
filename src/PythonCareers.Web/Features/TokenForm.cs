namespace PythonCareers.Web.Features;

/// <summary>A signed link's token, carried from the page its GET shows to the POST its button sends.</summary>
public sealed class TokenForm
{
    public string? Token { get; set; }
}
