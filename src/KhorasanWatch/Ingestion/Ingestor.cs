using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Geo;
using KhorasanWatch.Sources;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Ingestion;

/// <summary>
/// Ingests source files into a store, one transaction per file. Reading, mapping and classifying
/// run on one thread while the store writes on another, joined by a small bounded queue, so memory
/// stays flat whatever the file size. A file that fails part-way (bad encoding, cancellation)
/// leaves the store as it was. Every row a file delivers takes the ingest's marking (null:
/// <see cref="Coalition.Marking.Unmarked"/>).
/// </summary>
public sealed class Ingestor(IEventStore store, WatchProfile profile, Gazetteer gazetteer, ProvinceLocator? locator = null, TimeProvider? clock = null, Coalition.Marking? marking = null)
{
    public const int MaxRejectsReported = 1000;

    /// <summary>The longest note an event keeps: ACLED's and GTD's run to a few thousand characters.</summary>
    public const int MaxNotes = 20_000;
    // Small batches keep every buffer of a batch (its rows and its packed raw block) below the
    // large-object threshold; with 2,048-row batches most collections were full (gen 2) ones.
    private const int BatchSize = 256;
    // A short queue keeps few rows alive across collections: 16 batches meant 5.5 s of GC pauses
    // in a 2.4M-row ingest, 4 batches 0.9 s, for the same throughput.
    private const int QueueDepth = 4;

    private readonly EventLinkRule _linkRule = new(profile.GenericActorIds);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public FileReport Ingest(string path, EventSource? source = null, Encoding? encoding = null, Action<double>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        using var opened = SourceFormats.Open(path, source, gazetteer, encoding);

        // A plain blocking queue between two dedicated threads: an async channel woke thread-pool
        // continuations for every batch, which on two cores cost more than it saved.
        using var queue = new BlockingCollection<Batch>(QueueDepth);
        using var stopReader = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        Exception? readerFailure = null;
        var reader = new Thread(() => readerFailure = Produce(opened, queue, progress, stopReader.Token)) { IsBackground = true, Name = "kwatch reader" };
        reader.Start();

        using var writer = store.BeginFile(path, opened.Source, _linkRule, _clock.GetUtcNow(), marking);
        var tally = new Tally();
        foreach (var missing in SourceFormats.MissingFigures(opened.Source, opened.File.Columns))
        {
            Warn(new RowIssue(path, 1, missing.Column, $"the header has no {missing.Column} column; {missing.Consequence}"), writer, tally);
        }

        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancel))
            {
                Write(batch, writer, tally, path, IdField(opened.Source));
            }
        }
        finally
        {
            // When the writer failed or was cancelled, stop the reader rather than leave it waiting for room.
            stopReader.Cancel();
            reader.Join();
        }

        if (readerFailure is not null)
        {
            ExceptionDispatchInfo.Throw(readerFailure); // the reader's own failure: bad encoding, a vanished file
        }

        cancel.ThrowIfCancellationRequested();
        var linked = writer.LinkAcrossSources();
        var counts = new IngestCounts(tally.Read, tally.Added, tally.Updated, tally.Unchanged, tally.Rejected, tally.Warnings, linked);
        writer.Commit(counts);
        return new FileReport(path, opened.Source, counts, tally.Rejects, clock.Elapsed) { Warnings = tally.WarningList };
    }

    private static void Write(Batch batch, IFileWriter writer, Tally tally, string path, string idField)
    {
        foreach (var row in batch.Rows)
        {
            tally.Read++;
            foreach (var warning in row.Warnings ?? [])
            {
                Warn(warning, writer, tally);
            }

            if (row.Event is null)
            {
                Reject(row.Rejection!, row.Raw, writer, tally); // a row without an event always carries its rejection
                continue;
            }

            switch (writer.Upsert(row.Event, row.Line, new RawRecord(batch.Raw, row.Index, row.ContentHash), out var firstLine))
            {
                case UpsertOutcome.Added: tally.Added++; break;
                case UpsertOutcome.Updated: tally.Updated++; break;
                case UpsertOutcome.Duplicate:
                    // Two rows of one file cannot both be the event, and a silent overwrite would lose one: the first is kept.
                    Reject(new RowIssue(path, row.Line, idField, $"duplicate event id '{row.Event.SourceEventId}': line {firstLine} has it already, and the first row is kept"), row.Raw, writer, tally);
                    break;
                default: tally.Unchanged++; break;
            }
        }
    }

    private static void Warn(RowIssue issue, IFileWriter writer, Tally tally)
    {
        writer.Warn(issue);
        tally.Warnings++;
        if (tally.WarningList.Count < MaxRejectsReported)
        {
            tally.WarningList.Add(issue);
        }
    }

    private static void Reject(RowIssue issue, string raw, IFileWriter writer, Tally tally)
    {
        writer.Reject(issue, raw);
        tally.Rejected++;
        if (tally.Rejects.Count < MaxRejectsReported)
        {
            tally.Rejects.Add(issue);
        }
    }

    /// <summary>Reads, maps and classifies the file into batches; returns the failure that stopped it, if any.</summary>
    private Exception? Produce(SourceFormats.Opened opened, BlockingCollection<Batch> queue, Action<double>? progress, CancellationToken cancel)
    {
        try
        {
            var rows = new List<MappedRow>(BatchSize);
            var columns = opened.File.Columns.Count;
            foreach (var row in opened.File.Rows())
            {
                rows.Add(Map(opened.Mapper, row, columns, rows.Count));
                if (rows.Count == BatchSize)
                {
                    queue.Add(Seal(rows), cancel);
                    rows.Clear();
                    progress?.Invoke(opened.File.Progress);
                }
            }

            if (rows.Count > 0)
            {
                queue.Add(Seal(rows), cancel);
            }

            progress?.Invoke(1);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static string IdField(EventSource source) => source switch
    {
        EventSource.Acled => "event_id_cnty",
        EventSource.Ucdp => "id",
        EventSource.Gtd => "eventid",
        _ => "event id",
    };

    /// <summary>Freezes a batch and compresses its raw rows, on the reading thread, which has time to spare.</summary>
    private static Batch Seal(List<MappedRow> rows) => new([.. rows], RawBlock.Pack([.. rows.Select(r => r.Raw)]));

    private MappedRow Map(ISourceMapper mapper, SourceRow row, int columns, int index)
    {
        if (row.Count != columns)
        {
            var issue = row.Count < columns
                ? row.Issue(row.Count, $"truncated line: {row.Count} of {columns} fields")
                : row.Issue($"column {columns + 1}", $"{row.Count} fields where the header has {columns}");
            return new MappedRow(null, issue, null, row.Line, row.Raw, index, 0);
        }

        var result = mapper.Map(row);
        if (result.Event is not { } e)
        {
            return new MappedRow(null, result.Rejection, result.Warnings, row.Line, row.Raw, index, 0);
        }

        // A day after today's in UTC still counts as today somewhere.
        var coverage = SourceCoverage.Of(e.Source);
        if (coverage.Refuses(e.Date, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(1)) is { } outside)
        {
            return new MappedRow(null, row.Issue(coverage.DateField, outside), result.Warnings, row.Line, row.Raw, index, 0);
        }

        var warnings = result.Warnings;
        if (e.Notes is { Length: > MaxNotes } notes)
        {
            // A note of megabytes is damage, not reporting: the event is kept with the start of it, and said so.
            e = e with { Notes = notes[..MaxNotes] + "…" };
            warnings = [.. warnings ?? [], new RowIssue(row.File, row.Line, "notes", $"held {notes.Length:#,0} characters; kept the first {MaxNotes:#,0}")];
        }

        if (e.Admin1 is null && e.Latitude is { } lat && e.Longitude is { } lon && locator?.Locate(e.Country, lat, lon) is { } province)
        {
            e = e with { Admin1 = province, Admin1Derived = true };
        }

        return new MappedRow(profile.Classify(e), null, warnings, row.Line, row.Raw, index, EventIds.ContentHash(row.Raw));
    }

    private sealed record MappedRow(ConflictEvent? Event, RowIssue? Rejection, IReadOnlyList<RowIssue>? Warnings, long Line, string Raw, int Index, long ContentHash);

    private sealed record Batch(MappedRow[] Rows, RawBlock Raw);

    private sealed class Tally
    {
        public long Read { get; set; }

        public long Added { get; set; }

        public long Updated { get; set; }

        public long Unchanged { get; set; }

        public long Rejected { get; set; }

        public long Warnings { get; set; }

        public List<RowIssue> WarningList { get; } = [];

        public List<RowIssue> Rejects { get; } = [];
    }
}
