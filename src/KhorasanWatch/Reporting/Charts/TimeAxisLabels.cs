using System.Globalization;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Chooses which periods a time axis labels so that no two labels overlap: every period if they
/// fit, else every 2nd, 3rd or 6th month, else years at the first period of each year (every 1,
/// 2, 5, 10… years), else every Nth period. The first choice that fits wins.
/// </summary>
internal static class TimeAxisLabels
{
    /// <summary>Space left between neighbouring labels, in px.</summary>
    public const double Gap = 6;

    /// <summary>A label at <paramref name="X"/>; a year label sits on the boundary where the year starts, with a tick.</summary>
    public readonly record struct Label(double X, string Text, bool AtBoundary);

    public static IReadOnlyList<Label> Choose(IReadOnlyList<Period> periods, double left, double slot, double minX, double maxX)
    {
        var n = periods.Count;
        Label Centred(int i) => new(left + ((i + 0.5) * slot), periods[i].Label, false);

        var all = Enumerable.Range(0, n).Select(Centred).ToList();
        if (Fits(all, minX, maxX))
        {
            return all;
        }

        var kind = n == 0 ? PeriodKind.Window : periods[0].Kind;
        if (kind == PeriodKind.Month)
        {
            foreach (var every in (ReadOnlySpan<int>)[2, 3, 6])
            {
                var months = Enumerable.Range(0, n).Where(i => (periods[i].Start.Month - 1) % every == 0).Select(Centred).ToList();
                if (months.Count > 0 && Fits(months, minX, maxX))
                {
                    return months;
                }
            }
        }

        if (kind is PeriodKind.Week or PeriodKind.Month or PeriodKind.Quarter)
        {
            var yearStarts = Enumerable.Range(0, n).Where(i => StartsYear(periods[i])).ToList();
            for (var every = 1; yearStarts.Count > 0 && every <= 1000; every = NextStep(every))
            {
                var years = yearStarts
                    .Where(i => periods[i].Start.Year % every == 0)
                    .Select(i => new Label(left + (i * slot), periods[i].Start.Year.ToString(CultureInfo.InvariantCulture), true))
                    .ToList();
                if (years.Count > 0 && Fits(years, minX, maxX))
                {
                    return years;
                }
            }
        }

        for (var every = 2; every < n; every++)
        {
            var thinned = Enumerable.Range(0, n).Where(i => i % every == 0).Select(Centred).ToList();
            if (Fits(thinned, minX, maxX))
            {
                return thinned;
            }
        }

        return n == 0 ? [] : [Centred(0)];
    }

    /// <summary>Whether consecutive labels keep <see cref="Gap"/> apart and all stay inside the chart.</summary>
    public static bool Fits(IReadOnlyList<Label> labels, double minX, double maxX)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            var half = Width(labels[i]) / 2;
            if (labels[i].X - half < minX || labels[i].X + half > maxX)
            {
                return false;
            }

            if (i > 0 && labels[i].X - labels[i - 1].X < half + (Width(labels[i - 1]) / 2) + Gap)
            {
                return false;
            }
        }

        return true;
    }

    private static double Width(Label label) => ChartStyle.TextWidth(label.Text, ChartStyle.TickFontSize);

    /// <summary>A week starts its year when it starts in the year's first seven days; other periods on 1 January.</summary>
    private static bool StartsYear(Period period) =>
        period.Start.AddDays(period.Kind == PeriodKind.Week ? -7 : -1).Year < period.Start.Year;

    /// <summary>1, 2, 5, 10, 20, 50…</summary>
    private static int NextStep(int every) => every.ToString(CultureInfo.InvariantCulture)[0] == '2' ? every / 2 * 5 : every * 2;
}
