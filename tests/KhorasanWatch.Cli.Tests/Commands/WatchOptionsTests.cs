using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>The options <c>indicators</c> and <c>warnings</c> share: which actor, and what a store without its events is told.</summary>
public sealed class WatchOptionsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("indicators")]
    [InlineData("warnings")]
    public void AnActorOtherThanTheWatchedOne_ExitsTwoWithOneLineNamingIskp(string command)
    {
        var db = IngestSample();

        var run = CliRun.Of(command, "--db", db, "--actor", "taliban");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--actor 'taliban'", line, StringComparison.Ordinal);
        Assert.Contains("'iskp'", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("indicators")]
    [InlineData("warnings")]
    public void TheWatchedActor_StillWorksWhenNamed(string command)
    {
        var db = IngestSample();

        Assert.Equal(0, CliRun.Of(command, "--db", db, "--actor", "iskp").ExitCode);
    }

    [Fact]
    public void AStoreWithEventsButNoneOfTheActor_SaysSoRatherThanAskingForAnIngest()
    {
        var db = _temp.File("noiskp.db");
        var rows = new[]
        {
            new Row("TAL1", Actor1: "Taliban", SubEventType: "Armed clash", EventType: "Battles", Actor2: "Military Forces of Pakistan (2018-)"),
            new Row("TAL2", Date: "2021-09-02", Actor1: "Taliban", SubEventType: "Armed clash", EventType: "Battles", Actor2: "Military Forces of Pakistan (2018-)"),
        };
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("tal.csv", Text(rows)), "--db", db).ExitCode);

        var run = CliRun.Of("indicators", "--db", db);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("holds 2 events, none of 'iskp'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("ingest", line, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodsEndingBeforeTheData_AreRefusedNotShownAsZeros()
    {
        var db = IngestSample();

        var run = CliRun.Of("indicators", "--db", db, "--from", "2010-01-01", "--to", "2012-12-31", "--period", "year");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the data start on 2015-01-01", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void YearsBeforeTheActorEmerged_AreNotItsQuietYears()
    {
        // A store reaching back to 2010 through another actor's events: ISKP's coverage starts at its
        // emergence (January 2015, the profile), not at the store's first year.
        var db = _temp.File("early.db");
        var rows = new[]
        {
            new Row("TAL1", Date: "2010-05-02", Actor1: "Taliban", SubEventType: "Armed clash", EventType: "Battles", Actor2: "Military Forces of Afghanistan (2004-2021)"),
            new Row("IS1", Date: "2015-06-10"),
            new Row("IS2", Date: "2016-06-10"),
            new Row("IS3", Date: "2016-07-10"),
        };
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("early.csv", Text(rows)), "--db", db).ExitCode);

        var before = CliRun.Of("indicators", "--db", db, "--from", "2010-01-01", "--to", "2014-12-31", "--period", "year");
        var json = CliRun.Of("indicators", "--db", db, "--from", "2015-01-01", "--to", "2016-12-31", "--period", "year", "--format", "json");

        Assert.Equal(2, before.ExitCode);
        Assert.Contains("the data start on 2015-01-01 for 'iskp'", before.Error, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.Contains("\"coverage_start\": \"2015-01-01\"", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void YearsBeforeTheHomeCountrysDataBegin_AreNotQuietYears()
    {
        // A regional file as ACLED's are: Pakistan from 2012, Afghanistan from 2017. ISKP emerged in
        // 2015, but 2015 and 2016 in Afghanistan are not covered: coverage starts with the home
        // country's first year, not the store's or the emergence.
        var db = _temp.File("regional.db");
        var rows = new[]
        {
            new Row("PAK1", Date: "2012-03-02", Actor1: "Tehrik-i-Taliban Pakistan (TTP)", SubEventType: "Armed clash", EventType: "Battles", Actor2: "Military Forces of Pakistan (2008-2013)", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Peshawar", Latitude: 34.0, Longitude: 71.5),
            new Row("PAK2", Date: "2015-09-10", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Peshawar", Latitude: 34.0, Longitude: 71.5),
            new Row("TAL1", Date: "2017-01-05", Actor1: "Taliban", SubEventType: "Armed clash", EventType: "Battles", Actor2: "Military Forces of Afghanistan (2004-2021)"),
            new Row("IS1", Date: "2017-06-10"),
            new Row("IS2", Date: "2018-06-10"),
        };
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("regional.csv", Text(rows)), "--db", db).ExitCode);

        var json = CliRun.Of("indicators", "--db", db, "--from", "2017-01-01", "--to", "2018-12-31", "--period", "year", "--format", "json");
        var before = CliRun.Of("indicators", "--db", db, "--from", "2015-01-01", "--to", "2016-12-31", "--period", "year");

        Assert.Equal(0, json.ExitCode);
        Assert.Contains("\"coverage_start\": \"2017-01-01\"", json.Out, StringComparison.Ordinal);
        Assert.Equal(2, before.ExitCode);
        Assert.Contains("the data start on 2017-01-01 for 'iskp'", before.Error, StringComparison.Ordinal);

        // Pakistan's own figures reach back as far as the store and the actor do.
        var pakistan = CliRun.Of("indicators", "--db", db, "--country", "PAK", "--from", "2015-01-01", "--to", "2016-12-31", "--period", "year", "--format", "json");
        Assert.True(pakistan.ExitCode == 0, pakistan.Error);
        Assert.Contains("\"coverage_start\": \"2015-01-01\"", pakistan.Out, StringComparison.Ordinal);
        Assert.Contains("\"attacks\": 1", pakistan.Out, StringComparison.Ordinal); // PAK2, 2015
    }

    [Fact]
    public void WithTwoSources_CoverageStartsWhenTheLaterOneBeginsAtHome_ACompilationAside()
    {
        // UCDP records Afghanistan from 2012, ACLED from 2017: 2015 and 2016, which UCDP alone
        // covers, would read ACLED's arrival in 2017 as a rise, so coverage starts in 2017.
        var db = _temp.File("two.db");
        const string Ucdp = "id,year,type_of_violence,side_a,side_b,country,adm_1,latitude,longitude,date_start,date_end,best,low,high,source_headline\n";
        var ged = _temp.Write("ged.csv", Ucdp +
            "9001,2012,1,Government of Afghanistan,Taleban,Afghanistan,Kandahar province,31.6,65.7,2012-05-02,2012-05-02,4,4,5,Clash in Kandahar\n" +
            "9002,2015,3,IS,Civilians,Afghanistan,Nangarhar province,34.4,70.4,2015-10-02,2015-10-02,6,6,8,IS gunmen kill six villagers\n" +
            "9003,2018,3,IS,Civilians,Afghanistan,Kabul province,34.5,69.2,2018-04-22,2018-04-22,60,57,69,IS suicide bomber kills 60 at Kabul voter centre\n");
        Assert.Equal(0, CliRun.Of("ingest", ged, "--db", db).ExitCode);
        var ucdpOnly = CliRun.Of("indicators", "--db", db, "--from", "2015-01-01", "--to", "2016-12-31", "--period", "year", "--format", "json");
        Assert.True(ucdpOnly.ExitCode == 0, ucdpOnly.Error);
        Assert.Contains("\"coverage_start\": \"2015-01-01\"", ucdpOnly.Out, StringComparison.Ordinal); // one source: the emergence

        var acled = _temp.Write("acled.csv", Text(
            new Row("IS1", Date: "2017-06-10"),
            new Row("IS2", Date: "2018-06-10"),
            new Row("KWS1", Date: "2015-03-01", Tags: "dataset=Khorasan Watch curated compilation"))); // a selection, not coverage
        Assert.Equal(0, CliRun.Of("ingest", acled, "--db", db).ExitCode);

        var json = CliRun.Of("indicators", "--db", db, "--from", "2017-01-01", "--to", "2018-12-31", "--period", "year", "--format", "json");
        var before = CliRun.Of("indicators", "--db", db, "--from", "2015-01-01", "--to", "2016-12-31", "--period", "year");
        var report = CliRun.Of("report", "--db", db, "--from", "2016-01-01", "--to", "2018-12-31", "--out", _temp.File("r.html"));

        Assert.True(json.ExitCode == 0, json.Error);
        Assert.Contains("\"coverage_start\": \"2017-01-01\"", json.Out, StringComparison.Ordinal);
        Assert.Equal(2, before.ExitCode);
        Assert.Contains("the data start on 2017-01-01 for 'iskp', when ACLED's records of the home country begin", before.Error, StringComparison.Ordinal);
        Assert.Single(before.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, report.ExitCode);
        var warnings = CliRun.Of("warnings", "--db", db);
        Assert.True(warnings.ExitCode == 0, warnings.Error);
        Assert.Contains("The data start on 2017-01-01, when ACLED's records of the home country begin",
            string.Join(' ', warnings.Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal); // as wrapped to 80 columns
    }

    [Fact]
    public void WarningsAsOfFarPastTheLastEvent_SayWhereTheDataEnd()
    {
        var db = IngestSample();

        var text = CliRun.Of("warnings", "--db", db, "--as-of", "2030-06-30");
        var json = CliRun.Of("warnings", "--db", db, "--as-of", "2030-06-30", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("The data end on 2025-", text.Out, StringComparison.Ordinal);
        Assert.Contains("\"data_end\": \"2025-", json.Out, StringComparison.Ordinal);
    }

    private string IngestSample()
    {
        var db = _temp.File("k.db");
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", db).ExitCode);
        return db;
    }
}
