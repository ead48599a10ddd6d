using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Content;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Tests.Database;

[Collection(DatabaseTestGroup.Name)]
public sealed class SeedingTests(DatabaseFixture database)
{
    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await using (var db = database.CreateContext())
        {
            await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        }

        var before = await CountRowsAsync();
        await using (var db = database.CreateContext())
        {
            var added = await new ContentSeeder(db, TimeProvider.System).SeedAsync();
            Assert.Equal(0, added);
        }

        Assert.Equal(before, await CountRowsAsync());
        var content = ContentSeeder.LoadDocument();
        Assert.Equal(content.Roles.Count, before.Roles);
        Assert.Equal(content.Roles.Sum(r => r.Salaries.Count), before.Salaries);
        Assert.Equal(content.Skills.Count, before.Skills);
        Assert.Equal(content.Market.Count, before.Market);
    }

    [Fact]
    public async Task A_role_an_editor_renamed_is_not_seeded_again_under_its_old_slug()
    {
        await using var db = database.CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        var analyst = await db.RoleProfiles.AsTracking().SingleAsync(r => r.Slug == "data-analyst");
        db.RoleSlugRedirects.Add(new RoleSlugRedirect(analyst.Rename("business-data-analyst"), analyst.Id));
        await db.SaveChangesAsync();
        try
        {
            await using var again = database.CreateContext();
            Assert.Equal(0, await new ContentSeeder(again, TimeProvider.System).SeedAsync());
        }
        finally
        {
            analyst.Rename("data-analyst");
            db.RoleSlugRedirects.RemoveRange(db.RoleSlugRedirects.Local);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Content_an_editor_deleted_is_not_seeded_again()
    {
        await using var db = database.CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        var fact = await db.CareerFacts.AsTracking().Include(f => f.Source).SingleAsync(f => f.Kind == CareerFactKind.WhyPython && f.Position == 7);
        var (text, source) = (fact.Text, fact.Source);
        db.CareerFacts.Remove(fact);
        await db.SaveChangesAsync();
        try
        {
            await using var again = database.CreateContext();
            Assert.Equal(0, await new ContentSeeder(again, TimeProvider.System).SeedAsync());
            Assert.False(await again.CareerFacts.AnyAsync(f => f.Kind == CareerFactKind.WhyPython && f.Position == 7));
        }
        finally
        {
            db.CareerFacts.Add(new CareerFact(CareerFactKind.WhyPython, 7, text, source));
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Seeded_figures_come_back_exactly_from_postgres()
    {
        await using (var db = database.CreateContext())
        {
            await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        }

        await using var read = database.CreateContext();
        var scientist = await read.SalaryFigures.SingleAsync(f => f.Role.Slug == "data-scientist");
        var dayRate = await read.SalaryFigures.SingleAsync(f => f.Role.Slug == "python-programmer" && f.Derivation != null);

        Assert.Equal(121_762m, scientist.Average);
        Assert.Equal("USD", scientist.Currency);
        Assert.Equal(592m, dayRate.Average);
    }

    private async Task<(int Roles, int Salaries, int Skills, int Market, int Links)> CountRowsAsync()
    {
        await using var db = database.CreateContext();
        return (
            await db.RoleProfiles.CountAsync(),
            await db.SalaryFigures.CountAsync(),
            await db.Skills.CountAsync(),
            await db.MarketFigures.CountAsync(),
            await db.RoleProfiles.SelectMany(r => r.Skills).CountAsync() + await db.RoleProfiles.SelectMany(r => r.RelatedRoles).CountAsync());
    }
}
