namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// Where the register disagrees with itself, shown rather than averaged away: a relay that changes
/// what its original said (another period, another figure), and two sources on the same subject and
/// unit whose times overlap but whose ranges exclude each other.
/// </summary>
public static class ClaimDisagreements
{
    /// <summary>
    /// Finds the disagreements; <paramref name="name"/> and <paramref name="time"/> write a claim and
    /// a time in the statements: by default the claim's key and its time as entered (the command
    /// line's terms), a report passes its readers' (the source's title, the report's dates).
    /// </summary>
    public static IReadOnlyList<ClaimDisagreement> Find(IEnumerable<Claim> register, Func<Claim, string>? name = null, Func<ClaimTime, string>? time = null)
    {
        name ??= c => c.Id;
        time ??= t => t.Text;
        var claims = register.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var found = new List<ClaimDisagreement>();
        foreach (var relay in claims.Where(c => c.Relays is not null && byId.ContainsKey(c.Relays)))
        {
            var original = byId[relay.Relays!]; // Filtered to relays whose original is present.
            var differences = new List<string>();
            if (relay.RefersTo.Start != original.RefersTo.Start || relay.RefersTo.End != original.RefersTo.End)
            {
                differences.Add($"period {time(relay.RefersTo)} against the original's {time(original.RefersTo)}");
            }

            if (relay.Estimate != original.Estimate || relay.Unit != original.Unit)
            {
                differences.Add($"figure {ClaimFigures.Describe(relay)} against the original's {ClaimFigures.Describe(original)}");
            }

            if (differences.Count > 0)
            {
                found.Add(new ClaimDisagreement(relay, original, "relay", $"{name(relay)} relays {name(original)} but changes its {string.Join(" and ", differences)}."));
            }
        }

        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Subject == b.Subject && a.Unit == b.Unit && a.Range is { } ra && b.Range is { } rb && a.RefersTo.Overlaps(b.RefersTo) &&
                    (ra.High < rb.Low || rb.High < ra.Low) && a.Relays != b.Id && b.Relays != a.Id)
                {
                    found.Add(new ClaimDisagreement(a, b, "ranges", $"{name(a)} ({ClaimFigures.Describe(a)}) and {name(b)} ({ClaimFigures.Describe(b)}) describe overlapping times but their ranges exclude each other."));
                }
            }
        }

        return found;
    }
}
