using System.Text;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Indicators;
using static KhorasanWatch.Reporting.Html.HtmlText;

namespace KhorasanWatch.Reporting.Html;

/// <summary>
/// The report's footnotes, like the seed paper's: every figure links to one that lists the events
/// behind it and their original sources. The same figure cited twice gets the same number. A note
/// lists the first <see cref="Detailed"/> events in full and the ids of the first <see cref="Listed"/>;
/// beyond those it gives their count and the command that lists them, so that a report on a whole
/// history stays a few megabytes (issue 17: 20 MB of ids at 300,000 events). A figure whose events
/// are too many to list (other actors' events, counted by the store) gets a note saying how to list
/// them instead. Where the report is read in the dashboard, the rest are a link to the Events page
/// that lists them (<see cref="EventListingLink"/>) instead of the command.
/// </summary>
internal sealed class Footnotes(
    string actorId, IReadOnlyDictionary<string, CountedEvent> events, IReadOnlyDictionary<string, Claim> claims, EventListingLink? listing = null)
{
    public const int Detailed = 50;

    public const int Listed = 500;

    /// <summary>Events described by their id only: their source's terms keep their rows from this reader (<see cref="ReportContent.RowsWithheld"/>).</summary>
    public IReadOnlySet<string> Withheld { get; init; } = new HashSet<string>();

    private readonly List<Note> _notes = [];
    private readonly Dictionary<Note, int> _numbers = [];

    /// <summary>The superscript link to the note for <paramref name="what"/>, backed by the events <paramref name="ids"/> and the register's <paramref name="claimIds"/>.</summary>
    public string Cite(string what, IReadOnlyList<string> ids, IReadOnlyList<string>? claimIds = null) => Add(new Note(what, ids, claimIds ?? [], null));

    /// <summary>The link to a note for a figure whose events are not listed one by one; <paramref name="unlisted"/> (HTML) says what they are and how to list them.</summary>
    public string CiteUnlisted(string what, string unlisted) => Add(new Note(what, [], [], unlisted));

    private string Add(Note note)
    {
        if (!_numbers.TryGetValue(note, out var number))
        {
            _notes.Add(note);
            number = _notes.Count;
            _numbers[note] = number;
        }

        return $"<sup class=\"fn\"><a href=\"#fn-{number}\">{number}</a></sup>";
    }

    /// <summary>
    /// What a note cites, equal to another citing the same: compared id by id, so that the same figure
    /// cited twice gets one number without a key that joins its ids (megabytes for a figure of
    /// 100,000 events, held for the whole report).
    /// </summary>
    private sealed record Note(string What, IReadOnlyList<string> Ids, IReadOnlyList<string> ClaimIds, string? Unlisted)
    {
        public bool Equals(Note? other) =>
            other is not null && What == other.What && Unlisted == other.Unlisted &&
            Ids.SequenceEqual(other.Ids, StringComparer.Ordinal) && ClaimIds.SequenceEqual(other.ClaimIds, StringComparer.Ordinal);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(What, StringComparer.Ordinal);
            hash.Add(Unlisted, StringComparer.Ordinal);
            hash.Add(Ids.Count);
            foreach (var id in Ids)
            {
                hash.Add(id, StringComparer.Ordinal);
            }

            hash.Add(ClaimIds.Count);
            foreach (var id in ClaimIds)
            {
                hash.Add(id, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    public void Write(StringBuilder html)
    {
        html.Append("<ol class=\"footnotes\">\n");
        for (var i = 0; i < _notes.Count; i++)
        {
            var (what, ids, claimIds, unlisted) = _notes[i];
            var count = unlisted ?? (ids.Count, claimIds.Count) switch
            {
                (0, 0) => "no events.",
                (_, 0) => Of(ids.Count, "event") + ".",
                (0, _) => Of(claimIds.Count, "claim") + " of the estimates register.",
                _ => $"{Of(ids.Count, "event")} and {Of(claimIds.Count, "claim")} of the estimates register.",
            };
            html.Append($"<li id=\"fn-{i + 1}\"><p><b>{E(what)}</b>: {count}</p>");
            if (claimIds.Count > 0)
            {
                html.Append("<ul>");
                foreach (var id in claimIds)
                {
                    html.Append("<li>").Append(DescribeClaim(id)).Append("</li>");
                }

                html.Append("</ul>");
            }

            if (ids.Count > 0)
            {
                html.Append("<ul>");
                foreach (var id in ids.Take(Detailed))
                {
                    html.Append("<li>").Append(Describe(id)).Append("</li>");
                }

                html.Append("</ul>");
            }

            if (ids.Count > Listed)
            {
                html.Append($"<p class=\"ids\">The first {N(Listed)} of the {N(ids.Count)} ids: {E(string.Join(", ", ids.Take(Listed)))}; {ListingOf(ids)}</p>");
            }
            else if (ids.Count > Detailed)
            {
                html.Append($"<p class=\"ids\">All {N(ids.Count)} ids: {E(string.Join(", ", ids))}</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    /// <summary>The command, or the dashboard's link, that lists a long note's events: all of them are among the actor's events of the days they span.</summary>
    private string ListingOf(IReadOnlyList<string> ids)
    {
        var days = ids.Select(id => events.TryGetValue(id, out var c) ? c.Event.Date.Start : (DateOnly?)null).OfType<DateOnly>().ToList();
        DateOnly? from = days.Count == 0 ? null : days.Min();
        DateOnly? to = days.Count == 0 ? null : days.Max();
        if (listing is not null)
        {
            return $"the other {N(ids.Count - Listed)} are listed, among the actor's other events of those days, on <a href=\"{E(listing(actorId, from, to))}\">the Events page</a>.";
        }

        var range = from is null ? "" : $" --from {from:yyyy-MM-dd} --to {to:yyyy-MM-dd}";
        return $"the other {N(ids.Count - Listed)} are listed, among the actor's other events of those days, by <code>kwatch events --actor {E(actorId)}{range} --format csv</code>.";
    }

    private string DescribeClaim(string id)
    {
        if (!claims.TryGetValue(id, out var c))
        {
            return $"<code>{E(id)}</code> (not in the register)";
        }

        var source = string.Join(", ", new[] { c.Source.Title, c.Source.Publisher, c.Source.Reference }.Where(s => !string.IsNullOrEmpty(s)));
        return $"<code>{E(id)}</code> (version {c.Version}): “{E(c.Statement)}” — {E(source)}; reported {E(Days(c.Reported.Start, c.Reported.End))}; grade {c.Grade} " +
            $"({E(c.Grade.ReliabilityMeaning)}, {E(c.Grade.CredibilityMeaning)}){(c.Relays is { } r ? $"; relays {Relayed(r)}" : "")}";
    }

    /// <summary>The claim a relay repeats, by its source's title and date where the register holds it.</summary>
    private string Relayed(string id) => claims.TryGetValue(id, out var original)
        ? $"{E(original.Source.Title)}, reported {E(Days(original.Reported.Start, original.Reported.End))} (<code>{E(id)}</code>)"
        : $"<code>{E(id)}</code>";

    private string Describe(string id)
    {
        if (Withheld.Contains(id))
        {
            return $"<code>{E(id)}</code> (counted; its source's terms show the row to the organisation that loaded it only)";
        }

        if (!events.TryGetValue(id, out var counted))
        {
            return $"<code>{E(id)}</code>";
        }

        var e = counted.Event;
        var place = string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(s => !string.IsNullOrEmpty(s)));
        var deaths = e.Fatalities.Best is { } best ? $"; {Of(best, "death")}" : "";
        var sources = string.IsNullOrEmpty(e.SourceNames) ? "" : $"; source: {E(e.SourceNames)}";
        var also = counted.AlsoRecordedAs.Count == 0 ? "" : $"; also recorded as {E(string.Join(", ", counted.AlsoRecordedAs))}";
        // How the linked records differ quotes their fields: left out when one of them is withheld from this reader.
        var disagree = counted.Disagreement is { } d && !counted.AlsoRecordedAs.Any(Withheld.Contains) ? $"; the sources differ: {E(d)}" : "";
        return $"{E(Days(e.Date.Start, e.Date.End))} — {E(place)} — <code>{E(id)}</code>{deaths}{sources}{also}{disagree}";
    }
}
