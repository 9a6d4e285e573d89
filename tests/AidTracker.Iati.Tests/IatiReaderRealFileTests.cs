using NodaTime;

namespace AidTracker.Iati.Tests;

/// <summary>The reader against every real IATI file of the test data (TestData/: publishers' files, the standard's
/// annotated example, its schema tests).</summary>
public class IatiReaderRealFileTests
{
    public static TheoryData<string> ReadableFiles => IatiData.ReadableFiles;

    public static TheoryData<string> FailFiles => IatiData.FailFiles;

    public static TheoryData<string> PassFiles => IatiData.PassFiles;

    [Theory]
    [MemberData(nameof(ReadableFiles))]
    public void ReadActivities_RealFile_CommitmentAndDisbursementSumsByCurrencyEqualLinqToXml(string fileName)
    {
        string path = IatiData.PathOf(fileName);
        if (path == IatiData.Frankenstein)
        {
            return; // not namespace-well-formed: refused by both readers (see Frankenstein tests)
        }

        (_, List<IatiActivity> activities) = IatiData.ReadAll(path);

        foreach (string type in new[] { "2", "3", "4", "12" })
        {
            Dictionary<string, decimal> expected = IatiData.SumsByCurrency(path, type);
            Dictionary<string, decimal> actual = (
                from activity in activities
                from transaction in activity.Transactions
                where transaction.TypeCode == type
                group transaction.Value!.Amount by (transaction.Value!.Currency ?? activity.DefaultCurrency)!
            ).ToDictionary(g => g.Key, g => g.Sum(), StringComparer.Ordinal);

            actual.Should().Equal(expected, because: $"type {type} values by currency in {fileName}");
        }
    }

    [Fact]
    public void ReadActivities_UsaidBo_Has106CommitmentsAnd198DisbursementsInUsd()
    {
        (IatiReader reader, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.UsaidBo);

        reader.Version.Should().Be("2.03");
        reader.FileProblems.Should().BeEmpty();
        activities.Should().HaveCount(63);
        List<IatiTransaction> transactions = [.. activities.SelectMany(a => a.Transactions)];
        transactions.Count(t => t.Type == IatiTransactionType.OutgoingCommitment).Should().Be(106);
        transactions.Count(t => t.Type == IatiTransactionType.Disbursement).Should().Be(198);
        transactions.Should().HaveCount(304);
        activities.Should().OnlyContain(a => a.DefaultCurrency == "USD" && a.Problems.Count == 0);
        transactions
            .Should()
            .OnlyContain(t =>
                t.Value != null && t.Value.Currency == null && t.Value.ValueDate != null && t.Date != null
            );
    }

    [Fact]
    public void ReadActivities_UsaidBo_FirstTransactionAsWritten()
    {
        (_, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.UsaidBo);
        IatiActivity activity = activities[0];
        IatiTransaction first = activity.Transactions[0];

        activity.Identifier.Should().Be("US-GOV-1-00019MO001255");
        activity.LineNumber.Should().Be(2);
        activity
            .ReportingOrg.Should()
            .Be(new IatiOrganisation("US-GOV-1", "U.S. Agency for International Development", "10"));
        activity.DefaultFinanceType.Should().Be("110");
        activity.RecipientCountries.Should().BeEmpty();
        first.Ref.Should().Be("14B066D15C0C");
        first.Position.Should().Be(1);
        first.LineNumber.Should().Be(52);
        first.Humanitarian.Should().BeTrue();
        first.Value.Should().Be(new IatiValue(200000.00m, null, new LocalDate(2019, 9, 30), 55));
        first.Date.Should().Be(new LocalDate(2019, 9, 30));
        first.ReceiverOrg.Should().Be(new IatiOrganisation(null, "U.S. Government - Department of State", "10"));
        first.ProviderOrg.Should().BeNull();
        first.RecipientCountry.Should().Be("BO");
        first.FinanceType.Should().BeNull();
    }

    [Fact]
    public void ReadActivities_AnnotatedExample_ValueIsEurAlthoughDefaultCurrencyIsUsd()
    {
        (IatiReader reader, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.Annotated);

        reader.Version.Should().Be("2.03");
        IatiActivity activity = activities.Should().ContainSingle().Subject;
        activity.Identifier.Should().Be("AA-AAA-123456789-ABC123");
        activity.Title.Should().Be("Activity title");
        activity.DefaultCurrency.Should().Be("USD");
        activity.Humanitarian.Should().BeTrue();
        activity.RecipientCountries.Should().Equal("AF", "AG");
        activity.DefaultFinanceType.Should().Be("110");
        activity.ReportingOrg!.Ref.Should().Be("AA-AAA-123456789");
        activity.ReportingOrg.Name.Should().Be("Organisation name");

        IatiTransaction transaction = activity.Transactions.Should().ContainSingle().Subject;
        transaction.Type.Should().Be(IatiTransactionType.IncomingFunds);
        transaction.Ref.Should().Be("1234");
        transaction.Description.Should().Be("Transaction description text");
        transaction.Value!.Amount.Should().Be(1000m);
        transaction.Value.Currency.Should().Be("EUR");
        transaction.Value.ValueDate.Should().Be(new LocalDate(2012, 1, 1));
        transaction.ProviderOrg.Should().Be(new IatiOrganisation("BB-BBB-123456789", "Agency B", "10"));
        transaction.ReceiverOrg.Should().Be(new IatiOrganisation("AA-AAA-123456789", "Agency A", "23"));
        transaction.FinanceType.Should().Be("110");
        transaction.RecipientCountry.Should().Be("TM");
        transaction.Humanitarian.Should().BeTrue();
        activity.Problems.Should().BeEmpty();
    }

    [Fact]
    public void ReadActivities_Wri_HasNoDefaultCurrencyAndEveryValueCarriesItsOwn()
    {
        (_, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.Wri);

        IatiActivity activity = activities.Should().ContainSingle().Subject;
        activity.DefaultCurrency.Should().BeNull();
        activity.Humanitarian.Should().BeFalse();
        activity.Transactions.Should().HaveCount(2).And.OnlyContain(t => t.Value!.Currency == "USD");
        activity.Transactions.Select(t => t.Value!.Amount).Should().Equal(5000000m, 5000000m);
    }

    [Fact]
    public void ReadActivities_IatikitFixture_HasAGbpExpenditure()
    {
        (_, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.Fixture);

        IatiActivity activity = activities.Should().ContainSingle().Subject;
        activity.DefaultCurrency.Should().Be("GBP");
        activity.Humanitarian.Should().BeTrue();
        IatiTransaction expenditure = activity.Transactions.Should().ContainSingle().Subject;
        expenditure.Type.Should().Be(IatiTransactionType.Expenditure);
        expenditure.Ref.Should().Be("9687");
        expenditure.Value.Should().Be(new IatiValue(171.19m, null, new LocalDate(2015, 7, 21), 45));
        expenditure.Date.Should().Be(new LocalDate(2015, 7, 21));
    }

    [Fact]
    public void ReadActivities_AcfSpain_Version202WithoutTransactions()
    {
        (IatiReader reader, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.Acf);

        reader.Version.Should().Be("2.02");
        activities.Should().HaveCount(6).And.OnlyContain(a => a.DefaultCurrency == "EUR" && a.Transactions.Count == 0);
    }

    [Fact]
    public void Open_Version103_IsRefusedNamingTheVersion()
    {
        Action open = () => IatiReader.Open(IatiData.OldV103);

        IatiVersionNotSupportedException e = open.Should().Throw<IatiVersionNotSupportedException>().Which;
        e.Version.Should().Be("1.03");
        e.Message.Should()
            .Contain("version 1.03")
            .And.Contain("iatikit-old-org-acts-v1.03.xml")
            .And.Contain("2.01, 2.02, 2.03");
        e.LineNumber.Should().Be(2);
    }

    [Fact]
    public void ReadActivities_Frankenstein_ReadsTheJunkAsWrittenThenRefusesTheUndeclaredPrefix()
    {
        using IatiReader reader = IatiReader.Open(IatiData.Frankenstein);
        var read = new List<IatiActivity>();

        Action readAll = () =>
        {
            foreach (IatiActivity activity in reader.ReadActivities())
            {
                read.Add(activity);
            }
        };

        IatiFormatException e = readAll.Should().Throw<IatiFormatException>().Which;
        e.LineNumber.Should().Be(2299);
        e.Message.Should().Contain("d-portal-frankenstein.xml").And.Contain("not well-formed XML at line 2299");
        reader.Version.Should().Be("TEXT");
        reader
            .FileProblems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("'TEXT' is not an IATI version number");
        IatiActivity first = read.Should().ContainSingle().Subject;
        first.DefaultCurrency.Should().Be("TEXT");
        first
            .Transactions.Should()
            .NotBeEmpty()
            .And.OnlyContain(t => t.TypeCode == "TEXT" && t.Type == null && t.Value!.Currency == "TEXT");
    }

    [Theory]
    [MemberData(nameof(FailFiles))]
    public void ReadActivities_SchemaFailFile_ReportsAClearProblem(string fileName)
    {
        (_, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.PathOf(fileName));

        string expected = fileName switch
        {
            "fail-budget-12-non-decimal-value.xml" => "The budget value 'eryr' is not a decimal number",
            "fail-transaction-01-missing-transaction-type.xml" => "The transaction has no transaction-type element",
            "fail-transaction-03-missing-value.xml" => "The transaction has no value element",
            "fail-transaction-07-two-values.xml" => "The transaction has 2 value elements",
            _ => throw new InvalidOperationException(
                $"A new schema test file {fileName} needs an expected problem here."
            ),
        };
        IatiProblem problem = activities
            .SelectMany(a => a.Problems)
            .Should()
            .ContainSingle(p => p.Message.StartsWith(expected, StringComparison.Ordinal))
            .Subject;
        problem.LineNumber.Should().BeGreaterThan(0);
        problem.FileName.Should().EndWith(fileName);
    }

    [Theory]
    [MemberData(nameof(PassFiles))]
    public void ReadActivities_SchemaPassFile_ReadsWithoutErrors(string fileName)
    {
        string path = IatiData.PathOf(fileName);
        (IatiReader reader, List<IatiActivity> activities) = IatiData.ReadAll(path);

        activities.Should().ContainSingle();
        activities.SelectMany(a => a.Problems).Should().NotContain(p => p.Severity == IatiProblemSeverity.Error);
        activities[0]
            .Transactions.Should()
            .HaveCount(System.Xml.Linq.XDocument.Load(path).Descendants("transaction").Count())
            .And.NotContain(t => t.Value == null || t.TypeCode != "X");
        reader.FileProblems.Should().ContainSingle().Which.Message.Should().Contain("'xx'");
    }

    [Fact]
    public void ReadActivities_Pass27_KeepsTheDecimalValue()
    {
        (_, List<IatiActivity> activities) = IatiData.ReadAll(IatiData.PathOf("pass-27-decimal-currency.xml"));

        activities[0]
            .Transactions.Should()
            .ContainSingle()
            .Which.Value.Should()
            .Be(new IatiValue(100.99m, "EUR", new LocalDate(2010, 7, 7), 33));
    }
}
