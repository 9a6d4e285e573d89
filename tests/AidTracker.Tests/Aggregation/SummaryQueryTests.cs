using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

public class SummaryQueryTests
{
    [Fact]
    public void Admits_FollowsStageAsOfAndFilters()
    {
        Commitment package = Sample.GetCommitment("jp-ua-erp-4"); // committed, dated 2025-02-27

        new SummaryQuery().Admits(package).Should().BeTrue();
        new SummaryQuery()
            .WithMeasure(Measure.Pledged)
            .Admits(package)
            .Should()
            .BeFalse("the package is committed, not pledged");
        new SummaryQuery()
            .WithMeasure(Measure.Disbursed)
            .Admits(package)
            .Should()
            .BeFalse("a disbursement measure counts no commitment");
        new SummaryQuery()
            .WithAsOf(new LocalDate(2025, 2, 26))
            .Admits(package)
            .Should()
            .BeFalse("it is dated after the cut-off");
        new SummaryQuery()
            .WithAsOf(new LocalDate(2025, 2, 27))
            .Admits(package)
            .Should()
            .BeTrue("the cut-off day is included");
        new SummaryQuery().WhereIds("jp-ua-dpl-2022").Admits(package).Should().BeFalse("a filter leaves it out");
    }

    [Fact]
    public void FluentMethods_ReturnNewQueries_AndLeaveTheOriginalAlone()
    {
        var original = new SummaryQuery();

        SummaryQuery changed = original
            .WithReportingCurrency(Currency.USD)
            .GroupedBy(GroupKey.Donor)
            .WhereDonors("JPN")
            .WithAsOf(new LocalDate(2025, 3, 31))
            .WithMeasure(Measure.Pledged)
            .WithPolicy(ConversionPolicy.AnnualAverage())
            .WithRateSource(ExchangeRateSources.Imf);

        original.ReportingCurrency.Should().BeNull();
        original.GroupBy.Should().BeEmpty();
        original.Filters.Should().BeEmpty();
        original.AsOf.Should().BeNull();
        original.Measure.Should().Be(Measure.Committed);
        changed.ReportingCurrency.Should().Be(Currency.USD);
        changed.GroupBy.Should().Equal(GroupKey.Donor);
        changed.Filters.Should().ContainSingle().Which.Description.Should().Be("donor in {JPN}");
        changed.Measure.Should().Be(Measure.Pledged);
        changed.GetRateSource().Should().BeSameAs(ExchangeRateSources.Imf);
        changed.WithoutConversion().ReportingCurrency.Should().BeNull();
    }

    [Fact]
    public void Equals_EqualParts_AreEqual()
    {
        SummaryQuery a = new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(
            GroupKey.Donor,
            GroupKey.DonorFiscalYear
        );
        SummaryQuery b = new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(
            GroupKey.Donor,
            GroupKey.DonorFiscalYear
        );

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(b.WithAsOf(new LocalDate(2025, 1, 1)));
        a.Should().NotBe(b.WhereIds("x"), "filters compare by reference and there is one more");
    }

    [Fact]
    public void GetRateSource_FixedPolicy_ReplacesTheQuerySource()
    {
        var agreed = new ExchangeRate(
            Currency.USD,
            Currency.JPY,
            139m,
            new LocalDate(2025, 2, 27),
            RateBasis.Fixed,
            "Agreement"
        );
        var query = new SummaryQuery { RateSource = ExchangeRateSources.Ecb, Policy = ConversionPolicy.Fixed(agreed) };

        query.GetRateSource().Should().BeOfType<FixedRateSource>().Which.Rates.Should().Equal(agreed);
        new SummaryQuery().GetRateSource().Should().BeSameAs(ExchangeRateSources.Default);
    }

    [Fact]
    public void ConversionPolicy_ToString_DescribesEachKind()
    {
        ConversionPolicy.AtValueDate().ToString().Should().Be("rate at each record's value date (any basis)");
        ConversionPolicy
            .AtValueDate(RateBasis.Daily)
            .ToString()
            .Should()
            .Be("rate at each record's value date (Daily)");
        ConversionPolicy.AnnualAverage().ToString().Should().Be("annual average of the value date's year");
        ConversionPolicy
            .OnDate(new LocalDate(2025, 3, 31))
            .ToString()
            .Should()
            .Be("rates of 2025-03-31 for every record (any basis)");
        ConversionPolicy
            .Fixed(
                new ExchangeRate(
                    Currency.USD,
                    Currency.JPY,
                    139m,
                    new LocalDate(2025, 2, 27),
                    RateBasis.Fixed,
                    "Agreement"
                )
            )
            .ToString()
            .Should()
            .Be("fixed rates (Fixed rates)");
        ConversionPolicy.AtValueDate().Should().Be(ConversionPolicy.AtValueDate());
        ConversionPolicy
            .OnDate(new LocalDate(2025, 3, 31))
            .CreateRequest(Currency.JPY, Currency.USD, new LocalDate(2020, 1, 1))
            .Date.Should()
            .Be(new LocalDate(2025, 3, 31));
    }

    [Fact]
    public void ConversionPolicy_FixedWithoutRates_Throws()
    {
        Action act = () => ConversionPolicy.Fixed(Array.Empty<ExchangeRate>());

        act.Should().Throw<ArgumentException>().WithMessage("A fixed-rate policy needs at least one rate.*");
    }

    [Fact]
    public void RecordFilter_NoValues_Throws()
    {
        Action act = () => RecordFilter.Ids();

        act.Should().Throw<ArgumentException>().WithMessage("A filter needs at least one value to match.*");
    }

    [Fact]
    public void GroupKey_CreateWithEmptyName_ThrowsNamingTheParameter()
    {
        Action act = () => GroupKey.Create(" ", _ => "x");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Summarize_ParallelismBelowOne_ThrowsNamingIt(int degree)
    {
        Action act = () => Sample.Summarize(new SummaryQuery(), degree);

        act.Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithMessage($"The degree of parallelism must be at least 1; {degree} is not.*");
    }

    [Fact]
    public void Summary_ToString_ShowsQueryGroupsTotalsAndCounts()
    {
        Summary summary = Sample.Summarize(
            new SummaryQuery { ReportingCurrency = Currency.USD }
                .GroupedBy(GroupKey.DonorFiscalYear)
                .WhereIds("jp-ua-erp-4")
        );

        summary
            .ToString()
            .Should()
            .Be(
                "Summary: committed in USD by fiscal-year; rate at each record's value date (any basis); rates from "
                    + "the default source; where id in {jp-ua-erp-4}\n"
                    + "  FY2024: 1 record, USD 58,825,751.29\n"
                    + "Total: USD 58,825,751.29\n"
                    + "Complete: 4 considered, 1 counted, 0 inside a counted parent, 0 excluded by measure, 0 by "
                    + "as-of, 3 by filter, 0 unconverted, 0 without amount"
            );
    }

    [Theory]
    [InlineData(AmountQualifier.Exact, AmountQualifier.Exact, AmountQualifier.Exact)]
    [InlineData(AmountQualifier.Exact, AmountQualifier.Approximately, AmountQualifier.Approximately)]
    [InlineData(AmountQualifier.Exact, AmountQualifier.AtLeast, AmountQualifier.AtLeast)]
    [InlineData(AmountQualifier.Exact, AmountQualifier.AtMost, AmountQualifier.AtMost)]
    [InlineData(AmountQualifier.AtLeast, AmountQualifier.AtMost, AmountQualifier.Approximately)]
    [InlineData(AmountQualifier.AtLeast, AmountQualifier.Approximately, AmountQualifier.Approximately)]
    public void Summarize_Qualifiers_PropagateAsTheDesignSays(
        AmountQualifier first,
        AmountQualifier second,
        AmountQualifier expected
    )
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("a", 10m, "JPY", new LocalDate(2025, 2, 27), qualifier: first),
            Commitment("b", 20m, "EUR", new LocalDate(2025, 2, 27), qualifier: second)
        );

        ledger.Summarize(new SummaryQuery { ReportingCurrency = Currency.USD }).Total.Qualifier.Should().Be(expected);
        ledger
            .Summarize(
                new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(GroupKey.Create("id", r => r.Id))
            )
            .Groups.Select(g => g.Total.Qualifier)
            .Should()
            .Equal(first, second);
    }

    [Fact]
    public void Summarize_NegativeAmountsAndManyDecimals_AreAddedExactly()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("a", 100.123456789m, "USD", new LocalDate(2025, 2, 27)),
            Commitment("reduction", -0.000000789m, "USD", new LocalDate(2025, 2, 28))
        );

        Summary summary = ledger.Summarize(new SummaryQuery());

        summary.Total.Exact.Amount.Should().Be(100.123456m);
        summary.Total.Rounded.Amount.Should().Be(100.12m);
    }
}
