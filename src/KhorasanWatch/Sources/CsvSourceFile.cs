using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using nietras.SeparatedValues;
using KhorasanWatch.Analysis.Formats;

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

            Span<byte> head = stackalloc byte[4096];
            var sniffed = stream.Read(head);
            stream.Position = 0;
            TextReader text = new StreamReader(stream, encoding ?? StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
            if (LfCrReader.Sniff(head[..sniffed]))
            {
                text = new LfCrReader(text);
            }

            // The header is read as a row, not by Sep's header, so that a repeated or empty name is
            // this reader's to judge (Sep refuses repeats with an exception of its own).
            SepReader reader;
            try
            {
                reader = Sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableFastFloat = true }).From(text);
            }
            catch (DecoderFallbackException)
            {
                throw BadEncoding(path, 1);
            }

            List<string> names;
            try
            {
                if (!Advance(reader, path, 0))
                {
                    throw new SourceFormatException(path, null, "the file is empty");
                }

                var header = reader.Current;
                names = new List<string>(header.ColCount);
                for (var i = 0; i < header.ColCount; i++)
                {
                    names.Add(CsvField.Unquote(header[i].ToString()));
                }

                names[0] = names[0].TrimStart('\uFEFF');
                if (names.Count < 2)
                {
                    throw new SourceFormatException(path, 1, "the first line is not a CSV header (fewer than two columns)");
                }
            }
            catch
            {
                reader.Dispose();
                throw;
            }

            var columns = new ColumnMap(names);
            if (columns.FirstRepeat() is { } repeat)
            {
                reader.Dispose();
                throw new SourceFormatException(path, 1, repeat);
            }

            return new CsvSourceFile(path, stream, reader, columns);
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
        if (!Advance(_reader, _path, _lastLine))
        {
            return null;
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

    /// <summary>
    /// The next row, with Sep's failures as the user's: bad encoding, or a row past Sep's longest
    /// (an unclosed quote that runs on through the file, or a field of megabytes).
    /// </summary>
    private static bool Advance(SepReader reader, string path, long lastLine)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (DecoderFallbackException)
        {
            throw BadEncoding(path, lastLine + 1);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or InvalidDataException)
        {
            throw new SourceFormatException(path, lastLine + 1, e.Message.StartsWith("Buffer or row has reached maximum supported length", StringComparison.Ordinal)
                ? "a row longer than 16,777,216 characters: an unclosed quote (\") runs on from here, or a field is far too long"
                : $"cannot be read as CSV from here ({e.Message})");
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static SourceFormatException BadEncoding(string path, long nearLine) =>
        new(path, Utf8Scanner.FirstInvalidLine(path) ?? nearLine, "bad encoding: the file is not valid UTF-8", NextStep.ReadAsLatin1);

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
