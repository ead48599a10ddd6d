using System.Globalization;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Alerts;

/// <summary>A saved search in words, for the alert pages and mail: "“django”, Germany, remote, salary from 60,000 EUR".</summary>
public static class AlertWording
{
    public static string Describe(JobSearchCriteria search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var parts = new List<string>();
        void Add(string? part)
        {
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        Add(search.Text is { } text ? $"“{text}”" : null);
        Add(search.RoleSlug?.Replace('-', ' '));
        Add(search.CountryCode is { } country ? IsoCodes.CountryName(country) : null);
        Add(search.Workplace?.ToString().ToLowerInvariant());
        Add(search.EmploymentType?.DisplayName().ToLowerInvariant());
        Add(search.Level?.DisplayName().ToLowerInvariant());
        Add(search.SkillSlug is { } skill ? $"skill {skill}" : null);
        Add(search.SalaryFloor is { } floor ? $"salary from {floor.ToString("#,0", CultureInfo.InvariantCulture)}{(search.Currency is { } currency ? $" {currency}" : "")} a year" : search.Currency is { } only ? $"paid in {only}" : null);
        return parts.Count == 0 ? "every Python job" : string.Join(", ", parts);
    }
}
