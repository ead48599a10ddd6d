using System.Text;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Tests.Common;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("a\0@b.c")]
    [InlineData("bell\u0007")]
    [InlineData("escape\u001B[31m")]
    [InlineData("delete\u007F")]
    [InlineData("c1\u0085control")]
    [InlineData("tab\there")]
    [InlineData("line\nbreak")]
    public void Control_characters_and_half_surrogate_pairs_are_not_single_line_text(string text)
    {
        Assert.False(PlainText.IsStorable(text, multiline: false));
        Assert.True(PlainText.IsStorable(PlainText.Storable(text, multiline: false), multiline: false));
    }

    [Fact]
    public void Half_a_surrogate_pair_is_not_text()
    {
        foreach (var text in new[] { "lone \uD83D high", "lone \uDE00 low", "cut \uD83D", "\uDE00" })
        {
            Assert.False(PlainText.IsStorable(text, multiline: true));
            Assert.True(PlainText.IsStorable(PlainText.Storable(text, multiline: true), multiline: true));
        }
    }

    [Theory]
    [InlineData("Senior Python Developer (Berlin) · 70 000 €")]
    [InlineData("Entwicklerin für 日本 😀 👩🏽‍💻")]
    [InlineData("")]
    public void Letters_of_every_script_symbols_and_emoji_are_text(string text)
    {
        Assert.True(PlainText.IsStorable(text, multiline: false));
        Assert.Same(text, PlainText.Storable(text, multiline: false));
    }

    [Fact]
    public void Tabs_and_line_breaks_are_text_only_where_a_field_has_several_lines()
    {
        const string text = "First line\r\n\tindented second line\n";

        Assert.True(PlainText.IsStorable(text, multiline: true));
        Assert.False(PlainText.IsStorable(text + "\0", multiline: true));
        Assert.Equal(text, PlainText.Storable(text + "\0", multiline: true));
    }

    [Fact]
    public void Shortening_never_cuts_an_emoji_in_half()
    {
        var text = new string('a', 499) + "😀 and more";

        var shortened = PlainText.Shorten(text, 500);

        Assert.Equal(new string('a', 499), shortened);
        Assert.True(PlainText.IsStorable(shortened, multiline: false));
        Assert.Equal(shortened, Encoding.UTF8.GetString(new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(shortened)));
    }

    [Theory]
    [InlineData("Cafe\u0301s", 4, "Caf")]
    [InlineData("ab👩🏽‍💻cd", 5, "ab")]
    [InlineData("ab👩🏽‍💻cd", 9, "ab👩🏽‍💻")]
    [InlineData("short", 10, "short")]
    [InlineData("exactly", 7, "exactly")]
    public void Shortening_keeps_whole_characters_as_people_see_them(string text, int maxLength, string expected) =>
        Assert.Equal(expected, PlainText.Shorten(text, maxLength));
}
