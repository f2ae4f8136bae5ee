using System.Text.Json;
using KhorasanWatch.Cli;

namespace Calibration;

/// <summary>What one simulated store gave: the headline at the as-of day, the rates the output stated, the first month of the change at which the headline reached <c>warning</c>, and the true monthly attacks.</summary>
internal sealed record RunOutcome(string Level, double StatedWatch, double StatedWarning, double StatedAlert, int? DetectedInMonth, int[] Attacks);

/// <summary>
/// Runs the real verbs on one simulated history: <c>kwatch ingest</c> writes the store through the
/// real ingest path, then <c>kwatch warnings --format json</c> reads it, in-process through the
/// same entry point as the command line (<see cref="Kwatch.Run"/>). For a change, the warnings run
/// as of the end of each month of the change, as a monthly analyst would, to measure the delay.
/// </summary>
internal static class Run
{
    public static RunOutcome Once(Scenario scenario, int seed, string folder)
    {
        var csv = Path.Combine(folder, $"run-{seed}.csv");
        var db = Path.Combine(folder, $"run-{seed}.db");
        File.Delete(db);
        var attacks = History.Write(scenario, seed, csv);
        Kwatch(["ingest", csv, "--db", db, "--json"]);
        int? detected = null;
        for (var m = 1; m < scenario.ChangeMonths; m++)
        {
            var day = EndOfMonth(scenario.ChangeStart.AddMonths(m - 1));
            if (Level(Warnings(db, day)) is "warning" or "alert")
            {
                detected = m;
                break;
            }
        }

        using var final = Warnings(db, scenario.AsOf);
        var level = Level(final);
        if (detected is null && scenario.ChangeMonths > 0 && level is "warning" or "alert")
        {
            detected = scenario.ChangeMonths;
        }

        var chance = final.RootElement.GetProperty("chance_alone");
        if (Environment.GetEnvironmentVariable("CALIBRATION_SHOW") == "1" && scenario.IsNull && level is "warning" or "alert")
        {
            foreach (var w in final.RootElement.GetProperty("warnings").EnumerateArray().Where(w => w.GetProperty("level").GetString() is "warning" or "alert"))
            {
                Console.Error.WriteLine($"  {scenario.Name} #{seed}: {w.GetProperty("level")} {w.GetProperty("indicator")} {w.GetProperty("detector")} calibrated {w.GetProperty("calibrated_p")} family {w.GetProperty("family_p")}");
            }
        }

        File.Delete(csv);
        File.Delete(db);
        return new RunOutcome(
            level,
            chance.GetProperty("headline_watch").GetDouble(),
            chance.GetProperty("headline_warning").GetDouble(),
            chance.GetProperty("headline_alert").GetDouble(),
            detected,
            attacks);
    }

    private static DateOnly EndOfMonth(DateOnly first) => first.AddMonths(1).AddDays(-1);

    private static string Level(JsonDocument json) => json.RootElement.GetProperty("level").GetString()!;

    private static JsonDocument Warnings(string db, DateOnly asOf) =>
        JsonDocument.Parse(Kwatch(["warnings", "--db", db, "--as-of", asOf.ToString("yyyy-MM-dd"), "--format", "json"]));

    internal static string Kwatch(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = KhorasanWatch.Cli.Kwatch.Run(args, new CliConsole(output, error, false, _ => null));
        if (exit != 0)
        {
            throw new InvalidOperationException($"kwatch {string.Join(' ', args)} exited {exit}: {error}");
        }

        return output.ToString();
    }
}
