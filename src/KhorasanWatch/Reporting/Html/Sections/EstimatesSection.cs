using System.Text;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>
/// The estimates register: each numeric subject's latest combined estimate with the sources' range
/// and grades, the latest independent claim on the subjects that have no figure, the subjects the
/// paper asks for that have no claim at all, every relay set aside by subject, and the register's
/// disagreements — shown, not averaged away.
/// </summary>
internal static class EstimatesSection
{
    private static readonly string[] PaperSubjects = ["manpower", "funding", "relocation", "fatemiyoun", "neighbour_action", "popular_attitude"];

    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        html.Append("<h2 id=\"estimates\">Estimates</h2>\n");
        if (content.ClaimsAboveMarking > 0)
        {
            html.Append($"<p class=\"tlp-note\">{Of(content.ClaimsAboveMarking, "claim")} of the register marked above {E(content.Request.Tlp.Label())} {(content.ClaimsAboveMarking == 1 ? "is" : "are")} left out of this report.</p>\n");
        }

        var claims = content.Claims.Values.ToList();
        if (claims.Count == 0)
        {
            html.Append("<p class=\"no-data\">The estimates register is empty: import claims with <code>kwatch claims import FILE.csv</code> (the project ships the seed paper's sourced claims as a register to start from; see the README).</p>\n");
            return;
        }

        html.Append("<p>Sourced claims on what no event dataset holds, graded on the NATO Admiralty scale (source reliability A–F, information credibility 1–6). ");
        html.Append($"A subject's combined estimate is the grade-weighted mean of its latest period's independent claims (weights: {E(GradeWeights.Default.ToString())}); relays of a claim already in the register are set aside.</p>\n");
        html.Append("<table class=\"data\"><thead><tr><th>Subject</th><th>Combined estimate</th><th>Sources' range</th><th>Claims (grades)</th></tr></thead><tbody>\n");
        var setAside = new List<(string Subject, Claim Relay)>();
        foreach (var series in content.Series.Where(s => s.Latest is not null))
        {
            var p = series.Latest!; // Filtered above.
            var ids = p.Claims.Select(c => c.Claim.Id).Concat(series.RelaysSetAside.Select(r => r.Id)).ToList();
            var grades = string.Join(", ", p.Claims.Select(c => c.Claim.Grade.ToString()));
            html.Append($"<tr><td>{E(Subject(series.Subject))}</td><td>{E(p.Figure)} {E(series.Unit)} ({E(p.Period.Label)}{(p.IsStaleOn(content.Request.AsOf) ? "; stale" : "")}){notes.Cite($"Register: {Subject(series.Subject)}", [], ids)}</td>");
            html.Append($"<td>{E(ClaimFigures.Spread(p.SpreadLow, p.SpreadHigh))}{(p.SourcesDisagree ? " <b>(sources disagree)</b>" : "")}</td><td>{p.Claims.Count} ({E(grades)}){RelaysCount(series.RelaysSetAside.Count)}</td></tr>\n");
            setAside.AddRange(series.RelaysSetAside.Select(r => (series.Subject, r)));
        }

        foreach (var subject in claims.Select(c => c.Subject).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (content.Series.Any(s => s.Subject == subject && s.Latest is not null))
            {
                continue;
            }

            // The latest independent claim speaks for the subject; relays of claims in the register are counted apart.
            var about = SubjectClaims.Of(claims, subject);
            var latest = about.Latest!; // The subject has at least one claim.
            var all = about.Independent.Concat(about.RelaysSetAside).Select(c => c.Id).ToList();
            var grades = string.Join(", ", about.Independent.Select(c => c.Grade.ToString()));
            html.Append($"<tr><td>{E(Subject(subject))}</td><td colspan=\"2\">“{E(latest.Statement)}” ({E(Days(latest.RefersTo.Start, latest.RefersTo.End))}){notes.Cite($"Register: {Subject(subject)}", [], all)}</td><td>{about.Independent.Count} ({E(grades)}){RelaysCount(about.RelaysSetAside.Count)}</td></tr>\n");
            setAside.AddRange(about.RelaysSetAside.Select(r => (subject, r)));
        }

        foreach (var subject in PaperSubjects.Where(s => claims.All(c => c.Subject != s)))
        {
            html.Append($"<tr><td>{E(Subject(subject))}</td><td colspan=\"3\" class=\"no-data\">no claims in the register</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        if (setAside.Count > 0)
        {
            html.Append("<p>Relays set aside (each repeats a claim already in the register, so it is not a second source):</p>\n<ul>\n");
            foreach (var (subject, relay) in setAside)
            {
                // A relay set aside names its original, which is in the register (that is why it is set aside).
                var original = content.Claims.TryGetValue(relay.Relays!, out var o) ? ClaimName(o) : relay.Relays!;
                html.Append($"<li>{E(Subject(subject))}: {E(ClaimName(relay))}, for {E(Days(relay.RefersTo.Start, relay.RefersTo.End))}, relays {E(original)}.</li>\n");
            }

            html.Append("</ul>\n");
        }

        var moves = content.Series.SelectMany(s => s.Moves.Select(m => (s.Subject, Move: m))).ToList();
        html.Append(moves.Count == 0
            ? "<p>No combined estimate moved: where a subject has claims for more than one year, the sources' ranges of successive years overlap.</p>\n"
            : "<h3>Moves</h3>\n<ul>\n" + string.Concat(moves.Select(m => $"<li>{E(Subject(m.Subject))}: {E(m.Move.Statement)}</li>\n")) + "</ul>\n");
        if (content.Disagreements.Count > 0)
        {
            html.Append("<h3>Where the sources disagree</h3>\n<ul>\n");
            foreach (var d in content.Disagreements)
            {
                html.Append($"<li>{E(d.Statement)}{notes.Cite($"Disagreement: {d.First.Id} and {d.Second.Id}", [], [d.First.Id, d.Second.Id])}</li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    private static string RelaysCount(int n) => n == 0 ? "" : $"; {Of(n, "relay")} set aside";

    private static string Subject(string subject) => subject.Replace('_', ' ') switch
    {
        var s => char.ToUpperInvariant(s[0]) + s[1..],
    };
}
