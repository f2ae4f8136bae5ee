using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Storage;

/// <summary>One stored version of a claim, when it was recorded and from where.</summary>
public sealed record ClaimVersion(Claim Claim, DateTimeOffset RecordedAt, string Origin);
