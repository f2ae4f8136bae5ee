using System.Diagnostics;
using KhorasanWatch.Cli;

namespace KhorasanWatch.Fuzz.Tests;

/// <summary>
/// Drives mutated files through the real command line, in process, into a real store: each case is
/// the reader's verb on one mutated file, and every few accepted cases the reading verbs run on the
/// store it grew (an accepted row must never break a later verb). A case fails when an exception
/// escapes <c>kwatch</c> (anything but its one-line user errors), when it takes more than the time
/// limit, when it exits other than 0, 1 or 2, or when its error does not name the file or spans
/// lines. Each failing input is written out, with what happened, for a regression test.
/// </summary>
internal sealed class FuzzHarness(string folder, string failures, TimeSpan limit)
{
    private static readonly string[][] ReadingVerbs = [["indicators", "--period", "year"], ["warnings"], ["events", "--summary"], ["sources"], ["claims", "list"], ["ach", "score"]];

    public sealed record Failure(string Target, int Case, string What, string Input);

    public sealed record Summary(string Target, int Cases, int Accepted, int Refused, TimeSpan Elapsed, IReadOnlyList<Failure> Failures);

    public Summary Run(FuzzTarget target, int cases, int seed, int hugeBytes, int verbsEvery)
    {
        var clock = Stopwatch.StartNew();
        var db = Path.Combine(folder, $"{target.Name}.db");
        var seedBytes = target.Seed();
        var found = new List<Failure>();
        var (accepted, refused) = (0, 0);
        var events = Path.Combine(folder, "events.csv"); // For the profile: a small file to read with each mutated profile.
        File.WriteAllText(events, TestSupport.AcledCsv.Text(new TestSupport.AcledCsv.Row("AFG1"), new TestSupport.AcledCsv.Row("PAK1", Country: "Pakistan", Admin1: "Khyber Pakhtunkhwa", Admin2: "Bajaur", Latitude: 34.78, Longitude: 71.5)));
        for (var n = 0; n < cases; n++)
        {
            var random = new Random(CaseSeed(seed, target.Name, n));
            var bytes = target.Packed(Mutator.Mutate(seedBytes, random, target.Json, hugeBytes));
            if (target.Workbook && random.Next(10) == 0)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8)); // Now and then the zip itself.
            }

            var file = Path.Combine(folder, $"{target.Name}-{n}{target.Extension}");
            File.WriteAllBytes(file, bytes);
            var args = target.Verb.Select(a => a switch { "{file}" => file, "{events}" => events, _ => a }).Concat(["--db", db]).ToArray();
            var outcome = Invoke(args);
            if (Problem(outcome, Path.GetFileName(file)) is { } what)
            {
                found.Add(Keep(target, n, what, file, args));
            }
            else if (outcome.Exit is 0 or 1)
            {
                accepted++;
                if (accepted % verbsEvery == 0)
                {
                    found.AddRange(Verbs(target, n, db, file));
                }
            }
            else
            {
                refused++;
            }

            File.Delete(file);
        }

        if (File.Exists(db))
        {
            var report = Path.Combine(folder, $"{target.Name}.html");
            found.AddRange(Verbs(target, cases, db, null, [["report", "--out", report]]));
        }

        return new Summary(target.Name, cases, accepted, refused, clock.Elapsed, found);
    }

    /// <summary>FNV-1a over the run's seed, the target and the case: the same three always give the same case, in any process.</summary>
    public static int CaseSeed(int seed, string target, int n)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes($"{seed}/{target}/{n}"))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private sealed record Outcome(int? Exit, string Error, Exception? Escaped, bool TimedOut);

    private Outcome Invoke(string[] args)
    {
        var error = new StringWriter();
        var task = Task.Run(() => Kwatch.Run(args, new CliConsole(TextWriter.Null, error, ErrorIsTerminal: false, _ => null)));
        try
        {
            return task.Wait(limit) ? new Outcome(task.Result, error.ToString(), null, false) : new Outcome(null, error.ToString(), null, true);
        }
        catch (AggregateException e)
        {
            return new Outcome(null, error.ToString(), e.InnerException, false);
        }
    }

    /// <summary>What is wrong with an outcome, or null: the contract is 0, 1 or 2, and a refusal in one line that names the file.</summary>
    private string? Problem(Outcome o, string? fileName)
    {
        if (o.TimedOut)
        {
            return $"took more than {limit.TotalSeconds:0} s";
        }

        if (o.Escaped is { } e)
        {
            var frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("KhorasanWatch", StringComparison.Ordinal))?.Trim() ?? "";
            var message = e.Message.Length > 200 ? e.Message[..200] + "…" : e.Message;
            return $"{e.GetType().Name}: {message} {frame}";
        }

        if (o.Exit is not (0 or 1 or 2))
        {
            return $"exit {o.Exit}";
        }

        var lines = o.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.EndsWith('%')).ToList(); // Progress lines ("FILE: 30%") apart.
        if (o.Exit == 2 && lines.Count == 0)
        {
            return "exit 2 with no message";
        }

        if (lines.Any(l => l.Contains("   at ", StringComparison.Ordinal) || l.StartsWith("Unhandled", StringComparison.Ordinal)))
        {
            return "a stack trace: " + Cut(lines[0]);
        }

        if (o.Exit == 2 && fileName is not null && !o.Error.Contains(fileName, StringComparison.Ordinal))
        {
            return "a refusal that does not name the file: " + Cut(lines[0]);
        }

        return null;
    }

    private static string Cut(string line) => line.Length > 200 ? line[..200] + "…" : line;

    private List<Failure> Verbs(FuzzTarget target, int n, string db, string? file, string[][]? verbs = null)
    {
        var found = new List<Failure>();
        foreach (var verb in verbs ?? ReadingVerbs)
        {
            var args = verb.Concat(["--db", db]).ToArray();
            if (Problem(Invoke(args), null) is { } what)
            {
                found.Add(Keep(target, n, $"after case {n}, {string.Join(' ', verb)}: {what}", file, args));
            }
        }

        return found;
    }

    private Failure Keep(FuzzTarget target, int n, string what, string? file, string[] args)
    {
        Directory.CreateDirectory(failures);
        var kept = Path.Combine(failures, $"{target.Name}-{n}{target.Extension}");
        if (file is not null && File.Exists(file))
        {
            File.Copy(file, kept, overwrite: true);
        }

        File.WriteAllText(kept + ".txt", $"kwatch {string.Join(' ', args)}\n{what}\n");
        return new Failure(target.Name, n, what, kept);
    }
}
