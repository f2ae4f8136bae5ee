using System.Data.Common;
using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using static KhorasanWatch.Storage.Relational.Sql;

namespace KhorasanWatch.Storage.Relational;

/// <summary>The estimates register, in either backend: one row per claim version, the latest being the claim.</summary>
internal static class StoreClaims
{
    private const string Columns =
        "id, version, recorded_at, origin, subject, statement, value, low, high, unit, refers_to, reported, source_title, source_publisher, " +
        "source_reference, accessed, grade, owner, tlp, relays, notes, reading";

    public static ClaimSave Save(DbConnection connection, Claim claim, string origin, DateTimeOffset recordedAt)
    {
        using var tx = Begin(connection);
        WriteAlone(connection, tx, "claims");
        var history = History(connection, claim.Id, tx);
        var current = history.Count == 0 ? null : history[^1];
        if (current is not null && Same(current.Claim, claim))
        {
            return new ClaimSave("unchanged", current.Claim.Version);
        }

        var version = (current?.Claim.Version ?? 0) + 1;
        using var insert = Command(connection, $"INSERT INTO claims({Columns}) VALUES (@id, @version, @recorded, @origin, @subject, @statement, @value, @low, @high, @unit, " +
            "@refers, @reported, @title, @publisher, @reference, @accessed, @grade, @owner, @tlp, @relays, @notes, @reading)", tx,
            ("@id", claim.Id),
            ("@version", version),
            ("@recorded", recordedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("@origin", origin),
            ("@subject", claim.Subject),
            ("@statement", claim.Statement),
            ("@value", claim.Value),
            ("@low", claim.Low),
            ("@high", claim.High),
            ("@unit", claim.Unit),
            ("@refers", claim.RefersTo.Text),
            ("@reported", claim.Reported.Text),
            ("@title", claim.Source.Title),
            ("@publisher", claim.Source.Publisher),
            ("@reference", claim.Source.Reference),
            ("@accessed", claim.Source.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@grade", claim.Grade.ToString()),
            ("@owner", claim.Owner),
            ("@tlp", claim.Tlp.Code()),
            ("@relays", claim.Relays),
            ("@notes", claim.Notes),
            ("@reading", claim.Reading));
        insert.ExecuteNonQuery();
        tx.Commit();
        return new ClaimSave(current is null ? "added" : "corrected", version);
    }

    public static IReadOnlyList<Claim> Latest(DbConnection connection, string? subject)
    {
        using var command = Command(connection, $"""
            SELECT {Columns} FROM claims c
            WHERE version = (SELECT MAX(version) FROM claims WHERE id = c.id) {(subject is null ? "" : "AND subject = @subject")}
            ORDER BY subject, id
            """, null, subject is null ? [] : [("@subject", subject)]);
        return Read(command).Select(v => v.Claim).ToList();
    }

    public static IReadOnlyList<ClaimVersion> History(DbConnection connection, string id, DbTransaction? tx = null)
    {
        using var command = Command(connection, $"SELECT {Columns} FROM claims WHERE id = @id ORDER BY version", tx, ("@id", id));
        return Read(command);
    }

    /// <summary>The claims <paramref name="viewer"/> may see: a claim's marking is its TLP level and owner (the register has no release lists: an AMBER claim reaches its owner's organisation).</summary>
    public static IReadOnlyList<Claim> Seen(DbConnection connection, Coalition.Viewer viewer, IReadOnlyList<Claim> claims)
    {
        var sees = Sees(connection, viewer);
        return [.. claims.Where(sees)];
    }

    /// <summary>A claim's history only when every version may be seen (an earlier one, marked more lightly, would still tell of it).</summary>
    public static IReadOnlyList<ClaimVersion> SeenHistory(DbConnection connection, Coalition.Viewer viewer, IReadOnlyList<ClaimVersion> history)
    {
        var sees = Sees(connection, viewer);
        return history.All(v => sees(v.Claim)) ? history : [];
    }

    private static Func<Claim, bool> Sees(DbConnection connection, Coalition.Viewer viewer)
    {
        var reaches = StoreMarkings.Reaches(connection, viewer);
        return claim => reaches(new Coalition.Marking(claim.Tlp, claim.Owner));
    }

    /// <summary>The same claim apart from its version: saving it again is not a correction.</summary>
    private static bool Same(Claim a, Claim b) => a with { Version = 0 } == b with { Version = 0 };

    private static List<ClaimVersion> Read(DbCommand command)
    {
        var connection = command.Connection!; // Commands are created from the store's connection.
        using var r = command.ExecuteReader();
        var result = new List<ClaimVersion>();
        while (r.Read())
        {
            string? S(int i) => Text(r, i);
            double? D(int i) => Real(r, i);
            if (!ClaimTime.TryParse(r.GetString(10), out var refersTo) || !ClaimTime.TryParse(r.GetString(11), out var reported) ||
                !AdmiraltyGrade.TryParse(r.GetString(16), out var grade) || !TlpLevels.TryParse(r.GetString(18), out var tlp))
            {
                throw new StoreException(connection.DataSource, $"claim {r.GetString(0)} version {Int(r, 1)} is damaged (its dates, grade or TLP marking cannot be read)");
            }

            var claim = new Claim
            {
                Id = r.GetString(0),
                Version = Int(r, 1),
                Subject = r.GetString(4),
                Statement = r.GetString(5),
                Value = D(6),
                Low = D(7),
                High = D(8),
                Unit = S(9),
                RefersTo = refersTo!, // TryParse returned true above.
                Reported = reported!,
                Source = new ClaimSource(r.GetString(12), S(13), S(14), S(15) is { } accessed ? DateOnly.ParseExact(accessed, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null),
                Grade = grade,
                Owner = r.GetString(17),
                Tlp = tlp,
                Relays = S(19),
                Notes = S(20),
                Reading = S(21),
            };
            result.Add(new ClaimVersion(claim, DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture), r.GetString(3)));
        }

        return result;
    }
}
