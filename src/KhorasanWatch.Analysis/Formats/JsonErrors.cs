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
    public static string What(JsonException e)
    {
        var path = e.Path is { Length: > 1 } p ? p : null;
        if (e.InnerException is InvalidOperationException && path is not null)
        {
            return $"the text at {path} is not valid Unicode (an escaped lone surrogate such as \\ud800?)";
        }

        if (e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) && path is not null)
        {
            return $"the value at {path} has the wrong type";
        }

        var missing = e.Message.IndexOf("missing required properties including: ", StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = e.Message[(missing + "missing required properties including: ".Length)..].TrimEnd('.').Replace("'", "", StringComparison.Ordinal);
            return $"valid JSON, but required fields are missing{(path is null ? "" : $" at {path}")}: {names}";
        }

        return e.Message.Contains("maximum configured depth", StringComparison.Ordinal) ? "nested too deeply to be read" : "not valid JSON";
    }
}
