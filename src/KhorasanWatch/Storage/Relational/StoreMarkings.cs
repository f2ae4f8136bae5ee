using System.Data.Common;
using System.Globalization;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Coalition;
using static KhorasanWatch.Storage.Relational.Sql;

namespace KhorasanWatch.Storage.Relational;

/// <summary>
/// The markings, in either backend (SQLite schema 7): table <c>markings</c> holds each distinct marking once, and
/// ingest runs and events name theirs by id (0: rows held before markings, <see cref="Marking.Unmarked"/>).
/// Which ids a reader may see is worked out here, once per read, from the few markings a store has.
/// </summary>
internal static class StoreMarkings
{
    /// <summary>The id of <paramref name="marking"/>, added when new.</summary>
    public static long IdOf(DbConnection connection, DbTransaction tx, Marking marking)
    {
        (string, object?)[] key = [("@t", marking.Tlp.Code()), ("@o", marking.Owner), ("@r", Marking.Joined(marking.ReleasedTo)), ("@u", Marking.Joined(marking.Recipients))];
        Run(connection, "INSERT INTO markings(tlp, owner, released_to, recipients) VALUES (@t, @o, @r, @u) ON CONFLICT DO NOTHING", tx, key);
        return Scalar(connection, "SELECT id FROM markings WHERE tlp = @t AND owner = @o AND released_to = @r AND recipients = @u", tx, key);
    }

    public static IReadOnlyDictionary<long, Marking> All(DbConnection connection) =>
        Read(connection, "SELECT id, tlp, owner, released_to, recipients FROM markings", r => (Id: Long(r, 0), Marking:
            // A level this kwatch cannot read reaches nobody but the local owner: read as RED with no recipient.
            TlpLevels.TryParse(r.GetString(1), out var level)
                ? new Marking(level, r.GetString(2), Marking.Split(r.GetString(3)), Marking.Split(r.GetString(4)))
                : new Marking(TlpLevel.Red, ""))).ToDictionary(m => m.Id, m => m.Marking);

    /// <summary>The organisations TLP:GREEN reaches: those in the community (all, unless set outside it).</summary>
    public static IReadOnlySet<string> Community(DbConnection connection) =>
        Read(connection, "SELECT id FROM organisations WHERE community = 1", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a marking reaches <paramref name="viewer"/> in this store. The local owner is the reader
    /// of a store without users only: once a store has a user, a reader who is none of them is
    /// <see cref="Viewer.Nobody"/>.
    /// </summary>
    public static Func<Marking, bool> Reaches(DbConnection connection, Viewer viewer)
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
    public static bool OwnerAlone(DbConnection connection, Viewer viewer) => viewer.IsLocalOwner && !StoreUsers.HasUsers(connection);

    /// <summary>
    /// The licence rule on rows (<see cref="SourceLicences"/>) as a SQL condition on a source, a
    /// marking and an event's flags column: a row of a source whose terms forbid redistribution is
    /// shown only to its owner's organisation, unless it comes from a compilation whose own terms
    /// share it (<see cref="EventFlags.SharedCompilation"/>; an ingest's problems,
    /// <paramref name="flags"/> null, take their source's rule). Null for the local owner of a store
    /// without users, who sees every row.
    /// </summary>
    public static string? Rows(DbConnection connection, Viewer viewer, string source, string marking, string? flags)
    {
        if (OwnerAlone(connection, viewer))
        {
            return null;
        }

        var own = viewer.IsLocalOwner || viewer.Organisation is not { Length: > 0 } organisation
            ? []
            : All(connection).Where(m => m.Value.Owner == organisation).Select(m => m.Key).Order().ToArray();
        var shared = string.Join(", ", SourceLicences.Shared.Select(s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'"));
        var compilation = flags is null ? "" : $" OR ({flags} & {EventFlags.SharedCompilation}) <> 0";
        return $"({(shared.Length == 0 ? "FALSE" : $"{source} IN ({shared})")}{compilation} OR {new Visibility(own).Condition(marking)})";
    }

    /// <summary>
    /// "*" for the local owner of a store without users; else the marking ids seen, the user, their
    /// organisation and the community (claims are marked apart from the events, by the same rule).
    /// </summary>
    public static string Key(DbConnection connection, Viewer viewer) => OwnerAlone(connection, viewer)
        ? "*"
        : $"{string.Join(',', For(connection, viewer).Ids ?? [-1])}|{viewer.Name}|{viewer.Organisation}|{string.Join(',', Community(connection).Order(StringComparer.Ordinal))}";

    /// <summary>The marking ids <paramref name="viewer"/> may see (<see cref="Reaches"/>).</summary>
    public static Visibility For(DbConnection connection, Viewer viewer)
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
    /// A SQL condition on <paramref name="column"/> (a marking id), TRUE when everything is seen. The
    /// ids are the store's own integers. Nothing seen is a test no id passes, not the constant FALSE,
    /// which SQLite folds away, leaving a query that names its index (INDEXED BY) without a plan.
    /// </summary>
    public string Condition(string column) =>
        Ids is null ? "TRUE" : Ids.Length == 0 ? $"{column} = -1" : $"{column} IN ({string.Join(", ", Ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
}
