using System.Globalization;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The store's running totals, kept up to date by each ingest so that reads never scan every event:
/// <c>source_years</c> (events per source, compilation and year; how many are the watched actor's
/// with certain attribution and how many of uncertain attribution; the last day recorded), which
/// <see cref="SqliteEventStore.Sources"/> and every verb's coverage read; and <c>country_months</c>
/// (events not involving the watched actor, per country and month), the report's context of
/// tempo. Both are kept per marking (<see cref="Relational.StoreMarkings"/>), so a reader's totals add only the
/// markings it may see. A file's writer adds each added row and moves each updated row from its old key to its new
/// one in memory, and applies the totals in the file's own transaction at commit: an interrupted
/// ingest leaves them as they were, with the events.
/// </summary>
internal sealed class StoreSummaries
{
    private readonly Dictionary<(string Source, string Dataset, int Year, long Marking), YearTotals> _years = [];
    private readonly Dictionary<(string Country, int Month, long Marking), long> _months = [];

    /// <summary>Keys whose last day may have moved down (an updated row left it): the last days are read again at commit.</summary>
    private readonly HashSet<(string Source, string Dataset, int Year, long Marking)> _recount = [];

    public void Add(ConflictEvent e, long marking) => Add(e.Source.Code(), e.Dataset ?? "", e.Date.Start, e.Country, e.Role, e.Attribution, marking, +1);

    /// <summary>An updated (or newly marked) row's previous version leaves its totals; <paramref name="newer"/> enters them under <paramref name="marking"/>.</summary>
    public void Replace(StoredRow older, ConflictEvent newer, long marking)
    {
        Add(older.Source, older.Dataset, older.Day, older.Country, older.Role, older.Attribution, older.Marking, -1);
        Add(newer, marking);
        var key = (older.Source, older.Dataset, older.Day.Year, older.Marking);
        if (key != (newer.Source.Code(), newer.Dataset ?? "", newer.Date.Start.Year, marking) || newer.Date.Start < older.Day)
        {
            _recount.Add(key);
        }
    }

    private void Add(string source, string dataset, DateOnly day, string country, WatchRole role, Attribution attribution, long marking, int sign)
    {
        ref var year = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_years, (source, dataset, day.Year, marking), out _);
        year.Events += sign;
        year.Watched += role != WatchRole.None && attribution == Attribution.Certain ? sign : 0;
        year.Uncertain += attribution == Attribution.Uncertain ? sign : 0;
        if (sign > 0 && day > year.LastDay)
        {
            year.LastDay = day;
        }

        if (role == WatchRole.None)
        {
            ref var month = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_months, (country, (day.Year * 12) + day.Month - 1, marking), out _);
            month += sign;
        }
    }

    /// <summary>Adds the totals to the tables, inside the file's transaction.</summary>
    public void Apply(SqliteConnection connection, SqliteTransaction tx)
    {
        using (var upsert = Command(connection, tx, """
            INSERT INTO source_years(source, dataset, year, marking, events, watched, uncertain, last_day) VALUES ($s, $d, $y, $m, $e, $w, $u, $l)
            ON CONFLICT(source, dataset, year, marking) DO UPDATE SET events = events + excluded.events, watched = watched + excluded.watched,
              uncertain = uncertain + excluded.uncertain, last_day = max(last_day, excluded.last_day)
            """))
        {
            foreach (var ((source, dataset, year, marking), t) in _years)
            {
                if (t.Events == 0 && t.Watched == 0 && t.Uncertain == 0 && t.LastDay == default)
                {
                    continue;
                }

                Set(upsert, ("$s", source), ("$d", dataset), ("$y", year), ("$m", marking), ("$e", t.Events), ("$w", t.Watched), ("$u", t.Uncertain),
                    ("$l", t.LastDay == default ? "" : Day(t.LastDay)));
                upsert.ExecuteNonQuery();
            }
        }

        if (_recount.Count > 0)
        {
            // Rare: an updated row left a year's last day. One scan reads every year's last day again,
            // however many years the file's updates touched (a scan per year would repeat it).
            using var recount = Command(connection, tx, """
                WITH days AS MATERIALIZED (
                  SELECT source, kw_dataset(details) AS dataset, CAST(substr(date_start, 1, 4) AS INTEGER) AS year, marking, max(date_start) AS last
                  FROM events GROUP BY 1, 2, 3, 4)
                UPDATE source_years SET last_day = coalesce((SELECT last FROM days d
                  WHERE d.source = source_years.source AND d.dataset = source_years.dataset AND d.year = source_years.year
                    AND d.marking = source_years.marking), '')
                """);
            recount.ExecuteNonQuery();
        }

        using (var months = Command(connection, tx, """
            INSERT INTO country_months(country, month, marking, others) VALUES ($c, $m, $k, $n)
            ON CONFLICT(country, month, marking) DO UPDATE SET others = others + excluded.others
            """))
        {
            foreach (var ((country, month, marking), n) in _months)
            {
                if (n != 0)
                {
                    Set(months, ("$c", country), ("$m", $"{month / 12:0000}-{(month % 12) + 1:00}"), ("$k", marking), ("$n", n));
                    months.ExecuteNonQuery();
                }
            }
        }

        using var empty = Command(connection, tx, "DELETE FROM source_years WHERE events <= 0; DELETE FROM country_months WHERE others <= 0");
        empty.ExecuteNonQuery();
    }

    /// <summary>The compilation named in an event's packed details (its last field), or "" for the publisher's own data: a SQL function for the rebuild and the recount.</summary>
    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction("kw_dataset", (string? details) => details is null ? "" : EventDetails.DatasetOf(details) ?? "", isDeterministic: true);
        connection.CreateFunction("kw_admin2", (string? details) => details is null ? null : EventDetails.Admin2(details), isDeterministic: true);
        connection.CreateFunction("kw_strike", (string? details) => details is not null && EventDetails.IsAirStrike(details), isDeterministic: true);
    }

    /// <summary>The totals rebuilt from the events: the migration that brings an older store to this schema.</summary>
    public const string RebuildSql = """
        DELETE FROM source_years;
        INSERT INTO source_years(source, dataset, year, events, watched, uncertain, last_day)
          SELECT source, kw_dataset(details), CAST(substr(date_start, 1, 4) AS INTEGER), COUNT(*),
                 SUM(role <> 'none' AND attribution = 'certain'), SUM(attribution = 'uncertain'), MAX(date_start)
          FROM events GROUP BY 1, 2, 3;
        DELETE FROM country_months;
        INSERT INTO country_months(country, month, others)
          SELECT country, substr(date_start, 1, 7), COUNT(*) FROM events WHERE role = 'none' GROUP BY 1, 2;
        """;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

    private struct YearTotals
    {
        public long Events;
        public long Watched;
        public long Uncertain;
        public DateOnly LastDay;
    }
}

/// <summary>What the totals need of a row an update replaces, read from the store before it is overwritten.</summary>
internal sealed record StoredRow(string Source, string Dataset, DateOnly Day, string Country, WatchRole Role, Attribution Attribution, long Marking);
