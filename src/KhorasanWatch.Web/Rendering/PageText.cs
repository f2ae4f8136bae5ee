using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Warnings;
using KhorasanWatch.Contracts;
using Microsoft.AspNetCore.WebUtilities;
using KhorasanWatch.Analysis.Formats;

namespace KhorasanWatch.Web.Rendering;

/// <summary>Words and links the pages share.</summary>
public static class PageText
{
    public static string Level(WarningLevel level) => WireNames.Level(level);

    /// <summary>The Events page for the actor's events of the window a warning reads, in its region (those it counts are among them).</summary>
    public static string EventsOf(string actorId, Period window, Region region) =>
        Link("/events", ("actor", actorId), ("from", EventCodes.Day(window.Start)), ("to", EventCodes.Day(window.End)), ("country", region.Country), ("province", region.Province));

    /// <summary>A link with its query, leaving out the parameters without a value.</summary>
    public static string Link(string path, params (string Name, string? Value)[] query) =>
        QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, string?>(q.Name, q.Value)));

    /// <summary>Where an event happened, as a list shows it: the place, its province unless the same name, the country.</summary>
    public static string Place(Analysis.Events.ConflictEvent e) =>
        string.Join(", ", new[] { e.Location, e.Admin1 == e.Location ? null : e.Admin1, e.Country }.Where(p => !string.IsNullOrEmpty(p)));

    public static string EventLink(string id) => "/events/" + Uri.EscapeDataString(id);

    public static string ClaimLink(string key) => "/claims/" + Uri.EscapeDataString(key);

    public static string ClaimSeriesLink(string subject) => "/claims/series/" + Uri.EscapeDataString(subject);

    public static string Deaths(Analysis.Events.Fatalities f) =>
        f.Low is not null || f.High is not null ? $"{f.Best?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} ({f.Low}–{f.High})"
        : f.Best?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not recorded";
}
