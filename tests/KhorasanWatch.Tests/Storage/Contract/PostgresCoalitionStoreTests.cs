using KhorasanWatch.TestSupport;
using KhorasanWatch.Storage;
using KhorasanWatch.Storage.Postgres;

namespace KhorasanWatch.Tests.Storage.Contract;

/// <summary>The coalition store contract on PostgreSQL: a database of the test's own in the server <c>KWATCH_TEST_PG</c> names.</summary>
public sealed class PostgresCoalitionStoreTests : CoalitionStoreContract
{
    private PostgresDatabase? _database;

    private PostgresDatabase Database => _database ??= new PostgresDatabase();

    protected override ICoalitionStore Open() => PostgresStore.Open(Database.ConnectionString);

    protected override void OnAuditTable(string sql) => Database.Execute(sql);

    public override void Dispose() => _database?.Dispose();

    [Fact]
    public void AReadingUse_RefusesAnEmptyDatabase_AnotherProgramsAndANewerSchema_ChangingNothing()
    {
        var empty = Assert.Throws<StoreException>(() => PostgresStore.OpenExisting(Database.ConnectionString));
        Assert.Contains("an empty PostgreSQL database, not a kwatch store yet", empty.Message, StringComparison.Ordinal);

        Database.Execute("CREATE TABLE inventory(item TEXT)");
        var theirs = Assert.Throws<StoreException>(() => PostgresStore.Open(Database.ConnectionString));
        Assert.Contains("a PostgreSQL database of another program (tables inventory)", theirs.Message, StringComparison.Ordinal);
        Database.Execute("DROP TABLE inventory");

        Open().Dispose();
        PostgresStore.OpenExisting(Database.ConnectionString).Dispose();
        Database.Execute("INSERT INTO schema_version(version) VALUES (99)");
        var newer = Assert.Throws<StoreException>(() => PostgresStore.Open(Database.ConnectionString));
        Assert.Contains("newer than this kwatch understands", newer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AServerThatIsNotThere_IsOneLine_WithoutThePassword()
    {
        var refused = Assert.Throws<StoreException>(() => PostgresStore.Open("Host=127.0.0.1;Port=1;Username=kw;Password=secret;Timeout=2"));
        Assert.Contains("cannot connect to PostgreSQL", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoWritersAtOnce_LoseNothing()
    {
        using (var first = Open())
        {
            first.AddOrganisation(new KhorasanWatch.Coalition.Organisation("fin", "FIN", "FIN", DateTimeOffset.UnixEpoch));
        }

        // Two connections, as two kwatch processes hold them, each saving versions of one matrix and one
        // claim and appending to the log: every save is kept, under a number of its own.
        const int Each = 40;
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            using var store = Open();
            for (var i = 0; i < Each; i++)
            {
                store.SaveMatrix("iskp", $"{{\"writer\":{w},\"i\":{i}}}", $"writer {w}, save {i}", DateTimeOffset.UnixEpoch.AddMinutes(i));
                store.SaveClaim(Claim("shared", (w * 1_000) + i), $"writer {w}", DateTimeOffset.UnixEpoch.AddMinutes(i));
                store.AppendAudit(Entry("ana", $"writer {w}", DateTimeOffset.UnixEpoch.AddMinutes(i)));
            }
        }, TestContext.Current.CancellationToken)).ToArray();
        await Task.WhenAll(writers); // a writer's error fails the test here

        using var reader = Open();
        Assert.Equal(2 * Each, reader.LatestMatrix("iskp")?.Version);
        var changes = Enumerable.Range(1, 2 * Each).Select(v => reader.MatrixVersion("iskp", v)!.Change).ToHashSet();
        Assert.Equal(2 * Each, changes.Count);
        var values = reader.ClaimHistory("shared").Select(v => v.Claim.Value).ToList();
        Assert.Equal(Enumerable.Range(1, 2 * Each), reader.ClaimHistory("shared").Select(v => v.Claim.Version));
        Assert.Equal(2 * Each, values.Distinct().Count());
        Assert.Equal(2 * Each, reader.AuditLog(new KhorasanWatch.Coalition.AuditQuery(Limit: 1_000)).Count);
    }
}
