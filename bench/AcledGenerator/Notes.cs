namespace AcledGenerator;

/// <summary>The pieces a note template can name.</summary>
internal enum Slot
{
    Literal,
    Date,      // {D}  12 May 2021
    Actor1,    // {A1} short name of actor 1
    Actor2,    // {A2} short name of actor 2
    Place,     // {PL} "in Achin district (Nangarhar)"
    Location,  // {L}
    Admin1,    // {P}
    Count,     // {N}  "around 200"
    Topic,     // {T}
    Slogan,    // {S}
    Who,       // {W}
    Source,    // {SRC} first source named
}

/// <summary>A note template compiled once into literal and slot pieces.</summary>
internal sealed class Template
{
    private readonly (Slot Slot, string Text)[] _parts;

    public Template(string text)
    {
        var parts = new List<(Slot, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0)
            {
                parts.Add((Slot.Literal, text[i..]));
                break;
            }

            if (open > i)
            {
                parts.Add((Slot.Literal, text[i..open]));
            }

            var close = text.IndexOf('}', open);
            var slot = text[(open + 1)..close] switch
            {
                "D" => Slot.Date,
                "A1" => Slot.Actor1,
                "A2" => Slot.Actor2,
                "PL" => Slot.Place,
                "L" => Slot.Location,
                "P" => Slot.Admin1,
                "N" => Slot.Count,
                "T" => Slot.Topic,
                "S" => Slot.Slogan,
                "W" => Slot.Who,
                "SRC" => Slot.Source,
                var other => throw new FormatException($"unknown slot {{{other}}} in '{text}'"),
            };
            parts.Add((slot, ""));
            i = close + 1;
        }

        _parts = [.. parts];
    }

    public void Render(CharBuffer into, in NoteContext ctx)
    {
        foreach (var (slot, text) in _parts)
        {
            switch (slot)
            {
                case Slot.Literal: into.Append(text); break;
                case Slot.Date: into.Append(ctx.Day.Day).Append(' ').Append(Notes.Months[ctx.Day.Month - 1]).Append(' ').Append(ctx.Day.Year); break;
                case Slot.Actor1: into.Append(ctx.Actor1); break;
                case Slot.Actor2: into.Append(ctx.Actor2); break;
                case Slot.Place:
                    into.Append("in ").Append(ctx.Location);
                    if (ReferenceEquals(ctx.Location, ctx.Admin2) || ctx.Location == ctx.Admin2)
                    {
                        into.Append(ctx.Urban ? " city (" : " district (").Append(ctx.Admin1).Append(')');
                    }
                    else
                    {
                        into.Append(" area of ").Append(ctx.Admin2).Append(" district (").Append(ctx.Admin1).Append(')');
                    }

                    break;
                case Slot.Location: into.Append(ctx.Location); break;
                case Slot.Admin1: into.Append(ctx.Admin1); break;
                case Slot.Count: into.Append(ctx.Count); break;
                case Slot.Topic: into.Append(ctx.Topic); break;
                case Slot.Slogan: into.Append(ctx.Slogan); break;
                case Slot.Who: into.Append(ctx.Who); break;
                case Slot.Source: into.Append(ctx.Source); break;
            }
        }
    }
}

internal readonly record struct NoteContext(
    DateOnly Day, string Actor1, string Actor2, string Location, string Admin2, string Admin1, bool Urban,
    string Count, string Topic, string Slogan, string Who, string Source);

/// <summary>ACLED-style note templates by sub-event type, and the sentences that pad them.</summary>
internal static class Notes
{
    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static Template[] Compile(params string[] texts) => [.. texts.Select(t => new Template(t))];

    public static readonly Template[] ArmedClash = Compile(
        "On {D}, {A1} clashed with {A2} {PL}.",
        "On {D}, {A1} attacked a checkpoint of {A2} {PL}, sparking an armed clash.",
        "On {D}, clashes took place between {A1} and {A2} {PL} after {A1} attacked security posts in the area.",
        "On {D}, {A1} ambushed a patrol of {A2} on the main road {PL}; an exchange of fire followed.");

    public static readonly Template[] RegainsTerritory = Compile(
        "On {D}, {A1} regained control of {L} from {A2} following heavy clashes {PL}.");

    public static readonly Template[] OvertakesTerritory = Compile(
        "On {D}, {A1} overran the district centre and several checkpoints held by {A2} {PL} after a clash.");

    public static readonly Template[] AirStrike = Compile(
        "On {D}, {A1} carried out air strikes on {A2} hideouts {PL}.",
        "On {D}, a drone strike by {A1} targeted a vehicle carrying {A2} {PL}.");

    public static readonly Template[] Shelling = Compile(
        "On {D}, {A1} shelled {A2} positions {PL} with artillery and mortars.",
        "On {D}, mortar rounds fired by {A1} landed in a residential area {PL}, hitting {A2}.");

    /// <summary>Air strikes and shelling that hit civilians.</summary>
    public static readonly Template[] RemoteOnCivilians = Compile(
        "On {D}, {A1} shelled a residential area {PL}, hitting civilian houses.",
        "On {D}, an air strike by {A1} hit a civilian house {PL}.",
        "On {D}, a missile fired by {A1} struck a market {PL} while civilians were shopping.");

    public static readonly Template[] Ied = Compile(
        "On {D}, a roadside IED planted by {A1} exploded near a vehicle of {A2} {PL}.",
        "On {D}, a magnetic bomb attached to a car exploded {PL}, targeting {A2}.",
        "On {D}, {A2} hit a landmine planted by {A1} {PL}.");

    public static readonly Template[] SuicideBomb = Compile(
        "On {D}, a suicide bomber from {A1} detonated his explosives near a gathering of {A2} {PL}.",
        "On {D}, a suicide car bomb driven by {A1} hit a compound of {A2} {PL}.");

    public static readonly Template[] Grenade = Compile(
        "On {D}, {A1} threw a hand grenade at {A2} {PL}.");

    public static readonly Template[] Attack = Compile(
        "On {D}, {A1} shot and killed a civilian man {PL}.",
        "On {D}, {A1} attacked the house of a tribal elder {PL} and opened fire on the family.",
        "On {D}, {A1} beat and injured a shopkeeper {PL}.",
        "On {D}, {A1} killed a local religious scholar on his way to the mosque {PL}.");

    public static readonly Template[] Abduction = Compile(
        "On {D}, {A1} abducted {N} civilians travelling on the highway {PL}.",
        "On {D}, {A1} detained a journalist {PL}; his whereabouts remain unknown.");

    public static readonly Template[] SexualViolence = Compile(
        "On {D}, {A1} sexually assaulted a woman {PL}.");

    public static readonly Template[] PeacefulProtest = Compile(
        "On {D}, {N} people protested {PL} against {T}.",
        "On {D}, {N} residents gathered {PL} to demand action over {T}.",
        "On {D}, {N} women held a demonstration {PL} against {T}.");

    public static readonly Template[] ProtestIntervention = Compile(
        "On {D}, {N} people protested {PL} against {T}. {A2} dispersed the protest and detained several participants.");

    public static readonly Template[] ExcessiveForce = Compile(
        "On {D}, {N} people protested {PL} against {T}. {A2} opened fire on the crowd.");

    public static readonly Template[] MobViolence = Compile(
        "On {D}, a mob attacked {W} {PL} and set fire to his house.",
        "On {D}, a mob of villagers beat {W} {PL} after a dispute over land.");

    public static readonly Template[] ViolentDemonstration = Compile(
        "On {D}, {N} rioters blocked the main road {PL} and threw stones at police during a protest against {T}.");

    public static readonly Template[] Arrests = Compile(
        "On {D}, {A1} arrested {N} suspected members of {A2} {PL}.");

    public static readonly Template[] Looting = Compile(
        "On {D}, {A1} looted shops and burned several houses {PL}.");

    public static readonly Template[] Disrupted = Compile(
        "On {D}, {A1} defused an IED planted on a road {PL}.");

    public static readonly Template[] Agreement = Compile(
        "On {D}, {A1} and {A2} agreed to a local ceasefire {PL}, mediated by tribal elders.");

    public static readonly Template[] Headquarters = Compile(
        "On {D}, {A1} established a new base {PL}.");

    public static readonly Template[] Transfer = Compile(
        "On {D}, {A1} took control of {L} without a fight after {A2} withdrew {PL}.");

    public static readonly Template[] ChangeToGroup = Compile(
        "On {D}, {A1} announced the appointment of a new commander for its forces {PL}.");

    public static readonly Template[] OtherDevelopment = Compile(
        "On {D}, {A1} held a public meeting with elders {PL} to discuss security.");

    /// <summary>Padding for violent events; some hold commas and double quotes on purpose.</summary>
    public static readonly Template[] ViolentExtras = Compile(
        "According to local officials, the fighting lasted for several hours.",
        "A spokesman for the provincial governor said the attackers \"will be brought to justice\".",
        "{A1} claimed responsibility in a statement, calling it \"revenge for recent raids\".",
        "Several houses, shops and vehicles were damaged, according to residents.",
        "The number of wounded is unknown.",
        "Reports of casualties vary; the most conservative figure is coded.",
        "Security officials said an investigation was under way, but no arrests had been made.",
        "The area has seen repeated clashes in recent weeks, displacing hundreds of families.",
        "Residents told {SRC} that \"nobody is safe here\", and asked the authorities for protection.",
        "{SRC} reported the incident, citing a police spokesman.",
        "Both sides claimed to have inflicted heavy losses, but the figures could not be verified.",
        "The road between {L} and the provincial capital was closed for the rest of the day.");

    /// <summary>Padding for violence against civilians.</summary>
    public static readonly Template[] VictimExtras = Compile(
        "Security officials said an investigation was under way, but no arrests had been made.",
        "Local sources said the victims were travelling home from a wedding.",
        "Residents told {SRC} that \"nobody is safe here\", and asked the authorities for protection.",
        "{SRC} reported the incident, citing a relative of the victim.",
        "No group claimed responsibility; relatives said the victim had received threats, including a \"night letter\".",
        "The motive is unclear, but local elders linked it to a land dispute.",
        "The body was found the next morning near {L}.");

    public static readonly Template[] CivilExtras = Compile(
        "Protesters chanted slogans and carried placards reading \"{S}\".",
        "The protest ended peacefully after local officials met with the organisers.",
        "Shops, schools and offices remained closed during the demonstration.",
        "Organisers said they would continue until their demands are met, \"however long it takes\".",
        "{SRC} reported that the gathering lasted about two hours.",
        "The demonstrators submitted a petition to the governor of {P}.");

    public static readonly Template[] StrategicExtras = Compile(
        "{SRC} reported the incident, citing a local official.",
        "No further details were given.",
        "Officials said the move was meant to \"restore order\" in {P}, and promised more operations.",
        "Local elders confirmed the report, adding that the situation remained tense.");

    public static readonly string[] Topics =
    [
        "rising food and fuel prices", "electricity cuts", "the killing of a local trader by unknown gunmen", "delayed salary payments",
        "land seizures by local officials", "the arrest of a local activist", "corruption in the municipal administration",
        "the lack of clean water", "poor road conditions", "the results of the local elections",
    ];

    public static readonly string[] AfghanTopics =
    [
        "the ban on girls' secondary education", "insecurity on the Kabul-Jalalabad highway", "the killing of a shopkeeper by unknown gunmen",
        "electricity shortages", "unpaid salaries of teachers", "the forced return of refugees from Iran and Pakistan",
        "the closure of beauty salons", "water distribution from the Kajaki dam",
    ];

    public static readonly string[] Slogans =
        ["Education is our right", "Bread, work, freedom", "Stop the killings", "Justice for the victims", "We want security", "No to corruption"];

    public static readonly string[] Counts =
        ["dozens of", "around 50", "around 100", "around 200", "hundreds of", "about 30", "more than 1,000", "several"];

    public static readonly string[] Who =
        ["a man accused of theft", "a local official", "a suspected kidnapper", "a family accused of blasphemy", "a moneylender"];
}
