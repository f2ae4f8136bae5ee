using System.CommandLine;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.Estimates;
using KhorasanWatch.UseCases.Claims;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch claims add|list|show|import|series</c>: the estimates register. Claims are never
/// overwritten — saving other content under a key is a correction, a new version — and the
/// register shows where sources disagree instead of averaging it away.
/// </summary>
internal static class ClaimsCommand
{
    /// <summary>The options of <c>claims add</c>: one per <see cref="ClaimFields"/> field, named as the field with dashes, and <c>--grade</c> for the Admiralty grade.</summary>
    private static readonly (string Field, string Help)[] AddFields =
    [
        ("key", "The claim's id: lowercase letters, digits, '-' and '_' (required)"),
        ("subject", "What it is about, snake_case: manpower, funding, relocation, fatemiyoun, neighbour_action, popular_attitude, or another (required)"),
        ("statement", "The claim in words (required)"),
        ("value", "Its figure, e.g. 2000"),
        ("low", "The low end of its range"),
        ("high", "The high end of its range"),
        ("unit", "The figure's unit, e.g. fighters (required with a figure)"),
        ("reading", "What a claim without a figure says, in one snake_case word a matrix rates, e.g. falling"),
        ("refers_to", "The time it describes: YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO (required)"),
        ("reported", "When it was reported, in the same forms (required)"),
        ("source_title", "The source's title (required)"),
        ("source_publisher", "Who published the source"),
        ("source_reference", "A URL or citation"),
        ("accessed", "The day you read the source, YYYY-MM-DD"),
        ("grade", "NATO Admiralty grade: source reliability A-F and information credibility 1-6, e.g. B2 (required)"),
        ("owner", "The organisation that owns the entry (default: $KWATCH_OWNER, else unspecified)"),
        ("tlp", "TLP 2.0 marking: clear, green, amber, amber+strict, red (default: amber)"),
        ("relays", "The key of the claim this one repeats from another source"),
        ("notes", "Free text"),
    ];

    public static Command Build(Option<string?> db, CliConsole console) =>
        new("claims", "The estimates register: sourced, graded claims on manpower, funding and more")
        {
            Add(db, console), List(db, console), Show(db, console), Import(db, console), Series(db, console),
        };

    private static Command Add(Option<string?> db, CliConsole console)
    {
        var options = AddFields.Select(f => (f.Field, Option: new Option<string?>("--" + f.Field.Replace('_', '-')) { Description = f.Help })).ToList();
        var command = new Command("add", "Add a claim, or correct one: other content under an existing key is its next version");
        options.ForEach(o => command.Options.Add(o.Option));
        command.SetAction(parse =>
        {
            var fields = options.ToDictionary(o => o.Field, o => parse.GetValue(o.Option), StringComparer.Ordinal);
            var (save, problems) = CliServices.Get<ClaimsUseCase>(parse, db, console).Add(fields, "claims add");
            if (save is null)
            {
                throw new UsageException("claims add: " + string.Join("; ", problems.Select(p => $"{OptionOf(p.Field)} {p.Problem}")));
            }

            var key = fields["key"]!.Trim(); // Saved, so the key was given.
            console.Out.WriteLine(save.Outcome switch
            {
                "added" => $"added: {key} (version {save.Version})",
                "corrected" => $"corrected: {key} is now version {save.Version} (the earlier versions stay readable: kwatch claims show {key})",
                _ => $"unchanged: {key} is already version {save.Version} with this content",
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(Option<string?> db, CliConsole console)
    {
        var subject = new Option<string?>("--subject") { Description = "Only claims about this subject" };
        var format = Format();
        var command = new Command("list", "The latest version of every claim, and where they disagree") { subject, format };
        command.SetAction(parse =>
        {
            var list = CliServices.Get<ClaimsUseCase>(parse, db, console).List(parse.GetValue(subject));
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.Claims(list.Claims, list.Disagreements));
            }
            else
            {
                ClaimListWriter.WriteTable(console.Out, list.Claims, list.Disagreements, parse.GetValue(subject));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(Option<string?> db, CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The claim's key" };
        var format = Format();
        var command = new Command("show", "Every version of one claim, oldest first, with when and from where it was recorded") { id, format };
        command.SetAction(parse =>
        {
            var history = CliServices.Get<ClaimsUseCase>(parse, db, console).History(parse.GetValue(id)!); // An argument of arity one.
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.ClaimHistory(history));
            }
            else
            {
                ClaimHistoryWriter.WriteText(console.Out, history);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(Option<string?> db, CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A claims CSV (columns named as 'claims add' options, with _ for -) or a JSON array of such objects" };
        var owner = new Option<string?>("--owner") { Description = "The owner of rows that name none (default: $KWATCH_OWNER, else unspecified)" };
        var encoding = EncodingOption.Create("Text encoding of the file (CSV or JSON)");
        var format = Format();
        var command = new Command("import", "Import claims; bad rows are rejected with a reason, good rows kept") { file, owner, encoding, format };
        command.SetAction(parse =>
        {
            var report = CliServices.Get<ClaimsUseCase>(parse, db, console).Import(parse.GetValue(file)!, parse.GetValue(owner), EncodingOption.Of(parse.GetValue(encoding))); // An argument of arity one.
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.ClaimImport(report));
            }
            else
            {
                ClaimImportWriter.WriteText(console.Out, report);
            }

            return report.Rejected > 0 ? ExitCodes.RowsRejected : ExitCodes.Success;
        });
        return command;
    }

    private static Command Series(Option<string?> db, CliConsole console)
    {
        var subject = new Argument<string>("SUBJECT") { Description = "A subject with figures, e.g. manpower" };
        var by = new Option<string>("--by") { Description = "Period length", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("year", "quarter", "month");
        var weights = new Option<string?>("--weights") { Description = "Grade weights, JSON: {\"reliability\": {\"A\": 1, …}, \"credibility\": {\"1\": 1, …}}" };
        var format = Format();
        var command = new Command("series", "A subject's figures over time, combined by grade, with the sources' spread and moves") { subject, by, weights, format };
        command.SetAction(parse =>
        {
            var period = parse.GetValue(by)!; // The option has a default.
            var gradeWeights = parse.GetValue(weights) is { } path ? GradeWeightsFile.Read(path) : GradeWeights.Default;
            var series = CliServices.Get<ClaimsUseCase>(parse, db, console).Series(parse.GetValue(subject)!, ClaimsUseCase.SeriesPeriod(period), gradeWeights); // An argument of arity one.
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(ContractDocuments.ClaimSeries(series, period));
            }
            else
            {
                ClaimSeriesWriter.WriteText(console.Out, series);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    /// <summary>The option a field's problem is about: <c>add</c> takes the grade whole.</summary>
    private static string OptionOf(string field) => field is "reliability" or "credibility" or "grade" ? "--grade" : "--" + field.Replace('_', '-');
}
