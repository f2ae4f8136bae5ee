using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>A matrix's saved versions carry their saver's marking: another organisation reads the latest version it may see, and rates on top of that one.</summary>
public sealed class MatrixMarkingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    private CliRun Kwatch(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    private int? Version(string user)
    {
        var run = Kwatch("ach", "show", "--format", "json", "--as", user);
        Assert.True(run.ExitCode == 0, run.Error);
        var version = JsonDocument.Parse(run.Out).RootElement.GetProperty("version");
        return version.ValueKind == JsonValueKind.Null ? null : version.GetInt32();
    }

    [Fact]
    public void EachOrganisation_ReadsAndRatesItsOwnVersions()
    {
        TwoOrganisations.Add(Db);
        Assert.Equal(0, Kwatch("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--tlp", "green", "--as", "ana").ExitCode);

        Assert.Equal(0, Kwatch("ach", "rate", "taliban_commitment", "spoiler", "II", "--as", "ana").ExitCode);
        Assert.Equal(1, Version("ana"));
        Assert.Null(Version("eve")); // fin's version is TLP:AMBER for fin: est reads the shipped matrix
        var hidden = Kwatch("ach", "show", "--version", "1", "--as", "eve");
        Assert.Equal(2, hidden.ExitCode);
        Assert.DoesNotContain("taliban_commitment spoiler II", hidden.Out + hidden.Error, StringComparison.Ordinal);

        Assert.Equal(0, Kwatch("ach", "rate", "taliban_commitment", "spoiler", "CC", "--as", "eve").ExitCode);
        Assert.Equal(2, Version("eve"));
        Assert.Equal(1, Version("ana")); // est's version is est's
    }

    [Fact]
    public void AVersionMarkedGreen_IsThePartnersToo_AndAMarkingThatCannotBeIsOneLine()
    {
        TwoOrganisations.Add(Db);
        Assert.Equal(0, Kwatch("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--tlp", "green", "--as", "ana").ExitCode);

        Assert.Equal(0, Kwatch("ach", "rate", "taliban_commitment", "spoiler", "II", "--tlp", "green", "--as", "ana").ExitCode);
        Assert.Equal(1, Version("eve")); // shared with the community: est reads and rates on top of fin's version

        var refused = Kwatch("ach", "rate", "taliban_commitment", "spoiler", "CC", "--tlp", "green", "--release-to", "est", "--as", "eve");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("releases TLP:AMBER only", refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Equal(1, Version("eve")); // nothing saved

        Assert.Equal(0, Kwatch("ach", "rate", "taliban_commitment", "spoiler", "CC", "--tlp", "red", "--as", "eve").ExitCode);
        Assert.Equal(2, Version("eve")); // TLP:RED for eve alone, by default
        Assert.Equal(1, Version("ana"));
    }

    public void Dispose() => _temp.Dispose();
}
