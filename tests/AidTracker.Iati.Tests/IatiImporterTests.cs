using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Iati.Tests;

/// <summary>The mapping rules of issue 8, one by one, on small files written here.</summary>
public class IatiImporterTests
{
    private static readonly IatiImporter Importer = new(new FakeClock(Instant.FromUtc(2026, 4, 13, 0, 0)));

    [Theory]
    [InlineData("2", CommitmentStage.Committed)]
    [InlineData("12", CommitmentStage.Pledged)]
    public void Import_CommitmentAndPledge_BecomeCommitmentsOfThatStage(string type, CommitmentStage stage)
    {
        IatiImportResult result = ImportTransaction(
            $"""<transaction ref="T1"><transaction-type code="{type}"/><transaction-date iso-date="2025-02-27"/><value value-date="2025-02-27">8800000000</value></transaction>""",
            defaultCurrency: "JPY"
        );

        Commitment commitment = result.Ledger.Commitments.Should().ContainSingle().Subject;
        commitment.Stage.Should().Be(stage);
        commitment.Amount.Should().Be(new QualifiedMoney(new Money(8_800_000_000m, Currency.JPY)));
        result.Report.CountOf(type).Imported.Should().Be(1);
    }

    [Theory]
    [InlineData("3", DisbursementKind.Disbursement)]
    [InlineData("4", DisbursementKind.Expenditure)]
    public void Import_DisbursementAndExpenditure_BecomeDisbursementsOfThatKind(string type, DisbursementKind kind)
    {
        IatiImportResult result = ImportTransaction(
            $"""<transaction><transaction-type code="{type}"/><transaction-date iso-date="2024-06-13"/><value currency="EUR" value-date="2024-06-13">1500.50</value></transaction>"""
        );

        Disbursement disbursement = result.Ledger.Disbursements.Should().ContainSingle().Subject;
        disbursement.Kind.Should().Be(kind);
        disbursement.Amount.Should().Be(new QualifiedMoney(new Money(1500.50m, Currency.EUR)));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("5")]
    [InlineData("6")]
    [InlineData("7")]
    [InlineData("8")]
    [InlineData("9")]
    [InlineData("10")]
    [InlineData("11")]
    [InlineData("13")]
    public void Import_OtherTypes_AreCountedNotImported(string type)
    {
        IatiImportResult result = ImportTransaction(
            $"""<transaction><transaction-type code="{type}"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">10</value></transaction>"""
        );

        result.Ledger.Count.Should().Be(0);
        result.Report.CountOf(type).Should().Be(new IatiTransactionTypeCount(type, 0, 1, 0));
        result.Report.TransactionsSkipped.Should().Be(1);
        result.Report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Import_ValueCurrency_WinsOverTheDefaultCurrency()
    {
        // As in the standard's annotated example: default-currency USD, the value in EUR.
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="2"/><transaction-date iso-date="2012-01-01"/><value currency="EUR" value-date="2012-01-01">1000</value></transaction>""",
            defaultCurrency: "USD"
        );

        result.Ledger.Commitments.Single().Amount!.Value.Money.Should().Be(new Money(1000m, Currency.EUR));
    }

    [Fact]
    public void Import_NoCurrencyAnywhere_IsAnErrorWithActivityAndLineAndNothingIsGuessed()
    {
        IatiImportResult result = ImportTransaction(
            """
            <transaction ref="T7">
              <transaction-type code="3"/>
              <transaction-date iso-date="2024-01-01"/>
              <value value-date="2024-01-01">10</value>
            </transaction>
            """
        );

        result.Ledger.Count.Should().Be(0);
        IatiProblem problem = result.Report.Problems.Should().ContainSingle().Subject;
        problem
            .Should()
            .Match<IatiProblem>(p =>
                p.Severity == IatiProblemSeverity.Error
                && p.ActivityId == "XM-TEST-1"
                && p.LineNumber == 5
                && p.TransactionPosition == 1
                && p.FileName == "test.xml"
            );
        problem
            .Message.Should()
            .Be(
                "The value has no currency attribute and the activity has no default-currency; the currency is not "
                    + "guessed, so the transaction is not imported."
            );
        problem.ToString().Should().Be("test.xml(5): error: activity XM-TEST-1, transaction 1: " + problem.Message);
        result.Report.CountOf("3").Should().Be(new IatiTransactionTypeCount("3", 0, 0, 1));
    }

    [Theory]
    [InlineData(
        "TEXT",
        null,
        "The value's currency 'TEXT' is not an ISO 4217 currency code; the transaction is not imported."
    )]
    [InlineData(
        null,
        "TEXT",
        "The activity's default-currency 'TEXT' is not an ISO 4217 currency code; the transaction is not imported."
    )]
    public void Import_UnknownCurrency_IsAnErrorNamingTheCode(
        string? valueCurrency,
        string? defaultCurrency,
        string message
    )
    {
        string currency = valueCurrency is null ? string.Empty : $" currency=\"{valueCurrency}\"";
        IatiImportResult result = ImportTransaction(
            $"""<transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value{currency} value-date="2024-01-01">1.1</value></transaction>""",
            defaultCurrency
        );

        result.Ledger.Count.Should().Be(0);
        result.Report.Problems.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Import_CodesPaddedWithSpaces_AreTrimmed()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code=" 3 "/><transaction-date iso-date="2015-04-01"/><value currency="EUR  " value-date="2015-04-01">9</value><finance-type code=" 421 "/></transaction>""",
            defaultCurrency: " USD ",
            countries: """<recipient-country code=" NL "/>"""
        );

        Disbursement disbursement = result.Ledger.Disbursements.Should().ContainSingle().Subject;
        disbursement.Amount.Currency.Should().Be(Currency.EUR);
        disbursement.Recipient.Should().Be(Party.Country("NLD"));
    }

    [Fact]
    public void Import_Dates_TransactionDateIsTheDateAndValueDateTheValueDate()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="2"/><transaction-date iso-date="2022-06-07"/><value currency="JPY" value-date="2022-04-28">65000000000</value></transaction>"""
        );

        Commitment commitment = result.Ledger.Commitments.Single();
        commitment.Date.Should().Be(new LocalDate(2022, 6, 7));
        commitment.ValueDate.Should().Be(new LocalDate(2022, 4, 28));
    }

    [Fact]
    public void Import_NoTransactionDate_UsesTheValueDateWithAWarning()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="3"/><value currency="USD" value-date="2020-03-31">14340.00</value></transaction>"""
        );

        result.Ledger.Disbursements.Single().Date.Should().Be(new LocalDate(2020, 3, 31));
        result
            .Report.Problems.Should()
            .ContainSingle()
            .Which.Should()
            .Match<IatiProblem>(p =>
                p.Severity == IatiProblemSeverity.Warning
                && p.Message
                    == "The transaction has no transaction-date; its value-date 2020-03-31 is used as its date."
            );
    }

    [Fact]
    public void Import_NoValueDate_UsesTheTransactionDateWithAWarning()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="3"/><transaction-date iso-date="2020-03-31"/><value currency="USD">1</value></transaction>"""
        );

        result.Ledger.Disbursements.Single().ValueDate.Should().Be(new LocalDate(2020, 3, 31));
        result
            .Report.Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be("The value has no value-date; the transaction-date 2020-03-31 is used for the exchange rate.");
    }

    [Fact]
    public void Import_NoDateAtAll_IsAnError()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="3"/><value currency="USD">1</value></transaction>"""
        );

        result.Ledger.Count.Should().Be(0);
        result
            .Report.Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be("The transaction has neither a transaction-date nor a value-date; it is not imported.");
    }

    [Fact]
    public void Import_Donor_IsTheProviderOrgElseTheReportingOrg()
    {
        IatiImportResult result = ImportTransactions(
            """
            <transaction ref="A"><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value>
              <provider-org ref="XM-DAC-7" type="10"><narrative>Netherlands - Ministry of Foreign Affairs</narrative></provider-org></transaction>
            <transaction ref="B"><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">2</value></transaction>
            """
        );

        result
            .Ledger.GetDisbursement("XM-TEST-1/A")
            .Donor.Should()
            .Be(Party.Organisation("XM-DAC-7", "Netherlands - Ministry of Foreign Affairs"));
        result.Ledger.GetDisbursement("XM-TEST-1/B").Donor.Should().Be(Party.Organisation("XM-TEST", "Test donor"));
    }

    [Fact]
    public void Import_Recipient_ReceiverOrgThenTransactionCountryThenTheSingleActivityCountryThenUnknown()
    {
        IatiImportResult result = ImportTransactions(
            """
            <transaction ref="org"><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value>
              <receiver-org ref="XM-DAC-41114"><narrative>United Nations Development Programme</narrative></receiver-org></transaction>
            <transaction ref="tx-country"><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">2</value>
              <recipient-country code="BO"/></transaction>
            <transaction ref="activity-country"><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">3</value></transaction>
            """,
            countries: """<recipient-country code="UA"/>"""
        );

        result
            .Ledger.GetDisbursement("XM-TEST-1/org")
            .Recipient.Should()
            .Be(Party.Organisation("XM-DAC-41114", "United Nations Development Programme"));
        result.Ledger.GetDisbursement("XM-TEST-1/tx-country").Recipient.Should().Be(Party.Country("BOL"));
        result.Ledger.GetDisbursement("XM-TEST-1/activity-country").Recipient.Should().Be(Party.Country("UKR"));
        result.Report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Import_SeveralActivityCountries_RecipientIsUnknownWithAWarning()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value></transaction>""",
            countries: """<recipient-country code="AF" percentage="50"/><recipient-country code="AG" percentage="50"/>"""
        );

        result.Ledger.Commitments.Single().Recipient.Should().Be(IatiImporter.UnknownParty);
        result
            .Report.Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("2 recipient countries (AF, AG)");
    }

    [Fact]
    public void Import_CountryCodeNotIso_RecipientIsUnknownWithAWarningNamingTheCode()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value><recipient-country code="TEXT"/></transaction>"""
        );

        result.Ledger.Commitments.Single().Recipient.Should().Be(IatiImporter.UnknownParty);
        result
            .Report.Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be(
                "The recipient-country 'TEXT' is not an ISO 3166-1 alpha-2 code; the recipient is recorded as unknown."
            );
    }

    [Theory]
    [InlineData("110", AidInstrument.Grant)]
    [InlineData("421", AidInstrument.Loan)]
    [InlineData("1100", AidInstrument.Guarantee)]
    [InlineData("510", AidInstrument.Equity)]
    [InlineData("410", AidInstrument.Other)]
    [InlineData("TEXT", AidInstrument.Other)]
    public void Import_FinanceType_MapsToTheInstrument(string financeType, AidInstrument instrument)
    {
        IatiImportResult result = ImportTransaction(
            $"""<transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value><finance-type code="{financeType}"/></transaction>""",
            extra: """<default-finance-type code="110"/>"""
        );

        result.Ledger.Commitments.Single().Instrument.Should().Be(instrument);
    }

    [Fact]
    public void Import_NoTransactionFinanceType_TakesTheActivityDefault()
    {
        IatiImportResult result = ImportTransaction(
            """<transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value></transaction>""",
            extra: """<default-finance-type code="421"/>"""
        );

        result.Ledger.Commitments.Single().Instrument.Should().Be(AidInstrument.Loan);
    }

    [Theory]
    [InlineData("1", null, AidCategory.Humanitarian)]
    [InlineData("1", "0", AidCategory.Other)]
    [InlineData(null, "1", AidCategory.Humanitarian)]
    [InlineData("0", null, AidCategory.Other)]
    [InlineData(null, null, AidCategory.Other)]
    public void Import_HumanitarianFlag_TransactionFlagElseActivityFlag(
        string? activityFlag,
        string? transactionFlag,
        AidCategory category
    )
    {
        string flag = transactionFlag is null ? string.Empty : $" humanitarian=\"{transactionFlag}\"";
        IatiImportResult result = ImportTransaction(
            $"""<transaction{flag}><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value></transaction>""",
            humanitarian: activityFlag
        );

        result.Ledger.Commitments.Single().Category.Should().Be(category);
    }

    [Fact]
    public void Import_Ids_AreTheActivityIdPlusRefElsePosition()
    {
        IatiImportResult result = ImportTransactions(
            """
            <transaction ref="9"><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">1</value></transaction>
            <transaction><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">2</value></transaction>
            <transaction ref="9"><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">3</value></transaction>
            """
        );

        result.Ledger.Disbursements.Select(d => d.Id).Should().Equal("XM-TEST-1/9", "XM-TEST-1/#2", "XM-TEST-1/#3");
        result
            .Report.Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("'9' is used by an earlier transaction");
    }

    [Fact]
    public void Import_NoActivityIdentifier_IdsNameTheFileAndLine()
    {
        string xml = IatiData.Activities(
            """<iati-activity default-currency="USD"><transaction><transaction-type code="3"/><transaction-date iso-date="2024-01-01"/><value value-date="2024-01-01">5</value></transaction></iati-activity>"""
        );

        IatiImportResult result = ImportXml(xml, "noid.xml");

        result.Ledger.Disbursements.Single().Id.Should().Be("noid.xml:3/#1");
    }

    [Theory]
    [InlineData("-1500.50")]
    [InlineData("-1")]
    [InlineData("0")]
    public void Import_NegativeAndZeroValues_AreKept(string value)
    {
        IatiImportResult result = ImportTransaction(
            $"""<transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="USD" value-date="2024-01-01">{value}</value></transaction>"""
        );

        result
            .Ledger.Commitments.Single()
            .Amount!.Value.Amount.Should()
            .Be(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Import_ValueDateInTheFuture_IsRefusedByTheLedgerAndReported()
    {
        IatiImportResult result = ImportTransactions(
            """
            <transaction ref="now"><transaction-type code="2"/><transaction-date iso-date="2026-04-01"/><value currency="USD" value-date="2026-04-01">1</value></transaction>
            <transaction ref="later"><transaction-type code="2"/><transaction-date iso-date="2027-10-01"/><value currency="USD" value-date="2027-10-01">5000000</value></transaction>
            """
        );

        result.Ledger.Commitments.Select(c => c.Id).Should().Equal("XM-TEST-1/now");
        IatiProblem problem = result.Report.Problems.Should().ContainSingle().Subject;
        problem
            .Should()
            .Match<IatiProblem>(p =>
                p.Severity == IatiProblemSeverity.Error && p.TransactionPosition == 2 && p.LineNumber == 6
            );
        problem
            .Message.Should()
            .StartWith("The ledger refuses the record 'XM-TEST-1/later':")
            .And.Contain("2027-10-01");
        result.Report.CountOf("2").Should().Be(new IatiTransactionTypeCount("2", 1, 0, 1));
    }

    [Fact]
    public void Import_SameFileTwice_TheSecondCopyIsReportedAsDuplicate()
    {
        IatiImportResult result = Importer.Import(
            [IatiData.Fixture, IatiData.Fixture],
            null,
            TestContext.Current.CancellationToken
        );

        result.Ledger.Disbursements.Should().ContainSingle();
        result
            .Report.Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("'GB-COH-01234567-1/9687' was already imported from")
            .And.Contain("line 42");
        result.Report.CountOf("4").Should().Be(new IatiTransactionTypeCount("4", 1, 0, 1));
        result.Report.ActivitiesRead.Should().Be(2);
    }

    [Fact]
    public void Import_TextWithLineBreaks_IsNormalisedForTheLedger()
    {
        string xml = IatiData.Activities(
            """
            <iati-activity default-currency="USD"><iati-identifier>XM-TEXT</iati-identifier>
            <title><narrative>A title
              over two lines</narrative></title>
            <reporting-org ref="XM-X"><narrative>Org	with tab</narrative></reporting-org>
            <transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value value-date="2024-01-01">5</value></transaction></iati-activity>
            """
        );

        Commitment commitment = ImportXml(xml).Ledger.Commitments.Single();

        commitment.Title.Should().Be("A title over two lines");
        commitment.Donor.Should().Be(Party.Organisation("XM-X", "Org with tab"));
    }

    [Fact]
    public void Import_MissingFile_IsRefusedNotThrown()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-iati-file.xml");

        IatiImportResult result = Importer.Import(
            [missing, IatiData.Fixture],
            null,
            TestContext.Current.CancellationToken
        );

        result.Report.Files[0].Refusal!.Message.Should().StartWith($"The file '{missing}' cannot be read:");
        result.Ledger.Disbursements.Should().ContainSingle();
    }

    [Fact]
    public void Import_ReportsProgressForEachFile()
    {
        var reports = new List<IatiImportProgress>();

        Importer.Import(
            [IatiData.UsaidBo, IatiData.Fixture],
            new SynchronousProgress(reports.Add),
            TestContext.Current.CancellationToken
        );

        reports.Should().HaveCountGreaterThan(4);
        reports
            .First()
            .Should()
            .Match<IatiImportProgress>(p =>
                p.FileIndex == 0 && p.FileCount == 2 && p.BytesRead == 0 && p.FileLength == 482420
            );
        reports.Where(p => p.FileIndex == 0).Select(p => p.BytesRead).Should().BeInAscendingOrder();
        reports
            .Last()
            .Should()
            .Match<IatiImportProgress>(p => p.FileIndex == 1 && p.FileFraction == 1.0 && p.ActivitiesRead == 1);
        reports
            .Last(p => p.FileIndex == 0)
            .Should()
            .Match<IatiImportProgress>(p => p.BytesRead == 482420 && p.ActivitiesRead == 63);
    }

    [Fact]
    public void Import_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Action import = () => Importer.Import([IatiData.UsaidBo], null, cancellation.Token);

        import.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task ImportAsync_SameResultAsImport()
    {
        IatiImportResult result = await Importer.ImportAsync(
            [IatiData.UsaidBo, IatiData.UsaidBb],
            null,
            TestContext.Current.CancellationToken
        );

        result.Ledger.Commitments.Should().HaveCount(107);
        result.Ledger.Disbursements.Should().HaveCount(199);
        result.Report.Files.Should().HaveCount(2);
    }

    [Fact]
    public void Import_Stream_UsesTheFileNameInTheReport()
    {
        using var stream = new MemoryStream(
            Encoding.UTF8.GetBytes(
                IatiData.Activities("<iati-activity><iati-identifier>A</iati-identifier></iati-activity>")
            )
        );

        IatiImportResult result = Importer.Import(stream, "upload.xml");

        result.Report.Files.Should().ContainSingle().Which.FileName.Should().Be("upload.xml");
        result.Report.ActivitiesRead.Should().Be(1);
        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void Import_TransactionsByType_AreInCodeOrder()
    {
        IatiImportResult result = ImportTransactions(
            """
            <transaction><transaction-type code="TEXT"/><value currency="USD">1</value></transaction>
            <transaction><transaction-type code="12"/><transaction-date iso-date="2024-01-01"/><value currency="USD">1</value></transaction>
            <transaction><value currency="USD">1</value></transaction>
            <transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value currency="USD">1</value></transaction>
            """
        );

        result.Report.TransactionsByType.Select(c => c.TypeCode).Should().Equal("2", "12", "TEXT", null);
        result.Report.TransactionsRejected.Should().Be(2);
    }

    [Fact]
    public void Constructor_NullClock_Throws()
    {
        Action create = () => _ = new IatiImporter(null!);

        create.Should().Throw<ArgumentNullException>().WithParameterName("clock");
    }

    private static IatiImportResult ImportTransaction(
        string transaction,
        string? defaultCurrency = null,
        string countries = "",
        string extra = "",
        string? humanitarian = null
    ) => ImportTransactions(transaction, defaultCurrency, countries, extra, humanitarian);

    private static IatiImportResult ImportTransactions(
        string transactions,
        string? defaultCurrency = null,
        string countries = "",
        string extra = "",
        string? humanitarian = null
    )
    {
        string attributes =
            (defaultCurrency is null ? string.Empty : $" default-currency=\"{defaultCurrency}\"")
            + (humanitarian is null ? string.Empty : $" humanitarian=\"{humanitarian}\"");
        string xml = IatiData.Activities(
            $"""
            <iati-activity{attributes}>
            <iati-identifier>XM-TEST-1</iati-identifier><reporting-org ref="XM-TEST" type="10"><narrative>Test donor</narrative></reporting-org>{countries}{extra}
            {transactions}
            </iati-activity>
            """
        );
        return ImportXml(xml);
    }

    private static IatiImportResult ImportXml(string xml, string fileName = "test.xml")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Importer.Import(stream, fileName);
    }

    private sealed class SynchronousProgress(Action<IatiImportProgress> report) : IProgress<IatiImportProgress>
    {
        public void Report(IatiImportProgress value) => report(value);
    }
}
