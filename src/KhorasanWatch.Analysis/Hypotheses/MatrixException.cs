namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>A matrix file that cannot be used, with where and why, in one line.</summary>
public sealed class MatrixException(string origin, string problem) : Exception($"{origin}: {problem}")
{
    public string Origin { get; } = origin;

    public string Problem { get; } = problem;
}
