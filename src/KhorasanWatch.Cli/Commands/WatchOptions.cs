using System.CommandLine;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Assessment;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Cli.Commands;

/// <summary>The options <c>indicators</c> and <c>warnings</c> share: whose events, where, and the output format.</summary>
internal sealed class WatchOptions
{
    private readonly Option<string?> _db;
    private readonly Option<string> _actor = new("--actor") { Description = "The watched actor; only 'iskp', whose rules the indicators apply", DefaultValueFactory = _ => "iskp" };
    private readonly Option<string?> _country = new("--country") { Description = "Only this country (ISO3 or name)" };
    private readonly Option<string?> _province = new("--province") { Description = "Only this province (any spelling; the country defaults to AFG)" };

    public WatchOptions(Option<string?> db)
    {
        _db = db;
        Format.AcceptOnlyFromAmong("table", "json");
    }

    public Option<string> Format { get; } = new("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };

    public void AddTo(Command command)
    {
        AddActorTo(command);
        command.Options.Add(_country);
        command.Options.Add(_province);
        command.Options.Add(Format);
    }

    /// <summary>Only --actor: for the report, which covers the whole region and has one format.</summary>
    public void AddActorTo(Command command) => command.Options.Add(_actor);

    /// <summary>
    /// The watched actor only: the rules (<see cref="IndicatorRules.Iskp"/>) are ISKP's, so for another
    /// actor they would count the wrong things (the Taliban fighting itself).
    /// </summary>
    public string ActorId(ParseResult parse)
    {
        var watched = WatchProfile.Iskp.WatchedActorId;
        var id = parse.GetValue(_actor)!.Trim().ToLowerInvariant(); // The option has a default.
        return id == watched
            ? id
            : throw new UsageException($"--actor '{id}': the indicators' rules are written for '{watched}' only; give --actor {watched} or leave it out");
    }

    public Region Region(ParseResult parse)
    {
        var country = Arguments.Country(parse.GetValue(_country));
        if (parse.GetValue(_province) is not { } name)
        {
            return new Region(country);
        }

        country ??= "AFG";
        var province = Gazetteer.Default.FindAdmin1(country, name)
            ?? throw new UsageException($"--province '{name}' is not a known province of {country}");
        return new Region(country, province.Name);
    }

    /// <summary>Opens the store and loads the actor's events; an empty store is a usage error, not an empty answer.</summary>
    public WatchData Load(ParseResult parse, CliConsole console, string actorId)
    {
        using var store = StoreOption.OpenExisting(parse.GetValue(_db), console);
        return Checked(WatchData.Load(store, WatchProfile.Iskp, actorId, IndicatorRules.Iskp), () => store.Sources().Sum(s => s.Events), parse, console, actorId);
    }

    /// <summary>
    /// What a report reads: the actor's events, other actors' events per month in the home country,
    /// the boundaries for the map, the register's claims and the current ACH matrix.
    /// </summary>
    public ReportInputs LoadForReport(ParseResult parse, CliConsole console, string actorId)
    {
        using var store = StoreOption.OpenExisting(parse.GetValue(_db), console);
        var data = Checked(WatchData.Load(store, WatchProfile.Iskp, actorId, IndicatorRules.Iskp), () => store.Sources().Sum(s => s.Events), parse, console, actorId);
        return new ReportInputs(
            data, store.OtherActorsByMonth(IndicatorRules.Iskp.HomeCountry), store.LoadBoundaries(), store.Claims(), MatrixEvaluation.Current(store, AchMatrixJson.Shipped.Name));
    }

    /// <summary>
    /// Refuses periods the data do not cover, before the actor's coverage starts or after the store's
    /// last event, where every figure would be a zero nobody recorded. One rule for every verb that
    /// reads a range.
    /// </summary>
    public static void CheckCovered(WatchData data, IReadOnlyList<Period> periods, string actorId)
    {
        switch (data.Covers(periods[0], periods[^1]))
        {
            case RangeCoverage.BeforeData:
                throw new UsageException(
                    $"--from {periods[0].Start:yyyy-MM-dd}: the data start on {data.CoverageStart:yyyy-MM-dd} for '{actorId}', and periods before that would read as zeros; give --from {data.CoverageStart:yyyy-MM-dd} or later");
            case RangeCoverage.AfterData:
                throw new UsageException(
                    $"--from {periods[0].Start:yyyy-MM-dd}: the store's data end on {data.CoverageEnd:yyyy-MM-dd}, and periods after that would read as zeros; give --from {data.CoverageEnd:yyyy-MM-dd} or earlier");
            case RangeCoverage.RunsPastData:
                throw new UsageException(
                    $"--to {periods[^1].End:yyyy-MM-dd}: the store's data end on {data.CoverageEnd:yyyy-MM-dd}, and periods after {data.CoverageYearEnd:yyyy-MM-dd} would read as zeros; give --to {data.CoverageYearEnd:yyyy-MM-dd} or earlier");
        }
    }

    /// <summary>A store without the actor's events is refused: empty, it needs an ingest; otherwise the data are someone else's.</summary>
    private WatchData Checked(WatchData data, Func<long> storeEvents, ParseResult parse, CliConsole console, string actorId)
    {
        if (data.LastEvent is not null)
        {
            return data;
        }

        var path = StoreOption.Resolve(parse.GetValue(_db), console);
        var held = storeEvents();
        throw new UsageException(held == 0
            ? $"the store {path} holds no events; run 'kwatch ingest FILE' first"
            : $"the store {path} holds {held.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} events, none of '{actorId}'");
    }
}
