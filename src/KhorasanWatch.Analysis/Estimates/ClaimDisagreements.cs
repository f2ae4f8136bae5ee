namespace KhorasanWatch.Analysis.Estimates;

/// <summary>
/// Where the register disagrees with itself, shown rather than averaged away: a relay that changes
/// what its original said (another period, another figure), and two sources on the same subject and
/// unit whose times overlap but whose ranges exclude each other.
/// </summary>
public static class ClaimDisagreements
{
    public static IReadOnlyList<ClaimDisagreement> Find(IEnumerable<Claim> register)
    {
        var claims = register.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var found = new List<ClaimDisagreement>();
        foreach (var relay in claims.Where(c => c.Relays is not null && byId.ContainsKey(c.Relays)))
        {
            var original = byId[relay.Relays!]; // Filtered to relays whose original is present.
            var differences = new List<string>();
            if (relay.RefersTo.Text != original.RefersTo.Text)
            {
                differences.Add($"period {relay.RefersTo} against the original's {original.RefersTo}");
            }

            if (relay.Estimate != original.Estimate || relay.Unit != original.Unit)
            {
                differences.Add($"figure {Describe(relay)} against the original's {Describe(original)}");
            }

            if (differences.Count > 0)
            {
                found.Add(new ClaimDisagreement(relay, original, "relay", $"{relay.Id} relays {original.Id} but changes its {string.Join(" and ", differences)}."));
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
                    found.Add(new ClaimDisagreement(a, b, "ranges", $"{a.Id} ({Describe(a)}) and {b.Id} ({Describe(b)}) describe overlapping times but their ranges exclude each other."));
                }
            }
        }

        return found;
    }

    internal static string Describe(Claim c) => (c.Value, c.Low, c.High) switch
    {
        ({ } v, _, _) => $"{ClaimSeries.Figure(v)} {c.Unit}",
        (null, { } l, { } h) => $"{ClaimSeries.Figure(l)}–{ClaimSeries.Figure(h)} {c.Unit}",
        (null, { } l, null) => $"more than {ClaimSeries.Figure(l)} {c.Unit}",
        (null, null, { } h) => $"at most {ClaimSeries.Figure(h)} {c.Unit}",
        _ => "no figure",
    };
}
