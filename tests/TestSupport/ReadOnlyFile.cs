using System.Diagnostics;

namespace KhorasanWatch.TestSupport;

/// <summary>
/// Makes a file that this process may read but not write, and undoes it on dispose. As root
/// (where CI runs) file modes do not stop a write, so the file is made immutable (`chattr +i`);
/// otherwise its mode is set to read-only. Skips, saying why, where neither holds.
/// </summary>
internal sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;

    public ReadOnlyFile(string path)
    {
        _path = path;
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
        {
            _immutable = Chattr("+i");
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        Assert.SkipWhen(Writable(path), $"{path} could not be made read-only for this process (as root it needs chattr and an ext2/3/4-style file system); the test is skipped.");
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i");
        }
        else if (File.Exists(_path) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private bool Chattr(string flag)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, _path]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static bool Writable(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
