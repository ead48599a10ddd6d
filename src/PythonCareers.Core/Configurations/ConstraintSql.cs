namespace PythonCareers.Core.Configurations;

/// <summary>SQL fragments shared by the check constraints, so the database enforces the same rules as the domain.</summary>
internal static class ConstraintSql
{
    public static string Slug(string column) => $"{column} ~ '{Common.Slug.SqlPattern}'";

    public static string OneOf<TEnum>(string column)
        where TEnum : struct, Enum =>
        $"{column} IN ({string.Join(", ", Enum.GetNames<TEnum>().Order(StringComparer.Ordinal).Select(name => $"'{name}'"))})";
}
