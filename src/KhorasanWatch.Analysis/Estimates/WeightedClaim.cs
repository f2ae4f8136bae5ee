namespace KhorasanWatch.Analysis.Estimates;

/// <summary>A claim and the weight its grade gives it.</summary>
public sealed record WeightedClaim(Claim Claim, double Weight);
