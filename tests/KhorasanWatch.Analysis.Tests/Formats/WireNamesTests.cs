using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Formats;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Analysis.Tests.Formats;

public sealed class WireNamesTests
{
    [Fact]
    public void EveryMember_HasItsOwnName_InLowerCase_OrAsTheMatrixFilesWriteIt()
    {
        Distinct(Enum.GetValues<PeriodKind>().Select(WireNames.Period), ["week", "month", "quarter", "year", "window"]);
        Distinct(Enum.GetValues<WarningLevel>().Select(WireNames.Level), ["none", "watch", "warning", "alert"]);
        Distinct(Enum.GetValues<Direction>().Select(WireNames.Direction), ["up", "down", "shift", "new"]);
        Distinct(Enum.GetValues<DatePrecision>().Select(WireNames.Precision), ["day", "range", "month", "year"]);
        Distinct(Enum.GetValues<EvidenceKind>().Select(WireNames.Kind), ["claim", "indicator", "note"]);
        Distinct(Enum.GetValues<WeightLevel>().Select(WireNames.Weight), ["low", "medium", "high"]);
        Distinct(Enum.GetValues<ConfidenceLevel>().Select(WireNames.Confidence), ["low", "moderate", "high"]);
        Distinct(Enum.GetValues<AchRating>().Select(WireNames.Rating), ["NA", "CC", "C", "N", "I", "II"]);
    }

    [Fact]
    public void AValueWithoutAName_IsRefused_NotWrittenAsANumber() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Level((WarningLevel)42));

    private static void Distinct(IEnumerable<string> names, string[] expected) => Assert.Equal(expected, names.ToArray());
}
