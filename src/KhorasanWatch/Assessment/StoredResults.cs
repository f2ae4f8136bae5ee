using System.Collections.Concurrent;
using KhorasanWatch.Analysis.Memo;

namespace KhorasanWatch.Assessment;

/// <summary>
/// The results a store's readers may take instead of computing them (<see cref="IResultMemo"/>):
/// the warnings' calibrations and the backtests' forecasts that an ingest computes for the default
/// questions (<see cref="WatchData.Refresh"/>), read with the events' snapshot, and any a process
/// computes after, kept in memory for the store's generation (a dashboard asks again). Every entry
/// is named by the digest of all its inputs, so one found is the computation's own result.
/// </summary>
public sealed class StoredResults : IResultMemo
{
    /// <summary>At most this many entries are kept (a calibration is about 3 KB, a question's backtest forecasts about 40 KB).</summary>
    public const int Capacity = 256;

    private const int Format = 1;

    private readonly ConcurrentDictionary<string, byte[]> _results = new(StringComparer.Ordinal);

    public int Count => _results.Count;

    public byte[]? Find(string digest) => _results.TryGetValue(digest, out var bytes) ? bytes : null;

    public void Keep(string digest, byte[] result)
    {
        if (_results.Count < Capacity)
        {
            _results.TryAdd(digest, result);
        }
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Format);
        var entries = _results.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(entries.Count);
        foreach (var (digest, bytes) in entries)
        {
            writer.Write(digest);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
    }

    /// <summary>The results saved in <paramref name="stream"/>; none when it is of another format or does not read whole (they are computed again).</summary>
    public static StoredResults Read(Stream stream)
    {
        var results = new StoredResults();
        try
        {
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Format)
            {
                return results;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count && i < Capacity; i++)
            {
                var digest = reader.ReadString();
                var length = reader.ReadInt32();
                var bytes = length < 0 || length > stream.Length - stream.Position ? [] : reader.ReadBytes(length);
                if (bytes.Length != length)
                {
                    return new StoredResults();
                }

                results._results[digest] = bytes;
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return new StoredResults();
        }

        return results;
    }
}
