using KhorasanWatch.UseCases;
using KhorasanWatch.UseCases.Events;

namespace KhorasanWatch.Web.Pages;

/// <summary>One event: every field, why it got its target category, the source's own record, its versions and the other sources' records of it.</summary>
public sealed class EventModel(EventsUseCase events) : WatchPage
{
    public EventDetail? Detail { get; private set; }

    public void OnGet(string id) =>
        Detail = Answer(() => events.Get(id) ?? throw new ProblemException(ProblemCodes.NotFound, "no event has the id '{0}'", id));
}
