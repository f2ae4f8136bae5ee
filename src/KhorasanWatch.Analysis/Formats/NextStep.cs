namespace KhorasanWatch.Analysis.Formats;

/// <summary>What a user can do about a refusal, as data, so each host words it in its own syntax.</summary>
public enum NextStepKind
{
    /// <summary>Load events into the store (it is missing or empty).</summary>
    LoadEvents,

    /// <summary>Import a corrected matrix under <see cref="NextStep.Value"/>, its name, to save a new version.</summary>
    ImportMatrix,

    /// <summary>Name the source the file is in: <see cref="NextStep.Value"/> would read it.</summary>
    ReadAsSource,

    /// <summary>Read the file in the text encoding <see cref="NextStep.Value"/> (latin1).</summary>
    ReadAsEncoding,

    /// <summary>Say which country (ISO3) the file's features are in, as the file does not.</summary>
    GiveCountry,
}

/// <summary>
/// The step a refusal suggests. <see cref="Neutral"/> is how the library's own message ends (no
/// host's syntax); the CLI and the web host each word it their way (<c>CliWords</c>, <c>Problems</c>).
/// </summary>
public sealed record NextStep(NextStepKind Kind, string? Value = null)
{
    public static NextStep LoadEvents { get; } = new(NextStepKind.LoadEvents);

    public static NextStep ImportMatrix(string name) => new(NextStepKind.ImportMatrix, name);

    public static NextStep ReadAsSource(string source) => new(NextStepKind.ReadAsSource, source);

    public static NextStep ReadAsLatin1 { get; } = new(NextStepKind.ReadAsEncoding, "latin1");

    public static NextStep GiveCountry { get; } = new(NextStepKind.GiveCountry);

    /// <summary>The step in words without any host's syntax, as it ends the message.</summary>
    public string Neutral => Kind switch
    {
        NextStepKind.LoadEvents => " (load events into it first)",
        NextStepKind.ImportMatrix => $"; import a corrected matrix named '{Value}' to save a new version",
        NextStepKind.ReadAsSource => $", so it would read as {Value}",
        NextStepKind.ReadAsEncoding => " (for Latin-1 files, read it as Latin-1)",
        NextStepKind.GiveCountry => " (say which country the features are in)",
        _ => "",
    };
}

/// <summary>A refusal whose message ends with a <see cref="NextStep"/>: <see cref="Stated"/> is the message without it.</summary>
public interface ISuggestsNextStep
{
    string Stated { get; }

    NextStep? Suggested { get; }
}
