using System.Globalization;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Storage.Sqlite;

/// <summary>The estimates register in SQLite: one row per claim version, the latest being the claim.</summary>
internal static class SqliteClaims
{
    private const string Columns =
        "id, version, recorded_at, origin, subject, statement, value, low, high, unit, refers_to, reported, source_title, source_publisher, " +
        "source_reference, accessed, grade, owner, tlp, relays, notes";

    public static ClaimSave Save(SqliteConnection connection, Claim claim, string origin, DateTimeOffset recordedAt)
    {
        using var tx = connection.BeginTransaction();
        var history = History(connection, claim.Id, tx);
        var current = history.Count == 0 ? null : history[^1];
        if (current is not null && Same(current.Claim, claim))
        {
            return new ClaimSave("unchanged", current.Claim.Version);
        }

        var version = (current?.Claim.Version ?? 0) + 1;
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO claims({Columns}) VALUES ($id, $version, $recorded, $origin, $subject, $statement, $value, $low, $high, $unit, " +
            "$refers, $reported, $title, $publisher, $reference, $accessed, $grade, $owner, $tlp, $relays, $notes)";
        object Db(object? v) => v ?? DBNull.Value;
        insert.Parameters.AddWithValue("$id", claim.Id);
        insert.Parameters.AddWithValue("$version", version);
        insert.Parameters.AddWithValue("$recorded", recordedAt.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$origin", origin);
        insert.Parameters.AddWithValue("$subject", claim.Subject);
        insert.Parameters.AddWithValue("$statement", claim.Statement);
        insert.Parameters.AddWithValue("$value", Db(claim.Value));
        insert.Parameters.AddWithValue("$low", Db(claim.Low));
        insert.Parameters.AddWithValue("$high", Db(claim.High));
        insert.Parameters.AddWithValue("$unit", Db(claim.Unit));
        insert.Parameters.AddWithValue("$refers", claim.RefersTo.Text);
        insert.Parameters.AddWithValue("$reported", claim.Reported.Text);
        insert.Parameters.AddWithValue("$title", claim.Source.Title);
        insert.Parameters.AddWithValue("$publisher", Db(claim.Source.Publisher));
        insert.Parameters.AddWithValue("$reference", Db(claim.Source.Reference));
        insert.Parameters.AddWithValue("$accessed", Db(claim.Source.Accessed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        insert.Parameters.AddWithValue("$grade", claim.Grade.ToString());
        insert.Parameters.AddWithValue("$owner", claim.Owner);
        insert.Parameters.AddWithValue("$tlp", claim.Tlp.Code());
        insert.Parameters.AddWithValue("$relays", Db(claim.Relays));
        insert.Parameters.AddWithValue("$notes", Db(claim.Notes));
        insert.ExecuteNonQuery();
        tx.Commit();
        return new ClaimSave(current is null ? "added" : "corrected", version);
    }

    public static IReadOnlyList<Claim> Latest(SqliteConnection connection, string? subject)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM claims c
            WHERE version = (SELECT MAX(version) FROM claims WHERE id = c.id) {(subject is null ? "" : "AND subject = $subject")}
            ORDER BY subject, id
            """;
        if (subject is not null)
        {
            command.Parameters.AddWithValue("$subject", subject);
        }

        return Read(command).Select(v => v.Claim).ToList();
    }

    public static IReadOnlyList<ClaimVersion> History(SqliteConnection connection, string id, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT {Columns} FROM claims WHERE id = $id ORDER BY version";
        command.Parameters.AddWithValue("$id", id);
        return Read(command);
    }

    /// <summary>The same claim apart from its version: saving it again is not a correction.</summary>
    private static bool Same(Claim a, Claim b) => a with { Version = 0 } == b with { Version = 0 };

    private static List<ClaimVersion> Read(SqliteCommand command)
    {
        var connection = command.Connection!; // Commands are created from the store's connection.
        using var r = command.ExecuteReader();
        var result = new List<ClaimVersion>();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            if (!ClaimTime.TryParse(r.GetString(10), out var refersTo) || !ClaimTime.TryParse(r.GetString(11), out var reported) ||
                !AdmiraltyGrade.TryParse(r.GetString(16), out var grade) || !TlpLevels.TryParse(r.GetString(18), out var tlp))
            {
                throw new StoreException(connection.DataSource, $"claim {r.GetString(0)} version {r.GetInt32(1)} is damaged (its dates, grade or TLP marking cannot be read)");
            }

            var claim = new Claim
            {
                Id = r.GetString(0),
                Version = r.GetInt32(1),
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
            };
            result.Add(new ClaimVersion(claim, DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture), r.GetString(3)));
        }

        return result;
    }
}
