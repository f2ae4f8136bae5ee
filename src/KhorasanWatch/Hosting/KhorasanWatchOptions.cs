using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;

namespace KhorasanWatch.Hosting;

/// <summary>What a host configures: the store it serves, and the watch profile with its counting rules.</summary>
public sealed class KhorasanWatchOptions
{
    /// <summary>The store's location: a SQLite file's path.</summary>
    public string Store { get; set; } = "kwatch.db";

    public WatchProfile Profile { get; set; } = WatchProfile.Iskp;

    public IndicatorRules Rules { get; set; } = IndicatorRules.Iskp;
}
