using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>A form the site cannot read gets the 400 page in the site layout, whatever broke it and whichever form it was posted to.</summary>
public sealed class UnreadableFormTests(CareersSite site) : SiteTest(site)
{
    public static TheoryData<string, string, string> Bodies => new()
    {
        { "/account/sign-in", "application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 1025).Select(i => $"f{i}=1")) },
        { "/account/sign-up", "application/x-www-form-urlencoded", new string('k', 100_000) + "=1" },
        { "/account/sign-up", "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"Email\"\r\n\r\nsomeone@exa" },
        { "/account/forgot-password", "multipart/form-data; boundary=xyz", "this is not multipart at all" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task An_unreadable_form_gets_the_400_page(string path, string contentType, string body)
    {
        using var visitor = Site.NewVisitor();
        await visitor.GetAsync(path);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await visitor.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.BadRequest, "That request was not valid"), (response.StatusCode, page.QuerySelector("h1")?.TextContent));
    }
}
