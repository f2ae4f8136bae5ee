using System.Text.Json;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>The CLI on real files from ../shared/data; each test skips with the reason when the file is absent.</summary>
public sealed class RealDataTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void GeoImportOfGeoBoundaries_ThenIngest_DerivesTheProvinceOfEventsWithoutOne()
    {
        var boundaries = RepoPaths.RequireShared("boundaries_afg_geoboundaries/geoBoundaries-AFG-ADM1.geojson");

        var import = CliRun.Of("geo", "import", boundaries, "--db", Db);
        var ingest = CliRun.Of("ingest", _temp.Write("a.csv", Text(new Row("AFG1", Admin1: "", Latitude: 34.4342, Longitude: 70.4479))), "--db", Db);
        using var json = JsonDocument.Parse(CliRun.Of("events", "--db", Db, "--format", "json").Out);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 34 provinces", import.Out, StringComparison.Ordinal);
        Assert.Equal(0, ingest.ExitCode);
        var e = json.RootElement[0];
        Assert.Equal("Nangarhar", e.GetProperty("admin1").GetString());
        Assert.True(e.GetProperty("admin1_derived").GetBoolean());
    }

    [Fact]
    public void AnUnsupportedRealDataset_IsRefusedInOneLine()
    {
        var kaggle = RepoPaths.RequireShared("pakistan_suicide_attacks_kaggle/PakistanSuicideAttacks_raw.csv");

        var run = CliRun.Of("ingest", kaggle, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"kwatch: {kaggle}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ARealFileForcedAsAcled_IsRefusedForItsMissingColumns()
    {
        var kaggle = RepoPaths.RequireShared("pakistan_suicide_attacks_kaggle/PakistanSuicideAttacks_raw.csv");

        var run = CliRun.Of("ingest", kaggle, "--source", "acled", "--encoding", "latin1", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{kaggle}:1: the header has no event_date column", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALatin1RealFile_NamesTheFirstBadLine_AndStoresNothing()
    {
        // The Kaggle file is Latin-1; given an ACLED header it reads as ACLED up to its first non-ASCII byte.
        var kaggle = RepoPaths.RequireShared("pakistan_suicide_attacks_kaggle/PakistanSuicideAttacks_raw.csv");
        var bytes = File.ReadAllBytes(kaggle);
        var body = bytes.AsSpan(Array.IndexOf(bytes, (byte)'\n') + 1).ToArray();
        var path = _temp.File("relabelled.csv");
        File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes(Header + "\n"), .. body]);
        var expectedLine = 2 + body.AsSpan(0, Array.FindIndex(body, b => b >= 0x80)).Count((byte)'\n');

        var run = CliRun.Of("ingest", path, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:{expectedLine}: bad encoding", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "nothing was stored, so no new store is left behind");
    }
}
