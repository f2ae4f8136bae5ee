using System.Globalization;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// A time series for one numeric subject from the claims about it. Each claim falls in the period
/// holding the last day it describes; within a period the combined estimate is the grade-weighted
/// mean of the claims' central figures (<see cref="GradeWeights"/>), and the spread is the lowest low
/// to the highest high of the claims — shown, never averaged away. A relay whose original is in the
/// register is set aside (it is not a second source) and listed for the whole series, whether or not
/// an independent claim shares its period, and with the point of its period. Claims in another unit than the
/// subject's most common one are left out and named. The series moves where two successive
/// periods' spreads do not overlap: the sources then agree that the figure changed.
/// </summary>
public static class ClaimSeries
{
    public static ClaimSeriesResult Build(IEnumerable<Claim> register, string subject, PeriodKind bucket, GradeWeights weights)
    {
        var all = register.ToList();
        var ids = all.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var numeric = all.Where(c => c.Subject == subject && c.Estimate is not null).ToList();
        var unit = numeric.GroupBy(c => c.Unit ?? "", StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        var otherUnits = numeric.Where(c => (c.Unit ?? "") != unit).ToList();
        var relays = numeric.Where(c => c.Relays is { } original && ids.Contains(original))
            .OrderBy(c => c.RefersTo.End).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var used = numeric.Except(otherUnits).Except(relays).ToList();

        var points = used
            .GroupBy(c => Indicators.Periods.Holding(c.RefersTo.End, bucket).Start)
            .OrderBy(g => g.Key)
            .Select(g => Point(Indicators.Periods.Holding(g.Key, bucket), g.ToList(), relays, weights))
            .ToList();
        var moves = points.Zip(points.Skip(1))
            .Where(p => p.First.SpreadHigh < p.Second.SpreadLow || p.Second.SpreadHigh < p.First.SpreadLow)
            .Select(p => Move(p.First, p.Second, unit ?? ""))
            .ToList();
        return new ClaimSeriesResult(subject, unit ?? "", points, moves, otherUnits, weights, relays);
    }

    private static SeriesPoint Point(Period period, List<Claim> claims, List<Claim> relays, GradeWeights weights)
    {
        var weighted = claims.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new WeightedClaim(c, weights.For(c.Grade))).ToList();
        var total = weighted.Sum(w => w.Weight);
        var combined = total > 0 ? weighted.Sum(w => w.Weight * w.Claim.Estimate!.Value) / total : weighted.Average(w => w.Claim.Estimate!.Value); // Numeric claims only.
        var ranges = claims.Select(c => c.Range!.Value).ToList();
        var disagree = ranges.Any(a => ranges.Any(b => a.High < b.Low));
        var setAside = relays.Where(r => period.Contains(r.RefersTo.End)).ToList();
        return new SeriesPoint(period, combined, ranges.Min(r => r.Low), ranges.Max(r => r.High), weighted, disagree, setAside);
    }

    private static SeriesMove Move(SeriesPoint before, SeriesPoint after, string unit)
    {
        var up = after.Combined > before.Combined;
        var statement =
            $"The combined estimate {(up ? "rose" : "fell")} from {ClaimFigures.Combined(before.Combined)} {unit} ({before.Period.Label}, sources {ClaimFigures.Spread(before.SpreadLow, before.SpreadHigh)}) " +
            $"to {ClaimFigures.Combined(after.Combined)} {unit} ({after.Period.Label}, sources {ClaimFigures.Spread(after.SpreadLow, after.SpreadHigh)}); the sources' ranges do not overlap.";
        return new SeriesMove(before.Period, after.Period, before.Combined, after.Combined, up, statement);
    }
}
