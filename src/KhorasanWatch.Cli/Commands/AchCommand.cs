using System.CommandLine;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Assessment;
using KhorasanWatch.Cli.Output;
using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Hypotheses;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch ach show|score [--matrix NAME] [--version N] [--as-of DATE] [--format table|json]</c>,
/// <c>kwatch ach rate ITEM HYPOTHESIS RATING [--state STATE]</c> and <c>kwatch ach import FILE.json</c>:
/// the analysis of competing hypotheses. The store's latest saved matrix is used (or the version
/// asked for), else the shipped one; every change is saved as a new version with its weights, and a
/// rating already in force saves nothing.
/// </summary>
internal static class AchCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var matrixName = new Option<string>("--matrix") { Description = "The matrix's name", DefaultValueFactory = _ => AchMatrixJson.Shipped.Name, Recursive = true };
        var command = new Command("ach", "Analysis of competing hypotheses: show, rate, score, import") { matrixName };
        command.Subcommands.Add(Evaluating("show", "The matrix: hypotheses, evidence as it reads today, ratings in force", db, matrixName, console, AchWriters.WriteMatrix));
        command.Subcommands.Add(Evaluating("score", "Heuer's inconsistency scores, ranks, diagnosticity and the sensitivity check", db, matrixName, console, AchWriters.WriteScore));
        command.Subcommands.Add(Rate(db, matrixName, console));
        command.Subcommands.Add(Import(db, matrixName, console));
        return command;
    }

    private static Command Evaluating(
        string name, string description, Option<string?> db, Option<string> matrixName, CliConsole console, Action<TextWriter, MatrixEvaluation, string> write)
    {
        var asOf = new Option<string?>("--as-of") { Description = "The day the indicator readings speak from (default: ISKP's last event)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var version = new Option<string?>("--version") { Description = "A saved version of the matrix to read (default: the latest)" };
        var command = new Command(name, description) { asOf, format, version };
        command.SetAction(parse =>
        {
            var request = new HypothesesRequest(parse.GetValue(matrixName), HypothesesUseCase.Version(parse.GetValue(version)), RequestValues.Date(parse.GetValue(asOf), "as_of", toEnd: true));
            var evaluation = CliServices.Get<HypothesesUseCase>(parse, db, console).Evaluate(request);
            write(console.Out, evaluation, parse.GetValue(format)!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Rate(Option<string?> db, Option<string> matrixName, CliConsole console)
    {
        var item = new Argument<string>("item") { Description = "The evidence item's id" };
        var hypothesis = new Argument<string>("hypothesis") { Description = "The hypothesis's id" };
        var rating = new Argument<string>("rating") { Description = "CC, C, N, I, II or NA" };
        var state = new Option<string?>("--state") { Description = "For an indicator item: the reading state the rating applies to (up, flat, down …)" };
        var marking = new MarkingOptions("the saved version");
        var command = new Command("rate", "Change one rating; the matrix is saved as a new version") { item, hypothesis, rating, state };
        marking.AddTo(command);
        command.SetAction(parse =>
        {
            var ask = new RatingRequest(parse.GetValue(item)!, parse.GetValue(hypothesis)!, parse.GetValue(rating)!, parse.GetValue(state), parse.GetValue(matrixName)) // Arguments of arity one; the option has a default.
            {
                Marking = marking.Read(parse),
            };
            var result = CliServices.Get<HypothesesUseCase>(parse, db, console).Rate(ask);
            console.Out.WriteLine(result.Saved
                ? $"Saved {result.Matrix} version {result.Version}: {result.Change}."
                : $"{result.Matrix} unchanged ({(result.Version is { } v ? $"version {v}" : "shipped")}): {ask.Item} is already rated {result.Rating} for {ask.Hypothesis}{(ask.State is { Length: > 0 } s ? $" in state {s.Trim()}" : "")}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(Option<string?> db, Option<string> matrixName, CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A matrix JSON file (hypotheses, items, ratings, weights)" };
        var marking = new MarkingOptions("the saved version");
        var command = new Command("import", "Save a whole matrix from a JSON file as its next version, under the file's name or --matrix") { file };
        marking.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            // --matrix names a file without a name; given explicitly, it must agree with the file's own name.
            var given = parse.GetResult(matrixName) is { Implicit: false } ? parse.GetValue(matrixName) : null;
            var saved = CliServices.Get<HypothesesUseCase>(parse, db, console).Import(path, given, marking.Read(parse));
            console.Out.WriteLine($"Saved {saved.Matrix} version {saved.Version} from {path} (weights {saved.Weights}).");
            return ExitCodes.Success;
        });
        return command;
    }
}
