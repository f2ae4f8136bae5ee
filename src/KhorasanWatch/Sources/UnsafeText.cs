using System.Buffers;

namespace KhorasanWatch.Sources;

/// <summary>
/// The characters a source's text may carry that must not reach a reader as they are: controls
/// (C0 but tab and line breaks, DEL, C1: ESC and BEL make a terminal act) and the bidirectional
/// formatting characters (embeddings, overrides, isolates and marks: an unterminated U+202E
/// reverses the text after it). Each output decides what to show instead; this says what they are.
/// </summary>
public static class UnsafeText
{
    public static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    public static bool IsDirection(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>All of them, for a fast test that a text holds none.</summary>
    public static readonly SearchValues<char> Chars = SearchValues.Create(
        [.. Enumerable.Range(0, 0x2070).Select(i => (char)i).Where(c => IsControl(c) || IsDirection(c))]);
}
