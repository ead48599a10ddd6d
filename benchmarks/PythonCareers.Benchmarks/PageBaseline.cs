using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PythonCareers.Benchmarks;

/// <summary>
/// The baseline an uncached page is measured against, in the manner of TechEmpower's Fortunes: a bare Kestrel endpoint that
/// runs the SQL the site runs for that page (<see cref="PageStatements"/>) through raw Npgsql on a pooled connection and
/// renders every row it reads, HTML-encoded, with the least code that makes a page of it.
/// </summary>
public static class PageBaseline
{
    public static async Task RunAsync(string connectionString, Uri origin, int port, IReadOnlyList<string> paths)
    {
        var pages = await PageStatements.RecordAsync(connectionString, origin, paths);
        foreach (var (path, statements) in pages)
        {
            Console.WriteLine($"statements {statements.Count} {path}");
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.Run(async context =>
        {
            if (!pages.TryGetValue(context.Request.Path.Value + context.Request.QueryString.Value, out var statements))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Baseline</title></head><body>");
            await using (var connection = await dataSource.OpenConnectionAsync(context.RequestAborted))
            {
                foreach (var statement in statements)
                {
                    await using var command = statement.On(connection, "");
                    await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
                    html.Append("<table>");
                    while (await reader.ReadAsync(context.RequestAborted))
                    {
                        html.Append("<tr>");
                        for (var column = 0; column < reader.FieldCount; column++)
                        {
                            var value = reader.IsDBNull(column) ? "" : Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture);
                            html.Append("<td>").Append(HtmlEncoder.Default.Encode(value ?? "")).Append("</td>");
                        }

                        html.Append("</tr>");
                    }

                    html.Append("</table>");
                }
            }

            html.Append("</body></html>");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
        });
        Console.WriteLine($"serving the baseline of {pages.Count} pages on http://127.0.0.1:{port}");
        await app.RunAsync();
    }
}
