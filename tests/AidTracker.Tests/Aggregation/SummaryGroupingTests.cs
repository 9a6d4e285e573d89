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
            Commitment("de", 4m, "EUR", new LocalDate(2025, 4, 1), donor: Party.Country("DEU"))
        );

        Summary summary = ledger.Summarize(new SummaryQuery().GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));

        summary.Groups.Select(g => g.Label).Should().Equal("DEU, 2025", "JPN, FY2024", "JPN, FY2025", "USA, FY2025");
        summary.GetGroup("USA", "FY2025").Total.Amount.Should().Be(1m);
        summary.GetGroup("JPN", "FY2024").Total.Amount.Should().Be(2m);
        summary.GetGroup("JPN", "FY2025").Total.Amount.Should().Be(3m);
    }

    [Fact]
    public void Summarize_BuiltInKeys_GiveTheDocumentedTexts()
    {
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("c", 1m, "EUR", new LocalDate(2025, 2, 27), category: AidCategory.InKind) with
            {
                AgreementId = null,
            }
        );

        Summary summary = ledger.Summarize(
            new SummaryQuery().GroupedBy(
                GroupKey.Recipient,
                GroupKey.Category,
                GroupKey.Instrument,
                GroupKey.Stage,
                GroupKey.Agreement,
                GroupKey.Year,
                GroupKey.Month,
                GroupKey.FiscalYear(FiscalYearCalendar.UnitedStates),
                GroupKey.Create("title", r => ((Commitment)r).Title)
            )
        );

        summary
            .Groups.Should()
            .ContainSingle()
            .Which.KeyValues.Should()
            .Equal("UKR", "in-kind", "grant", "committed", "(none)", "2025", "2025-02", "FY2025", "Commitment c");
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

        act.Should()
            .Throw<KeyNotFoundException>()
            .WithMessage("The summary has no group 'FY1999'; its groups are FY2024.");
    }

    [Fact]
    public void Summarize_TagKey_GroupsByTheTagsValueAndJoinsSeveralValues()
    {
        LocalDate date = new(2020, 3, 31);
        AidTracker.Ledger ledger = LedgerOf(
            Commitment("health", 1m, "USD", date) with
            {
                Tags = ["fts:flow=1", "fts:global-cluster=7 Health"],
            },
            Commitment("two", 2m, "USD", date) with
            {
                Tags =
                [
                    "fts:global-cluster=9 Nutrition",
                    "fts:global-cluster=10 Protection",
                    "fts:global-cluster=9 Nutrition",
                ],
            },
            Commitment("none", 4m, "USD", date) with
            {
                Tags = ["fts:global-clusters=7 Health", "fts:global-cluster"],
            },
            Commitment("health-too", 8m, "USD", date) with
            {
                Tags = ["fts:global-cluster=7 Health"],
            }
        );

        Summary summary = ledger.Summarize(new SummaryQuery().GroupedBy(GroupKey.Tag("fts:global-cluster")));

        summary.Query.GroupBy.Should().ContainSingle().Which.Name.Should().Be("tag:fts:global-cluster");
        summary.Groups.Select(g => g.Label).Should().Equal("(none)", "10 Protection + 9 Nutrition", "7 Health");
        summary.GetGroup("7 Health").Total.Amount.Should().Be(9m);
        summary
            .GetGroup("10 Protection + 9 Nutrition")
            .Total.Amount.Should()
            .Be(2m, "a record with two values counts once, in the group of both");
        summary
            .GetGroup("(none)")
            .Total.Amount.Should()
            .Be(4m, "another tag name that starts alike, or the name without '=', is not the tag");
        summary.Total.Amount.Should().Be(15m);
    }

    [Fact]
    public void Summarize_TagKeyDisbursed_TakesTheTagsOfThePaidCommitment()
    {
        LocalDate date = new(2020, 3, 31);
        Commitment planned = Commitment("planned", 5m, "USD", date) with { Tags = ["fts:plan=929 Afghanistan 2020"] };
        var paid = new Disbursement
        {
            Id = "paid",
            CommitmentId = "planned",
            Donor = Japan,
            Recipient = Ukraine,
            Amount = Amount(3m, "USD"),
            Date = date,
        };
        var loose = new Disbursement
        {
            Id = "loose",
            Donor = Japan,
            Recipient = Ukraine,
            Amount = Amount(1m, "USD"),
            Date = date,
        };
        var query = new SummaryQuery { Measure = Measure.Disbursed }.GroupedBy(GroupKey.FromName("tag:fts:plan"));

        Summary summary = LedgerOf(planned, paid, loose).Summarize(query);

        summary.GetGroup("929 Afghanistan 2020").Total.Amount.Should().Be(3m);
        summary.GetGroup("(none)").Total.Amount.Should().Be(1m);
    }

    [Fact]
    public void GroupKey_TagFromName_EqualsTagAndRefusesAnEmptyOrBadName()
    {
        GroupKey.FromName(" TAG:fts:plan ").Should().Be(GroupKey.Tag("fts:plan"));
        GroupKey.FromName("tag:fts:plan").Should().NotBe(GroupKey.Tag("fts:Plan"), "tag names are compared as written");
        GroupKey.Tag("fts:plan").TagName.Should().Be("fts:plan");
        GroupKey.Donor.TagName.Should().BeNull();

        Action empty = () => GroupKey.FromName("tag:");
        Action withValue = () => GroupKey.FromName("tag:fts:plan=929");
        Action spaced = () => GroupKey.Tag(" fts:plan");

        empty
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("'tag:' is not a key to group by: tag: is followed by the name of tags NAME=VALUE*");
        withValue.Should().Throw<ArgumentException>().WithMessage("'tag:fts:plan=929' is not a key to group by*");
        spaced.Should().Throw<ArgumentException>().WithMessage("' fts:plan' is not a tag name to group by*");
    }

    [Fact]
    public void GroupKey_FromName_KnowsTheBuiltInsAndNamesTheBadOne()
    {
        GroupKey.FromName("fiscal-year").Should().BeSameAs(GroupKey.DonorFiscalYear);
        GroupKey.FromName("Donor").Should().BeSameAs(GroupKey.Donor);

        Action act = () => GroupKey.FromName("colour");

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("'colour' is not a key to group by; the keys are donor, recipient, *");
    }

    [Fact]
    public void SummaryQuery_TwoKeysWithTheSameName_Throws()
    {
        Action act = () =>
            new SummaryQuery().GroupedBy(GroupKey.DonorFiscalYear, GroupKey.FiscalYear(FiscalYearCalendar.Japan));

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

        query
            .ToString()
            .Should()
            .Be(
                "committed in USD by donor, fiscal-year; rate at each record's value date (any basis); rates from the "
                    + "default source; where id in {jp-ua-erp-4}; as of 2025-03-31"
            );
    }
}
