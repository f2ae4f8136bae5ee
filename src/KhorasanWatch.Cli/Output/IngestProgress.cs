using KhorasanWatch.Ingestion;
using KhorasanWatch.UseCases.Ingest;
using Spectre.Console;

namespace KhorasanWatch.Cli.Output;

/// <summary>
/// Progress of long ingests on standard error: a bar on a terminal, plain lines every 10 % when
/// redirected, so that standard output stays clean for the report. A refused file is said there
/// as it happens, unless the report is JSON (which lists it); so is an upgrade of the store.
/// </summary>
internal sealed class IngestProgress(CliConsole console, string store, bool json) : IIngestObserver
{
    public FileReport Track(string file, Func<Action<double>, FileReport> ingest) => Track<FileReport>(file, ingest);

    public void Refused(RefusedFile refusal)
    {
        if (!json)
        {
            console.Error.WriteLine($"kwatch: {CliWords.Message(refusal)}");
        }
    }

    public void Note(string message) => Commands.CliServices.Note(store, console)(message);

    public T Track<T>(string file, Func<Action<double>, T> work)
    {
        if (!console.ErrorIsTerminal)
        {
            var lastDecile = -1;
            return work(fraction =>
            {
                var decile = (int)(fraction * 10);
                if (decile > lastDecile)
                {
                    lastDecile = decile;
                    console.Error.WriteLine($"kwatch: {file}: {decile * 10}%");
                }
            });
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        return terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1.0);
                var result = work(fraction => task.Value = fraction);
                task.Value = 1.0;
                return result;
            });
    }
}
