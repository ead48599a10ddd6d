using Microsoft.EntityFrameworkCore;
using Npgsql;
using PythonCareers.Core;

namespace PythonCareers.Tests;

/// <summary>
/// A real PostgreSQL database of its own for one test project, made fresh for each run on the server that
/// scripts/test.sh prepares (ConnectionStrings__Default), with its schema built by the checked-in migrations.
/// </summary>
internal static class TestDatabase
{
    public static string ConnectionString(string suffix)
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__Default");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("ConnectionStrings__Default is not set: run the tests with scripts/test.sh, which starts PostgreSQL and sets it.");
        }

        var builder = new NpgsqlConnectionStringBuilder(server);
        builder.Database = $"{builder.Database}_{suffix}";
        return builder.ConnectionString;
    }

    public static async Task RecreateAndMigrateAsync(string connectionString)
    {
        await RecreateAsync(connectionString);
        await using var db = CreateContext(connectionString);
        await db.Database.MigrateAsync();
    }

    /// <summary>Drops the database and makes it again, empty: no schema, no rows.</summary>
    public static async Task RecreateAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    public static AppDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseCareersDatabase(connectionString);
        return new AppDbContext(options.Options);
    }
}
