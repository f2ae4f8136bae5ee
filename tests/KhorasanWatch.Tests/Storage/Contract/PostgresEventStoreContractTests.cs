using KhorasanWatch.TestSupport;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Postgres;

namespace KhorasanWatch.Tests.Storage.Contract;

/// <summary>The event store contract on PostgreSQL: a database of the test's own in the server <c>KWATCH_TEST_PG</c> names.</summary>
public sealed class PostgresEventStoreContractTests : EventStoreContract
{
    private PostgresDatabase? _database;

    protected override IWatchStore Open() => PostgresStore.Open((_database ??= new PostgresDatabase()).ConnectionString);

    public override void Dispose()
    {
        _database?.Dispose();
        base.Dispose();
    }
}
