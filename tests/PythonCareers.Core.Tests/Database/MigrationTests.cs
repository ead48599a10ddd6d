using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Tests.Database;

[Collection(DatabaseTestGroup.Name)]
public sealed class MigrationTests(DatabaseFixture database)
{
    [Fact]
    public async Task The_checked_in_migrations_describe_the_whole_model()
    {
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: add one with dotnet ef migrations add.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
