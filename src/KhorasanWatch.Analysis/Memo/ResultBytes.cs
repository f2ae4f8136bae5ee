namespace KhorasanWatch.Analysis.Memo;

/// <summary>
/// A memo's bytes for a computation: written with <see cref="Write"/>, read back with
/// <see cref="Read{T}"/>, which gives null (compute again) for bytes that do not read whole,
/// so a damaged memo costs time, never a wrong answer.
/// </summary>
public static class ResultBytes
{
    public static byte[] Write(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>What <paramref name="read"/> makes of the bytes, or null when they end early or hold more.</summary>
    public static T? Read<T>(byte[] bytes, Func<BinaryReader, T?> read)
        where T : class
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        try
        {
            var value = read(reader);
            return reader.BaseStream.Position == bytes.Length ? value : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    public static void WriteDoubles(this BinaryWriter writer, IReadOnlyList<double> values)
    {
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    public static double[] ReadDoubles(this BinaryReader reader)
    {
        var n = reader.ReadInt32();
        if (n < 0 || n > (reader.BaseStream.Length - reader.BaseStream.Position) / sizeof(double))
        {
            throw new EndOfStreamException();
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = reader.ReadDouble();
        }

        return values;
    }
}
