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

    /// <summary>
    /// What a path names: nothing, a regular file, a folder, or something else (a FIFO, a device, a
    /// socket) that a verb must neither read as a file (a FIFO blocks, /dev/zero never ends) nor
    /// replace by renaming a file over it. Links are followed.
    /// </summary>
    public static FileKind Kind(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Folder;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (!OperatingSystem.IsLinux() || ModeOffset() is not { } offset)
        {
            return FileKind.Regular;
        }

        var buffer = new byte[256];
        try
        {
            // S_IFMT 0170000, S_IFREG 0100000.
            return Stat(path, buffer) != 0 || (BitConverter.ToUInt32(buffer, offset) & 0xF000) == 0x8000 ? FileKind.Regular : FileKind.Special;
        }
        catch (EntryPointNotFoundException)
        {
            return FileKind.Regular;
        }
    }

    /// <summary>Where st_mode sits in struct stat: after st_dev, st_ino and a 64-bit st_nlink on x86-64; after st_dev and st_ino on the generic layout of ARM64.</summary>
    private static int? ModeOffset() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

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

/// <summary>What a path names, for <see cref="FileIdentity.Kind"/>.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Folder,
    Special,
}
