using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Statistics;
using static KhorasanWatch.Contracts.EventCodes;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch claims series SUBJECT --format json</c>: per period the grade-weighted combined estimate
/// (exact, and to two significant figures), the spread of the sources and whether they exclude each
/// other; the moves; the claims in other units; every relay set aside; and always the weights used,
/// in the shape <c>--weights</c> reads.
/// </summary>
public sealed record ClaimSeriesRecord(
    string Subject,
    string Unit,
    string By,
    GradeWeightsRecord Weights,
    IReadOnlyList<SeriesPointRecord> Points,
    IReadOnlyList<SeriesMoveRecord> Moves,
    IReadOnlyList<string> OtherUnits,
    IReadOnlyList<RelaySetAsideRecord> RelaysSetAside)
{
    public static ClaimSeriesRecord Of(ClaimSeriesResult s, string by) => new(
        s.Subject,
        s.Unit,
        by,
        new GradeWeightsRecord(
            s.Weights.Reliability.OrderBy(w => w.Key).ToDictionary(w => w.Key.ToString(), w => w.Value),
            s.Weights.Credibility.OrderBy(w => w.Key).ToDictionary(w => w.Key.ToString(CultureInfo.InvariantCulture), w => w.Value)),
        [.. s.Points.Select(p => new SeriesPointRecord(
            p.Period.Label,
            Day(p.Period.Start),
            Day(p.Period.End),
            Finite(p.Combined),
            Finite(Figures.TwoSignificantFigures(p.Combined)),
            p.IsBound,
            Finite(p.SpreadLow),
            Finite(p.SpreadHigh),
            p.SourcesDisagree,
            [.. p.Claims.Select(w => new WeightedClaimRecord(w.Claim.Id, w.Claim.Grade.ToString(), Finite(w.Weight), Finite(w.Claim.Estimate)))],
            [.. p.RelaysSetAside.Select(r => r.Id)]))],
        [.. s.Moves.Select(m => new SeriesMoveRecord(m.From.Label, m.To.Label, Finite(m.Before), Finite(m.After), m.Up ? "up" : "down", m.Statement))],
        [.. s.OtherUnits.Select(c => c.Id)],
        [.. s.RelaysSetAside.Select(r => new RelaySetAsideRecord(r.Id, r.Relays, r.RefersTo.Text))]);
}

/// <summary>The weight of each reliability letter and each credibility digit.</summary>
public sealed record GradeWeightsRecord(IReadOnlyDictionary<string, double> Reliability, IReadOnlyDictionary<string, double> Credibility);

/// <summary>A period's combined estimate (a bound when <c>bound</c>), the sources' spread and the claims it combines.</summary>
public sealed record SeriesPointRecord(
    string Period,
    string Start,
    string End,
    double? Combined,
    double? CombinedRounded,
    bool Bound,
    double? Low,
    double? High,
    bool Disagree,
    IReadOnlyList<WeightedClaimRecord> Claims,
    IReadOnlyList<string> RelaysSetAside);

/// <summary>A claim in a period's estimate: its grade, the weight the grade gives it, and its figure.</summary>
public sealed record WeightedClaimRecord(string Id, string Grade, double? Weight, double? Estimate);

/// <summary>A move between periods whose spreads separate.</summary>
public sealed record SeriesMoveRecord(string From, string To, double? Before, double? After, string Direction, string Statement);

/// <summary>A relay left out as not a second source: what it relays and the span it refers to.</summary>
public sealed record RelaySetAsideRecord(string Id, string? Relays, string RefersTo);
