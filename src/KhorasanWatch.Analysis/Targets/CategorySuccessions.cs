namespace KhorasanWatch.Analysis.Targets;

/// <summary>
/// Categories that take over from one another on a day: where a profile rule stops on day D
/// (<c>until</c>) and another starts on D (<c>from</c>) in the same countries, the same targets
/// change label on D (the Afghan Republic's forces before 15 August 2021, the Taliban government's
/// after). A detector whose window crosses D must count those categories as one, or it would see a
/// jump that is only a relabelling. The groups are derived from the rules, so any later dated rule
/// in a profile is handled the same way.
/// </summary>
public sealed class CategorySuccessions
{
    private readonly List<(DateOnly On, HashSet<TargetCategory> Group)> _groups;

    private CategorySuccessions(List<(DateOnly On, HashSet<TargetCategory> Group)> groups) => _groups = groups;

    public static CategorySuccessions None { get; } = new([]);

    /// <summary>The days on which some categories are relabelled, earliest first.</summary>
    public IEnumerable<DateOnly> Days => _groups.Select(g => g.On).Distinct().Order();

    public static CategorySuccessions From(IReadOnlyList<TargetRule> rules)
    {
        var groups = new List<(DateOnly, HashSet<TargetCategory>)>();
        foreach (var day in rules.Select(r => r.Until).OfType<DateOnly>().Distinct().Order())
        {
            var group = new HashSet<TargetCategory>();
            foreach (var ending in rules.Where(r => r.Until == day))
            {
                foreach (var starting in rules.Where(r => r.From == day && r.Category != ending.Category && Overlap(ending.Countries, r.Countries)))
                {
                    group.Add(ending.Category);
                    group.Add(starting.Category);
                }
            }

            if (group.Count > 0)
            {
                groups.Add((day, group));
            }
        }

        return new CategorySuccessions(groups);
    }

    /// <summary>
    /// The categories counted as one with <paramref name="category"/> by a detector looking at
    /// <paramref name="from"/> to <paramref name="to"/>: itself, and every category it succeeds or is
    /// succeeded by on a day inside that span.
    /// </summary>
    public IReadOnlySet<TargetCategory> CountedWith(TargetCategory category, DateOnly from, DateOnly to)
    {
        var counted = new HashSet<TargetCategory> { category };
        bool grew;
        do
        {
            grew = false;
            foreach (var (on, group) in _groups)
            {
                if (on > from && on <= to && group.Overlaps(counted) && !group.IsSubsetOf(counted))
                {
                    counted.UnionWith(group);
                    grew = true;
                }
            }
        }
        while (grew);
        return counted;
    }

    private static bool Overlap(IReadOnlySet<string>? a, IReadOnlySet<string>? b) => a is null || b is null || a.Overlaps(b);
}
