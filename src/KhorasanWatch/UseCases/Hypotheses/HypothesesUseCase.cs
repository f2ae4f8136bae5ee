using System.Globalization;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Assessment;

namespace KhorasanWatch.UseCases.Hypotheses;

/// <summary>
/// The analysis of competing hypotheses: the matrix as it reads on a day (the store's latest saved
/// version, or one asked for, else the shipped one), and a rating changed, saved as the matrix's
/// next version with its weights; a rating already in force saves nothing.
/// </summary>
public sealed class HypothesesUseCase(WatchReader reader, TimeProvider clock)
{
    /// <summary>The shipped matrix's name, which every host offers by default.</summary>
    public static string ShippedName => AchMatrixJson.Shipped.Name;

    /// <summary>The matrix with its evidence read as of the day asked (default: the watched actor's last event, else today).</summary>
    public MatrixEvaluation Evaluate(HypothesesRequest request)
    {
        using var store = reader.OpenStore();
        var data = WatchData.Load(store, reader.Profile, reader.Profile.WatchedActorId, reader.Rules);
        var day = request.AsOf ?? data.LastEvent ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return MatrixEvaluation.ForStore(store, request.Matrix ?? ShippedName, request.Version, data, day, reader.Rules);
    }

    /// <summary>The saved version <paramref name="version"/> of the matrix (the shipped one by default), with the change it made; null when there is none.</summary>
    public Storage.SavedMatrix? SavedVersion(int version, string? matrix = null)
    {
        using var store = reader.OpenStore();
        return store.MatrixVersion(matrix ?? ShippedName, version);
    }

    /// <summary>Changes one rating; the matrix is saved as a new version unless the rating is already in force.</summary>
    public RatingResult Rate(RatingRequest request)
    {
        if (!AchRatings.TryParse(request.Rating, out var rating))
        {
            throw RequestValues.Invalid("rating '{0}' is not CC, C, N, I, II or NA", request.Rating);
        }

        var state = string.IsNullOrWhiteSpace(request.State) ? null : request.State.Trim();
        using var store = reader.OpenWritable();
        var (matrix, version) = MatrixEvaluation.Current(store, request.Matrix ?? ShippedName);
        AchMatrix changed;
        try
        {
            changed = matrix.Rate(request.Item, request.Hypothesis, rating, state);
        }
        catch (ArgumentException e)
        {
            throw RequestValues.Invalid("{0}", e.Message.Split(" (Parameter", 2)[0]);
        }

        var change = $"rate {request.Item} {request.Hypothesis} {rating}{(state is null ? "" : $" in state {state}")}";
        return ReferenceEquals(changed, matrix)
            ? new RatingResult(matrix.Name, version, Saved: false, change, rating)
            : new RatingResult(changed.Name, store.SaveMatrix(changed.Name, AchMatrixJson.Write(changed), change, clock.GetUtcNow(), SaverMarking(store, request.Marking)), Saved: true, change, rating);
    }

    /// <summary>
    /// Saves a whole matrix from a JSON file as its next version, under the file's own name, else
    /// <paramref name="name"/>, else the shipped matrix's; a name given that the file contradicts is refused.
    /// </summary>
    public MatrixImport Import(string path, string? name = null, Ingest.IngestMarking? marking = null)
    {
        var matrix = AchMatrixJson.Read(Sources.SourceFiles.ReadJsonText(path), path, name ?? ShippedName);
        if (name is not null && matrix.Name != name)
        {
            throw RequestValues.Invalid("{0} names its matrix '{1}', not '{2}': change the file's name or {matrix} so they agree", path, matrix.Name, name);
        }

        using var store = reader.OpenWritable();
        var version = store.SaveMatrix(matrix.Name, AchMatrixJson.Write(matrix), $"import {Path.GetFileName(path)}", clock.GetUtcNow(), SaverMarking(store, marking));
        return new MatrixImport(matrix.Name, version, matrix.Weights);
    }

    /// <summary>
    /// A saved version's marking, by the rule an ingested file's takes: as asked, else TLP:AMBER for
    /// the saver's organisation (docs/coalition.md, "Markings"). Another organisation reads the
    /// latest version it may see, and rates on top of that one.
    /// </summary>
    private static KhorasanWatch.Coalition.Marking SaverMarking(Storage.IWatchStore store, Ingest.IngestMarking? asked) =>
        Ingest.FileMarking.Resolve(asked ?? new Ingest.IngestMarking(), store, store.Viewer);

    /// <summary>A saved version's number, as a user writes it (1, 2, …); null for the latest.</summary>
    public static int? Version(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1 ? version
        : throw RequestValues.Invalid("{version} '{0}' is not a version number (1, 2, …)", text);
}

/// <summary>Which matrix (the shipped one when null), which saved version (the latest when null), read as of which day.</summary>
public sealed record HypothesesRequest(string? Matrix = null, int? Version = null, DateOnly? AsOf = null);

/// <summary>One rating to set: an evidence item against a hypothesis, and for an indicator item the reading state it applies to.</summary>
public sealed record RatingRequest(string Item, string Hypothesis, string Rating, string? State = null, string? Matrix = null)
{
    /// <summary>The saved version's marking, as asked (null: TLP:AMBER for the saver's organisation).</summary>
    public Ingest.IngestMarking? Marking { get; init; }
}

/// <summary>
/// What a rating did: the matrix's version now in force (null: still the shipped one), whether a
/// new version was saved, the change in words (<c>rate ITEM HYPOTHESIS RATING [in state S]</c>) and the rating parsed.
/// </summary>
public sealed record RatingResult(string Matrix, int? Version, bool Saved, string Change, AchRating Rating);

/// <summary>The matrix an import saved: its name, the version it is now, and its weights.</summary>
public sealed record MatrixImport(string Matrix, int Version, AchWeights Weights);
