using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

/// <summary>An editor working the content forms as a browser would: open the form, change some fields, send everything else as it was.</summary>
public static class ContentEditors
{
    public static async Task<int> RoleIdAsync(this CareersSite site, string slug)
    {
        await using var db = site.CreateContext();
        return await db.RoleProfiles.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
    }

    /// <summary>The fields of the form posting to <paramref name="action"/>, as the browser would send them (checked boxes only, no buttons).</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlDocument page, string action)
    {
        var form = page.QuerySelector($"form[action='{action}']") ?? throw new InvalidOperationException($"The page has no form posting to {action}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when !box.IsChecked:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement text:
                    fields.Add(new(name, text.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Opens <paramref name="path"/>, changes the named fields (a field named twice keeps both values, a null value removes the field) and posts the form back.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> EditAsync(this Visitor editor, string path, params (string Name, string? Value)[] changes)
    {
        var (opened, page) = await editor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        return await editor.PostAsync(path, Changed(FormFields(page, path), changes));
    }

    public static List<KeyValuePair<string, string>> Changed(List<KeyValuePair<string, string>> fields, params (string Name, string? Value)[] changes)
    {
        var names = changes.Select(c => c.Name).ToHashSet();
        return [.. fields.Where(f => !names.Contains(f.Key)), .. changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string>(c.Name, c.Value!))];
    }

    public static async Task<List<AuditEntry>> AuditAsync(this CareersSite site, string entityType)
    {
        await using var db = site.CreateContext();
        return await db.AuditEntries.Where(a => a.EntityType == entityType).OrderBy(a => a.Id).ToListAsync();
    }
}
