using KhorasanWatch.Analysis.Sharing;

namespace KhorasanWatch.Coalition;

/// <summary>
/// A TLP 2.0 marking on stored objects (docs/coalition.md, "Markings"): the level, the owning
/// organisation ("" for none), and for TLP:AMBER the organisations it is released to, for TLP:RED
/// the users named. The lists are kept sorted and distinct, so one marking has one spelling.
/// </summary>
public sealed record Marking
{
    public Marking(TlpLevel tlp, string owner, IEnumerable<string>? releasedTo = null, IEnumerable<string>? recipients = null)
    {
        Tlp = tlp;
        Owner = owner.Trim().ToLowerInvariant();
        ReleasedTo = Canonical(releasedTo);
        Recipients = Canonical(recipients);
    }

    public TlpLevel Tlp { get; }

    public string Owner { get; }

    public IReadOnlyList<string> ReleasedTo { get; }

    public IReadOnlyList<string> Recipients { get; }

    /// <summary>What rows held before markings carry: no owner, AMBER+STRICT, so in a store with users nobody sees them until they are marked (ingested again with a marking).</summary>
    public static readonly Marking Unmarked = new(TlpLevel.AmberStrict, "");

    /// <summary>The lists as the store keeps them: names joined by commas.</summary>
    public static string Joined(IReadOnlyList<string> names) => string.Join(',', names);

    public static IReadOnlyList<string> Split(string joined) => joined.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Equals(Marking? other) =>
        other is not null && Tlp == other.Tlp && Owner == other.Owner && ReleasedTo.SequenceEqual(other.ReleasedTo) && Recipients.SequenceEqual(other.Recipients);

    public override int GetHashCode() => HashCode.Combine(Tlp, Owner, Joined(ReleasedTo), Joined(Recipients));

    private static string[] Canonical(IEnumerable<string>? names) =>
        names is null ? [] : [.. names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal)];
}

/// <summary>
/// Who is reading: a user of an organisation, or the local owner of a store without users (the one
/// analyst, who sees everything the file holds). <see cref="Nobody"/> is a reader not known to a
/// store with users: it sees TLP:CLEAR only.
/// </summary>
public sealed record Viewer(string? Name, string? Organisation, bool IsLocalOwner)
{
    public static readonly Viewer LocalOwner = new(null, null, IsLocalOwner: true);

    public static readonly Viewer Nobody = new(null, null, IsLocalOwner: false);

    public static Viewer Of(User user) => new(user.Name, user.Organisation, IsLocalOwner: false);
}

/// <summary>
/// Who a marking reaches (TLP 2.0, FIRST): CLEAR everyone; GREEN the owner and the organisations of
/// the community; AMBER the owner and the organisations released to; AMBER+STRICT the owner only;
/// RED the named users only. An empty or unknown list reaches nobody; the owner of a RED object is
/// not a recipient unless named. An admin is a user like any other here: the rule has no role.
/// </summary>
public static class MarkingRule
{
    public static bool Reaches(Marking marking, Viewer viewer, IReadOnlySet<string> community)
    {
        if (viewer.IsLocalOwner || marking.Tlp == TlpLevel.Clear)
        {
            return true;
        }

        var org = viewer.Organisation;
        var owns = org is not null && marking.Owner.Length > 0 && org == marking.Owner;
        return marking.Tlp switch
        {
            TlpLevel.Green => owns || (org is not null && community.Contains(org)),
            TlpLevel.Amber => owns || (org is not null && marking.ReleasedTo.Contains(org)),
            TlpLevel.AmberStrict => owns,
            TlpLevel.Red => viewer.Name is not null && marking.Recipients.Contains(viewer.Name),
            _ => false,
        };
    }

    /// <summary>
    /// The level a product derived from objects of <paramref name="inputs"/>' markings carries (an
    /// indicator, a warning, a report): the most restrictive of them; TLP:CLEAR for none. Its
    /// audience (the release lists and recipients common to every input) is not computed yet.
    /// </summary>
    public static TlpLevel Derived(IReadOnlyCollection<Marking> inputs) => inputs.Count == 0 ? TlpLevel.Clear : inputs.Max(m => m.Tlp);
}
