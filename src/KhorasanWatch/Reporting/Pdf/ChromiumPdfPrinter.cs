using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace KhorasanWatch.Reporting.Pdf;

/// <summary>
/// Prints a self-contained HTML report to PDF with headless Chromium, the browser the report is
/// designed and tested in, so the PDF shows what the page shows: the fonts, the inline SVG charts
/// and the TLP banners, which CSS <c>position: fixed</c> repeats on every printed page.
/// </summary>
/// <remarks>
/// A plain process launch: the product needs no browser driver, only Debian's <c>chromium</c>
/// package. The PDF is written to a temporary file beside the target and moved into place only
/// when Chromium succeeded, so a failed print never leaves a half file nor replaces an older PDF.
/// Each run has a fresh profile folder, deleted afterwards, so runs share no state or locks.
/// </remarks>
public static class ChromiumPdfPrinter
{
    /// <summary>The environment variable that names the Chromium executable to use.</summary>
    public const string PathVariable = "KWATCH_CHROMIUM";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private const string DebianPath = "/usr/bin/chromium";

    private const string InstallHint = "install Debian's chromium package (apt-get install chromium) or set " + PathVariable;

    // How long to wait for the last of Chromium's stderr once it has exited; a helper process that
    // outlives the browser may keep the pipe open, and the message must not wait for it.
    private static readonly TimeSpan StderrGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>, replacing any file there.
    /// Throws <see cref="PdfPrintException"/> when there is no Chromium, when it fails or runs
    /// longer than <paramref name="timeout"/> (60 s by default; it is then killed), or when it
    /// writes nothing.
    /// </summary>
    public static void Print(string htmlPath, string pdfPath, string? chromiumPath = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero, nameof(timeout));
        var chromium = Find(chromiumPath) ?? throw new PdfPrintException(
            Chosen(chromiumPath) is { } chosen ? $"Chromium was not found at {chosen}; {InstallHint}" : $"Chromium was not found; {InstallHint}");
        var html = Path.GetFullPath(htmlPath);
        if (!File.Exists(html))
        {
            throw new PdfPrintException($"{htmlPath} does not exist; there is no report to print");
        }

        var target = Path.GetFullPath(pdfPath);
        if (Path.GetDirectoryName(target) is not { } folder || !Directory.Exists(folder))
        {
            throw new PdfPrintException($"{pdfPath} cannot be written: its folder does not exist");
        }

        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        var profile = Directory.CreateTempSubdirectory("kwatch-chromium-");
        try
        {
            Run(chromium, Arguments(html, partial, profile.FullName), limit);
            if (!File.Exists(partial) || new FileInfo(partial).Length == 0)
            {
                throw new PdfPrintException($"Chromium did not write {pdfPath}");
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial); // nothing there after a successful move
            DeleteQuietly(profile);
        }
    }

    /// <summary>
    /// The Chromium executable <see cref="Print"/> would run, or null when there is none: the
    /// given path, else <see cref="PathVariable"/>, else /usr/bin/chromium, else <c>chromium</c> or
    /// <c>chromium-browser</c> on PATH. A path that was asked for but is absent gives null rather
    /// than a silent fall-back to another browser.
    /// </summary>
    public static string? Find(string? chromiumPath = null) =>
        Chosen(chromiumPath) is { } chosen
            ? Resolve(chosen)
            : File.Exists(DebianPath) ? DebianPath : Resolve("chromium") ?? Resolve("chromium-browser");

    private static string? Chosen(string? chromiumPath) =>
        !string.IsNullOrEmpty(chromiumPath) ? chromiumPath
        : Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : null;

    /// <summary>A path as it is, a bare name looked up on PATH as a shell would.</summary>
    private static string? Resolve(string pathOrName)
    {
        if (pathOrName.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(pathOrName) ? Path.GetFullPath(pathOrName) : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, pathOrName)).FirstOrDefault(File.Exists);
    }

    private static List<string> Arguments(string html, string pdf, string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri,
    ];

    private static void Run(string chromium, List<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(chromium) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        arguments.ForEach(start.ArgumentList.Add);
        using var process = Start(start);
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync(); // drained so that a full pipe cannot stall Chromium
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new PdfPrintException(string.Create(CultureInfo.InvariantCulture,
                $"Chromium did not finish printing within {timeout.TotalSeconds:0.#} s and was stopped"));
        }

        if (process.ExitCode != 0)
        {
            var reason = stderr.Wait(StderrGrace) ? LastReason(stderr.Result) : null;
            throw new PdfPrintException(string.Create(CultureInfo.InvariantCulture,
                $"Chromium exited with code {process.ExitCode}{(reason is null ? "" : ": " + reason)}"));
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new PdfPrintException($"Chromium at {start.FileName} could not be started");
        }
        catch (Win32Exception e)
        {
            throw new PdfPrintException($"Chromium at {start.FileName} could not be started: {e.Message}");
        }
    }

    /// <summary>The last line of stderr that says something; Chromium's dbus complaints never do.</summary>
    private static string? LastReason(string stderr) =>
        stderr.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .LastOrDefault(line => !line.Contains("dbus", StringComparison.OrdinalIgnoreCase));

    private static void DeleteQuietly(DirectoryInfo profile)
    {
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A Chromium helper that outlived the browser still holds a file; the temp folder is the OS's to clean.
        }
    }
}
