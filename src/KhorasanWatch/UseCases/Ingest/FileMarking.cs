using KhorasanWatch.Analysis.Sharing;
using KhorasanWatch.Coalition;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Ingest;

/// <summary>The marking a host asks for an ingest, as given: each part null or empty for its default.</summary>
public sealed record IngestMarking(string? Tlp = null, string? Owner = null, IReadOnlyList<string>? ReleasedTo = null, IReadOnlyList<string>? Recipients = null);

/// <summary>
/// The marking of an ingested file (docs/coalition.md, "Markings"): TLP:AMBER unless asked, owned by
/// the acting user's organisation (in a store with users no other: the rows are that organisation's
/// to show, under its licence for them; none in a store without users, whose owner names any), released to the organisations
/// named (AMBER only), and for TLP:RED the users named, else the acting user. Every organisation and
/// user named must be the store's: a misspelt one would share with nobody without a word.
/// </summary>
public static class FileMarking
{
    public static Marking Resolve(IngestMarking asked, IUserStore store, Viewer reader)
    {
        var acting = reader.IsLocalOwner ? null : reader;
        var tlp = Reports.ReportUseCase.Marking(RequestValues.Blank(asked.Tlp)); // amber when not given, as a report's
        var organisations = store.Organisations().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        string Organisation(string id, string parameter) => id.Trim().ToLowerInvariant() is var key && organisations.Contains(key)
            ? key
            : throw RequestValues.Invalid($"{{{parameter}}} '{{0}}' is not an organisation of {{the_store}}", id);
        var owner = asked.Owner is { Length: > 0 } named ? Organisation(named, "owner") : acting?.Organisation ?? "";
        if (acting is { Organisation: { } own } && owner != own)
        {
            // The rows are shown as rows to their owner's organisation (SourceLicences): the one whose licence loaded them.
            throw RequestValues.Invalid("{owner} '{0}': a file's rows belong to the organisation that loads them, '{1}' (its licence for the data is the one that counts); ask a user of '{0}' to load it", owner, own);
        }

        var released = (asked.ReleasedTo ?? []).Select(o => Organisation(o, "release_to")).ToList();
        if (released.Count > 0 && tlp != TlpLevel.Amber)
        {
            throw RequestValues.Invalid("{release_to} releases TLP:AMBER only; this file is {0}", tlp.Label());
        }

        var users = store.Users().Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var recipients = (asked.Recipients ?? []).Select(u => u.Trim().ToLowerInvariant() is var key && users.Contains(key)
            ? key
            : throw RequestValues.Invalid("{recipients} '{0}' is not a user of {the_store}", u)).ToList();
        if (recipients.Count > 0 && tlp != TlpLevel.Red)
        {
            throw RequestValues.Invalid("{recipients} names the readers of TLP:RED only; this file is {0}", tlp.Label());
        }

        if (tlp == TlpLevel.Red && recipients.Count == 0)
        {
            recipients = acting?.Name is { } name ? [name] : throw RequestValues.Invalid("a TLP:RED file needs its readers: name them with {recipients}");
        }

        return new Marking(tlp, owner, released, recipients);
    }
}
