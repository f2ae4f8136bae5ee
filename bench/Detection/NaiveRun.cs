namespace Detection;

/// <summary>The naive rule, its false alarms a year on the same in-control series, and its mean delay.</summary>
internal sealed record NaiveRun(NaiveRule Rule, double AlarmsPerYear, Estimate Delay);
