using KhorasanWatch.Analysis.Indicators;

namespace KhorasanWatch.Analysis.Tests.Indicators;

public sealed class ComplexAttackTests
{
    [Theory]
    [InlineData("On 24 January 2018, a car bomb at the gate of the charity's office in Jalalabad was followed by gunmen who fought security forces for about ten hours. Claimed by the Islamic State. Fatalities: 4.")]
    [InlineData("On 8 March 2017, after a suicide blast at the gate, gunmen dressed as medical staff stormed the military hospital in Kabul. Fatalities: more than 30.")]
    [InlineData("On 25 March 2020, gunmen and suicide bombers stormed the gurdwara in Kabul during morning prayers.")]
    [InlineData("On 6 March 2019, two suicide bombers and gunmen attacked a company office in a five-hour assault.")]
    [InlineData("On 13 January 2016, a suicide bomber detonated near the consulate and two gunmen then fought Afghan forces.")]
    [InlineData("Security officials called it a complex attack on the compound.")]
    public void ABombAndAnAssaultInOneSentence_IsComplex(string notes) =>
        Assert.True(ComplexAttack.IsDescribedIn(notes));

    [Theory]
    [InlineData("On 26 August 2021, a suicide bomber struck the crowd at the airport gate. Fatalities: 183.")]
    [InlineData("On 6 March 2020, gunmen firing from a building attacked a ceremony in Kabul. Fatalities: 32.")]
    [InlineData("On 2 May 2022, a suicide bomber hit a mosque. A week earlier, gunmen had attacked a school in the same district.")]
    [InlineData("On 12 December 2022, gunmen with explosives stormed a hotel in Kabul.")]
    [InlineData("A storm delayed the funeral after the suicide bombing.")]
    public void ABombOrAnAssaultAlone_OrInDifferentSentences_IsNotComplex(string notes) =>
        Assert.False(ComplexAttack.IsDescribedIn(notes));

    [Theory]
    [InlineData("On 8 March 2017, after a suicide blast at the gate, gunmen dressed as medical staff stormed the military hospital in Kabul.", true)]
    [InlineData("On 26 August 2021, a suicide bomber struck the crowd at the airport gate. Fatalities: 183.", false)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    public void WhatTheAnalysisHolds_OfNotes_ReadsAsTheNotesDo(string? notes, bool complex)
    {
        var held = ComplexAttack.AsTheAnalysisReadsThem(notes);

        Assert.Equal(complex, held is not null && ComplexAttack.IsDescribedIn(held));
        Assert.Equal(string.IsNullOrWhiteSpace(notes), string.IsNullOrWhiteSpace(held));
        Assert.True(complex || string.IsNullOrWhiteSpace(notes) ? ReferenceEquals(notes, held) : held == ComplexAttack.TextNotDescribingComplex);
    }
}
