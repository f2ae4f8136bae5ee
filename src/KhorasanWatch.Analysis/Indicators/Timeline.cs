using KhorasanWatch.Analysis.Events;

namespace KhorasanWatch.Analysis.Indicators;

/// <summary>Events sorted by their first possible day, so that any window is found by binary search.</summary>
internal sealed class Timeline
{
    private readonly ConflictEvent[] _events;

    public Timeline(IEnumerable<ConflictEvent> events)
    {
        _events = events.OrderBy(e => e.Date.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<ConflictEvent> All => _events;

    public List<ConflictEvent> In(Period period)
    {
        var first = LowerBound(period.Start);
        var result = new List<ConflictEvent>();
        for (var i = first; i < _events.Length && _events[i].Date.Start <= period.End; i++)
        {
            result.Add(_events[i]);
        }

        return result;
    }

    private int LowerBound(DateOnly day)
    {
        int low = 0, high = _events.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_events[mid].Date.Start < day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
