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
    private readonly Option<string> _actor = new("--actor") { Description = "The actor to watch (an actor id of the profile)", DefaultValueFactory = _ => "iskp" };
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
        command.Options.Add(_actor);
        command.Options.Add(_country);
        command.Options.Add(_province);
        command.Options.Add(Format);
    }

    public string ActorId(ParseResult parse)
    {
        var profile = WatchProfile.Iskp;
        var id = parse.GetValue(_actor)!.Trim().ToLowerInvariant(); // The option has a default.
        return profile.Actors.Any(a => a.Id == id)
            ? id
            : throw new UsageException($"--actor '{id}' is not an actor of the {profile.Name} profile (known: {string.Join(", ", profile.Actors.Select(a => a.Id))})");
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
        using var store = StoreOption.Open(parse.GetValue(_db), console);
        return Checked(WatchData.Load(store, WatchProfile.Iskp, actorId, IndicatorRules.Iskp), parse, console, actorId);
    }

    /// <summary>
    /// What a report reads: the actor's events, other actors' events per month in the home country,
    /// the boundaries for the map, the register's claims and the current ACH matrix.
    /// </summary>
    public ReportInputs LoadForReport(ParseResult parse, CliConsole console, string actorId)
    {
        using var store = StoreOption.Open(parse.GetValue(_db), console);
        var data = Checked(WatchData.Load(store, WatchProfile.Iskp, actorId, IndicatorRules.Iskp), parse, console, actorId);
        return new ReportInputs(
            data, store.OtherActorsByMonth(IndicatorRules.Iskp.HomeCountry), store.LoadBoundaries(), store.Claims(), MatrixEvaluation.Current(store, AchMatrixJson.Shipped.Name));
    }

    private WatchData Checked(WatchData data, ParseResult parse, CliConsole console, string actorId) =>
        data.LastEvent is null
            ? throw new UsageException($"the store {StoreOption.Resolve(parse.GetValue(_db), console)} holds no events of '{actorId}'; run 'kwatch ingest FILE' first")
            : data;
}
