using System.Text.Json;
using KhorasanWatch.TestSupport;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>The audit log of a store with users: every verb appended with who, what and how it ended; read by admins only; never changed.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    private static string Sample => Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv");

    private CliRun Kwatch(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    /// <summary>fin (admin1, ana the analyst, vic the viewer) and est (eve, an analyst); the sample ingested by ana, TLP:AMBER for fin.</summary>
    private void Coalition()
    {
        Assert.Equal(0, Kwatch("org", "add", "fin", "--name", "FIN", "--country", "FIN").ExitCode);
        Assert.Equal(0, Kwatch("org", "add", "est", "--name", "EST", "--country", "EST").ExitCode);
        Assert.Equal(0, Kwatch("user", "add", "admin1", "--org", "fin", "--role", "admin").ExitCode);
        Assert.Equal(0, Kwatch("user", "add", "ana", "--org", "fin", "--role", "analyst", "--as", "admin1").ExitCode);
        Assert.Equal(0, Kwatch("user", "add", "vic", "--org", "fin", "--role", "viewer", "--as", "admin1").ExitCode);
        Assert.Equal(0, Kwatch("user", "add", "eve", "--org", "est", "--role", "analyst", "--as", "admin1").ExitCode);
        Assert.Equal(0, Kwatch("ingest", Sample, "--as", "ana").ExitCode);
    }

    private List<JsonElement> Log(params string[] filters)
    {
        var run = Kwatch(["audit", "--as", "admin1", "--format", "json", "--limit", "1000", .. filters]);
        Assert.Equal(0, run.ExitCode);
        return [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("entries").EnumerateArray()];
    }

    private static readonly string[] Fields = ["user", "organisation", "action", "detail", "outcome"];

    private static string Line(JsonElement e) => string.Join('|', Fields.Select(f => e.GetProperty(f).GetString()));

    [Fact]
    public void EveryVerb_IsLogged_WithWhoWhatHowItEnded_AndFromWhere()
    {
        Coalition();
        Assert.Equal(0, Kwatch("indicators", "--period", "year", "--as", "ana").ExitCode);
        Assert.Equal(2, Kwatch("ingest", Sample, "--as", "vic").ExitCode); // a viewer reads only
        Assert.Equal(2, Kwatch("events", "--as", "nobody").ExitCode);
        Assert.Equal(2, Kwatch("events").ExitCode); // a store with users names its reader

        var entries = Log();
        var lines = entries.Select(Line).ToList();
        Assert.Contains($"ana|fin|ingest|ingest {Sample}|ok", lines);
        Assert.Contains("ana|fin|indicators|indicators --period year|ok", lines);
        Assert.Contains($"vic|fin|ingest|ingest {Sample}|refused", lines);
        Assert.Contains("nobody||events|events|refused", lines);
        Assert.Contains("||events|events|refused", lines);
        Assert.Contains("admin1|fin|user add|user add ana --org fin --role analyst|ok", lines);
        Assert.All(entries, e => Assert.StartsWith("cli (", e.GetProperty("origin").GetString(), StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(Db, e.GetProperty("detail").GetString()!, StringComparison.Ordinal)); // the store is not what was asked
        var ids = entries.Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids); // newest first
    }

    [Fact]
    public void TheLog_IsFiltered_ByUserActionAndDay()
    {
        Coalition();
        Kwatch("warnings", "--as", "eve");
        var ana = Log("--user", "ana");
        Assert.NotEmpty(ana);
        Assert.All(ana, e => Assert.Equal("ana", e.GetProperty("user").GetString()));
        Assert.Equal(Log().Count + 1, Log("--since", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Count); // all of today, the read just before too
        Assert.Equal(["ingest"], Log("--action", "ingest").Select(e => e.GetProperty("action").GetString()).Distinct());
        Assert.Equal(["user add"], Log("--action", "user").Select(e => e.GetProperty("action").GetString()).Distinct()); // a verb's first word takes its sub-verbs
        Assert.Empty(Log("--since", "2999-01-01"));
        Assert.Equal(2, Kwatch("audit", "--as", "admin1", "--since", "yesterday").ExitCode);
    }

    [Fact]
    public void AReadHeldOpen_NeitherDelaysNorDropsAnEntry()
    {
        Coalition();
        using var reader = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        reader.Open();
        using var tx = reader.BeginTransaction();
        using var read = reader.CreateCommand();
        read.CommandText = "SELECT count(*) FROM events";
        read.Transaction = tx;
        Assert.True((long)read.ExecuteScalar()! > 0); // a shared lock on the store, held as a slow export holds it

        var run = Kwatch("sources", "--as", "ana");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("audit log could not be written", run.Error, StringComparison.Ordinal);
        Assert.Contains("ana|fin|sources|sources|ok", Log().Select(Line));
    }

    [Fact]
    public void OnlyAnAdmin_ReadsTheLog_AndAdministersTheStore()
    {
        Coalition();
        foreach (var args in new[] { new[] { "audit" }, ["user", "list"], ["user", "add", "x1", "--org", "fin"], ["token", "create", "ana"], ["token", "list"], ["org", "add", "lva", "--name", "LVA", "--country", "LVA"] })
        {
            var refused = Kwatch([.. args, "--as", "ana"]);
            Assert.Equal(2, refused.ExitCode);
            Assert.Equal("kwatch: 'ana' has the role analyst: the store's organisations, users, tokens and audit log are its admins' to manage", refused.Error.Trim());
        }

        Assert.Equal(0, Kwatch("org", "list", "--as", "vic").ExitCode); // any user may name the organisations to release to
        Assert.Equal(2, Kwatch("org", "list").ExitCode);
        Assert.Equal(0, Kwatch("audit", "--as", "admin1").ExitCode);
    }

    [Fact]
    public void NoPath_ChangesOrRemovesAnEntry()
    {
        Coalition();
        var before = Log().Count;
        foreach (var sql in new[] { "UPDATE audit SET user = 'someone else'", "DELETE FROM audit", "DELETE FROM audit WHERE id = 1" })
        {
            var e = Assert.Throws<SqliteException>(() => StoreSql.Execute(Db + "-audit", sql));
            Assert.Contains("the audit log is append-only", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before + 1, Log().Count); // the read before is an entry too
    }

    [Fact]
    public void AReaderWhoSeesNoEvent_IsToldSo_NotShownAStoreError()
    {
        Coalition();
        var events = Kwatch("events", "--as", "eve"); // est sees none of fin's AMBER rows
        Assert.Equal(0, events.ExitCode);
        Assert.Contains("0 events", events.Out, StringComparison.Ordinal);
        var indicators = Kwatch("indicators", "--as", "eve");
        Assert.Equal(2, indicators.ExitCode);
        Assert.Equal($"kwatch: the store {Db} holds no events; run 'kwatch ingest FILE' first", indicators.Error.Trim());
    }

    [Fact]
    public void AStoreWithoutUsers_KeepsNoLog_AndAForgedLineBreak_StaysOneLine()
    {
        Assert.Equal(0, Kwatch("ingest", Sample).ExitCode);
        Assert.Equal(0, Kwatch("indicators").ExitCode);
        Assert.False(File.Exists(Db + "-audit"));

        Kwatch("org", "add", "fin", "--name", "FIN", "--country", "FIN");
        Kwatch("user", "add", "admin1", "--org", "fin", "--role", "admin");
        Kwatch("events", "--as", "admin1\nforged 2026-01-01 ok");
        Kwatch("events", "--as", "admin1\u202Ex\u200Bz");
        var lines = Log().Select(Line).ToList();
        Assert.Contains("admin1 forged 2026-01-01 ok||events|events|refused", lines);
        Assert.Contains("admin1 x z||events|events|refused", lines); // a bidirectional override and a zero-width space
        Assert.Contains("||user add|user add admin1 --org fin --role admin|ok", lines); // the bootstrap: no one named, the first admin added
    }

    public void Dispose() => _temp.Dispose();
}
