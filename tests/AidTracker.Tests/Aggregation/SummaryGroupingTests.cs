using AidTracker.Aggregation;
using AidTracker.Periods;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

public class SummaryGroupingTests
{
    [Fact]
    public void Summarize_DonorFiscalYear_UsesEachDonorsOwnCalendar()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("us", 1m, "USD", new LocalDate(2024, 10, 1), donor: UnitedStates),
            Commitment("jp-march", 2m, "JPY", new LocalDate(2025, 3, 31)),
            Commitment("jp-april", 3m, "JPY", new LocalDate(2025, 4, 1)),
            Commitment("de", 4m, "EUR", new LocalDate(2025, 4, 1), donor: Party.Country("DEU")));

        Summary summary = ledger.Summarize(new SummaryQuery().GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));

        summary.Groups.Select(g => g.Label).Should().Equal("DEU, 2025", "JPN, FY2024", "JPN, FY2025", "USA, FY2025");
        summary.GetGroup("USA", "FY2025").Total.Amount.Should().Be(1m);
        summary.GetGroup("JPN", "FY2024").Total.Amount.Should().Be(2m);
        summary.GetGroup("JPN", "FY2025").Total.Amount.Should().Be(3m);
    }

    [Fact]
    public void Summarize_BuiltInKeys_GiveTheDocumentedTexts()
    {
        AidTracker.Ledger ledger = LedgerOf(Commitment("c", 1m, "EUR", new LocalDate(2025, 2, 27), category: AidCategory.InKind) with { AgreementId = null });

        Summary summary = ledger.Summarize(new SummaryQuery().GroupedBy(
            GroupKey.Recipient, GroupKey.Category, GroupKey.Instrument, GroupKey.Stage, GroupKey.Agreement, GroupKey.Year, GroupKey.Month,
            GroupKey.FiscalYear(FiscalYearCalendar.UnitedStates), GroupKey.Create("title", r => ((Commitment)r).Title)));

        summary.Groups.Should().ContainSingle().Which.KeyValues.Should().Equal("UKR", "in-kind", "grant", "committed", "(none)", "2025", "2025-02", "FY2025", "Commitment c");
        summary.Groups[0]["month"].Should().Be("2025-02");
    }

    [Fact]
    public void Summarize_NoKeys_OneGroupAll()
    {
        Summary summary = Sample.Summarize(new SummaryQuery());

        summary.Groups.Should().ContainSingle().Which.Label.Should().Be("(all)");
        summary.FindGroup().Should().NotBeNull();
    }

    [Fact]
    public void GetGroup_Unknown_ThrowsNamingTheKeyAndTheGroups()
    {
        Summary summary = Sample.Summarize(new SummaryQuery().GroupedBy(GroupKey.DonorFiscalYear));

        Action act = () => summary.GetGroup("FY1999");

        act.Should().Throw<KeyNotFoundException>().WithMessage("The summary has no group 'FY1999'; its groups are FY2024.");
    }

    [Fact]
    public void GroupKey_FromName_KnowsTheBuiltInsAndNamesTheBadOne()
    {
        GroupKey.FromName("fiscal-year").Should().BeSameAs(GroupKey.DonorFiscalYear);
        GroupKey.FromName("Donor").Should().BeSameAs(GroupKey.Donor);

        Action act = () => GroupKey.FromName("colour");

        act.Should().Throw<ArgumentException>().WithMessage("'colour' is not a key to group by; the keys are donor, recipient, *");
    }

    [Fact]
    public void SummaryQuery_TwoKeysWithTheSameName_Throws()
    {
        Action act = () => new SummaryQuery().GroupedBy(GroupKey.DonorFiscalYear, GroupKey.FiscalYear(FiscalYearCalendar.Japan));

        act.Should().Throw<ArgumentException>().WithMessage("*named 'fiscal-year'*");
    }

    [Fact]
    public void SummaryQuery_UndefinedMeasure_ThrowsNamingIt()
    {
        Action act = () => _ = new SummaryQuery { Measure = (Measure)42 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("42 is not a measure.*");
    }

    [Fact]
    public void SummaryQuery_ToString_DescribesThePolicyAndFilters()
    {
        SummaryQuery query = new SummaryQuery { ReportingCurrency = Currency.USD }
            .GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear)
            .WhereIds("jp-ua-erp-4")
            .WithAsOf(new LocalDate(2025, 3, 31));

        query.ToString().Should().Be(
            "committed in USD by donor, fiscal-year; rate at each record's value date (any basis); rates from the default source; where id in {jp-ua-erp-4}; as of 2025-03-31");
    }
}
