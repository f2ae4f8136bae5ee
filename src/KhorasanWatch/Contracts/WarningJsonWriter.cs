using System.Text.Json;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.UseCases.Warnings;
using static KhorasanWatch.Contracts.JsonFields;

namespace KhorasanWatch.Contracts;

/// <summary>
/// <c>kwatch warnings --format json</c>; field names are a contract (docs/cli.md, "warnings").
/// <c>data_end</c> is the actor's last event: periods after it count as none.
/// </summary>
public static class WarningJsonWriter
{
    public static void Write(TextWriter output, WarningsResult r) => Write(output, r.ActorId, r.Region, r.Options, r.Report, r.DataEnd);

    public static void Write(TextWriter output, string actorId, Region region, WarningOptions options, WarningReport report, DateOnly dataEnd)
    {
        Document(output, json =>
        {
            json.WriteString("actor", actorId);
            json.WriteString("country", region.Country);
            json.WriteString("province", region.Province);
            Date(json, "as_of", report.AsOf);
            Date(json, "data_end", dataEnd);
            json.WriteString("cadence", options.Cadence.ToString().ToLowerInvariant());
            json.WriteNumber("in_control_years", options.InControlYears);
            json.WriteNumber("design_ratio", options.DesignRatio);
            json.WriteString("level", report.Level.ToString().ToLowerInvariant());
            json.WriteNumber("tests", report.Tests);
            WriteChance(json, report.Chance);
            WriteWarnings(json, "warnings", report.Warnings);
            WriteWarnings(json, "declines", report.Declines);
            if (report.AttributionHigh is { } high)
            {
                json.WriteStartObject("attribution_high");
                json.WriteNumber("uncertain_events", high.UncertainEvents);
                json.WriteString("level", high.Level.ToString().ToLowerInvariant());
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("attribution_high");
            }

            Ids(json, "notes", report.Notes);
        });
    }

    private static void WriteWarnings(Utf8JsonWriter json, string name, IReadOnlyList<Warning> warnings)
    {
        json.WriteStartArray(name);
        foreach (var w in warnings)
        {
            json.WriteStartObject();
            json.WriteString("level", w.Level.ToString().ToLowerInvariant());
            json.WriteString("indicator", w.Indicator);
            json.WriteString("detector", w.Detector);
            json.WriteString("direction", w.Direction.ToString().ToLowerInvariant());
            Number(json, "ratio", w.Ratio);
            Number(json, "low", w.Low);
            Number(json, "high", w.High);
            Number(json, "p", w.P);
            Number(json, "calibrated_p", w.CalibratedP);
            Number(json, "family_p", w.FamilyP);
            Date(json, "fired", w.Fired);
            Date(json, "start", w.Window.Start);
            Date(json, "end", w.Window.End);
            json.WriteString("statement", w.Statement);
            Ids(json, "event_ids", w.EventIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>What chance alone would raise, measured on the replicates of the store's fitted null: the headline's rate per level, and the expected false findings by kind of test.</summary>
    private static void WriteChance(Utf8JsonWriter json, ChanceAlone chance)
    {
        json.WriteStartObject("chance_alone");
        json.WriteNumber("monitored_periods", chance.MonitoredPeriods);
        json.WriteNumber("upward_cusums", chance.UpwardCusums);
        json.WriteNumber("upward_cusum_false_warnings", Math.Round(chance.UpwardCusumSignals, 4));
        json.WriteNumber("downward_cusums", chance.DownwardCusums);
        json.WriteNumber("downward_cusum_false_watches", Math.Round(chance.DownwardCusumSignals, 4));
        json.WriteNumber("p_value_tests", chance.PValueTests);
        json.WriteNumber("p_value_false_watches", Math.Round(chance.PValueWatches, 4));
        json.WriteString("method", "parametric_bootstrap_weighted_min_p");
        json.WriteNumber("replicates", chance.Replicates);
        json.WriteNumber("headline_watch", Math.Round(chance.HeadlineWatch, 4));
        json.WriteNumber("headline_warning", Math.Round(chance.HeadlineWarning, 4));
        json.WriteNumber("headline_alert", Math.Round(chance.HeadlineAlert, 4));
        json.WriteEndObject();
    }
}
