namespace KhorasanWatch.Analysis.Indicators;

/// <summary>
/// Air and drone strikes by foreign forces, those the source records as hitting civilians, and the
/// deaths in each. <see cref="Recorded"/> is false when no loaded source records strikes (only
/// ACLED codes them): the counts are then unknown, not 0.
/// </summary>
public sealed record StrikeHarm(Tally Strikes, FatalityTotals StrikeDeaths, Tally OnCivilians, FatalityTotals CivilianStrikeDeaths)
{
    public bool Recorded { get; init; } = true;

    public const string NotRecorded = "not recorded: no loaded source codes air and drone strikes (ACLED does; UCDP GED and GTD do not)";
}
