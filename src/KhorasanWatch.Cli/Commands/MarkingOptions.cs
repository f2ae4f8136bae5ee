using System.CommandLine;
using KhorasanWatch.UseCases.Ingest;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>--tlp LEVEL [--owner ORG] [--release-to ORG,…] [--recipients USER,…]</c>: the TLP 2.0
/// marking of what a verb writes (an ingested file's rows, a matrix's saved version), resolved by
/// one rule (<see cref="FileMarking"/>; docs/coalition.md, "Markings").
/// </summary>
internal sealed class MarkingOptions
{
    private readonly Option<string?> _tlp;
    private readonly Option<string?> _owner;
    private readonly Option<string[]> _releaseTo;
    private readonly Option<string[]> _recipients;

    /// <param name="what">What is marked, as the help says it: "the files' rows", "the saved version".</param>
    public MarkingOptions(string what)
    {
        _tlp = new Option<string?>("--tlp") { Description = $"The TLP 2.0 marking of {what}: clear, green, amber, amber+strict, red (default: amber)" };
        _owner = new Option<string?>("--owner") { Description = $"The organisation that owns {what} (default: yours, with --as)" };
        _releaseTo = new Option<string[]>("--release-to") { Description = "TLP:AMBER: the organisations it is released to (comma-separated)", AllowMultipleArgumentsPerToken = true };
        _recipients = new Option<string[]>("--recipients") { Description = "TLP:RED: the users who may read it (comma-separated; default: you)", AllowMultipleArgumentsPerToken = true };
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_tlp);
        command.Options.Add(_owner);
        command.Options.Add(_releaseTo);
        command.Options.Add(_recipients);
    }

    public IngestMarking Read(ParseResult parse) =>
        new(parse.GetValue(_tlp), parse.GetValue(_owner), Names(parse.GetValue(_releaseTo)), Names(parse.GetValue(_recipients)));

    private static string[] Names(string[]? values) => [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
