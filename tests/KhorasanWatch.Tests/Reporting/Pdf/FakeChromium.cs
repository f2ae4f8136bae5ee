using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Tests.Reporting.Pdf;

/// <summary>A shell script that stands in for Chromium, to fail on cue.</summary>
internal static class FakeChromium
{
    public const string DbusNoise = "[1431:1460:1127/200305.584954:ERROR:dbus/bus.cc:405] Failed to connect to the bus: No such file or directory";

    /// <summary>
    /// Writes the script: it sets <c>$out</c> to the file it was told to print to, then runs
    /// <paramref name="behaviour"/> (shell lines).
    /// </summary>
    public static string Write(TempFolder temp, string behaviour)
    {
        var path = temp.Write("fake-chromium", $$"""
            #!/bin/sh
            for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done
            {{behaviour}}

            """);
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("A fake Chromium is a shell script.");
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
