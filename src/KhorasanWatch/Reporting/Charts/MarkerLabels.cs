using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Reporting.Charts;

/// <summary>
/// Places marker labels above a time axis: each label beside its line (to the left near the right
/// edge), moved up a row when it would overlap an earlier one. Markers on no period are dropped.
/// </summary>
internal static class MarkerLabels
{
    private const int MaxRows = 3;

    public readonly record struct Placed(double X, double TextX, string Anchor, string Text, int Row);

    public static IReadOnlyList<Placed> Place(IReadOnlyList<ChartMarker> markers, IReadOnlyList<Period> periods, double left, double slot, double chartWidth)
    {
        var rowEnds = new List<double>();
        var placed = new List<Placed>();
        foreach (var (x, text) in markers.Select(m => (X: At(m.Date, periods, left, slot), m.Label)).Where(m => m.X is not null).OrderBy(m => m.X))
        {
            var width = ChartStyle.TextWidth(text, ChartStyle.MarkerFontSize);
            var toRight = x!.Value + 3 + width <= chartWidth - 2; // the Where above dropped nulls
            var (start, end) = toRight ? (x.Value, x.Value + 3 + width) : (x.Value - 3 - width, x.Value);
            var row = rowEnds.FindIndex(e => e + 4 <= start);
            if (row < 0)
            {
                row = rowEnds.Count < MaxRows ? rowEnds.Count : MaxRows - 1;
                if (row == rowEnds.Count)
                {
                    rowEnds.Add(end);
                }
            }

            rowEnds[row] = Math.Max(rowEnds[row], end);
            placed.Add(new Placed(x.Value, toRight ? x.Value + 3 : x.Value - 3, toRight ? "start" : "end", text, row));
        }

        return placed;
    }

    /// <summary>The x of <paramref name="day"/>'s middle within its period's slot, or null when no period holds it.</summary>
    private static double? At(DateOnly day, IReadOnlyList<Period> periods, double left, double slot)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Contains(day))
            {
                var within = (day.DayNumber - periods[i].Start.DayNumber + 0.5) / periods[i].Days;
                return left + ((i + within) * slot);
            }
        }

        return null;
    }
}
