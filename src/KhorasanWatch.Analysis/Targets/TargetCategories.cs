namespace KhorasanWatch.Analysis.Targets;

public static class TargetCategories
{
    public static IReadOnlyList<TargetCategory> All { get; } = Enum.GetValues<TargetCategory>();

    public static string Id(this TargetCategory category) => category switch
    {
        TargetCategory.Taliban => "taliban",
        TargetCategory.AfghanRepublic => "afghan_republic",
        TargetCategory.ShiaHazara => "shia_hazara",
        TargetCategory.WestAffiliatedAfghans => "west_affiliated_afghans",
        TargetCategory.WesternersForeigners => "westerners_foreigners",
        TargetCategory.ReligiousMinorities => "religious_minorities",
        TargetCategory.NeighbourForces => "neighbour_forces",
        TargetCategory.OtherCivilians => "other_civilians",
        _ => "unknown",
    };

    public static bool TryParse(string id, out TargetCategory category)
    {
        foreach (var c in All)
        {
            if (c.Id() == id)
            {
                category = c;
                return true;
            }
        }

        category = TargetCategory.Unknown;
        return false;
    }
}
