namespace KhorasanWatch.Analysis.Statistics;

/// <summary>
/// The chi-square statistic, its degrees of freedom, the p-value and how it was found
/// (<c>chi_square</c> or <c>permutation</c>), and each category's adjusted standardised residual in the
/// current window (positive: more than the pooled mix predicts).
/// </summary>
public sealed record CategoryShiftResult(double Statistic, int Degrees, double P, string Method, IReadOnlyList<double> Residuals);
