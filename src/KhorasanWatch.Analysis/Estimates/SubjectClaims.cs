namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// A subject's claims as a reader should weigh them: the independent claims, and apart the relays
/// set aside because their original is in the register — a relay repeats its original and is not a
/// second source, as in <see cref="ClaimSeries"/>. A relay whose original is absent counts as a
/// source. Both lists run latest first (by the last day described, then by id).
/// </summary>
public sealed record SubjectClaims(string Subject, IReadOnlyList<Claim> Independent, IReadOnlyList<Claim> RelaysSetAside)
{
    /// <summary>The latest independent claim; a relay only when the subject has nothing else.</summary>
    public Claim? Latest => Independent.Count > 0 ? Independent[0] : RelaysSetAside.Count > 0 ? RelaysSetAside[0] : null;

    public int Count => Independent.Count + RelaysSetAside.Count;

    public static SubjectClaims Of(IReadOnlyCollection<Claim> register, string subject)
    {
        var ids = register.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var claims = register.Where(c => c.Subject == subject).OrderByDescending(c => c.RefersTo.End).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        bool SetAside(Claim c) => c.Relays is { } original && ids.Contains(original);
        return new SubjectClaims(subject, claims.Where(c => !SetAside(c)).ToList(), claims.Where(SetAside).ToList());
    }
}
