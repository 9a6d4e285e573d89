using System.Globalization;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Benchmarks;

/// <summary>
/// The aggregation benchmarks' input, generated deterministically: a daily rate table of 40 currencies against EUR over
/// 25 years (business days, random walks) and a ledger of commitments in those currencies, by 30 donors, dated over the
/// same 25 years (weekends included, so the 7-day fallback is exercised).
/// </summary>
public static class AggregationBenchmarkData
{
    /// <summary>The 40 currencies (EUR, the pivot, first).</summary>
    public static readonly string[] CurrencyCodes =
    [
        "EUR",
        "USD",
        "JPY",
        "GBP",
        "CHF",
        "CAD",
        "AUD",
        "NZD",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "TRY",
        "ZAR",
        "BRL",
        "MXN",
        "CNY",
        "HKD",
        "SGD",
        "KRW",
        "INR",
        "IDR",
        "MYR",
        "PHP",
        "THB",
        "ILS",
        "ISK",
        "UAH",
        "KES",
        "NGN",
        "EGP",
        "SAR",
        "AED",
        "CLP",
        "COP",
        "PEN",
    ];

    /// <summary>The 30 donors.</summary>
    public static readonly string[] DonorCodes =
    [
        "JPN",
        "USA",
        "GBR",
        "DEU",
        "FRA",
        "CAN",
        "AUS",
        "ITA",
        "NLD",
        "SWE",
        "NOR",
        "DNK",
        "FIN",
        "CHE",
        "AUT",
        "BEL",
        "ESP",
        "POL",
        "CZE",
        "KOR",
        "NZL",
        "IRL",
        "LUX",
        "PRT",
        "EST",
        "LVA",
        "LTU",
        "SVK",
        "SVN",
        "ISL",
    ];

    /// <summary>The first day with rates (a Monday) and of the records.</summary>
    public static readonly LocalDate FirstDay = new(2000, 1, 3);

    /// <summary>The last day with rates and of the records.</summary>
    public static readonly LocalDate LastDay = new(2024, 12, 31);

    /// <summary>Builds the rate table: each currency a random walk against EUR, one rate per business day.</summary>
    public static RateTable BuildRates()
    {
        var random = new Random(7);
        var builder = new RateTableBuilder("Synthetic", Currency.EUR);
        var currencies = CurrencyCodes.Skip(1).Select(Currency.FromCode).ToArray();
        double[] level = [.. currencies.Select(_ => Math.Exp((random.NextDouble() * 10) - 3))];
        for (LocalDate day = FirstDay; day <= LastDay; day = day.PlusDays(1))
        {
            if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                continue;
            }

            for (int c = 0; c < currencies.Length; c++)
            {
                level[c] *= 1 + ((random.NextDouble() - 0.5) * 0.01);

                // Five significant digits, as the ECB publishes them (156.73, 1.0477).
                decimal value = decimal.Parse(
                    level[c].ToString("G5", CultureInfo.InvariantCulture),
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture
                );
                builder.Add(day, Currency.EUR, currencies[c], value);
            }
        }

        return builder.Build();
    }

    /// <summary>Builds a ledger of <paramref name="count"/> commitments without parents: random currency, donor, date
    /// and amount (two decimals).</summary>
    public static Ledger BuildLedger(int count)
    {
        var random = new Random(42);
        var currencies = CurrencyCodes.Select(Currency.FromCode).ToArray();
        var donors = DonorCodes.Select(Party.Country).ToArray();
        Party ukraine = Party.Country("UKR");
        int days = Period.DaysBetween(FirstDay, LastDay) + 1;
        var builder = new LedgerBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Add(
                new Commitment
                {
                    Id = "c" + i.ToString(CultureInfo.InvariantCulture),
                    Title = "Commitment",
                    Donor = donors[random.Next(donors.Length)],
                    Recipient = ukraine,
                    Amount = new QualifiedMoney(
                        new Money(
                            random.NextInt64(1, 100_000_000_000) / 100m,
                            currencies[random.Next(currencies.Length)]
                        )
                    ),
                    Stage = CommitmentStage.Committed,
                    Date = FirstDay.PlusDays(random.Next(days)),
                    Category = AidCategory.Financial,
                    Instrument = AidInstrument.Grant,
                }
            );
        }

        return builder.Build(LedgerBenchmarkData.Clock);
    }
}
