using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>A matrix file that cannot be used, with where and why, in one line, and the step that helps where there is one.</summary>
public sealed class MatrixException(string origin, string problem, NextStep? next = null) : Exception($"{origin}: {problem}{next?.Neutral}"), ISuggestsNextStep
{
    public string Origin { get; } = origin;

    public string Problem { get; } = problem;

    public string Stated => $"{Origin}: {Problem}";

    public NextStep? Suggested { get; } = next;
}
