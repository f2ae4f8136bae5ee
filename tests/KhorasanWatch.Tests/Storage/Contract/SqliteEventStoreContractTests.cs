using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Sqlite;

namespace KhorasanWatch.Tests.Storage.Contract;

/// <summary>The event store contract on SQLite: a store file of the test's own.</summary>
public sealed class SqliteEventStoreContractTests : EventStoreContract
{
    protected override IWatchStore Open() => SqliteEventStore.Open(Temp.File("contract.db"));
}
