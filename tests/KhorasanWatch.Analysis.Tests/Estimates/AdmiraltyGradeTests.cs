using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Analysis.Tests.Estimates;

public sealed class AdmiraltyGradeTests
{
    [Fact]
    public void EveryReliabilityGoesWithEveryCredibility_AndReadsBackAsWritten()
    {
        var grades = from r in "ABCDEF" from c in Enumerable.Range(1, 6) select (r, c);

        Assert.All(grades, g =>
        {
            var text = $"{g.r}{g.c}";
            Assert.True(AdmiraltyGrade.TryParse(text, out var grade), text);
            Assert.Equal(g.r, grade.Reliability);
            Assert.Equal(g.c, grade.Credibility);
            Assert.Equal(text, grade.ToString());
        });
        Assert.Equal(36, grades.Count());
    }

    [FsCheck.Xunit.Property]
    public bool TheTwoHalvesAreIndependent_ChangingOneNeverChangesTheOther(byte r1, byte c1, byte r2)
    {
        var credibility = (c1 % 6) + 1;
        var a = new AdmiraltyGrade((char)('A' + (r1 % 6)), credibility);
        var b = new AdmiraltyGrade((char)('A' + (r2 % 6)), credibility);
        return a.Credibility == b.Credibility && a.CredibilityMeaning == b.CredibilityMeaning && (a.Reliability == b.Reliability) == (r1 % 6 == r2 % 6);
    }

    [Theory]
    [InlineData("b2", "B2")]
    [InlineData(" B/2 ", "B2")]
    [InlineData("f6", "F6")]
    public void Parsing_AcceptsLowerCaseSpacesAndASlash(string text, string expected)
    {
        Assert.True(AdmiraltyGrade.TryParse(text, out var grade));
        Assert.Equal(expected, grade.ToString());
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("A0")]
    [InlineData("A7")]
    [InlineData("B")]
    [InlineData("2B")]
    [InlineData("B22")]
    [InlineData("")]
    [InlineData(null)]
    public void BadGrades_AreNotRead(string? text) => Assert.False(AdmiraltyGrade.TryParse(text, out _));

    [Fact]
    public void TheConstructor_RefusesAGradeOutsideTheScales()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdmiraltyGrade('G', 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdmiraltyGrade('A', 7));
    }

    [Fact]
    public void TheMeanings_AreNatosWords()
    {
        var grade = new AdmiraltyGrade('b', 2);

        Assert.Equal('B', grade.Reliability);
        Assert.Equal("usually reliable", grade.ReliabilityMeaning);
        Assert.Equal("probably true", grade.CredibilityMeaning);
        Assert.Equal("reliability cannot be judged", new AdmiraltyGrade('F', 6).ReliabilityMeaning);
        Assert.Equal("truth cannot be judged", new AdmiraltyGrade('F', 6).CredibilityMeaning);
    }
}
