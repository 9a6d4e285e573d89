using AidTracker.Iati.Internal;

namespace AidTracker.Iati.Tests.Internal;

public class CountryCodesTests
{
    [Theory]
    [InlineData("BO", "BOL")]
    [InlineData("UA", "UKR")]
    [InlineData("JP", "JPN")]
    [InlineData("AF", "AFG")]
    [InlineData("TM", "TKM")]
    [InlineData("NL", "NLD")]
    [InlineData("SS", "SSD")]
    [InlineData("PS", "PSE")]
    [InlineData("XK", "XKX")]
    [InlineData("bo", "BOL")]
    public void TryGetAlpha3_KnownAlpha2_ReturnsAlpha3(string alpha2, string alpha3)
    {
        CountryCodes.TryGetAlpha3(alpha2, out string? found).Should().BeTrue();

        found.Should().Be(alpha3);
    }

    [Theory]
    [InlineData("TEXT")]
    [InlineData("xx")]
    [InlineData("ZZ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetAlpha3_Unknown_ReturnsFalse(string? alpha2)
    {
        CountryCodes.TryGetAlpha3(alpha2, out _).Should().BeFalse();
    }

    [Fact]
    public void Alpha2Codes_Are249OfficialPlusKosovo_WithDistinctAlpha3()
    {
        List<string> codes = [.. CountryCodes.Alpha2Codes];

        codes.Should().HaveCount(CountryCodes.OfficialCount + 1).And.OnlyHaveUniqueItems();
        CountryCodes.OfficialCount.Should().Be(249);
        codes
            .Select(c => CountryCodes.TryGetAlpha3(c, out string? a3) ? a3 : null)
            .Should()
            .OnlyHaveUniqueItems()
            .And.OnlyContain(a3 => a3 != null && a3.Length == 3 && a3.All(char.IsAsciiLetterUpper));
    }
}
