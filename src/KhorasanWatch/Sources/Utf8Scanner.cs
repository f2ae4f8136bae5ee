using System.Buffers;
using System.Text;

namespace KhorasanWatch.Sources;

/// <summary>
/// Finds the line of the first byte sequence that is not valid UTF-8. Only run after decoding has
/// failed, since the CSV reader decodes in large blocks and cannot tell the line itself.
/// </summary>
internal static class Utf8Scanner
{
    public static long? FirstInvalidLine(string path)
    {
        using var stream = SourceFiles.OpenRead(path);
        var buffer = new byte[1 << 16];
        var line = 1L;
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
        {
            var span = buffer.AsSpan(0, carry + read);
            var at = 0;
            while (at < span.Length)
            {
                if (span[at] < 0x80)
                {
                    if (span[at] == (byte)'\n')
                    {
                        line++;
                    }

                    at++;
                    continue;
                }

                var status = Rune.DecodeFromUtf8(span[at..], out _, out var consumed);
                if (status == OperationStatus.Done)
                {
                    at += consumed;
                }
                else if (status == OperationStatus.NeedMoreData && read > 0)
                {
                    break; // the sequence continues in the next block
                }
                else
                {
                    return line;
                }
            }

            carry = span.Length - at;
            span[at..].CopyTo(buffer);
            if (read == 0)
            {
                break;
            }
        }

        return null;
    }
}
