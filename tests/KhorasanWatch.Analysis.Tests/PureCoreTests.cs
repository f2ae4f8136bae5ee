using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace KhorasanWatch.Analysis.Tests;

/// <summary>
/// The analysis core does no IO, by rule: it references no package or assembly that reads files,
/// networks, processes or the environment, and no such type. It may parse a stream it is given
/// (its embedded profile, gazetteer and matrix), which is not IO of its own.
/// </summary>
public sealed class PureCoreTests
{
    private static readonly string[] AllowedAssemblies =
    [
        "System.Runtime", "System.Collections", "System.Collections.Concurrent", "System.Collections.Immutable", "System.Linq", "System.Linq.Parallel",
        "System.Memory", "System.Text.Json", "System.Text.Encodings.Web", "System.Text.RegularExpressions", "System.Runtime.Intrinsics",
        "System.Numerics.Vectors", "System.Threading", "MathNet.Numerics",
        "System.Security.Cryptography", // SHA-256 of a computation's inputs (Memo.ResultDigest): arithmetic, not IO
    ];

    private static readonly string[] ForbiddenTypes =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.Path",
        "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.Console", "System.Environment", "System.Diagnostics.Process",
    ];

    [Fact]
    public void TheAnalysisAssembly_ReferencesNoIoAssembly()
    {
        using var pe = new PEReader(File.OpenRead(typeof(KhorasanWatch.Analysis.Events.ConflictEvent).Assembly.Location));
        var metadata = pe.GetMetadataReader();

        var referenced = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

        Assert.Contains("MathNet.Numerics", referenced); // the reader sees the references at all
        Assert.Empty(referenced.Except(AllowedAssemblies, StringComparer.Ordinal));
    }

    [Fact]
    public void TheAnalysisAssembly_UsesNoFileNetworkProcessOrEnvironmentType()
    {
        using var pe = new PEReader(File.OpenRead(typeof(KhorasanWatch.Analysis.Events.ConflictEvent).Assembly.Location));
        var metadata = pe.GetMetadataReader();

        var types = metadata.TypeReferences.Select(h => metadata.GetTypeReference(h)).Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}").ToList();

        Assert.Contains("System.IO.Stream", types); // it parses streams it is given
        Assert.DoesNotContain(types, t => ForbiddenTypes.Contains(t, StringComparer.Ordinal) || t.StartsWith("System.Net.", StringComparison.Ordinal));
    }
}
