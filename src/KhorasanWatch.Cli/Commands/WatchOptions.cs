using System.CommandLine;
using KhorasanWatch.UseCases;

namespace KhorasanWatch.Cli.Commands;

/// <summary>The options <c>indicators</c>, <c>warnings</c>, <c>report</c> and <c>backtest</c> share: whose events, where, and the output format.</summary>
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

    /// <summary>The options as given, for a use case's request (which checks them).</summary>
    public (string? Actor, string? Country, string? Province) Values(ParseResult parse) =>
        (parse.GetValue(_actor), parse.GetValue(_country), parse.GetValue(_province));

    /// <summary>The watched actor only (<see cref="WatchReader.ActorId"/>).</summary>
    public string ActorId(ParseResult parse, CliConsole console) => Reader(parse, console).ActorId(parse.GetValue(_actor));


    private WatchReader Reader(ParseResult parse, CliConsole console) => CliServices.Get<WatchReader>(parse, _db, console);
}
