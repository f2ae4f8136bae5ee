using System.Text;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// The crash classes the mutation fuzzer found (issue 18, items 1, 2 and 4–7), each as the smallest
/// input that showed it: every one is now refused or reported in one line naming the file, exit 2
/// (or 1 where good rows are kept), never a stack trace.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    public void Dispose() => _temp.Dispose();

    private static void OneLine(CliRun run, int exit, string file, string expected)
    {
        Assert.Equal(exit, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.EndsWith('%'));
        Assert.Contains(file, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void ARepeatedHeaderName_IsRefusedByEveryCsvReader()
    {
        var acled = _temp.Write("a.csv", Text(new Row("AFG1")).Replace("\n", ",Country\n", StringComparison.Ordinal));
        var claims = _temp.Write("c.csv", "key,subject,statement,subject\nk,manpower,s,x\n");

        OneLine(CliRun.Of("ingest", acled, "--db", Db), 2, "a.csv", "names the column 'Country' twice (columns 18 and 32)");
        OneLine(CliRun.Of("claims", "import", claims, "--db", Db), 2, "c.csv", "names the column 'subject' twice (columns 2 and 4)");
    }

    [Fact]
    public void EmptyHeaderNames_AreAllowed_AndIgnored()
    {
        var acled = _temp.Write("a.csv", Text(new Row("AFG1")).Replace("\n", ",,\n", StringComparison.Ordinal));

        Assert.Equal(0, CliRun.Of("ingest", acled, "--db", Db).ExitCode);
    }

    [Fact]
    public void AStrayQuoteThatRunsPastSepsLongestRow_IsOneLine()
    {
        var text = new StringBuilder(Text(new Row("AFG1"))).Append("AFG2,\"2021-08-27").Append('x', 16_800_000).Append('\n');
        var path = _temp.Write("long.csv", text.ToString());

        OneLine(CliRun.Of("ingest", path, "--db", Db), 2, "long.csv:3", "a row longer than 16,777,216 characters");
    }

    [Theory]
    [InlineData("ring", """{"type":"Polygon","coordinates":[[[68.9,34.2],[69.6,34.2],[69.6,34.9],[68.9,34.9]]]}""", "not valid GeoJSON geometry")]
    [InlineData("lowercase", """{"type":"polygon","coordinates":[[[68.9,34.2],[69.6,34.2],[69.6,34.9],[68.9,34.2]]]}""", "not valid GeoJSON")]
    [InlineData("null-type", """{"type":null,"coordinates":[]}""", "not valid GeoJSON")]
    [InlineData("line", """{"type":"LineString","coordinates":[[68.9,34.2]]}""", "not valid GeoJSON")]
    public void ABrokenGeometry_IsOneLine(string name, string geometry, string expected)
    {
        var path = _temp.Write($"{name}.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"shapeName":"Kabul","shapeGroup":"AFG"},"geometry":""" + geometry + "}]}");

        OneLine(CliRun.Of("geo", "import", path, "--db", Db), 2, $"{name}.geojson", expected);
    }

    [Theory]
    [InlineData("number", "\"shapeName\":-1e400")]
    [InlineData("surrogate", "\"shapeName\":\"Kab\\ud800ul\"")]
    public void AnUnreadableProperty_IsAProblemOfItsFeature_NotACrash(string name, string property)
    {
        var path = _temp.Write($"{name}.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{""" + property +
            ""","shapeGroup":"AFG"},"geometry":{"type":"Polygon","coordinates":[[[68.9,34.2],[69.6,34.2],[69.6,34.9],[68.9,34.2]]]}}]}""");

        var run = CliRun.Of("geo", "import", path, "--db", Db);

        Assert.DoesNotContain("   at ", run.Error + run.Out, StringComparison.Ordinal);
        Assert.Contains("feature 1: a property cannot be read", run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoundaryOffTheGlobe_IsAProblemOfItsFeature_AndNotStored()
    {
        var path = _temp.Write("off.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"shapeName":"Kabul","shapeGroup":"AFG"},"geometry":{"type":"Polygon","coordinates":[[[68.9,34.2],[69.6,999],[69.6,34.9],[68.9,34.2]]]}}]}""");

        var run = CliRun.Of("geo", "import", path, "--db", Db);

        Assert.Contains("feature 1 (Kabul): coordinates outside longitude −180 to 180 and latitude −90 to 90", run.Out + run.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public void ARawInvalidUtf8ByteInAGeoJsonName_IsOneLine()
    {
        var path = _temp.File("bad.geojson");
        File.WriteAllBytes(path, [.. """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"shapeName":"Kab"""u8, 0xFF, .. """ul"},"geometry":null}]}"""u8]);

        OneLine(CliRun.Of("geo", "import", path, "--db", Db), 2, "bad.geojson", "is not UTF-8 text");
    }

    [Theory]
    [InlineData("""{"name":"m","hypotheses":[null,{"id":"b","name":"B"}],"items":[]}""")]
    [InlineData("""{"name":"m","hypotheses":[{"id":"a","name":"A"},{"id":"b","name":"B"}],"items":[null]}""")]
    public void NullInAnAchMatrix_IsOneLine(string json)
    {
        var path = _temp.Write("m.json", json);

        var run = CliRun.Of("ach", "import", path, "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("m.json", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSurrogateInAClaimsJsonFile_RejectsThatItem_AndKeepsTheOthers()
    {
        var path = _temp.Write("c.json", """
            [{"key":"a","subject":"manpower","statement":"About 4,000.","refers_to":"2022","reported":"2022","source_title":"T","grade":"C3"},
             {"key":"b\ud800","subject":"manpower","statement":"s","refers_to":"2022","reported":"2022","source_title":"T","grade":"C3"}]
            """);

        var run = CliRun.Of("claims", "import", path, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not valid Unicode", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Contains("added 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkbookWhoseSheetBreaksAfterTheHeader_IsOneLine()
    {
        var sheet = XlsxWorkbook.Sheet([(1, ["eventid", "iyear", "imonth", "iday", "country_txt", "gname", "nkill"]), (2, [201708290012d, 2017d, 8d, 29d, "Afghanistan", "ISKP", 5d])]);
        var broken = sheet.Replace("<row r=\"2\">", "<row r=\"2\"><c r=\"A2\"><v>1</v></c><<", StringComparison.Ordinal);

        // The reader parses ahead of the header, so a break this early is met while the workbook opens.
        OneLine(CliRun.Of("ingest", Workbook("broken.xlsx", broken), "--db", Db), 2, "broken.xlsx", "not a readable .xlsx workbook (Name cannot begin with the '<' character");
    }

    [Fact]
    public void AWorkbookCellPastTheLastColumn_IsRefusedAtOnce()
    {
        var sheet = XlsxWorkbook.Sheet([(1, ["eventid", "iyear"])]).Replace("r=\"B1\"", $"r=\"{new string('A', 100_000)}1\"", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        OneLine(CliRun.Of("ingest", Workbook("wide.xlsx", sheet), "--db", Db), 2, "wide.xlsx", "beyond any a spreadsheet can hold");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed}");
    }

    [Fact]
    public void LfCrLineEndings_CountOneLineEach()
    {
        // Header, two good rows, then a bad one on the editor's line 4.
        var text = Text(new Row("AFG1"), new Row("AFG2"), new Row("AFG3", Fatalities: "many")).Replace("\n", "\n\r", StringComparison.Ordinal);
        var path = _temp.Write("lfcr.csv", text);

        var run = CliRun.Of("ingest", path, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"rejected {path}:4: fatalities", run.Out, StringComparison.Ordinal);
        Assert.Contains("added 2", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReport_CarriesNoControlCharactersOrDirectionOverridesFromTheSources()
    {
        var hostile = new Row("AFG1", Admin2: "Jal\u001b]0;pwned\u0007abad\u202eXYZ", Notes: "On 26 August 2021 \u202ean attack");
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write("a.csv", Text(hostile, new Row("AFG2", Date: "2021-09-02"))), "--db", Db).ExitCode);
        var html = _temp.File("r.html");

        Assert.Equal(0, CliRun.Of("report", "--db", Db, "--out", html).ExitCode);

        var text = File.ReadAllText(html);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u202e', text);
    }

    private string Workbook(string name, string sheetXml)
    {
        var path = _temp.File(name);
        using var stream = File.Create(path);
        XlsxWorkbook.WriteSheetXml(stream, sheetXml);
        return path;
    }
}
