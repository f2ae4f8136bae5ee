using System.Data.Common;
using System.Globalization;
using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Storage.Relational;

/// <summary>
/// Finds, for the linkable events one ingest run wrote, linkable records of other sources whose
/// dates overlap, and keeps the pairs the <see cref="EventLinkRule"/> accepts, on either backend.
/// Records are linked, never merged or deleted. A sweep by day, country by country (the SQLite
/// linker's remarks say why): the work follows the rows read and the records open on a day.
/// </summary>
internal static class EventLinker
{
    /// <summary>Links the run's records; <paramref name="prepare"/> readies the index the sweep reads, once there is another source to link with.</summary>
    public static int Link(DbConnection connection, DbTransaction tx, Dialect dialect, EventSource source, long runId, EventLinkRule rule, LinkExtents written, Action prepare)
    {
        if (written.IsEmpty)
        {
            return 0;
        }

        // The other sources ever loaded, from the runs' committed counts: asking the events table
        // walked every linkable event of a fresh store (1.7 s at 2.4M rows).
        var others = new List<string>();
        others.AddRange(Sql.Read(connection, "SELECT DISTINCT source FROM ingest_runs WHERE source <> @s AND added > 0 ORDER BY source", r => r.GetString(0), tx, ("@s", source.Code())));

        if (others.Count == 0)
        {
            return 0;
        }

        prepare();

        var found = new List<(string A, string B, string Reason)>();
        foreach (var (country, first, last) in written.Countries())
        {
            Sweep(connection, tx, dialect, source.Code(), others, runId, country, first, last, rule, found);
        }

        // In key order, so the links' primary key grows at its end instead of splitting pages all over.
        // A pair is found once (when the later of its two records opens), so the order changes nothing stored.
        found.Sort((x, y) => string.CompareOrdinal(x.A, y.A) is var a && a != 0 ? a : string.CompareOrdinal(x.B, y.B) is var b && b != 0 ? b : string.CompareOrdinal(x.Reason, y.Reason));
        using var insert = Sql.Command(connection, "INSERT INTO event_links(event_a, event_b, reason, run_id) VALUES (@a, @b, @r, @run) ON CONFLICT DO NOTHING", tx,
            ("@a", ""), ("@b", ""), ("@r", ""), ("@run", runId));
        var (pa, pb, pr) = (insert.Parameters[0], insert.Parameters[1], insert.Parameters[2]);
        var added = 0;
        foreach (var (a, b, reason) in found)
        {
            (pa.Value, pb.Value, pr.Value) = (a, b, reason);
            added += insert.ExecuteNonQuery();
        }

        return added;
    }

    private static void Sweep(
        DbConnection connection, DbTransaction tx, Dialect dialect, string source, List<string> others, long runId,
        string country, DateOnly first, DateOnly last, EventLinkRule rule, List<(string, string, string)> found)
    {
        // A record of another source can open up to the longest span before the run's first day.
        var from = first.AddDays(-EventLinkRule.MaxSpanDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sources = string.Join(", ", others.Select((_, i) => $"@o{i}"));
        var index = dialect == Dialect.Sqlite ? "INDEXED BY events_link_place" : "";
        using var theirs = Sql.Command(connection, $"""
            SELECT {Columns} FROM events {index}
            WHERE linkable = 1 AND country = @c AND source IN ({sources}) AND date_start BETWEEN @from AND @to
            ORDER BY date_start
            """, tx, [.. others.Select((o, i) => ($"@o{i}", (object?)o)), ("@c", country), ("@from", from), ("@to", to)]);
        // SQLite streams both sides at once; PostgreSQL keeps one result open per connection, so the
        // other sources' side is read first (their records of the country and days, not the store's).
        using DbDataReader other = dialect == Dialect.Sqlite ? theirs.ExecuteReader() : Buffered(theirs);
        if (!other.Read())
        {
            return; // no other source has a record in this country and these days: nothing to read of the run's
        }

        using var ours = Sql.Command(connection, $"""
            SELECT {Columns} FROM events {index}
            WHERE linkable = 1 AND country = @c AND source = @s AND date_start BETWEEN @from AND @to
            ORDER BY date_start
            """, tx, ("@s", source), ("@c", country), ("@from", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("@to", to));
        using var run = ours.ExecuteReader();

        var openRun = new List<LinkCandidate>();
        var openOther = new List<LinkCandidate>();
        var hasOther = true;
        var hasRun = run.Read();
        while (hasOther || hasRun)
        {
            // The next record by first day; on a tie the other source's first (either order finds the pair).
            var takeOther = hasOther && (!hasRun || string.CompareOrdinal(other.GetString(2), run.GetString(2)) <= 0);
            var reader = takeOther ? other : run;
            if (takeOther || Sql.Long(reader, 9) == runId)
            {
                var next = Candidate(reader);
                var day = next.Date.Start;
                openRun.RemoveAll(c => c.Date.End < day);
                openOther.RemoveAll(c => c.Date.End < day);
                foreach (var open in takeOther ? openRun : openOther)
                {
                    if (rule.Match(next, open) is { } reason)
                    {
                        found.Add(string.CompareOrdinal(next.Id, open.Id) < 0 ? (next.Id, open.Id, reason) : (open.Id, next.Id, reason));
                    }
                }

                (takeOther ? openOther : openRun).Add(next);
            }

            if (takeOther)
            {
                hasOther = other.Read();
            }
            else
            {
                hasRun = run.Read();
            }
        }
    }

    /// <summary>The command's rows read whole, as a reader over a table held in memory.</summary>
    private static System.Data.DataTableReader Buffered(DbCommand command)
    {
        var table = new System.Data.DataTable { Locale = CultureInfo.InvariantCulture };
        using (var reader = command.ExecuteReader())
        {
            table.Load(reader);
        }

        return table.CreateDataReader();
    }

    // All in the events_link_place index, so the sweep reads the index alone.
    private const string Columns = "id, source, date_start, date_end, country, link_admin2, latitude, longitude, actor_ids, run_id";

    private static LinkCandidate Candidate(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        new EventDate(Day(r.GetString(2)), Day(r.GetString(3)), DatePrecision.Range),
        r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        Sql.Real(r, 6),
        Sql.Real(r, 7),
        r.GetString(8).Split(';', StringSplitOptions.RemoveEmptyEntries));

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>For each country, the first and last day of the linkable records an ingest run wrote.</summary>
internal sealed class LinkExtents
{
    private readonly Dictionary<string, (DateOnly First, DateOnly Last)> _countries = new(StringComparer.Ordinal);

    public bool IsEmpty => _countries.Count == 0;

    public void Add(string country, EventDate date)
    {
        _countries[country] = _countries.TryGetValue(country, out var span)
            ? (date.Start < span.First ? date.Start : span.First, date.End > span.Last ? date.End : span.Last)
            : (date.Start, date.End);
    }

    public IEnumerable<(string Country, DateOnly First, DateOnly Last)> Countries() =>
        _countries.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value.First, c.Value.Last));
}
