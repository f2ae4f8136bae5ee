using System.Text;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Reporting.Charts;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html.Sections;

/// <summary>A map of Afghanistan's provinces shaded by attacks, the provinces new in the period, and attacks outside Afghanistan by country.</summary>
internal static class GeographySection
{
    public static void Write(StringBuilder html, ReportContent content, Footnotes notes)
    {
        var actor = content.Request.ActorName;
        var spread = content.Window.Spread;
        html.Append("<h2 id=\"geography\">Geography</h2>\n");
        var home = spread.Provinces.Where(p => p.Key.Country == content.Rules.HomeCountry).ToDictionary(p => p.Key.Province, p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (content.Boundaries.Count == 0)
        {
            html.Append("<p class=\"no-data\">No province boundaries are in the store, so no map: import them with <code>kwatch geo import geoBoundaries-AFG-ADM1.geojson</code>.</p>\n");
        }
        else
        {
            var regions = content.Boundaries.Select(b => new MapRegion(b.Admin1, b.Wkt, home.TryGetValue(b.Admin1, out var t) ? t.Count : 0)).ToList();
            var map = ChoroplethMap.Render(new ChoroplethMapSpec($"{actor} attacks by province of Afghanistan", regions, new CountNoun("attack", "attacks")));
            var unmapped = home.Keys.Where(k => !content.Boundaries.Any(b => string.Equals(b.Admin1, k, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal).ToList();
            html.Append($"<figure>{map}<figcaption>{E(actor)} attacks by province, {Day(content.Request.From)} to {Day(content.Request.To)}.{(unmapped.Count > 0 ? $" Not on the map (no boundary): {E(string.Join(", ", unmapped))}." : "")}</figcaption></figure>\n");
        }

        var placed = spread.Provinces.Values.SelectMany(t => t.EventIds).ToList();
        if (!spread.ProvincesRecorded)
        {
            html.Append($"<p class=\"no-data\">Provinces are {E(Analysis.Indicators.Spread.ProvincesNotRecorded)} ({Of(spread.Unplaced, "attack")} without one).</p>\n");
        }
        else
        {
            html.Append($"<p>Attacks in {Of(spread.Provinces.Count, "province")}{notes.Cite($"{actor} attacks in the period with a province", placed)}");
            html.Append(spread.Unplaced > 0 ? $" ({Of(spread.Unplaced, "attack")} name none)" : "");
            var before = "the twelve months before";
            var cite = content.TrailingYear is { } year ? notes.Cite($"{actor} attacks in {before} the period", year.Attacks.EventIds) : "";
            html.Append(spread.NewProvinces switch
            {
                null => $"; the data do not cover {before}, so none can be called new.",
                { Count: 0 } => $", none of them new against {before}{cite}.",
                var fresh => $", {Of(fresh.Count, "new one", "new ones")} against {before}{cite}: {string.Join(", ", fresh.Select(k => E(k.ToString()) + notes.Cite($"{actor} attacks in {k}", spread.Provinces[k].EventIds)))}.",
            });
            html.Append("</p>\n");
        }

        if (spread.OutsideHome.Count == 0)
        {
            html.Append($"<p>No {E(actor)} attacks outside Afghanistan in the period.</p>\n");
        }
        else
        {
            html.Append("<table class=\"data keep\"><thead><tr><th>Outside Afghanistan</th><th class=\"n\">Attacks</th></tr></thead><tbody>\n");
            foreach (var (iso3, tally) in spread.OutsideHome)
            {
                var name = Gazetteer.Default.FindCountry(iso3)?.Name ?? iso3;
                html.Append($"<tr><td>{E(name)}</td><td class=\"n\">{N(tally.Count)}{notes.Cite($"{actor} attacks in {name}", tally.EventIds)}</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append($"<p>Attacks on Westerners and foreigners anywhere: {N(spread.OnWesterners.Count)}{notes.Cite($"{actor} attacks on Westerners and foreigners", spread.OnWesterners.EventIds)}.</p>\n");
    }
}
