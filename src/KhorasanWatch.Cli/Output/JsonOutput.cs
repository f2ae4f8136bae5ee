using System.Text.Json;

namespace KhorasanWatch.Cli.Output;

internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
