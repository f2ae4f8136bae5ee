namespace KhorasanWatch.Cli.Output;

/// <summary>Wraps prose at word boundaries so that every line fits an 80-column terminal.</summary>
internal static class TextWrap
{
    public const int Width = 80;

    /// <summary>Writes <paramref name="text"/> with <paramref name="first"/> before its first line and <paramref name="indent"/> spaces before the others.</summary>
    public static void Write(TextWriter output, string first, string text, int indent)
    {
        var line = first;
        var atStart = true;
        foreach (var word in TerminalText.Cell(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!atStart && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line);
                line = new string(' ', indent);
                atStart = true;
            }

            line += atStart ? word : " " + word;
            atStart = false;
        }

        output.WriteLine(line);
    }
}
