using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KhorasanWatch.Analysis.Memo;

/// <summary>
/// The SHA-256 digest of a computation's inputs, written field by field in a fixed order, with the
/// computation's name and the build of the code that computes (the analysis assembly's module id,
/// which a deterministic build changes exactly when the compiled code changes, with the runtime,
/// the processor's architecture and the numerics library's version): two digests are equal only
/// for the same question put to the same code.
/// </summary>
public sealed class ResultDigest : IDisposable
{
    private static readonly Guid Build = typeof(ResultDigest).Assembly.ManifestModule.ModuleVersionId;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _scratch = new byte[16];

    public ResultDigest(string computation)
    {
        Add(computation);
        Build.TryWriteBytes(_scratch);
        _hash.AppendData(_scratch, 0, 16);
        Add(Platform); // the runtime and the machine's maths: another host's last bits may differ
    }

    private static readonly string Platform =
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}|{System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}|" +
        $"{typeof(MathNet.Numerics.Constants).Assembly.GetName().Version}";

    public ResultDigest Add(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_scratch, value);
        _hash.AppendData(_scratch, 0, 4);
        return this;
    }

    public ResultDigest Add(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, value);
        _hash.AppendData(_scratch, 0, 8);
        return this;
    }

    public ResultDigest Add(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_scratch, value);
        _hash.AppendData(_scratch, 0, 8);
        return this;
    }

    public ResultDigest Add(bool value) => Add(value ? 1 : 0);

    /// <summary>A string, after its length, so that ("ab", "c") and ("a", "bc") differ.</summary>
    public ResultDigest Add(string? value)
    {
        if (value is null)
        {
            return Add(-1);
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        Add(bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>Integers, after their count.</summary>
    public ResultDigest Add(ReadOnlySpan<int> values)
    {
        Add(values.Length);
        foreach (var v in values)
        {
            Add(v);
        }

        return this;
    }

    /// <summary>The digest as lowercase hex.</summary>
    public string Text() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
