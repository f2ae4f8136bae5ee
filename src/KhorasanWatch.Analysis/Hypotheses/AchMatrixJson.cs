using System.Text.Json;
using System.Text.Json.Serialization;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// Reads and writes a matrix as JSON — the form it is shipped, saved and versioned in:
/// <c>{"name", "question", "weights": {"high","medium","low"}, "hypotheses": [{"id","name"}],
/// "items": [{"id","kind": "claim|indicator|note","ref","text","credibility","relevance",
/// "ratings": {hypothesis: rating}, "ratings_by_state": {state: {hypothesis: rating}}}]}</c>.
/// Every rating must name a known hypothesis and be one of CC, C, N, I, II, NA.
/// </summary>
public static class AchMatrixJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The ISKP matrix shipped in the library: the paper's question and three hypotheses.</summary>
    public static AchMatrix Shipped => LazyShipped.Value;

    private static readonly Lazy<AchMatrix> LazyShipped = new(() =>
    {
        using var stream = typeof(AchMatrixJson).Assembly.GetManifestResourceStream("KhorasanWatch.Analysis.Hypotheses.iskp-resurgence.json")
            ?? throw new InvalidOperationException("The embedded ACH matrix is missing from the build.");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd(), "iskp-resurgence.json");
    });

    public static AchMatrix Read(string json, string origin)
    {
        MatrixFile file;
        try
        {
            file = JsonSerializer.Deserialize<MatrixFile>(json, Options) ?? throw new MatrixException(origin, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new MatrixException(origin, $"not valid matrix JSON ({JsonErrors.Describe(e)})");
        }

        if (file.Hypotheses is not { Count: >= 2 })
        {
            throw new MatrixException(origin, "a matrix needs at least two hypotheses");
        }

        var hypotheses = file.Hypotheses.Select(h => new Hypothesis(h.Id ?? throw new MatrixException(origin, "a hypothesis has no id"), h.Name ?? h.Id)).ToList();
        var known = hypotheses.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var items = (file.Items ?? []).Select(i => Item(i, known, origin)).ToList();
        var duplicate = items.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new MatrixException(origin, $"item id '{duplicate.Key}' is used twice");
        }

        var w = file.Weights ?? new WeightsFile(AchWeights.Default.High, AchWeights.Default.Medium, AchWeights.Default.Low);
        return new AchMatrix(file.Name ?? "matrix", file.Question ?? "", hypotheses, items, new AchWeights(w.High, w.Medium, w.Low));
    }

    public static string Write(AchMatrix matrix) => JsonSerializer.Serialize(
        new MatrixFile(
            matrix.Name,
            matrix.Question,
            new WeightsFile(matrix.Weights.High, matrix.Weights.Medium, matrix.Weights.Low),
            matrix.Hypotheses.Select(h => new HypothesisFile(h.Id, h.Name)).ToList(),
            matrix.Items.Select(i => new ItemFile(
                i.Id,
                i.Kind.ToString().ToLowerInvariant(),
                i.Reference,
                i.Text,
                i.Credibility.ToString().ToLowerInvariant(),
                i.Relevance.ToString().ToLowerInvariant(),
                i.Ratings.Count == 0 ? null : Names(i.Ratings),
                i.RatingsByState.Count == 0 ? null : i.RatingsByState.ToDictionary(s => s.Key, s => Names(s.Value)))).ToList()),
        Options) + "\n";

    private static Dictionary<string, string> Names(IReadOnlyDictionary<string, AchRating> ratings) => ratings.ToDictionary(r => r.Key, r => r.Value.ToString());

    private static EvidenceItem Item(ItemFile i, HashSet<string> hypotheses, string origin)
    {
        var id = i.Id ?? throw new MatrixException(origin, "an item has no id");
        string where = $"item '{id}'";
        if (!Enum.TryParse<EvidenceKind>(i.Kind, ignoreCase: true, out var kind))
        {
            throw new MatrixException(origin, $"{where}: kind '{i.Kind}' is not claim, indicator or note");
        }

        if (kind != EvidenceKind.Note && string.IsNullOrWhiteSpace(i.Ref))
        {
            throw new MatrixException(origin, $"{where}: a {kind.ToString().ToLowerInvariant()} item needs 'ref'");
        }

        return new EvidenceItem
        {
            Id = id,
            Kind = kind,
            Reference = i.Ref,
            Text = i.Text ?? "",
            Credibility = Level(i.Credibility, where, "credibility", origin),
            Relevance = Level(i.Relevance, where, "relevance", origin),
            Ratings = Ratings(i.Ratings, hypotheses, where, origin),
            RatingsByState = (i.RatingsByState ?? []).ToDictionary(
                s => s.Key, s => (IReadOnlyDictionary<string, AchRating>)Ratings(s.Value, hypotheses, $"{where} state '{s.Key}'", origin), StringComparer.Ordinal),
        };
    }

    private static WeightLevel Level(string? text, string where, string field, string origin) =>
        text is null ? WeightLevel.Medium
        : Enum.TryParse<WeightLevel>(text, ignoreCase: true, out var level) ? level
        : throw new MatrixException(origin, $"{where}: {field} '{text}' is not low, medium or high");

    private static Dictionary<string, AchRating> Ratings(Dictionary<string, string>? ratings, HashSet<string> hypotheses, string where, string origin)
    {
        var result = new Dictionary<string, AchRating>(StringComparer.Ordinal);
        foreach (var (hypothesis, text) in ratings ?? [])
        {
            if (!hypotheses.Contains(hypothesis))
            {
                throw new MatrixException(origin, $"{where}: no hypothesis '{hypothesis}'");
            }

            result[hypothesis] = AchRatings.TryParse(text, out var r) ? r : throw new MatrixException(origin, $"{where}: rating '{text}' is not CC, C, N, I, II or NA");
        }

        return result;
    }

    private sealed record MatrixFile(string? Name, string? Question, WeightsFile? Weights, List<HypothesisFile>? Hypotheses, List<ItemFile>? Items);

    private sealed record WeightsFile(double High, double Medium, double Low);

    private sealed record HypothesisFile(string? Id, string? Name);

    private sealed record ItemFile(
        string? Id, string? Kind, string? Ref, string? Text, string? Credibility, string? Relevance,
        Dictionary<string, string>? Ratings, Dictionary<string, Dictionary<string, string>>? RatingsByState);
}
