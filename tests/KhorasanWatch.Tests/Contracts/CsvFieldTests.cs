using KhorasanWatch.Contracts;

namespace KhorasanWatch.Tests.Contracts;

/// <summary>A CSV field from a source cannot run as a spreadsheet formula; numbers stay numbers.</summary>
public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"Kabul\")", "\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Kabul\"\")\"")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd", "'-2+3+cmd")]
    [InlineData("-70.1", "-70.1")]
    [InlineData("+12", "+12")]
    [InlineData("Nangarhar", "Nangarhar")]
    [InlineData("Kabul, PD18", "\"Kabul, PD18\"")]
    [InlineData("Kabul;=1+2", "\"Kabul;=1+2\"")] // a ';'-separated spreadsheet would split it and run the rest
    [InlineData("iskp;civilians", "iskp;civilians")]
    [InlineData("", "")]
    public void AFieldThatWouldRunAsAFormula_IsWrittenAfterAnApostrophe(string field, string written) =>
        Assert.Equal(written, TerminalText.Csv(field));
}
