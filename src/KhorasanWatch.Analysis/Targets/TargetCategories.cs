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

    /// <summary>The category as a report writes it in a sentence: "the Taliban", "Shia and Hazara communities".</summary>
    public static string Describe(this TargetCategory category) => category switch
    {
        TargetCategory.Taliban => "the Taliban",
        TargetCategory.AfghanRepublic => "the Afghan Republic's forces and officials",
        TargetCategory.ShiaHazara => "Shia and Hazara communities",
        TargetCategory.WestAffiliatedAfghans => "Afghans tied to the West",
        TargetCategory.WesternersForeigners => "Westerners and foreigners",
        TargetCategory.ReligiousMinorities => "religious minorities",
        TargetCategory.NeighbourForces => "neighbouring states' forces",
        TargetCategory.OtherCivilians => "other civilians",
        _ => "unidentified targets",
    };

    /// <summary>The category as a table or chart label: "Taliban", "Shia/Hazara".</summary>
    public static string Label(this TargetCategory category) => category switch
    {
        TargetCategory.Taliban => "Taliban",
        TargetCategory.AfghanRepublic => "Afghan Republic",
        TargetCategory.ShiaHazara => "Shia/Hazara",
        TargetCategory.WestAffiliatedAfghans => "West-affiliated Afghans",
        TargetCategory.WesternersForeigners => "Westerners/foreigners",
        TargetCategory.ReligiousMinorities => "Religious minorities",
        TargetCategory.NeighbourForces => "Neighbours' forces",
        TargetCategory.OtherCivilians => "Other civilians",
        _ => "Unknown",
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
