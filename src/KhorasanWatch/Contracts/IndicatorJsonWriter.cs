using System.Text.Json;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.UseCases.Indicators;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch indicators --format json</c>. The field names are a contract (docs/cli.md, "indicators");
/// each period also lists, under <c>event_ids</c>, the events behind every count: the totals, each
/// scale, fight and strike count, each target category, each country outside the home country and
/// each province.
/// </summary>
public static class IndicatorJsonWriter
{
    public static void Write(TextWriter output, IndicatorsResult result) => Write(output, result.Context, result.Periods);

    public static void Write(TextWriter output, IndicatorContext context, IReadOnlyList<PeriodIndicators> periods)
    {
        Document(output, json =>
        {
            json.WriteString("actor", context.ActorId);
            json.WriteString("country", context.Region.Country);
            json.WriteString("province", context.Region.Province);
            json.WriteString("period_kind", context.Kind.ToString().ToLowerInvariant());
            Date(json, "from", context.From);
            Date(json, "to", context.To);
            Date(json, "coverage_start", context.CoverageStart);
            json.WriteBoolean("lethal_events_only", context.LethalOnlySources is not null); // every loaded source of the actor records only events that killed someone
            json.WriteStartArray("periods");
            foreach (var p in periods)
            {
                WritePeriod(json, p);
            }

            json.WriteEndArray();
        });
    }

    private static void WritePeriod(Utf8JsonWriter json, PeriodIndicators p)
    {
        json.WriteStartObject();
        json.WriteString("period", p.Period.Label);
        Date(json, "start", p.Period.Start);
        Date(json, "end", p.Period.End);
        json.WriteBoolean("partial", p.Period.Partial);
        json.WriteNumber("events", p.Events.Count);
        json.WriteNumber("attacks", p.Attacks.Count);
        json.WriteNumber("uncertain", p.Uncertain.Count);
        json.WriteNumber("imprecise_dates", p.ImpreciseDates);
        Deaths(json, "fatalities", p.Fatalities);
        json.WriteStartObject("attribution_bounds");
        json.WriteNumber("attacks_low", p.Attacks.Count);
        json.WriteNumber("attacks_high", p.AttacksHigh.Count);
        json.WriteNumber("deaths_low", p.Fatalities.Best);
        json.WriteNumber("deaths_high", p.FatalitiesHigh.Best);
        json.WriteEndObject();
        Recorded(json, "provinces", p.Spread.Provinces.Count, p.Spread.ProvincesRecorded);
        json.WriteNumber("attacks_without_province", p.Spread.Unplaced);
        Provinces(json, "province_list", p.Spread.Provinces.Select(x => (x.Key, (int?)x.Value.Count)));
        if (p.Spread.NewProvinces is { } fresh)
        {
            Provinces(json, "new_provinces", fresh.Select(k => (k, (int?)null)));
        }
        else
        {
            json.WriteNull("new_provinces");
        }

        json.WriteStartObject("targets");
        foreach (var (category, tally) in p.Targets.Counts)
        {
            json.WriteNumber(category.Id(), tally.Count);
        }

        json.WriteEndObject();
        WriteShift(json, p.Targets);
        json.WriteStartObject("outside_afghanistan");
        foreach (var (country, tally) in p.Spread.OutsideHome)
        {
            json.WriteNumber(country, tally.Count);
        }

        json.WriteEndObject();
        json.WriteNumber("attacks_on_westerners", p.Spread.OnWesterners.Count);
        WriteFight(json, p.Fight);
        WriteEngagements(json, p.Engagements);
        WriteScale(json, p.Scale);
        json.WriteStartObject("strikes");
        Recorded(json, "strikes", p.Strikes.Strikes.Count, p.Strikes.Recorded);
        DeathsIfRecorded(json, "strike_deaths", p.Strikes.StrikeDeaths, p.Strikes.Recorded);
        Recorded(json, "on_civilians", p.Strikes.OnCivilians.Count, p.Strikes.Recorded);
        DeathsIfRecorded(json, "civilian_strike_deaths", p.Strikes.CivilianStrikeDeaths, p.Strikes.Recorded);
        if (!p.Strikes.Recorded)
        {
            json.WriteString("not_recorded", p.Fight.Recorded ? StrikeHarm.NotRecorded : IndicatorRules.SelectionNotRecorded);
        }

        json.WriteEndObject();
        Comparison(json, "yoy", p.Tempo.YearOnYear);
        Comparison(json, "previous", p.Tempo.PeriodOnPeriod);
        WriteIds(json, p);
        json.WriteEndObject();
    }

    private static void Provinces(Utf8JsonWriter json, string name, IEnumerable<(ProvinceKey Key, int? Attacks)> provinces)
    {
        json.WriteStartArray(name);
        foreach (var (key, attacks) in provinces)
        {
            json.WriteStartObject();
            json.WriteString("country", key.Country);
            json.WriteString("province", key.Province);
            if (attacks is { } n)
            {
                json.WriteNumber("attacks", n);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteShift(Utf8JsonWriter json, TargetMix mix)
    {
        if (mix.ShiftAgainstTrailingYear is not { } shift)
        {
            json.WriteNull("target_shift");
            return;
        }

        json.WriteStartObject("target_shift");
        json.WriteNumber("chi_square", Math.Round(shift.Statistic, 6));
        json.WriteNumber("df", shift.Degrees);
        json.WriteNumber("p", shift.P);
        json.WriteString("method", shift.Method);
        json.WriteEndObject();
    }

    private static void WriteFight(Utf8JsonWriter json, AdversaryFight fight)
    {
        json.WriteStartObject("taliban_fight");
        Recorded(json, "taliban_operations", fight.AdversaryOperations.Count, fight.Recorded);
        DeathsIfRecorded(json, "taliban_operation_deaths", fight.AdversaryOperationDeaths, fight.Recorded);
        json.WriteNumber("attacks_on_taliban", fight.AttacksOnAdversary.Count);
        Deaths(json, "attack_deaths", fight.AttackDeaths);
        Recorded(json, "state_operations", fight.StateOperations.Count, fight.Recorded); // the Republic's forces to 15 August 2021, the Taliban's after
        DeathsIfRecorded(json, "state_operation_deaths", fight.StateOperationDeaths, fight.Recorded);
        Recorded(json, "clashes", fight.Clashes.Count, fight.Recorded);
        DeathsIfRecorded(json, "clash_deaths", fight.ClashDeaths, fight.Recorded);
        if (!fight.Recorded)
        {
            json.WriteString("not_recorded", IndicatorRules.SelectionNotRecorded);
        }

        json.WriteEndObject();
    }

    private static void WriteEngagements(Utf8JsonWriter json, Engagements e)
    {
        json.WriteStartObject("engagements");
        json.WriteNumber("engagements", e.All.Count);
        Deaths(json, "deaths", e.Deaths);
        json.WriteNumber("read_as_attacks", e.ActorAttacks.Count);
        json.WriteNumber("operations_against_actor", e.OperationsAgainstActor.Count);
        Deaths(json, "operation_deaths", e.OperationDeaths);
        json.WriteNumber("undetermined", e.Undetermined.Count);
        Deaths(json, "undetermined_deaths", e.UndeterminedDeaths);
        json.WriteEndObject();
    }

    private static void WriteScale(Utf8JsonWriter json, Scale scale)
    {
        json.WriteStartObject("scale");
        Number(json, "deaths_per_attack", scale.DeathsPerAttack);
        Number(json, "deaths_per_attack_low", scale.DeathsPerAttackLow);
        Number(json, "deaths_per_attack_high", scale.DeathsPerAttackHigh);
        json.WriteNumber("mass_casualty", scale.MassCasualty.Count);
        Recorded(json, "suicide", scale.Suicide.Count, scale.SuicideRecorded);
        Recorded(json, "complex", scale.Complex.Count, scale.ComplexRecorded);
        if (!scale.SuicideRecorded || !scale.ComplexRecorded)
        {
            json.WriteStartObject("not_recorded");
            if (!scale.SuicideRecorded)
            {
                json.WriteString("suicide", Scale.SuicideNotRecorded);
            }

            if (!scale.ComplexRecorded)
            {
                json.WriteString("complex", Scale.ComplexNotRecorded);
            }

            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The deaths in events of a kind, or null figures where the loaded sources do not record the kind at all.</summary>
    private static void DeathsIfRecorded(Utf8JsonWriter json, string prefix, FatalityTotals deaths, bool recorded)
    {
        if (recorded)
        {
            JsonFields.Deaths(json, prefix, deaths);
            return;
        }

        json.WriteNull($"{prefix}_best");
        json.WriteNull($"{prefix}_low");
        json.WriteNull($"{prefix}_high");
        json.WriteNumber($"{prefix}_unknown", 0);
    }

    /// <summary>The count, or null where the loaded sources do not record it (never 0 for unknown).</summary>
    private static void Recorded(Utf8JsonWriter json, string name, int count, bool recorded)
    {
        if (recorded)
        {
            json.WriteNumber(name, count);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteIds(Utf8JsonWriter json, PeriodIndicators p)
    {
        json.WriteStartObject("event_ids");
        Ids(json, "events", p.Events.EventIds);
        Ids(json, "attacks", p.Attacks.EventIds);
        Ids(json, "uncertain", p.Uncertain.EventIds);
        Ids(json, "attacks_high", p.AttacksHigh.EventIds);
        Ids(json, "mass_casualty", p.Scale.MassCasualty.EventIds);
        Ids(json, "attacks_on_westerners", p.Spread.OnWesterners.EventIds);
        Ids(json, "taliban_operations", p.Fight.AdversaryOperations.EventIds);
        Ids(json, "state_operations", p.Fight.StateOperations.EventIds);
        Ids(json, "attacks_on_taliban", p.Fight.AttacksOnAdversary.EventIds);
        Ids(json, "strikes", p.Strikes.Strikes.EventIds);
        Ids(json, "suicide", p.Scale.Suicide.EventIds);
        Ids(json, "complex", p.Scale.Complex.EventIds);
        Ids(json, "clashes", p.Fight.Clashes.EventIds);
        Ids(json, "engagements", p.Engagements.All.EventIds);
        Ids(json, "engagements_read_as_attacks", p.Engagements.ActorAttacks.EventIds);
        Ids(json, "operations_against_actor", p.Engagements.OperationsAgainstActor.EventIds);
        Ids(json, "undetermined_engagements", p.Engagements.Undetermined.EventIds);
        Ids(json, "strikes_on_civilians", p.Strikes.OnCivilians.EventIds);
        json.WriteStartObject("targets");
        foreach (var (category, tally) in p.Targets.Counts)
        {
            Ids(json, category.Id(), tally.EventIds);
        }

        json.WriteEndObject();
        json.WriteStartObject("outside_afghanistan");
        foreach (var (country, tally) in p.Spread.OutsideHome)
        {
            Ids(json, country, tally.EventIds);
        }

        json.WriteEndObject();
        json.WriteStartArray("provinces");
        foreach (var (key, tally) in p.Spread.Provinces)
        {
            json.WriteStartObject();
            json.WriteString("country", key.Country);
            json.WriteString("province", key.Province);
            Ids(json, "event_ids", tally.EventIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
