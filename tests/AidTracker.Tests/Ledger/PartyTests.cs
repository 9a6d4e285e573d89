namespace AidTracker.Tests.Ledger;

public class PartyTests
{
    [Fact]
    public void Country_Jpn_IsACachedCountry()
    {
        Party japan = Party.Country("JPN");

        japan.Kind.Should().Be(PartyKind.Country);
        japan.Id.Should().Be("JPN");
        japan.Name.Should().BeNull();
        japan.IsCountry.Should().BeTrue();
        Party.Country("JPN").Should().BeSameAs(japan);
        japan.ToString().Should().Be("JPN");
    }

    [Theory]
    [InlineData("AAA", 0)]
    [InlineData("JPN", (9 * 676) + (15 * 26) + 13)]
    [InlineData("ZZZ", (26 * 26 * 26) - 1)]
    public void CountryNumber_Country_IsItsLettersInBase26(string code, int expected)
    {
        Party.Country(code).CountryNumber.Should().Be(expected);
    }

    [Fact]
    public void CountryNumber_Organisation_IsMinusOne()
    {
        Party.Organisation("ABC", "Three letters, but an organisation").CountryNumber.Should().Be(-1);
    }

    [Theory]
    [InlineData("jpn")]
    [InlineData("JP")]
    [InlineData("JAPN")]
    [InlineData("J1N")]
    [InlineData("")]
    public void Country_MalformedCode_ThrowsNamingIt(string code)
    {
        Action act = () => Party.Country(code);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{code}'*alpha-3*");
    }

    [Fact]
    public void TryCountry_MalformedCode_ReturnsFalse()
    {
        Party.TryCountry("ukr", out Party? party).Should().BeFalse();
        party.Should().BeNull();
        Party.TryCountry("UKR", out party).Should().BeTrue();
        party!.Id.Should().Be("UKR");
    }

    [Fact]
    public void Organisation_HasIdAndName_AndEqualityComparesBoth()
    {
        Party undp = Party.Organisation("XM-DAC-41114", "United Nations Development Programme");

        undp.Kind.Should().Be(PartyKind.Organisation);
        undp.ToString().Should().Be("United Nations Development Programme (XM-DAC-41114)");
        undp.Should().Be(Party.Organisation("XM-DAC-41114", "United Nations Development Programme"));
        undp.Should().NotBe(Party.Organisation("XM-DAC-41114", "UNDP"));
        (undp == Party.Organisation("XM-DAC-41114", "United Nations Development Programme")).Should().BeTrue();
    }

    [Fact]
    public void Organisation_EmptyName_Throws()
    {
        Action act = () => Party.Organisation("XM-DAC-41114", " ");

        act.Should().Throw<ArgumentException>().WithMessage("*organisation name*");
    }

    [Fact]
    public void Country_AndOrganisationWithTheSameId_AreNotEqual()
    {
        Party.Country("JPN").Should().NotBe(Party.Organisation("JPN", "Japan"));
    }
}
