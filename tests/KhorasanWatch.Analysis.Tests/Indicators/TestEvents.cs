using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Tests.Indicators;

/// <summary>Builds classified events for indicator tests: each test says only what matters to it.</summary>
internal static class TestEvents
{
    private static int _next;

    public static ConflictEvent Attack(
        string day, string country = "AFG", string? province = "Kabul", int? killed = 1, TargetCategory target = TargetCategory.Taliban) =>
        Make(day, country, province, killed) with
        {
            ActorIds = ["iskp"],
            Role = WatchRole.Perpetrator,
            Attribution = Attribution.Certain,
            TargetCategory = target,
        };

    public static ConflictEvent Uncertain(string day) =>
        Make(day, "AFG", "Kabul", 2) with { ActorIds = ["iskp", "taliban"], Role = WatchRole.Perpetrator, Attribution = Attribution.Uncertain };

    public static ConflictEvent TalibanOperation(string day, int killed = 3) =>
        Make(day, "AFG", "Nangarhar", killed) with { ActorIds = ["taliban", "iskp"], Role = WatchRole.Target, Attribution = Attribution.Certain };

    public static ConflictEvent Strike(string day, bool onCivilians, int killed = 4) =>
        Make(day, "AFG", "Kunar", killed) with
        {
            ActorIds = onCivilians ? ["foreign_forces", "civilians"] : ["foreign_forces", "iskp"],
            EventType = onCivilians ? EventType.ViolenceAgainstCivilians : EventType.ExplosionOrRemoteViolence,
            SubEventType = "Air/drone strike",
            Role = onCivilians ? WatchRole.None : WatchRole.Target,
            Attribution = onCivilians ? Attribution.None : Attribution.Certain,
        };

    public static ConflictEvent Make(string day, string country, string? province, int? killed) => new()
    {
        Id = $"acled:T{Interlocked.Increment(ref _next)}",
        Source = EventSource.Acled,
        Date = EventDate.OnDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)),
        Country = country,
        Admin1 = province,
        EventType = EventType.ExplosionOrRemoteViolence,
        Fatalities = Fatalities.BestOnly(killed),
    };
}
