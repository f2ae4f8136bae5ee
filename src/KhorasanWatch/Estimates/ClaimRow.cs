namespace KhorasanWatch.Estimates;

/// <summary>
/// One claim as a file wrote it: its named text fields, its line (a CSV's physical line, or the
/// number of a JSON array's item), and any problem met before the fields could be parsed (a JSON
/// value that is neither text nor a number).
/// </summary>
internal sealed record ClaimRow(long Line, bool IsItem, IReadOnlyDictionary<string, string?> Fields, IReadOnlyList<(string Field, string Problem)> ReadProblems)
{
    public string? Key => Fields.TryGetValue("key", out var key) && !string.IsNullOrWhiteSpace(key) ? key.Trim() : null;

    /// <summary>Nothing could be read of it (a JSON item that is no object): there are no fields to parse.</summary>
    public bool Unreadable => Fields.Count == 0 && ReadProblems.Count > 0;

    /// <summary>The row's place as a person reads it: "line 3", "item 3".</summary>
    public string Place => IsItem ? $"item {Line}" : $"line {Line}";

    /// <summary>Where the stored claim came from: "claims.csv:3", "claims.json:item 3".</summary>
    public string Origin(string file) => IsItem ? $"{file}:item {Line}" : $"{file}:{Line}";
}
