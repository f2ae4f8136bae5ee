using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Tests.Storage.Contract;

/// <summary>The coalition store contract on SQLite: a store file of the test's own.</summary>
public sealed class SqliteCoalitionStoreTests : CoalitionStoreContract
{
    private readonly TempFolder _temp = new();

    private string Path => _temp.File("contract.db");

    protected override ICoalitionStore Open() => SqliteEventStore.Open(Path);

    protected override void OnAuditTable(string sql) => StoreSql.Execute(SqliteAudit.PathOf(Path), sql);

    public override void Dispose() => _temp.Dispose();
}
