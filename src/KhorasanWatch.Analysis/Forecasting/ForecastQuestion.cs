using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// One forecast the report states, as a question the backtest can ask at every origin: the events
/// it counts, and how many of them in the next months make it come true — at least one, or, for
/// <see cref="Pace"/>, at least as many as in the same number of months before (and at least one).
/// <see cref="Counts"/> marks the question whose whole predictive distribution is scored too.
/// </summary>
public sealed record ForecastQuestion(string Id, string Text, Func<ConflictEvent, bool> Counted, bool Pace = false, bool Counts = false)
{
    /// <summary>How many events in the next <paramref name="horizon"/> months make the forecast come true.</summary>
    public int Threshold(IReadOnlyList<int> history, int horizon)
    {
        if (!Pace)
        {
            return 1;
        }

        var recent = 0;
        for (var i = Math.Max(0, history.Count - horizon); i < history.Count; i++)
        {
            recent += history[i];
        }

        return Math.Max(1, recent);
    }

    /// <summary>The report's three forecasts for the watched actor: its pace (and with it the count of attacks), a mass-casualty attack, an attack outside its home country.</summary>
    public static IReadOnlyList<ForecastQuestion> Report(IndicatorRules rules, string homeName) =>
    [
        new("pace", "at least as many attacks as in the months before (at least one)", IndicatorRules.IsAttack, Pace: true, Counts: true),
        new("mass_casualty", "a mass-casualty attack (ten or more dead)", IndicatorRules.IsMassCasualty),
        new("abroad", $"an attack outside {homeName}", rules.IsOutsideHome),
    ];
}
