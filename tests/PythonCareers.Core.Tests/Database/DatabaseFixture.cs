using PythonCareers.Tests;

namespace PythonCareers.Core.Tests.Database;

/// <summary>This project's own database, recreated and migrated once per test run.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; } = TestDatabase.ConnectionString("core_tests");

    public AppDbContext CreateContext() => TestDatabase.CreateContext(ConnectionString);

    public Task InitializeAsync() => TestDatabase.RecreateAndMigrateAsync(ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class DatabaseTestGroup : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
