using System.Text;
using KhorasanWatch.Analysis.Actors;
using KhorasanWatch.Analysis.Engagements;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Indicators;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Assessment;

/// <summary>
/// <see cref="WatchData"/> as bytes: every counted event (classified, made distinct, its linked ids
/// and the sources' disagreement), the coverage and the first and last days, so a reading verb
/// loads what it reads in one row instead of decoding and classifying thousands of events. Each
/// distinct string is written once and referred to after (countries, actors, sources repeat on
/// every event). The format belongs to the build that wrote it: <see cref="WatchData"/> keys the
/// snapshot by the build, so a kwatch never reads another's.
/// </summary>
internal static class WatchSnapshot
{
    public static void Write(WatchData data, Stream buffer)
    {
        using (var w = new Writer(buffer))
        {
            w.Day(data.CoverageStart);
            w.Day(data.CoverageEnd);
            w.Day(data.AbroadStart);
            w.Day(data.FirstEvent);
            w.Day(data.LastEvent);
            w.Text(data.CoverageSetBy);
            w.Count(data.Counted.Count);
            foreach (var counted in data.Counted)
            {
                w.Event(counted.Event);
                w.Strings(counted.AlsoRecordedAs);
                w.Text(counted.Disagreement);
            }
        }
    }

    public static WatchData Read(Stream stream)
    {
        using var r = new Reader(stream);
        var coverageStart = r.Day()!.Value;
        var coverageEnd = r.Day()!.Value;
        var abroadStart = r.Day();
        var first = r.Day();
        var last = r.Day();
        var setBy = r.Text();
        var counted = new CountedEvent[r.Count()];
        for (var i = 0; i < counted.Length; i++)
        {
            counted[i] = new CountedEvent(r.Event(), r.Strings()) { Disagreement = r.Text() };
        }

        return new WatchData(counted, coverageStart, first, last) { CoverageEnd = coverageEnd, AbroadStart = abroadStart, CoverageSetBy = setBy };
    }

    private sealed class Writer(Stream stream) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public void Count(int n) => Write7BitEncodedInt(n);

        public void Day(DateOnly? day) => Write7BitEncodedInt(day is { } d ? d.DayNumber + 1 : 0);

        /// <summary>0 for null; 1 and the string the first time; 2 + its index after.</summary>
        public void Text(string? s)
        {
            if (s is null)
            {
                Write7BitEncodedInt(0);
            }
            else if (_seen.TryGetValue(s, out var index))
            {
                Write7BitEncodedInt(index + 2);
            }
            else
            {
                Write7BitEncodedInt(1);
                Write(s);
                _seen[s] = _seen.Count;
            }
        }

        public void Strings(IReadOnlyList<string> values)
        {
            Count(values.Count);
            foreach (var v in values)
            {
                Text(v);
            }
        }

        public void Number(int? value)
        {
            Write(value.HasValue);
            if (value is { } v)
            {
                Write(v);
            }
        }

        public void Number(double? value)
        {
            Write(value.HasValue);
            if (value is { } v)
            {
                Write(v);
            }
        }

        public void Event(ConflictEvent e)
        {
            Text(e.Id);
            Write((byte)e.Source);
            Text(e.SourceEventId);
            Day(e.Date.Start);
            Day(e.Date.End);
            Write((byte)e.Date.Precision);
            Text(e.Country);
            Text(e.Admin1);
            Write(e.Admin1Derived);
            Text(e.Admin2);
            Text(e.Location);
            Number(e.Latitude);
            Number(e.Longitude);
            Number(e.GeoPrecision);
            Write((byte)e.EventType);
            Text(e.SubEventType);
            Write(e.Suicide);
            Text(e.Actor1);
            Text(e.AssocActor1);
            Text(e.Actor2);
            Text(e.AssocActor2);
            Text(e.TargetText);
            Strings(e.ActorIds);
            Write((byte)e.Role);
            Write((byte)e.Attribution);
            Number(e.TargetCategory is { } t ? (int)t : null);
            Text(e.TargetReason);
            Number(e.Engagement is { } g ? (int)g.Kind : null);
            if (e.Engagement is { } engagement)
            {
                Text(engagement.Reason);
            }

            Number(e.Fatalities.Best);
            Number(e.Fatalities.Low);
            Number(e.Fatalities.High);
            Text(e.Notes);
            Text(e.SourceNames);
            Text(e.Dataset);
        }
    }

    private sealed class Reader(Stream stream) : BinaryReader(stream, Encoding.UTF8)
    {
        private readonly List<string> _seen = [];

        public int Count() => Read7BitEncodedInt();

        public DateOnly? Day() => Read7BitEncodedInt() is var n && n == 0 ? null : DateOnly.FromDayNumber(n - 1);

        public string? Text()
        {
            var code = Read7BitEncodedInt();
            if (code == 0)
            {
                return null;
            }

            if (code > 1)
            {
                return _seen[code - 2];
            }

            var s = ReadString();
            _seen.Add(s);
            return s;
        }

        public string[] Strings()
        {
            var values = new string[Count()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Text()!;
            }

            return values;
        }

        public int? Integer() => ReadBoolean() ? ReadInt32() : null;

        public double? Real() => ReadBoolean() ? ReadDouble() : null;

        public ConflictEvent Event()
        {
            // Member initialisers run in the order written, which is the order Writer.Event wrote them.
            var id = Text()!;
            var source = (EventSource)ReadByte();
            var sourceEventId = Text();
            var start = Day()!.Value;
            var end = Day()!.Value;
            var precision = (DatePrecision)ReadByte();
            return new ConflictEvent
            {
                Id = id,
                Source = source,
                SourceEventId = sourceEventId,
                Date = new EventDate(start, end, precision),
                Country = Text()!,
                Admin1 = Text(),
                Admin1Derived = ReadBoolean(),
                Admin2 = Text(),
                Location = Text(),
                Latitude = Real(),
                Longitude = Real(),
                GeoPrecision = Integer(),
                EventType = (EventType)ReadByte(),
                SubEventType = Text(),
                Suicide = ReadBoolean(),
                Actor1 = Text(),
                AssocActor1 = Text(),
                Actor2 = Text(),
                AssocActor2 = Text(),
                TargetText = Text(),
                ActorIds = Strings(),
                Role = (WatchRole)ReadByte(),
                Attribution = (Attribution)ReadByte(),
                TargetCategory = Integer() is { } t ? (TargetCategory)t : null,
                TargetReason = Text(),
                Engagement = Engagement(),
                Fatalities = new Fatalities(Integer(), Integer(), Integer()),
                Notes = Text(),
                SourceNames = Text(),
                Dataset = Text(),
            };
        }

        private EngagementReading? Engagement() => Integer() is { } kind ? new EngagementReading((EngagementKind)kind, Text()!) : null;
    }
}
