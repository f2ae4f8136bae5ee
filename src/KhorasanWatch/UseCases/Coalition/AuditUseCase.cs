using KhorasanWatch.Coalition;
using KhorasanWatch.Hosting;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Coalition;

/// <summary>
/// The audit log of a coalition store (docs/coalition.md, "Audit"): every host appends what each
/// request asked, who asked it, from where and how it ended — sign-ins, reads and writes — and
/// only an admin reads it. A store without users is one analyst's, with no one to answer to: it
/// keeps no log. Nothing in the product changes or removes an entry, and the store refuses it.
/// </summary>
public sealed class AuditUseCase(IStoreFactory stores, KhorasanWatchOptions options, IActingUser acting, TimeProvider clock, WatchReader reader)
{
    /// <summary>The longest <see cref="AuditEntry.Detail"/> kept: what was asked, not what was sent.</summary>
    public const int DetailLength = 500;

    /// <summary>
    /// Appends an entry for the acting user (or, for a sign-in, <paramref name="user"/>: the name
    /// tried) to the configured store's log, if the store exists, can be read (a reading verb refuses
    /// an older schema: nothing was read) and has users; else nothing. The store is opened to read
    /// only: the log is kept apart from it. Returns whether an entry was written; a log that cannot be
    /// written throws, for the host to report.
    /// </summary>
    public bool Record(string action, string detail, string outcome, string origin, string? user = null)
    {
        if (!stores.Exists(options.Store))
        {
            return false;
        }

        IWatchStore store;
        try
        {
            store = stores.OpenExisting(options.Store);
        }
        catch (StoreException)
        {
            return false; // an older schema, an empty or damaged file: the verb itself was refused for it, and nothing was read
        }

        using (store)
        {
            if (!store.HasUsers())
            {
                return false;
            }

            var name = (user ?? acting.Name)?.Trim().ToLowerInvariant() ?? "";
            var organisation = name.Length > 0 && store.UserByName(name) is { } found ? found.User.Organisation : "";
            store.AppendAudit(new AuditEntry(0, clock.GetUtcNow(), Clean(name, 100), organisation, Clean(action, 100), Clean(detail, DetailLength), outcome, Clean(origin, 200)));
            return true;
        }
    }

    /// <summary>The entries the query asks for, newest first: for the store's admins only.</summary>
    public IReadOnlyList<AuditEntry> Log(AuditQuery query)
    {
        if (query.Limit is < 1 or > 100_000)
        {
            throw RequestValues.Invalid("{limit} is 1 to 100000 (got {0})", query.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var store = reader.OpenAdministered(creating: false);
        return store.AuditLog(query with { User = query.User?.Trim().ToLowerInvariant(), Action = query.Action?.Trim() });
    }

    /// <summary>
    /// One line of at most <paramref name="length"/> characters: control characters (a forged line
    /// break), line and paragraph separators and invisible format characters (bidirectional
    /// overrides, zero-width ones, which can make an entry read as another) become spaces.
    /// </summary>
    private static string Clean(string text, int length)
    {
        var cleaned = string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) || char.GetUnicodeCategory(t[i]) is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator ? ' ' : t[i];
            }
        });
        return cleaned.Length <= length ? cleaned : cleaned[..(length - 1)] + "…";
    }
}
