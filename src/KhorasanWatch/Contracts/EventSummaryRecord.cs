using KhorasanWatch.UseCases.Events;

namespace KhorasanWatch.Contracts;

/// <summary>
/// A row of <c>kwatch events --summary --format json</c>: a year and province's events, attacks (by
/// the indicators' rule), uncertain events, and the deaths the sources recorded — null where no
/// attack of the row has a figure — with apart the attacks whose deaths no source recorded.
/// </summary>
public sealed record EventSummaryRecord(int Year, string Country, string Admin1, int Events, int Attacks, int Uncertain, int? FatalitiesBest, int FatalitiesUnknown)
{
    public static EventSummaryRecord Of(SummaryRow r) => new(r.Year, r.Country, r.Province, r.Events, r.Attacks, r.Uncertain, r.KilledOrNull, r.KilledUnknown);
}
