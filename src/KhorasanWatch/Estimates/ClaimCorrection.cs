namespace KhorasanWatch.Estimates;

/// <summary>A claim that a save made a new version of; the older versions stay readable.</summary>
public sealed record ClaimCorrection(string Id, int Version);
