using System.IO.Compression;

namespace KhorasanWatch.Sources.Gtd;

/// <summary>
/// A check of a workbook's sheets before ExcelDataReader reads them: every cell and row reference
/// (<c>r="AB12"</c>) must be one a spreadsheet can hold — at most three column letters (to XFD)
/// and seven row digits (to 1,048,576). A reference past them (a column of a million letters)
/// made the reader allocate and spin for a minute, so such a file is refused instead, naming it.
/// </summary>
internal static class XlsxGuard
{
    private const int MaxLetters = 3;
    private const int MaxDigits = 7;

    public static void Check(string path, Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new SourceFormatException(path, null, $"not a readable .xlsx workbook ({e.Message.TrimEnd('.')})");
        }

        using (zip)
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)))
            {
                try
                {
                    using var sheet = entry.Open();
                    if (FirstBadReference(sheet) is { } bad)
                    {
                        throw new SourceFormatException(path, null, $"the sheet {entry.FullName} holds the cell reference '{bad}', beyond any a spreadsheet can hold (columns to XFD, rows to 1,048,576); the workbook is damaged");
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new SourceFormatException(path, null, $"not a readable .xlsx workbook ({e.Message.TrimEnd('.')})");
                }
            }
        }

        stream.Position = 0;
    }

    /// <summary>The first value of an <c>r</c> attribute that is not [A-Z]{0,3}[0-9]{1,7}, cut for the message; null when all are.</summary>
    private static string? FirstBadReference(Stream sheet)
    {
        var buffer = new byte[1 << 16];
        var state = 0; // 0: looking for ' r="', 1–3: matched that far, 4: inside the value.
        var value = new System.Text.StringBuilder();
        int read;
        while ((read = sheet.Read(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                switch (state)
                {
                    case 0: state = b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' ? 1 : 0; break;
                    case 1: state = b == 'r' ? 2 : b is (byte)' ' ? 1 : 0; break;
                    case 2: state = b == '=' ? 3 : 0; break;
                    case 3: state = b == '"' ? 4 : 0; break;
                    default:
                        if (b == '"')
                        {
                            if (!Valid(value))
                            {
                                return Cut(value);
                            }

                            value.Clear();
                            state = 0;
                        }
                        else if (value.Length > MaxLetters + MaxDigits)
                        {
                            return Cut(value);
                        }
                        else
                        {
                            value.Append((char)b);
                        }

                        break;
                }
            }
        }

        return null;
    }

    private static bool Valid(System.Text.StringBuilder value)
    {
        var letters = 0;
        while (letters < value.Length && value[letters] is >= 'A' and <= 'Z')
        {
            letters++;
        }

        var digits = value.Length - letters;
        if (letters > MaxLetters || digits is < 1 or > MaxDigits)
        {
            return false;
        }

        for (var i = letters; i < value.Length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string Cut(System.Text.StringBuilder value) => value.Length > 20 ? value.ToString(0, 20) + "…" : value.ToString();
}
