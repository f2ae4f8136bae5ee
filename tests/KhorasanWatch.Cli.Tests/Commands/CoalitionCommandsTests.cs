using KhorasanWatch.Coalition;
using KhorasanWatch.Storage.Sqlite;
using KhorasanWatch.TestSupport;
using Microsoft.Data.Sqlite;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>The administrator's verbs: organisations, users (the first an admin), and tokens shown once and kept as hashes.</summary>
public sealed class CoalitionCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Db => _temp.File("k.db");

    private CliRun Kwatch(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    /// <summary>As the store's admin, who administers it once it has users.</summary>
    private CliRun Admin(params string[] args) => Kwatch([.. args, "--as", "admin1"]);

    [Fact]
    public void AnOrganisation_ThenItsFirstAdmin_ThenAnAnalyst_AreListed()
    {
        Assert.Equal(0, Kwatch("org", "add", "fin-def", "--name", "Finnish Defence Forces", "--country", "FIN").ExitCode);
        Assert.Equal(0, Kwatch("org", "add", "afg-mod", "--name", "Partner ministry", "--country", "Afghanistan").ExitCode);

        var orgs = Kwatch("org", "list").Out;
        Assert.Contains("fin-def", orgs, StringComparison.Ordinal);
        Assert.Contains("AFG", orgs, StringComparison.Ordinal); // a country name is read as its ISO3

        var refused = Kwatch("user", "add", "jussi", "--org", "fin-def", "--role", "analyst");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("kwatch: the first user of a store must be an admin: add 'jussi' with --role admin, or an admin first", refused.Error.Trim());

        Assert.Equal(0, Kwatch("user", "add", "admin1", "--org", "fin-def", "--role", "admin").ExitCode);
        Assert.Equal(0, Admin("user", "add", "jussi", "--org", "fin-def", "--role", "analyst").ExitCode);
        Assert.Equal(2, Admin("user", "add", "jussi", "--org", "fin-def").ExitCode); // the same name twice
        var unknown = Admin("user", "add", "x1", "--org", "nobody");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no organisation 'nobody' (add it first; known: afg-mod, fin-def)", unknown.Error, StringComparison.Ordinal);

        var users = Admin("user", "list").Out;
        Assert.Contains("admin1", users, StringComparison.Ordinal);
        Assert.Contains("analyst", users, StringComparison.Ordinal);
    }

    [Fact]
    public void APassword_IsKeptOnlyAsItsHash_AndSignsIn()
    {
        Kwatch("org", "add", "fin-def", "--name", "FDF", "--country", "FIN");
        var file = _temp.Write("pw.txt", "a passphrase of some length\n");
        Assert.Equal(0, Kwatch("user", "add", "admin1", "--org", "fin-def", "--role", "admin", "--password-file", file).ExitCode);
        var shortOne = Admin("user", "add", "short", "--org", "fin-def", "--password-file", _temp.Write("short.txt", "too short"));
        Assert.Equal(2, shortOne.ExitCode);
        Assert.Contains("give at least 12", shortOne.Error, StringComparison.Ordinal);

        Assert.DoesNotContain("a passphrase", Dump(), StringComparison.Ordinal);
        using var store = SqliteEventStore.Open(Db);
        var (user, hash) = store.UserByName("admin1")!.Value;
        Assert.Equal(UserRole.Admin, user.Role);
        Assert.True(Secrets.CheckPassword("a passphrase of some length", hash));
        Assert.False(Secrets.CheckPassword("a passphrase of some lengtH", hash));
    }

    [Fact]
    public void AToken_IsPrintedOnce_KeptAsItsHash_AndOpensNothingOnceRevoked()
    {
        Kwatch("org", "add", "fin-def", "--name", "FDF", "--country", "FIN");
        Kwatch("user", "add", "admin1", "--org", "fin-def", "--role", "admin");

        var created = Admin("token", "create", "admin1", "--label", "partner tool");
        Assert.Equal(0, created.ExitCode);
        var token = created.Out.Trim();
        Assert.StartsWith("kwt_", token, StringComparison.Ordinal);
        Assert.Contains("shown once", created.Error, StringComparison.Ordinal);

        Assert.DoesNotContain(token, Dump(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, Admin("token", "list").Out, StringComparison.Ordinal);
        using (var store = SqliteEventStore.Open(Db))
        {
            Assert.Equal("admin1", store.UserByToken(Secrets.HashToken(token))?.Name);
        }

        Assert.Equal(0, Admin("token", "revoke", "1").ExitCode);
        Assert.Equal(2, Admin("token", "revoke", "1").ExitCode);
        using (var store = SqliteEventStore.Open(Db))
        {
            Assert.Null(store.UserByToken(Secrets.HashToken(token)));
        }

        Assert.Contains("no user 'nobody'", Admin("token", "create", "nobody").Error, StringComparison.Ordinal);
    }

    /// <summary>Every text value in every table of the store, to prove a secret is in none.</summary>
    private string Dump()
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var r = list.ExecuteReader();
            while (r.Read())
            {
                tables.Add(r.GetString(0));
            }
        }

        var all = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var r = select.ExecuteReader();
            while (r.Read())
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    all.Append(r.IsDBNull(i) ? "" : r.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : r.GetValue(i).ToString()).Append('\n');
                }
            }
        }

        return all.ToString();
    }

    public void Dispose() => _temp.Dispose();
}
