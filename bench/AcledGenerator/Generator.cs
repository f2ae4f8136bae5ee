namespace AcledGenerator;

/// <summary>
/// Writes ACLED export rows one at a time. Every random choice comes from one seeded
/// <see cref="Random"/> in a fixed order, so a seed always gives the same file.
/// </summary>
internal sealed class Generator
{
    public const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1," +
        "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location," +
        "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private enum EventKind
    {
        Battles,
        Explosions,
        Violence,
        Protests,
        Riots,
        Strategic,
    }

    private sealed record SubEvent(string Name, double Weight, Template[] Templates);

    private static readonly string[] EventTypeNames =
        ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

    private static readonly SubEvent[][] SubEvents =
    [
        [
            new("Armed clash", 90, Notes.ArmedClash),
            new("Government regains territory", 5, Notes.RegainsTerritory),
            new("Non-state actor overtakes territory", 5, Notes.OvertakesTerritory),
        ],
        [
            new("Air/drone strike", 28, Notes.AirStrike),
            new("Shelling/artillery/missile attack", 35, Notes.Shelling),
            new("Remote explosive/landmine/IED", 26, Notes.Ied),
            new("Suicide bomb", 3, Notes.SuicideBomb),
            new("Grenade", 8, Notes.Grenade),
        ],
        [
            new("Attack", 82, Notes.Attack),
            new("Abduction/forced disappearance", 15, Notes.Abduction),
            new("Sexual violence", 3, Notes.SexualViolence),
        ],
        [
            new("Peaceful protest", 88, Notes.PeacefulProtest),
            new("Protest with intervention", 10, Notes.ProtestIntervention),
            new("Excessive force against protesters", 2, Notes.ExcessiveForce),
        ],
        [
            new("Mob violence", 60, Notes.MobViolence),
            new("Violent demonstration", 40, Notes.ViolentDemonstration),
        ],
        [
            new("Arrests", 30, Notes.Arrests),
            new("Looting/property destruction", 15, Notes.Looting),
            new("Disrupted weapons use", 15, Notes.Disrupted),
            new("Agreement", 5, Notes.Agreement),
            new("Headquarters or base established", 5, Notes.Headquarters),
            new("Non-violent transfer of territory", 5, Notes.Transfer),
            new("Change to group/activity", 15, Notes.ChangeToGroup),
            new("Other", 10, Notes.OtherDevelopment),
        ],
    ];

    // Battles, Explosions, Violence against civilians, Protests, Riots, Strategic developments
    private static readonly double[][] ProfileMix =
    [
        [34, 34, 15, 8, 3, 6],  // war
        [15, 12, 25, 32, 8, 8], // conflict
        [3, 3, 12, 65, 10, 7],  // civil
    ];

    private static readonly string[] SmallCounts = ["two", "three", "four", "five", "six", "several"];
    private static readonly string[] CrowdTags =
        ["crowd size=no report", "crowd size=around 100", "crowd size=dozens", "crowd size=hundreds", "crowd size=around 50", "crowd size=large"];

    private static readonly DateOnly Epoch = new(1970, 1, 1);
    private static readonly DateOnly TalibanTakeover = new(2021, 8, 15);
    private static readonly DateOnly LastDay = new(2025, 11, 28);

    private readonly Random _rng;
    private readonly Country[] _countries;
    private readonly double[] _countryCumulative;
    private readonly double[][] _yearCumulative;
    private readonly double[][] _mixCumulative;
    private readonly double[][] _subCumulative;
    private readonly int[] _nextId;
    private readonly string[] _scaleNames = BuildScaleNames();
    private readonly string[,] _interactions = BuildInteractions();
    private readonly CharBuffer _notes = new();
    private readonly CharBuffer _sources = new();
    private readonly Afghan _afghan;

    /// <summary>The share of Afghanistan's non-state perpetrators that are ISKP (0.034 by default; more for a store dense in the watched actor's events).</summary>
    private readonly double _iskpShare;

    public Generator(int seed, double iskpShare = 0.034)
    {
        _iskpShare = iskpShare;
        _rng = new Random(seed);
        _countries = Countries.All();
        _countryCumulative = Cumulative(_countries.Select(c => c.Weight));
        _yearCumulative = [.. _countries.Select(c => Cumulative(Enumerable.Range(c.StartYear, 2025 - c.StartYear + 1).Select(y => 1 + (0.3 * (y - c.StartYear)))))];
        _mixCumulative = [.. ProfileMix.Select(m => Cumulative(m))];
        _subCumulative = [.. SubEvents.Select(s => Cumulative(s.Select(e => e.Weight)))];
        _nextId = [.. _countries.Select(_ => 1000)];
        _afghan = new Afghan();
    }

    /// <summary>Appends one CSV row (with its trailing LF) to <paramref name="row"/>.</summary>
    public void NextRow(CharBuffer row)
    {
        var r = _rng;
        var ci = Pick(_countryCumulative);
        var c = _countries[ci];
        var year = c.StartYear + Pick(_yearCumulative[ci]);
        var first = new DateOnly(year, 1, 1);
        var days = year == LastDay.Year ? LastDay.DayOfYear : (DateTime.IsLeapYear(year) ? 366 : 365);
        var day = first.AddDays(r.Next(days));
        var kind = (EventKind)Pick(_mixCumulative[(int)c.Profile]);
        var sub = SubEvents[(int)kind][Pick(_subCumulative[(int)kind])];
        var isAfghan = ci == 0;

        // Actors
        Actor actor1;
        Actor? actor2 = null;
        string? assoc1 = null, assoc2 = null;
        switch (kind)
        {
            case EventKind.Battles:
                if (r.NextDouble() < 0.5)
                {
                    actor1 = State(c, day, isAfghan);
                    actor2 = NonState(c, day, isAfghan);
                }
                else
                {
                    actor1 = NonState(c, day, isAfghan);
                    actor2 = r.NextDouble() < 0.7 ? State(c, day, isAfghan) : NonState(c, day, isAfghan);
                    if (actor2 == actor1)
                    {
                        actor2 = State(c, day, isAfghan); // a group does not fight itself
                    }
                }

                break;
            case EventKind.Explosions:
                if (sub.Name is "Air/drone strike")
                {
                    actor1 = isAfghan && day < TalibanTakeover && r.NextDouble() < 0.35 ? _afghan.UsForces : External(c) ?? Military(c, day, isAfghan);
                    actor2 = r.NextDouble() < 0.7 ? NonState(c, day, isAfghan) : c.Civilians;
                }
                else if (sub.Name is "Shelling/artillery/missile attack")
                {
                    actor1 = r.NextDouble() < 0.5 ? (External(c) ?? Military(c, day, isAfghan)) : NonState(c, day, isAfghan);
                    actor2 = r.NextDouble() < 0.35 ? c.Civilians : actor1.Kind is Kind.State or Kind.External ? NonState(c, day, isAfghan) : Military(c, day, isAfghan);
                }
                else
                {
                    actor1 = NonState(c, day, isAfghan);
                    actor2 = r.NextDouble() < 0.55 ? State(c, day, isAfghan) : c.Civilians;
                }

                break;
            case EventKind.Violence:
                var v = r.NextDouble();
                actor1 = v < 0.6 ? NonState(c, day, isAfghan) : v < 0.85 ? Unidentified(c, isAfghan) : State(c, day, isAfghan);
                actor2 = c.Civilians;
                break;
            case EventKind.Protests:
                actor1 = c.Protesters;
                if (sub.Name != "Peaceful protest")
                {
                    actor2 = Police(c, day, isAfghan);
                }

                if (r.NextDouble() < 0.25)
                {
                    assoc1 = ProtestGroup(c, isAfghan);
                }

                break;
            case EventKind.Riots:
                actor1 = c.Rioters;
                if (sub.Name == "Mob violence" ? r.NextDouble() < 0.7 : r.NextDouble() < 0.3)
                {
                    actor2 = sub.Name == "Mob violence" ? c.Civilians : Police(c, day, isAfghan);
                }

                break;
            default:
                actor1 = r.NextDouble() < 0.5 ? State(c, day, isAfghan) : NonState(c, day, isAfghan);
                if (sub.Name is "Arrests" or "Agreement")
                {
                    actor2 = actor1.Kind == Kind.State ? NonState(c, day, isAfghan) : State(c, day, isAfghan);
                }
                else if (sub.Name == "Non-violent transfer of territory")
                {
                    actor2 = State(c, day, isAfghan);
                }

                break;
        }

        if (actor2 is { Kind: Kind.Civilians } && r.NextDouble() < (isAfghan ? 0.3 : 0.12))
        {
            assoc2 = VictimGroup(c, isAfghan, actor1);
        }

        if (actor1.Kind == Kind.State && actor2 is not null && r.NextDouble() < 0.08)
        {
            assoc1 = actor1 == c.Military || actor1 == _afghan.OldArmy || actor1 == _afghan.NewArmy ? Police(c, day, isAfghan).Name : Military(c, day, isAfghan).Name;
        }

        // Place
        var a1 = c.Admin1[Pick(c.Admin1Cumulative)];
        var place = a1.Places[r.Next(a1.Places.Length)];
        var geo = Roll(r, 0.70, 0.25) + 1;
        var lat = geo == 3 ? a1.Lat : place.Lat;
        var lon = geo == 3 ? a1.Lon : place.Lon;

        // Fatalities: mostly 0, long tail
        var fatalities = Fatalities(kind, sub.Name);

        // Sources
        _sources.Clear();
        var sourceCount = Roll(r, 0.6, 0.3) + 1;
        var scaleMask = 0;
        string firstSource = "";
        Span<int> used = stackalloc int[3];
        var usedCount = 0;
        for (var i = 0; i < sourceCount; i++)
        {
            var global = r.NextDouble() < 0.15;
            var list = global ? Countries.Global : c.Sources;
            var k = r.Next(list.Length);
            var key = (global ? 1000 : 0) + k;
            if (used[..usedCount].Contains(key))
            {
                continue;
            }

            used[usedCount++] = key;
            if (_sources.Length > 0)
            {
                _sources.Append("; ");
            }
            else
            {
                firstSource = list[k].Name;
            }

            _sources.Append(list[k].Name);
            scaleMask |= ScaleBit(list[k].Scale);
        }

        // Notes
        var afghanTopics = isAfghan && day >= TalibanTakeover;
        var count = kind is EventKind.Strategic or EventKind.Violence ? SmallCounts[r.Next(SmallCounts.Length)] : Notes.Counts[r.Next(Notes.Counts.Length)];
        var ctx = new NoteContext(
            day, actor1.Short, actor2?.Short ?? "", place.Location, place.Admin2, a1.Name, r.NextDouble() < 0.3, count,
            afghanTopics ? Notes.AfghanTopics[r.Next(Notes.AfghanTopics.Length)] : Notes.Topics[r.Next(Notes.Topics.Length)],
            Notes.Slogans[r.Next(Notes.Slogans.Length)], Notes.Who[r.Next(Notes.Who.Length)], firstSource);
        _notes.Clear();
        var templates = actor2 is { Kind: Kind.Civilians } && sub.Name is "Air/drone strike" or "Shelling/artillery/missile attack"
            ? Notes.RemoteOnCivilians
            : sub.Templates;
        templates[r.Next(templates.Length)].Render(_notes, ctx);
        var extras = kind switch
        {
            EventKind.Protests => Notes.CivilExtras,
            EventKind.Strategic => Notes.StrategicExtras,
            EventKind.Violence or EventKind.Riots => Notes.VictimExtras,
            _ => Notes.ViolentExtras,
        };

        // Pad to a random length: notes end up 150-400 characters, about 240 on average (ACLED's rows
        // average about 550 bytes).
        var target = 115 + r.Next(125) + r.Next(40);
        var lastExtra = -1;
        for (var attempt = 0; attempt < 12 && (_notes.Length < target || _notes.Length < 150); attempt++)
        {
            var e = r.Next(extras.Length);
            if (e == lastExtra)
            {
                continue;
            }

            var mark = _notes.Length;
            _notes.Append(' ');
            extras[e].Render(_notes, ctx);
            if (_notes.Length > 375)
            {
                _notes.Length = mark; // too long: take it back
            }
            else
            {
                lastExtra = e;
            }
        }

        var violent = kind is EventKind.Battles or EventKind.Explosions or EventKind.Violence || sub.Name is "Mob violence" or "Excessive force against protesters";
        if (fatalities > 0)
        {
            _notes.Append(" Fatalities: ").Append(fatalities).Append('.');
        }
        else if (violent)
        {
            _notes.Append(" No fatalities reported.");
        }

        // Row
        var id = _nextId[ci]++;
        row.Append(c.Iso3).Append(id).Append(',');
        if (r.NextDouble() < 0.1)
        {
            row.Append(day.Day).Append(' ').Append(Notes.Months[day.Month - 1]).Append(' ').Append(day.Year);
        }
        else
        {
            AppendIsoDate(row, day);
        }

        row.Append(',').Append(day.Year).Append(',').Append(Roll(r, 0.85, 0.12) + 1).Append(',');
        row.Append(DisorderType(kind, sub.Name)).Append(',').Append(EventTypeNames[(int)kind]).Append(',').Field(sub.Name).Append(',');
        row.Field(actor1.Name).Append(',');
        if (assoc1 is not null)
        {
            row.Field(assoc1);
        }

        row.Append(',').Append(Actor.InterWord(actor1.Kind)).Append(',');
        if (actor2 is not null)
        {
            row.Field(actor2.Name);
        }

        row.Append(',');
        if (assoc2 is not null)
        {
            row.Field(assoc2);
        }

        row.Append(',');
        if (actor2 is not null)
        {
            row.Append(Actor.InterWord(actor2.Kind));
        }

        row.Append(',').Append(_interactions[(int)actor1.Kind, actor2 is null ? 0 : (int)actor2.Kind]).Append(',');
        if (actor2 is { Kind: Kind.Civilians } && kind is EventKind.Violence or EventKind.Explosions)
        {
            row.Append("Civilian targeting");
        }

        row.Append(',').Append(c.NumericText).Append(',').Append(c.Region).Append(',').Field(c.Name).Append(',');
        row.Field(a1.Name).Append(',').Field(place.Admin2).Append(',');
        if (c.HasAdmin3)
        {
            row.Field(place.Location);
        }

        row.Append(',').Field(place.Location).Append(',').AppendFixed4(lat).Append(',').AppendFixed4(lon).Append(',').Append(geo).Append(',');
        row.Field(_sources.Span).Append(',').Append(_scaleNames[scaleMask]).Append(',');
        row.Field(_notes.Span).Append(',').Append(fatalities).Append(',');
        if (kind is EventKind.Protests or EventKind.Riots && r.NextDouble() < 0.5)
        {
            row.Append(CrowdTags[r.Next(CrowdTags.Length)]);
        }

        var modified = ((long)(day.DayNumber - Epoch.DayNumber) * 86400) + (86400L * (1 + r.Next(45))) + r.Next(86400);
        row.Append(',').Append(modified).Append('\n');
    }

    private int Pick(double[] cumulative)
    {
        var x = _rng.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return i >= 0 ? Math.Min(i + 1, cumulative.Length - 1) : ~i;
    }

    /// <summary>0 with probability p0, 1 with p1, else 2.</summary>
    private static int Roll(Random r, double p0, double p1)
    {
        var x = r.NextDouble();
        return x < p0 ? 0 : x < p0 + p1 ? 1 : 2;
    }

    private int Fatalities(EventKind kind, string sub)
    {
        var pZero = kind switch
        {
            EventKind.Battles => 0.45,
            EventKind.Explosions => sub == "Suicide bomb" ? 0.1 : 0.55,
            EventKind.Violence => sub == "Attack" ? 0.35 : 1.0,
            EventKind.Riots => sub == "Mob violence" ? 0.8 : 0.97,
            EventKind.Protests => sub == "Excessive force against protesters" ? 0.5 : 1.0,
            _ => 0.98,
        };
        if (_rng.NextDouble() < pZero)
        {
            return 0;
        }

        // Pareto tail with alpha 1.3: mostly 1-3, sometimes dozens, rarely hundreds.
        var f = (int)Math.Pow(1 - _rng.NextDouble(), -1 / 1.3);
        if (sub == "Suicide bomb")
        {
            f *= 3;
        }

        return Math.Min(f, 800);
    }

    private static string DisorderType(EventKind kind, string sub) => kind switch
    {
        EventKind.Protests => sub == "Excessive force against protesters" ? "Political violence; Demonstrations" : "Demonstrations",
        EventKind.Riots => sub == "Mob violence" ? "Political violence" : "Demonstrations",
        EventKind.Strategic => "Strategic developments",
        _ => "Political violence",
    };

    private Actor State(Country c, DateOnly day, bool isAfghan) =>
        _rng.NextDouble() < 0.7 ? Military(c, day, isAfghan) : Police(c, day, isAfghan);

    private Actor Military(Country c, DateOnly day, bool isAfghan) =>
        !isAfghan ? c.Military : day < TalibanTakeover ? _afghan.OldArmy : _afghan.NewArmy;

    private Actor Police(Country c, DateOnly day, bool isAfghan) =>
        !isAfghan ? c.Police : day < TalibanTakeover ? _afghan.OldPolice : _afghan.NewPolice;

    private Actor? External(Country c) =>
        c.Externals.Length > 0 && _rng.NextDouble() < 0.5 ? c.Externals[_rng.Next(c.Externals.Length)] : null;

    private Actor Unidentified(Country c, bool isAfghan) => isAfghan ? _afghan.Unidentified : c.Unidentified;

    private Actor NonState(Country c, DateOnly day, bool isAfghan)
    {
        var x = _rng.NextDouble();
        if (isAfghan)
        {
            if (x < _iskpShare)
            {
                return _afghan.Iskp;
            }

            if (x < _iskpShare + 0.004)
            {
                return _afghan.TalibanOrIskp;
            }

            if (x < Math.Max(0.16, _iskpShare + 0.126))
            {
                return _afghan.Unidentified;
            }

            return day < TalibanTakeover
                ? (x < 0.97 ? _afghan.Taliban : _afghan.Hizb)
                : (x < 0.75 ? _afghan.Nrf : x < 0.9 ? _afghan.Aff : _afghan.Unidentified);
        }

        return c.Groups.Length == 0 || x < 0.25 ? c.Unidentified : c.Groups[_rng.Next(c.Groups.Length)];
    }

    private static readonly string[] AfghanProtestGroups =
        ["Women (Afghanistan)", "Students (Afghanistan)", "Teachers (Afghanistan)", "Refugees/IDPs (Afghanistan)"];

    private static readonly string[] AfghanVictimGroups =
    [
        "Journalists (Afghanistan)", "Health Workers (Afghanistan)", "Sikh Religious Group (Afghanistan)", "Women (Afghanistan)",
        "Hazara Ethnic Group (Afghanistan)", "Former Government of Afghanistan (2004-2021)", "Students (Afghanistan)",
    ];

    private string ProtestGroup(Country c, bool isAfghan)
    {
        if (c.Parties.Length > 0 && _rng.NextDouble() < 0.3)
        {
            return c.Parties[_rng.Next(c.Parties.Length)].Name;
        }

        var groups = isAfghan ? AfghanProtestGroups : c.ProtestGroups;
        return groups[_rng.Next(groups.Length)];
    }

    private string VictimGroup(Country c, bool isAfghan, Actor perpetrator)
    {
        if (isAfghan && perpetrator == _afghan.Iskp && _rng.NextDouble() < 0.7)
        {
            return _rng.NextDouble() < 0.5 ? "Hazara Ethnic Group (Afghanistan); Shia Muslim Group (Afghanistan)" : "Shia Muslim Group (Afghanistan)";
        }

        var groups = isAfghan ? AfghanVictimGroups : c.VictimGroups;
        return groups[_rng.Next(groups.Length)];
    }

    private static void AppendIsoDate(CharBuffer row, DateOnly day)
    {
        row.Append(day.Year).Append('-');
        if (day.Month < 10)
        {
            row.Append('0');
        }

        row.Append(day.Month).Append('-');
        if (day.Day < 10)
        {
            row.Append('0');
        }

        row.Append(day.Day);
    }

    private static int ScaleBit(char scale) => scale switch
    {
        'L' => 1,
        'M' => 2,
        'S' => 4,
        'N' => 8,
        'R' => 16,
        'I' => 32,
        _ => 64,
    };

    /// <summary>source_scale for each set of source kinds: at most two words, as ACLED writes them.</summary>
    private static string[] BuildScaleNames()
    {
        string[] words = ["Local partner", "New media", "Subnational", "National", "Regional", "International", "Other"];
        var names = new string[128];
        for (var mask = 0; mask < 128; mask++)
        {
            var parts = Enumerable.Range(0, 7).Where(b => (mask & (1 << b)) != 0).Select(b => words[b]).ToList();
            names[mask] = parts.Count switch
            {
                0 => "",
                1 => parts[0],
                _ => parts[0] + "-" + parts[^1],
            };
        }

        return names;
    }

    /// <summary>interaction as words, lower inter code first ("State forces-Rebel group", "Protesters only").</summary>
    private static string[,] BuildInteractions()
    {
        var table = new string[9, 9];
        for (var a = 1; a <= 8; a++)
        {
            table[a, 0] = Actor.InterWord((Kind)a) + " only";
            for (var b = 1; b <= 8; b++)
            {
                var (lo, hi) = a <= b ? (a, b) : (b, a);
                table[a, b] = Actor.InterWord((Kind)lo) + "-" + Actor.InterWord((Kind)hi);
            }
        }

        return table;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = new List<double>();
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
            list.Add(total);
        }

        return [.. list];
    }

    /// <summary>Afghanistan's actors, which change with the Taliban takeover of 15 August 2021.</summary>
    private sealed class Afghan
    {
        public Actor OldArmy { get; } = new("Military Forces of Afghanistan (2004-2021)", Kind.State, "Afghan forces");
        public Actor OldPolice { get; } = new("Police Forces of Afghanistan (2004-2021)", Kind.State, "Afghan police");
        public Actor NewArmy { get; } = new("Military Forces of Afghanistan (2021-)", Kind.State, "Taliban forces");
        public Actor NewPolice { get; } = new("Police Forces of Afghanistan (2021-)", Kind.State, "Taliban police");
        public Actor UsForces { get; } = new("Military Forces of the United States (2017-2021)", Kind.External, "US forces");
        public Actor Taliban { get; } = new("Taliban", Kind.Rebel, "Taliban militants");
        public Actor Iskp { get; } = new("Islamic State Khorasan Province (ISKP)", Kind.Rebel, "IS-KP militants");
        public Actor TalibanOrIskp { get; } = new("Taliban and/or Islamic State Khorasan Province (ISKP)", Kind.Rebel, "Taliban or IS-KP militants");
        public Actor Hizb { get; } = new("Hizb-i-Islami Gulbuddin", Kind.Rebel, "Hizb-i-Islami militants");
        public Actor Nrf { get; } = new("NRF: National Resistance Front", Kind.Rebel, "NRF fighters");
        public Actor Aff { get; } = new("AFF: Afghanistan Freedom Front", Kind.Rebel, "AFF fighters");
        public Actor Unidentified { get; } = new("Unidentified Armed Group (Afghanistan)", Kind.PoliticalMilitia, "unidentified gunmen");
    }
}
