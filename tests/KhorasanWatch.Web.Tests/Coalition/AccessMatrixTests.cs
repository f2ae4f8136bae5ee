using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KhorasanWatch.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KhorasanWatch.Web.Tests.Coalition;

/// <summary>
/// The access matrix (issue 16, item 4): a store of four organisations, each with an admin, an
/// analyst and a viewer, holds one file of ISKP events under each TLP 2.0 marking, and one claim
/// under each. Every user reads it through every path — the CLI's verbs and the API's endpoints —
/// and each path's answer must show, count and mention exactly the objects the user's markings
/// allow: ids listed, totals counted, footnotes and rejected rows named. Who may see what is
/// written out here by hand from TLP 2.0, not computed by the rule under test.
/// </summary>
public sealed class AccessMatrixTests : IAsyncLifetime
{
    private static readonly string[] Organisations = ["fin", "est", "lva", "out"];
    private static readonly string[] Roles = ["admin", "analyst", "viewer"];
    private static readonly string[] Levels = ["clear", "green", "amber", "amber+strict", "red"];

    /// <summary>The events of each marking: three attacks (and one event of other actors, counted in totals).</summary>
    private const int AttacksPerFile = 3;

    private readonly TempFolder _temp = new();
    private readonly Dictionary<string, string> _tokens = [];
    private WebApplicationFactory<Program> _app = null!;

    private string Db => _temp.File("coalition.db");

    private static IEnumerable<string> Users => Organisations.SelectMany(o => Roles.Select(r => $"{o}-{r}"));

    /// <summary>
    /// The events' markings, by hand: owned by fin; AMBER released to est; RED for est-analyst;
    /// out is outside the community. The admin of fin is the owner's admin, and sees no more than its
    /// analyst: the RED file is est-analyst's alone.
    /// </summary>
    private static bool SeesEvents(string user, string level)
    {
        var org = user.Split('-')[0];
        return level switch
        {
            "clear" => true,
            "green" => org is "fin" or "est" or "lva",
            "amber" => org is "fin" or "est",
            "amber+strict" => org is "fin",
            _ => user == "est-analyst",
        };
    }

    /// <summary>
    /// The rows themselves: the files are ACLED's, whose terms forbid redistribution, so beyond their
    /// marking a row is shown as a row to its owner's organisation (fin) only; the others see its figures.
    /// </summary>
    private static bool SeesRows(string user, string level) => SeesEvents(user, level) && user.StartsWith("fin-", StringComparison.Ordinal);

    /// <summary>The paths that show events as rows (listings and exports), where the sources' licence rule applies.</summary>
    private static bool ShowsRows(string path) => path.StartsWith("events ", StringComparison.Ordinal) || path.StartsWith("/api/v1/events", StringComparison.Ordinal) || path == "/events.csv";

    /// <summary>The claims' markings, by hand: owned by fin, with no release list (the register has none), so AMBER is fin's and RED nobody's.</summary>
    private static bool SeesClaim(string user, string level)
    {
        var org = user.Split('-')[0];
        return level switch
        {
            "clear" => true,
            "green" => org is "fin" or "est" or "lva",
            "amber" or "amber+strict" => org is "fin",
            _ => false,
        };
    }

    public ValueTask InitializeAsync()
    {
        foreach (var org in Organisations)
        {
            var outside = org == "out" ? ["--outside-community"] : Array.Empty<string>();
            SampleSite.Kwatch(0, ["org", "add", org, "--name", org.ToUpperInvariant(), "--country", "FIN", "--db", Db, .. outside]);
        }

        foreach (var user in Users)
        {
            var (org, role) = (user.Split('-')[0], user.Split('-')[1]);
            // The store's first user is fin's admin; from then on an admin adds the others and makes the tokens.
            string[] admin = user == "fin-admin" ? [] : ["--as", "fin-admin"];
            SampleSite.Kwatch(0, ["user", "add", user, "--org", org, "--role", role, "--db", Db, .. admin]);
            _tokens[user] = SampleSite.Kwatch(0, "token", "create", user, "--as", "fin-admin", "--db", Db).Trim();
        }

        foreach (var level in Levels)
        {
            var marking = level switch
            {
                "amber" => new[] { "--release-to", "est" },
                "red" => ["--recipients", "est-analyst"],
                _ => [],
            };
            SampleSite.Kwatch(1, ["ingest", EventFile(level), "--tlp", level, "--owner", "fin", "--as", "fin-analyst", "--db", Db, .. marking]);
        }

        File.WriteAllText(_temp.File("claims.csv"), ClaimsCsv(), new UTF8Encoding(false));
        SampleSite.Kwatch(0, "claims", "import", _temp.File("claims.csv"), "--as", "fin-analyst", "--db", Db);
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(w => w.UseSetting("db", Db));
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task EveryUser_ThroughEveryPath_SeesExactlyWhatTheMarkingsAllow()
    {
        var cells = 0;
        var failures = new List<string>();
        foreach (var user in Users)
        {
            var seen = Levels.Where(l => SeesEvents(user, l)).ToList();
            var answers = new List<(string Path, bool Lists, string Text)>();
            foreach (var (path, lists, args) in CliPaths())
            {
                answers.Add((path, lists, AsUser(user, args)));
            }

            answers.Add(("report", true, ReportOf(user)));
            foreach (var (endpoint, lists) in ApiPaths())
            {
                answers.Add((endpoint, lists, await Api(user, endpoint)));
            }

            foreach (var (path, lists, text) in answers)
            {
                foreach (var level in Levels)
                {
                    // A listing names exactly what may be seen; any other answer never names what may not.
                    cells++;
                    var shown = Mentions(text, level);
                    var wrong = (ShowsRows(path) ? SeesRows(user, level) : SeesEvents(user, level)) ? lists && !shown : shown;
                    if (wrong)
                    {
                        failures.Add($"{user} · {level} · {path}: {(shown ? "shown" : "not shown")}");
                    }
                }
            }

            // What is counted: the totals add only the files the user sees.
            var sources = JsonDocument.Parse(AsUser(user, ["sources", "--format", "json"])).RootElement;
            var events = sources.EnumerateArray().Sum(s => s.GetProperty("events").GetInt64());
            if (events != seen.Count * (AttacksPerFile + 1))
            {
                failures.Add($"{user} · sources: {events} events counted, should be {seen.Count * (AttacksPerFile + 1)}");
            }

            var attacks = AttacksIn(AsUser(user, ["indicators", "--period", "year", "--format", "json"]));
            if (attacks != seen.Count * AttacksPerFile)
            {
                failures.Add($"{user} · indicators: {attacks} attacks counted, should be {seen.Count * AttacksPerFile}");
            }

            var claims = AsUser(user, ["claims", "list", "--format", "json"]) + await Api(user, "/api/v1/claims");
            foreach (var level in Levels)
            {
                cells++;
                if (claims.Contains($"claim-{Probe(level).ToLowerInvariant()}", StringComparison.Ordinal) != SeesClaim(user, level))
                {
                    failures.Add($"{user} · claim {level}: {(SeesClaim(user, level) ? "hidden" : "shown")}, should be the other");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells wrong:\n{string.Join('\n', failures.Take(40))}");
        Assert.Equal(12 * 5 * (CliPaths().Count() + 1 + ApiPaths().Count()) + (12 * 5), cells); // every (user, marking, path) cell walked
    }

    [Fact]
    public void AStoreWithUsers_RefusesAReaderItDoesNotKnow()
    {
        Assert.Contains("has users, and reads only as one of them", SampleSite.KwatchError("events", "--db", Db), StringComparison.Ordinal);
        Assert.Contains("has no user 'mallory'", SampleSite.KwatchError("sources", "--as", "mallory", "--db", Db), StringComparison.Ordinal);
        Assert.Contains("is a viewer", SampleSite.KwatchError("ingest", EventFile("clear"), "--as", "fin-viewer", "--db", Db), StringComparison.Ordinal);
    }

    /// <summary>The CLI's reading verbs; <c>Lists</c> when the answer names every event (or file) it read.</summary>
    private static IEnumerable<(string Path, bool Lists, string[] Args)> CliPaths() =>
    [
        ("events json", true, ["events", "--format", "json"]),
        ("events csv", true, ["events", "--format", "csv"]),
        ("events table", true, ["events", "--limit", "500"]),
        ("indicators", true, ["indicators", "--period", "year", "--format", "json"]),
        ("warnings", false, ["warnings", "--format", "json"]),
        ("sources", false, ["sources", "--format", "json"]),
        ("problems", true, ["problems"]),
        ("ach score", false, ["ach", "score", "--format", "json"]),
    ];

    private static IEnumerable<(string Path, bool Lists)> ApiPaths() =>
    [
        ("/api/v1/events?limit=500", true),
        ("/events.csv", true),
        ("/api/v1/indicators?period=year", true),
        ("/api/v1/problems", true),
        ("/api/v1/sources", false),
        ("/api/v1/warnings", false),
        ("/api/v1/hypotheses/score", false),
    ];

    /// <summary>Whether an answer names the file of <paramref name="level"/> or any of its events.</summary>
    private static bool Mentions(string text, string level) => text.Contains(Probe(level), StringComparison.OrdinalIgnoreCase);

    /// <summary>What names a level's file, events and claim: its event ids (KWM{n}), file name and notes all carry it.</summary>
    private static string Probe(string level) => "KWM" + Array.IndexOf(Levels, level).ToString(CultureInfo.InvariantCulture) + "X";

    private string AsUser(string user, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        _ = KhorasanWatch.Cli.Kwatch.Run([.. args, "--as", user, "--db", Db], new KhorasanWatch.Cli.CliConsole(output, error, ErrorIsTerminal: false, _ => null));
        return output + "\n" + error;
    }

    private string ReportOf(string user)
    {
        var file = _temp.File($"report-{user}.html");
        var said = AsUser(user, ["report", "--out", file, "--period", "quarter"]);
        return File.Exists(file) ? File.ReadAllText(file) + said : said;
    }

    private async Task<string> Api(string user, string path)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static long AttacksIn(string indicatorsJson)
    {
        using var document = JsonDocument.Parse(indicatorsJson);
        return document.RootElement.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("attacks").GetInt64());
    }

    /// <summary>An ACLED-format file: three ISKP attacks in Nangarhar in 2020, one clash of others, and one row with a bad date (rejected, named by the problems).</summary>
    private string EventFile(string level)
    {
        var path = _temp.File($"events-{Probe(level)}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
        var rows = new StringBuilder(header).Append('\n');
        var n = Array.IndexOf(Levels, level);
        for (var i = 0; i < AttacksPerFile; i++)
        {
            var day = new DateOnly(2020, 1 + (2 * i) + (n % 2), 3 + n);
            rows.Append(CultureInfo.InvariantCulture, $"{Probe(level)}{i},{day:yyyy-MM-dd},2020,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State (Afghanistan),,Rebel group,Civilians (Afghanistan),,Civilians,Rebel group-Civilians,Civilian targeting,4,Caucasus and Central Asia,Afghanistan,Nangarhar,Jalalabad,,Jalalabad,34.4265,70.4515,1,Test wire,International,Probe {Probe(level)}: an IED in Jalalabad.,{i + 1},,1740000000\n");
        }

        rows.Append(CultureInfo.InvariantCulture, $"{Probe(level)}O,2020-06-1{n},2020,1,Political violence,Battles,Armed clash,Taliban,,Rebel group,Military Forces of Afghanistan (2004-2021),,State forces,Rebel group-State forces,,4,Caucasus and Central Asia,Afghanistan,Kunar,Asadabad,,Asadabad,34.87,71.15,1,Test wire,International,Probe {Probe(level)}: a clash.,0,,1740000000\n");
        rows.Append(CultureInfo.InvariantCulture, $"{Probe(level)}B,not a date,2020,1,Political violence,Battles,Armed clash,Taliban,,Rebel group,,,,,,4,Caucasus and Central Asia,Afghanistan,Kunar,Asadabad,,Asadabad,34.87,71.15,1,Test wire,International,Probe {Probe(level)}: unreadable.,0,,1740000000\n");
        File.WriteAllText(path, rows.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static string ClaimsCsv()
    {
        var rows = new StringBuilder("key,subject,statement,value,low,high,unit,refers_to,reported,source_title,source_publisher,source_reference,accessed,reliability,credibility,owner,tlp,relays,notes\n");
        foreach (var level in Levels)
        {
            rows.Append(CultureInfo.InvariantCulture, $"claim-{Probe(level).ToLowerInvariant()},manpower,A test estimate marked {level}.,{1000 + Array.IndexOf(Levels, level)},,,fighters,2020,2020-12,Test paper,Test publisher,,2026-12-07,C,3,fin,{level},,\n");
        }

        return rows.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _temp.Dispose();
    }
}
