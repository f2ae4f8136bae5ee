using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Profiles;

namespace KhorasanWatch.Hosting;

/// <summary>What a host configures: the store it serves, and the watch profile with its counting rules.</summary>
public sealed class KhorasanWatchOptions
{
    /// <summary>The store a host serves when none is named: <c>kwatch.db</c> in the working folder.</summary>
    public const string DefaultStore = "kwatch.db";

    /// <summary>The store's location: a SQLite file's path.</summary>
    public string Store { get; set; } = DefaultStore;

    /// <summary>The store every host uses: the one named (<c>--db</c>), else <c>$KWATCH_DB</c>, else <see cref="DefaultStore"/>.</summary>
    public static string StoreFrom(string? named, Func<string, string?> environment) =>
        named is { Length: > 0 } ? named : environment("KWATCH_DB") is { Length: > 0 } variable ? variable : DefaultStore;

    /// <summary>Told when a use that writes upgrades the store's schema first (once, and it can take a while); null says nothing.</summary>
    public Action<string>? Upgrading { get; set; }

    /// <summary>The organisation that owns the claims a user adds without naming one (the CLI reads <c>$KWATCH_OWNER</c>).</summary>
    public string Owner { get; set; } = "unspecified";

    /// <summary>
    /// Who the CLI reads as, by user name (<c>--as</c>, else <c>$KWATCH_USER</c>); null for a store
    /// without users, whose one reader is its local owner. A server reads as its signed-in user instead (<see cref="IActingUser"/>).
    /// </summary>
    public string? ActingUser { get; set; }

    public WatchProfile Profile { get; set; } = WatchProfile.Iskp;

    public IndicatorRules Rules { get; set; } = IndicatorRules.Iskp;

    /// <summary>PBKDF2 iterations for a new password (<see cref="Coalition.Secrets"/>); a lower cost is for tests only.</summary>
    public int PasswordIterations { get; set; } = Coalition.Secrets.DefaultIterations;
}
