using KhorasanWatch.Analysis.Memo;

namespace KhorasanWatch.Analysis.Forecasting;

/// <summary>
/// A question's backtest forecasts in a memo (<see cref="IResultMemo"/>): what every model said at
/// every origin, the part of a backtest that fits models. Its digest covers all they read — the
/// question's monthly counts, its rule for coming true, the origins, the horizon and the models —
/// so forecasts found are the ones the models would make again; the scores are computed from them.
/// </summary>
internal static class BacktestMemo
{
    public static Dictionary<ForecastModel, List<Backtest.OriginForecast>> Forecasts(
        IResultMemo? memo, ForecastQuestion question, int[] counts, IReadOnlyList<int> origins, int horizon,
        Func<Dictionary<ForecastModel, List<Backtest.OriginForecast>>> make)
    {
        if (memo is null)
        {
            return make();
        }

        var digest = Digest(question, counts, origins, horizon);
        if (memo.Find(digest) is { } bytes && Decode(bytes, origins.Count) is { } found)
        {
            return found;
        }

        var forecasts = make();
        memo.Keep(digest, Encode(forecasts));
        return forecasts;
    }

    private static string Digest(ForecastQuestion question, int[] counts, IReadOnlyList<int> origins, int horizon)
    {
        using var digest = new ResultDigest("backtest_forecasts");
        digest.Add(question.Pace).Add(question.Counts).Add(counts).Add(horizon).Add(origins.Count);
        foreach (var o in origins)
        {
            digest.Add(o);
        }

        digest.Add(ForecastModels.All.Count);
        foreach (var m in ForecastModels.All)
        {
            digest.Add(m.Id);
        }

        return digest.Text();
    }

    private static byte[] Encode(Dictionary<ForecastModel, List<Backtest.OriginForecast>> forecasts) => ResultBytes.Write(w =>
    {
        foreach (var m in ForecastModels.All)
        {
            var list = forecasts[m];
            w.Write(list.Count);
            foreach (var f in list)
            {
                w.Write(f.AtLeast);
                w.Write(f.Crps);
                w.Write(f.LogScore);
                w.Write(f.Mean);
                w.Write(f.In50);
                w.Write(f.In90);
            }
        }
    });

    private static Dictionary<ForecastModel, List<Backtest.OriginForecast>>? Decode(byte[] bytes, int origins) => ResultBytes.Read(bytes, r =>
    {
        var forecasts = new Dictionary<ForecastModel, List<Backtest.OriginForecast>>();
        foreach (var m in ForecastModels.All)
        {
            if (r.ReadInt32() != origins)
            {
                throw new EndOfStreamException();
            }

            var list = new List<Backtest.OriginForecast>(origins);
            for (var i = 0; i < origins; i++)
            {
                list.Add(new Backtest.OriginForecast(r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadBoolean(), r.ReadBoolean()));
            }

            forecasts[m] = list;
        }

        return forecasts;
    });
}
