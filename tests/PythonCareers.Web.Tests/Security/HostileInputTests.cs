using System.Net;
using System.Reflection;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Security;

/// <summary>
/// The values that broke the site before, in every form field and query parameter of every endpoint, found from the route
/// table and the actions' parameters (so a new form is covered without being listed), sent by a user who may use it.
/// </summary>
public sealed class HostileInputTests(CareersSite site) : SiteTest(site)
{
    /// <summary>A four-byte emoji over and over: wherever the text is cut to an odd or even length, one of these two is cut inside a pair.</summary>
    private static readonly string[] EmojiAtEveryCut = [string.Concat(Enumerable.Repeat("😀", 300)), "a" + string.Concat(Enumerable.Repeat("😀", 300))];

    /// <summary>As raw bytes, so that a lone surrogate arrives as its (invalid) UTF-8, as a hostile client sends it.</summary>
    private static readonly byte[][] HostileValues =
    [
        [0xED, 0xA0, 0x80], [(byte)'x', 0xED, 0xB0, 0x80, (byte)'y'], [0xF0, 0x9F, 0x98],
        .. EmojiAtEveryCut.Select(Encoding.UTF8.GetBytes),
        .. new[] { "=cmd|' /C calc'!A0", "+SUM(1+1)", "@SUM(1)", "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>", new string('x', 100_000) }.Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>Values of the wrong type or shape for a number, a date, an enum or a list, and the injections every field gets.</summary>
    private static readonly byte[][] WrongValues =
    [
        .. new[]
        {
            "", "abc", "-1", "2147483648", "99999999999999999999999999", "1e400", "2026-02-30", "' OR 1=1 --",
            "'; DROP TABLE job_postings; --", "../../../../etc/passwd", "%00", "${7*7}", "javascript:alert(1)",
            "http://169.254.169.254/latest/meta-data/",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF, 0xFE, 0xFD], [(byte)'a', 0x00, (byte)'b'],
    ];

    private sealed record Field(string Name, Type Type)
    {
        public bool IsText => Type == typeof(string) || (Type.IsGenericType && Type.GetGenericArguments()[0] == typeof(string));
    }

    [Fact]
    public async Task A_control_character_in_any_text_value_is_refused_with_a_400_and_a_message_by_its_field()
    {
        var people = await PeopleAsync();
        var refused = new List<string>();
        var problems = new List<string>();
        foreach (var endpoint in FormsAndQueries())
        {
            foreach (var field in Fields(endpoint).Where(f => f.IsText))
            {
                foreach (var value in new[] { "a\0@b.c", "bell\u0007", "escape\u001B[2J" })
                {
                    var (response, page) = await SendAsync(people, endpoint, [(field.Name, Encoding.UTF8.GetBytes(value))]);
                    if (Refusal(endpoint, field, Escaped(value), response, page) is { } problem)
                    {
                        problems.Add(problem);
                        continue;
                    }

                    refused.Add($"{endpoint} {field.Name}");
                }

                // A form's other buttons (a Markdown preview) must not turn the refusal into a page that keeps the text.
                if (Fields(endpoint).Any(f => f.Name == "intent") && field.Name != "intent")
                {
                    var (response, page) = await SendAsync(people, endpoint, [(field.Name, "a\0b"u8.ToArray()), ("intent", "preview"u8.ToArray())]);
                    problems.AddRange(Refusal(endpoint, field, "a NUL with intent=preview", response, page) is { } problem ? [problem] : []);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        Assert.Contains("POST /account/sign-in Email", refused);
        Assert.Contains("GET /admin/audit Q", refused);
        Assert.Contains("POST /admin/sources/new Publisher", refused);
        Assert.Contains("GET /jobs Q", refused);
    }

    [Fact]
    public async Task No_hostile_value_in_any_field_or_forwarded_header_gets_a_server_error()
    {
        var people = await PeopleAsync();
        var problems = new List<string>();
        foreach (var endpoint in FormsAndQueries())
        {
            var fields = Fields(endpoint).ToList();
            foreach (var value in HostileValues)
            {
                var (response, _) = await SendAsync(people, endpoint, [.. fields.Select(f => (f.Name, value))]);

                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{endpoint} with {Convert.ToHexString(value.AsSpan(0, Math.Min(value.Length, 12)))} in every field answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Thousands_of_hostile_values_one_field_at_a_time_get_no_server_error_and_store_no_control_character()
    {
        var people = await PeopleAsync();
        var problems = new List<string>();
        var sent = 0;
        foreach (var endpoint in FormsAndQueries())
        {
            foreach (var field in Fields(endpoint))
            {
                foreach (var value in HostileValues.Concat(WrongValues))
                {
                    var (response, _) = await SendAsync(people, endpoint, [(field.Name, value)]);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        problems.Add($"{endpoint} with {Convert.ToHexString(value.AsSpan(0, Math.Min(value.Length, 12)))} in {field.Name} answered {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(sent >= 5_000, $"only {sent} requests");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(await BrokenTextAsync());
    }

    /// <summary>
    /// Every stored text column that holds a control character other than tab and line breaks, which no field may store
    /// (PostgreSQL itself refuses NUL bytes and half surrogate pairs, so a column cannot hold those).
    /// </summary>
    private async Task<List<string>> BrokenTextAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(Site.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var find = new Npgsql.NpgsqlCommand("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')", connection))
        await using (var reader = await find.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var broken = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" ~ '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F]'", connection);
            if ((long)(await count.ExecuteScalarAsync())! > 0)
            {
                broken.Add($"{table}.{column}");
            }
        }

        return broken;
    }

    [Fact]
    public async Task Every_form_that_cannot_be_read_gets_the_400_page_and_a_raw_nul_byte_a_400()
    {
        var people = await PeopleAsync();
        var tooMany = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"&field{i}=x"));
        var problems = new List<string>();
        foreach (var endpoint in SiteEndpoints.All(Site).Where(e => e.Action is not null && e.Method == "POST"))
        {
            foreach (var (what, body) in new[] { ("2,000 fields", tooMany), ("a 100 KB key", $"&{new string('k', 100_000)}=1") })
            {
                var (response, page) = await PostRawAsync(people, endpoint, body);
                if (response.StatusCode != HttpStatusCode.BadRequest || page.QuerySelector("h1")?.TextContent != "That request was not valid")
                {
                    problems.Add($"{endpoint} with {what} answered {(int)response.StatusCode} {page.QuerySelector("h1")?.TextContent}");
                }
            }

            foreach (var field in Fields(endpoint).Where(f => f.IsText))
            {
                var (response, page) = await PostRawAsync(people, endpoint, $"&{field.Name}=a\0b");
                problems.AddRange(Refusal(endpoint, field, "a raw NUL byte in a url-encoded body", response, page) is { } problem ? [problem] : []);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_forms_of_the_site_have_no_property_that_throws_when_read()
    {
        var forms = SiteEndpoints.All(Site).Where(e => e.Action is not null)
            .SelectMany(BoundParameters)
            .Select(p => p.ParameterType)
            .Where(IsForm)
            .Distinct()
            .ToList();
        Assert.NotEmpty(forms);
        foreach (var form in forms)
        {
            foreach (var value in new[] { "not a url", "0", "python-programmer", "", "\uFFFD", "-1", "9999999999999999999999" })
            {
                var instance = Activator.CreateInstance(form)!;
                var properties = form.GetProperties(BindingFlags.Public | BindingFlags.Instance);
                foreach (var property in properties.Where(p => p.CanWrite && p.PropertyType == typeof(string)))
                {
                    property.SetValue(instance, value);
                }

                foreach (var property in properties.Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
                {
                    var read = Record.Exception(() => property.GetValue(instance));
                    Assert.True(read is null, $"{form.Name}.{property.Name} throws for '{value}': {read?.InnerException?.Message}");
                }
            }
        }
    }

    /// <summary>The endpoints that bind a form field or a query parameter.</summary>
    private List<SiteEndpoint> FormsAndQueries() => [.. SiteEndpoints.All(Site).Where(e => e.Action is not null && Fields(e).Any())];

    /// <summary>A recruiter with a draft and a posting in review, an admin, and a signed-in bystander whose account the admin may lock or change.</summary>
    private async Task<People> PeopleAsync()
    {
        var (recruiter, recruiterUser) = await Site.SignUpAsync();
        var admin = await Site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);
        var bystander = await Site.CreateUserAsync("bystander@example.com", Visitor.StrongPassword, CareerRoles.Recruiter);
        await using var db = Site.CreateContext();
        var draft = await TestPostings.PostingAsync(db, recruiterUser, PostingStatus.Draft);
        var inReview = await TestPostings.PostingAsync(db, recruiterUser, PostingStatus.InReview);
        var ids = await SiteEndpoints.IdsAsync(Site, draft.Id);
        ids["moderation"] = inReview.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["users"] = bystander.Id;
        var signedIn = Site.NewVisitor();
        await signedIn.SignInAsync(bystander.Email!);
        return new People(Site.NewVisitor(), signedIn, recruiter, admin, ids);
    }

    /// <summary>Who sends each request: the recruiter and the admin in their areas, the bystander where any sign-in will do.</summary>
    private sealed record People(Visitor Anonymous, Visitor Bystander, Visitor Recruiter, Visitor Admin, IReadOnlyDictionary<string, string> Ids)
    {
        public Visitor For(SiteEndpoint endpoint) =>
            endpoint.IsRecruiterArea ? Recruiter : endpoint.IsAdminArea ? Admin : endpoint.NeedsSignIn ? Bystander : Anonymous;

        private readonly Dictionary<Visitor, string> tokens = [];

        /// <summary>
        /// A valid antiforgery token for <paramref name="visitor"/>: from the sign-in form, or the sign-out form of the
        /// signed-in layout; fetched once, since a token holds for the visitor's whole session.
        /// </summary>
        public async Task<string> TokenAsync(Visitor visitor)
        {
            if (!tokens.TryGetValue(visitor, out var token))
            {
                token = await visitor.AntiforgeryTokenAsync(visitor == Anonymous ? "/account/sign-in" : "/");
                tokens[visitor] = token;
            }

            return token;
        }
    }

    /// <summary>GETs with the values in the query string; POSTs with them in a multipart body beside a valid antiforgery token.</summary>
    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SendAsync(People people, SiteEndpoint endpoint, IReadOnlyList<(string Name, byte[] Value)> fields)
    {
        var visitor = people.For(endpoint);
        var path = endpoint.Path(people.Ids);
        var query = string.Join("&", fields.Select(f => $"{f.Name}={string.Concat(f.Value.Select(b => $"%{b:X2}"))}"));
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Method == "GET" ? $"{path}?{query}" : path);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7, <script>alert(1)</script>, 198.51.100.1");
        if (endpoint.Method != "GET")
        {
            var body = new MultipartFormDataContent { { new StringContent(await people.TokenAsync(visitor)), "__RequestVerificationToken" } };
            foreach (var (name, value) in fields)
            {
                body.Add(new ByteArrayContent(value), name);
            }

            request.Content = body;
        }

        var response = await visitor.Client.SendAsync(request);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A url-encoded body, as it is, after a valid antiforgery token.</summary>
    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostRawAsync(People people, SiteEndpoint endpoint, string encodedFields)
    {
        var visitor = people.For(endpoint);
        var token = await people.TokenAsync(visitor);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}{encodedFields}"));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        var response = await visitor.Client.PostAsync(new Uri(endpoint.Path(people.Ids), UriKind.Relative), content);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The form fields and query parameters an action binds: its simple parameters and the properties of its form models.</summary>
    private static IEnumerable<Field> Fields(SiteEndpoint endpoint)
    {
        foreach (var parameter in BoundParameters(endpoint))
        {
            if (IsForm(parameter.ParameterType))
            {
                foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                {
                    yield return new Field(property.Name, property.PropertyType);
                }
            }
            else
            {
                yield return new Field(parameter.Name, parameter.ParameterType);
            }
        }
    }

    /// <summary>The parameters an action binds from a form or the query string (not its route values, services or files).</summary>
    private static IEnumerable<ParameterDescriptor> BoundParameters(SiteEndpoint endpoint) =>
        endpoint.Action!.Parameters.Where(parameter =>
            parameter.BindingInfo?.BindingSource is not { } source || (source != BindingSource.Services && source != BindingSource.Body && source != BindingSource.Header))
        .Where(parameter => parameter.ParameterType != typeof(CancellationToken) && parameter.ParameterType != typeof(IFormFile)
            && !endpoint.Pattern.Contains("{" + parameter.Name, StringComparison.OrdinalIgnoreCase));

    private static bool IsForm(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("PythonCareers", StringComparison.Ordinal) == true;

    /// <summary>What is wrong with the answer to a value that must be refused: not a 400, or no message by a field the form shows.</summary>
    private static string? Refusal(SiteEndpoint endpoint, Field field, string what, HttpResponseMessage response, IHtmlDocument page) =>
        response.StatusCode != HttpStatusCode.BadRequest ? $"{endpoint} with {what} in {field.Name} answered {(int)response.StatusCode}"
        : HasVisibleControl(page, field.Name) && FieldError(page, field.Name)?.Contains(PlainText.ControlCharacterMessage, StringComparison.Ordinal) != true
            ? $"{endpoint} with {what} in {field.Name}: no message by the field"
            : null;

    private static bool HasVisibleControl(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("input, textarea, select").Any(control =>
            string.Equals(control.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(control.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase));

    private static string? FieldError(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("[data-valmsg-for]")
            .FirstOrDefault(e => string.Equals(e.GetAttribute("data-valmsg-for"), name, StringComparison.OrdinalIgnoreCase))?.TextContent;

    private static string Escaped(string value) => string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
