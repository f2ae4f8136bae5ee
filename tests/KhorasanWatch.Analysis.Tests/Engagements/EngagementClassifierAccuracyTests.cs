using System.Globalization;
using KhorasanWatch.Analysis.Engagements;
using KhorasanWatch.Analysis.Profiles;

namespace KhorasanWatch.Analysis.Tests.Engagements;

/// <summary>
/// Measures the ISKP profile's engagement reader against engagement-labels.csv: headlines in the
/// style of UCDP's sources for fights between IS and the Afghan state or the Taliban, written and
/// labelled by someone who had not seen the rules. Odd-numbered rows were used while writing the
/// rules ("dev"); even-numbered rows were held out and are the honest figure. docs/engagements.md
/// quotes the table this test prints.
/// </summary>
public sealed class EngagementClassifierAccuracyTests
{
    private static readonly string LabelsPath = Path.Combine(AppContext.BaseDirectory, "Engagements", "engagement-labels.csv");

    private static readonly EngagementKind[] Kinds = [EngagementKind.ActorAttack, EngagementKind.OperationAgainstActor, EngagementKind.Undetermined];

    [Fact]
    public void LabelledSet_HasAtLeast100RowsOfEveryKind()
    {
        var rows = Labelled();
        Assert.True(rows.Count >= 100, $"only {rows.Count} labelled rows");
        foreach (var kind in Kinds)
        {
            Assert.True(rows.Count(r => r.Expected == kind) >= 20, $"few rows of {kind}");
        }
    }

    [Fact]
    public void Reader_MeetsItsStatedPrecisionAndRecallPerKind()
    {
        var rows = Labelled();
        var (all, heldOut) = (Score(rows), Score(rows.Where(r => r.Number % 2 == 0).ToList()));
        all.Print(TestContext.Current.TestOutputHelper, heldOut);

        // The bounds are what docs/engagements.md states; lower them only with it.
        Assert.True(all.Accuracy >= 0.80, $"accuracy {all.Accuracy:P1}");
        Assert.True(heldOut.Accuracy >= 0.75, $"held-out accuracy {heldOut.Accuracy:P1}");
        foreach (var kind in new[] { EngagementKind.ActorAttack, EngagementKind.OperationAgainstActor })
        {
            // An engagement read as an attack is counted as one: precision matters most there.
            Assert.True(all.Precision(kind) >= 0.80, $"{Name(kind)} precision {all.Precision(kind):P0}");
            Assert.True(all.Recall(kind) >= 0.70, $"{Name(kind)} recall {all.Recall(kind):P0}");
        }
    }

    private static ClassifierScores<EngagementKind> Score(IReadOnlyList<Row> rows)
    {
        var scores = new ClassifierScores<EngagementKind>(Kinds, Name);
        foreach (var row in rows)
        {
            var reading = WatchProfile.Iskp.Engagements.Read(row.Text, againstTheState: row.TypeOfViolence != 2);
            scores.Add(row.Expected, reading.Kind, $"{row.Id}: expected {Name(row.Expected)}, got {Name(reading.Kind)} ({reading.Reason}): {row.Text}");
        }

        return scores;
    }

    private static string Name(EngagementKind kind) => kind switch
    {
        EngagementKind.ActorAttack => "actor_attack",
        EngagementKind.OperationAgainstActor => "operation_against_actor",
        _ => "undetermined",
    };

    private sealed record Row(string Id, int Number, EngagementKind Expected, string Text, int TypeOfViolence);

    private static List<Row> Labelled() =>
        [.. TestCsv.Read(LabelsPath).Select(r => new Row(
            r["id"],
            int.Parse(r["id"][1..], CultureInfo.InvariantCulture),
            Kinds.Single(k => Name(k) == r["expected"]),
            r["text"],
            int.Parse(r["type_of_violence"], CultureInfo.InvariantCulture)))];
}
