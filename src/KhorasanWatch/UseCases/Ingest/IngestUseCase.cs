using System.Text;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Assessment;
using KhorasanWatch.Geo;
using KhorasanWatch.Hosting;
using KhorasanWatch.Ingestion;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.UseCases.Ingest;

/// <summary>
/// Loads event files into the configured store, each whole or not at all: a file whose format is
/// refused is reported and the others still load; provinces are derived from the store's
/// boundaries when it has them; what the reading uses load is refreshed after. A store this run
/// created and left empty (every file refused, or a crash) is removed, so nothing is left behind a
/// failed command.
/// </summary>
public sealed class IngestUseCase(IStoreFactory stores, WatchReader reader, KhorasanWatchOptions options, TimeProvider clock)
{
    public IngestResult Ingest(IngestRequest request, IIngestObserver? observer = null)
    {
        var created = !stores.Exists(options.Store);
        var stored = false;
        try
        {
            var result = Load(request, observer);
            stored = result.Stored;
            return result;
        }
        finally
        {
            if (created && !stored)
            {
                stores.Remove(options.Store);
            }
        }
    }

    /// <summary>A watch profile from a JSON file (the shipped ISKP profile is <see cref="WatchProfile.Iskp"/>).</summary>
    public static WatchProfile ReadProfile(string path)
    {
        using var stream = SourceFiles.OpenRead(path);
        SourceFiles.CheckJsonSize(stream, path);
        return WatchProfileReader.Read(stream, path);
    }

    private IngestResult Load(IngestRequest request, IIngestObserver? observer)
    {
        using var store = observer is null ? reader.OpenWritable() : reader.OpenWritable(observer.Note);
        var marking = FileMarking.Resolve(request.Marking ?? new IngestMarking(), store, store.Viewer);
        var boundaries = store.LoadBoundaries();
        var ingestor = new Ingestor(store, request.Profile ?? options.Profile, Gazetteer.Default, boundaries.Count > 0 ? new ProvinceLocator(boundaries) : null, clock, marking);
        var reports = new List<FileReport>();
        var refused = new List<RefusedFile>();
        foreach (var file in request.Files)
        {
            try
            {
                reports.Add(observer is null
                    ? ingestor.Ingest(file, request.Source, request.Encoding)
                    : observer.Track(file, progress => ingestor.Ingest(file, request.Source, request.Encoding, progress)));
            }
            catch (SourceFormatException e)
            {
                var refusal = new RefusedFile(file, e.Stated, e.Suggested);
                refused.Add(refusal);
                observer?.Refused(refusal);
            }
        }

        if (reports.Count > 0)
        {
            WatchData.Refresh(store, options.Profile, options.Rules); // what the reading verbs load, with their profile, for the events as they now are
        }

        return new IngestResult(reports, refused);
    }
}

/// <summary>Which files, read as which source (from each file's header when null), in which text encoding, resolved by which profile (the configured one when null).</summary>
public sealed record IngestRequest(IReadOnlyList<string> Files, EventSource? Source = null, Encoding? Encoding = null, WatchProfile? Profile = null)
{
    /// <summary>The marking the files' rows take (docs/coalition.md, "Markings"); null: the defaults.</summary>
    public IngestMarking? Marking { get; init; }
}

/// <summary>Each loaded file's report, and the files refused whole with the reason.</summary>
public sealed record IngestResult(IReadOnlyList<FileReport> Reports, IReadOnlyList<RefusedFile> Refused)
{
    /// <summary>Whether the store holds any of the files' events now (added, updated or already there).</summary>
    public bool Stored => Reports.Any(r => r.Counts.Added + r.Counts.Updated + r.Counts.Unchanged > 0);
}

/// <summary>
/// A file the ingest refused whole: not a format it reads, or unreadable. <see cref="Stated"/> says
/// why; <see cref="Suggested"/> is the step that helps, if any, for the host to word.
/// </summary>
public sealed record RefusedFile(string File, string Stated, NextStep? Suggested = null) : ISuggestsNextStep;

/// <summary>How a host follows an ingest: progress per file, files refused as they are, notes such as a store's upgrade.</summary>
public interface IIngestObserver
{
    /// <summary>Runs <paramref name="ingest"/> for <paramref name="file"/>, passing it a callback that takes the fraction done.</summary>
    FileReport Track(string file, Func<Action<double>, FileReport> ingest);

    void Refused(RefusedFile refusal);

    void Note(string message);
}
