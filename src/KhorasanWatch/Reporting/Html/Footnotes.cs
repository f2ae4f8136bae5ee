using System.Text;
using KhorasanWatch.Analysis.Indicators;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html;

/// <summary>
/// The report's footnotes, like the seed paper's: every figure links to one that lists the events
/// behind it and their original sources. The same figure cited twice gets the same number. A note
/// lists the first <see cref="Detailed"/> events in full and the ids of all of them.
/// </summary>
internal sealed class Footnotes(IReadOnlyDictionary<string, CountedEvent> events)
{
    public const int Detailed = 50;

    private readonly List<(string What, IReadOnlyList<string> Ids)> _notes = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>The superscript link to the note for <paramref name="what"/>, backed by <paramref name="ids"/>.</summary>
    public string Cite(string what, IReadOnlyList<string> ids)
    {
        var key = what + "\u001f" + string.Join(',', ids);
        if (!_numbers.TryGetValue(key, out var number))
        {
            _notes.Add((what, ids));
            number = _notes.Count;
            _numbers[key] = number;
        }

        return $"<sup class=\"fn\"><a href=\"#fn-{number}\">{number}</a></sup>";
    }

    public void Write(StringBuilder html)
    {
        html.Append("<ol class=\"footnotes\">\n");
        for (var i = 0; i < _notes.Count; i++)
        {
            var (what, ids) = _notes[i];
            html.Append($"<li id=\"fn-{i + 1}\"><p><b>{E(what)}</b>: {(ids.Count == 0 ? "no events." : Of(ids.Count, "event") + ".")}</p>");
            if (ids.Count > 0)
            {
                html.Append("<ul>");
                foreach (var id in ids.Take(Detailed))
                {
                    html.Append("<li>").Append(Describe(id)).Append("</li>");
                }

                html.Append("</ul>");
            }

            if (ids.Count > Detailed)
            {
                html.Append($"<p class=\"ids\">All {N(ids.Count)} ids: {E(string.Join(", ", ids))}</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    private string Describe(string id)
    {
        if (!events.TryGetValue(id, out var counted))
        {
            return $"<code>{E(id)}</code>";
        }

        var e = counted.Event;
        var place = string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(s => !string.IsNullOrEmpty(s)));
        var deaths = e.Fatalities.Best is { } best ? $"; {Of(best, "death")}" : "";
        var sources = string.IsNullOrEmpty(e.SourceNames) ? "" : $"; source: {E(e.SourceNames)}";
        var also = counted.AlsoRecordedAs.Count == 0 ? "" : $"; also recorded as {E(string.Join(", ", counted.AlsoRecordedAs))}";
        return $"{E(e.Date.ToString())} — {E(place)} — <code>{E(id)}</code>{deaths}{sources}{also}";
    }
}
