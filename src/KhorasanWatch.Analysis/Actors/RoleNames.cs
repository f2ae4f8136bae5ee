namespace KhorasanWatch.Analysis.Actors;

public static class RoleNames
{
    public static string Code(this WatchRole role) => role switch
    {
        WatchRole.Perpetrator => "perpetrator",
        WatchRole.Target => "target",
        WatchRole.Party => "party",
        _ => "none",
    };

    public static WatchRole ParseRole(string code) => code switch
    {
        "perpetrator" => WatchRole.Perpetrator,
        "target" => WatchRole.Target,
        "party" => WatchRole.Party,
        _ => WatchRole.None,
    };

    public static string Code(this Attribution attribution) => attribution switch
    {
        Attribution.Certain => "certain",
        Attribution.Uncertain => "uncertain",
        _ => "none",
    };

    public static Attribution ParseAttribution(string code) => code switch
    {
        "certain" => Attribution.Certain,
        "uncertain" => Attribution.Uncertain,
        _ => Attribution.None,
    };
}
