using System.Buffers;
using System.Text;
using K4os.Compression.LZ4;

namespace KhorasanWatch.Storage;

/// <summary>
/// The raw source rows of one ingest batch, compressed together with LZ4. Every event keeps its
/// raw row for provenance as a reference (block, index). LZ4 is chosen for speed: packing runs on
/// the reading thread of a bulk ingest, where zlib cost as much as parsing, and a block of a few
/// thousand similar rows still shrinks about threefold.
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

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static RawBlock Pack(IReadOnlyList<string> rows)
    {
        // One buffer per thread, reused: a fresh one per block would be a large-object allocation.
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        WriteInt(buffer, rows.Count);
        foreach (var row in rows)
        {
            var length = Encoding.UTF8.GetByteCount(row);
            WriteInt(buffer, length);
            Encoding.UTF8.GetBytes(row, buffer.GetSpan(length));
            buffer.Advance(length);
        }

        return new RawBlock(LZ4Pickler.Pickle(buffer.WrittenSpan, LZ4Level.L00_FAST), rows.Count);
    }

    public static IReadOnlyList<string> Unpack(byte[] data)
    {
        ReadOnlySpan<byte> bytes = LZ4Pickler.Unpickle(data);
        var rows = new string[ReadInt(ref bytes)];
        for (var i = 0; i < rows.Length; i++)
        {
            var length = ReadInt(ref bytes);
            rows[i] = Encoding.UTF8.GetString(bytes[..length]);
            bytes = bytes[length..];
        }

        return rows;
    }

    private static void WriteInt(ArrayBufferWriter<byte> buffer, int value)
    {
        BitConverter.TryWriteBytes(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static int ReadInt(ref ReadOnlySpan<byte> bytes)
    {
        var value = BitConverter.ToInt32(bytes);
        bytes = bytes[4..];
        return value;
    }
}

/// <summary>Where one event's raw row is kept, and the hash that tells a changed row from an unchanged one.</summary>
public readonly record struct RawRecord(RawBlock Block, int Index, long ContentHash);
