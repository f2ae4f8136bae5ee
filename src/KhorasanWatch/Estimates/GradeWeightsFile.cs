using System.Text.Json;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Sources;

namespace KhorasanWatch.Estimates;

/// <summary>
/// Reads the grade weights an analyst states: <c>{"reliability": {"A": 1, …, "F": 0.5},
/// "credibility": {"1": 1, …, "6": 0.5}}</c>. Every grade letter and digit must be given a finite
/// weight of at least zero; a file that leaves one out is refused naming them all, so that no
/// weight is silently taken from the defaults.
/// </summary>
public static class GradeWeightsFile
{
    public static GradeWeights Read(string path)
    {
        using var stream = SourceFiles.OpenRead(path);
        SourceFiles.CheckJsonSize(stream, path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(path, (e.LineNumber ?? 0) + 1, "not valid JSON (or not UTF-8)");
        }

        using (document)
        {
            var problems = new List<string>();
            var reliability = Part(document.RootElement, "reliability", "ABCDEF".Select(c => c.ToString()), problems);
            var credibility = Part(document.RootElement, "credibility", "123456".Select(c => c.ToString()), problems);
            if (problems.Count > 0)
            {
                throw new SourceFormatException(path, null, $"grade weights: {string.Join("; ", problems)} (write {{\"reliability\": {{\"A\": 1, …}}, \"credibility\": {{\"1\": 1, …}}}})");
            }

            return new GradeWeights(
                reliability.ToDictionary(w => w.Key[0], w => w.Value),
                credibility.ToDictionary(w => w.Key[0] - '0', w => w.Value));
        }
    }

    private static Dictionary<string, double> Part(JsonElement root, string name, IEnumerable<string> keys, List<string> problems)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var part) || part.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"missing the object \"{name}\"");
            return weights;
        }

        var expected = keys.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in part.EnumerateObject())
        {
            var key = property.Name.Trim().ToUpperInvariant();
            if (!expected.Contains(key) || !seen.Add(key))
            {
                problems.Add(expected.Contains(key) ? $"{name} {key} is given twice" : $"{name} has no grade '{property.Name}' (it has {string.Join(", ", expected)})");
            }
            else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDouble(out var weight) || !double.IsFinite(weight) || weight < 0)
            {
                problems.Add($"{name} {key} is {property.Value.GetRawText()}, not a number of at least 0");
            }
            else
            {
                weights[key] = weight;
            }
        }

        var missing = expected.Except(seen).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{name} lacks {string.Join(", ", missing)}");
        }

        return weights;
    }
}
