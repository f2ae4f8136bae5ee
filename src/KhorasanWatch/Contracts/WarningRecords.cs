using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.UseCases.Warnings;
using static KhorasanWatch.Contracts.EventCodes;
using static KhorasanWatch.Contracts.JsonFields;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch warnings --format json</c> and <c>GET /api/v1/warnings</c>; field names are a contract
/// (docs/cli.md, "warnings"). <c>data_end</c> is the actor's last event: periods after it count as none.
/// </summary>
public sealed record WarningsRecord(
    string Actor,
    string? Country,
    string? Province,
    string AsOf,
    string DataEnd,
    string Cadence,
    double InControlYears,
    double DesignRatio,
    string Level,
    int Tests,
    ChanceAloneRecord ChanceAlone,
    IReadOnlyList<WarningRecord> Warnings,
    IReadOnlyList<WarningRecord> Declines,
    AttributionHighRecord? AttributionHigh,
    IReadOnlyList<string> Notes,
    string? Marking)
{
    public static WarningsRecord Of(WarningsResult r)
    {
        var report = r.Report;
        return new(
            r.ActorId,
            r.Region.Country,
            r.Region.Province,
            Day(report.AsOf),
            Day(r.DataEnd),
            WireNames.Period(r.Options.Cadence),
            r.Options.InControlYears,
            r.Options.DesignRatio,
            WireNames.Level(report.Level),
            report.Tests,
            ChanceAloneRecord.Of(report.Chance),
            [.. report.Warnings.Select(WarningRecord.Of)],
            [.. report.Declines.Select(WarningRecord.Of)],
            report.AttributionHigh is { } high ? new AttributionHighRecord(high.UncertainEvents, WireNames.Level(high.Level)) : null,
            report.Notes,
            r.Marking is { } m ? Analysis.Sharing.TlpLevels.Code(m) : null);
    }
}

/// <summary>One detector's finding with the events that carry it.</summary>
public sealed record WarningRecord(
    string Level,
    string Indicator,
    string Detector,
    string Direction,
    double? Ratio,
    double? Low,
    double? High,
    double? P,
    double? CalibratedP,
    double? FamilyP,
    string Fired,
    string Start,
    string End,
    string Statement,
    IReadOnlyList<string> EventIds)
{
    public static WarningRecord Of(Warning w) => new(
        WireNames.Level(w.Level),
        w.Indicator,
        w.Detector,
        WireNames.Direction(w.Direction),
        Finite(w.Ratio),
        Finite(w.Low),
        Finite(w.High),
        Finite(w.P),
        Finite(w.CalibratedP),
        Finite(w.FamilyP),
        Day(w.Fired),
        Day(w.Window.Start),
        Day(w.Window.End),
        w.Statement,
        w.EventIds);
}

/// <summary>
/// What chance alone would raise, measured on the replicates of the store's fitted null: the
/// headline's rate per level, and the expected false findings by kind of test.
/// </summary>
public sealed record ChanceAloneRecord(
    int MonitoredPeriods,
    int UpwardCusums,
    double UpwardCusumFalseWarnings,
    int DownwardCusums,
    double DownwardCusumFalseWatches,
    int PValueTests,
    double PValueFalseWatches,
    string Method,
    int Replicates,
    double HeadlineWatch,
    double HeadlineWarning,
    double HeadlineAlert)
{
    public const string MethodName = "parametric_bootstrap_weighted_min_p";

    public static ChanceAloneRecord Of(ChanceAlone c) => new(
        c.MonitoredPeriods,
        c.UpwardCusums,
        Math.Round(c.UpwardCusumSignals, 4),
        c.DownwardCusums,
        Math.Round(c.DownwardCusumSignals, 4),
        c.PValueTests,
        Math.Round(c.PValueWatches, 4),
        MethodName,
        c.Replicates,
        Math.Round(c.HeadlineWatch, 4),
        Math.Round(c.HeadlineWarning, 4),
        Math.Round(c.HeadlineAlert, 4));
}

/// <summary>The level with the window's events of uncertain attribution counted as the actor's.</summary>
public sealed record AttributionHighRecord(int UncertainEvents, string Level);
