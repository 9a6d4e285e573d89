using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Iati.Tests;

/// <summary>The importer against every real IATI file of the test data (TestData/).</summary>
public class IatiImporterRealFileTests
{
    private static readonly IatiImporter Importer = new(new FakeClock(Instant.FromUtc(2026, 4, 13, 0, 0)));

    public static TheoryData<string> ReadableFiles => IatiData.ReadableFiles;

    public static TheoryData<string> FailFiles => IatiData.FailFiles;

    public static TheoryData<string> PassFiles => IatiData.PassFiles;

    [Theory]
    [MemberData(nameof(ReadableFiles))]
    public void Import_RealFile_CommittedAndDisbursedSumsByCurrencyEqualLinqToXml(string fileName)
    {
        string path = IatiData.PathOf(fileName);
        if (path == IatiData.Frankenstein)
        {
            return; // not namespace-well-formed: refused by both (see Import_Frankenstein_IsRefusedCleanly)
        }

        Ledger ledger = Import(path).Ledger;

        Sums(ledger.Commitments.Where(c => c.Stage == CommitmentStage.Committed).Select(c => c.Amount!.Value.Money))
            .Should()
            .Equal(IatiData.SumsByCurrency(path, "2"), because: $"committed = type 2 values in {fileName}");
        Sums(ledger.Commitments.Where(c => c.Stage == CommitmentStage.Pledged).Select(c => c.Amount!.Value.Money))
            .Should()
            .Equal(IatiData.SumsByCurrency(path, "12"), because: $"pledged = type 12 values in {fileName}");
        Sums(ledger.Disbursements.Where(d => d.Kind == DisbursementKind.Disbursement).Select(d => d.Amount.Money))
            .Should()
            .Equal(IatiData.SumsByCurrency(path, "3"), because: $"disbursed = type 3 values in {fileName}");
        Sums(ledger.Disbursements.Where(d => d.Kind == DisbursementKind.Expenditure).Select(d => d.Amount.Money))
            .Should()
            .Equal(IatiData.SumsByCurrency(path, "4"), because: $"spent = type 4 values in {fileName}");
    }

    [Fact]
    public void Import_AllRealFilesTogether_SumsEqualTheSumOfEachFile()
    {
        List<string> files = [.. IatiData.AllFiles];

        IatiImportResult result = Importer.Import(files, null, TestContext.Current.CancellationToken);

        Dictionary<string, decimal> expected = files
            .Where(f =>
                f != IatiData.OldV103
                && f != IatiData.Frankenstein
                && !Path.GetFileName(f).StartsWith("fail-", StringComparison.Ordinal)
            )
            .SelectMany(f => IatiData.SumsByCurrency(f, "2"))
            .GroupBy(kv => kv.Key)
            .ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        Sums(result.Ledger.Commitments.Select(c => c.Amount!.Value.Money)).Should().Equal(expected);
        result.Report.Files.Should().HaveCount(files.Count);
        result
            .Report.Files.Where(f => f.IsRefused)
            .Select(f => f.FileName)
            .Should()
            .BeEquivalentTo(IatiData.OldV103, IatiData.Frankenstein);
    }

    [Fact]
    public void Import_UsaidBo_106CommitmentsAnd198Disbursements()
    {
        IatiImportResult result = Import(IatiData.UsaidBo);

        result
            .Ledger.Commitments.Should()
            .HaveCount(106)
            .And.OnlyContain(c => c.Stage == CommitmentStage.Committed && c.Amount!.Value.Currency == Currency.USD);
        result
            .Ledger.Disbursements.Should()
            .HaveCount(198)
            .And.OnlyContain(d => d.Kind == DisbursementKind.Disbursement && d.Amount.Currency == Currency.USD);
        IatiImportReport report = result.Report;
        report.ActivitiesRead.Should().Be(63);
        report
            .CountOf(IatiTransactionType.OutgoingCommitment)
            .Should()
            .Be(new IatiTransactionTypeCount("2", 106, 0, 0));
        report.CountOf(IatiTransactionType.Disbursement).Should().Be(new IatiTransactionTypeCount("3", 198, 0, 0));
        report.TransactionsImported.Should().Be(304);
        report.HasErrors.Should().BeFalse();
        report.Files.Should().ContainSingle().Which.Version.Should().Be("2.03");
    }

    [Fact]
    public void Import_UsaidBo_FirstCommitmentIsTraceableToItsActivityAndLine()
    {
        Ledger ledger = Import(IatiData.UsaidBo).Ledger;

        Commitment first = ledger.GetCommitment("US-GOV-1-00019MO001255/14B066D15C0C");
        first.Title.Should().Be("Protection, Assistance and Solutions");
        first.Amount.Should().Be(new QualifiedMoney(new Money(200000.00m, Currency.USD)));
        first.Date.Should().Be(new LocalDate(2019, 9, 30));
        first.ValueDate.Should().Be(new LocalDate(2019, 9, 30));
        first.Donor.Should().Be(Party.Organisation("US-GOV-1", "U.S. Agency for International Development"));
        first
            .Recipient.Should()
            .Be(Party.Organisation("U.S. Government - Department of State", "U.S. Government - Department of State"));
        first.Category.Should().Be(AidCategory.Humanitarian);
        first.Instrument.Should().Be(AidInstrument.Grant);
        first
            .Sources.Should()
            .ContainSingle()
            .Which.Should()
            .Be(
                new SourceReference
                {
                    Title = "IATI activity US-GOV-1-00019MO001255",
                    Publisher = "U.S. Agency for International Development",
                }
            );
        RecordLocation location = ledger.GetLocation(first.Id)!;
        location.FileName.Should().Be(IatiData.UsaidBo);
        location.LineNumber.Should().Be(52);
        location.Path.Should().Be("/iati-activities/iati-activity[1]/transaction[1]");
    }

    [Fact]
    public void Import_UsaidBo_RepeatedTransactionRefIsNamedByPosition()
    {
        IatiImportResult result = Import(IatiData.UsaidBo);

        result.Ledger.TryGetRecord("US-GOV-1-511-13-MIT-LAC/#2", out _).Should().BeTrue();
        result
            .Report.ProblemsOf("US-GOV-1-511-13-MIT-LAC")
            .Should()
            .Contain(p =>
                p.Severity == IatiProblemSeverity.Warning
                && p.LineNumber == 220
                && p.TransactionPosition == 2
                && p.Message.Contains("'555A3D361761' is used by an earlier transaction")
            );
    }

    [Fact]
    public void Import_IatikitFixture_GbpExpenditureFromTheDefaultCurrency()
    {
        IatiImportResult result = Import(IatiData.Fixture);

        Disbursement expenditure = result.Ledger.Disbursements.Should().ContainSingle().Subject;
        expenditure.Id.Should().Be("GB-COH-01234567-1/9687");
        expenditure.Kind.Should().Be(DisbursementKind.Expenditure);
        expenditure.Amount.Should().Be(new QualifiedMoney(new Money(171.19m, Currency.GBP)));
        expenditure.Date.Should().Be(new LocalDate(2015, 7, 21));
        expenditure.Donor.Should().Be(Party.Organisation("GB-COH-01234567", "Fixture Organisation"));
        expenditure.Recipient.Should().Be(IatiImporter.UnknownParty);
        expenditure.Note.Should().Be("Fixture payment");
        result.Report.CountOf(IatiTransactionType.Expenditure).Imported.Should().Be(1);
    }

    [Fact]
    public void Import_AnnotatedExample_IncomingFundsAreCountedNotImported()
    {
        IatiImportResult result = Import(IatiData.Annotated);

        result.Ledger.Count.Should().Be(0);
        result
            .Report.CountOf(IatiTransactionType.IncomingFunds)
            .Should()
            .Be(new IatiTransactionTypeCount("1", 0, 1, 0));
        result.Report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Import_Wri_IncomingFundsInUsdAreCountedNotImported()
    {
        IatiImportResult result = Import(IatiData.Wri);

        result.Ledger.Count.Should().Be(0);
        result.Report.CountOf(IatiTransactionType.IncomingFunds).Skipped.Should().Be(2);
        result.Report.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Import_Version103_IsRefusedWithTheVersionMessage()
    {
        IatiImportResult result = Import(IatiData.OldV103);

        IatiFileReport file = result.Report.Files.Should().ContainSingle().Subject;
        file.IsRefused.Should().BeTrue();
        file.Refusal!.Message.Should().Contain("has version 1.03");
        file.Refusal.Severity.Should().Be(IatiProblemSeverity.Error);
        result.Report.Problems.Should().ContainSingle().Which.Should().BeSameAs(file.Refusal);
        result.Ledger.Count.Should().Be(0);
    }

    [Fact]
    public void Import_Frankenstein_IsRefusedCleanly()
    {
        IatiImportResult result = Import(IatiData.Frankenstein);

        IatiFileReport file = result.Report.Files.Should().ContainSingle().Subject;
        file.IsRefused.Should().BeTrue();
        file.Version.Should().Be("TEXT");
        file.ActivitiesRead.Should().Be(0);
        file.Refusal!.LineNumber.Should().Be(2299);
        file.Refusal.Message.Should()
            .Contain("not well-formed XML at line 2299")
            .And.Contain("the 1 activities read before the fault are left out too");
        result.Ledger.Count.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(FailFiles))]
    public void Import_SchemaFailFile_ReportsAClearProblemAndImportsNothing(string fileName)
    {
        IatiImportResult result = Import(IatiData.PathOf(fileName));

        result.Ledger.Count.Should().Be(0);
        result
            .Report.Problems.Should()
            .Contain(p =>
                p.Message.StartsWith("The budget value 'eryr'", StringComparison.Ordinal)
                || p.Message.StartsWith("The transaction has no transaction-type element", StringComparison.Ordinal)
                || p.Message.StartsWith("The transaction has no value element", StringComparison.Ordinal)
                || p.Message.StartsWith("The transaction has 2 value elements", StringComparison.Ordinal)
            );
    }

    [Theory]
    [MemberData(nameof(PassFiles))]
    public void Import_SchemaPassFile_ImportsTheFile(string fileName)
    {
        string path = IatiData.PathOf(fileName);

        IatiImportResult result = Import(path);

        IatiFileReport file = result.Report.Files.Should().ContainSingle().Subject;
        file.IsRefused.Should().BeFalse();
        file.ActivitiesRead.Should().Be(1);
        // The schema tests use the placeholder type code "X": each such transaction is reported, not imported.
        result.Report.CountOf("X").Rejected.Should().Be(IatiData.CountTransactions(path, "X"));
        result
            .Report.Problems.Where(p => p.Severity == IatiProblemSeverity.Error)
            .Should()
            .NotContain(p =>
                p.Message
                != "The transaction type 'X' is not an IATI TransactionType code (1 to 13); the transaction is not "
                    + "imported."
            );
    }

    private static IatiImportResult Import(params string[] files) =>
        Importer.Import(files, null, TestContext.Current.CancellationToken);

    private static Dictionary<string, decimal> Sums(IEnumerable<Money> amounts) =>
        amounts
            .GroupBy(m => m.Currency.Code)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Amount), StringComparer.Ordinal);
}
