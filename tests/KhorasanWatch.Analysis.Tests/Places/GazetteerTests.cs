using KhorasanWatch.Analysis.Places;

namespace KhorasanWatch.Analysis.Tests.Places;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("Ghazni", "Ghazni")]
    [InlineData("Ghanzi", "Ghazni")]
    [InlineData("Ningarhar", "Nangarhar")]
    [InlineData("Nangarhar province", "Nangarhar")]
    [InlineData("Hilmand", "Helmand")]
    [InlineData("Hirat", "Herat")]
    [InlineData("Konar", "Kunar")]
    [InlineData("Paktya", "Paktia")]
    [InlineData("Oruzgan", "Uruzgan")]
    [InlineData("Sari Pul", "Sar-e Pol")]
    [InlineData("SAR-E-POL", "Sar-e Pol")]
    [InlineData("Daikundi", "Daykundi")]
    [InlineData("Jawzjan", "Jowzjan")]
    [InlineData("Panjsher", "Panjshir")]
    [InlineData("Nimroz", "Nimruz")]
    public void AfghanProvinceSpellings_ResolveToTheCanonicalName(string spelling, string canonical) =>
        Assert.Equal(canonical, Gazetteer.Default.FindAdmin1("AFG", spelling)?.Name);

    [Fact]
    public void Afghanistan_HasExactly34Provinces() => Assert.Equal(34, Gazetteer.Default.Admin1Of("AFG").Count());

    [Theory]
    [InlineData("N.W.F.P.", "North-West Frontier Province", "Khyber Pakhtunkhwa")]
    [InlineData("NWFP", "North-West Frontier Province", "Khyber Pakhtunkhwa")]
    [InlineData("F.A.T.A.", "Federally Administered Tribal Areas", "Khyber Pakhtunkhwa")]
    [InlineData("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", null)]
    [InlineData("Baluchistan", "Balochistan", null)]
    public void PakistanProvinces_IncludeFormerUnitsWithTheirSuccessor(string spelling, string canonical, string? successor)
    {
        var found = Gazetteer.Default.FindAdmin1("PAK", spelling);
        Assert.Equal(canonical, found?.Name);
        Assert.Equal(successor, found?.Successor);
    }

    [Theory]
    [InlineData("Afghanistan", "AFG")]
    [InlineData("AFG", "AFG")]
    [InlineData("Russia (Soviet Union)", "RUS")]
    [InlineData("Iran", "IRN")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Turkey", "TUR")]
    public void Countries_ResolveByNameOrCodeToIso3(string name, string iso3) => Assert.Equal(iso3, Gazetteer.Default.FindCountry(name)?.Iso3);

    [Fact]
    public void Countries_ResolveByIsoNumericCode() => Assert.Equal("PAK", Gazetteer.Default.FindCountry(586)?.Iso3);

    [Fact]
    public void UnknownNames_AreNotGuessed()
    {
        Assert.Null(Gazetteer.Default.FindCountry("Narnia"));
        Assert.Null(Gazetteer.Default.FindAdmin1("AFG", "Springfield"));
    }

    [Fact]
    public void Gazetteer_CoversEveryIsoCountry() => Assert.InRange(Gazetteer.Default.Countries.Count, 245, 255);
}
