using System.Text.Json.Serialization;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Statistics;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.UseCases.Indicators;
using static KhorasanWatch.Contracts.EventCodes;
using static KhorasanWatch.Contracts.JsonFields;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch indicators --format json</c> and <c>GET /api/v1/indicators</c>. The field names are a
/// contract (docs/cli.md, "indicators"); each period also lists, under <c>event_ids</c>, the events
/// behind every count. <c>lethal_events_only</c>: every loaded source of the actor records only
/// events that killed someone.
/// </summary>
public sealed record IndicatorsRecord(
    string Actor,
    string? Country,
    string? Province,
    string PeriodKind,
    string From,
    string To,
    string CoverageStart,
    bool LethalEventsOnly,
    IReadOnlyList<PeriodRecord> Periods,
    string? Marking = null)
{
    /// <summary>With <c>marking</c>: the TLP code (<c>amber</c>) derived from the events the reader may read; null in a store without users.</summary>
    public static IndicatorsRecord Of(IndicatorsResult result) => Of(result.Context, result.Periods) with { Marking = result.Marking is { } m ? Analysis.Sharing.TlpLevels.Code(m) : null };

    public static IndicatorsRecord Of(IndicatorContext context, IReadOnlyList<PeriodIndicators> periods) => new(
        context.ActorId,
        context.Region.Country,
        context.Region.Province,
        WireNames.Period(context.Kind),
        Day(context.From),
        Day(context.To),
        Day(context.CoverageStart),
        context.LethalOnlySources is not null,
        [.. periods.Select(PeriodRecord.Of)]);
}

/// <summary>One period's indicators. A count the loaded sources do not record is null (never 0).</summary>
public sealed record PeriodRecord(
    string Period,
    string Start,
    string End,
    bool Partial,
    int Events,
    int Attacks,
    int Uncertain,
    int ImpreciseDates,
    long? FatalitiesBest,
    long? FatalitiesLow,
    long? FatalitiesHigh,
    int FatalitiesUnknown,
    AttributionBoundsRecord AttributionBounds,
    int? Provinces,
    int AttacksWithoutProvince,
    IReadOnlyList<ProvinceCountRecord> ProvinceList,
    IReadOnlyList<ProvinceCountRecord>? NewProvinces,
    IReadOnlyDictionary<string, int> Targets,
    TargetShiftRecord? TargetShift,
    IReadOnlyDictionary<string, int> OutsideAfghanistan,
    int AttacksOnWesterners,
    FightRecord TalibanFight,
    EngagementsRecord Engagements,
    ScaleRecord Scale,
    StrikesRecord Strikes,
    ComparisonRecord? Yoy,
    ComparisonRecord? Previous,
    PeriodEventIdsRecord EventIds)
{
    public static PeriodRecord Of(PeriodIndicators p)
    {
        var deaths = DeathFigures.Of(p.Fatalities);
        return new(
            p.Period.Label,
            Day(p.Period.Start),
            Day(p.Period.End),
            p.Period.Partial,
            p.Events.Count,
            p.Attacks.Count,
            p.Uncertain.Count,
            p.ImpreciseDates,
            deaths.Best,
            deaths.Low,
            deaths.High,
            deaths.Unknown,
            new AttributionBoundsRecord(p.Attacks.Count, p.AttacksHigh.Count, p.Fatalities.Best, p.FatalitiesHigh.Best),
            Recorded(p.Spread.Provinces.Count, p.Spread.ProvincesRecorded),
            p.Spread.Unplaced,
            [.. p.Spread.Provinces.Select(x => new ProvinceCountRecord(x.Key.Country, x.Key.Province, x.Value.Count))],
            p.Spread.NewProvinces is { } fresh ? [.. fresh.Select(k => new ProvinceCountRecord(k.Country, k.Province, null))] : null,
            Counts(p.Targets.Counts),
            TargetShiftRecord.Of(p.Targets.ShiftAgainstTrailingYear),
            Counts(p.Spread.OutsideHome),
            p.Spread.OnWesterners.Count,
            FightRecord.Of(p.Fight),
            EngagementsRecord.Of(p.Engagements),
            ScaleRecord.Of(p.Scale),
            StrikesRecord.Of(p.Strikes, p.Fight),
            ComparisonRecord.Of(p.Tempo.YearOnYear),
            ComparisonRecord.Of(p.Tempo.PeriodOnPeriod),
            PeriodEventIdsRecord.Of(p));
    }

    /// <summary>The count, or null where the loaded sources do not record it (never 0 for unknown).</summary>
    internal static int? Recorded(int count, bool recorded) => recorded ? count : null;

    private static Dictionary<string, int> Counts(IReadOnlyDictionary<TargetCategory, Tally> counts) =>
        counts.ToDictionary(c => c.Key.Id(), c => c.Value.Count);

    private static Dictionary<string, int> Counts(IReadOnlyDictionary<string, Tally> counts) =>
        counts.ToDictionary(c => c.Key, c => c.Value.Count);
}

/// <summary>Attacks and deaths of certain attribution only (low) and with the events of uncertain attribution (high).</summary>
public sealed record AttributionBoundsRecord(int AttacksLow, int AttacksHigh, long DeathsLow, long DeathsHigh);

/// <summary>A province and, in <c>province_list</c>, its attacks (absent in <c>new_provinces</c>).</summary>
public sealed record ProvinceCountRecord(
    string Country,
    string Province,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Attacks);

/// <summary>The test of whether the target mix shifted against the trailing twelve months.</summary>
public sealed record TargetShiftRecord(double ChiSquare, int Df, double P, string Method)
{
    public static TargetShiftRecord? Of(CategoryShiftResult? shift) =>
        shift is null ? null : new(Math.Round(shift.Statistic, 6), shift.Degrees, shift.P, shift.Method);
}

/// <summary>A current count against a baseline: the rate ratio, its interval (null where unbounded or undefined) and p.</summary>
public sealed record ComparisonRecord(long Current, long Baseline, double? Ratio, double? Low, double? High, double P)
{
    public static ComparisonRecord? Of(RateComparison? c) =>
        c is null ? null : new(c.Current, c.Baseline, Finite(c.Ratio), Finite(c.Low), Finite(c.High), c.P);
}

/// <summary>
/// The fight with the state (<c>taliban_fight</c>): the state's operations against the actor (the
/// Republic's forces to 15 August 2021, the Taliban's after, as one series) and the actor's attacks
/// on the Taliban; the operations and clashes are null, with <c>not_recorded</c>, where the loaded
/// sources do not record them.
/// </summary>
public sealed record FightRecord(
    int? TalibanOperations,
    long? TalibanOperationDeathsBest,
    long? TalibanOperationDeathsLow,
    long? TalibanOperationDeathsHigh,
    int TalibanOperationDeathsUnknown,
    int AttacksOnTaliban,
    long? AttackDeathsBest,
    long? AttackDeathsLow,
    long? AttackDeathsHigh,
    int AttackDeathsUnknown,
    int? StateOperations,
    long? StateOperationDeathsBest,
    long? StateOperationDeathsLow,
    long? StateOperationDeathsHigh,
    int StateOperationDeathsUnknown,
    int? Clashes,
    long? ClashDeathsBest,
    long? ClashDeathsLow,
    long? ClashDeathsHigh,
    int ClashDeathsUnknown,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotRecorded)
{
    public static FightRecord Of(AdversaryFight fight)
    {
        var recorded = fight.Recorded;
        var operations = DeathFigures.Of(fight.AdversaryOperationDeaths, recorded);
        var attacks = DeathFigures.Of(fight.AttackDeaths);
        var state = DeathFigures.Of(fight.StateOperationDeaths, recorded);
        var clashes = DeathFigures.Of(fight.ClashDeaths, recorded);
        return new(
            PeriodRecord.Recorded(fight.AdversaryOperations.Count, recorded), operations.Best, operations.Low, operations.High, operations.Unknown,
            fight.AttacksOnAdversary.Count, attacks.Best, attacks.Low, attacks.High, attacks.Unknown,
            PeriodRecord.Recorded(fight.StateOperations.Count, recorded), state.Best, state.Low, state.High, state.Unknown,
            PeriodRecord.Recorded(fight.Clashes.Count, recorded), clashes.Best, clashes.Low, clashes.High, clashes.Unknown,
            recorded ? null : IndicatorRules.SelectionNotRecorded);
    }
}

/// <summary>Events where the actor is a party and the source names no initiator, as the text reads them.</summary>
public sealed record EngagementsRecord(
    int Engagements,
    long? DeathsBest,
    long? DeathsLow,
    long? DeathsHigh,
    int DeathsUnknown,
    int ReadAsAttacks,
    int OperationsAgainstActor,
    long? OperationDeathsBest,
    long? OperationDeathsLow,
    long? OperationDeathsHigh,
    int OperationDeathsUnknown,
    int Undetermined,
    long? UndeterminedDeathsBest,
    long? UndeterminedDeathsLow,
    long? UndeterminedDeathsHigh,
    int UndeterminedDeathsUnknown)
{
    public static EngagementsRecord Of(Engagements e)
    {
        var all = DeathFigures.Of(e.Deaths);
        var operations = DeathFigures.Of(e.OperationDeaths);
        var undetermined = DeathFigures.Of(e.UndeterminedDeaths);
        return new(
            e.All.Count, all.Best, all.Low, all.High, all.Unknown,
            e.ActorAttacks.Count,
            e.OperationsAgainstActor.Count, operations.Best, operations.Low, operations.High, operations.Unknown,
            e.Undetermined.Count, undetermined.Best, undetermined.Low, undetermined.High, undetermined.Unknown);
    }
}

/// <summary>How deadly the attacks were; <c>suicide</c> and <c>complex</c> null, with the reason under <c>not_recorded</c>, where no source records them.</summary>
public sealed record ScaleRecord(
    double? DeathsPerAttack,
    double? DeathsPerAttackLow,
    double? DeathsPerAttackHigh,
    int MassCasualty,
    int? Suicide,
    int? Complex,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScaleNotRecordedRecord? NotRecorded)
{
    public static ScaleRecord Of(Scale scale) => new(
        Finite(scale.DeathsPerAttack),
        Finite(scale.DeathsPerAttackLow),
        Finite(scale.DeathsPerAttackHigh),
        scale.MassCasualty.Count,
        PeriodRecord.Recorded(scale.Suicide.Count, scale.SuicideRecorded),
        PeriodRecord.Recorded(scale.Complex.Count, scale.ComplexRecorded),
        scale.SuicideRecorded && scale.ComplexRecorded
            ? null
            : new ScaleNotRecordedRecord(scale.SuicideRecorded ? null : Scale.SuicideNotRecorded, scale.ComplexRecorded ? null : Scale.ComplexNotRecorded));
}

/// <summary>Why a scale count is null, for each one that is.</summary>
public sealed record ScaleNotRecordedRecord(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Suicide,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Complex);

/// <summary>Strikes on the actor and the civilians they killed; null, with <c>not_recorded</c>, where no loaded source records strikes.</summary>
public sealed record StrikesRecord(
    int? Strikes,
    long? StrikeDeathsBest,
    long? StrikeDeathsLow,
    long? StrikeDeathsHigh,
    int StrikeDeathsUnknown,
    int? OnCivilians,
    long? CivilianStrikeDeathsBest,
    long? CivilianStrikeDeathsLow,
    long? CivilianStrikeDeathsHigh,
    int CivilianStrikeDeathsUnknown,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotRecorded)
{
    public static StrikesRecord Of(StrikeHarm strikes, AdversaryFight fight)
    {
        var recorded = strikes.Recorded;
        var deaths = DeathFigures.Of(strikes.StrikeDeaths, recorded);
        var civilian = DeathFigures.Of(strikes.CivilianStrikeDeaths, recorded);
        return new(
            PeriodRecord.Recorded(strikes.Strikes.Count, recorded), deaths.Best, deaths.Low, deaths.High, deaths.Unknown,
            PeriodRecord.Recorded(strikes.OnCivilians.Count, recorded), civilian.Best, civilian.Low, civilian.High, civilian.Unknown,
            recorded ? null : fight.Recorded ? StrikeHarm.NotRecorded : IndicatorRules.SelectionNotRecorded);
    }
}

/// <summary>The events behind each of a period's counts.</summary>
public sealed record PeriodEventIdsRecord(
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Attacks,
    IReadOnlyList<string> Uncertain,
    IReadOnlyList<string> AttacksHigh,
    IReadOnlyList<string> MassCasualty,
    IReadOnlyList<string> AttacksOnWesterners,
    IReadOnlyList<string> TalibanOperations,
    IReadOnlyList<string> StateOperations,
    IReadOnlyList<string> AttacksOnTaliban,
    IReadOnlyList<string> Strikes,
    IReadOnlyList<string> Suicide,
    IReadOnlyList<string> Complex,
    IReadOnlyList<string> Clashes,
    IReadOnlyList<string> Engagements,
    IReadOnlyList<string> EngagementsReadAsAttacks,
    IReadOnlyList<string> OperationsAgainstActor,
    IReadOnlyList<string> UndeterminedEngagements,
    IReadOnlyList<string> StrikesOnCivilians,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Targets,
    IReadOnlyDictionary<string, IReadOnlyList<string>> OutsideAfghanistan,
    IReadOnlyList<ProvinceEventIdsRecord> Provinces)
{
    public static PeriodEventIdsRecord Of(PeriodIndicators p) => new(
        p.Events.EventIds,
        p.Attacks.EventIds,
        p.Uncertain.EventIds,
        p.AttacksHigh.EventIds,
        p.Scale.MassCasualty.EventIds,
        p.Spread.OnWesterners.EventIds,
        p.Fight.AdversaryOperations.EventIds,
        p.Fight.StateOperations.EventIds,
        p.Fight.AttacksOnAdversary.EventIds,
        p.Strikes.Strikes.EventIds,
        p.Scale.Suicide.EventIds,
        p.Scale.Complex.EventIds,
        p.Fight.Clashes.EventIds,
        p.Engagements.All.EventIds,
        p.Engagements.ActorAttacks.EventIds,
        p.Engagements.OperationsAgainstActor.EventIds,
        p.Engagements.Undetermined.EventIds,
        p.Strikes.OnCivilians.EventIds,
        p.Targets.Counts.ToDictionary(c => c.Key.Id(), c => c.Value.EventIds),
        p.Spread.OutsideHome.ToDictionary(c => c.Key, c => c.Value.EventIds),
        [.. p.Spread.Provinces.Select(x => new ProvinceEventIdsRecord(x.Key.Country, x.Key.Province, x.Value.EventIds))]);
}

/// <summary>A province and the attacks placed in it.</summary>
public sealed record ProvinceEventIdsRecord(string Country, string Province, IReadOnlyList<string> EventIds);
