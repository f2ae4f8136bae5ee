using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>The SQLite side of linking: the sweep's covering index, built when first needed (<see cref="EventLinker"/> links).</summary>
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

        using var size = Sql.Command(connection, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", tx);
        if (new FileInfo(path).Length * 3 >= Convert.ToInt64(size.ExecuteScalar(), CultureInfo.InvariantCulture))
        {
            using var drop = Sql.Command(connection, "DROP INDEX IF EXISTS events_link_place", tx);
            drop.ExecuteNonQuery();
        }
    }

    /// <summary>Builds the sweep's index when the run has another source to link with, then links (<see cref="EventLinker"/>).</summary>
    public static int Link(SqliteConnection connection, SqliteTransaction tx, EventSource source, long runId, EventLinkRule rule, LinkExtents written) =>
        EventLinker.Link(connection, tx, Dialect.Sqlite, source, runId, rule, written, () => SqliteMigrations.Execute(connection, PlaceIndex, tx));
}
