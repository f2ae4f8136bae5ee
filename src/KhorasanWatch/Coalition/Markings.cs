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

    /// <summary>The marking as a reader sees it: "TLP:AMBER (fin-def; released to est-def)".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Owner.Length > 0)
        {
            parts.Add(Owner);
        }

        if (ReleasedTo.Count > 0)
        {
            parts.Add("released to " + string.Join(", ", ReleasedTo));
        }

        if (Recipients.Count > 0)
        {
            parts.Add("for " + string.Join(", ", Recipients));
        }

        return parts.Count == 0 ? Tlp.Label() : $"{Tlp.Label()} ({string.Join("; ", parts)})";
    }

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

    public override string ToString() => IsLocalOwner ? "the store's local owner" : Name ?? "an unknown reader";
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
    /// The marking of a product derived from objects of <paramref name="inputs"/>' markings (an
    /// indicator, a warning, a report): the most restrictive level, reaching only whom every input at
    /// that level reaches — for AMBER the organisations (owner or released to) common to them all,
    /// written as released to, under their one owner when they share it; for RED the users common to
    /// them all. A product of no marked input is TLP:CLEAR.
    /// </summary>
    public static Marking Derived(IReadOnlyCollection<Marking> inputs)
    {
        if (inputs.Count == 0)
        {
            return new Marking(TlpLevel.Clear, "");
        }

        var tlp = inputs.Max(m => m.Tlp);
        var top = inputs.Where(m => m.Tlp == tlp).ToList();
        var owners = top.Select(m => m.Owner).Distinct().ToList();
        var owner = owners.Count == 1 ? owners[0] : "";
        IEnumerable<string> Common(Func<Marking, IEnumerable<string>> audience) =>
            top.Skip(1).Aggregate(audience(top[0]), (common, m) => common.Intersect(audience(m)));
        return tlp switch
        {
            TlpLevel.Amber => new Marking(tlp, owner, Common(m => m.Owner.Length > 0 ? m.ReleasedTo.Append(m.Owner) : m.ReleasedTo).Where(o => o != owner)),
            TlpLevel.Red => new Marking(tlp, owner, recipients: Common(m => m.Recipients)),
            _ => new Marking(tlp, owner),
        };
    }
}
