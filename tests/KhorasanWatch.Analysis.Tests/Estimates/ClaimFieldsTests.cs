using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;

namespace KhorasanWatch.Analysis.Tests.Estimates;

public sealed class ClaimFieldsTests
{
    private static Dictionary<string, string?> Row() => new()
    {
        ["key"] = "unmt-2021",
        ["subject"] = "manpower",
        ["statement"] = "ISKP has 1,500 to 2,200 fighters.",
        ["value"] = null,
        ["low"] = "1500",
        ["high"] = "2200",
        ["unit"] = "fighters",
        ["refers_to"] = "2021",
        ["reported"] = "2021-06-01",
        ["source_title"] = "Twelfth report of the Monitoring Team",
        ["source_publisher"] = "UN Security Council",
        ["source_reference"] = "S/2021/486",
        ["accessed"] = "2024-05-01",
        ["reliability"] = "B",
        ["credibility"] = "2",
        ["owner"] = null,
        ["tlp"] = null,
        ["relays"] = null,
        ["notes"] = "Member-state estimates.",
    };

    private static IReadOnlyList<(string Field, string Problem)> Problems(Action<Dictionary<string, string?>> change)
    {
        var row = Row();
        change(row);
        var (claim, problems) = ClaimFields.Parse(row, "test-org");
        Assert.Equal(problems.Count == 0, claim is not null);
        return problems;
    }

    [Fact]
    public void AGoodRow_GivesEveryField()
    {
        var (claim, problems) = ClaimFields.Parse(Row(), "test-org");

        Assert.Empty(problems);
        Assert.NotNull(claim);
        Assert.Equal(("unmt-2021", "manpower", 1500.0, 2200.0, "fighters"), (claim.Id, claim.Subject, claim.Low!.Value, claim.High!.Value, claim.Unit));
        Assert.Null(claim.Value);
        Assert.Equal(1850, claim.Estimate);
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)), (claim.RefersTo.Start, claim.RefersTo.End));
        Assert.Equal(new ClaimSource("Twelfth report of the Monitoring Team", "UN Security Council", "S/2021/486", new DateOnly(2024, 5, 1)), claim.Source);
        Assert.Equal("B2", claim.Grade.ToString());
        Assert.Equal("test-org", claim.Owner);
        Assert.Equal(TlpLevel.Amber, claim.Tlp);
        Assert.Equal("Member-state estimates.", claim.Notes);
        Assert.Equal(1, claim.Version);
    }

    [Theory]
    [InlineData("key")]
    [InlineData("subject")]
    [InlineData("statement")]
    [InlineData("refers_to")]
    [InlineData("reported")]
    [InlineData("source_title")]
    [InlineData("reliability")]
    [InlineData("credibility")]
    public void AMissingRequiredField_IsNamed(string field)
    {
        var problem = Assert.Single(Problems(r => r[field] = " "));

        Assert.Equal(field, problem.Field);
        Assert.StartsWith("is required", problem.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key", "UNMT 2021")]
    [InlineData("subject", "Manpower")]
    [InlineData("value", "2,000")]
    [InlineData("low", "about 1500")]
    [InlineData("high", "NaN")]
    [InlineData("refers_to", "June 2021")]
    [InlineData("reported", "2021-13")]
    [InlineData("accessed", "yesterday")]
    [InlineData("reliability", "G")]
    [InlineData("credibility", "7")]
    [InlineData("tlp", "white-ish")]
    public void ABadValue_IsNamedWithTheFieldAndQuoted(string field, string text)
    {
        var problem = Assert.Single(Problems(r => r[field] = text));

        Assert.Equal(field, problem.Field);
        Assert.Contains($"'{text}'", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadGradeWrittenWhole_IsNamedAsGrade()
    {
        var problem = Assert.Single(Problems(r => r["grade"] = "Z9"));

        Assert.Equal("grade", problem.Field);
    }

    [Fact]
    public void AGradeWrittenWhole_StandsForReliabilityAndCredibility()
    {
        var row = Row();
        (row["reliability"], row["credibility"], row["grade"]) = (null, null, "c3");

        Assert.Equal("C3", ClaimFields.Parse(row, "o").Claim!.Grade.ToString());
    }

    [Theory]
    [InlineData("2000", "1500", "2200", null, null)]
    [InlineData("1500", "1500", "1500", null, null)]
    [InlineData("2500", "1500", "2200", "value", "2500 is above high 2200")]
    [InlineData("1000", "1500", "2200", "value", "1000 is below low 1500")]
    [InlineData(null, "7000", "6000", "low", "7000 is above high 6000")]
    [InlineData("6500", "7000", "6000", "low", "7000 is above high 6000")]
    public void LowValueHigh_MustBeInOrder_AndTheFigureOutOfOrderIsNamedWithWhatItCrosses(string? value, string low, string high, string? field, string? problem)
    {
        var problems = Problems(r => (r["value"], r["low"], r["high"]) = (value, low, high));

        Assert.Equal(field is null ? [] : [(field, problem!)], problems);
    }

    [Fact]
    public void APeriodBackwards_SaysItsEndIsBeforeItsStart()
    {
        var problem = Assert.Single(Problems(r => r["refers_to"] = "2021-04-30/2021-01-01"));

        Assert.Equal(("refers_to", "'2021-04-30/2021-01-01': the end is before the start (write FROM/TO, the earlier day first)"), problem);
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2021-06")]
    [InlineData("2021-01-01/2021-01-31")]
    public void Accessed_IsADay_NotAYearOrAMonth(string text)
    {
        var problem = Assert.Single(Problems(r => r["accessed"] = text));

        Assert.Equal(("accessed", $"'{text}' is not a day (YYYY-MM-DD)"), problem);
    }

    [Fact]
    public void AnEmptyGrade_IsNamedAsGrade_WhenTheInputHasAGradeField()
    {
        var row = Row();
        row.Remove("reliability");
        row.Remove("credibility");
        row["grade"] = "";

        var (claim, problems) = ClaimFields.Parse(row, "o");

        Assert.Null(claim);
        Assert.Equal(("grade", "is required, e.g. B2"), Assert.Single(problems));
    }

    [Fact]
    public void AnEmptyGrade_BesideReliabilityAndCredibility_IsNoProblem()
    {
        var row = Row();
        row["grade"] = "";

        Assert.Equal("B2", ClaimFields.Parse(row, "o").Claim!.Grade.ToString());
    }

    [Fact]
    public void ANumberWithoutAUnit_IsRejectedForTheUnit_ButWordsAloneNeedNone()
    {
        Assert.Equal("unit", Assert.Single(Problems(r => r["unit"] = null)).Field);
        Assert.Empty(Problems(r => (r["low"], r["high"], r["unit"]) = (null, null, null)));
    }

    [Theory]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    [InlineData("2021-02", "2021-02-01", "2021-02-28")]
    [InlineData("2021-06-15", "2021-06-15", "2021-06-15")]
    [InlineData("2021-01-01/2021-04-30", "2021-01-01", "2021-04-30")]
    public void TheTimeForms_AreHeldAsTheirFirstAndLastDay(string text, string first, string last)
    {
        var row = Row();
        row["refers_to"] = text;

        var time = ClaimFields.Parse(row, "o").Claim!.RefersTo;

        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (time.Start, time.End));
        Assert.Equal(text, time.Text);
    }

    [Theory]
    [InlineData("2021-04-30/2021-01-01")]
    [InlineData("2021/2022")]
    [InlineData("21-06-01")]
    [InlineData("1850")]
    public void AnIntervalBackwardsOrAnUnknownForm_IsNotADate(string text) =>
        Assert.Equal("refers_to", Assert.Single(Problems(r => r["refers_to"] = text)).Field);

    [Fact]
    public void EveryProblemOfARow_IsReportedAtOnce()
    {
        var problems = Problems(r => (r["key"], r["value"], r["reported"], r["tlp"]) = (null, "x", "soon", "purple"));

        Assert.Equal(["key", "value", "reported", "tlp"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("amber+strict", TlpLevel.AmberStrict)]
    [InlineData("TLP:GREEN", TlpLevel.Green)]
    [InlineData("red", TlpLevel.Red)]
    public void TheMarking_IsReadInTlp2Terms(string text, TlpLevel level)
    {
        var row = Row();
        (row["tlp"], row["owner"]) = (text, "Partner Agency");

        var claim = ClaimFields.Parse(row, "test-org").Claim!;

        Assert.Equal(level, claim.Tlp);
        Assert.Equal("Partner Agency", claim.Owner);
    }
}
