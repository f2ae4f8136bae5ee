using KhorasanWatch.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The schema, as numbered migrations applied in order, each in its own transaction. A store made
/// by a newer Khorasan Watch is refused rather than misread.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE ingest_runs(
          id INTEGER PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL, started_at TEXT NOT NULL,
          rows_read INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
          unchanged INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0, warnings INTEGER NOT NULL DEFAULT 0,
          linked INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE events(
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          source TEXT NOT NULL,
          date_start TEXT NOT NULL, date_end TEXT NOT NULL, date_precision TEXT NOT NULL,
          country TEXT NOT NULL, admin1 TEXT, latitude REAL, longitude REAL, event_type TEXT NOT NULL,
          actor_ids TEXT NOT NULL, role TEXT NOT NULL, attribution TEXT NOT NULL, target_category TEXT,
          fatalities_best INTEGER, fatalities_low INTEGER, fatalities_high INTEGER,
          flags INTEGER NOT NULL,  -- EventFlags: bit 0 admin1 derived, bit 1 suicide, bits 8+ geo precision + 1
          details TEXT NOT NULL,   -- EventDetails: display-only text fields, U+001F separated
          raw_block INTEGER NOT NULL, raw_index INTEGER NOT NULL, content_hash INTEGER NOT NULL, run_id INTEGER NOT NULL, line INTEGER NOT NULL,
          version INTEGER NOT NULL, linkable INTEGER NOT NULL);
        -- No index on the date of every event: sources export newest first, and keeping such an
        -- index cost 18 % of a whole-history ingest. Queries over all events scan (1.8 s for a
        -- country-year at 2.4M rows); the analyst's own queries use the two partial indexes.
        CREATE INDEX events_watched ON events(date_start) WHERE role <> 'none';
        CREATE INDEX events_linkable ON events(date_start) WHERE linkable = 1;
        CREATE TABLE event_versions(
          id TEXT NOT NULL, version INTEGER NOT NULL, raw_block INTEGER NOT NULL, raw_index INTEGER NOT NULL, content_hash INTEGER NOT NULL,
          run_id INTEGER NOT NULL, line INTEGER NOT NULL, replaced_by_run INTEGER NOT NULL,
          PRIMARY KEY(id, version));
        CREATE TABLE raw_blocks(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, row_count INTEGER NOT NULL, data BLOB NOT NULL);
        CREATE TABLE rejects(run_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, field TEXT NOT NULL, reason TEXT NOT NULL, raw TEXT);
        CREATE TABLE warnings(run_id INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, field TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE event_links(
          event_a TEXT NOT NULL, event_b TEXT NOT NULL, distance_km REAL, reason TEXT NOT NULL, run_id INTEGER NOT NULL,
          PRIMARY KEY(event_a, event_b));
        CREATE INDEX event_links_b ON event_links(event_b);
        CREATE TABLE boundaries(
          country TEXT NOT NULL, admin1 TEXT NOT NULL, origin TEXT NOT NULL, wkt TEXT NOT NULL,
          PRIMARY KEY(country, admin1));
        """,
        """
        CREATE TABLE claims(
          id TEXT NOT NULL, version INTEGER NOT NULL, recorded_at TEXT NOT NULL, origin TEXT NOT NULL,
          subject TEXT NOT NULL, statement TEXT NOT NULL, value REAL, low REAL, high REAL, unit TEXT,
          refers_to TEXT NOT NULL, reported TEXT NOT NULL,
          source_title TEXT NOT NULL, source_publisher TEXT, source_reference TEXT, accessed TEXT,
          grade TEXT NOT NULL, owner TEXT NOT NULL, tlp TEXT NOT NULL, relays TEXT, notes TEXT,
          PRIMARY KEY(id, version));
        CREATE INDEX claims_subject ON claims(subject);
        CREATE TABLE ach_matrices(
          name TEXT NOT NULL, version INTEGER NOT NULL, saved_at TEXT NOT NULL, change TEXT NOT NULL, matrix TEXT NOT NULL,
          PRIMARY KEY(name, version));
        """,
        // Reads at scale (issue 14): totals kept at ingest instead of a scan of every event per read,
        // and the strikes the indicators watch found through their own partial index.
        $"""
        CREATE TABLE source_years(
          source TEXT NOT NULL, dataset TEXT NOT NULL, year INTEGER NOT NULL, events INTEGER NOT NULL,
          watched INTEGER NOT NULL, uncertain INTEGER NOT NULL, last_day TEXT NOT NULL,
          PRIMARY KEY(source, dataset, year)) WITHOUT ROWID;
        CREATE TABLE country_months(country TEXT NOT NULL, month TEXT NOT NULL, others INTEGER NOT NULL, PRIMARY KEY(country, month)) WITHOUT ROWID;
        {StoreSummaries.RebuildSql}
        UPDATE events SET flags = flags | {EventFlags.AirStrike} WHERE kw_strike(details);
        CREATE INDEX events_strikes ON events(country, actor_ids, date_start) WHERE (flags & {EventFlags.AirStrike}) <> 0;
        """,
        // Linking at scale (issue 17): the records linking compares are sought by country, source
        // and first day, so that the sweep reads only the days and sources a run can link with, and
        // the index holds every field the rule compares, so that the sweep never reads the table.
        // The district is copied out of the details for linkable records only; `linkable` closes the
        // list because SQLite counts an index covering only when it holds the columns of its own WHERE.
        """
        ALTER TABLE events ADD COLUMN link_admin2 TEXT;
        UPDATE events SET link_admin2 = kw_admin2(details) WHERE linkable = 1;
        DROP INDEX events_linkable;
        CREATE INDEX events_link_place ON events(country, source, date_start, date_end, latitude, longitude, link_admin2, actor_ids, run_id, id, linkable)
          WHERE linkable = 1;
        """,
        // The linking index is built by the linker when a second source arrives (SqliteEventLinker.PlaceIndex):
        // kept up in a store of one source, it cost every ingest about an eighth of its time (2.4M rows:
        // 40.6 s against 35.4 s) for links that cannot be; built once, over 413,000 linkable rows, it takes 2.4 s.
        "DROP INDEX IF EXISTS events_link_place;",
        // The coalition (issue 16): organisations, their users and the users' API tokens, kept
        // as hashes (Coalition.Secrets). A user's organisation and a token's user must exist.
        """
        CREATE TABLE organisations(id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE users(
          id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, organisation TEXT NOT NULL REFERENCES organisations(id),
          role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')), password TEXT, created_at TEXT NOT NULL);
        CREATE TABLE api_tokens(
          id INTEGER PRIMARY KEY, user INTEGER NOT NULL REFERENCES users(id), label TEXT NOT NULL,
          hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);
        """,
        // Markings (issue 16): every ingest run and every event carries one (Relational.StoreMarkings); rows
        // held before are the unmarked one, 0. The totals are kept per marking, so that a reader's
        // totals add only the markings it may see. Adding a column with a constant default reads no row.
        """
        CREATE TABLE markings(
          id INTEGER PRIMARY KEY, tlp TEXT NOT NULL, owner TEXT NOT NULL, released_to TEXT NOT NULL, recipients TEXT NOT NULL,
          UNIQUE(tlp, owner, released_to, recipients));
        INSERT INTO markings(id, tlp, owner, released_to, recipients) VALUES (0, 'amber+strict', '', '', '');
        ALTER TABLE ingest_runs ADD COLUMN marking INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN marking INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE organisations ADD COLUMN community INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE source_years_marked(
          source TEXT NOT NULL, dataset TEXT NOT NULL, year INTEGER NOT NULL, marking INTEGER NOT NULL, events INTEGER NOT NULL,
          watched INTEGER NOT NULL, uncertain INTEGER NOT NULL, last_day TEXT NOT NULL,
          PRIMARY KEY(source, dataset, year, marking)) WITHOUT ROWID;
        INSERT INTO source_years_marked SELECT source, dataset, year, 0, events, watched, uncertain, last_day FROM source_years;
        DROP TABLE source_years;
        ALTER TABLE source_years_marked RENAME TO source_years;
        CREATE TABLE country_months_marked(country TEXT NOT NULL, month TEXT NOT NULL, marking INTEGER NOT NULL, others INTEGER NOT NULL,
          PRIMARY KEY(country, month, marking)) WITHOUT ROWID;
        INSERT INTO country_months_marked SELECT country, month, 0, others FROM country_months;
        DROP TABLE country_months;
        ALTER TABLE country_months_marked RENAME TO country_months;
        """,
        // Markings on the matrices' versions (issue 16): each saved version is its saver's organisation's,
        // read as the events are; versions saved before are unmarked (0). Reads no row.
        "ALTER TABLE ach_matrices ADD COLUMN marking INTEGER NOT NULL DEFAULT 0;",
        // Compilations' own licences (issue 16, item 6): rows of a compilation whose terms share them carry
        // EventFlags.SharedCompilation. The totals say whether the store holds any: a store without reads no row.
        $$"""
        UPDATE events SET flags = flags | {{EventFlags.SharedCompilation}}
          WHERE EXISTS (SELECT 1 FROM source_years WHERE dataset IN ({{SharedCompilations}})) AND kw_dataset(details) IN ({{SharedCompilations}});
        """,
        // A claim's reading (issue 11, item 6): the one word a claim without a figure says, which a
        // matrix item rates it by. Versions saved before have none. Reads no row.
        "ALTER TABLE claims ADD COLUMN reading TEXT;",
    ];

    private static string SharedCompilations =>
        string.Join(", ", Coalition.SourceLicences.Compilations.Where(c => c.RowsShared).Select(c => $"'{c.Source.Replace("'", "''", StringComparison.Ordinal)}'").DefaultIfEmpty("NULL"));

    public static int Latest => Steps.Length;

    /// <summary>Brings a kwatch store (or an empty file) to the latest schema; refuses another program's database.</summary>
    public static void Apply(SqliteConnection connection, string path, Action<string>? upgrading = null)
    {
        var current = Version(connection, path);
        if (current is null)
        {
            Execute(connection, "CREATE TABLE schema_version(version INTEGER NOT NULL)");
            current = 0;
        }

        StoreSummaries.Register(connection);
        if (current > 0 && current < Latest)
        {
            // Steps 3 and 4 read every event; step 9 reads them only in a store holding a shared compilation; the others add tables or columns.
            upgrading?.Invoke(current < 4
                ? $"upgrading the store from schema version {current} to {Latest}, once (it reads every event: about half a minute at 2.4 million)"
                : $"upgrading the store from schema version {current} to {Latest}, once");
        }

        for (var v = current.Value; v < Latest; v++)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, Steps[v], tx);
            Execute(connection, $"INSERT INTO schema_version(version) VALUES ({v + 1})", tx);
            tx.Commit();
        }
    }

    /// <summary>For a reading verb: the file must be a kwatch store at the latest schema, as nothing may be changed to read it.</summary>
    public static void Check(SqliteConnection connection, string path)
    {
        switch (Version(connection, path))
        {
            case null:
                throw new StoreException(path, "an empty SQLite database, not a kwatch store yet (load events into it first)");
            case var v when v < Latest:
                throw new StoreException(path, $"the store has schema version {v}, older than this kwatch's {Latest}; a verb that writes upgrades it, as reading verbs change nothing: ingest any file again (unchanged rows are left as they are)");
        }
    }

    /// <summary>
    /// The store's schema version; null for a database with no tables at all (a new store). A
    /// database with tables but no <c>schema_version</c>, or a version that is not a whole number in
    /// range, is not a kwatch store and is refused.
    /// </summary>
    private static int? Version(SqliteConnection connection, string path)
    {
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        if (!names.Contains("schema_version"))
        {
            var shown = string.Join(", ", names.Take(5)) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");
            throw new StoreException(path, $"a SQLite database of another program (tables {shown}), not a kwatch store; kwatch leaves it as it is");
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT version FROM schema_version";
        var latest = 0L;
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var value = reader.GetValue(0);
                if (value is not long version || version < 0)
                {
                    throw new StoreException(path, $"the store's schema_version holds '{Shown(value)}', not a version number; the file is damaged or not a kwatch store");
                }

                latest = Math.Max(latest, version);
            }
        }

        return latest > Latest
            ? throw new StoreException(path, $"the store has schema version {latest}, newer than this kwatch understands ({Latest}); upgrade kwatch")
            : (int)latest;
    }

    private static string Shown(object value)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
