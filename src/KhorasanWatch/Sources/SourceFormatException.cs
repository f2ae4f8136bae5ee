using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Sources;

/// <summary>
/// A file that cannot be read at all (missing, empty, not a known format, bad encoding). The
/// message is one line naming the file and, where known, the line, and the step that helps where
/// there is one (the source that would read it).
/// </summary>
public sealed class SourceFormatException(string file, long? line, string problem, NextStep? next = null)
    : Exception((line is null ? $"{file}: {problem}" : $"{file}:{line}: {problem}") + next?.Neutral), ISuggestsNextStep
{
    public string File { get; } = file;

    public long? Line { get; } = line;

    public string Stated { get; } = line is null ? $"{file}: {problem}" : $"{file}:{line}: {problem}";

    public NextStep? Suggested { get; } = next;
}
