using Npgsql;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>
/// The seed content, copied once into a schema of its own (seed) after the seeder ran, and put back into the emptied tables
/// before each test with one batch of plain SQL: the seed rows parents first, then the id sequences moved past them. The
/// same rows as running the seeder through EF Core each time, at a fraction of the cost.
/// </summary>
internal sealed class SeedSnapshot
{
    private readonly string restore;

    private SeedSnapshot(string restore) => this.restore = restore;

    public static async Task<SeedSnapshot> TakeAsync(NpgsqlConnection connection)
    {
        var columns = new Dictionary<string, List<string>>();
        await foreach (var (table, column) in RowsAsync(connection, """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN pg_tables t ON t.schemaname = c.table_schema AND t.tablename = c.table_name
            WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory' AND c.is_generated = 'NEVER'
            ORDER BY c.table_name, c.ordinal_position
            """))
        {
            (columns.TryGetValue(table, out var list) ? list : columns[table] = []).Add(Quoted(column));
        }

        var parents = columns.Keys.ToDictionary(t => t, _ => new HashSet<string>());
        await foreach (var (child, parent) in RowsAsync(connection, """
            SELECT child.relname, parent.relname FROM pg_constraint f
            JOIN pg_class child ON child.oid = f.conrelid JOIN pg_class parent ON parent.oid = f.confrelid
            WHERE f.contype = 'f' AND f.connamespace = 'public'::regnamespace AND child.oid <> parent.oid
            """))
        {
            parents[child].Add(parent);
        }

        var sequences = new List<(string Table, string Column)>();
        await foreach (var row in RowsAsync(connection, """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
            """))
        {
            sequences.Add(row);
        }

        List<string> take = ["DROP SCHEMA IF EXISTS seed CASCADE", "CREATE SCHEMA seed"];
        List<string> restore = [];
        foreach (var table in ParentsFirst(parents))
        {
            var list = string.Join(", ", columns[table]);
            take.Add($"CREATE TABLE seed.{Quoted(table)} AS SELECT {list} FROM public.{Quoted(table)}");
            restore.Add($"INSERT INTO public.{Quoted(table)} ({list}) SELECT {list} FROM seed.{Quoted(table)}");
        }

        foreach (var (table, column) in sequences)
        {
            restore.Add($"SELECT setval(pg_get_serial_sequence('public.{Quoted(table)}', '{column}'), COALESCE(MAX({Quoted(column)}), 0) + 1, false) FROM public.{Quoted(table)}");
        }

        await using var command = new NpgsqlCommand(string.Join(";\n", take), connection);
        await command.ExecuteNonQueryAsync();
        return new SeedSnapshot(string.Join(";\n", restore));
    }

    public async Task RestoreAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(restore, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async IAsyncEnumerable<(string, string)> RowsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return (reader.GetString(0), reader.GetString(1));
        }
    }

    /// <summary>The tables in an order where every table comes after the tables its foreign keys point at.</summary>
    private static List<string> ParentsFirst(Dictionary<string, HashSet<string>> parents)
    {
        var ordered = new List<string>();
        var placed = new HashSet<string>();
        while (ordered.Count < parents.Count)
        {
            var ready = parents.Keys.Where(t => !placed.Contains(t) && parents[t].All(placed.Contains)).Order(StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The foreign keys between the tables form a cycle: the seed cannot be put back parents first.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready);
        }

        return ordered;
    }

    private static string Quoted(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
