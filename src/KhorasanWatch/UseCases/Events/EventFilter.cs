using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Places;
using KhorasanWatch.Analysis.Targets;
using KhorasanWatch.Storage;

namespace KhorasanWatch.UseCases.Events;

/// <summary>
/// The filters a user sets on a listing of events, as text (from a command line or a URL):
/// checked here, once, into an <see cref="EventQuery"/>. Codes are the contracts' (docs/cli.md, "events").
/// </summary>
public sealed record EventFilter(
    string? From = null,
    string? To = null,
    string? Country = null,
    string? Province = null,
    string? Actor = null,
    string? Role = null,
    string? Attribution = null,
    string? Target = null,
    string? Source = null,
    string? Text = null,
    string? Sort = null)
{
    public static readonly string[] Roles = [.. Enum.GetValues<WatchRole>().Where(r => r != WatchRole.None).Select(r => r.Code())];

    public static readonly string[] Attributions = [.. Enum.GetValues<Analysis.Actors.Attribution>().Where(a => a != Analysis.Actors.Attribution.None).Select(a => a.Code())];

    public static readonly string[] Sources = [.. Enum.GetValues<EventSource>().Select(s => s.Code())];

    public static readonly string[] Targets = [.. TargetCategories.All.Select(t => t.Id())];

    /// <summary>Newest first (the dashboard's default) or oldest first (the CLI's order).</summary>
    public static readonly string[] Sorts = ["newest", "oldest"];

    /// <summary>The checked query; an unknown code or a date that is not one is refused, naming the parameter.</summary>
    public EventQuery ToQuery(EventsUseCase events)
    {
        var actorId = events.ActorId(RequestValues.Blank(Actor));
        var (first, last) = RequestValues.DateRange(RequestValues.Blank(From), RequestValues.Blank(To));
        var country = RequestValues.Country(RequestValues.Blank(Country));
        string? province = null;
        if (RequestValues.Blank(Province) is { } name)
        {
            var iso3 = country ?? events.HomeCountry;
            province = Gazetteer.Default.FindAdmin1(iso3, name)?.Name
                ?? throw RequestValues.Invalid("{province} '{0}' is not a known province of {1}", name, iso3);
            country = iso3;
        }

        return events.Query(actorId, country, first, last) with
        {
            Admin1 = province,
            Role = Code(Role, "role", Roles),
            Attribution = Code(Attribution, "attribution", Attributions),
            TargetCategory = Code(Target, "target", Targets),
            Source = Code(Source, "source", Sources),
            Text = RequestValues.Blank(Text)?.Trim(),
            NewestFirst = RequestValues.OneOf(RequestValues.Blank(Sort), "sort", "newest", Sorts) == "newest",
        };
    }

    private static string? Code(string? text, string parameter, string[] allowed) =>
        RequestValues.Blank(text) is { } value ? RequestValues.OneOf(value, parameter, "", allowed) : null;
}
