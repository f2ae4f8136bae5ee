using KhorasanWatch.Assessment;
using static KhorasanWatch.Contracts.EventCodes;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch ach show --format json</c> and <c>GET /api/v1/hypotheses</c>: the matrix with each item
/// as it reads on the day, the ratings in force and the events behind it (docs/cli.md, "ach").
/// </summary>
public sealed record AchMatrixRecord(
    string Name,
    string Question,
    int? Version,
    string AsOf,
    AchWeightsRecord Weights,
    IReadOnlyList<AchItemRecord> Items)
{
    public static AchMatrixRecord Of(MatrixEvaluation e) => new(
        e.Matrix.Name,
        e.Matrix.Question,
        e.SavedVersion,
        Day(e.AsOf),
        AchWeightsRecord.Of(e),
        [.. e.Evidence.Select(item => new AchItemRecord(
            item.Item.Id,
            WireNames.Kind(item.Item.Kind),
            item.Item.Reference ?? item.Claim?.Id,
            item.Item.Subject,
            item.Item.Group,
            item.Item.Text,
            item.Reading,
            item.State,
            WireNames.Weight(item.Item.Credibility),
            WireNames.Weight(item.Item.Relevance),
            e.Matrix.Hypotheses.ToDictionary(h => h.Id, h => WireNames.Rating(item.Ratings[h.Id])),
            item.EventIds))]);
}

/// <summary>An evidence item as it reads on the day: <c>ratings</c> maps each hypothesis id to CC, C, N, I, II or NA.</summary>
public sealed record AchItemRecord(
    string Id,
    string Kind,
    string? Ref,
    string? Subject,
    string? Group,
    string Text,
    string Reading,
    string? State,
    string Credibility,
    string Relevance,
    IReadOnlyDictionary<string, string> Ratings,
    IReadOnlyList<string> EventIds);

/// <summary>The weights of the matrix's high, medium and low credibility and relevance.</summary>
public sealed record AchWeightsRecord(double High, double Medium, double Low)
{
    public static AchWeightsRecord Of(MatrixEvaluation e) => new(e.Matrix.Weights.High, e.Matrix.Weights.Medium, e.Matrix.Weights.Low);
}

/// <summary>
/// <c>kwatch ach score --format json</c> and <c>GET /api/v1/hypotheses/score</c>: Heuer's scores
/// (the <c>hypotheses</c> list with each one's <c>name</c>, <c>inconsistency</c> and <c>rank</c> is a
/// contract), the leaders, and each item's diagnosticity and sensitivity.
/// </summary>
public sealed record AchScoreRecord(
    string Name,
    string Question,
    int? Version,
    string AsOf,
    AchWeightsRecord Weights,
    IReadOnlyList<AchHypothesisRecord> Hypotheses,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<AchItemScoreRecord> Items)
{
    public static AchScoreRecord Of(MatrixEvaluation e) => new(
        e.Matrix.Name,
        e.Matrix.Question,
        e.SavedVersion,
        Day(e.AsOf),
        AchWeightsRecord.Of(e),
        [.. e.Score.Hypotheses.Select(h => new AchHypothesisRecord(h.Id, h.Name, h.Inconsistency, h.InconsistentCount, h.Rank))],
        [.. e.Score.Leaders.Select(l => l.Id)],
        [.. e.Score.Items.Zip(e.Score.Sensitivity, (item, s) => new AchItemScoreRecord(item.ItemId, item.Diagnosticity, s.ChangesLeader, s.ChangesOrder, s.LeaderWithout))]);
}

/// <summary>A hypothesis's weighted inconsistency, its count of inconsistent items, and its rank (1 leads).</summary>
public sealed record AchHypothesisRecord(string Id, string Name, double Inconsistency, int InconsistentCount, int Rank);

/// <summary>An item's diagnosticity, and whether dropping it changes the leader or the order (and who leads without it).</summary>
public sealed record AchItemScoreRecord(string Id, int Diagnosticity, bool ChangesLeader, bool ChangesOrder, IReadOnlyList<string> LeaderWithout);
