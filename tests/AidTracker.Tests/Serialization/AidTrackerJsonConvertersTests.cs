using System.Text.Json;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;

namespace AidTracker.Tests.Serialization;

using Money = AidTracker.Money;

/// <summary>The public converters of <see cref="AidTrackerJsonSerializerOptionsExtensions.ConfigureForAidTracker"/> on
/// the worked example.</summary>
public class AidTrackerJsonConvertersTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForAidTracker();
    private static readonly LocalDate February27 = new(2025, 2, 27);

    private sealed record Package(string Id, Money Amount, QualifiedMoney Stated, Currency Currency, Money? Ceiling);

    [Fact]
    public void Serialize_MoneyInADto_WritesTheLedgersAmountShape()
    {
        var dto = new Package(
            "jp-ua-erp-4",
            Money.Parse("8.8 billion yen"),
            QualifiedMoney.Parse("approximately 63.3 million US dollars"),
            Currency.JPY,
            null
        );

        string json = JsonSerializer.Serialize(dto, Options);

        json.Should()
            .Be(
                """{"Id":"jp-ua-erp-4","Amount":{"value":"8800000000","currency":"JPY"},"Stated":{"value":"63300000","currency":"USD","qualifier":"approximately"},"Currency":"JPY","Ceiling":null}"""
            );
    }

    [Fact]
    public void Deserialize_DtoWritten_GivesTheSameValues()
    {
        var dto = new Package(
            "jp-ua-loan-1",
            new Money(13_000_000_000m, Currency.JPY),
            QualifiedMoney.Parse("over $12.4 billion"),
            Currency.USD,
            new Money(78_000_000_000m, Currency.JPY)
        );

        Package? back = JsonSerializer.Deserialize<Package>(JsonSerializer.Serialize(dto, Options), Options);

        back.Should().Be(dto);
        back!.Stated.Qualifier.Should().Be(AmountQualifier.AtLeast);
    }

    [Theory]
    [InlineData("""{"value":"8800000000","currency":"JPY"}""")]
    [InlineData("""{"currency":"JPY","value":8800000000}""")]
    [InlineData("""{"value":"8800000000","currency":"JPY","qualifier":"exact"}""")]
    public void DeserializeMoney_StringNumberOrExactQualifier_ReadsTheExactAmount(string json)
    {
        JsonSerializer.Deserialize<Money>(json, Options).Should().Be(new Money(8_800_000_000m, Currency.JPY));
    }

    [Fact]
    public void DeserializeMoney_NumberWithMoreDigitsThanADouble_KeepsEveryDigit()
    {
        Money money = JsonSerializer.Deserialize<Money>(
            """{"value":58825751.2919143759569891,"currency":"USD"}""",
            Options
        );

        money.Amount.Should().Be(58825751.2919143759569891m);
    }

    [Fact]
    public void SerializeMoney_KeepsFullPrecisionAndScale()
    {
        JsonSerializer
            .Serialize(new Money(63.30m, Currency.USD), Options)
            .Should()
            .Be("""{"value":"63.30","currency":"USD"}""");
        JsonSerializer.Serialize(new Money(-5m, "KWD"), Options).Should().Be("""{"value":"-5","currency":"KWD"}""");
    }

    [Theory]
    [InlineData("""{"value":"1e3","currency":"USD"}""", "'1e3'")]
    [InlineData("""{"value":"1,000","currency":"USD"}""", "'1,000'")]
    [InlineData("""{"value":"8800000000","currency":"YEN"}""", "'YEN'")]
    [InlineData("""{"value":"8800000000"}""", "\"currency\" is missing")]
    [InlineData("""{"currency":"JPY"}""", "\"value\" is missing")]
    [InlineData("""{"value":"1","currency":"JPY","amount":"2"}""", "'amount'")]
    [InlineData("""{"value":true,"currency":"JPY"}""", "true or false")]
    [InlineData("""{"value":"1","currency":"JPY","qualifier":"roughly"}""", "'roughly'")]
    [InlineData("""{"value":"63300000","currency":"USD","qualifier":"approximately"}""", "QualifiedMoney")]
    [InlineData("\"8.8 billion yen\"", "not a string")]
    [InlineData("null", "not null")]
    public void DeserializeMoney_BadInput_ThrowsJsonExceptionNamingTheValue(string json, string named)
    {
        Action act = () => JsonSerializer.Deserialize<Money>(json, Options);

        act.Should().Throw<JsonException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void DeserializeMoney_BadValueInsideADto_NamesTheValueAndThePath()
    {
        Action act = () =>
            JsonSerializer.Deserialize<Package>(
                """{"Id":"x","Amount":{"value":"8.8e9","currency":"JPY"},"Stated":{"value":"1","currency":"USD"},"Currency":"JPY","Ceiling":null}""",
                Options
            );

        JsonException e = act.Should().Throw<JsonException>().Which;
        e.Message.Should().Contain("'8.8e9' is not an exact decimal amount").And.Contain("exponents are not allowed");
        e.Path.Should().Be("$.Amount");
    }

    [Fact]
    public void QualifiedMoney_ExactAmount_LeavesTheQualifierOut()
    {
        JsonSerializer
            .Serialize(QualifiedMoney.Parse("8.8 billion yen"), Options)
            .Should()
            .Be("""{"value":"8800000000","currency":"JPY"}""");
        JsonSerializer
            .Serialize(QualifiedMoney.Parse("up to 78 billion yen"), Options)
            .Should()
            .Be("""{"value":"78000000000","currency":"JPY","qualifier":"at-most"}""");
        JsonSerializer
            .Deserialize<QualifiedMoney>("""{"value":"12400000000","currency":"USD","qualifier":"at-least"}""", Options)
            .Should()
            .Be(QualifiedMoney.Parse("over $12.4 billion"));
    }

    [Fact]
    public void Currency_WritesAndReadsTheCode()
    {
        JsonSerializer.Serialize(Currency.UAH, Options).Should().Be("\"UAH\"");
        JsonSerializer.Deserialize<Currency>("\"JPY\"", Options).Should().BeSameAs(Currency.JPY);
        JsonSerializer.Deserialize<Currency>("null", Options).Should().BeNull();
        ((Action)(() => JsonSerializer.Deserialize<Currency>("\"ZZZ\"", Options)))
            .Should()
            .Throw<JsonException>()
            .WithMessage("'ZZZ' is not a known currency code*");
        ((Action)(() => JsonSerializer.Deserialize<Currency>("392", Options)))
            .Should()
            .Throw<JsonException>()
            .WithMessage("*not a number*");
    }

    [Fact]
    public void ExchangeRate_EcbCrossRate_WritesItsLegsAndReadsBackEqual()
    {
        ExchangeRate rate = ExchangeRateSources.Ecb.Convert(new Money(1m, Currency.JPY), Currency.USD, February27).Rate;

        string json = JsonSerializer.Serialize(rate, Options);

        json.Should()
            .Be(
                """{"from":"JPY","to":"USD","date":"2025-02-27","rate":"0.0066847444650035092196771518","basis":"daily","source":"ECB","derivation":"cross","via":"EUR","legs":["""
                    + """{"from":"EUR","to":"JPY","date":"2025-02-27","rate":"156.73","basis":"daily","source":"ECB","derivation":"direct","via":null,"legs":[]},"""
                    + """{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1.0477","basis":"daily","source":"ECB","derivation":"direct","via":null,"legs":[]}]}"""
            );
        JsonSerializer.Deserialize<ExchangeRate>(json, Options).Should().Be(rate);
    }

    [Fact]
    public void ExchangeRate_PublishedRateWithoutDerivation_ReadsAsDirect()
    {
        ExchangeRate rate = JsonSerializer.Deserialize<ExchangeRate>(
            """{"from":"EUR","to":"USD","date":"2025-02-27","rate":1.0477,"basis":"daily","source":"ECB"}""",
            Options
        )!;

        rate.Should().Be(new ExchangeRate(Currency.EUR, Currency.USD, 1.0477m, February27, RateBasis.Daily, "ECB"));
    }

    [Theory]
    [InlineData(
        """{"from":"EUR","to":"USD","date":"2025-02-27","rate":"0","basis":"daily","source":"ECB"}""",
        "is 0: an exchange rate must be greater than zero"
    )]
    [InlineData(
        """{"from":"EUR","to":"EUR","date":"2025-02-27","rate":"1","basis":"daily","source":"ECB"}""",
        "EUR to EUR names one currency twice"
    )]
    [InlineData(
        """{"from":"EUR","to":"USD","date":"2025-02-30","rate":"1","basis":"daily","source":"ECB"}""",
        "'2025-02-30' is not a valid rate date"
    )]
    [InlineData(
        """{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1","basis":"weekly","source":"ECB"}""",
        "'weekly' is not a rate basis"
    )]
    [InlineData(
        """{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1","basis":"daily","source":" "}""",
        "EUR to USD has an empty source"
    )]
    [InlineData("""{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1","basis":"daily"}""", "no \"source\"")]
    [InlineData(
        """{"from":"JPY","to":"USD","date":"2025-02-27","rate":"1","basis":"daily","source":"ECB","derivation":"cross","via":"EUR","legs":[]}""",
        "The cross rate JPY to USD (via EUR) has legs []"
    )]
    [InlineData(
        """{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1","basis":"daily","source":"ECB","bank":"ECB"}""",
        "'bank' is not a property of an exchange rate"
    )]
    public void ExchangeRate_BadInput_ThrowsJsonExceptionNamingTheValue(string json, string named)
    {
        Action act = () => JsonSerializer.Deserialize<ExchangeRate>(json, Options);

        act.Should().Throw<JsonException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Conversion_WorkedExample_WritesOriginalConvertedRoundedAndRate()
    {
        Conversion conversion = ExchangeRateSources.Ecb.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            February27
        );

        using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(conversion, Options));

        JsonElement root = json.RootElement;
        root.GetProperty("original").GetRawText().Should().Be("""{"value":"8800000000","currency":"JPY"}""");
        root.GetProperty("rounded").GetRawText().Should().Be("""{"value":"58825751.29","currency":"USD"}""");
        root.GetProperty("converted").GetProperty("value").GetString().Should().StartWith("58825751.29");
        root.GetProperty("requestedDate").GetString().Should().Be("2025-02-27");
        root.GetProperty("rate").GetProperty("via").GetString().Should().Be("EUR");
        root.GetProperty("fallbacks").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Conversion_ReadBack_ConvertsAgainToTheSameFigures()
    {
        Conversion conversion = ExchangeRateSources.Ecb.Convert(
            new Money(8_800_000_000m, Currency.JPY),
            Currency.USD,
            February27
        );

        Conversion back = JsonSerializer.Deserialize<Conversion>(
            JsonSerializer.Serialize(conversion, Options),
            Options
        )!;

        back.Original.Should().Be(conversion.Original);
        back.Converted.Should().Be(conversion.Converted);
        back.Rounded.Should().Be(new Money(58_825_751.29m, Currency.USD));
        back.Rate.Should().Be(conversion.Rate);
        back.RequestedDate.Should().Be(February27);
    }

    [Fact]
    public void Conversion_ConvertedThatDisagreesWithTheRate_ThrowsNamingBothFigures()
    {
        const string Json =
            """{"original":{"value":"100","currency":"EUR"},"converted":{"value":"105","currency":"USD"},"requestedDate":"2025-02-27","rate":{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1.0477","basis":"daily","source":"ECB"}}""";

        Action act = () => JsonSerializer.Deserialize<Conversion>(Json, Options);

        act.Should()
            .Throw<JsonException>()
            .WithMessage(
                "The conversion's converted amount 105 USD is not what 100 EUR gives at its rate (104.7700 USD)."
            );
    }

    [Fact]
    public void Conversion_OriginalInNeitherCurrencyOfTheRate_ThrowsJsonExceptionNamingIt()
    {
        const string Json =
            """{"original":{"value":"100","currency":"JPY"},"requestedDate":"2025-02-27","rate":{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1.0477","basis":"daily","source":"ECB"}}""";

        Action act = () => JsonSerializer.Deserialize<Conversion>(Json, Options);

        act.Should().Throw<JsonException>().WithMessage("*JPY*");
    }

    [Fact]
    public void ConfigureForAidTracker_CalledTwice_AddsEachConverterOnce()
    {
        var options = new JsonSerializerOptions();

        options.ConfigureForAidTracker().ConfigureForAidTracker().Should().BeSameAs(options);

        options.Converters.Should().HaveCount(6);
    }
}
