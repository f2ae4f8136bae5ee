using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Storage.Relational;

/// <summary>
/// Small per-event facts in one integer column: bit 0 the province was derived from the
/// coordinates, bit 1 a suicide attack, bit 2 an air or drone strike (read by the partial index
/// <c>events_strikes</c>, so the strikes the indicators watch are found without a scan), bit 3 a row
/// of a compilation whose terms share its rows (<see cref="Coalition.SourceLicences.Compilations"/>), bits 8 and
/// up the source's geo-precision code plus one (0 when the source gives none). Readable in SQL as
/// <c>flags &amp; 1</c>, <c>flags &amp; 2</c>, <c>flags &amp; 4</c>, <c>(flags &gt;&gt; 8) - 1</c>.
/// </summary>
internal static class EventFlags
{
    public static long Of(ConflictEvent e) =>
        (e.Admin1Derived ? 1L : 0) | (e.Suicide ? 2L : 0) | (Analysis.Indicators.IndicatorRules.IsAirOrDroneStrike(e.SubEventType) ? AirStrike : 0)
        | (Coalition.SourceLicences.CompilationShared(e.Dataset) ? SharedCompilation : 0)
        | ((long)((e.GeoPrecision ?? -1) + 1) << 8);

    /// <summary>The bit of an air or drone strike; the partial index <c>events_strikes</c> is written on <c>(flags &amp; 4) &lt;&gt; 0</c>.</summary>
    public const long AirStrike = 4;

    /// <summary>The bit of a row whose compilation's terms share it: the licence rule reads it beside the row's source.</summary>
    public const long SharedCompilation = 8;

    public static bool Admin1Derived(long flags) => (flags & 1) != 0;

    public static bool Suicide(long flags) => (flags & 2) != 0;

    public static int? GeoPrecision(long flags) => (flags >> 8) == 0 ? null : (int)(flags >> 8) - 1;
}
