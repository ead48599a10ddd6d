using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>Someone using the site through its pages: keeps cookies, reads forms, and posts them with their antiforgery token.</summary>
public sealed class Visitor(HttpClient client, CookieContainer cookies) : IDisposable
{
    public const string StrongPassword = "correct horse battery staple 42";

    public HttpClient Client { get; } = client;

    public CookieContainer Cookies { get; } = cookies;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens <paramref name="pagePath"/>, takes the antiforgery token from its forms, and posts the fields to <paramref name="action"/>.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitAsync(string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        await PostAsync(action, fields.Append(new("__RequestVerificationToken", await AntiforgeryTokenAsync(pagePath))));

    /// <summary>The antiforgery token of the forms on <paramref name="pagePath"/>, as this visitor gets it.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pagePath)
    {
        var (_, page) = await GetAsync(pagePath);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pagePath} has no form with an antiforgery token.");
    }

    /// <summary>Opens <paramref name="pagePath"/> and presses the button of its form, sending the form's own fields (a confirmation page).</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PressAsync(string pagePath)
    {
        var (_, page) = await GetAsync(pagePath);
        var form = page.Forms.FirstOrDefault(f => f.GetAttribute("action") is { } action && action != "/account/sign-out")
            ?? throw new InvalidOperationException($"{pagePath} has no form to submit.");
        var fields = form.QuerySelectorAll("input[name]").Select(input => new KeyValuePair<string, string>(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""));
        return await PostAsync(form.GetAttribute("action")!, fields);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await Client.PostAsync(new Uri(action, UriKind.Relative), content);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public async Task SignInAsync(string email, string password = StrongPassword)
    {
        var (response, page) = await SubmitAsync("/account/sign-in", "/account/sign-in", Fields(("Email", email), ("Password", password)));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed ({response.StatusCode}): {page.QuerySelector(".field-error")?.TextContent}");
        }
    }

    /// <summary>A visitor of a site on a real server at <paramref name="origin"/>, over sockets: keeps cookies, does not follow redirects.</summary>
    public static Visitor Of(Uri origin)
    {
        var cookies = new CookieContainerHandler { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } };
        return new Visitor(new HttpClient(cookies) { BaseAddress = origin }, cookies.Container);
    }

    public static IEnumerable<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value));

    public void Dispose() => Client.Dispose();
}
