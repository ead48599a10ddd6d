using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PythonCareers.Browser.Tests.Infrastructure;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries.Editing;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Journeys;

public sealed class EditorJourneyTests(BrowserSite site) : Journey(site)
{
    private const string Title = "Senior Python Developer";
    private const string FranceRow = "python-programmer,FR,EUR,Employed,AllLevels,Year,40000,52345,65000,fm-2022,2024-06-01,";

    [Fact]
    public async Task An_editor_approves_a_posting_corrects_a_figure_and_imports_figures_and_the_public_pages_change_at_once()
    {
        int webDeveloperFigure;
        await using (var db = Site.CreateContext())
        {
            var recruiter = await TestPostings.RecruiterAsync(db);
            await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details(Title));
            webDeveloperFigure = await db.SalaryFigures.Where(f => f.Role.Slug == "python-web-developer").Select(f => f.Id).SingleAsync();
        }

        // A job seeker has the board and the salary pages in the cache before the editor starts.
        await using var seeing = await NewContextAsync(DesktopWidth, 800);
        var seeker = await seeing.NewPageAsync();
        await OpenJobsAsync(seeker);
        await Assertions.Expect(seeker.GetByRole(AriaRole.Link, new() { Name = Title })).ToHaveCountAsync(0);
        await seeker.GotoAsync("/salaries/python-web-developer");
        await Assertions.Expect(Content(seeker)).ToContainTextAsync("USD 118,124");
        await seeker.GotoAsync("/salaries/python-programmer");
        await Assertions.Expect(Content(seeker)).Not.ToContainTextAsync("France");

        await Site.CreateUserAsync(EditorEmail, Visitor.StrongPassword, PythonCareers.Core.Accounts.CareerRoles.Editor);
        await SignInAsync(Page, EditorEmail);
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Moderation queue");
        await ApproveAsync(Page, Title);
        await OpenJobsAsync(seeker);
        await Assertions.Expect(seeker.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();

        // A corrected figure shows on the public salary page at once.
        await AdminAsync("Salary figures");
        await Page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Python Web Developer" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = webDeveloperFigure.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true }).ClickAsync();
        await Page.GetByLabel("Average").FillAsync("121500");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Average")).ToHaveValueAsync("121500");
        await seeker.GotoAsync("/salaries/python-web-developer");
        await Assertions.Expect(Content(seeker)).ToContainTextAsync("USD 121,500");
        await Assertions.Expect(Content(seeker)).Not.ToContainTextAsync("USD 118,124");

        // A file with one bad row is refused with that row's error; a good one is applied and its figure is public.
        await AdminAsync("Salary figures");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Import a CSV" }).ClickAsync();
        await UploadAsync("one-bad-row.csv", FranceRow.Replace("FR", "IT", StringComparison.Ordinal), FranceRow.Replace("python-programmer", "cobol-programmer", StringComparison.Ordinal));
        var badRow = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "cobol-programmer" });
        await Assertions.Expect(badRow).ToContainTextAsync("There is no role 'cobol-programmer'");
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "IT, EUR" })).ToContainTextAsync("adds a figure");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing can be imported until every row is right");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Apply all" })).ToHaveCountAsync(0);

        await UploadAsync("good.csv", FranceRow);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply all 1 rows" }).ClickAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Imported 1 rows: 1 figures added");
        await seeker.GotoAsync("/salaries/python-programmer");
        await Assertions.Expect(Content(seeker)).ToContainTextAsync("France");
        await Assertions.Expect(Content(seeker)).ToContainTextAsync("EUR 52,345");
    }

    private async Task AdminAsync(string section) =>
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();

    private async Task UploadAsync(string name, params string[] rows)
    {
        await Page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(string.Join('\n', [string.Join(',', SalaryCsv.Columns), .. rows]) + "\n"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Import salary figures");
    }
}
