namespace KhorasanWatch.Analysis.Targets;

/// <summary>Who the watched actor's attack was aimed at. Ids (see <see cref="TargetCategories"/>) are a contract.</summary>
public enum TargetCategory
{
    /// <summary>Fighters, officials and forces of the Taliban, including its post-2021 government; pro-Taliban clerics.</summary>
    Taliban,
    /// <summary>Forces and officials of the pre-2021 Afghan state.</summary>
    AfghanRepublic,
    ShiaHazara,
    /// <summary>Former soldiers, officials, interpreters and others tied to the West, attacked after the takeover.</summary>
    WestAffiliatedAfghans,
    /// <summary>Foreign nationals, embassies, international organisations, foreign civilians in attacks abroad.</summary>
    WesternersForeigners,
    /// <summary>Sikh, Hindu, Sufi and other minorities.</summary>
    ReligiousMinorities,
    /// <summary>Pakistani, Iranian, Tajik and Uzbek security forces.</summary>
    NeighbourForces,
    OtherCivilians,
    Unknown,
}
