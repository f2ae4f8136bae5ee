namespace KhorasanWatch.Analysis.Events;

/// <summary>Event types normalised across sources, after ACLED's top-level types.</summary>
public enum EventType
{
    Battle,
    ExplosionOrRemoteViolence,
    ViolenceAgainstCivilians,
    Protest,
    Riot,
    StrategicDevelopment,
    Other,
}

public static class EventTypeNames
{
    public static string Code(this EventType type) => type switch
    {
        EventType.Battle => "battle",
        EventType.ExplosionOrRemoteViolence => "explosion_remote_violence",
        EventType.ViolenceAgainstCivilians => "violence_against_civilians",
        EventType.Protest => "protest",
        EventType.Riot => "riot",
        EventType.StrategicDevelopment => "strategic_development",
        _ => "other",
    };

    public static EventType FromCode(string code) => code switch
    {
        "battle" => EventType.Battle,
        "explosion_remote_violence" => EventType.ExplosionOrRemoteViolence,
        "violence_against_civilians" => EventType.ViolenceAgainstCivilians,
        "protest" => EventType.Protest,
        "riot" => EventType.Riot,
        "strategic_development" => EventType.StrategicDevelopment,
        _ => EventType.Other,
    };
}
