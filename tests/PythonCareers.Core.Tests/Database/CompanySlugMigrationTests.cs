using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PythonCareers.Tests;

namespace PythonCareers.Core.Tests.Database;

/// <summary>Migration CompanySlugs gives the companies stored before it their slugs, deduplicated, oldest first.</summary>
public sealed class CompanySlugMigrationTests
{
    [Fact]
    public async Task Companies_stored_before_the_migration_get_unique_slugs_from_their_names()
    {
        var connection = TestDatabase.ConnectionString("company_slugs");
        await TestDatabase.RecreateAsync(connection);
        await using var db = TestDatabase.CreateContext(connection);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("LivePostingsByRole");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO companies (name, website, description) VALUES
                ('Snake Oil GmbH', 'https://a.example', 'A.'), ('Snake Oil GmbH', 'https://b.example', 'B.'),
                ('Café Société', 'https://c.example', 'C.'), ('😀', 'https://d.example', 'D.'), ('Snake Oil GmbH 2', 'https://e.example', 'E.')
            """);

        await migrator.MigrateAsync();

        var slugs = await db.Companies.OrderBy(c => c.Id).Select(c => c.Slug).ToListAsync();
        Assert.Equal(["snake-oil-gmbh", "snake-oil-gmbh-2", "cafe-societe", "company", "snake-oil-gmbh-2-2"], slugs);
    }
}
