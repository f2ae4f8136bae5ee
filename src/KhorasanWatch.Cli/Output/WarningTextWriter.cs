using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Cli.Output;

/// <summary><c>kwatch warnings</c> for people: the overall level, then each warning with its statement and evidence, within 80 columns.</summary>
internal static class WarningTextWriter
{
    private const int ShownIds = 6;

    public static void Write(TextWriter output, string actorId, Region region, WarningOptions options, WarningReport report, DateOnly dataEnd)
    {
        output.WriteLine($"{actorId} in {region}, as of {report.AsOf:yyyy-MM-dd}: {WireNames.Level(report.Level).ToUpperInvariant()}");
        if (report.AsOf > dataEnd)
        {
            TextWrap.Write(output, "", $"The data end on {dataEnd:yyyy-MM-dd} (the last '{actorId}' event in the store); periods after it count as none.", 0);
        }

        TextWrap.Write(
            output,
            "",
            $"{report.Tests} tests ({WireNames.Period(options.Cadence)}ly counts; CUSUMs for ×{options.DesignRatio:0.##}), calibrated together. {report.Chance.Describe()}",
            0);
        if (report.AttributionHigh is { } high)
        {
            TextWrap.Write(output, "", high.Describe(report.Level, actorId.ToUpperInvariant()), 0);
        }

        if (report.Warnings.Count == 0)
        {
            output.WriteLine("No warnings.");
        }

        Each(output, report.Warnings);
        if (report.Declines.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Declines (tested apart; they do not raise the level): {report.Declines.Count}");
            Each(output, report.Declines);
        }

        if (report.Notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Notes:");
            foreach (var note in report.Notes)
            {
                TextWrap.Write(output, "  - ", note, 4);
            }
        }
    }

    private static void Each(TextWriter output, IReadOnlyList<Warning> warnings)
    {
        foreach (var w in warnings)
        {
            output.WriteLine();
            output.WriteLine($"{WireNames.Level(w.Level).ToUpperInvariant(),-8} {w.Indicator} · {w.Detector} · {WireNames.Direction(w.Direction)} · fired {w.Fired:yyyy-MM-dd}");
            TextWrap.Write(output, "  ", w.Statement, 2);
            var shown = string.Join(", ", w.EventIds.Take(ShownIds));
            var more = w.EventIds.Count > ShownIds ? $" and {w.EventIds.Count - ShownIds:N0} more (--format json lists all)" : "";
            TextWrap.Write(output, "  events: ", w.EventIds.Count == 0 ? "none" : shown + more, 10);
        }
    }
}
