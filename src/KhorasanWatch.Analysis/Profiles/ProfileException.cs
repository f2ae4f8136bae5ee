namespace KhorasanWatch.Analysis.Profiles;

/// <summary>A watch profile file that cannot be used; the message names the file and the entry.</summary>
public sealed class ProfileException(string origin, string problem)
    : Exception($"{origin}: {problem}")
{
    public string Origin { get; } = origin;
}
