using Microsoft.Data.Sqlite;

namespace KhorasanWatch.TestSupport;

/// <summary>Runs SQL on a store's file behind kwatch's back: to damage it, take it back to an older schema, or remove what a test must not find.</summary>
public static class StoreSql
{
    public static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
