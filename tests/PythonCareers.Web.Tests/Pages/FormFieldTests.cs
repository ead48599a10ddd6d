using AngleSharp.Dom;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>
/// Form fields, all written by one tag helper: labelled, described by their hint and message, marked while invalid, and the
/// first in error focused.
/// </summary>
public sealed class FormFieldTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Every_control_on_every_page_has_a_label_and_describes_itself_only_by_what_is_there()
    {
        var problems = new List<string>();
        var controls = 0;
        foreach (var (path, page) in await SitePages.OpenAllAsync(Site))
        {
            // The first field in error takes the focus, and only it: a page with no error leaves it where the reader starts.
            var firstInvalid = page.QuerySelector("[aria-invalid=true]");
            var focused = page.QuerySelectorAll("[autofocus]");
            if (focused.Length != (firstInvalid is null ? 0 : 1) || (firstInvalid is not null && focused[0] != firstInvalid))
            {
                problems.Add($"{path}: {string.Join(", ", focused.Select(f => f.GetAttribute("name")))} take the focus, where the first field in error is {firstInvalid?.GetAttribute("name") ?? "none"}");
            }

            foreach (var control in page.QuerySelectorAll("input, select, textarea").Where(c => c.GetAttribute("type") is not ("hidden" or "submit")))
            {
                controls++;
                var id = control.Id;
                var labelled = control.Closest("label") is not null || (id is not null && page.QuerySelector($"label[for='{id}']") is not null);
                if (!labelled)
                {
                    problems.Add($"{path}: {control.GetAttribute("name")} has no label");
                }

                foreach (var described in (control.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (page.GetElementById(described) is null)
                    {
                        problems.Add($"{path}: {control.GetAttribute("name")} is described by #{described}, which is not on the page");
                    }
                }
            }
        }

        Assert.True(controls > 100, $"only {controls} controls were checked");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_refused_posting_marks_each_field_points_it_at_its_message_focuses_the_first_and_keeps_what_was_entered()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        var fields = (await Site.PostingFieldsAsync(("Title", ""), ("RemoteCountries", "Atlantis"))).Where(f => f.Key != "Workplace").ToList();

        var (response, page) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", fields);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var title = page.QuerySelector("input[name=Title]")!;
        Assert.Equal("true", title.GetAttribute("aria-invalid"));
        Assert.Equal("Title-error", title.GetAttribute("aria-describedby"));
        Assert.Equal("Title", page.QuerySelector("#Title-error")!.GetAttribute("data-valmsg-for"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Title-error")!.TextContent));
        var workplace = page.QuerySelector("select[name=Workplace]")!;
        Assert.Equal("true", workplace.GetAttribute("aria-invalid"));
        var remote = page.QuerySelector("input[name=RemoteCountries]")!;
        Assert.Equal("Atlantis", remote.GetAttribute("value"));
        Assert.Equal("RemoteCountries-hint", remote.GetAttribute("aria-describedby"));
        var city = page.QuerySelector("input[name=City]")!;
        Assert.Null(city.GetAttribute("aria-invalid"));
        Assert.Equal("Berlin", city.GetAttribute("value"));
        var skills = fields.Where(f => f.Key == "SkillIds").Select(f => f.Value).ToList();
        Assert.Equal(skills, page.QuerySelectorAll("input[name=SkillIds]:checked").Select(c => c.GetAttribute("value")));
        Assert.Equal(fields.Single(f => f.Key == "Currency").Value, page.QuerySelector("select[name=Currency] option:checked")!.GetAttribute("value"));
        Assert.Equal("120", title.GetAttribute("maxlength"));
        Assert.Equal(["Title"], page.QuerySelectorAll("[autofocus]").Select(field => field.GetAttribute("name")));
    }
}
