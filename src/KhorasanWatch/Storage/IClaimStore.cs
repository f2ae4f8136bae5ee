using KhorasanWatch.Analysis.Estimates;

namespace KhorasanWatch.Storage;

/// <summary>
/// The estimates register. Claims are never overwritten: saving a claim whose id exists with other
/// content stores it as the next version; the same content again changes nothing.
/// </summary>
public interface IClaimStore
{
    /// <summary>Saves <paramref name="claim"/> (its <see cref="Claim.Version"/> is ignored), noting where it came from (a file and line, or a command).</summary>
    ClaimSave SaveClaim(Claim claim, string origin, DateTimeOffset recordedAt);

    /// <summary>The latest version of every claim, optionally of one subject, ordered by subject and id.</summary>
    IReadOnlyList<Claim> Claims(string? subject = null);

    /// <summary>Every version of one claim, oldest first, with when and from where each was recorded; empty when unknown.</summary>
    IReadOnlyList<ClaimVersion> ClaimHistory(string id);
}
