using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>Totals that do not fit in a decimal are invalid data with a message naming the group (issue 12), never an
/// internal error.</summary>
public class SummaryOverflowTests
{
    private static readonly LocalDate Day = new(2020, 1, 2);

    [Fact]
    public void Summarize_OneAmountTooLargeForCents_ThrowsNamingTheGroupAndCurrency()
    {
        AidTracker.Ledger ledger = LedgerOf(Commitment("c-0", 792281625142643375935439504m, "USD", Day));
        var query = new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(GroupKey.Donor);

        Action act = () => ledger.Summarize(query);

        SummaryOverflowException e = act.Should().Throw<SummaryOverflowException>().Which;
        e.KeyValues.Should().Equal("JPN");
        e.Currency.Should().Be(Currency.USD);
        e.Message.Should()
            .StartWith(
                "The total of the group JPN in USD is about 7.92E+26, which does not fit in a decimal at its 2 decimal "
                    + "places"
            );
    }

    [Fact]
    public void Summarize_TwentyAmountsThatOverflowTogether_ThrowsForTheGroup()
    {
        AidTracker.Ledger ledger = LedgerOf([
            .. Enumerable.Range(0, 20).Select(i => Commitment("c-" + i, 7.9e27m, "USD", Day)),
        ]);
        var query = new SummaryQuery { ReportingCurrency = null }.GroupedBy(GroupKey.Year);

        Action act = () => ledger.Summarize(query);

        SummaryOverflowException e = act.Should().Throw<SummaryOverflowException>().Which;
        e.KeyValues.Should().Equal("2020");
        e.Message.Should().Contain("1.58E+29");
    }

    [Fact]
    public void Summarize_InParallel_OverflowIsNotWrapped()
    {
        AidTracker.Ledger ledger = LedgerOf([
            .. Enumerable.Range(0, 10_000).Select(i => Commitment("c-" + i, 1e25m, "USD", Day)),
        ]);
        var query = new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(GroupKey.Donor);

        Action act = () => ledger.Summarize(query, maxDegreeOfParallelism: 2);

        act.Should().Throw<SummaryOverflowException>().Which.KeyValues.Should().Equal("JPN");
    }

    [Fact]
    public void Summarize_Cancelled_ThrowsOperationCanceled()
    {
        AidTracker.Ledger ledger = LedgerOf([
            .. Enumerable.Range(0, 10_000).Select(i => Commitment("c-" + i, 100m, "JPY", Day)),
        ]);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Action one = () => ledger.Summarize(new SummaryQuery { ReportingCurrency = Currency.USD }, cancellation.Token);
        Action two = () =>
            ledger.Summarize(new SummaryQuery { ReportingCurrency = Currency.USD }, 2, cancellation.Token);

        one.Should().Throw<OperationCanceledException>();
        two.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Convert_ResultOutsideDecimal_ThrowsNamingTheConversion()
    {
        Action act = () =>
            ExchangeRateSources.Ecb.Convert(new AidTracker.Money(7.9e26m, Currency.USD), Currency.JPY, Day);

        act.Should()
            .Throw<OverflowException>()
            .Which.Message.Should()
            .StartWith("Converting USD 790,000,000,000,000,000,000,000,000.00 to JPY at 1 USD = ")
            .And.Contain("which does not fit in a decimal");
    }

    [Fact]
    public void Validate_AmountsWhoseSumsCanOverflow_WarnOncePerCurrency()
    {
        var builder = new LedgerBuilder().AddRange([
            Commitment("small", 1_000_000m, "USD", Day),
            Commitment("big-1", 5e20m, "USD", Day),
            Commitment("big-2", 5e20m, "USD", Day),
            Commitment("big-3", 5e20m, "USD", Day),
            Commitment("yen", 5e20m, "JPY", Day),
        ]);

        LedgerValidationResult result = builder.Validate(Samples());

        LedgerProblem warning = result.Warnings.Should().ContainSingle().Which;
        warning.Code.Should().Be(LedgerProblemCode.AmountsMayOverflow);
        warning.RecordId.Should().Be("big-2", "the USD amounts pass 7.92E+20 (decimal.MaxValue / 10^(2 + 6)) with it");
        warning.Message.Should().Contain("more than 7.92E+20");
    }

    [Fact]
    public void Validate_Cancelled_ThrowsOperationCanceled()
    {
        var builder = new LedgerBuilder().Add(Commitment("c", 1m, "USD", Day));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Action act = () => builder.Validate(Samples(), cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    private static NodaTime.Testing.FakeClock Samples() => new(Instant.FromUtc(2030, 1, 1, 0, 0));
}

/// <summary>A registered currency with 28 minor units can hold totals below 7.9 only: beyond, the summary says
/// so.</summary>
public class SummaryOverflowCustomCurrencyTests
{
    [Fact]
    public void Summarize_IntoACurrencyWith28MinorUnits_ThrowsNamingTheGroup()
    {
        Currency tiny = Currency.TryFromCode("XTQ", out Currency? existing)
            ? existing
            : Currency.Register("XTQ", "Test unit of 28 decimals", 28);
        var day = new LocalDate(2020, 1, 2);
        AidTracker.Ledger ledger = LedgerOf(Commitment("c-0", 100m, "USD", day));
        var query = new SummaryQuery
        {
            ReportingCurrency = tiny,
            Policy = ConversionPolicy.Fixed(new ExchangeRate(Currency.USD, tiny, 1m, day, RateBasis.Fixed, "test")),
        }.GroupedBy(GroupKey.Donor);

        Action act = () => ledger.Summarize(query);

        SummaryOverflowException e = act.Should().Throw<SummaryOverflowException>().Which;
        e.KeyValues.Should().Equal("JPN");
        e.Message.Should()
            .StartWith(
                "The total of the group JPN in XTQ is about 100, which does not fit in a decimal at its 28 decimal "
                    + "places"
            );
    }
}
