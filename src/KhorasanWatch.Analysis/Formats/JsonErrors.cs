using System.Text.Json;

namespace KhorasanWatch.Analysis.Formats;

/// <summary>
/// One short line for a JSON file that could not be read. System.Text.Json's own message quotes
/// the offending text, line breaks included, and names .NET types; a user needs where and what.
/// </summary>
public static class JsonErrors
{
    /// <summary>"line 3, byte 12: the value at $.actors has the wrong type", or "...: not valid JSON".</summary>
    public static string Describe(JsonException e)
    {
        var where = e.LineNumber is { } line
            ? $"line {line + 1}" + (e.BytePositionInLine is { } at ? $", byte {at + 1}" : "") + ": "
            : "";
        return where + What(e);
    }

    /// <summary>What is wrong, without where: for messages that name the line themselves.</summary>
    public static string What(JsonException e) =>
        e.Path is { Length: > 1 } path && e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? $"the value at {path} has the wrong type"
            : "not valid JSON";
}
