namespace KhorasanWatch.Cli;

/// <summary>
/// Where the CLI writes and what it knows of its terminal and environment; tests pass string
/// writers and their own variables.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, Func<string, string?> Environment)
{
    public static CliConsole System() => new(
        Console.Out,
        Console.Error,
        !Console.IsErrorRedirected,
        global::System.Environment.GetEnvironmentVariable);
}
