using System.Text.Json;
using AidTracker.Serialization;

namespace AidTracker.Tests.Money;

/// <summary>Issue 13, point 7: one rule for exponents, phrases accept them and stored values do not (Money.Parse
/// remarks).</summary>
public class ExponentRuleTests
{
    [Fact]
    public void Parse_PhraseWithAnExponent_IsTheExactAmountWhileTheSameValueAsDataIsRefused()
    {
        var options = new JsonSerializerOptions().ConfigureForAidTracker();

        AidTracker.Money phrase = AidTracker.Money.Parse("1e3 USD");
        Action data = () =>
            JsonSerializer.Deserialize<AidTracker.Money>("""{"value":"1e3","currency":"USD"}""", options);

        phrase.Should().Be(new AidTracker.Money(1000m, Currency.USD));
        data.Should().Throw<JsonException>().WithMessage("*'1e3'*exponents are not allowed*");
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1E+3")]
    public void Serialize_AnyAmount_NeverWritesAnExponentSoDataReadsBack(string value)
    {
        var options = new JsonSerializerOptions().ConfigureForAidTracker();
        var money = new AidTracker.Money(
            decimal.Parse(
                value,
                System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture
            ),
            Currency.USD
        );

        string json = JsonSerializer.Serialize(money, options);

        using JsonDocument document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("value").GetString().Should().NotContainAny("e", "E");
        JsonSerializer.Deserialize<AidTracker.Money>(json, options).Should().Be(money);
        AidTracker.Money.Parse(money.ToString()).Should().Be(money);
    }
}
