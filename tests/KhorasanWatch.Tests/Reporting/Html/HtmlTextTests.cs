using KhorasanWatch.Reporting.Html;

namespace KhorasanWatch.Tests.Reporting.Html;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("2021-09-21", "2021-09-21", "21 September 2021")]
    [InlineData("2021-06-01", "2021-06-30", "June 2021")]
    [InlineData("2021-01-01", "2021-04-30", "January 2021 to April 2021")]
    [InlineData("2021-01-01", "2021-12-31", "2021")]
    [InlineData("2017-01-01", "2020-12-31", "2017 to 2020")]
    [InlineData("2018-11-20", "2021-12-31", "20 November 2018 to 31 December 2021")]
    [InlineData("2024-02-01", "2024-02-29", "February 2024")]
    public void Days_WriteASpanInTheReportsFormat(string first, string last, string expected)
    {
        Assert.Equal(expected, HtmlText.Days(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Kabul \u202Eairport, 40 deaths", "Kabul airport, 40 deaths")] // An override cannot reverse what follows.
    [InlineData("a \u2067b \u202Bc", "a b c")]
    [InlineData("Jal\u001b]0;pwned\u0007abad", "Jal\uFFFD]0;pwned\uFFFDabad")] // A terminal escape is shown, not obeyed.
    [InlineData("كابل, line\none", "كابل, line\none")] // Right-to-left script and line breaks stay.
    [InlineData("plain text", "plain text")]
    public void SourceText_CarriesNoControlsOrDirectionOverrides(string text, string expected) =>
        Assert.Equal(expected, HtmlText.Clean(text));

    [Fact]
    public void LongWords_Wrap() => Assert.Contains("overflow-wrap: anywhere", ReportStyles.Css, StringComparison.Ordinal);
}
