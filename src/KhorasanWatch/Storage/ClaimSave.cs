namespace KhorasanWatch.Storage;

/// <summary>What saving a claim did: <c>added</c> (a new id), <c>corrected</c> (a new version) or <c>unchanged</c>, and the version now current.</summary>
public sealed record ClaimSave(string Outcome, int Version);
