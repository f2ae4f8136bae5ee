namespace KhorasanWatch.Sources;

/// <summary>
/// A file's header: column names to positions, compared case-insensitively after trimming. An
/// unnamed column (a pandas index written to CSV) keeps its place but no name.
/// </summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public ColumnMap(IReadOnlyList<string> names)
    {
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length > 0)
            {
                _index.TryAdd(name, i);
            }
        }
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Why the header is ambiguous, or null: a name given twice (in any case) leaves unclear which
    /// column holds the data. Empty names are allowed (a trailing comma gives one), and ignored.
    /// </summary>
    public string? FirstRepeat()
    {
        for (var i = 0; i < Names.Count; i++)
        {
            var name = Names[i].Trim();
            if (name.Length > 0 && _index.TryGetValue(name, out var first) && first != i)
            {
                var shown = name.Length > 40 ? name[..40] + "…" : name;
                return $"the header names the column '{shown}' twice (columns {first + 1} and {i + 1}), so which holds the data is unclear; rename or remove one";
            }
        }

        return null;
    }

    public int Count => Names.Count;

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The position of the first of <paramref name="names"/> present, or -1.</summary>
    public int Find(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_index.TryGetValue(name, out var i))
            {
                return i;
            }
        }

        return -1;
    }
}
