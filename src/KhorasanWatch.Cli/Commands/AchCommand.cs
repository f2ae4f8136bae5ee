using System.CommandLine;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Assessment;
using KhorasanWatch.Cli.Output;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>kwatch ach show|score [--matrix NAME] [--as-of DATE] [--format table|json]</c>,
/// <c>kwatch ach rate ITEM HYPOTHESIS RATING [--state STATE]</c> and <c>kwatch ach import FILE.json</c>:
/// the analysis of competing hypotheses. The store's latest saved matrix is used, else the shipped
/// one; every change is saved as a new version with its weights.
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
        command.Subcommands.Add(Import(db, console));
        return command;
    }

    private static Command Evaluating(
        string name, string description, Option<string?> db, Option<string> matrixName, CliConsole console, Action<TextWriter, MatrixEvaluation, string> write)
    {
        var asOf = new Option<string?>("--as-of") { Description = "The day the indicator readings speak from (default: ISKP's last event)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command(name, description) { asOf, format };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db), console);
            var data = WatchData.Load(store, WatchProfile.Iskp, WatchProfile.Iskp.WatchedActorId, IndicatorRules.Iskp);
            var day = Arguments.Date(parse.GetValue(asOf), "--as-of") ?? data.LastEvent ?? DateOnly.FromDateTime(console.Today());
            var evaluation = MatrixEvaluation.ForStore(store, parse.GetValue(matrixName)!, data, day); // The option has a default.
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
        var command = new Command("rate", "Change one rating; the matrix is saved as a new version") { item, hypothesis, rating, state };
        command.SetAction(parse =>
        {
            var ratingText = parse.GetValue(rating)!;
            if (!AchRatings.TryParse(ratingText, out var parsed))
            {
                throw new UsageException($"rating '{ratingText}' is not CC, C, N, I, II or NA");
            }

            using var store = StoreOption.Open(parse.GetValue(db), console);
            var (matrix, _) = MatrixEvaluation.Current(store, parse.GetValue(matrixName)!);
            AchMatrix changed;
            try
            {
                changed = matrix.Rate(parse.GetValue(item)!, parse.GetValue(hypothesis)!, parsed, parse.GetValue(state));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
            }

            var change = $"rate {parse.GetValue(item)} {parse.GetValue(hypothesis)} {parsed}{(parse.GetValue(state) is { } s ? $" in state {s}" : "")}";
            var version = store.SaveMatrix(changed.Name, AchMatrixJson.Write(changed), change, console.Now());
            console.Out.WriteLine($"Saved {changed.Name} version {version}: {change}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(Option<string?> db, CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A matrix JSON file (hypotheses, items, ratings, weights)" };
        var command = new Command("import", "Save a whole matrix from a JSON file as its next version") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: no such file");
            }

            var matrix = AchMatrixJson.Read(File.ReadAllText(path), path);
            using var store = StoreOption.Open(parse.GetValue(db), console);
            var version = store.SaveMatrix(matrix.Name, AchMatrixJson.Write(matrix), $"import {Path.GetFileName(path)}", console.Now());
            console.Out.WriteLine($"Saved {matrix.Name} version {version} from {path} (weights {matrix.Weights}).");
            return ExitCodes.Success;
        });
        return command;
    }
}
