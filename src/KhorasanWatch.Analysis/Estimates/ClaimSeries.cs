using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// A time series for one numeric subject from the claims about it. Each claim is filed under the
/// span it describes: the period holding it, or, when it describes more than one period ("a few
/// years ago": 2017–2020), a point of its own over that whole span, never its last day alone.
/// Within a point the combined estimate is the grade-weighted mean (<see cref="GradeWeights"/>) of
/// the claims that give a figure or a closed range; a one-sided figure ("2,000 or more") stays a
/// bound: it widens the spread but is never averaged as a point, and a point of bounds only is a
/// bound (<see cref="SeriesPoint.IsBound"/>). The spread is the lowest low to the highest high of
/// the claims — shown, never averaged away. A relay whose original is in the register is set aside
/// (it is not a second source) and listed for the whole series. Claims in another unit than the
/// subject's most common one are left out and named. The series moves where two successive points'
/// spreads separate; a point that is a single exact figure is first given the subject's typical
/// uncertainty (the median relative half-width of its closed ranges), so two bare figures that
/// differ a little are not a move.
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
            .GroupBy(c => Span(c, bucket))
            .OrderBy(g => g.Key.End).ThenByDescending(g => g.Key.Start)
            .Select(g => Point(g.Key, g.ToList(), relays, weights))
            .ToList();
        var typical = TypicalHalfWidth(used);
        var moves = points.Zip(points.Skip(1))
            .Where(p => Widened(p.First, typical).High < Widened(p.Second, typical).Low || Widened(p.Second, typical).High < Widened(p.First, typical).Low)
            .Select(p => Move(p.First, p.Second, unit ?? ""))
            .ToList();
        return new ClaimSeriesResult(subject, unit ?? "", points, moves, otherUnits, weights, relays);
    }

    /// <summary>The period a claim is filed under: the bucket holding its span, or the span itself when it crosses buckets.</summary>
    private static Period Span(Claim c, PeriodKind bucket)
    {
        var last = Indicators.Periods.Holding(c.RefersTo.End, bucket);
        return Indicators.Periods.Holding(c.RefersTo.Start, bucket).Start == last.Start ? last : new Period(PeriodKind.Window, c.RefersTo.Start, c.RefersTo.End);
    }

    private static SeriesPoint Point(Period period, List<Claim> claims, List<Claim> relays, GradeWeights weights)
    {
        var weighted = claims.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new WeightedClaim(c, weights.For(c.Grade))).ToList();
        var ranges = claims.Select(c => c.Range!.Value).ToList();
        var closed = weighted.Where(w => IsClosed(w.Claim)).ToList();
        var isBound = closed.Count == 0;
        var counted = isBound ? weighted : closed;
        var total = counted.Sum(w => w.Weight);
        var combined = isBound
            ? (ranges.All(r => double.IsPositiveInfinity(r.High)) ? ranges.Max(r => r.Low) : ranges.Min(r => r.High)) // The tightest bound the claims agree on.
            : total > 0 ? counted.Sum(w => w.Weight * w.Claim.Estimate!.Value) / total : counted.Average(w => w.Claim.Estimate!.Value); // Numeric claims only.
        var disagree = ranges.Any(a => ranges.Any(b => a.High < b.Low));
        var setAside = relays.Where(r => period.Contains(r.RefersTo.End)).ToList();
        return new SeriesPoint(period, combined, ranges.Min(r => r.Low), ranges.Max(r => r.High), weighted, disagree, setAside) { IsBound = isBound };
    }

    /// <summary>A figure or a range closed at both ends: a one-sided figure is a bound, not a point.</summary>
    private static bool IsClosed(Claim c) => c.Range is { } r && double.IsFinite(r.Low) && double.IsFinite(r.High);

    /// <summary>The median relative half-width, (high − low)/(high + low), of the subject's closed ranges; 0 without any.</summary>
    private static double TypicalHalfWidth(IEnumerable<Claim> claims)
    {
        var widths = claims.Where(IsClosed).Select(c => c.Range!.Value).Where(r => r.High > r.Low && r.High + r.Low > 0)
            .Select(r => (r.High - r.Low) / (r.High + r.Low)).Order().ToList();
        return widths.Count == 0 ? 0 : widths.Count % 2 == 1 ? widths[widths.Count / 2] : (widths[(widths.Count / 2) - 1] + widths[widths.Count / 2]) / 2;
    }

    /// <summary>A point's spread for the move test: a single exact figure given the subject's typical uncertainty.</summary>
    private static (double Low, double High) Widened(SeriesPoint p, double typical) =>
        p.SpreadLow == p.SpreadHigh ? (p.SpreadLow * (1 - typical), p.SpreadHigh * (1 + typical)) : (p.SpreadLow, p.SpreadHigh);

    private static SeriesMove Move(SeriesPoint before, SeriesPoint after, string unit)
    {
        var up = after.Combined > before.Combined;
        var statement =
            $"The combined estimate {(up ? "rose" : "fell")} from {before.Figure} {unit} ({before.Period.Label}, sources {ClaimFigures.Spread(before.SpreadLow, before.SpreadHigh)}) " +
            $"to {after.Figure} {unit} ({after.Period.Label}, sources {ClaimFigures.Spread(after.SpreadLow, after.SpreadHigh)}); the sources' ranges do not overlap.";
        return new SeriesMove(before.Period, after.Period, before.Combined, after.Combined, up, statement);
    }
}
