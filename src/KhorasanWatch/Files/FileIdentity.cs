using System.Runtime.InteropServices;

namespace KhorasanWatch.Files;

/// <summary>
/// Whether two paths name the same file: by device and inode where both exist (so a hard link or
/// a symbolic link to the store is caught, not only the same spelling), else by the full path with
/// every symbolic link along it resolved. Used before a command writes, so that no output can
/// overwrite the store or another output.
/// </summary>
public static partial class FileIdentity
{
    public static bool Same(string a, string b)
    {
        if (Inode(a) is { } first && Inode(b) is { } second)
        {
            return first == second;
        }

        return string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
    }

    /// <summary>The full path with every link along it resolved, for a file that may not exist yet.</summary>
    private static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var target = Directory.Exists(current) ? Directory.ResolveLinkTarget(current, returnFinalTarget: true)
                : File.Exists(current) ? File.ResolveLinkTarget(current, returnFinalTarget: true)
                : null;
            current = target?.FullName ?? current;
        }

        return current;
    }

    /// <summary>(device, inode) of an existing file on Linux: the first two 64-bit fields of struct stat there.</summary>
    private static (ulong Device, ulong Inode)? Inode(string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(path) || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) == 0 ? (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8)) : null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
