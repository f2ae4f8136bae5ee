namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// A model of the count in the next months from the monthly counts before: the history is in time
/// order, oldest first, and ends at the forecast's origin. <c>lead</c> months pass
/// unobserved between the origin and the forecast window (data that end before the as-of day): a
/// model whose months depend on each other carries its state through them; the others are unchanged.
/// </summary>
public abstract class ForecastModel
{
    /// <summary>The model's key in JSON and tables, snake_case: <c>climatology</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The model in words, for the report: "expanding climatology".</summary>
    public abstract string Name { get; }

    /// <summary>Whether the model is a reference every other is measured against, rather than a forecaster of its own.</summary>
    public virtual bool IsBaseline => false;

    public abstract Predictive Predict(IReadOnlyList<int> history, int horizon, int lead = 0);

    protected static int SumOfLast(IReadOnlyList<int> history, int months)
    {
        var sum = 0;
        for (var i = Math.Max(0, history.Count - months); i < history.Count; i++)
        {
            sum += history[i];
        }

        return sum;
    }
}
