namespace KhorasanWatch.Sources;

/// <summary>
/// A file that cannot be read at all (missing, empty, not a known format, bad encoding). The
/// message is one line naming the file and, where known, the line.
/// </summary>
public sealed class SourceFormatException(string file, long? line, string problem)
    : Exception(line is null ? $"{file}: {problem}" : $"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public long? Line { get; } = line;
}
