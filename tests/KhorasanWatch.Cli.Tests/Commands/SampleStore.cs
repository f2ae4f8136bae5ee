using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KhorasanWatch.TestSupport;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// A store made as a new user makes it — <c>kwatch ingest</c> of the shipped sample and <c>kwatch
/// claims import</c> of the shipped register — and the reports <c>kwatch report</c> writes from it,
/// with the ways a test reads them back: the text as a reader sees it, a footnote's event ids, and
/// the stored events of a window.
/// </summary>
internal sealed partial class SampleStore : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleStore()
    {
        Assert.Equal(0, CliRun.Of("ingest", Path.Combine(RepoPaths.Samples, "iskp-notable-attacks.csv"), "--db", Db).ExitCode);
        var claims = CliRun.Of("claims", "import", Path.Combine(RepoPaths.Samples, "claims", "iskp-paper-claims.csv"), "--db", Db);
        Assert.True(claims.ExitCode == 0, claims.Error);
    }

    public string Db => _temp.File("k.db");

    public string Folder => _temp.Path;

    public string File(string name) => _temp.File(name);

    /// <summary>The report's HTML for <paramref name="args"/> (the store and the output file are added).</summary>
    public string Report(params string[] args)
    {
        var path = _temp.File($"report-{Guid.NewGuid():N}.html");
        var run = CliRun.Of(["report", "--db", Db, "--out", path, .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        return System.IO.File.ReadAllText(path);
    }

    /// <summary>What a reader sees: no styles, no charts, no tags, entities decoded.</summary>
    public static string Text(string html) =>
        System.Net.WebUtility.HtmlDecode(Tags().Replace(StylesAndCharts().Replace(html, ""), " "));

    /// <summary>The part of the report from one section's heading to the next's.</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"<h2 id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("<h2 ", start + 1, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    /// <summary>The body of footnote <paramref name="number"/>.</summary>
    public static string Footnote(string html, string number)
    {
        var note = Regex.Match(html, $"<li id=\"fn-{number}\">(.*?)</li>\\n", RegexOptions.Singleline);
        Assert.True(note.Success, $"footnote {number} is missing");
        return note.Groups[1].Value;
    }

    /// <summary>The event ids a footnote lists, in the <c>&lt;code&gt;</c> of each detailed line.</summary>
    public static List<string> FootnoteIds(string html, string number) =>
        Regex.Matches(Footnote(html, number), "<code>(acled:[^<]+)</code>").Select(m => m.Groups[1].Value).ToList();

    /// <summary>The number of the footnote cited right after <paramref name="shown"/> (its HTML).</summary>
    public static string NoteAfter(string html, string shown)
    {
        var cite = Regex.Match(html, Regex.Escape(shown) + "<sup class=\"fn\"><a href=\"#fn-(\\d+)\">");
        Assert.True(cite.Success, $"no footnote right after “{shown}”");
        return cite.Groups[1].Value;
    }

    /// <summary>The ids of the stored ISKP attacks from <paramref name="from"/> to <paramref name="to"/> that <paramref name="counts"/> keeps.</summary>
    public List<string> Attacks(string from, string to, Func<JsonElement, bool>? counts = null)
    {
        var run = CliRun.Of("events", "--db", Db, "--actor", "iskp", "--from", from, "--to", to, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("role").GetString() == "perpetrator" && e.GetProperty("attribution").GetString() == "certain" && (counts?.Invoke(e) ?? true))
            .Select(e => e.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static int Killed(JsonElement e) =>
        e.GetProperty("fatalities_best").ValueKind == JsonValueKind.Number ? e.GetProperty("fatalities_best").GetInt32() : -1;

    public static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex("<(style|svg)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex StylesAndCharts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
