using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Tests.Ledger;

public class LedgerValidationTests
{
    private static readonly FakeClock Clock = WorkedExample.SpeechDay;

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOneAtOnce()
    {
        LedgerValidationResult result = new LedgerBuilder()
            .Add(WorkedExample.ExchangeOfNotes2025)
            .Add(WorkedExample.Package with { ParentId = "nope", AgreementId = "no-agreement" })
            .Add(WorkedExample.Loan with { Id = "jp-ua-erp-4" })
            .Add(WorkedExample.TopUp with { SupplementsId = "missing-loan" })
            .Validate(Clock);

        result
            .Errors.Select(e => (e.Code, e.RecordId))
            .Should()
            .BeEquivalentTo(
                new[]
                {
                    (LedgerProblemCode.UnknownAgreement, "jp-ua-erp-4"),
                    (LedgerProblemCode.UnknownParent, "jp-ua-erp-4"),
                    (LedgerProblemCode.DuplicateId, "jp-ua-erp-4"),
                    (LedgerProblemCode.UnknownSupplementedCommitment, "jp-ua-dpl-2022-top-up"),
                }
            );
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Build_WithErrors_ThrowsListingAll()
    {
        LedgerBuilder builder = new LedgerBuilder().Add(WorkedExample.Package).Add(WorkedExample.Package);

        Action act = () => builder.Build(Clock);

        LedgerValidationException exception = act.Should().Throw<LedgerValidationException>().Which;
        exception
            .Errors.Select(e => e.Code)
            .Should()
            .BeEquivalentTo([
                LedgerProblemCode.DuplicateId,
                LedgerProblemCode.UnknownAgreement,
                LedgerProblemCode.UnknownParent,
                LedgerProblemCode.UnknownAgreement,
                LedgerProblemCode.UnknownParent,
            ]);
        exception
            .Message.Should()
            .StartWith("The ledger has 5 errors:")
            .And.Contain("'jp-ua-erp-4'")
            .And.Contain("duplicate-id");
        builder.TryBuild(Clock, out AidTracker.Ledger? ledger, out LedgerValidationResult result).Should().BeFalse();
        ledger.Should().BeNull();
        result.Errors.Should().HaveCount(5);
    }

    [Fact]
    public void DuplicateId_AcrossKinds_IsAnError()
    {
        LedgerValidationResult result = new LedgerBuilder()
            .Add(WorkedExample.ExchangeOfNotes2025)
            .Add(WorkedExample.Loan with { Id = WorkedExample.ExchangeOfNotes2025.Id })
            .Validate(Clock);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.DuplicateId);
        problem.Message.Should().Contain("'jp-ua-eon-2025-02-27'").And.Contain("agreement number 1");
    }

    [Fact]
    public void SelfParent_IsAParentCycle()
    {
        LedgerValidationResult result = new LedgerBuilder()
            .Add(WorkedExample.Loan with { ParentId = "jp-ua-dpl-2022" })
            .Validate(Clock);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.ParentCycle);
        problem.RecordId.Should().Be("jp-ua-dpl-2022");
        problem.Message.Should().Contain("'jp-ua-dpl-2022' is its own parent");
    }

    [Fact]
    public void ParentCycle_OfThree_IsReportedOnceWithItsMembers()
    {
        Commitment a = WorkedExample.Loan with { Id = "a", ParentId = "c" };
        Commitment b = WorkedExample.Loan with { Id = "b", ParentId = "a" };
        Commitment c = WorkedExample.Loan with { Id = "c", ParentId = "b" };
        Commitment d = WorkedExample.Loan with { Id = "d", ParentId = "b" };

        LedgerValidationResult result = new LedgerBuilder().Add(d).Add(b).Add(a).Add(c).Validate(Clock);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.ParentCycle);
        problem.RecordId.Should().Be("b");
        problem.Message.Should().Contain("'b' -> 'a' -> 'c' -> 'b'");
    }

    [Fact]
    public void SupplementCycle_IsAnError()
    {
        Commitment a = WorkedExample.Loan with { Id = "a", SupplementsId = "b" };
        Commitment b = WorkedExample.Loan with { Id = "b", SupplementsId = "a" };

        LedgerValidationResult result = new LedgerBuilder().Add(a).Add(b).Validate(Clock);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(LedgerProblemCode.SupplementCycle);
    }

    [Fact]
    public void ParentOfTheWrongKind_IsReportedAsUnknownParent()
    {
        LedgerValidationResult result = new LedgerBuilder()
            .Add(WorkedExample.ExchangeOfNotes2025)
            .Add(WorkedExample.Loan with { ParentId = WorkedExample.ExchangeOfNotes2025.Id })
            .Validate(Clock);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.UnknownParent);
        problem.Message.Should().Contain("'jp-ua-eon-2025-02-27' is an agreement, not a commitment");
    }

    [Fact]
    public void Disbursement_UnknownCommitment_IsAnError()
    {
        LedgerValidationResult result = new LedgerBuilder()
            .Add(Paid("d-1", 1m, "JPY") with { CommitmentId = "nope" })
            .Validate(Clock);

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("'nope'");
    }

    [Fact]
    public void StatedEquivalent_InOwnCurrency_IsAnError()
    {
        Commitment topUp = WorkedExample.TopUp with
        {
            StatedEquivalents =
            [
                new QualifiedMoney(new AidTracker.Money(78_000_000_000m, Currency.JPY), AmountQualifier.AtMost),
            ],
        };

        LedgerValidationResult result = new LedgerBuilder().Add(WorkedExample.Loan).Add(topUp).Validate(Clock);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.StatedEquivalentInOwnCurrency);
        problem.Message.Should().Contain("up to JPY 78,000,000,000").And.Contain("own currency JPY");
    }

    [Fact]
    public void ValueDate_TheDayAfter_IsInTheFuture()
    {
        Commitment tomorrow = WorkedExample.Package with
        {
            Id = "x",
            ParentId = null,
            AgreementId = null,
            Date = new LocalDate(2025, 3, 7),
        };

        LedgerValidationResult result = new LedgerBuilder().Add(tomorrow).Validate(Clock);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.ValueDateInFuture);
        problem.Message.Should().Contain("2025-03-07").And.Contain("today is 2025-03-06");
    }

    [Fact]
    public void ValueDate_AlreadyBegunInTheEarliestTimeZone_IsNotInTheFuture()
    {
        // 12:00 UTC on 5 March is 02:00 on 6 March in UTC+14: 6 March has begun somewhere.
        Commitment sixth = WorkedExample.Loan with { Date = new LocalDate(2025, 3, 6) };

        new LedgerBuilder().Add(sixth).Validate(Clock).Problems.Should().BeEmpty();
    }

    [Fact]
    public void ValueDate_ExplicitInTheFuture_NamesTheValueDate()
    {
        Commitment later = WorkedExample.Loan with { ValueDate = new LocalDate(2030, 1, 1) };

        LedgerProblem problem = new LedgerBuilder().Add(later).Validate(Clock).Errors.Should().ContainSingle().Subject;

        problem.Message.Should().Contain("value date 2030-01-01");
    }

    [Fact]
    public void Children_AboveExactParent_IsAWarning_AndTheLedgerStillBuilds()
    {
        Commitment parent = WorkedExample.Loan with
        {
            Amount = new QualifiedMoney(new AidTracker.Money(10_000_000_000m, Currency.JPY)),
        };
        Commitment child1 = WorkedExample.Loan with
        {
            Id = "c1",
            ParentId = parent.Id,
            Amount = new AidTracker.Money(6_000_000_000m, Currency.JPY),
        };
        Commitment child2 = WorkedExample.Loan with
        {
            Id = "c2",
            ParentId = parent.Id,
            Amount = new AidTracker.Money(5_000_000_000m, Currency.JPY),
        };

        AidTracker.Ledger ledger = AidTracker.Ledger.Create([parent, child1, child2], Clock);

        LedgerProblem warning = ledger.Warnings.Should().ContainSingle().Subject;
        warning.Severity.Should().Be(LedgerProblemSeverity.Warning);
        warning.Code.Should().Be(LedgerProblemCode.ChildrenExceedParent);
        warning.RecordId.Should().Be("jp-ua-dpl-2022");
        warning
            .Message.Should()
            .Contain("(c1, c2) add up to JPY 11,000,000,000, more than its own amount JPY 10,000,000,000");
    }

    [Fact]
    public void Children_EqualToParent_IsNoWarning()
    {
        Commitment parent = WorkedExample.Loan;
        Commitment child = WorkedExample.Loan with
        {
            Id = "c1",
            ParentId = parent.Id,
            Amount = new AidTracker.Money(13_000_000_000m, Currency.JPY),
        };

        AidTracker.Ledger.Create([parent, child], Clock).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Children_AboveAtLeastParent_IsNoWarning()
    {
        Commitment child = WorkedExample.Loan with
        {
            Id = "c1",
            ParentId = WorkedExample.Cumulative.Id,
            Amount = new AidTracker.Money(13_000_000_000m, Currency.USD),
        };

        AidTracker
            .Ledger.Create([WorkedExample.Cumulative, child], Clock)
            .Warnings.Should()
            .BeEmpty("'over $12.4 billion' is a lower bound");
    }

    [Fact]
    public void Children_InOtherCurrencies_AreNotChecked()
    {
        Commitment child = WorkedExample.Loan with
        {
            Id = "c1",
            ParentId = WorkedExample.Loan.Id,
            Amount = new AidTracker.Money(13_000_000_000m, Currency.USD),
        };

        AidTracker.Ledger.Create([WorkedExample.Loan, child], Clock).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Disbursements_AboveCommitment_IsAWarning()
    {
        Disbursement first = Paid("d-1", 10_000_000_000m, "JPY") with { CommitmentId = WorkedExample.Loan.Id };
        Disbursement second = Paid("d-2", 3_000_000_001m, "JPY") with { CommitmentId = WorkedExample.Loan.Id };

        AidTracker.Ledger ledger = AidTracker.Ledger.Create([WorkedExample.Loan, first, second], Clock);

        LedgerProblem warning = ledger.Warnings.Should().ContainSingle().Subject;
        warning.Code.Should().Be(LedgerProblemCode.DisbursementsExceedCommitment);
        warning.Message.Should().Contain("JPY 13,000,000,001").And.Contain("up to JPY 13,000,000,000");
    }

    [Fact]
    public void Terms_OnAGrant_IsAnErrorNamingTheRecordAndInstrument()
    {
        Commitment grant = WorkedExample.Package with
        {
            AgreementId = null,
            ParentId = null,
            Terms = new LoanTerms(0.01m, 30, 10),
        };

        LedgerProblem error = new LedgerBuilder().Add(grant).Validate(Clock).Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(LedgerProblemCode.TermsOnNonLoan);
        error.RecordId.Should().Be("jp-ua-erp-4");
        error.Message.Should().Contain("'jp-ua-erp-4'").And.Contain("Grant").And.Contain("1% a year");
        LedgerProblem.CodeName(error.Code).Should().Be("terms-on-non-loan");
    }

    [Fact]
    public void Loan_WithoutTerms_IsAWarning()
    {
        AidTracker.Ledger ledger = AidTracker.Ledger.Create([WorkedExample.Loan with { Terms = null }], Clock);

        LedgerProblem warning = ledger.Warnings.Should().ContainSingle().Subject;
        warning.Code.Should().Be(LedgerProblemCode.LoanWithoutTerms);
        warning.Message.Should().Contain("'jp-ua-dpl-2022'").And.Contain("grant equivalent");
    }

    [Fact]
    public void WithdrawnCurrency_AfterWithdrawal_IsAWarning()
    {
        // ISO 4217 lists the Deutsche Mark (DEM) as withdrawn in 2002-03.
        Commitment marks = WorkedExample.Loan with { Amount = new AidTracker.Money(1_000_000m, "DEM") };

        AidTracker.Ledger ledger = AidTracker.Ledger.Create([marks], Clock);

        LedgerProblem warning = ledger.Warnings.Should().ContainSingle().Subject;
        warning.Code.Should().Be(LedgerProblemCode.WithdrawnCurrency);
        warning.Message.Should().Contain("DEM").And.Contain("2002-03-31");
    }

    [Fact]
    public void WithdrawnCurrency_BeforeWithdrawal_IsFine()
    {
        Commitment marks = WorkedExample.Loan with
        {
            Amount = new AidTracker.Money(1_000_000m, "DEM"),
            Date = new LocalDate(1999, 12, 1),
        };

        AidTracker.Ledger.Create([marks], Clock).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Problems_AreOrderedByRecord()
    {
        LedgerValidationResult result = new LedgerBuilder()
            .Add(WorkedExample.Loan with { Id = "z", ParentId = "missing-1" })
            .Add(WorkedExample.Loan with { Id = "a", ParentId = "missing-2" })
            .Validate(Clock);

        result.Problems.Select(p => p.RecordId).Should().Equal("z", "a");
    }

    [Fact]
    public void ProblemCodes_HaveKebabCaseNames()
    {
        foreach (LedgerProblemCode code in Enum.GetValues<LedgerProblemCode>())
        {
            LedgerProblem.CodeName(code).Should().MatchRegex("^[a-z]+(-[a-z]+)*$");
        }

        LedgerProblem
            .CodeName(LedgerProblemCode.StatedEquivalentInOwnCurrency)
            .Should()
            .Be("stated-equivalent-in-own-currency");
    }

    private static Disbursement Paid(string id, decimal amount, string currency) =>
        new()
        {
            Id = id,
            Donor = WorkedExample.Japan,
            Recipient = WorkedExample.Ukraine,
            Amount = new AidTracker.Money(amount, currency),
            Date = new LocalDate(2022, 7, 1),
        };
}
