namespace Detection;

/// <summary>
/// One simulated change: the periods from the change up to and including the alarm (an alarm in
/// the first changed period is a delay of 1), or, when no alarm came within the horizon,
/// the horizon itself with <see cref="Detected"/> false.
/// </summary>
internal readonly record struct DelayOutcome(int Periods, bool Detected);
