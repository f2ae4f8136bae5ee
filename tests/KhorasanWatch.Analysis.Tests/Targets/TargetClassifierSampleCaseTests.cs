using System.Globalization;
using KhorasanWatch.Analysis.Events;
using KhorasanWatch.Analysis.Profiles;
using KhorasanWatch.Analysis.Targets;

namespace KhorasanWatch.Analysis.Tests.Targets;

/// <summary>
/// Kinds of row that the shipped sample (samples/iskp-notable-attacks.csv) showed the classifier
/// getting wrong, rewritten in our own words in the style of ACLED notes: a surname read as a
/// religion, a denial read as a target, responders and bystanders read as targets, and a reason
/// that ran to a paragraph. They are kept out of target-labels.csv because they were written after
/// the rules were fixed and would flatter the held-out figure.
/// </summary>
public sealed class TargetClassifierSampleCaseTests
{
    private const string Iskp = "Islamic State Khorasan Province (ISKP)";

    private static TargetClassification Classify(string date, string country, string? actor2, string? assoc2, string notes) =>
        WatchProfile.Iskp.ClassifyTarget(new ConflictEvent
        {
            Id = "test:1",
            Source = EventSource.Acled,
            Date = EventDate.OnDay(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Country = country,
            EventType = EventType.ExplosionOrRemoteViolence,
            Actor1 = Iskp,
            Actor2 = actor2,
            AssocActor2 = assoc2,
            Notes = notes,
            Fatalities = Fatalities.Unknown,
        });

    /// <summary>Who was hit decides, not where: foreigners beside Shia guides, concertgoers in Russia, worshippers at a church in Turkey, mourners in Iran.</summary>
    [Theory]
    [InlineData("2024-05-17", "AFG", "Civilians (Afghanistan)", "On 17 May 2024, gunmen fired on foreign tourists and their Shia guides in a market in Bamyan city; three Spaniards were among the dead.", "westerners_foreigners")]
    [InlineData("2024-03-22", "RUS", "Civilians (Russia)", "On 22 March 2024, gunmen shot concertgoers and set fire to Crocus City Hall in Krasnogorsk, near Moscow.", "other_civilians")]
    [InlineData("2024-01-28", "TUR", "Civilians (Turkey)", "On 28 January 2024, two gunmen opened fire during Sunday Mass at a church in Sariyer, Istanbul.", "religious_minorities")]
    [InlineData("2024-01-03", "IRN", "Civilians (Iran)", "On 3 January 2024, two suicide bombers blew themselves up among crowds walking to a grave at a cemetery in Kerman.", "other_civilians")]
    public void TheTarget_IsWhoWasHit_NotThePlace(string date, string country, string actor2, string notes, string expected)
    {
        var result = Classify(date, country, actor2, null, notes);

        Assert.Equal(expected, result.Category.Id());
    }

    [Fact]
    public void AhmadiAsASurname_DoesNotMakeATalibanOfficialAReligiousMinority()
    {
        var result = Classify("2023-05-14", "AFG", "Government of Afghanistan (2021-)", null,
            "On 14 May 2023, a car bomb struck the vehicle of Takhar's Taliban-appointed deputy governor Mohammad Yusuf Ahmadi in Taloqan. " +
            "Claimed by IS Khorasan via Amaq. Fatalities: 2 (the official and a bodyguard), 4 wounded.");
        Assert.Equal(TargetCategory.Taliban, result.Category);
    }

    [Fact]
    public void AhmadiAsASurname_AtTheOfficialsFuneral_LeavesTheTalibanMourners()
    {
        var result = Classify("2023-05-16", "AFG", "Civilians (Afghanistan)", null,
            "On 16 May 2023, a suicide bomber struck funeral prayers for the slain deputy governor Mohammad Yusuf Ahmadi at a mosque in Taloqan, " +
            "attended by Taliban commanders. Claimed by IS Khorasan. Fatalities: 9 (Taliban officials; a hospital said 12), 20 wounded.");
        Assert.Equal(TargetCategory.Taliban, result.Category);
    }

    [Theory]
    [InlineData("On 3 April 2023, gunmen shot dead two members of the Ahmadiyya community outside their shop in Peshawar. ISKP claimed the killing.")]
    [InlineData("On 3 April 2023, a grenade was thrown into an Ahmadi place of worship in Peshawar during Friday prayers. IS Khorasan claimed it.")]
    [InlineData("On 3 April 2023, IS Khorasan claimed it had killed three Ahmadis in Peshawar, calling them apostates.")]
    public void AhmadiCommunity_IsStillAReligiousMinority(string notes)
    {
        var result = Classify("2023-04-03", "PAK", "Civilians (Pakistan)", null, notes);
        Assert.Equal(TargetCategory.ReligiousMinorities, result.Category);
    }

    [Fact]
    public void TalibanDenial_IsNotEvidenceThatTheTalibanWereTheTarget()
    {
        var result = Classify("2016-03-09", "AFG", "Civilians (Afghanistan)", null,
            "On 9 March 2016, a bomber on foot blew himself up among government employees and soldiers waiting outside a bank in Jalalabad to draw their pay. " +
            "IS Khorasan claimed the attack; the Taliban denied involvement. Fatalities: 12 killed, 30 wounded.");
        Assert.Equal(TargetCategory.AfghanRepublic, result.Category);
        Assert.DoesNotContain("Taliban", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BlamingTheTaliban_IsNotEvidenceThatTheTalibanWereTheTarget()
    {
        var result = Classify("2019-06-20", "AFG", "Civilians (Afghanistan)", null,
            "On 20 June 2019, a bomb hidden in a cart exploded in a crowded market in Ghazni city. ISKP claimed it; Afghan officials blamed the Taliban.");
        Assert.Equal(TargetCategory.OtherCivilians, result.Category);
    }

    [Fact]
    public void TalibanDenial_DoesNotHideATalibanTarget()
    {
        var result = Classify("2022-07-10", "AFG", "Civilians (Afghanistan)", null,
            "On 10 July 2022, ISKP militants fired on a Taliban checkpoint in Jalalabad; the Taliban denied any losses. IS Khorasan claimed 3 killed.");
        Assert.Equal(TargetCategory.Taliban, result.Category);
    }

    [Theory]
    [InlineData("On 9 December 2020, gunmen stormed a private education centre in Kabul during classes, fighting security forces for several hours. " +
        "Claimed by the Islamic State. Fatalities: 15 killed (mostly students).")]
    [InlineData("On 9 December 2020, gunmen opened fire on guests at a wedding hall in Kabul; the three attackers were killed by Afghan forces. " +
        "Claimed by the Islamic State via Amaq. Fatalities: 11.")]
    public void SecurityForcesWhoRespond_AreNotTheTarget(string notes)
    {
        var result = Classify("2020-12-09", "AFG", "Civilians (Afghanistan)", "Students (Afghanistan)", notes);
        Assert.Equal(TargetCategory.OtherCivilians, result.Category);
    }

    [Fact]
    public void PoliceAsSourceOrBystander_DoNotMakeAnAttackOnACrowdOneOnNeighbourForces()
    {
        var result = Classify("2023-10-02", "PAK", "Civilians (Pakistan)", "Sunni Muslim Group (Pakistan)",
            "On 2 October 2023, a suicide bomber struck people gathering outside a mosque in Kalat for a religious procession; a police inspector was among the dead. " +
            "No group claimed it; Kalat police named ISKP as the likely perpetrator. Fatalities: 40 (police; hospital figures were higher), 60 wounded.");
        Assert.Equal(TargetCategory.OtherCivilians, result.Category);
    }

    [Fact]
    public void PoliceWhoAreTheTarget_AreStillNeighbourForces()
    {
        var result = Classify("2023-10-02", "PAK", "Civilians (Pakistan)", null,
            "On 2 October 2023, gunmen shot dead two policemen guarding a polio team in Bajaur. Police said ISKP claimed the attack. Fatalities: 2 (police).");
        Assert.Equal(TargetCategory.NeighbourForces, result.Category);
    }

    [Fact]
    public void KeywordSpanningWords_GivesAShortReason()
    {
        var result = Classify("2022-08-09", "UZB", null, null,
            "On 9 August 2022, four rockets fired from across the Amu Darya landed in Termez; two hit a school yard and none exploded. Uzbek officials said " +
            "the launch site was in Balkh and that an IS cell had planned it; ISKP had claimed an earlier rocket attack on the city. Fatalities: 0.");
        Assert.Equal(TargetCategory.NeighbourForces, result.Category);
        Assert.True(result.Reason.Length <= 80, result.Reason);
    }

    [Fact]
    public void EveryReasonOnTheLabelledSet_IsAShortPhrase()
    {
        foreach (var row in TargetClassifierAccuracyTests.Labelled())
        {
            var reason = WatchProfile.Iskp.ClassifyTarget(row.Event).Reason;
            Assert.True(reason.Length <= 80, $"{row.Id}: {reason}");
        }
    }

    [Theory]
    [InlineData("RUS", "Police Forces of Russia (2000-) Prison Guards", false)]
    [InlineData("PAK", "Police Forces of Pakistan (2018-)", true)]
    [InlineData("TJK", "Military Forces of Tajikistan (1994-) Border Guards", true)]
    public void SecurityForces_AreANeighboursOnlyInTheNeighbouringStates(string country, string actor2, bool neighbour)
    {
        var result = Classify("2024-08-23", country, actor2, null,
            "On 23 August 2024, gunmen pledging allegiance to IS Khorasan attacked the guards of a checkpoint. Fatalities: 4.");
        Assert.Equal(neighbour, result.Category == TargetCategory.NeighbourForces);
    }
}
