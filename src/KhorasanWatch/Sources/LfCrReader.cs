namespace KhorasanWatch.Sources;

/// <summary>
/// A reader for files whose lines end in LF-CR (<c>\n\r</c>, written by some old Windows tools):
/// it drops each CR that follows an LF, so the CSV reader meets one line ending, not an LF and then
/// a lone CR counted as a second line (an editor's line 4 was reported as line 7). Used only for
/// files that <see cref="Sniff"/> finds in that form; every other file is read as it is.
/// </summary>
internal sealed class LfCrReader(TextReader inner) : TextReader
{
    private bool _afterLf;

    /// <summary>Whether the start of the file ends its lines in LF-CR and never in CR-LF.</summary>
    public static bool Sniff(ReadOnlySpan<byte> head) => head.IndexOf("\n\r"u8) >= 0 && head.IndexOf("\r\n"u8) < 0;

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            var read = inner.Read(buffer);
            if (read == 0)
            {
                return 0;
            }

            var kept = 0;
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (!(c == '\r' && _afterLf))
                {
                    buffer[kept++] = c;
                }

                _afterLf = c == '\n';
            }

            if (kept > 0)
            {
                return kept;
            }
        }
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
