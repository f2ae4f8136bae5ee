using System.CommandLine;
using KhorasanWatch.Cli.Output;

namespace KhorasanWatch.Cli.Commands;

/// <summary><c>kwatch sources</c>: what the store holds, per source and year.</summary>
internal static class SourcesCommand
{
    public static Command Build(Option<string?> db, CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("sources", "Show what is loaded, per source and year") { format };
        command.SetAction(parse =>
        {
            // Through the library, as every read: the totals the user's markings allow.
            SourcesWriter.Write(console.Out, CliServices.Get<UseCases.Data.DataUseCase>(parse, db, console).Sources(), parse.GetValue(format)!);
            return ExitCodes.Success;
        });
        return command;
    }
}
