using KhorasanWatch.Analysis.Assessment;
using KhorasanWatch.Analysis.Engagements;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Hypotheses;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;

namespace KhorasanWatch.Analysis.Formats;

/// <summary>
/// The names of the enums as the contracts (JSON, CSV, matrix files), the pages and the sentences
/// spell them, written out: renaming a member in the code never changes a contract, and a member
/// without a name here fails loudly instead of leaking its C# name.
/// </summary>
public static class WireNames
{
    public static string Period(PeriodKind kind) => kind switch
    {
        PeriodKind.Week => "week",
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        PeriodKind.Year => "year",
        PeriodKind.Window => "window",
        _ => throw Unnamed(kind),
    };

    public static string Level(WarningLevel level) => level switch
    {
        WarningLevel.None => "none",
        WarningLevel.Watch => "watch",
        WarningLevel.Warning => "warning",
        WarningLevel.Alert => "alert",
        _ => throw Unnamed(level),
    };

    public static string Direction(Direction direction) => direction switch
    {
        Analysis.Warnings.Direction.Up => "up",
        Analysis.Warnings.Direction.Down => "down",
        Analysis.Warnings.Direction.Shift => "shift",
        Analysis.Warnings.Direction.New => "new",
        _ => throw Unnamed(direction),
    };

    /// <summary>How exactly the source dates the event.</summary>
    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Range => "range",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => throw Unnamed(precision),
    };

    public static string Kind(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Claim => "claim",
        EvidenceKind.Indicator => "indicator",
        EvidenceKind.Note => "note",
        _ => throw Unnamed(kind),
    };

    public static string Weight(WeightLevel level) => level switch
    {
        WeightLevel.Low => "low",
        WeightLevel.Medium => "medium",
        WeightLevel.High => "high",
        _ => throw Unnamed(level),
    };

    public static string Confidence(ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.Low => "low",
        ConfidenceLevel.Moderate => "moderate",
        ConfidenceLevel.High => "high",
        _ => throw Unnamed(level),
    };

    /// <summary>A matrix cell as the matrix files write it: CC, C, N, I, II or NA.</summary>
    public static string Rating(AchRating rating) => rating switch
    {
        AchRating.CC => "CC",
        AchRating.C => "C",
        AchRating.N => "N",
        AchRating.I => "I",
        AchRating.II => "II",
        AchRating.NA => "NA",
        _ => throw Unnamed(rating),
    };

    /// <summary>What the text of an engagement (a fight whose source names no initiator) says of who acted.</summary>
    public static string Engagement(EngagementKind kind) => kind switch
    {
        EngagementKind.ActorAttack => "actor_attack",
        EngagementKind.OperationAgainstActor => "operation_against_actor",
        EngagementKind.Undetermined => "undetermined",
        _ => throw Unnamed(kind),
    };

    /// <summary>
    /// The member whose wire name <paramref name="name"/> gives <paramref name="text"/> (trimmed, any
    /// case): the one way a contract's text becomes an enum, so a number or a list of names that
    /// the C# parser would take is no member.
    /// </summary>
    public static bool TryRead<T>(string? text, Func<T, string> name, out T value) where T : struct, Enum
    {
        var wanted = (text ?? "").Trim();
        foreach (var member in Enum.GetValues<T>())
        {
            if (string.Equals(name(member), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static ArgumentOutOfRangeException Unnamed<T>(T value) where T : struct, Enum =>
        new(typeof(T).Name, value, $"a {typeof(T).Name} without a wire name");
}
