using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Analysis.Hypotheses;

/// <summary>
/// Reads and writes a matrix as JSON — the form it is shipped, saved and versioned in:
/// <c>{"name", "question", "weights": {"high","medium","low"}, "hypotheses": [{"id","name"}],
/// "items": [{"id","kind": "claim|indicator|note","ref","text","credibility","relevance","group",
/// "ratings": {hypothesis: rating}, "ratings_by_state": {state: {hypothesis: rating}},
/// "subject","unit","ratings_by_band": [{"from","below","ratings"}], "ratings_by_reading": {reading: {hypothesis: rating}}}]}</c>.
/// A claim item gives either "ref" (one claim) or "subject" with "ratings_by_band" (the subject's
/// latest independent claim with a figure, by the band it falls in) or "ratings_by_reading" (its
/// latest independent claim with a reading, by that word: a claim without a figure).
/// Hypothesis ids and item ids are each used once; weights, when given, are all three and above 0;
/// every rating must name a known hypothesis and be one of CC, C, N, I, II, NA.
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

    /// <summary>
    /// Reads and checks a matrix file. <paramref name="nameIfAbsent"/> names a matrix whose file gives
    /// no name; without it, such a file is refused.
    /// </summary>
    public static AchMatrix Read(string json, string origin, string? nameIfAbsent = null)
    {
        MatrixFile file;
        try
        {
            file = JsonSerializer.Deserialize<MatrixFile>(json, Options) ?? throw new MatrixException(origin, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new MatrixException(origin, JsonErrors.Describe(e));
        }

        if (file.Hypotheses is not { Count: >= 2 })
        {
            throw new MatrixException(origin, "a matrix needs at least two hypotheses");
        }

        // JSON's null is a valid list item to the serializer: a matrix whose hypothesis or item is null is refused here.
        if (file.Hypotheses.IndexOf(null!) is >= 0 and var h)
        {
            throw new MatrixException(origin, $"hypothesis {h + 1} is null; each hypothesis is an object with an id and a name");
        }

        if (file.Items?.IndexOf(null!) is >= 0 and var n)
        {
            throw new MatrixException(origin, $"item {n + 1} is null; each item is an object with an id, a kind and ratings");
        }

        var hypotheses = file.Hypotheses.Select(h => new Hypothesis(
            string.IsNullOrWhiteSpace(h.Id) ? throw new MatrixException(origin, "a hypothesis has no id") : h.Id,
            h.Name ?? h.Id)).ToList();
        if (Repeated(hypotheses.Select(h => h.Id)) is { } twice)
        {
            throw new MatrixException(origin, $"hypothesis id '{twice}' is used twice");
        }

        var known = hypotheses.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var items = (file.Items ?? []).Select(i => Item(i, known, origin)).ToList();
        if (Repeated(items.Select(i => i.Id)) is { } duplicate)
        {
            throw new MatrixException(origin, $"item id '{duplicate}' is used twice");
        }

        var name = !string.IsNullOrWhiteSpace(file.Name) ? file.Name
            : nameIfAbsent ?? throw new MatrixException(origin, "the file does not name its matrix (\"name\")");
        return new AchMatrix(name, file.Question ?? "", hypotheses, items, Weights(file.Weights, origin));
    }

    private static string? Repeated(IEnumerable<string> ids) =>
        ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;

    /// <summary>No weights: PARC's. Otherwise all three, each a finite number above 0 — a missing or zero weight would silently drop inconsistencies.</summary>
    private static AchWeights Weights(WeightsFile? w, string origin)
    {
        if (w is null)
        {
            return AchWeights.Default;
        }

        (string Name, double? Value)[] given = [("high", w.High), ("medium", w.Medium), ("low", w.Low)];
        var missing = given.Where(g => g.Value is null).Select(g => $"'{g.Name}'").ToList();
        if (missing.Count > 0)
        {
            throw new MatrixException(origin, $"weights: {And(missing)} {(missing.Count == 1 ? "is" : "are")} missing; give high, medium and low, each a number above 0");
        }

        var bad = given.Where(g => !double.IsFinite(g.Value!.Value) || g.Value <= 0) // Not null: checked above.
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"'{g.Name}' is {g.Value}")).ToList();
        if (bad.Count > 0)
        {
            throw new MatrixException(origin, $"weights: {And(bad)}; each must be a number above 0");
        }

        return new AchWeights(w.High!.Value, w.Medium!.Value, w.Low!.Value); // Not null: checked above.
    }

    private static string And(List<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    public static string Write(AchMatrix matrix) => JsonSerializer.Serialize(
        new MatrixFile(
            matrix.Name,
            matrix.Question,
            new WeightsFile(matrix.Weights.High, matrix.Weights.Medium, matrix.Weights.Low),
            matrix.Hypotheses.Select(h => new HypothesisFile(h.Id, h.Name)).ToList(),
            matrix.Items.Select(i => new ItemFile(
                i.Id,
                WireNames.Kind(i.Kind),
                i.Reference,
                i.Text,
                WireNames.Weight(i.Credibility),
                WireNames.Weight(i.Relevance),
                i.Ratings.Count == 0 ? null : Names(i.Ratings),
                i.RatingsByState.Count == 0 ? null : i.RatingsByState.ToDictionary(s => s.Key, s => Names(s.Value)),
                i.Group,
                i.Subject,
                i.Unit,
                i.Bands.Count == 0 ? null : i.Bands.Select(b => new BandFile(b.From, b.Below, Names(b.Ratings))).ToList(),
                i.RatingsByReading.Count == 0 ? null : i.RatingsByReading.ToDictionary(s => s.Key, s => Names(s.Value)))).ToList()),
        Options) + "\n";

    private static Dictionary<string, string> Names(IReadOnlyDictionary<string, AchRating> ratings) => ratings.ToDictionary(r => r.Key, r => WireNames.Rating(r.Value));

    private static EvidenceItem Item(ItemFile i, HashSet<string> hypotheses, string origin)
    {
        var id = string.IsNullOrWhiteSpace(i.Id) ? throw new MatrixException(origin, "an item has no id") : i.Id;
        string where = $"item '{id}'";
        if (!WireNames.TryRead<EvidenceKind>(i.Kind, WireNames.Kind, out var kind))
        {
            throw new MatrixException(origin, $"{where}: kind '{i.Kind}' is not claim, indicator or note");
        }

        var bySubject = kind == EvidenceKind.Claim && !string.IsNullOrWhiteSpace(i.Subject);
        if (kind != EvidenceKind.Note && string.IsNullOrWhiteSpace(i.Ref) && !bySubject)
        {
            throw new MatrixException(origin, kind == EvidenceKind.Claim
                ? $"{where}: a claim item needs 'ref' (one claim) or 'subject' with 'ratings_by_band' or 'ratings_by_reading'"
                : $"{where}: an indicator item needs 'ref'");
        }

        if (bySubject && (i.RatingsByBand is { Count: > 0 }) == (i.RatingsByReading is { Count: > 0 }))
        {
            throw new MatrixException(origin, $"{where}: a claim item by 'subject' needs 'ratings_by_band' (claims with a figure) or 'ratings_by_reading' (claims with a reading), one of them");
        }

        if (i.RatingsByReading is { Count: > 0 } && !bySubject)
        {
            throw new MatrixException(origin, $"{where}: 'ratings_by_reading' rates a claim item by 'subject' only");
        }

        if (i.RatingsByReading?.Keys.FirstOrDefault(r => !ClaimFields.IsReading(r)) is { } word)
        {
            throw new MatrixException(origin, $"{where}: reading '{word}' is not one snake_case word (as a claim's reading is written, e.g. falling)");
        }

        var bands = (i.RatingsByBand ?? []).Select((b, n) =>
            b.From is { } f && b.Below is { } below && below <= f
                ? throw new MatrixException(origin, $"{where} band {n + 1}: 'below' must be above 'from'")
                : new ClaimBand(b.From, b.Below, Ratings(b.Ratings, hypotheses, $"{where} band {n + 1}", origin))).ToList();

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
            Group = string.IsNullOrWhiteSpace(i.Group) ? null : i.Group,
            Subject = bySubject ? i.Subject : null,
            Unit = i.Unit,
            Bands = bands,
            RatingsByReading = (i.RatingsByReading ?? []).ToDictionary(
                s => s.Key, s => (IReadOnlyDictionary<string, AchRating>)Ratings(s.Value, hypotheses, $"{where} reading '{s.Key}'", origin), StringComparer.Ordinal),
        };
    }

    private static WeightLevel Level(string? text, string where, string field, string origin) =>
        text is null ? WeightLevel.Medium
        : WireNames.TryRead<WeightLevel>(text, WireNames.Weight, out var level) ? level
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

    private sealed record WeightsFile(double? High, double? Medium, double? Low);

    private sealed record HypothesisFile(string? Id, string? Name);

    private sealed record ItemFile(
        string? Id, string? Kind, string? Ref, string? Text, string? Credibility, string? Relevance,
        Dictionary<string, string>? Ratings, Dictionary<string, Dictionary<string, string>>? RatingsByState,
        string? Group = null, string? Subject = null, string? Unit = null, List<BandFile>? RatingsByBand = null,
        Dictionary<string, Dictionary<string, string>>? RatingsByReading = null);

    private sealed record BandFile(double? From, double? Below, Dictionary<string, string>? Ratings);
}
