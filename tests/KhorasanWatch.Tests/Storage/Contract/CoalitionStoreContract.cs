using System.Data.Common;
using KhorasanWatch.Analysis.Estimates;
using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Coalition;
using KhorasanWatch.Storage;

namespace KhorasanWatch.Tests.Storage.Contract;

/// <summary>
/// The store contract for what a coalition shares beside the events (<see cref="ICoalitionStore"/>):
/// one class of tests, run on every backend by a subclass that says how to open a store, as
/// Dapper's provider tests run one suite per database. Every method of the interface is covered.
/// </summary>
public abstract class CoalitionStoreContract : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 8, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Opens the test's store, a new one the first time (each call a connection of its own).</summary>
    protected abstract ICoalitionStore Open();

    /// <summary>Runs SQL on the audit log's table behind the store's back, as another program connected to it would.</summary>
    protected abstract void OnAuditTable(string sql);

    public abstract void Dispose();

    [Fact]
    public void Organisations_AreListedByIdWithTheirCommunity()
    {
        using var store = Open();
        store.AddOrganisation(new Organisation("fin", "FIN", "FIN", At));
        store.AddOrganisation(new Organisation("est", "EST", "EST", At.AddHours(1)) { InCommunity = false });

        var all = store.Organisations();

        Assert.Equal(["est", "fin"], all.Select(o => o.Id));
        Assert.False(all[0].InCommunity);
        Assert.True(all[1].InCommunity);
        Assert.Equal(At.AddHours(1), all[0].CreatedAt);
    }

    [Fact]
    public void Users_AreAddedListedAndFoundByName_WithTheirPasswordHash()
    {
        using var store = Open();
        store.AddOrganisation(new Organisation("fin", "FIN", "FIN", At));
        Assert.False(store.HasUsers());

        var ana = store.AddUser("ana", "fin", UserRole.Admin, "hash-of-ana", At);
        var bo = store.AddUser("bo", "fin", UserRole.Viewer, null, At);

        Assert.True(store.HasUsers());
        Assert.NotEqual(ana.Id, bo.Id);
        Assert.Equal(["ana", "bo"], store.Users().Select(u => u.Name));
        var (found, hash) = store.UserByName("ana")!.Value;
        Assert.Equal((ana.Id, UserRole.Admin, true, "hash-of-ana"), (found.Id, found.Role, found.HasPassword, hash));
        Assert.Null(store.UserByName("bo")!.Value.PasswordHash);
        Assert.Null(store.UserByName("mallory"));
        Assert.ThrowsAny<DbException>(() => store.AddUser("ana", "fin", UserRole.Analyst, null, At)); // names are unique
    }

    [Fact]
    public void Tokens_FindTheirUser_UntilRevoked_AndRevokeOnce()
    {
        using var store = Open();
        store.AddOrganisation(new Organisation("fin", "FIN", "FIN", At));
        var ana = store.AddUser("ana", "fin", UserRole.Analyst, null, At);

        var token = store.AddToken(ana.Id, "laptop", "hash-1", At);
        store.AddToken(ana.Id, "server", "hash-2", At);

        Assert.Equal("ana", store.UserByToken("hash-1")?.Name);
        Assert.Null(store.UserByToken("hash-unknown"));
        Assert.Equal(["laptop", "server"], store.Tokens().Select(t => t.Label));
        Assert.True(store.RevokeToken(token.Id, At.AddDays(1)));
        Assert.False(store.RevokeToken(token.Id, At.AddDays(2)));
        Assert.False(store.RevokeToken(9_999, At));
        Assert.Null(store.UserByToken("hash-1"));
        Assert.Equal("ana", store.UserByToken("hash-2")?.Name);
        Assert.Equal(At.AddDays(1), store.Tokens()[0].RevokedAt);
    }

    [Fact]
    public void Claims_AreVersioned_NeverOverwritten()
    {
        using var store = Open();
        var claim = Claim("c1", 2_000);

        Assert.Equal(new ClaimSave("added", 1), store.SaveClaim(claim, "file.csv:2", At));
        Assert.Equal(new ClaimSave("unchanged", 1), store.SaveClaim(claim, "file.csv:2", At.AddDays(1)));
        Assert.Equal(new ClaimSave("corrected", 2), store.SaveClaim(claim with { Value = 2_500, Low = 2_000 }, "claims add", At.AddDays(2)));
        store.SaveClaim(Claim("c2", 10, subject: "funding"), "file.csv:3", At);

        Assert.Equal(["c2", "c1"], store.Claims().Select(c => c.Id)); // by subject, then id
        var latest = Assert.Single(store.Claims("manpower"));
        Assert.Equal((2, 2_500.0, 2_000.0, (double?)null), (latest.Version, latest.Value, latest.Low, latest.High));
        var history = store.ClaimHistory("c1");
        Assert.Equal([1, 2], history.Select(v => v.Claim.Version));
        Assert.Equal(("file.csv:2", At.AddDays(2), "claims add"), (history[0].Origin, history[1].RecordedAt, history[1].Origin));
        Assert.Equal(claim, history[0].Claim);
        Assert.Empty(store.ClaimHistory("nobody's"));

        // A reading is a field of the claim like any other: kept, read back, and a change of it is a correction.
        var words = Claim("w1", 0) with { Value = null, Unit = null, Subject = "funding", Reading = "falling" };
        store.SaveClaim(words, "file.csv:4", At);
        Assert.Equal(new ClaimSave("corrected", 2), store.SaveClaim(words with { Reading = "sustained" }, "file.csv:4", At.AddDays(1)));
        Assert.Equal(["falling", "sustained"], store.ClaimHistory("w1").Select(v => v.Claim.Reading));
    }

    [Fact]
    public void Claims_AreReadAsTheirMarkingAllows()
    {
        using var store = Open();
        store.AddOrganisation(new Organisation("fin", "FIN", "FIN", At));
        store.AddOrganisation(new Organisation("est", "EST", "EST", At));
        store.AddUser("ana", "fin", UserRole.Analyst, null, At);
        store.AddUser("eve", "est", UserRole.Analyst, null, At);
        store.SaveClaim(Claim("open", 1, tlp: TlpLevel.Clear), "t", At);
        store.SaveClaim(Claim("fins", 2, tlp: TlpLevel.Amber), "t", At);
        store.SaveClaim(Claim("lighter-then-red", 3, tlp: TlpLevel.Green), "t", At);
        store.SaveClaim(Claim("lighter-then-red", 4, tlp: TlpLevel.Red), "t", At);

        store.ViewAs(new Viewer("eve", "est", IsLocalOwner: false));
        Assert.Equal(["open"], store.Claims().Select(c => c.Id));
        Assert.Empty(store.ClaimHistory("fins"));
        store.ViewAs(new Viewer("ana", "fin", IsLocalOwner: false));
        Assert.Equal(["fins", "open"], store.Claims().Select(c => c.Id).Order());
        Assert.Empty(store.ClaimHistory("lighter-then-red")); // its RED version names no one, so its history tells no one
        store.ViewAs(Viewer.LocalOwner);
        Assert.Equal(["open"], store.Claims().Select(c => c.Id)); // with users, the local owner is nobody
    }

    [Fact]
    public void Matrices_SaveNumberedVersions_ReadAsTheirMarkingAllows()
    {
        using var store = Open();
        store.AddOrganisation(new Organisation("fin", "FIN", "FIN", At));
        store.AddOrganisation(new Organisation("est", "EST", "EST", At));
        Assert.Null(store.LatestMatrix("iskp"));

        Assert.Equal(1, store.SaveMatrix("iskp", "{\"v\":1}", "imported", At));
        Assert.Equal(2, store.SaveMatrix("iskp", "{\"v\":2}", "rated E3 on H1", At.AddDays(1), new Marking(TlpLevel.Amber, "fin")));
        Assert.Equal(1, store.SaveMatrix("other", "{}", "imported", At));
        Assert.Equal((2, "{\"v\":2}", "rated E3 on H1", At.AddDays(1)), Summary(store.LatestMatrix("iskp")));
        Assert.Equal("{\"v\":1}", store.MatrixVersion("iskp", 1)?.Json);
        Assert.Null(store.MatrixVersion("iskp", 3));

        store.AddUser("eve", "est", UserRole.Analyst, null, At);
        store.ViewAs(new Viewer("eve", "est", IsLocalOwner: false));
        Assert.Null(store.LatestMatrix("iskp")); // version 1 is unmarked: the local owner's, nobody's once users exist
        Assert.Null(store.MatrixVersion("iskp", 2));
        store.ViewAs(new Viewer("ana", "fin", IsLocalOwner: false));
        Assert.Equal(2, store.LatestMatrix("iskp")?.Version);
    }

    [Fact]
    public void TheAuditLog_IsReadNewestFirst_Filtered_AndNeverChanged()
    {
        using var store = Open();
        var entries = new[]
        {
            Entry("ana", "ingest", At),
            Entry("ana", "user add", At.AddDays(1)),
            Entry("eve", "User List", At.AddDays(2)),
            Entry("eve", "users_x", At.AddDays(3)),
        }.Select(store.AppendAudit).ToList();

        Assert.Equal(entries.Select(e => e.Id).Order(), entries.Select(e => e.Id)); // ids follow the appends
        Assert.Equal(entries.AsEnumerable().Reverse().Select(e => e.Id), store.AuditLog(new AuditQuery()).Select(e => e.Id));
        Assert.Equal(entries[0], store.AuditLog(new AuditQuery(User: "ana"))[^1]); // every field as appended
        Assert.Equal(["users_x", "User List"], store.AuditLog(new AuditQuery(User: "eve")).Select(e => e.Action));
        Assert.Equal(["User List", "user add"], store.AuditLog(new AuditQuery(Action: "USER")).Select(e => e.Action)); // a verb takes its sub-verbs, any case; "users_x" is no sub-verb
        Assert.Equal(2, store.AuditLog(new AuditQuery(Since: DateOnly.FromDateTime(At.AddDays(2).UtcDateTime))).Count);
        Assert.Single(store.AuditLog(new AuditQuery(Limit: 1)));

        Assert.ThrowsAny<DbException>(() => OnAuditTable("UPDATE audit SET outcome = 'ok'"));
        var refused = Assert.ThrowsAny<DbException>(() => OnAuditTable("DELETE FROM audit"));
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(4, store.AuditLog(new AuditQuery()).Count);
    }

    private static (int, string, string, DateTimeOffset)? Summary(SavedMatrix? m) => m is null ? null : (m.Version, m.Json, m.Change, m.SavedAt);

    protected static AuditEntry Entry(string user, string action, DateTimeOffset at) =>
        new(0, at, user, user == "ana" ? "fin" : "est", action, $"{action} --db store", AuditOutcomes.Ok, "cli (test)");

    protected static Claim Claim(string id, double value, string subject = "manpower", TlpLevel tlp = TlpLevel.Amber) => new()
    {
        Id = id,
        Subject = subject,
        Statement = $"Claim {id}.",
        Value = value,
        Unit = "fighters",
        RefersTo = Time("2021"),
        Reported = Time("2021-06-01"),
        Source = new ClaimSource($"Source of {id}", "Publisher", "https://example.org/report", new DateOnly(2026, 1, 2)),
        Grade = AdmiraltyGrade.TryParse("B2", out var grade) ? grade : throw new InvalidOperationException("B2 is a grade."),
        Owner = "fin",
        Tlp = tlp,
        Notes = "A note.",
    };

    private static ClaimTime Time(string text) => ClaimTime.TryParse(text, out var time) ? time! : throw new InvalidOperationException($"{text} is a claim time.");
}
