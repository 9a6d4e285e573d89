using NodaTime;

namespace AidTracker.Tests.Ledger;

public class LedgerTests
{
    [Fact]
    public void Build_WorkedExample_HasNoProblems()
    {
        AidTracker.Ledger ledger = WorkedExample.Ledger();

        ledger.Count.Should().Be(5);
        ledger.Agreements.Should().HaveCount(1);
        ledger
            .Commitments.Select(c => c.Id)
            .Should()
            .Equal("jp-ua-cumulative-2025-03", "jp-ua-erp-4", "jp-ua-dpl-2022", "jp-ua-dpl-2022-top-up");
        ledger.Warnings.Should().BeEmpty();
        ledger.Validate(WorkedExample.SpeechDay).Problems.Should().BeEmpty();
        ledger.ToString().Should().Be("ledger: 1 agreements, 4 commitments, 0 disbursements");
    }

    [Fact]
    public void Lookups_FindRecordsById()
    {
        AidTracker.Ledger ledger = WorkedExample.Ledger();

        ledger.GetCommitment("jp-ua-erp-4").Should().Be(WorkedExample.Package);
        ledger.GetAgreement("jp-ua-eon-2025-02-27").Kind.Should().Be(AgreementKind.ExchangeOfNotes);
        ledger.TryGetRecord("jp-ua-dpl-2022", out LedgerRecord? loan).Should().BeTrue();
        loan.Should().BeOfType<Commitment>();
        ledger.TryGetCommitment("jp-ua-eon-2025-02-27", out _).Should().BeFalse("that id is an agreement");
        ledger.TryGetDisbursement("nothing", out _).Should().BeFalse();
        ledger.TryGetAgreement(null, out _).Should().BeFalse();
    }

    [Fact]
    public void GetCommitment_UnknownOrOtherKind_ThrowsNamingTheId()
    {
        AidTracker.Ledger ledger = WorkedExample.Ledger();

        Action unknown = () => ledger.GetCommitment("jp-ua-erp-5");
        Action otherKind = () => ledger.GetCommitment("jp-ua-eon-2025-02-27");

        unknown.Should().Throw<KeyNotFoundException>().WithMessage("*'jp-ua-erp-5'*");
        otherKind.Should().Throw<KeyNotFoundException>().WithMessage("*'jp-ua-eon-2025-02-27' is a agreement*");
    }

    [Fact]
    public void Navigation_ParentChildrenAgreementSupplements()
    {
        AidTracker.Ledger ledger = WorkedExample.Ledger();
        Commitment cumulative = ledger.GetCommitment("jp-ua-cumulative-2025-03");
        Commitment package = ledger.GetCommitment("jp-ua-erp-4");
        Commitment loan = ledger.GetCommitment("jp-ua-dpl-2022");
        Commitment topUp = ledger.GetCommitment("jp-ua-dpl-2022-top-up");

        ledger.GetParent(package).Should().BeSameAs(cumulative);
        ledger.GetParent(cumulative).Should().BeNull();
        ledger.GetChildren(cumulative).Should().Equal(package);
        ledger.GetChildren(package).Should().BeEmpty();
        ledger.GetAgreementOf(package)!.Id.Should().Be("jp-ua-eon-2025-02-27");
        ledger.GetCommitments(ledger.Agreements[0]).Should().Equal(package);
        ledger.GetSupplemented(topUp).Should().BeSameAs(loan);
        ledger.GetSupplements(loan).Should().Equal(topUp);
        ledger.TopLevelCommitments.Should().Equal(cumulative, loan, topUp);
    }

    [Fact]
    public void Navigation_RecordNotInLedger_ThrowsNamingIt()
    {
        AidTracker.Ledger ledger = WorkedExample.Ledger();

        Action act = () => ledger.GetChildren(WorkedExample.Package with { Title = "Another package" });

        act.Should().Throw<ArgumentException>().WithMessage("*'jp-ua-erp-4' is not in this ledger*");
    }

    [Fact]
    public void Disbursements_AreLinkedToTheirCommitment()
    {
        var paid = new Disbursement
        {
            Id = "jp-ua-dpl-2022-d1",
            CommitmentId = "jp-ua-dpl-2022",
            Donor = WorkedExample.Japan,
            Recipient = WorkedExample.Ukraine,
            Amount = new AidTracker.Money(13_000_000_000m, Currency.JPY),
            Date = new LocalDate(2022, 6, 1),
        };
        AidTracker.Ledger ledger = WorkedExample.Ledger().ToBuilder().Add(paid).Build(WorkedExample.SpeechDay);

        ledger.GetDisbursements(ledger.GetCommitment("jp-ua-dpl-2022")).Should().Equal(paid);
        ledger.GetCommitmentOf(paid)!.Id.Should().Be("jp-ua-dpl-2022");
        ledger.Warnings.Should().BeEmpty("13 billion yen paid of up to 13 billion yen is within the ceiling");
    }

    [Fact]
    public void GetDisbursements_FirstDisbursementOfTheFirstCommitment_IsFound()
    {
        // Equal positions in two lists (disbursement 0 pays commitment 0) are a link, not a self-link to leave out.
        var paid = new Disbursement
        {
            Id = "d-0",
            CommitmentId = "jp-ua-dpl-2022",
            Donor = WorkedExample.Japan,
            Recipient = WorkedExample.Ukraine,
            Amount = new AidTracker.Money(1_000_000_000m, Currency.JPY),
            Date = new LocalDate(2022, 6, 1),
        };

        AidTracker.Ledger ledger = AidTracker.Ledger.Create([WorkedExample.Loan, paid], WorkedExample.SpeechDay);

        ledger.GetDisbursements(ledger.Commitments[0]).Should().Equal(paid);
    }

    [Fact]
    public void Equals_SameRecordsSameOrder()
    {
        WorkedExample.Ledger().Should().Be(WorkedExample.Ledger());
        WorkedExample.Ledger().Should().NotBe(AidTracker.Ledger.Empty);
        AidTracker
            .Ledger.Create([WorkedExample.Loan, WorkedExample.TopUp], WorkedExample.SpeechDay)
            .Should()
            .NotBe(AidTracker.Ledger.Create([WorkedExample.TopUp, WorkedExample.Loan], WorkedExample.SpeechDay));
    }

    [Fact]
    public void Empty_HasNoRecords()
    {
        AidTracker.Ledger.Empty.Count.Should().Be(0);
        AidTracker.Ledger.Empty.TopLevelCommitments.Should().BeEmpty();
        AidTracker.Ledger.Empty.FileName.Should().BeNull();
    }

    [Fact]
    public void Builder_LocationsGiven_AreReportedWithProblems()
    {
        var location = new RecordLocation("import.xml", "/iati-activities/iati-activity[3]", 120);
        LedgerValidationResult result = new LedgerBuilder()
            .Add(WorkedExample.Loan with { ParentId = "missing" }, location)
            .Validate(WorkedExample.SpeechDay);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Location.Should().Be(new RecordLocation("import.xml", "/iati-activities/iati-activity[3].parent", 120));
        problem
            .ToString()
            .Should()
            .StartWith("import.xml, line 120, /iati-activities/iati-activity[3].parent: error unknown-parent: ");
    }

    [Fact]
    public void RecordLocation_LineBelowOne_Throws()
    {
        Action act = () => _ = new RecordLocation("a.json", "$", 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*0*");
    }
}
