using System.Text.Json;
using AidTracker.Rates;
using AidTracker.Serialization;
using CsCheck;
using NodaTime;

namespace AidTracker.Tests.Serialization;

using Money = AidTracker.Money;

/// <summary>Round trips of the public converters on random values (CsCheck shrinks a failure and prints its
/// seed).</summary>
public class AidTrackerJsonPropertyTests
{
    private const long Iterations = 2_000;
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForAidTracker();

    private static readonly Gen<Currency> AnyCurrency = Gen.OneOf([.. Currency.IsoCurrencies]);

    /// <summary>Any decimal: 96-bit mantissa, scale 0 to 28, either sign.</summary>
    private static readonly Gen<decimal> AnyDecimal = Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Int[0, 28])
        .Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, (byte)scale));

    private static readonly Gen<AmountQualifier> AnyQualifier = Gen.OneOf(
        AmountQualifier.Exact,
        AmountQualifier.Approximately,
        AmountQualifier.AtLeast,
        AmountQualifier.AtMost
    );

    private static readonly Gen<Money> AnyMoney = Gen.Select(AnyDecimal, AnyCurrency)
        .Select((amount, currency) => new Money(amount, currency));

    /// <summary>Rate values from 1E-12 to 999,999,999,999 (crosses and conversions of them stay inside decimal's
    /// range: an amount under 1E15 divided by 1E-12 is under 1E27).</summary>
    private static readonly Gen<decimal> RateValue = Gen.Select(Gen.Long[1, 999_999_999_999], Gen.Int[0, 24])
        .Select((m, scale) => new decimal((int)(m & 0xFFFFFFFF), (int)(m >> 32), 0, false, (byte)scale))
        .Where(value => value >= 1e-12m);

    private static readonly Gen<ExchangeRate> PublishedRate = Gen.Select(
            AnyCurrency,
            AnyCurrency,
            RateValue,
            Gen.Int[0, 20_000],
            Gen.OneOf(Enum.GetValues<RateBasis>())
        )
        .Where((from, to, _, _, _) => !from.Equals(to))
        .Select(
            (from, to, value, day, basis) =>
                new ExchangeRate(from, to, value, new LocalDate(1990, 1, 1).PlusDays(day), basis, "ECB")
        );

    [Fact]
    public void Money_RoundTrip_GivesTheSameAmountAndScale()
    {
        AnyMoney.Sample(
            money =>
            {
                Money back = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money, Options), Options);
                return back == money && back.Amount.Scale == money.Amount.Scale;
            },
            iter: Iterations
        );
    }

    [Fact]
    public void QualifiedMoney_RoundTrip_GivesTheSameValue()
    {
        Gen.Select(AnyMoney, AnyQualifier)
            .Sample(
                (money, qualifier) =>
                {
                    var value = new QualifiedMoney(money, qualifier);
                    return JsonSerializer.Deserialize<QualifiedMoney>(JsonSerializer.Serialize(value, Options), Options)
                        == value;
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Money_ValueWrittenAsAJsonNumber_ReadsTheSameAmount()
    {
        AnyMoney.Sample(
            money =>
            {
                string json = JsonSerializer
                    .Serialize(money, Options)
                    .Replace("\"value\":\"", "\"value\":", StringComparison.Ordinal)
                    .Replace("\",\"currency\"", ",\"currency\"", StringComparison.Ordinal);
                return JsonSerializer.Deserialize<Money>(json, Options) == money;
            },
            iter: Iterations
        );
    }

    [Fact]
    public void Currency_RoundTrip_GivesTheSameCurrency()
    {
        AnyCurrency.Sample(currency =>
            ReferenceEquals(
                JsonSerializer.Deserialize<Currency>(JsonSerializer.Serialize(currency, Options), Options),
                currency
            )
        );
    }

    [Fact]
    public void ExchangeRate_RoundTripOfPublishedInverseAndCrossRates_GivesAnEqualRate()
    {
        Gen.Select(PublishedRate, PublishedRate, Gen.Int[0, 2])
            .Sample(
                (first, second, shape) =>
                {
                    ExchangeRate rate = shape switch
                    {
                        0 => first,
                        1 => first.Invert(),
                        _ => Crossable(first, second),
                    };
                    return JsonSerializer
                        .Deserialize<ExchangeRate>(JsonSerializer.Serialize(rate, Options), Options)!
                        .Equals(rate);
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Conversion_RoundTrip_GivesTheSameFigures()
    {
        Gen.Select(PublishedRate, AnyDecimal.Where(d => Math.Abs(d) < 1e15m), Gen.Bool)
            .Sample(
                (rate, amount, fromBase) =>
                {
                    var conversion = new Conversion(
                        new Money(amount, fromBase ? rate.Base : rate.Quote),
                        rate,
                        rate.Date.PlusDays(1)
                    );
                    Conversion back = JsonSerializer.Deserialize<Conversion>(
                        JsonSerializer.Serialize(conversion, Options),
                        Options
                    )!;
                    return back.Original == conversion.Original
                        && back.Converted == conversion.Converted
                        && back.Rate.Equals(rate)
                        && back.RequestedDate == conversion.RequestedDate;
                },
                iter: Iterations
            );
    }

    /// <summary>A cross of <paramref name="first"/> with a rate from its quote currency to another (of
    /// <paramref name="second"/>'s value), same basis.</summary>
    private static ExchangeRate Crossable(ExchangeRate first, ExchangeRate second)
    {
        Currency other = new[] { second.Quote, Currency.XXX, Currency.FromCode("XAU"), Currency.FromCode("XAG") }.First(
            c => !c.Equals(first.Base) && !c.Equals(first.Quote)
        );
        var quoteLeg = new ExchangeRate(first.Quote, other, second.Value, second.Date, first.Basis, second.Source);
        return ExchangeRate.Cross(first, quoteLeg);
    }
}
