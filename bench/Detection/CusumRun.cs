using KhorasanWatch.Analysis.Statistics;

namespace Detection;

/// <summary>
/// A CUSUM with its exact (Markov-chain) in-control run length on the data's model, the false
/// alarms a year it raised on a long in-control series, and its mean delay from S = 0 at the change.
/// </summary>
internal sealed record CusumRun(CountCusum Cusum, double InControlRunLength, double AlarmsPerYear, Estimate Delay);
