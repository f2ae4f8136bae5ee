namespace KhorasanWatch.Analysis.Tests;

/// <summary>Precision, recall and accuracy of a classifier over labelled rows, per class, with every miss described.</summary>
internal sealed class ClassifierScores<T> where T : notnull
{
    private readonly IReadOnlyList<T> _classes;
    private readonly Func<T, string> _name;
    private readonly Dictionary<T, (int Tp, int Fp, int Fn)> _counts;
    private int _right;
    private int _total;

    public ClassifierScores(IReadOnlyList<T> classes, Func<T, string> name)
    {
        _classes = classes;
        _name = name;
        _counts = classes.ToDictionary(c => c, _ => (0, 0, 0));
    }

    public List<string> Misses { get; } = [];

    public double Accuracy => _total == 0 ? 1 : (double)_right / _total;

    public void Add(T expected, T got, string description)
    {
        _total++;
        if (EqualityComparer<T>.Default.Equals(expected, got))
        {
            _right++;
            var c = _counts[got];
            _counts[got] = (c.Tp + 1, c.Fp, c.Fn);
            return;
        }

        Misses.Add(description);
        var g = _counts[got];
        _counts[got] = (g.Tp, g.Fp + 1, g.Fn);
        var e = _counts[expected];
        _counts[expected] = (e.Tp, e.Fp, e.Fn + 1);
    }

    public double Precision(T c) => _counts[c] is var k && k.Tp + k.Fp == 0 ? 1 : (double)k.Tp / (k.Tp + k.Fp);

    public double Recall(T c) => _counts[c] is var k && k.Tp + k.Fn == 0 ? 1 : (double)k.Tp / (k.Tp + k.Fn);

    /// <summary>Writes these scores (all rows), the held-out rows' and every miss to the test's output.</summary>
    public void Print(ITestOutputHelper? output, ClassifierScores<T> heldOut)
    {
        output?.WriteLine("all rows:");
        output?.WriteLine(Table());
        output?.WriteLine("held-out (even-numbered) rows:");
        output?.WriteLine(heldOut.Table());
        foreach (var miss in Misses)
        {
            output?.WriteLine(miss);
        }
    }

    public string Table() =>
        string.Join('\n', _classes.Select(c =>
            $"| {_name(c),-24} | {_counts[c].Tp + _counts[c].Fn,4} | {Precision(c),6:P0} | {Recall(c),6:P0} |"))
        + $"\n| accuracy {Accuracy:P1} over {_total} rows |";
}
