using System.Text;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>
/// The paper's "key things to monitor" as a table: each item's status in the report's last period,
/// its trend against the same period a year earlier (an arrow only where the exact rate-ratio test
/// gives p &lt; 0.05), and "no data" where the store holds none — never a silent gap.
/// </summary>
internal static class MonitorSection
{
    private const string NoClaims = "no data — not in conflict-event data, and no claim in the estimates register";

    /// <summary>The paper's items that no event dataset holds, and the register subject that carries each.</summary>
    private static readonly (string Item, string Subject)[] RegisterItems =
    [
        ("Relocation of IS elements from Syria and Iraq", "relocation"),
        ("Fatemiyoun actions", "fatemiyoun"),
        ("ISKP manpower", "manpower"),
        ("ISKP funding (donations, taxation, extortion, transfers)", "funding"),
        ("The Afghan people's attitude towards ISKP", "popular_attitude"),
        ("Propaganda caches online (the \"Cloud Caliphate\")", "propaganda"),
    ];

    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var actor = content.Request.ActorName;
        var last = content.Periods[^1];
        var before = content.PeriodsYearEarlier[^1];
        var covered = last.Period.YearEarlier().Start >= content.CoverageStart;
        html.Append("<h2 id=\"monitor\">Key things to monitor</h2>\n");
        html.Append($"<p>Status in {E(last.Period.Label)} against the same days a year earlier. ↑ and ↓ mark a change with p &lt; 0.05 (exact rate-ratio test); → no clear change.</p>\n");
        html.Append("<table class=\"data\"><thead><tr><th>Item (from the paper)</th><th>Status</th><th>Trend</th></tr></thead><tbody>\n");
        Item(html, notes, $"{actor} activity and attacks", last.Attacks, before.Attacks, covered, "attack");
        Item(html, notes, "Spread into the broader region (attacks outside Afghanistan)", Flatten(last.Spread.OutsideHome.Values), Flatten(before.Spread.OutsideHome.Values), covered, "attack");
        Item(html, notes, "Attacks against Westerners", last.Spread.OnWesterners, before.Spread.OnWesterners, covered, "attack");
        Item(html, notes, "Attacks against Shias and Hazaras", last.Targets.Counts[TargetCategory.ShiaHazara], before.Targets.Counts[TargetCategory.ShiaHazara], covered, "attack");
        if (last.Fight.Recorded)
        {
            Item(html, notes, "The Taliban–ISKP fight (Taliban operations against ISKP)", last.Fight.AdversaryOperations, before.Fight.AdversaryOperations, covered, "operation");
        }
        else
        {
            NotRecorded(html, "The Taliban–ISKP fight (Taliban operations against ISKP)", IndicatorRules.SelectionNotRecorded);
        }

        Item(html, notes, "Scale of attacks, a sign of funding (mass-casualty attacks)", last.Scale.MassCasualty, before.Scale.MassCasualty, covered, "attack");
        if (last.Fight.Recorded)
        {
            Item(html, notes, "Neighbouring countries' actions against ISKP", content.NeighbourOperations.Now, content.NeighbourOperations.YearEarlier, covered, "operation");
        }
        else
        {
            NotRecorded(html, "Neighbouring countries' actions against ISKP", IndicatorRules.SelectionNotRecorded);
        }

        if (last.Strikes.Recorded)
        {
            Item(html, notes, "Civilian harm from foreign strikes", last.Strikes.OnCivilians, before.Strikes.OnCivilians, covered, "strike");
        }
        else
        {
            // A UCDP-, GTD- or compilation-only store: no strike is coded, so none is a fact nobody recorded.
            NotRecorded(html, "Civilian harm from foreign strikes", last.Fight.Recorded ? Analysis.Indicators.StrikeHarm.NotRecorded : IndicatorRules.SelectionNotRecorded);
        }
        foreach (var (item, subject) in RegisterItems)
        {
            var claims = SubjectClaims.Of(content.Claims.Values.ToList(), subject);
            if (claims.Latest is not { } latest)
            {
                html.Append($"<tr><td>{E(item)}</td><td class=\"no-data\">{E(NoClaims)}</td><td class=\"no-data\">—</td></tr>\n");
                continue;
            }

            // The latest independent claim: a relay repeats another claim and is counted apart.
            var relays = claims.RelaysSetAside.Count == 0 ? "" : $", {Of(claims.RelaysSetAside.Count, "relay")}";
            var count = claims.Independent.Count == 0 ? Of(claims.RelaysSetAside.Count, "relay") : Of(claims.Independent.Count, "claim") + relays;
            html.Append($"<tr><td>{E(item)}</td><td>From the register: “{E(latest.Statement)}” ({E(Days(latest.RefersTo.Start, latest.RefersTo.End))}, {latest.Grade}{(claims.Independent.Count == 0 ? ", a relay" : "")})");
            html.Append($"{notes.Cite($"Register: {item}", [], claims.Independent.Concat(claims.RelaysSetAside).Select(c => c.Id).ToList())}</td><td class=\"no-data\">{count}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Item(StringBuilder html, Footnotes notes, string label, Tally now, Tally then, bool covered, string noun)
    {
        var period = $"{label}: the last period";
        html.Append($"<tr><td>{E(label)}</td><td>{Of(now.Count, noun)}{notes.Cite(period, now.EventIds)}");
        if (!covered)
        {
            html.Append(" (no data a year earlier)</td><td class=\"no-data\">—</td></tr>\n");
            return;
        }

        html.Append($" (a year earlier {N(then.Count)}{notes.Cite($"{label}: a year earlier", then.EventIds)})</td>");
        var c = RateRatio.Compare(now.Count, 1, then.Count, 1);
        var trend = c.P < 0.05 && c.Ratio > 1 ? "<span class=\"trend-up\">↑</span>"
            : c.P < 0.05 && c.Ratio < 1 ? "<span class=\"trend-down\">↓</span>"
            : "→";
        html.Append($"<td>{trend} {(now.Count + then.Count == 0 ? "" : E(c.Brief()))}</td></tr>\n");
    }

    private static void NotRecorded(StringBuilder html, string label, string why) =>
        html.Append($"<tr><td>{E(label)}</td><td class=\"no-data\">{E(why)}</td><td class=\"no-data\">—</td></tr>\n");

    private static Tally Flatten(IEnumerable<Tally> tallies) => new(tallies.SelectMany(t => t.EventIds).ToList());
}
