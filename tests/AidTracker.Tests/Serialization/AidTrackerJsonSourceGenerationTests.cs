using System.Text.Json;
using System.Text.Json.Serialization;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;

namespace AidTracker.Tests.Serialization;

using Money = AidTracker.Money;

/// <summary>A user's DTO of amounts.</summary>
public sealed record FundingDto(string Id, Money Amount, QualifiedMoney Stated, Currency Reporting, Money? Disbursed);

/// <summary>A user's source-generated context: no converter attributes, the converters come from the options.</summary>
[JsonSerializable(typeof(FundingDto))]
[JsonSerializable(typeof(Conversion))]
[JsonSerializable(typeof(List<Money>))]
internal sealed partial class FundingJsonContext : JsonSerializerContext;

/// <summary><see cref="AidTrackerJsonSerializerOptionsExtensions.ConfigureForAidTracker"/> with a source-generated
/// <see cref="JsonSerializerContext"/>.</summary>
public class AidTrackerJsonSourceGenerationTests
{
    private static readonly FundingJsonContext Context = new(new JsonSerializerOptions().ConfigureForAidTracker());

    [Fact]
    public void Serialize_ThroughTheContext_WritesTheAmountShape()
    {
        var dto = new FundingDto(
            "jp-ua-erp-4",
            Money.Parse("8.8 billion yen"),
            QualifiedMoney.Parse("approximately 63.3 million US dollars"),
            Currency.USD,
            null
        );

        string json = JsonSerializer.Serialize(dto, Context.FundingDto);

        json.Should()
            .Be(
                """{"Id":"jp-ua-erp-4","Amount":{"value":"8800000000","currency":"JPY"},"Stated":{"value":"63300000","currency":"USD","qualifier":"approximately"},"Reporting":"USD","Disbursed":null}"""
            );
    }

    [Fact]
    public void Deserialize_ThroughTheContext_GivesTheSameDto()
    {
        var dto = new FundingDto(
            "jp-ua-loan-1",
            Money.Parse("13 billion yen"),
            QualifiedMoney.Parse("up to 78 billion yen"),
            Currency.JPY,
            new Money(0.5m, Currency.JPY)
        );

        FundingDto? back = JsonSerializer.Deserialize(
            JsonSerializer.Serialize(dto, Context.FundingDto),
            Context.FundingDto
        );

        back.Should().Be(dto);
    }

    [Fact]
    public void Conversion_ThroughTheContext_RoundTrips()
    {
        Conversion conversion = ExchangeRateSources.Ecb.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            new LocalDate(2025, 2, 27)
        );

        Conversion back = JsonSerializer.Deserialize(
            JsonSerializer.Serialize(conversion, Context.Conversion),
            Context.Conversion
        )!;

        back.Rounded.Should().Be(new Money(58_825_751.29m, Currency.USD));
        back.Rate.Should().Be(conversion.Rate);
    }

    [Fact]
    public void Deserialize_BadCurrencyThroughTheContext_ThrowsJsonExceptionNamingIt()
    {
        Action act = () => JsonSerializer.Deserialize("""[{"value":"1","currency":"YEN"}]""", Context.ListMoney);

        act.Should().Throw<JsonException>().WithMessage("'YEN' is not a known currency code*");
    }
}
