using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.UseCases.Warnings;

/// <summary>The current warnings with their evidence: what <c>warnings</c> answers in every host.</summary>
public sealed class WarningsUseCase(WatchReader reader)
{
    private readonly GenerationMemo<WarningsResult> _detected = new();

    /// <summary>The warnings asked for, computed once per generation of the store's events and question.</summary>
    public WarningsResult Detect(WarningsRequest request)
    {
        var actorId = reader.ActorId(request.ActorId);
        var region = reader.Region(request.Country, request.Province);
        var options = Cadence(request.Cadence);
        using var store = reader.OpenStore();
        var question = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{actorId}|{region.Country}|{region.Province}|{request.AsOf:yyyy-MM-dd}|{options.Cadence}");
        return _detected.Get(reader.Location, store, question, () =>
        {
            var data = reader.Load(store, actorId).For(region.Country, reader.Rules.HomeCountry);
            var dataEnd = data.LastEvent!.Value; // Load refuses a store without the actor's events.
            var report = WarningDetector.Detect(data.Events, request.AsOf ?? dataEnd, data.CoverageStart, region, reader.Rules, options, data.Results);
            if (data.CoverageReason is { } reason)
            {
                // Why the window can reach back no further: a later source's arrival, not the data's end.
                report = report with { Notes = [.. report.Notes, $"The data start on {RequestValues.Day(data.CoverageStart)}, {reason}."] };
            }

            return new WarningsResult(actorId, region, options, report, dataEnd) { Marking = WatchReader.DerivedMarking(store) };
        });
    }

    /// <summary>The cadence by its name, month or week; month when none is given, as in every host.</summary>
    public static PeriodKind CadenceOf(string? text) =>
        RequestValues.OneOf(RequestValues.Blank(text), "cadence", "month", "month", "week") == "week" ? PeriodKind.Week : PeriodKind.Month;

    /// <summary>
    /// The cadence policy: monthly counts against a 24-month baseline with the last 12 monitored,
    /// or weekly against 104 weeks with the last 52 (docs/warnings.md).
    /// </summary>
    public static WarningOptions Cadence(PeriodKind cadence) => cadence switch
    {
        PeriodKind.Week => new WarningOptions { Cadence = PeriodKind.Week, BaselinePeriods = 104, MonitorPeriods = 52 },
        PeriodKind.Month => new WarningOptions { Cadence = PeriodKind.Month, BaselinePeriods = 24, MonitorPeriods = 12 },
        _ => throw RequestValues.Invalid("{cadence} must be one of month, week, not '{0}'", WireNames.Period(cadence)),
    };
}

/// <summary>Whose warnings (the watched actor when null), where, the day to speak from (default: the actor's last event, so the same store gives the same warnings) and the counting cadence.</summary>
public sealed record WarningsRequest(
    string? ActorId = null,
    string? Country = null,
    string? Province = null,
    DateOnly? AsOf = null,
    PeriodKind Cadence = PeriodKind.Month);

/// <summary>The warnings as of a day; <see cref="DataEnd"/> is the actor's last event: periods after it count as none.</summary>
public sealed record WarningsResult(string ActorId, Region Region, WarningOptions Options, WarningReport Report, DateOnly DataEnd)
{
    /// <summary>The warnings' TLP marking, derived from the events the reader may read (<see cref="WatchReader.DerivedMarking"/>); null in a store without users.</summary>
    public Analysis.Sharing.TlpLevel? Marking { get; init; }
}
