using KhorasanWatch.TestSupport;
using KhorasanWatch.UseCases;

namespace KhorasanWatch.Cli.Tests.Commands;

public sealed class ArgumentsTests
{
    [Theory]
    [InlineData("2021-08-26", false, "2021-08-26")]
    [InlineData("2021-08-26", true, "2021-08-26")]
    [InlineData("2021", false, "2021-01-01")]
    [InlineData("2021", true, "2021-12-31")]
    [InlineData("2024-02", false, "2024-02-01")]
    [InlineData("2024-02", true, "2024-02-29")]
    public void APartialDate_StandsForTheFirstDayAfterFrom_AndTheLastAfterTo(string text, bool toEnd, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RequestValues.Date(text, "from", toEnd));
    }

    [Theory]
    [InlineData("indicators", "--to", "2021-13")]
    [InlineData("warnings", "--as-of", "soon")]
    [InlineData("backtest", "--from", "{to}")]
    public void ADateThatIsNotOne_IsRefusedNamingTheOption_InTheCliSpelling(string verb, string option, string text)
    {
        using var temp = new TempFolder();

        var run = CliRun.Of(verb, option, text, "--db", temp.File("k.db"));

        Assert.Equal(2, run.ExitCode);
        // The user's own text is never read as a parameter to spell: "{to}" stays as given.
        Assert.Equal($"kwatch: {option} '{text}' is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year)", run.Error.Trim());
    }

    [Fact]
    public void TheSameYearAsFromAndTo_IsTheWholeYear()
    {
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)), RequestValues.DateRange("2021", "2021"));
    }

    [Fact]
    public void AParserError_IsOneLine()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("ingest", temp.File("a.csv"), "--source", "purple", "--db", temp.File("k.db"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // The parser's own errors in the style of kwatch's: the option, what it takes, what was given.
        Assert.Contains("--source must be one of acled, ucdp, gtd, not 'purple'", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("sources")]
    public void AReadingVerb_RefusesAMissingStore_AndDoesNotCreateIt(string verb)
    {
        using var temp = new TempFolder();
        var db = temp.File("typo.db");

        var run = CliRun.Of(verb, "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"kwatch: {db}: no such store (load one with 'kwatch ingest FILE --db PATH')", run.Error.Trim());
        Assert.False(File.Exists(db));
    }
}
