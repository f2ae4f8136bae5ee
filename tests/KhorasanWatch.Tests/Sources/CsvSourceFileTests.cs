using System.Text;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Tests.Sources;

public sealed class CsvSourceFileTests
{
    private static List<SourceRow> ReadAll(string path, Encoding? encoding = null)
    {
        using var csv = CsvSourceFile.Open(path, encoding);
        return [.. csv.Rows()];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Open_MissingFile_ThrowsNamingTheFile()
    {
        using var file = TempFile.Missing();

        var e = Assert.Throws<SourceFormatException>(() => CsvSourceFile.Open(file.Path));

        Assert.Equal(file.Path, e.File);
        Assert.Null(e.Line);
        Assert.Equal($"{file.Path}: no such file", e.Message);
    }

    [Fact]
    public void Open_EmptyFile_ThrowsSayingItIsEmpty()
    {
        using var file = TempFile.WithBytes([]);

        var e = Assert.Throws<SourceFormatException>(() => CsvSourceFile.Open(file.Path));

        Assert.Equal($"{file.Path}: the file is empty", e.Message);
    }

    [Fact]
    public void Open_FirstLineWithFewerThanTwoColumns_ThrowsNotACsvHeader()
    {
        using var file = TempFile.WithText("just one column\n1\n");

        var e = Assert.Throws<SourceFormatException>(() => CsvSourceFile.Open(file.Path));

        Assert.Equal(1, e.Line);
        Assert.Contains("not a CSV header", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_InvalidUtf8_ThrowsNamingTheFileAndSayingItIsNotUtf8()
    {
        using var file = TempFile.WithBytes([.. Utf8("a,b,c\n1,2,3\n4,"), 0xFF, .. Utf8(",6\n")]);

        var e = Assert.Throws<SourceFormatException>(() => ReadAll(file.Path));

        Assert.Equal(file.Path, e.File);
        Assert.StartsWith(file.Path + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Equal(KhorasanWatch.Analysis.Formats.NextStep.ReadAsLatin1, e.Suggested);
    }

    // The decoder runs on Sep's read-ahead buffer, ahead of the rows handed out, so the line must
    // be found separately: a small file fails in Open, a large one part-way through Rows.
    [Theory]
    [InlineData(1)]
    [InlineData(20_000)]
    public void Rows_InvalidUtf8_NamesTheLineHoldingTheBadByte(int goodRows)
    {
        var text = new StringBuilder("a,b,c\n");
        for (var i = 0; i < goodRows; i++)
        {
            text.Append(i).Append(",x,y\n");
        }

        var badLine = goodRows + 2;
        using var file = TempFile.WithBytes([.. Utf8(text.ToString()), .. Utf8("4,"), 0xC3, 0x28, .. Utf8(",6\n7,8,9\n")]);

        var e = Assert.Throws<SourceFormatException>(() => ReadAll(file.Path));

        Assert.Equal(badLine, e.Line);
        Assert.StartsWith($"{file.Path}:{badLine}: bad encoding", e.Message, StringComparison.Ordinal);
    }

    // A UTF-8 BOM must not let StreamReader swap strict UTF-8 for its replacing default.
    [Fact]
    public void Rows_InvalidUtf8AfterAByteOrderMark_IsStillRejected()
    {
        using var file = TempFile.WithBytes([0xEF, 0xBB, 0xBF, .. Utf8("a,b,c\n1,2,3\n4,"), 0xFF, .. Utf8(",6\n")]);

        var e = Assert.Throws<SourceFormatException>(() => ReadAll(file.Path));

        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ByteOrderMarkBeforeHeader_IsNotPartOfTheFirstColumnName()
    {
        using var file = TempFile.WithBytes([0xEF, 0xBB, 0xBF, .. Utf8("event_id_cnty,event_date\nAFG1,2021-08-26\n")]);

        using var csv = CsvSourceFile.Open(file.Path);
        var row = Assert.Single(csv.Rows());

        Assert.Equal("event_id_cnty", csv.Columns.Names[0]);
        Assert.Equal(0, csv.Columns.Find("event_id_cnty"));
        Assert.Equal("AFG1", row.Get(0));
        Assert.Equal(2, row.Line);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Rows_EitherLineEnding_GivesTheSameValuesLinesAndRawText(string newline)
    {
        using var file = TempFile.WithText(string.Join(newline, "a,b,c", "1,2,3", "4,5,6", ""));

        var rows = ReadAll(file.Path);

        Assert.Equal([2L, 3L], rows.Select(r => r.Line));
        Assert.Equal(["1,2,3", "4,5,6"], rows.Select(r => r.Raw));
        Assert.Equal("6", rows[1].Get(2));
    }

    [Theory]
    [InlineData("\"Kabul, Afghanistan\"", "Kabul, Afghanistan")]
    [InlineData("\"he said \"\"no\"\"\"", "he said \"no\"")]
    [InlineData("\"line one\nline two\"", "line one\nline two")]
    [InlineData("\"line one\r\nline two\"", "line one\r\nline two")]
    public void Rows_QuotedField_IsUnquotedAndTheRawTextKeptExactly(string field, string? expected)
    {
        var raw = $"AFG1,{field},end";
        using var file = TempFile.WithText($"id,notes,last\n{raw}\nAFG2,plain,end\n");

        var rows = ReadAll(file.Path);

        Assert.Equal(2, rows.Count);
        Assert.Equal(3, rows[0].Count);
        Assert.Equal(expected, rows[0].Get(1));
        Assert.Equal("end", rows[0].Get(2));
        Assert.Equal(raw, rows[0].Raw);
        Assert.Equal(2, rows[0].Line);
    }

    [Fact]
    public void Rows_FieldWithEmbeddedNewlines_RowIsNumberedByTheLineItStartsOn()
    {
        using var file = TempFile.WithText("id,notes\nAFG1,\"one\ntwo\nthree\"\nAFG2,next\n");

        var rows = ReadAll(file.Path);

        Assert.Equal([2L, 5L], rows.Select(r => r.Line));
        Assert.Equal("AFG1,\"one\ntwo\nthree\"", rows[0].Raw);
        Assert.Equal("AFG2", rows[1].Get(0));
    }

    [Fact]
    public void Rows_TruncatedLastLine_IsYieldedWithFewerValues()
    {
        using var file = TempFile.WithText("a,b,c\n1,2,3\n4,5");

        var rows = ReadAll(file.Path);

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows[1].Count);
        Assert.Equal(3, rows[1].Line);
        Assert.Equal("5", rows[1].Get(1));
        Assert.Null(rows[1].Get(2));
    }

    [Fact]
    public void Rows_LastLineWithUnclosedQuote_IsYieldedWithFewerValues()
    {
        using var file = TempFile.WithText("a,b,c\n1,2,3\n4,\"5,6\n");

        var rows = ReadAll(file.Path);

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows[1].Count);
        Assert.Equal(3, rows[1].Line);
        Assert.Equal("4", rows[1].Get(0));
        Assert.Null(rows[1].Get(2));
    }

    [Theory]
    [InlineData("#event+code,#date,#country")]
    [InlineData(" #event+code , #date , #country ")]
    public void Rows_HxlHashtagRowUnderTheHeader_IsSkipped(string hxl)
    {
        using var file = TempFile.WithText($"event_id_cnty,event_date,country\n{hxl}\nAFG1,2021-08-26,Afghanistan\n");

        var row = Assert.Single(ReadAll(file.Path));

        Assert.Equal("AFG1", row.Get(0));
        Assert.Equal(3, row.Line);
    }

    [Fact]
    public void Rows_FirstDataRowNotAllHashtags_IsKept()
    {
        using var file = TempFile.WithText("event_id_cnty,event_date,country\n#1,2021-08-26,Afghanistan\n");

        var row = Assert.Single(ReadAll(file.Path));

        Assert.Equal("#1,2021-08-26,Afghanistan", row.Raw);
    }

    [Fact]
    public void Rows_BlankLines_AreSkippedButStillCounted()
    {
        using var file = TempFile.WithText("a,b\n1,2\n\n\n3,4\n");

        var rows = ReadAll(file.Path);

        Assert.Equal([2L, 5L], rows.Select(r => r.Line));
    }

    [Fact]
    public void Open_UnnamedLeadingColumn_KeepsItsPlaceWithoutAName()
    {
        using var file = TempFile.WithText(",id,year\n0,123,2021\n");

        using var csv = CsvSourceFile.Open(file.Path);
        var row = Assert.Single(csv.Rows());

        Assert.Equal(1, csv.Columns.Find("id"));
        Assert.Equal("123", row.Get(csv.Columns.Find("id")));
        Assert.Equal("0", row.Get(0));
    }
}
