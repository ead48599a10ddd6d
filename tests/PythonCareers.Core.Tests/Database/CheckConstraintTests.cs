using Microsoft.EntityFrameworkCore;
using Npgsql;
using PythonCareers.Core.Content;

namespace PythonCareers.Core.Tests.Database;

/// <summary>The database refuses what the domain refuses, even when a write goes around the domain.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class CheckConstraintTests(DatabaseFixture database) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("'US'", "'USD'", "70000", "NULL", "20000", "ck_salary_figures_order")]
    [InlineData("'US'", "'USD'", "NULL", "-5", "NULL", "ck_salary_figures_positive")]
    [InlineData("'US'", "'USD'", "NULL", "NULL", "NULL", "ck_salary_figures_has_amount")]
    [InlineData("'US'", "'usd'", "NULL", "100", "NULL", "ck_salary_figures_currency")]
    [InlineData("'U1'", "'USD'", "NULL", "100", "NULL", "ck_salary_figures_country")]
    public async Task Salary_rows_that_break_an_invariant_are_refused(string country, string currency, string minimum, string average, string maximum, string constraint)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            $"""
            INSERT INTO salary_figures (role_profile_id, country_code, currency, kind, level, period, minimum, average, maximum, data_source_id)
            SELECT r.id, {country}, {currency}, 'Employed', 'Mid', 'Year', {minimum}, {average}, {maximum}, s.id
            FROM role_profiles r, data_sources s WHERE r.slug = 'data-scientist' AND s.key = 'tp-2026'
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task A_source_dated_in_the_future_is_refused()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "INSERT INTO data_sources (key, publisher, title, as_of, as_of_precision) VALUES ('later', 'P', 'T', CURRENT_DATE + 1, 'Day')"));

        Assert.Equal("ck_data_sources_as_of_not_future", error.ConstraintName);
    }

    [Theory]
    [InlineData("Data-Science")]
    [InlineData("data science")]
    public async Task Slugs_must_be_lower_case_kebab(string slug)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            $"INSERT INTO career_areas (slug, name, python_use, sort_order, data_source_id) SELECT '{slug}', 'N', 'U', 9, id FROM data_sources LIMIT 1"));

        Assert.Equal("ck_career_areas_slug", error.ConstraintName);
    }

    [Fact]
    public async Task Market_figures_must_count_at_least_one_opening()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "INSERT INTO market_figures (country_code, level, open_positions, is_approximate, data_source_id) SELECT 'DE', 'Entry', 0, false, id FROM data_sources LIMIT 1"));

        Assert.Equal("ck_market_figures_open_positions", error.ConstraintName);
    }

    [Theory]
    [InlineData("'Rumour'", "1", "ck_career_facts_kind")]
    [InlineData("'WhyPython'", "0", "ck_career_facts_position")]
    public async Task Career_facts_have_a_known_kind_and_a_position_from_one(string kind, string position, string constraint)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            $"INSERT INTO career_facts (kind, position, text, data_source_id) SELECT {kind}, {position}, 'Python is everywhere.', id FROM data_sources LIMIT 1"));

        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task Each_kind_of_career_fact_has_its_own_order()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "INSERT INTO career_facts (kind, position, text, data_source_id) SELECT 'SharedActivity', 1, 'Reading code.', id FROM data_sources LIMIT 1"));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("ix_career_facts_kind_position", error.ConstraintName);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
