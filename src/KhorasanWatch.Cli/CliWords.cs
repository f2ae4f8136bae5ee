using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Cli;

/// <summary>How the CLI words what the library suggests a user do: as the command that does it.</summary>
internal static class CliWords
{
    public static string Step(NextStep step) => step.Kind switch
    {
        NextStepKind.LoadEvents => " (load one with 'kwatch ingest FILE --db PATH')",
        NextStepKind.ImportMatrix => $"; import a corrected matrix (kwatch ach import FILE --matrix {step.Value}) to save a new version",
        NextStepKind.ReadAsSource => $", so --source {step.Value} would read it as one",
        NextStepKind.ReadAsEncoding => $" (for Latin-1 files pass --encoding {step.Value})",
        NextStepKind.GiveCountry => " (pass --country ISO3)",
        _ => step.Neutral,
    };

    /// <summary>A refusal's message, its next step (if any) as the CLI says it.</summary>
    public static string Message(Exception e) => e is ISuggestsNextStep s ? Message(s) : e.Message;

    public static string Message(ISuggestsNextStep refusal) => refusal.Suggested is { } next ? refusal.Stated + Step(next) : refusal.Stated;
}
