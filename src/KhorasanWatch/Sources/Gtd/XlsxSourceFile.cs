using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace KhorasanWatch.Sources.Gtd;

/// <summary>
/// Streams the first sheet of an .xlsx workbook (GTD is distributed this way) as rows, row by
/// row. Line numbers are the sheet's row numbers; the raw text of a row is its cells joined by tabs.
/// </summary>
public sealed class XlsxSourceFile : ISourceFile
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;

    private XlsxSourceFile(string path, FileStream stream, IExcelDataReader reader, ColumnMap columns)
    {
        _path = path;
        _stream = stream;
        _reader = reader;
        Columns = columns;
    }

    public ColumnMap Columns { get; }

    public double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    public static XlsxSourceFile Open(string path)
    {
        var stream = SourceFiles.OpenRead(path);
        IExcelDataReader? reader = null;
        try
        {
            XlsxGuard.Check(path, stream);
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            if (!reader.Read())
            {
                throw new SourceFormatException(path, null, "the workbook's first sheet is empty");
            }

            var names = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToList();
            var columns = new ColumnMap(names);
            return columns.FirstRepeat() is { } repeat ? throw new SourceFormatException(path, 1, repeat) : new XlsxSourceFile(path, stream, reader, columns);
        }
        catch (Exception e) when (Unreadable(e))
        {
            reader?.Dispose();
            stream.Dispose();
            throw new SourceFormatException(path, null, $"not a readable .xlsx workbook ({e.Message})");
        }
        catch
        {
            reader?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    public IEnumerable<SourceRow> Rows()
    {
        var line = 1L;
        while (Read(line))
        {
            line++;
            var values = new string[_reader.FieldCount];
            var blank = true;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Text(_reader.GetValue(i));
                blank &= values[i].Length == 0;
            }

            if (!blank)
            {
                yield return new SourceRow(_path, line, Columns, values, string.Join('\t', values));
            }
        }
    }

    /// <summary>The next sheet row, with the sheet's XML or the zip breaking after the header as the user's error, naming the row.</summary>
    private bool Read(long line)
    {
        try
        {
            return _reader.Read();
        }
        catch (Exception e) when (Unreadable(e))
        {
            var what = e.Message.Length > 120 ? e.Message[..120] + "…" : e.Message;
            throw new SourceFormatException(_path, line + 1, $"the workbook cannot be read from this row on ({what.TrimEnd('.')})");
        }
    }

    /// <summary>What ExcelDataReader throws for a damaged zip or sheet XML: the file's fault, the user's to hear of.</summary>
    private static bool Unreadable(Exception e) =>
        e is InvalidDataException or IOException or ExcelDataReader.Exceptions.ExcelReaderException or FormatException or System.Xml.XmlException
            or ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException;

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    static XlsxSourceFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
