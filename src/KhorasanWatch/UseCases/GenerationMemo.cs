namespace KhorasanWatch.UseCases;

/// <summary>
/// Answers remembered for one generation of a store's events (<see cref="Storage.IEventStore.Generation"/>):
/// a host that asks the same question again (a dashboard on every click) gets the answer computed
/// once, and any ingest, which starts a new generation, forgets them all. The answers are the same
/// as computed afresh, since every computation is a function of the events (the warnings' simulations
/// are seeded). Answers are kept per reader's view as well (<see cref="Storage.IEventStore.VisibilityKey"/>):
/// what one organisation may see is never answered to another. At most <see cref="Capacity"/> answers are kept; the oldest goes first.
/// </summary>
public sealed class GenerationMemo<T>
    where T : class
{
    public const int Capacity = 16;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, T> _answers = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private (string Store, long Generation) _of;

    /// <summary>The answer to <paramref name="question"/> for the store at <paramref name="location"/> as it is now, and as its reader sees it.</summary>
    public T Get(string location, Storage.IEventStore store, string question, Func<T> compute) =>
        Get(location, store.Generation(), $"{store.VisibilityKey}\u001F{question}", compute);

    public T Get(string store, long generation, string question, Func<T> compute)
    {
        lock (_lock)
        {
            if (_of != (store, generation))
            {
                _answers.Clear();
                _order.Clear();
                _of = (store, generation);
            }
            else if (_answers.TryGetValue(question, out var known))
            {
                return known;
            }
        }

        // Computed outside the lock: two first askers may both compute; both get the same answer.
        var answer = compute();
        lock (_lock)
        {
            if (_of == (store, generation) && !_answers.ContainsKey(question))
            {
                if (_answers.Count == Capacity)
                {
                    _answers.Remove(_order.Dequeue());
                }

                _answers[question] = answer;
                _order.Enqueue(question);
            }
        }

        return answer;
    }
}
