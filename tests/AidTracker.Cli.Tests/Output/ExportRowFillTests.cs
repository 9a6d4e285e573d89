using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Output;

public class ExportRowFillTests
{
    private static readonly FakeClock Clock = new(CliRun.Today);

    [Fact]
    public void Fill_ConvertedAmountBeyondDecimal38_10_ThrowsNamingTheRecord()
    {
        // 9 * 10^27 pounds fit DECIMAL(38,10) (28 digits before the point); at the ECB's 1.27 dollars to the pound
        // (3 June 2024) they do not.
        Ledger ledger = new LedgerBuilder()
            .Add(Commitment("huge-gbp", 9E27m))
            .Add(Commitment("small-gbp", 1_000m))
            .Build(Clock);
        var fill = new ExportRowFill(
            ledger,
            new SummaryQuery { ReportingCurrency = Currency.USD },
            ExchangeRateSources.Default
        );

        Action act = () => fill.Fill(0, fill.Rows.Count, CancellationToken.None);

        act.Should()
            .Throw<CliException>()
            .WithMessage("*'huge-gbp'*does not fit DECIMAL(38,10) and DECIMAL(38,24)*cannot be exported exactly*");
        fill.Rows.Converted[1].Should().BeNull("the fill stops at the first record it cannot export");
    }

    [Fact]
    public void Fill_LargestConvertedAmountThatFits_IsKept()
    {
        Ledger ledger = new LedgerBuilder().Add(Commitment("big-gbp", 1E27m)).Build(Clock);
        var fill = new ExportRowFill(
            ledger,
            new SummaryQuery { ReportingCurrency = Currency.USD },
            ExchangeRateSources.Default
        );

        fill.Fill(0, fill.Rows.Count, CancellationToken.None);

        fill.Rows.Converted[0].Should().BeInRange(1.2e27m, 1.3e27m);
        fill.Rows.RateSource[0].Should().Be("ECB");
    }

    private static Commitment Commitment(string id, decimal pounds) =>
        new()
        {
            Id = id,
            Title = "Commitment " + id,
            Donor = Party.Country("GBR"),
            Recipient = Party.Country("UKR"),
            Amount = new QualifiedMoney(new Money(pounds, "GBP")),
            Stage = CommitmentStage.Committed,
            Date = new LocalDate(2024, 6, 3),
            Category = AidCategory.Humanitarian,
            Instrument = AidInstrument.Grant,
        };
}
