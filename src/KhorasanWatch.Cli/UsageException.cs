namespace KhorasanWatch.Cli;

/// <summary>A mistake in the command line that the parser cannot catch (a bad date, an unknown country).</summary>
public sealed class UsageException(string message) : Exception(message);
