using KhorasanWatch.UseCases.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace KhorasanWatch.Web.Pages;

/// <summary>Stored events, filtered and paged; every filter is in the URL, so a view is a link.</summary>
public sealed class EventsModel(EventsUseCase events) : WatchPage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Attribution { get; set; }
    [BindProperty(SupportsGet = true)] public string? Target { get; set; }
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public EventPage? Results { get; private set; }

    public EventFilter Filter => new(From, To, Country, Province, Actor, Role, Attribution, Target, Source, Text, Sort);

    public void OnGet() => Results = Answer(() => events.Page(Filter.ToQuery(events), PageSize, Cursor));

    /// <summary>This view with some parameters changed (null removes one); the cursor is dropped unless given.</summary>
    public string Link(string path = "/events", string? cursor = null, string? sort = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["from"] = From, ["to"] = To, ["country"] = Country, ["province"] = Province, ["actor"] = Actor, ["role"] = Role,
            ["attribution"] = Attribution, ["target"] = Target, ["source"] = Source, ["text"] = Text, ["sort"] = sort ?? Sort, ["cursor"] = cursor,
        };
        return QueryHelpers.AddQueryString(path, values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
    }
}
