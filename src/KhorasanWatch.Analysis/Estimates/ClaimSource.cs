namespace KhorasanWatch.Analysis.Estimates;

/// <summary>Where a claim comes from: the title, the publisher, a URL or citation, and the day the analyst read it.</summary>
public sealed record ClaimSource(string Title, string? Publisher, string? Reference, DateOnly? Accessed);
