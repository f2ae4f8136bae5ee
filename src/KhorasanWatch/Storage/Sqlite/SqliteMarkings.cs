using System.Globalization;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Coalition;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>
/// The markings in SQLite (schema 7): table <c>markings</c> holds each distinct marking once, and
/// ingest runs and events name theirs by id (0: rows held before markings, <see cref="Marking.Unmarked"/>).
/// Which ids a reader may see is worked out here, once per read, from the few markings a store has.
/// </summary>
internal static class SqliteMarkings
{
    /// <summary>The id of <paramref name="marking"/>, added when new.</summary>
    public static long IdOf(SqliteConnection connection, SqliteTransaction tx, Marking marking)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO markings(tlp, owner, released_to, recipients) VALUES ($t, $o, $r, $u) ON CONFLICT DO NOTHING;
            SELECT id FROM markings WHERE tlp = $t AND owner = $o AND released_to = $r AND recipients = $u;
            """;
        command.Parameters.AddWithValue("$t", marking.Tlp.Code());
        command.Parameters.AddWithValue("$o", marking.Owner);
        command.Parameters.AddWithValue("$r", Marking.Joined(marking.ReleasedTo));
        command.Parameters.AddWithValue("$u", Marking.Joined(marking.Recipients));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static IReadOnlyDictionary<long, Marking> All(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, tlp, owner, released_to, recipients FROM markings";
        using var r = command.ExecuteReader();
        var result = new Dictionary<long, Marking>();
        while (r.Read())
        {
            // A level this kwatch cannot read reaches nobody but the local owner: read as RED with no recipient.
            result[r.GetInt64(0)] = TlpLevels.TryParse(r.GetString(1), out var level)
                ? new Marking(level, r.GetString(2), Marking.Split(r.GetString(3)), Marking.Split(r.GetString(4)))
                : new Marking(TlpLevel.Red, "");
        }

        return result;
    }

    /// <summary>The organisations TLP:GREEN reaches: those in the community (all, unless set outside it).</summary>
    public static IReadOnlySet<string> Community(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM organisations WHERE community = 1";
        using var r = command.ExecuteReader();
        var result = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read())
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    /// <summary>
    /// Whether a marking reaches <paramref name="viewer"/> in this store. The local owner is the reader
    /// of a store without users only: once a store has a user, a reader who is none of them is
    /// <see cref="Viewer.Nobody"/>.
    /// </summary>
    public static Func<Marking, bool> Reaches(SqliteConnection connection, Viewer viewer)
    {
        if (OwnerAlone(connection, viewer))
        {
            return _ => true;
        }

        var reader = viewer.IsLocalOwner ? Viewer.Nobody : viewer;
        var community = Community(connection);
        return marking => MarkingRule.Reaches(marking, reader, community);
    }

    /// <summary>Whether <paramref name="viewer"/> is the local owner of a store without users: its one reader, who sees every marking and every row.</summary>
    public static bool OwnerAlone(SqliteConnection connection, Viewer viewer) => viewer.IsLocalOwner && !SqliteUsers.HasUsers(connection);

    /// <summary>The marking ids <paramref name="viewer"/> may see (<see cref="Reaches"/>).</summary>
    public static Visibility For(SqliteConnection connection, Viewer viewer)
    {
        var reaches = Reaches(connection, viewer);
        var markings = All(connection);
        var seen = markings.Where(m => reaches(m.Value)).Select(m => m.Key).Order().ToArray();
        return seen.Length == markings.Count ? Visibility.Everything : new Visibility(seen);
    }
}

/// <summary>The marking ids a reader may see; null ids: every one, so reads need no filter.</summary>
internal sealed record Visibility(long[]? Ids)
{
    public static readonly Visibility Everything = new((long[]?)null);

    public bool All => Ids is null;

    /// <summary>
    /// A SQL condition on <paramref name="column"/> (a marking id), "1" when everything is seen. The
    /// ids are the store's own integers. Nothing seen is a test no id passes, not the constant 0, which
    /// SQLite folds away, leaving a query that names its index (INDEXED BY) without a plan.
    /// </summary>
    public string Condition(string column) =>
        Ids is null ? "1" : Ids.Length == 0 ? $"{column} = -1" : $"{column} IN ({string.Join(", ", Ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
}
