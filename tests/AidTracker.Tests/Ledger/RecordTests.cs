using System.Collections.Immutable;
using NodaTime;

namespace AidTracker.Tests.Ledger;

public class RecordTests
{
    [Fact]
    public void Commitment_WorkedExample_KeepsEveryField()
    {
        Commitment package = WorkedExample.Package;

        package.RecordKind.Should().Be(LedgerRecordKind.Commitment);
        package.Amount.Should().Be(new QualifiedMoney(new AidTracker.Money(8_800_000_000m, Currency.JPY)));
        package.HasOwnAmount.Should().BeTrue();
        package.ValueDate.Should().Be(new LocalDate(2025, 2, 27), "the value date defaults to the date");
        package
            .StatedEquivalents.Should()
            .ContainSingle()
            .Which.ToString()
            .Should()
            .Be("approximately USD 63,300,000.00");
        package.Tags.Should().BeEmpty();
        package
            .ToString()
            .Should()
            .Be("commitment jp-ua-erp-4: Fourth emergency recovery package, JPY 8,800,000,000 (Committed 2025-02-27)");
    }

    [Fact]
    public void Commitment_WithoutAmount_IsTheSumOfItsChildren()
    {
        Commitment parent = WorkedExample.Package with { Amount = null, StatedEquivalents = [] };

        parent.HasOwnAmount.Should().BeFalse();
        parent.ToString().Should().Contain("no amount of its own");
    }

    [Fact]
    public void Equals_SameFieldsInNewArrays_AreEqual()
    {
        WorkedExample.Package.Should().Be(WorkedExample.Package);
        WorkedExample.Package.GetHashCode().Should().Be(WorkedExample.Package.GetHashCode());
        WorkedExample.Package.Should().NotBe(WorkedExample.Package with { Tags = ["recovery"] });
        WorkedExample.Package.Should().NotBe(WorkedExample.Package with { Sources = [] });
    }

    [Fact]
    public void ValueDate_SetToTheDate_EqualsNotSet()
    {
        Commitment explicitValueDate = WorkedExample.Package with { ValueDate = new LocalDate(2025, 2, 27) };

        explicitValueDate.Should().Be(WorkedExample.Package);
        (WorkedExample.Package with { ValueDate = new LocalDate(2025, 2, 28) }).Should().NotBe(WorkedExample.Package);
    }

    [Fact]
    public void ValueDate_NotSet_FollowsTheDateThroughWith()
    {
        Commitment moved = WorkedExample.Package with { Date = new LocalDate(2025, 3, 3) };

        moved.ValueDate.Should().Be(new LocalDate(2025, 3, 3));
    }

    [Fact]
    public void ValueDate_Set_StaysThroughWithOfTheDate()
    {
        Commitment later = WorkedExample.Package with { ValueDate = new LocalDate(2025, 3, 5) };

        (later with { Date = new LocalDate(2025, 2, 1) }).ValueDate.Should().Be(new LocalDate(2025, 3, 5));
    }

    [Fact]
    public void Amount_RemovedThroughWith_EqualsOneBuiltWithout()
    {
        Commitment removed = WorkedExample.Package with { Amount = null };
        Commitment restored = removed with
        {
            Amount = new QualifiedMoney(new AidTracker.Money(1m, Currency.EUR), AmountQualifier.AtLeast),
        };
        Commitment without = new()
        {
            Id = removed.Id,
            Title = removed.Title,
            Donor = removed.Donor,
            Recipient = removed.Recipient,
            Stage = removed.Stage,
            Date = removed.Date,
            Category = removed.Category,
            Instrument = removed.Instrument,
            AgreementId = removed.AgreementId,
            ParentId = removed.ParentId,
            BudgetLabel = removed.BudgetLabel,
            StatedEquivalents = removed.StatedEquivalents,
            Sources = removed.Sources,
        };

        removed.Amount.Should().BeNull();
        removed.Should().Be(without);
        removed.GetHashCode().Should().Be(without.GetHashCode());
        restored
            .Amount.Should()
            .Be(new QualifiedMoney(new AidTracker.Money(1m, Currency.EUR), AmountQualifier.AtLeast));
        restored.HasOwnAmount.Should().BeTrue();
        restored.Should().NotBe(WorkedExample.Package);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" jp-ua-erp-4")]
    [InlineData("jp-ua\n-erp-4")]
    public void Id_Invalid_ThrowsEvenThroughWith(string id)
    {
        Action act = () => _ = WorkedExample.Package with { Id = id };

        act.Should().Throw<ArgumentException>().WithMessage("*record id*");
    }

    [Fact]
    public void Title_Null_Throws()
    {
        Action act = () => _ = WorkedExample.Package with { Title = null! };

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Category_Undefined_ThrowsNamingTheValue()
    {
        Action act = () => _ = WorkedExample.Package with { Category = (AidCategory)42 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*42*aid category*");
    }

    [Fact]
    public void Date_NotIso_Throws()
    {
        Action act = () =>
            _ = WorkedExample.Package with { Date = new LocalDate(2025, 2, 27).WithCalendar(CalendarSystem.Julian) };

        act.Should().Throw<ArgumentException>().WithMessage("*ISO calendar*");
    }

    [Fact]
    public void Tags_WithBlank_Throws()
    {
        Action act = () => _ = WorkedExample.Package with { Tags = ["loan", " "] };

        act.Should().Throw<ArgumentException>().WithMessage("*tag*");
    }

    [Fact]
    public void Sources_DefaultArray_BecomesEmpty()
    {
        (WorkedExample.Package with { Sources = default }).Sources.IsDefault.Should().BeFalse();
        (WorkedExample.Package with { Sources = default }).Sources.Should().BeEmpty();
    }

    [Fact]
    public void Sources_NullItem_Throws()
    {
        Action act = () =>
            _ = WorkedExample.Package with { Sources = ImmutableArray.Create<SourceReference>(item: null!) };

        act.Should().Throw<ArgumentException>().WithMessage("*sources*null*");
    }

    [Fact]
    public void Note_Blank_Throws()
    {
        Action act = () => _ = WorkedExample.Loan with { Note = "  " };

        act.Should().Throw<ArgumentException>().WithMessage("*note*");
    }

    [Fact]
    public void Note_MayHaveLineBreaks()
    {
        (WorkedExample.Loan with { Note = "1.0% per annum\n30 years" }).Note.Should().Contain("\n");
    }

    [Fact]
    public void SourceReference_RelativeUrl_Throws()
    {
        Action act = () => _ = new SourceReference { Title = "x", Url = new Uri("press/release", UriKind.Relative) };

        act.Should().Throw<ArgumentException>().WithMessage("*'press/release'*absolute*");
    }

    [Fact]
    public void SourceReference_Equality_ComparesUrlTextIncludingFragment()
    {
        var a = new SourceReference
        {
            Title = "MOFA",
            Url = new Uri("https://www.mofa.go.jp/press/release/press1e_000289.html#a"),
        };
        var b = a with { Url = new Uri("https://www.mofa.go.jp/press/release/press1e_000289.html#b") };

        a.Should().NotBe(b);
        a.Should().Be(a with { });
        a.ToString().Should().Be("MOFA");
        WorkedExample
            .Speech.ToString()
            .Should()
            .Be("Speech of the Ambassador of Japan to Ukraine, Fifth Ukraine-Japan Forum (2025-03-05)");
    }

    [Fact]
    public void Agreement_ToString_NamesKindAndDate()
    {
        WorkedExample
            .ExchangeOfNotes2025.ToString()
            .Should()
            .Be(
                "agreement jp-ua-eon-2025-02-27 (ExchangeOfNotes, 2025-02-27): Exchange of notes on the fourth "
                    + "emergency recovery package"
            );
        WorkedExample.ExchangeOfNotes2025.RecordKind.Should().Be(LedgerRecordKind.Agreement);
    }

    [Fact]
    public void Disbursement_DefaultsToKindDisbursement_AndValueDateToDate()
    {
        var paid = new Disbursement
        {
            Id = "d-1",
            Donor = WorkedExample.Japan,
            Recipient = WorkedExample.Ukraine,
            Amount = new AidTracker.Money(1_000_000m, Currency.JPY),
            Date = new LocalDate(2025, 3, 1),
        };

        paid.Kind.Should().Be(DisbursementKind.Disbursement);
        paid.ValueDate.Should().Be(paid.Date);
        paid.Should().NotBe(paid with { Kind = DisbursementKind.Expenditure });
        paid.ToString().Should().Be("disbursement d-1: JPY 1,000,000 (Disbursement 2025-03-01)");
    }

    [Fact]
    public void Records_OfDifferentKinds_AreNotEqual()
    {
        LedgerRecord agreement = WorkedExample.ExchangeOfNotes2025;
        LedgerRecord commitment = WorkedExample.Package with { Id = agreement.Id };

        agreement.Equals(commitment).Should().BeFalse();
    }

    [Fact]
    public void Title_HugeWithALineBreak_MessageQuotesItShortWithEscapes()
    {
        string title = "Line\n" + new string('t', 100_000);

        Action act = () => _ = WorkedExample.Package with { Title = title };

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage(
                @"The commitment title 'Line\n" + new string('t', 74) + "…' must not contain control characters*"
            )
            .Which.Message.Length.Should()
            .BeLessThan(250);
    }
}
