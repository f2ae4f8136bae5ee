using System.Globalization;
using KhorasanWatch.Analysis.Events;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// Finds, for the linkable events one ingest run wrote, linkable records of other sources whose
/// dates overlap, and keeps the pairs the <see cref="EventLinkRule"/> accepts. Records are linked,
/// never merged or deleted.
/// </summary>
/// <remarks>
/// A sweep by day, country by country: the run's records and the other sources' records of a
/// country come in order of their first day through the <c>events_link_place</c> index (by country,
/// source and first day, and holding every field the rule compares, so the table is never read;
/// built when a run first has another source to link with, <see cref="PlaceIndex"/>),
/// each side keeping the records still open on the current day, and a record
/// is compared only with the other side's open records. The work follows the rows read and the
/// records open on a day, never the product of the two sides (the join it replaces went quadratic:
/// 190 s for 300,000 rows beside 13 UCDP events).
/// </remarks>
internal static class SqliteEventLinker
{
    /// <summary>
    /// The index the sweep reads, built the first time a run has another source to link with and kept
    /// up from then on: a store of one source never links, and would pay for it on every insert.
    /// </summary>
    public const string PlaceIndex =
        "CREATE INDEX IF NOT EXISTS events_link_place ON events(country, source, date_start, date_end, latitude, longitude, link_admin2, actor_ids, run_id, id, linkable) WHERE linkable = 1";

    /// <summary>
    /// Drops the linking index for a file at least a third the size of the store: such a file writes
    /// most of the linkable records the store will hold, and the index is cheaper built once over
    /// them when the run links (<see cref="Link"/> builds it: 2.4 s over 413,000 linkable records)
    /// than kept up record by record (about 5 s for the same records written into it). Dropped inside
    /// the run's transaction, so a run that does not finish leaves the index as it was.
    /// </summary>
    public static void PrepareForFile(SqliteConnection connection, SqliteTransaction tx, string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var size = Command(connection, tx, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
        if (new FileInfo(path).Length * 3 >= Convert.ToInt64(size.ExecuteScalar(), CultureInfo.InvariantCulture))
        {
            using var drop = Command(connection, tx, "DROP INDEX IF EXISTS events_link_place");
            drop.ExecuteNonQuery();
        }
    }

    public static int Link(SqliteConnection connection, SqliteTransaction tx, EventSource source, long runId, EventLinkRule rule, LinkExtents written)
    {
        if (written.IsEmpty)
        {
            return 0;
        }

        // The other sources ever loaded, from the runs' committed counts: asking the events table
        // walked every linkable event of a fresh store (1.7 s at 2.4M rows).
        var others = new List<string>();
        using (var any = Command(connection, tx, "SELECT DISTINCT source FROM ingest_runs WHERE source <> $s AND added > 0 ORDER BY source"))
        {
            any.Parameters.AddWithValue("$s", source.Code());
            using var reader = any.ExecuteReader();
            while (reader.Read())
            {
                others.Add(reader.GetString(0));
            }
        }

        if (others.Count == 0)
        {
            return 0;
        }

        using (var index = Command(connection, tx, PlaceIndex))
        {
            index.ExecuteNonQuery();
        }

        var found = new List<(string A, string B, string Reason)>();
        foreach (var (country, first, last) in written.Countries())
        {
            Sweep(connection, tx, source.Code(), others, runId, country, first, last, rule, found);
        }

        // In key order, so the links' primary key grows at its end instead of splitting pages all over.
        // A pair is found once (when the later of its two records opens), so the order changes nothing stored.
        found.Sort((x, y) => string.CompareOrdinal(x.A, y.A) is var a && a != 0 ? a : string.CompareOrdinal(x.B, y.B) is var b && b != 0 ? b : string.CompareOrdinal(x.Reason, y.Reason));
        using var insert = Command(connection, tx, "INSERT OR IGNORE INTO event_links(event_a, event_b, reason, run_id) VALUES ($a, $b, $r, $run)");
        var pa = insert.Parameters.Add("$a", SqliteType.Text);
        var pb = insert.Parameters.Add("$b", SqliteType.Text);
        var pr = insert.Parameters.Add("$r", SqliteType.Text);
        insert.Parameters.AddWithValue("$run", runId);
        var added = 0;
        foreach (var (a, b, reason) in found)
        {
            (pa.Value, pb.Value, pr.Value) = (a, b, reason);
            added += insert.ExecuteNonQuery();
        }

        return added;
    }

    private static void Sweep(
        SqliteConnection connection, SqliteTransaction tx, string source, List<string> others, long runId,
        string country, DateOnly first, DateOnly last, EventLinkRule rule, List<(string, string, string)> found)
    {
        // A record of another source can open up to the longest span before the run's first day.
        var from = first.AddDays(-EventLinkRule.MaxSpanDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sources = string.Join(", ", others.Select((_, i) => $"$o{i}"));
        using var theirs = Command(connection, tx, $"""
            SELECT {Columns} FROM events INDEXED BY events_link_place
            WHERE linkable = 1 AND country = $c AND source IN ({sources}) AND date_start BETWEEN $from AND $to
            ORDER BY date_start
            """);
        for (var i = 0; i < others.Count; i++)
        {
            theirs.Parameters.AddWithValue($"$o{i}", others[i]);
        }

        Bind(theirs, country, from, to);
        using var other = theirs.ExecuteReader();
        if (!other.Read())
        {
            return; // no other source has a record in this country and these days: nothing to read of the run's
        }

        using var ours = Command(connection, tx, $"""
            SELECT {Columns} FROM events INDEXED BY events_link_place
            WHERE linkable = 1 AND country = $c AND source = $s AND date_start BETWEEN $from AND $to
            ORDER BY date_start
            """);
        ours.Parameters.AddWithValue("$s", source);
        Bind(ours, country, first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to);
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
            if (takeOther || reader.GetInt64(9) == runId)
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

    private static void Bind(SqliteCommand command, string country, string from, string to)
    {
        command.Parameters.AddWithValue("$c", country);
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    // All in the events_link_place index, so the sweep reads the index alone.
    private const string Columns = "id, source, date_start, date_end, country, link_admin2, latitude, longitude, actor_ids, run_id";

    private static LinkCandidate Candidate(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        new EventDate(Day(r.GetString(2)), Day(r.GetString(3)), DatePrecision.Range),
        r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : r.GetDouble(6),
        r.IsDBNull(7) ? null : r.GetDouble(7),
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
