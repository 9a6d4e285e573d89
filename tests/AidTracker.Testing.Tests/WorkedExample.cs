using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Testing.Tests;

/// <summary>The worked example of DESIGN.md: 8.8 billion yen at the ECB rates of 2025-02-27 is USD
/// 58,825,751.29.</summary>
internal static class WorkedExample
{
    public static readonly LocalDate February27 = new(2025, 2, 27);

    /// <summary>Gets 8.8 billion yen converted into USD with the embedded ECB data on 2025-02-27 (unrounded).</summary>
    public static Conversion Conversion =>
        ExchangeRateSources.Default.Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, February27);

    /// <summary>Gets the same conversion with the two ECB rates of the day given to a fake source.</summary>
    public static FakeRateSource EcbRates =>
        FakeRates.Daily("EUR", "USD", February27, 1.0477m).And("EUR", "JPY", February27, 156.73m);
}
