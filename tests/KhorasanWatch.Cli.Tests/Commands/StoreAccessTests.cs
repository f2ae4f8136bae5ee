using System.Security.Cryptography;
using KhorasanWatch.TestSupport;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// A store kwatch may not write, a file that is not kwatch's, paths that name nothing or no file:
/// one line and exit 2, never a trace, and nothing changed (issue 13, item 1; issue 18, items 9 and 10).
/// </summary>
public sealed class StoreAccessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    private static string Sample => Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv");

    private static string Claims => Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AStoreTheUserMayNotWrite_RefusesEveryWritingVerbInOneLine_AndStillReads()
    {
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);
        var matrix = _temp.Write("m.json", """{"name":"m","hypotheses":[{"id":"h1","statement":"a"},{"id":"h2","statement":"b"}],"items":[]}""");
        var before = Hash(Db);

        using (new ReadOnlyFile(Db))
        {
            foreach (var args in new[]
            {
                new[] { "ingest", Sample, "--db", Db },
                ["claims", "import", Claims, "--db", Db],
                ["ach", "import", matrix, "--db", Db],
            })
            {
                var run = CliRun.Of(args);
                Assert.True(run.ExitCode == 2, $"{args[0]}: exit {run.ExitCode}, {run.Error}");
                Assert.Contains("read-only", run.Error, StringComparison.Ordinal);
                Assert.Single(run.Error.Trim().Split('\n'));
                Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            }

            Assert.Equal(0, CliRun.Of("events", "--db", Db, "--limit", "1").ExitCode);
            Assert.Equal(0, CliRun.Of("indicators", "--db", Db, "--period", "year").ExitCode);
        }

        Assert.Equal(before, Hash(Db));
    }

    [Fact]
    public void ReadingVerbs_ChangeNoByteOfTheStore_AndLeaveNothingBesideIt()
    {
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);
        var before = Hash(Db);

        foreach (var args in new[] { new[] { "events", "--limit", "3" }, ["sources"], ["indicators", "--period", "year"], ["warnings"], ["claims", "list"], ["backtest"] })
        {
            CliRun.Of([.. args, "--db", Db]);
        }

        Assert.Equal(before, Hash(Db));
        Assert.Equal(["k.db"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void AnotherProgramsDatabase_IsNeverGivenKwatchsTables()
    {
        var other = _temp.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine')";
            create.ExecuteNonQuery();
        }

        var before = Hash(other);
        var read = CliRun.Of("events", "--db", other);
        var write = CliRun.Of("ingest", Sample, "--db", other);

        Assert.Equal(2, read.ExitCode);
        Assert.Equal(2, write.ExitCode);
        Assert.Contains("of another program (tables notes), not a kwatch store", read.Error, StringComparison.Ordinal);
        Assert.Contains("of another program", write.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(other));
    }

    [Theory]
    [InlineData("'abc'", "holds 'abc', not a version number")]
    [InlineData("99999999999", "schema version 99999999999, newer than this kwatch understands")]
    [InlineData("-1", "holds '-1', not a version number")]
    public void AGarbageSchemaVersion_IsOneLine(string value, string expected)
    {
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE schema_version SET version = {value}";
            update.ExecuteNonQuery();
        }

        foreach (var run in new[] { CliRun.Of("events", "--db", Db), CliRun.Of("ingest", Sample, "--db", Db), CliRun.Of("report", "--db", Db, "--out", _temp.File("r.html")) })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.Trim().Split('\n'));
        }
    }

    [Fact]
    public void EmptyPaths_AreUsageErrors()
    {
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);

        var db = CliRun.Of("events", "--db", "");
        var output = CliRun.Of("report", "--db", Db, "--out", "");
        var input = CliRun.Of("ingest", "", "--db", Db);

        Assert.Equal((2, 2, 2), (db.ExitCode, output.ExitCode, input.ExitCode));
        Assert.Contains("--db is empty", db.Error, StringComparison.Ordinal);
        Assert.Contains("--out is empty", output.Error, StringComparison.Ordinal);
        Assert.Contains("an empty path names no file", input.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpecialFiles_AreNeitherReadNorReplaced()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs and /dev/zero are Linux's here.");
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);
        var fifo = _temp.File("events.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        foreach (var args in new[]
        {
            new[] { "ingest", fifo }, ["ingest", "/dev/zero"], ["claims", "import", fifo], ["geo", "import", fifo], ["ach", "import", "/dev/zero"],
        })
        {
            var task = Task.Run(() => CliRun.Of([.. args, "--db", Db]), TestContext.Current.CancellationToken);
            Assert.Same(task, await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)));
            var run = await task;
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is not a regular file", run.Error, StringComparison.Ordinal);
        }

        // /dev/null is a character device: a PDF renamed over it would replace it with a file.
        var pdf = CliRun.Of("report", "--db", Db, "--out", _temp.File("r.html"), "--pdf", "/dev/null");
        Assert.Equal(2, pdf.ExitCode);
        Assert.Contains("--pdf /dev/null is not a regular file", pdf.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("r.html")));
    }

    [Fact]
    public void AReportWrittenThroughALink_IsWrittenToItsTarget_AndReportedTruly()
    {
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);
        var target = _temp.File("real.html");
        var link = _temp.File("link.html");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        var run = CliRun.Of("report", "--db", Db, "--out", link);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Wrote {target} (", run.Out + run.Error, StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(target), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Directory.GetFiles(_temp.Path), f => f.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Fact]
    public void ADamagedPage_IsOneLineNamingTheStore_InEveryVerbThatMeetsIt()
    {
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);
        using (var file = new FileStream(Db, FileMode.Open, FileAccess.Write))
        {
            // Every page after the schema's: the events and the snapshot the reading verbs load instead of them.
            file.Seek(4096 * 3, SeekOrigin.Begin);
            file.Write(Enumerable.Repeat((byte)0xFF, (int)file.Length - (4096 * 3)).ToArray());
        }

        foreach (var args in new[] { new[] { "events" }, ["indicators"], ["warnings"], ["report", "--out", _temp.File("r.html")], ["ach", "score"] })
        {
            var run = CliRun.Of([.. args, "--db", Db]);
            Assert.True(run.ExitCode == 2, $"{args[0]}: exit {run.ExitCode}");
            Assert.Contains("the store is damaged (database disk image is malformed)", Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ADamagedStoredBoundary_IsOneLine_NotAParserTrace()
    {
        Assert.Equal(0, CliRun.Of("ingest", Sample, "--db", Db).ExitCode);
        var boundaries = _temp.Write("kabul.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"shapeName":"Kabul","shapeGroup":"AFG"},
             "geometry":{"type":"Polygon","coordinates":[[[68.9,34.2],[69.6,34.2],[69.6,34.9],[68.9,34.9],[68.9,34.2]]]}}]}
            """);
        Assert.Equal(0, CliRun.Of("geo", "import", boundaries, "--db", Db).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE boundaries SET wkt = 'POLYGON ((68.9 34.2, 69.6'";
            damage.ExecuteNonQuery();
        }

        foreach (var args in new[] { new[] { "report", "--out", _temp.File("r.html") }, ["ingest", Sample] })
        {
            var run = CliRun.Of([.. args, "--db", Db]);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("the stored boundary of Kabul (AFG) is damaged", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
