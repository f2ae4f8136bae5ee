namespace KhorasanWatch.Cli;

/// <summary>
/// Where the CLI writes and what it knows of its terminal and environment; tests pass string
/// writers and their own variables.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, Func<string, string?> Environment)
{
    /// <summary>The clock for what the CLI records (when a claim or matrix was saved); tests can fix it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public DateTimeOffset Now() => Clock.GetUtcNow();

    public DateTime Today() => Clock.GetUtcNow().UtcDateTime.Date;

    public static CliConsole System() => new(
        Console.Out,
        Console.Error,
        !Console.IsErrorRedirected,
        global::System.Environment.GetEnvironmentVariable);
}
