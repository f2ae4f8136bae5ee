using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Tests.Indicators;
using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Analysis.Tests.Hypotheses;

/// <summary>The sentences the readings put in the report: its dates, country names and counts in the right number.</summary>
public sealed class IndicatorReadingsTests
{
    private static readonly DateOnly AsOf = new(2025, 2, 11);

    private static Warning Signal() => new(
        "attacks", "rate_ratio", Direction.Up, WarningLevel.Watch, 2, 1.1, 3.6, 0.03, AsOf,
        new Period(PeriodKind.Window, AsOf.AddDays(-89), AsOf), "More attacks.", []);

    private static IReadOnlyDictionary<string, IndicatorReading> Readings(WarningReport warnings, DateOnly coverageStart) =>
        IndicatorReadings.Compute([TestEvents.Attack("2024-12-01", country: "PAK", province: null)], AsOf, coverageStart, IndicatorRules.Iskp, warnings);

    [Fact]
    public void TheWarningLevel_CountsSignalsAndTestsInTheRightNumber_AndWritesTheDayAsTheReportDoes()
    {
        var one = Readings(new WarningReport(AsOf, WarningLevel.Watch, 32, [Signal()], [], ChanceAlone.None(12)), new DateOnly(2020, 1, 1));
        var none = Readings(new WarningReport(AsOf, WarningLevel.None, 1, [], [], ChanceAlone.None(12)), new DateOnly(2020, 1, 1));

        Assert.Equal("The warning level as of 11 February 2025 is watch (1 signal in 32 tests).", one["warning_level"].Text);
        Assert.Equal("The warning level as of 11 February 2025 is none (no signals in 1 test).", none["warning_level"].Text);
    }

    [Fact]
    public void ACountReading_NamesTheCountryAndWritesTheDayAsTheReportDoes()
    {
        var readings = Readings(new WarningReport(AsOf, WarningLevel.None, 1, [], [], ChanceAlone.None(12)), new DateOnly(2020, 1, 1));

        var abroad = readings["outside_home_attacks_12m"].Text;

        Assert.StartsWith("1 attack outside Afghanistan in the twelve months to 11 February 2025 against 0 in the twelve before", abroad, StringComparison.Ordinal);
        Assert.DoesNotContain("AFG", abroad, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadingWithoutTheTwelveMonthsBefore_SaysSoInTheSameWords()
    {
        var readings = Readings(new WarningReport(AsOf, WarningLevel.None, 1, [], [], ChanceAlone.None(12)), new DateOnly(2024, 6, 1));

        Assert.Equal(
            "1 attack outside Afghanistan in the twelve months to 11 February 2025; the data do not reach the twelve before.",
            readings["outside_home_attacks_12m"].Text);
        Assert.Equal("no_data", readings["outside_home_attacks_12m"].State);
    }
}
