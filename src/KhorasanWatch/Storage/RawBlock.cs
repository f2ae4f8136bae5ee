using System.IO.Compression;
using System.Text;

namespace KhorasanWatch.Storage;

/// <summary>
/// The raw source rows of one ingest batch, compressed together. Every event keeps its raw row
/// for provenance as a reference (block, index); compressing a few thousand rows at once costs
/// little CPU, shrinks the store several times over, and keeps the per-row insert small.
/// </summary>
public sealed class RawBlock
{
    private RawBlock(byte[] data, int count)
    {
        Data = data;
        Count = count;
    }

    public byte[] Data { get; }

    public int Count { get; }

    public static RawBlock Pack(IReadOnlyList<string> rows)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate, Encoding.UTF8))
        {
            writer.Write(rows.Count);
            foreach (var row in rows)
            {
                writer.Write(row);
            }
        }

        return new RawBlock(buffer.ToArray(), rows.Count);
    }

    public static IReadOnlyList<string> Unpack(byte[] data)
    {
        using var deflate = new DeflateStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new BinaryReader(deflate, Encoding.UTF8);
        var rows = new string[reader.ReadInt32()];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = reader.ReadString();
        }

        return rows;
    }
}

/// <summary>Where one event's raw row is kept, and the hash that tells a changed row from an unchanged one.</summary>
public readonly record struct RawRecord(RawBlock Block, int Index, long ContentHash);
