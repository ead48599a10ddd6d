using System.Text.Json;
using System.Text.Json.Nodes;
using PythonCareers.Web.Tests.Cluster;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Api;

/// <summary>The OpenAPI document: served at a stable address, equal to the checked-in copy, and true of every path it names.</summary>
public sealed class OpenApiDocumentTests(CareersSite site) : SiteTest(site)
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Set to 1 to write the served document over the checked-in one (then review the diff and commit it).</summary>
    public const string WriteVariable = "PYTHONCAREERS_WRITE_OPENAPI";

    public static string CheckedInPath { get; } = Path.Combine(LocalCluster.RepositoryRoot, "docs", "openapi", "v1.json");

    [Fact]
    public async Task The_served_document_is_the_checked_in_one()
    {
        using var client = ApiRequests.Client(Site);
        using var response = await client.GetAsync(new Uri(DocumentPath, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var served = Normalized(await response.Content.ReadAsStringAsync());
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(CheckedInPath, served);
        }

        var checkedIn = File.Exists(CheckedInPath) ? Normalized(await File.ReadAllTextAsync(CheckedInPath)) : "(no file)";
        Assert.True(
            served == checkedIn,
            $"The API changed: {DocumentPath} differs from docs/openapi/v1.json. If the change is meant, run this test with {WriteVariable}=1 and commit the file.");
    }

    [Fact]
    public async Task Every_documented_path_answers_200_with_the_documented_content_type_and_the_properties_its_schema_names()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db));
        using var client = ApiRequests.Client(Site);
        var document = await DocumentAsync(client);
        var problems = new List<string>();
        var checkedProperties = 0;
        var paths = document.GetProperty("paths").EnumerateObject().ToList();
        foreach (var path in paths)
        {
            var operation = path.Value.GetProperty("get");
            var ok = operation.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Single();
            var url = path.Name.Replace("{id}", posting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{slug}", "python-web-developer", StringComparison.Ordinal);
            var (response, body) = await client.GetJsonAsync(url);
            if ((int)response.StatusCode != 200 || response.Content.Headers.ContentType?.MediaType != ok.Name)
            {
                problems.Add($"{url}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}, documented 200 {ok.Name}");
                continue;
            }

            checkedProperties += Missing(document, ok.Value.GetProperty("schema"), body, url, problems, depth: 0);
        }

        Assert.True(paths.Count >= 6, $"only {paths.Count} paths are documented");
        Assert.True(checkedProperties > 100, $"only {checkedProperties} properties were checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_documented_error_is_problem_json_and_every_path_documents_its_400_and_429()
    {
        using var client = ApiRequests.Client(Site);
        var document = await DocumentAsync(client);

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var responses = path.Value.GetProperty("get").GetProperty("responses");
            Assert.True(responses.TryGetProperty("400", out _), $"{path.Name} does not document its 400");
            Assert.True(responses.TryGetProperty("429", out _), $"{path.Name} does not document its 429");
            foreach (var error in responses.EnumerateObject().Where(r => r.Name.StartsWith('4')).Where(r => r.Value.TryGetProperty("content", out _)))
            {
                Assert.Equal([ApiRequests.ProblemJson], error.Value.GetProperty("content").EnumerateObject().Select(c => c.Name));
            }
        }
    }

    private static async Task<JsonElement> DocumentAsync(HttpClient client)
    {
        var (response, document) = await client.GetJsonAsync(DocumentPath);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return document;
    }

    /// <summary>
    /// Checks that <paramref name="value"/> has every property <paramref name="schema"/> names, into nested objects and the
    /// first item of arrays; adds what is missing to <paramref name="problems"/> and returns how many properties it checked.
    /// </summary>
    private static int Missing(JsonElement document, JsonElement schema, JsonElement value, string where, List<string> problems, int depth)
    {
        schema = Resolve(document, schema);
        if (depth > 6 || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: {value.ValueKind} where the schema has an object");
                return 0;
            }

            var count = 0;
            foreach (var property in properties.EnumerateObject())
            {
                count++;
                if (!value.TryGetProperty(property.Name, out var inner))
                {
                    problems.Add($"{where}: no {property.Name}");
                    continue;
                }

                count += Missing(document, property.Value, inner, $"{where}.{property.Name}", problems, depth + 1);
            }

            return count;
        }

        if (schema.TryGetProperty("items", out var items) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            return Missing(document, items, value[0], $"{where}[0]", problems, depth + 1);
        }

        return 0;
    }

    /// <summary>A schema with its $ref followed, and a nullable one (oneOf null and a $ref) taken as the referenced schema.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Resolve(document, document.GetProperty("components").GetProperty("schemas").GetProperty(name));
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                foreach (var option in options.EnumerateArray().Where(o => o.TryGetProperty("$ref", out _) || o.TryGetProperty("properties", out _)))
                {
                    return Resolve(document, option);
                }
            }
        }

        return schema;
    }

    /// <summary>The JSON indented the same way, so that the comparison and the checked-in file do not depend on the serializer's spacing.</summary>
    private static string Normalized(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
