namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>Whether dropping the item would change the leading hypothesis (and which would lead) or the order.</summary>
public sealed record ItemSensitivity(string ItemId, bool ChangesLeader, bool ChangesOrder, IReadOnlyList<string> LeaderWithout);
