using System.Text.RegularExpressions;

namespace KhorasanWatch.Analysis.Engagements;

/// <summary>
/// Reads who acted in an engagement from its text (UCDP's headlines). Six rules, strongest first,
/// each tried on every headline; the strongest that fires decides, and its words are the reason:
/// <list type="number">
/// <item>a claim by the actor ("IS claims deadly Kabul University attack");</item>
/// <item>a denial by the actor: undetermined;</item>
/// <item>the actor as the subject of an attack ("IS kills 17 Afghan Army soldiers", "a Daesh attack on a checkpoint");</item>
/// <item>an operation against the actor ("Airstrikes kill 13 Daesh rebels", "forces kill 20 IS militants", "IS fighters killed in Nangarhar");</item>
/// <item>a bombing or an assault with no side named, the way the actor fights the state ("11 killed in Kabul suicide attack") — in a
/// fight with the state only: between two armed groups (UCDP's non-state events) either may have struck, so it is undetermined;</item>
/// <item>fighting with no initiator ("clashes", "infighting"): undetermined, as is a text with none of these.</item>
/// </list>
/// A passive death of the actor's fighters in a clash is fighting, not an operation. The actor's
/// names come from the profile (<see cref="Actors.Actor.TextNames"/>); a name of three capitals or
/// fewer ("IS") must be written in capitals. Measured on a labelled set: docs/engagements.md.
/// </summary>
public sealed partial class EngagementClassifier
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 2000;

    private const string Members = @"(?:[\s-]+(?:linked|affiliated|loyal|backed|inspired|fighters?|militants?|rebels?|members?|gunmen|insurgents?|terrorists?|loyalists?|affiliates?|commanders?|leaders?|group|suicide\s+bombers?|bombers?|attackers?|jihadists?|operatives?|cells?|men|elements|recruits|wing|branch|chapter))*";

    private const string AttackVerbs = @"(?:kills?|attacks?|attacked|storms?|stormed|ambush(?:es|ed)?|behead(?:s|ed)?|kidnaps?|kidnapped|abducts?|abducted|seizes?|seized|bombs?|bombed|executes?|executed|overruns?|overran|captures?|captured|launch(?:es|ed)?|assaults?|assaulted|blows?\s+up|blew\s+up|detonates?|detonated|massacres?|massacred|slaughters?|slaughtered|shoots?|guns?\s+down|gunned\s+down|takes?\s+over|took\s+over|besieges?|besieged|overpowers?|torch(?:es|ed)?|burns?|burned|murders?|murdered|slays?|slew|targets?|targeted|strikes?|struck|hits?|raids?|raided|sets?\s+fire|set\s+fire|frees?|freed|breaks?\s+into|broke\s+into)";

    private const string Victims = @"(?:soldiers?|troops|police(?:men)?|officers?|guards?|security|forces|personnel|commanders?|civilians|worshipp?ers|people|pilgrims|students|elders|workers|villagers|children|women|shias?|hazaras?|sikhs?|hindus|staff|officials?|taliban|taleban|members|fighters|militia|prisoners|inmates|journalists|doctors|teachers|clerics?|scholars?|judges|employees|passengers|mourners|men|outpost|checkpoint|base|posts?|convoy|patrol|mosque|shrine|school|hospital|prison|jail|university|academy|ministry|embassy|airport|compound|office|bus|hotel|temple|gurdwara|army|afghan|government)";

    private const string AttackNouns = @"(?:suicide\s+)?(?:attacks?|assaults?|ambush(?:es)?|offensive|raids?|bombings?|blasts?|onslaught|strikes?|explosions?|siege|massacre|kidnappings?|abductions?|beheadings?|takeover|incursion)";

    private const string Objects = @"(?:on|against|at|hit|hits|kill|kills|killed|killing|pound|pounds|pounded|target|targets|targeted|targeting|strike|strikes|destroy|destroys|destroyed|of|anti|counter|by|eliminate|eliminates|eliminated|arrest|arrests|arrested|capture|captures|captured|raid|raids|raided|bomb|bombs|bombed|detain|detains|detained|rout|routs|routed|defeat|defeats|defeated|crush|crushes|crushed|repel|repels|repelled|into|from|with|dozens|scores|several)";

    [GeneratedRegex(@"^(?:\s+\w+){0,2}?\s+(?:(?:claims?|claimed|claiming|admits?|takes?\s+responsibility|took\s+responsibility)\b(?=.{0,70}\b(?:responsibility|credit|attacks?|bombings?|blasts?|assaults?|killings?|strikes?|raids?|explosions?|ambush\w*|beheadings?|kidnappings?|abductions?|assassinations?|murders?|shootings?|executions?|massacres?|deadly|suicide|carried|behind|killed|attacked)\b|\s*$)|says\s+(?:it|its\s+(?:fighters|militants|men|members|gunmen|bombers?))\s+(?:had\s+|has\s+)?(?:carried|was\s+behind|killed|" + AttackVerbs + @")\b)", Options, TimeoutMs)]
    private static partial Regex ClaimAfter { get; }

    [GeneratedRegex(@"^" + Members + @"\s+(?:denies|denied|rejects|rejected|disowns|disowned)\b", Options, TimeoutMs)]
    private static partial Regex DenialAfter { get; }

    [GeneratedRegex(@"(?:responsibility|credit|claimed|claim)\s+(?:for\s+[^|]{0,60}?\s+)?(?:by|to|from)\s+(?:the\s+)?$", Options, TimeoutMs)]
    private static partial Regex ResponsibilityBefore { get; }

    [GeneratedRegex(@"^" + Members + @"\s+(?:(?:has|have|had|reportedly|allegedly|also|again|now)\s+)*(?<verb>" + AttackVerbs + @")\b", Options, TimeoutMs)]
    private static partial Regex SubjectAfter { get; }

    [GeneratedRegex(@"^" + Members + @"\s+(?:killed|kill|wounded|injured|shot|hanged|beheaded)\s+(?:at\s+least\s+|up\s+to\s+|over\s+|nearly\s+|about\s+|some\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|several|many|[a-z]+teen|twenty|thirty|forty|fifty)?\s*(?:[a-z]+\s+){0,2}" + Victims + @"\b", Options, TimeoutMs)]
    private static partial Regex KilledActiveAfter { get; }

    [GeneratedRegex(@"^" + Members + @"(?:'s|s')?\s+(?:\w+\s+)?(?<noun>" + AttackNouns + @")\b", Options, TimeoutMs)]
    private static partial Regex NounAfter { get; }

    [GeneratedRegex(@"\b" + Objects + @"(?:\W+(?:\d+|the|a|an|dozens|scores|several|many|more|suspected|alleged|top|senior|local|key))*\W+$", Options, TimeoutMs)]
    private static partial Regex ObjectBefore { get; }

    [GeneratedRegex(@"\b(?:on|against|anti|counter)\W*$", Options, TimeoutMs)]
    private static partial Regex AgainstBefore { get; }

    [GeneratedRegex(@"^[^|]{0,60}?\b(?:killed|eliminated|arrested|captured|detained|wounded|routed|defeated)\s+by\b", Options, TimeoutMs)]
    private static partial Regex KilledByAfter { get; }


    [GeneratedRegex(@"\b(?:air\s*strikes?|air\s*raids?|air\s+attacks?|drone\s+(?:strikes?|attacks?)|bombardment|shelling|artillery|operations?|offensive|raids?|crackdown|sweep|manhunt|mop(?:ping)?[- ]up|clearance|airstrikes)\b", Options, TimeoutMs)]
    private static partial Regex Operation { get; }

    [GeneratedRegex(@"\b(?:forces|troops|army|soldiers|police|commandos|NDS|intelligence|security|Taliban|Taleban|Emirate|IEA|government|officials?|authorities|Mujahideen|militia|uprising|jets?|aircraft|helicopters?|gunships?|drones?|US|American|NATO|coalition)\b[^|]{0,50}?\b(?:kill(?:s|ed)?|eliminat(?:e|es|ed)|arrest(?:s|ed)?|detain(?:s|ed)?|captur(?:e|es|ed)|destroy(?:s|ed)?|inflict(?:s|ed)?|repel(?:s|led)?|repuls(?:e|es|ed)|foil(?:s|ed)?|clear(?:s|ed)?|pound(?:s|ed)?|hit(?:s)?|target(?:s|ed)?|dismantl(?:e|es|ed)|bust(?:s|ed)?|raid(?:s|ed)?|attack(?:s|ed)?|launch(?:es|ed)?|seiz(?:e|es|ed)|recaptur(?:e|es|ed)|retak(?:e|es|en)|retook|ambush(?:es|ed)?|execut(?:e|es|ed)|hang(?:s|ed)?|crush(?:es|ed)?|defeat(?:s|ed)?|rout(?:s|ed)?|drive[sn]?\s+out|drove\s+out|push(?:es|ed)?\s+back|surround(?:s|ed)?|storm(?:s|ed)?|neutrali[sz](?:e|es|ed)|wipe[sd]?\s+out|flush(?:es|ed)?\s+out|bomb(?:s|ed)?|shell(?:s|ed)?|strike[s]?|struck)\b", Options, TimeoutMs)]
    private static partial Regex ForcesAct { get; }

    [GeneratedRegex(@"^" + Members + @"\s+(?:(?:were|are|was|is|reportedly|allegedly)\s+)*(?:killed|dead|die|died|dies|slain|eliminated|arrested|detained|captured|surrender(?:s|ed)?|neutrali[sz]ed|perish(?:ed)?|hanged|executed|wiped\s+out|routed|defeated|held|nabbed|wounded|injured)\b", Options, TimeoutMs)]
    private static partial Regex PassiveAfter { get; }

    [GeneratedRegex(@"\b(?:clash(?:es|ed)?|fighting|fights?|fought|infighting|battles?|gunfights?|firefights?|skirmish(?:es)?|exchange\s+of\s+fire|gun\s+battles?|combat|war|rivalry|feud|between)\b", Options, TimeoutMs)]
    private static partial Regex Fighting { get; }

    [GeneratedRegex(@"\b(?:suicide\s+(?:attacks?|bomb(?:er|ers|ing|ings)?|blasts?|car|truck|vest|attackers?|assault)|(?:car|truck|vehicle|roadside|magnetic|sticky|motorcycle)\s+bombs?|bombings?|bomb\s+attacks?|complex\s+attack|gunmen|attackers?|stormed|storm(?:s|ing)?|hostages?|siege|besieged|assault\s+on|massacre|beheaded|kidnapped|abducted|attack\s+on|attacks\s+on|attacked)\b", Options, TimeoutMs)]
    private static partial Regex Attack { get; }

    private readonly Regex _names;

    public EngagementClassifier(IEnumerable<string> actorNames)
    {
        var names = actorNames.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)
            .Select(n => n.Length <= 3 && n.All(char.IsUpper) ? $"(?-i:\\b{Regex.Escape(n)}\\b)" : $"\\b{Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal)}\\b");
        _names = new Regex(string.Join('|', names), Options, TimeSpan.FromMilliseconds(TimeoutMs));
    }

    /// <summary>
    /// The reading of <paramref name="text"/>: headlines separated by " | " or new lines.
    /// <paramref name="againstTheState"/> is false for a fight between two armed groups, where a
    /// bombing or an assault does not say whose it was.
    /// </summary>
    public EngagementReading Read(string? text, bool againstTheState = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new EngagementReading(EngagementKind.Undetermined, "the source gives no text");
        }

        (int Rule, EngagementReading Reading)? best = null;
        foreach (var headline in text.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ReadHeadline(headline, againstTheState) is { } found && (best is null || found.Rule < best.Value.Rule))
            {
                best = found;
            }
        }

        return best?.Reading ?? new EngagementReading(EngagementKind.Undetermined, "no headline says who acted");
    }

    private (int Rule, EngagementReading Reading)? ReadHeadline(string headline, bool againstTheState)
    {
        var quoted = Quote(headline);
        var mentions = _names.Matches(headline);
        var subject = false;
        foreach (Match name in mentions)
        {
            var before = headline[..name.Index];
            var after = headline[(name.Index + name.Length)..];
            if (ClaimAfter.IsMatch(after) || ResponsibilityBefore.IsMatch(before))
            {
                return (1, new EngagementReading(EngagementKind.ActorAttack, $"the actor's claim: {quoted}"));
            }

            if (DenialAfter.IsMatch(after))
            {
                return (2, new EngagementReading(EngagementKind.Undetermined, $"the actor denies it: {quoted}"));
            }

            // "repel a Daesh attack": the attack is the actor's, whoever repelled it; "an attack on IS" is not.
            subject |= (!ObjectBefore.IsMatch(before) && (SubjectAfter.IsMatch(after) || KilledActiveAfter.IsMatch(after))) ||
                (!AgainstBefore.IsMatch(before) && NounAfter.IsMatch(after));
        }

        if (subject)
        {
            return (3, new EngagementReading(EngagementKind.ActorAttack, $"the actor as the attacker: {quoted}"));
        }

        var fighting = Fighting.IsMatch(headline);
        if (mentions.Count > 0)
        {
            var passive = mentions.Any(name => PassiveAfter.IsMatch(headline[(name.Index + name.Length)..]));
            var killedBy = mentions.Any(name => KilledByAfter.IsMatch(headline[(name.Index + name.Length)..]));
            if (Operation.IsMatch(headline) || ForcesAct.IsMatch(headline[..mentions[^1].Index]) || killedBy || (passive && !fighting))
            {
                return (4, new EngagementReading(EngagementKind.OperationAgainstActor, $"an operation against the actor: {quoted}"));
            }
        }

        if (Attack.IsMatch(headline))
        {
            return againstTheState
                ? (5, new EngagementReading(EngagementKind.ActorAttack, $"a bombing or an assault, the way the actor fights, with no other side named: {quoted}"))
                : (6, new EngagementReading(EngagementKind.Undetermined, $"a bombing or an assault in a fight between armed groups, either of which may have struck: {quoted}"));
        }

        return fighting
            ? (6, new EngagementReading(EngagementKind.Undetermined, $"fighting with no initiator named: {quoted}"))
            : null;
    }

    private static string Quote(string headline) => headline.Length <= 160 ? $"\"{headline}\"" : $"\"{headline[..157]}…\"";
}
