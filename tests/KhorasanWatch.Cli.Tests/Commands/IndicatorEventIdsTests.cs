using System.Text.Json;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary><c>kwatch indicators --format json</c>: every count is traceable to the events behind it, and the complex-attack count on the sample.</summary>
public sealed class IndicatorEventIdsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public IndicatorEventIdsTests() =>
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db).ExitCode);

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryCount_HasAsManyEventIdsAsItCounts()
    {
        foreach (var year in Years())
        {
            var ids = year.GetProperty("event_ids");
            var label = year.GetProperty("period").GetString();
            Same(label, year.GetProperty("scale").GetProperty("suicide"), ids.GetProperty("suicide"));
            Same(label, year.GetProperty("scale").GetProperty("complex"), ids.GetProperty("complex"));
            Same(label, year.GetProperty("taliban_fight").GetProperty("clashes"), ids.GetProperty("clashes"));
            Same(label, year.GetProperty("strikes").GetProperty("on_civilians"), ids.GetProperty("strikes_on_civilians"));
            foreach (var target in year.GetProperty("targets").EnumerateObject())
            {
                Same($"{label} {target.Name}", target.Value, ids.GetProperty("targets").GetProperty(target.Name));
            }

            foreach (var country in year.GetProperty("outside_afghanistan").EnumerateObject())
            {
                Same($"{label} {country.Name}", country.Value, ids.GetProperty("outside_afghanistan").GetProperty(country.Name));
            }

            var provinces = ids.GetProperty("provinces").EnumerateArray()
                .ToDictionary(p => $"{p.GetProperty("country").GetString()}/{p.GetProperty("province").GetString()}", p => p.GetProperty("event_ids"), StringComparer.Ordinal);
            foreach (var province in year.GetProperty("province_list").EnumerateArray())
            {
                Same(label, province.GetProperty("attacks"), provinces[$"{province.GetProperty("country").GetString()}/{province.GetProperty("province").GetString()}"]);
            }
        }
    }

    [Fact]
    public void ComplexAttacks_AreTheRowsWhoseNotesPairASuicideOrCarBombWithGunmen()
    {
        // Read from the notes by hand: a suicide or car bomb and gunmen or storming in one sentence. KWS042 ("gunmen with
        // explosives stormed") has no suicide or car bomb; KWS017, KWS020 and KWS057 are gunmen alone.
        string[] expected = ["acled:KWS002", "acled:KWS005", "acled:KWS006", "acled:KWS008", "acled:KWS014", "acled:KWS018", "acled:KWS023", "acled:KWS031", "acled:KWS036"];

        var complex = Years().SelectMany(y => y.GetProperty("event_ids").GetProperty("complex").EnumerateArray().Select(e => e.GetString()!)).Order(StringComparer.Ordinal);

        Assert.Equal(expected, complex);
    }

    // A count the loaded sources do not record is null and has no events behind it.
    private static void Same(string? label, JsonElement count, JsonElement ids) =>
        Assert.True(
            count.ValueKind == JsonValueKind.Null ? ids.GetArrayLength() == 0 : count.GetInt32() == ids.GetArrayLength(),
            $"{label}: count {count}, {ids.GetArrayLength()} event ids");

    [Fact]
    public void TheCuratedSample_RecordsOnlyAttacks_SoOtherEventsAreNotRecordedNotZero()
    {
        foreach (var year in Years())
        {
            var fight = year.GetProperty("taliban_fight");
            var strikes = year.GetProperty("strikes");
            Assert.Equal(JsonValueKind.Null, fight.GetProperty("taliban_operations").ValueKind);
            Assert.Equal(JsonValueKind.Null, fight.GetProperty("clashes").ValueKind);
            Assert.Equal(JsonValueKind.Null, fight.GetProperty("clash_deaths_best").ValueKind);
            Assert.Equal(JsonValueKind.Number, fight.GetProperty("attacks_on_taliban").ValueKind); // its attacks are what it records
            Assert.StartsWith("not recorded: the loaded sources are a curated selection", fight.GetProperty("not_recorded").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, strikes.GetProperty("strikes").ValueKind);
            Assert.Equal(JsonValueKind.Null, strikes.GetProperty("strike_deaths_best").ValueKind);
        }

        // A source's own data beside the compilation records the other events again.
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("acled.csv", AcledCsv.Text(new AcledCsv.Row("AFG1", Date: "2021-07-01"))), "--db", Db).ExitCode);
        Assert.All(Years(), y => Assert.Equal(JsonValueKind.Number, y.GetProperty("taliban_fight").GetProperty("taliban_operations").ValueKind));
    }

    private List<JsonElement> Years()
    {
        var run = CliRun.Of("indicators", "--db", Db, "--period", "year", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.Clone()).ToList();
    }
}
