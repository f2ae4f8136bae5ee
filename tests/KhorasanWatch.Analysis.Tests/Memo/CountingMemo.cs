using System.Collections.Concurrent;
using KhorasanWatch.Analysis.Memo;

namespace KhorasanWatch.Analysis.Tests.Memo;

/// <summary>A memo that counts what it was asked: how many digests it found and how many results it was given.</summary>
internal sealed class CountingMemo : IResultMemo
{
    private int _found;

    public ConcurrentDictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);

    public int Found => _found;

    public byte[]? Find(string digest)
    {
        if (!Entries.TryGetValue(digest, out var bytes))
        {
            return null;
        }

        Interlocked.Increment(ref _found);
        return bytes;
    }

    public void Keep(string digest, byte[] result) => Entries[digest] = result;
}
