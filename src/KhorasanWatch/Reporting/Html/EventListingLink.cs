namespace KhorasanWatch.Reporting.Html;

/// <summary>
/// Where a host lists an actor's events between two days (either may be null: no bound), as a URL:
/// the dashboard's Events page. A report rendered with one links its long footnotes' unlisted
/// events there; without one (a file written by <c>kwatch report</c>) it names the command.
/// </summary>
public delegate string EventListingLink(string actorId, DateOnly? from, DateOnly? to);
