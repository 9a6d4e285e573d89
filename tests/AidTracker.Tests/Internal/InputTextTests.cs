using AidTracker.Internal;
using CsCheck;

namespace AidTracker.Tests.Internal;

public class InputTextTests
{
    [Fact]
    public void Shorten_ShortPlainText_IsUnchanged()
    {
        InputText.Shorten("8.8 billion yen").Should().Be("8.8 billion yen");
    }

    [Fact]
    public void Shorten_LongText_KeepsEightyCharactersThenEllipsis()
    {
        string shown = InputText.Shorten(new string('7', 300_000_000 / 1000));

        shown.Should().Be(new string('7', 80) + "…");
    }

    [Fact]
    public void Shorten_ExactlyEightyCharacters_HasNoEllipsis()
    {
        InputText.Shorten(new string('a', 80)).Should().Be(new string('a', 80));
    }

    [Fact]
    public void Shorten_ControlCharacters_AreShownAsEscapes()
    {
        InputText.Shorten("a\0b\u001Fc\td\ne\r").Should().Be("a\\0b\\u001Fc\\td\\ne\\r");
    }

    [Fact]
    public void Shorten_InvisibleFormatCharacters_AreShownAsEscapes()
    {
        InputText.Shorten("\uFEFFUSD\u202E").Should().Be("\\uFEFFUSD\\u202E");
    }

    [Fact]
    public void Shorten_UnpairedSurrogate_IsEscapedButPairIsKept()
    {
        InputText.Shorten("\uD83D\uDCB4 \uD800").Should().Be("\uD83D\uDCB4 \\uD800");
    }

    [Fact]
    public void Shorten_Escapes_CountAtTheirShownLength()
    {
        InputText.Shorten(new string('\0', 100)).Should().Be(string.Concat(Enumerable.Repeat("\\0", 40)) + "…");
        InputText.Shorten(new string('\u200E', 100)).Should().Be(string.Concat(Enumerable.Repeat("\\u200E", 13)) + "…");
    }

    [Fact]
    public void Shorten_EscapesFillingExactlyEightyCharacters_HaveNoEllipsis()
    {
        InputText.Shorten(new string('\t', 40)).Should().Be(string.Concat(Enumerable.Repeat("\\t", 40)));
        InputText.Shorten(new string('\t', 41)).Should().Be(string.Concat(Enumerable.Repeat("\\t", 40)) + "…");
    }

    [Fact]
    public void Shorten_AnyInput_ShowsAtMostEightyOneCharacters()
    {
        Gen.String[Gen.Char, 0, 400].Sample(text => InputText.Shorten(text).Length <= InputText.MaxQuotedLength + 1);
    }

    [Fact]
    public void Quote_WrapsInDoubleQuotes()
    {
        InputText.Quote("JPY\0").Should().Be("\"JPY\\0\"");
        InputText.Quote((string?)null).Should().Be("\"\"");
    }
}
