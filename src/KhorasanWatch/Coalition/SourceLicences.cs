namespace KhorasanWatch.Coalition;

/// <summary>
/// What a source's terms allow to be shown to an organisation other than the one that loaded its
/// rows (issue 16, item 6). A source whose terms forbid redistribution has its rows shown, as rows,
/// to their owner only; the figures derived from them (indicators, warnings, a report's counts) are
/// shown to every reader their markings reach. A source not listed is treated as one that forbids
/// it: the rule fails closed.
/// </summary>
/// <param name="Source">The source's code, as the store keeps it (<c>acled</c>), or a compilation's name as its rows give it.</param>
/// <param name="RowsShared">Whether a row may be shown to another organisation that its marking reaches.</param>
/// <param name="Terms">The terms the rule reads, by title and publisher.</param>
public sealed record SourceLicence(string Source, bool RowsShared, string Terms);

/// <summary>The rule as data, one line per source (docs/coalition.md, "Licences").</summary>
public static class SourceLicences
{
    public static readonly IReadOnlyList<SourceLicence> All =
    [
        new("acled", false, "ACLED Terms of Use and Attribution Policy (Armed Conflict Location & Event Data): the data may not be redistributed to third parties"),
        new("gtd", false, "Global Terrorism Database Terms of Use (START, University of Maryland): the data may not be redistributed"),
        new("ucdp", true, "UCDP Georeferenced Event Dataset, licence CC BY 4.0 (Uppsala Conflict Data Program): shared with attribution"),
    ];

    /// <summary>
    /// Compilations written in a source's format (<see cref="Analysis.Events.ConflictEvent.Dataset"/>,
    /// named by the row itself) whose rows are not the format's publisher's data, each with its own
    /// terms. A row of a compilation not listed here takes its format's source's rule: an unknown
    /// compilation in ACLED's format is treated as ACLED's data. The rule is applied to each row as it
    /// is stored (bit 3 of its flags): a change to this list needs a migration that recomputes the rows
    /// already stored, as SQLite's schema 9 did for the first entry.
    /// </summary>
    public static readonly IReadOnlyList<SourceLicence> Compilations =
    [
        new("Khorasan Watch curated compilation", true,
            "Khorasan Watch's own hand compilation from public news reports and UN and NGO statements, each row citing what it was compiled from (samples/SOURCES.md): shared"),
    ];

    /// <summary>The sources whose rows may be shown beyond their owner; any other, listed or not, is its owner's only.</summary>
    public static IReadOnlyList<string> Shared => [.. All.Where(l => l.RowsShared).Select(l => l.Source)];

    /// <summary>Whether a row of <paramref name="dataset"/> (a compilation's name; null for the publisher's own data) is shared by its compilation's terms.</summary>
    public static bool CompilationShared(string? dataset) =>
        dataset is not null && Compilations.Any(c => c.RowsShared && string.Equals(c.Source, dataset, StringComparison.Ordinal));
}
