using System.Globalization;
using System.Text;
using KhorasanWatch.TestSupport;
using static KhorasanWatch.TestSupport.AcledCsv;

namespace KhorasanWatch.Cli.Tests.Commands;

/// <summary>
/// <c>kwatch events</c> writes as it reads, in every format: the memory it holds while writing
/// stays the same whether the store holds a few thousand events or four times as many.
/// </summary>
[Collection(nameof(MeasuresTheHeap))]
public sealed class EventsStreamingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("table")]
    public void TheMemoryHeldWhileWriting_DoesNotGrowWithTheOutput(string format)
    {
        var small = Listing(Store("small.db", 1500), format);
        var large = Listing(Store("large.db", 6000), format);

        Assert.True(large.Written > 3.5 * small.Written, $"the larger store's listing should be about four times the smaller's ({large.Written:N0} against {small.Written:N0} characters)");
        // Held, not written: the live heap while writing, after a full collection, above what it was
        // before the call. What the call holds whatever the size (the profile, the store's
        // connection) is the same for both; a listing built in memory holds ~0.5 MB or more per
        // thousand events more in the larger (here, 1.2 MB for the table, 35 MB for JSON).
        Assert.True(large.Growth - small.Growth < 500_000,
            $"--format {format}: the heap grew {large.Growth:N0} bytes while writing {large.Written:N0} characters, {small.Growth:N0} while writing {small.Written:N0}");
    }

    private string Store(string name, int events)
    {
        var notes = "On that day, ISKP militants attacked a checkpoint; " + new string('x', 600);
        var rows = Enumerable.Range(0, events).Select(i => new Row(
            $"AFG{i}",
            Date: new DateOnly(2016, 1, 1).AddDays(i % 3000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Notes: notes));
        var db = _temp.File(name);
        Assert.Equal(0, CliRun.Of("ingest", _temp.Write(name + ".csv", Text(rows)), "--db", db).ExitCode);
        return db;
    }

    private static HeapSampler Listing(string db, string format)
    {
        var output = new HeapSampler(GC.GetTotalMemory(forceFullCollection: true));
        var code = Kwatch.Run(["events", "--db", db, "--format", format], new CliConsole(output, new StringWriter(), ErrorIsTerminal: false, _ => null));
        Assert.Equal(0, code);
        return output;
    }

    /// <summary>
    /// Counts what is written and throws it away; at the first write and each time another 64 KB
    /// has come, the live heap after a full collection, taken inside the write (a listing built in
    /// memory and written at the end is still alive then).
    /// </summary>
    private sealed class HeapSampler(long before) : TextWriter
    {
        private readonly long _before = before;
        private long _sampledAt = -1, _most = before;

        public long Written { get; private set; }

        /// <summary>How much more the heap held at its fullest than before the call.</summary>
        public long Growth => _most - _before;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Count(1);

        public override void Write(string? value) => Count(value?.Length ?? 0);

        public override void Write(char[] buffer, int index, int count) => Count(count);

        public override void WriteLine(string? value) => Count((value?.Length ?? 0) + 1);

        private void Count(int characters)
        {
            if (_sampledAt < 0 || Written + characters - _sampledAt >= 1 << 16)
            {
                _most = Math.Max(_most, GC.GetTotalMemory(forceFullCollection: true));
                _sampledAt = Written + characters;
            }

            Written += characters;
        }
    }
}

/// <summary>Tests that measure the process's heap run alone: another test's allocations would be counted as theirs.</summary>
[CollectionDefinition(nameof(MeasuresTheHeap), DisableParallelization = true)]
public sealed class MeasuresTheHeap;
