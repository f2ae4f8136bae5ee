using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
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
/// leaves the store as it was.
/// </summary>
public sealed class Ingestor(IEventStore store, WatchProfile profile, Gazetteer gazetteer, ProvinceLocator? locator = null)
{
    public const int MaxRejectsReported = 1000;
    private const int BatchSize = 256;

    private readonly EventLinkRule _linkRule = new(profile.GenericActorIds);

    public FileReport Ingest(string path, EventSource? source = null, Encoding? encoding = null, Action<double>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        using var opened = SourceFormats.Open(path, source, gazetteer, encoding);
        var queue = Channel.CreateBounded<Batch>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => Produce(opened, queue.Writer, progress, cancel), cancel);

        using var writer = store.BeginFile(path, opened.Source, _linkRule);
        long read = 0, added = 0, updated = 0, unchanged = 0, rejected = 0, warnings = 0;
        var rejects = new List<RowIssue>();
        try
        {
            while (queue.Reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult())
            {
                while (queue.Reader.TryRead(out var batch))
                {
                    foreach (var row in batch.Rows)
                    {
                        read++;
                        foreach (var warning in row.Warnings ?? [])
                        {
                            writer.Warn(warning);
                            warnings++;
                        }

                        if (row.Event is null)
                        {
                            var issue = row.Rejection!; // a row without an event always carries its rejection
                            writer.Reject(issue, row.Raw);
                            rejected++;
                            if (rejects.Count < MaxRejectsReported)
                            {
                                rejects.Add(issue);
                            }

                            continue;
                        }

                        switch (writer.Upsert(row.Event, row.Line, new RawRecord(batch.Raw, row.Index, row.ContentHash)))
                        {
                            case UpsertOutcome.Added: added++; break;
                            case UpsertOutcome.Updated: updated++; break;
                            default: unchanged++; break;
                        }
                    }
                }
            }
        }
        finally
        {
            // Surface the reader's own failure (bad encoding, a vanished file) rather than the queue's.
            if (producer.IsFaulted)
            {
                producer.GetAwaiter().GetResult();
            }
        }

        producer.GetAwaiter().GetResult();
        cancel.ThrowIfCancellationRequested();
        var linked = writer.LinkAcrossSources();
        var counts = new IngestCounts(read, added, updated, unchanged, rejected, warnings, linked);
        writer.Commit(counts);
        return new FileReport(path, opened.Source, counts, rejects, clock.Elapsed);
    }

    private void Produce(SourceFormats.Opened opened, ChannelWriter<Batch> queue, Action<double>? progress, CancellationToken cancel)
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
                    cancel.ThrowIfCancellationRequested();
                    queue.WriteAsync(Seal(rows), cancel).AsTask().GetAwaiter().GetResult();
                    rows.Clear();
                    progress?.Invoke(opened.File.Progress);
                }
            }

            if (rows.Count > 0)
            {
                queue.WriteAsync(Seal(rows), cancel).AsTask().GetAwaiter().GetResult();
            }

            progress?.Invoke(1);
            queue.Complete();
        }
        catch (Exception e)
        {
            queue.Complete(e);
            throw;
        }
    }

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

        if (e.Admin1 is null && e.Latitude is { } lat && e.Longitude is { } lon && locator?.Locate(e.Country, lat, lon) is { } province)
        {
            e = e with { Admin1 = province, Admin1Derived = true };
        }

        return new MappedRow(profile.Classify(e), null, result.Warnings, row.Line, row.Raw, index, EventIds.ContentHash(row.Raw));
    }

    private sealed record MappedRow(ConflictEvent? Event, RowIssue? Rejection, IReadOnlyList<RowIssue>? Warnings, long Line, string Raw, int Index, long ContentHash);

    private sealed record Batch(MappedRow[] Rows, RawBlock Raw);
}
