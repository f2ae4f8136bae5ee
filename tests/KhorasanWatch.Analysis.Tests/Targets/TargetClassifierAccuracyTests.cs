using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Tests.Targets;

/// <summary>
/// Measures the ISKP profile's target classifier against target-labels.csv: event descriptions in
/// the style of ACLED notes, labelled by hand by someone who did not see the rules. Odd-numbered
/// rows were used while writing the rules ("dev"); even-numbered rows were held out and are the
/// honest figure. docs/profile.md quotes the table this test prints.
/// </summary>
public sealed class TargetClassifierAccuracyTests
{
    private static readonly string LabelsPath = Path.Combine(AppContext.BaseDirectory, "Targets", "target-labels.csv");

    [Fact]
    public void LabelledSet_HasAtLeast150RowsCoveringEveryCategory()
    {
        var rows = Labelled();
        Assert.True(rows.Count >= 150, $"only {rows.Count} labelled rows");
        foreach (var category in TargetCategories.All)
        {
            Assert.Contains(rows, r => r.Expected == category);
        }
    }

    [Fact]
    public void Classifier_MeetsItsStatedPrecisionAndRecallPerCategory()
    {
        var rows = Labelled();
        var (all, heldOut) = (Score(rows), Score(rows.Where(r => r.Number % 2 == 0).ToList()));
        all.Print(TestContext.Current.TestOutputHelper, heldOut);

        // The bounds are what docs/profile.md states; lower them only with it.
        Assert.True(all.Accuracy >= 0.85, $"accuracy {all.Accuracy:P1}");
        Assert.True(heldOut.Accuracy >= 0.80, $"held-out accuracy {heldOut.Accuracy:P1}");
        foreach (var category in TargetCategories.All)
        {
            Assert.True(all.Precision(category) >= 0.70, $"{category.Id()} precision {all.Precision(category):P0}");
            Assert.True(all.Recall(category) >= 0.70, $"{category.Id()} recall {all.Recall(category):P0}");
        }
    }

    private static ClassifierScores<TargetCategory> Score(IReadOnlyList<LabelledEvent> rows)
    {
        var scores = new ClassifierScores<TargetCategory>(TargetCategories.All, c => c.Id());
        foreach (var row in rows)
        {
            var classified = WatchProfile.Iskp.ClassifyTarget(row.Event);
            scores.Add(row.Expected, classified.Category, $"{row.Id}: expected {row.Expected.Id()}, got {classified.Category.Id()} ({classified.Reason}): {row.Event.Notes}");
        }

        return scores;
    }

    internal sealed record LabelledEvent(string Id, int Number, TargetCategory Expected, ConflictEvent Event);

    internal static List<LabelledEvent> Labelled() =>
        [.. TestCsv.Read(LabelsPath).Select(r =>
        {
            Assert.True(TargetCategories.TryParse(r["expected"], out var expected), $"{r["id"]}: unknown label {r["expected"]}");
            var e = new ConflictEvent
            {
                Id = "test:" + r["id"],
                Source = EventSource.Acled,
                Date = EventDate.OnDay(DateOnly.ParseExact(r["event_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Country = r["country"],
                EventType = EventType.ExplosionOrRemoteViolence,
                Actor1 = r["actor1"],
                Actor2 = Blank(r["actor2"]),
                AssocActor2 = Blank(r["assoc_actor_2"]),
                Notes = r["notes"],
                Fatalities = Fatalities.Unknown,
            };
            return new LabelledEvent(r["id"], int.Parse(r["id"][1..], CultureInfo.InvariantCulture), expected, e);
        })];

    private static string? Blank(string s) => s.Length == 0 ? null : s;
}
