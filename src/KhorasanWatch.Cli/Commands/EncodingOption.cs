using System.CommandLine;
using System.Text;

namespace KhorasanWatch.Cli.Commands;

/// <summary>
/// <c>--encoding utf8|latin1</c>, the same for every command that reads text files: strict UTF-8 by
/// default (a bad byte stops the file with its line), Latin-1 when asked (every byte is a character).
/// </summary>
internal static class EncodingOption
{
    public static Option<string> Create(string description)
    {
        var encoding = new Option<string>("--encoding") { Description = description, DefaultValueFactory = _ => "utf8" };
        encoding.AcceptOnlyFromAmong("utf8", "latin1");
        return encoding;
    }

    /// <summary>The encoding to read with: null for the readers' strict UTF-8.</summary>
    public static Encoding? Of(string? name) => name == "latin1" ? Encoding.Latin1 : null;
}
