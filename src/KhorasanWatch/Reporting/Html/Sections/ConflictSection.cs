using System.Globalization;
using System.Text;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>
/// The Taliban–ISKP fight, scale and lethality (the seed's sign of funding) against the window of the
/// same length before — never against a year earlier, which overlaps a window longer than a year —
/// and civilian harm from foreign air and drone strikes.
/// </summary>
internal static class ConflictSection
{
    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var actor = content.Request.ActorName;
        var w = content.Window;
        html.Append($"<h2 id=\"fight\">The Taliban–{E(actor)} fight</h2>\n");
        html.Append("<table class=\"data keep\"><thead><tr><th></th><th class=\"n\">Events</th><th class=\"n\">Deaths in them</th></tr></thead><tbody>\n");
        // The adversary's and the state's operations and the clashes are other events than the actor's attacks: a compilation of those holds none.
        void Other(string label, Analysis.Indicators.Tally tally, Analysis.Indicators.FatalityTotals deaths, bool always = true)
        {
            if (w.Fight.Recorded)
            {
                Row(html, label, tally.EventIds, deaths, notes);
            }
            else if (always)
            {
                html.Append($"<tr><td>{E(label)}</td><td class=\"no-data\" colspan=\"2\">{E(Analysis.Indicators.IndicatorRules.SelectionNotRecorded)}</td></tr>\n");
            }
        }

        Other($"Taliban operations against {actor}", w.Fight.AdversaryOperations, w.Fight.AdversaryOperationDeaths);
        Other($"Operations against {actor} by the state's forces (the Republic's to 15 August 2021, the Taliban's after)", w.Fight.StateOperations, w.Fight.StateOperationDeaths, always: false);
        Row(html, $"{actor} attacks on the Taliban", w.Fight.AttacksOnAdversary.EventIds, w.Fight.AttackDeaths, notes);
        Other("Clashes, initiator not recorded", w.Fight.Clashes, w.Fight.ClashDeaths);
        html.Append("</tbody></table>\n<p class=\"tlp-note\">Sources do not split deaths by side: each figure is all deaths in those events.</p>\n");

        WriteScale(html, content, notes);
        html.Append("<h2 id=\"strikes\">Civilian harm from strikes</h2>\n");
        var k = w.Strikes;
        html.Append("<p>The paper warns that strikes that kill civilians feed recruitment. Air and drone strikes in Afghanistan by foreign forces (coalition, Pakistani, Iranian, Tajik, Uzbek):</p>\n");
        if (!k.Recorded)
        {
            html.Append($"<p class=\"no-data\">Strikes are {E(w.Fight.Recorded ? Analysis.Indicators.StrikeHarm.NotRecorded : Analysis.Indicators.IndicatorRules.SelectionNotRecorded)}.</p>\n");
            return;
        }

        html.Append("<table class=\"data keep\"><thead><tr><th></th><th class=\"n\">Strikes</th><th class=\"n\">Deaths in them</th></tr></thead><tbody>\n");
        Row(html, "All foreign strikes", k.Strikes.EventIds, k.StrikeDeaths, notes);
        Row(html, "Strikes recorded as hitting civilians", k.OnCivilians.EventIds, k.CivilianStrikeDeaths, notes);
        html.Append("</tbody></table>\n");
        if (k.Strikes.Count == 0)
        {
            html.Append("<p class=\"no-data\">The store holds no foreign strikes in the period; with only attack data loaded this says nothing about whether there were any.</p>\n");
        }
    }

    private static void WriteScale(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var actor = content.Request.ActorName;
        var w = content.Window;
        var before = content.PreviousWindow;
        var span = w.Period.Previous();
        var label = $"the {Of(w.Period.Days, "day")} before";
        html.Append("<h2 id=\"scale\">Scale and lethality</h2>\n");
        var s = w.Scale;
        var range = s.DeathsPerAttackLow != s.DeathsPerAttackHigh ? $" (low–high {Mean(s.DeathsPerAttackLow)}–{Mean(s.DeathsPerAttackHigh)})" : "";
        html.Append($"<p>Deaths per attack of known toll: <b>{Mean(s.DeathsPerAttack)}</b>{range}{notes.Cite($"{actor} attacks of known toll in the period", KnownToll(content, w))}");
        html.Append(before is null
            ? $"; the data do not reach {E(label)}. "
            : $", against {(before.Scale.DeathsPerAttack is null ? "no attack of known toll" : Mean(before.Scale.DeathsPerAttack))} in {E(label)} ({Days(span.Start, span.End)}){notes.Cite($"{actor} attacks of known toll in {label}", KnownToll(content, before))}. ");
        html.Append("The paper reads scale and frequency as a sign of funding.</p>\n");
        html.Append($"<table class=\"data keep\"><thead><tr><th></th><th class=\"n\">Attacks</th><th class=\"n\">In {E(label)}</th></tr></thead><tbody>\n");
        Compare(html, "Mass-casualty (ten or more dead)", s.MassCasualty.EventIds, before?.Scale.MassCasualty.EventIds, label, notes, before is not null);
        Compare(html, "Suicide", s.SuicideRecorded ? s.Suicide.EventIds : null, before is { Scale.SuicideRecorded: true } ? before.Scale.Suicide.EventIds : null, label, notes, before is not null);
        Compare(html, "Complex (named so in the notes)", s.ComplexRecorded ? s.Complex.EventIds : null, before is { Scale.ComplexRecorded: true } ? before.Scale.Complex.EventIds : null, label, notes, before is not null);
        html.Append("</tbody></table>\n");
    }

    private static string Mean(double? deaths) => deaths is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "no known toll";

    /// <summary>The attacks whose death toll is known: the ones the mean deaths per attack is taken over.</summary>
    private static List<string> KnownToll(ReportContent content, Analysis.Indicators.PeriodIndicators period) =>
        period.Attacks.EventIds.Where(id => content.Events.TryGetValue(id, out var c) && c.Event.Fatalities.Best is not null).ToList();

    /// <summary>A row of events and their deaths; deaths no event records read "not recorded", never 0.</summary>
    private static void Row(StringBuilder html, string label, IReadOnlyList<string> ids, Analysis.Indicators.FatalityTotals deaths, Footnotes notes) =>
        html.Append($"<tr><td>{E(label)}</td><td class=\"n\">{N(ids.Count)}{notes.Cite(label, ids)}</td><td class=\"n\">")
            .Append(deaths.NoneRecorded(ids.Count) ? NotRecorded : N(deaths.Best))
            .Append(deaths.Unknown > 0 && deaths.Unknown < ids.Count ? $" ({N(deaths.Unknown)} with no toll)" : "")
            .Append("</td></tr>\n");

    /// <summary>A row of counts now and before; a null count is one the loaded sources do not record (or, before, a span the data do not reach).</summary>
    private static void Compare(StringBuilder html, string label, IReadOnlyList<string>? now, IReadOnlyList<string>? before, string beforeLabel, Footnotes notes, bool reached = true) =>
        html.Append($"<tr><td>{E(label)}</td><td class=\"n\">")
            .Append(now is null ? NotRecorded : $"{N(now.Count)}{notes.Cite($"{label} attacks in the period", now)}")
            .Append("</td><td class=\"n\">")
            .Append(before is null ? (reached ? NotRecorded : "<span class=\"no-data\">no data</span>") : $"{N(before.Count)}{notes.Cite($"{label} attacks in {beforeLabel}", before)}")
            .Append("</td></tr>\n");

    private const string NotRecorded = "<span class=\"no-data\">not recorded by the loaded sources</span>";
}
