namespace KhorasanWatch.Cli.Tests;

/// <summary>Runs <c>kwatch</c> in-process with captured output and its own environment.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Kwatch.Run(args, new CliConsole(output, error, ErrorIsTerminal: false, _ => null));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
