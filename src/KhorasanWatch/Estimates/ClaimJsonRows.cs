using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Formats;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Estimates;

/// <summary>
/// The rows of a claims JSON file: an array of objects named as <see cref="ClaimFields.Names"/>,
/// numbers written as JSON numbers or strings. What <c>kwatch claims list --format json</c> writes
/// reads back too — <c>{"claims": [...]}</c>, <c>id</c> for the key and a <c>source</c> object —
/// so that a register can be passed from one store to another. Item N is the array's N-th object.
/// </summary>
internal static class ClaimJsonRows
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly (string Json, string Field)[] SourceFields =
        [("title", "source_title"), ("publisher", "source_publisher"), ("reference", "source_reference"), ("accessed", "accessed")];

    /// <summary>Reads <paramref name="path"/> as strict UTF-8, or in <paramref name="encoding"/> (Latin-1) when given.</summary>
    public static List<ClaimRow> Read(string path, Encoding? encoding = null)
    {
        byte[] bytes;
        using (var stream = SourceFiles.OpenRead(path))
        {
            SourceFiles.CheckJsonSize(stream, path);
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }

        if (bytes.Length == 0)
        {
            throw new SourceFormatException(path, null, "the file is empty");
        }

        // The JSON reader would accept bad bytes inside a string and fail only when it is read.
        if (encoding is null && !Utf8.IsValid(bytes))
        {
            throw new SourceFormatException(path, Utf8Scanner.FirstInvalidLine(path), "bad encoding: the file is not valid UTF-8", NextStep.ReadAsLatin1);
        }

        JsonDocument document;
        try
        {
            document = encoding is null ? JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0), Options) : JsonDocument.Parse(encoding.GetString(bytes), Options);
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(path, null, JsonErrors.Describe(e));
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("claims", out var claims) ? claims : root;
            if (items.ValueKind != JsonValueKind.Array)
            {
                throw new SourceFormatException(path, null, "a claims JSON file is an array of claim objects (or {\"claims\": [...]})");
            }

            return items.EnumerateArray().Select((item, i) => Row(item, i + 1)).ToList();
        }
    }

    private static ClaimRow Row(JsonElement item, int number)
    {
        try
        {
            return Fields(item, number);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reads "\ud800" (half a surrogate pair) and fails only when the string is taken.
            return new ClaimRow(number, IsItem: true, new Dictionary<string, string?>(StringComparer.Ordinal), [("item", "holds text that is not valid Unicode (an escaped lone surrogate such as \\ud800)")]);
        }
    }

    private static ClaimRow Fields(JsonElement item, int number)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var problems = new List<(string, string)>();
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(("item", $"is a JSON {item.ValueKind.ToString().ToLowerInvariant()}, not an object"));
            return new ClaimRow(number, IsItem: true, fields, problems);
        }

        foreach (var property in item.EnumerateObject())
        {
            var name = property.Name.ToLowerInvariant();
            if (name == "source" && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var (json, field) in SourceFields)
                {
                    if (property.Value.TryGetProperty(json, out var part))
                    {
                        Add(fields, problems, field, part);
                    }
                }
            }
            else if (ClaimFields.Names.Contains(name) || name == "grade")
            {
                Add(fields, problems, name, property.Value);
            }
        }

        if (!fields.ContainsKey("key") && item.TryGetProperty("id", out var id))
        {
            Add(fields, problems, "key", id);
        }

        return new ClaimRow(number, IsItem: true, fields, problems);
    }

    private static void Add(Dictionary<string, string?> fields, List<(string, string)> problems, string field, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                fields[field] = value.GetString();
                break;
            case JsonValueKind.Number:
                fields[field] = value.GetRawText();
                break;
            case JsonValueKind.Null:
                fields[field] = null;
                break;
            default:
                problems.Add((field, $"is a JSON {value.ValueKind.ToString().ToLowerInvariant()}; write text or a number"));
                break;
        }
    }

    public static bool Looks(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var stream = SourceFiles.OpenRead(path);
        var start = new byte[64];
        var read = stream.Read(start);
        var first = start.AsSpan(0, read).TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] is (byte)'[' or (byte)'{';
    }
}
