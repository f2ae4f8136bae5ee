using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace KhorasanWatch.TestSupport;

/// <summary>
/// Writes a minimal one-sheet Office Open XML workbook, as GTD's .xlsx is read: each row is its
/// sheet row number and its cells, strings as inline strings, numbers as numeric cells, nulls left out.
/// </summary>
internal static class XlsxWorkbook
{
    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void Write(Stream stream, IEnumerable<(int Number, object?[] Cells)> rows) => WriteSheetXml(stream, Sheet(rows));

    /// <summary>A workbook around the given sheet XML, as it is (the fuzzing harness mutates it).</summary>
    public static void WriteSheetXml(Stream stream, string sheetXml)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "</Types>");
        Add(zip, "_rels/.rels",
            $"<Relationships xmlns=\"{PackageRelNs}\"><Relationship Id=\"rId1\" Type=\"{RelNs}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add(zip, "xl/workbook.xml",
            $"<workbook xmlns=\"{SheetNs}\" xmlns:r=\"{RelNs}\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Add(zip, "xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{PackageRelNs}\"><Relationship Id=\"rId1\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Add(zip, "xl/worksheets/sheet1.xml", sheetXml, declaration: !sheetXml.StartsWith("<?xml", StringComparison.Ordinal));
    }

    public static string Sheet(IEnumerable<(int Number, object?[] Cells)> rows)
    {
        var xml = new StringBuilder($"<worksheet xmlns=\"{SheetNs}\"><sheetData>");
        foreach (var (number, cells) in rows)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{number}\">");
            for (var i = 0; i < cells.Length; i++)
            {
                var reference = ColumnLetters(i) + number.ToString(CultureInfo.InvariantCulture);
                switch (cells[i])
                {
                    case null:
                        break;
                    case string s:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(s)}</t></is></c>");
                        break;
                    case IFormattable n:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>");
                        break;
                }
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string ColumnLetters(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnLetters((index / 26) - 1) + (char)('A' + (index % 26));

    private static void Add(ZipArchive zip, string name, string xml, bool declaration = true)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        if (declaration)
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        }

        writer.Write(xml);
    }
}
