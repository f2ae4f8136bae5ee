using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using nietras.SeparatedValues;

namespace KhorasanWatch.Sources;

/// <summary>
/// Streams a CSV file with Sep. The raw text of each row is kept for provenance, so fields are
/// unescaped here rather than by Sep (whose in-place unescaping would alter the raw span). A UTF-8
/// byte-order mark is dropped from the header, not trusted to pick the encoding. A second
/// header row of HXL hashtags (HDX copies of ACLED) is recognised and skipped. Invalid UTF-8 stops
/// the file with the line where it was met.
/// </summary>
public sealed class CsvSourceFile : ISourceFile
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly SepReader _reader;

    private CsvSourceFile(string path, FileStream stream, SepReader reader, ColumnMap columns)
    {
        _path = path;
        _stream = stream;
        _reader = reader;
        Columns = columns;
    }

    public ColumnMap Columns { get; }

    public double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    /// <summary>Opens <paramref name="path"/>; <paramref name="encoding"/> defaults to strict UTF-8.</summary>
    public static CsvSourceFile Open(string path, Encoding? encoding = null)
    {
        var stream = SourceFiles.OpenRead(path);
        try
        {
            if (stream.Length == 0)
            {
                throw new SourceFormatException(path, null, "the file is empty");
            }

            var text = new StreamReader(stream, encoding ?? StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            SepReader reader;
            try
            {
                reader = Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, DisableFastFloat = true }).From(text);
            }
            catch (DecoderFallbackException)
            {
                throw BadEncoding(path, 1);
            }

            var names = reader.Header.ColNames.Select(n => CsvField.Unquote(n)).ToList();
            if (names.Count > 0)
            {
                names[0] = names[0].TrimStart('\uFEFF');
            }

            if (names.Count < 2)
            {
                reader.Dispose();
                throw new SourceFormatException(path, 1, "the first line is not a CSV header (fewer than two columns)");
            }

            return new CsvSourceFile(path, stream, reader, new ColumnMap(names));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public IEnumerable<SourceRow> Rows()
    {
        var first = true;
        while (Next() is { } row)
        {
            if (first && IsHxlRow(row))
            {
                first = false;
                continue;
            }

            first = false;
            if (row.Count == 1 && row.Get(0) is null)
            {
                continue; // a blank line
            }

            yield return row;
        }
    }

    private long _lastLine = 1;

    private SourceRow? Next()
    {
        try
        {
            if (!_reader.MoveNext())
            {
                return null;
            }
        }
        catch (DecoderFallbackException)
        {
            throw BadEncoding(_path, _lastLine + 1);
        }

        var current = _reader.Current;
        _lastLine = current.LineNumberFrom;
        var rowSpan = current.Span;
        var raw = rowSpan.ToString();
        var bounds = new int[current.ColCount * 2];
        ref var rowStart = ref MemoryMarshal.GetReference(rowSpan);
        for (var i = 0; i < current.ColCount; i++)
        {
            var col = current[i].Span;
            bounds[2 * i] = (int)(Unsafe.ByteOffset(ref rowStart, ref MemoryMarshal.GetReference(col)) / sizeof(char));
            bounds[(2 * i) + 1] = col.Length;
        }

        return new SourceRow(_path, current.LineNumberFrom, Columns, raw, bounds);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static SourceFormatException BadEncoding(string path, long nearLine) =>
        new(path, Utf8Scanner.FirstInvalidLine(path) ?? nearLine, "bad encoding: the file is not valid UTF-8 (for Latin-1 files pass --encoding latin1)");

    private static bool IsHxlRow(SourceRow row)
    {
        var tags = 0;
        for (var i = 0; i < row.Count; i++)
        {
            var t = row.Get(i);
            if (t is null)
            {
                continue;
            }

            if (t[0] != '#')
            {
                return false;
            }

            tags++;
        }

        return tags > 0;
    }
}
