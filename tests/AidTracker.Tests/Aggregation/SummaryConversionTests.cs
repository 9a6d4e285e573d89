using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

public class SummaryConversionTests
{
    [Fact]
    public void Summarize_DateBeyondTheData_ListsTheRecordWithItsReasonAndSumsTheRest()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("known", 8_800_000_000m, "JPY", new LocalDate(2025, 2, 27)),
            Commitment("future", 1_000_000m, "JPY", new LocalDate(2026, 10, 1))
        );

        Summary summary = ledger.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(GroupKey.DonorFiscalYear)
        );

        summary.IsComplete.Should().BeFalse();
        summary.Total.Amount.Should().Be(58_825_751.29m);
        UnconvertedRecord missing = summary.Unconverted.Should().ContainSingle().Subject;
        missing.RecordId.Should().Be("future");
        missing.CountedRecordId.Should().Be("future");
        missing.Amount.Should().Be(Amount(1_000_000m, "JPY"));
        missing.Request.Date.Should().Be(new LocalDate(2026, 10, 1));
        missing.Reason.Should().Contain("2026-10-01").And.Contain("ECB");
        missing
            .Failure.Failures.Select(f => f.Source)
            .Should()
            .Equal(["ECB", "NBU", "IMF"], "the ECB, the NBU and the IMF were asked");
        summary.Counts.Unconverted.Should().Be(1);
        summary.Counts.Counted.Should().Be(2);
        SummaryGroup fy2026 = summary.GetGroup("FY2026");
        fy2026.IsComplete.Should().BeFalse();
        fy2026.RecordCount.Should().Be(1);
        fy2026.Total.Amount.Should().Be(0m);
        summary.GetGroup("FY2024").IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Summarize_CurrencyTheSourceLacks_IsListedWithTheReason()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("hryvnia", 1_000m, "UAH", new LocalDate(2024, 5, 1)),
            Commitment("euro", 10m, "EUR", new LocalDate(2024, 5, 2))
        );

        Summary summary = ledger.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.USD, RateSource = ExchangeRateSources.Ecb }
        );

        summary
            .Unconverted.Should()
            .ContainSingle()
            .Which.Reason.Should()
            .Match("ECB has no rates for UAH, so it cannot give UAH*USD for 2024-05-01.");
        summary.Unconverted[0].Failure.Reason.Should().Be(RateLookupFailureReason.CurrencyNotCovered);
        summary.Total.Exact.Amount.Should().BeGreaterThan(10m);
        summary.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Summarize_UnconvertibleChildOfACountedParent_NamesTheChildAndTheParent()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("package", null, "EUR", new LocalDate(2024, 5, 1)),
            Commitment("part-eur", 10m, "EUR", new LocalDate(2024, 5, 1), parent: "package"),
            Commitment("part-uah", 10m, "UAH", new LocalDate(2024, 5, 1), parent: "package")
        );

        Summary summary = ledger.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.EUR, RateSource = ExchangeRateSources.Ecb }
        );

        UnconvertedRecord missing = summary.Unconverted.Should().ContainSingle().Subject;
        missing.RecordId.Should().Be("part-uah");
        missing.CountedRecordId.Should().Be("package");
        summary.Total.Value.Should().Be(Amount(10m, "EUR"));
    }

    [Fact]
    public void Summarize_DefaultSource_FallsBackToTheImfForUah()
    {
        AidTracker.Ledger ledger = LedgerOf(Commitment("hryvnia", 1_000_000m, "UAH", new LocalDate(2024, 5, 1)));

        Summary summary = ledger.Summarize(new SummaryQuery { ReportingCurrency = Currency.USD });

        summary.IsComplete.Should().BeTrue();
        UsedRate rate = summary.RatesUsed.Should().ContainSingle().Subject;
        rate.Basis.Should().Be(RateBasis.AnnualAverage);
        rate.AnsweredBy.Should().Be("IMF");
        rate.UsedDate.Should().Be(new LocalDate(2024, 12, 31));
    }

    [Fact]
    public void Summarize_WeekendValueDate_ListsRequestedAndUsedDates()
    {
        AidTracker.Ledger ledger = LedgerOf(Commitment("saturday", 1_000m, "JPY", new LocalDate(2025, 3, 1)));

        Summary summary = ledger.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.USD, RateSource = ExchangeRateSources.Ecb }
        );

        UsedRate rate = summary.RatesUsed.Should().ContainSingle().Subject;
        rate.RequestedDate.Should().Be(new LocalDate(2025, 3, 1));
        rate.UsedDate.Should().Be(new LocalDate(2025, 2, 28));
    }

    [Fact]
    public void Summarize_AnnualAveragePolicy_UsesTheImfAverageOfTheYear()
    {
        AidTracker.Ledger ledger = LedgerOf(Commitment("package", 8_800_000_000m, "JPY", new LocalDate(2024, 2, 27)));

        Summary summary = ledger.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.USD, Policy = ConversionPolicy.AnnualAverage() }
        );

        UsedRate rate = summary.RatesUsed.Should().ContainSingle().Subject;
        rate.Basis.Should().Be(RateBasis.AnnualAverage);
        rate.Source.Should().Be("IMF");
        summary.Total.Exact.Amount.Should().Be(8_800_000_000m * rate.Value);
    }

    [Fact]
    public void Summarize_SingleDatePolicy_ConvertsEveryRecordAtThatDate()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("a", 4_400_000_000m, "JPY", new LocalDate(2022, 4, 28)),
            Commitment("b", 4_400_000_000m, "JPY", new LocalDate(2024, 4, 28))
        );

        Summary summary = ledger.Summarize(
            new SummaryQuery
            {
                ReportingCurrency = Currency.USD,
                Policy = ConversionPolicy.OnDate(new LocalDate(2025, 2, 27)),
            }
        );

        summary.Total.Amount.Should().Be(58_825_751.29m);
        summary.RatesUsed.Should().ContainSingle().Which.RequestedDate.Should().Be(new LocalDate(2025, 2, 27));
    }

    [Fact]
    public void Summarize_FixedPolicy_UsesTheGivenRateWhateverTheDate()
    {
        var agreed = new ExchangeRate(
            Currency.USD,
            Currency.JPY,
            139.0205m,
            new LocalDate(2025, 2, 27),
            RateBasis.Fixed,
            "Agreement"
        );
        AidTracker.Ledger ledger = LedgerOf(Commitment("a", 8_800_000_000m, "JPY", new LocalDate(2022, 4, 28)));

        Summary summary = ledger.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.USD, Policy = ConversionPolicy.Fixed(agreed) }
        );

        summary.Total.Amount.Should().Be(Math.Round(8_800_000_000m / 139.0205m, 2, MidpointRounding.ToEven));
        summary.RateSourceName.Should().Be("Fixed rates");
        summary.RatesUsed.Should().ContainSingle().Which.Basis.Should().Be(RateBasis.Fixed);
    }

    [Fact]
    public void Summarize_AmountsInTheReportingCurrency_NeedNoRate()
    {
        Summary summary = Sample.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.USD }.WhereIds("jp-ua-cumulative-2025-03")
        );

        summary.Total.Value.Should().Be(Amount(12_400_000_000m, "USD", AmountQualifier.AtLeast));
        summary.RatesUsed.Should().BeEmpty();
    }

    [Fact]
    public void Summarize_NothingCounted_WithReportingCurrency_IsAnExactZero()
    {
        Summary summary = Sample.Summarize(new SummaryQuery { ReportingCurrency = Currency.EUR }.WhereDonors("USA"));

        summary.Groups.Should().BeEmpty();
        summary.Total.Value.Should().Be(Amount(0m, "EUR"));
        summary.IsComplete.Should().BeTrue();
    }
}
