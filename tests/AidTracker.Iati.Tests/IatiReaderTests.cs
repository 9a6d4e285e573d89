using System.Globalization;
using System.Text;
using NodaTime;

namespace AidTracker.Iati.Tests;

public class IatiReaderTests
{
    private const string Transaction2 = """
        <iati-activity default-currency="USD">
          <iati-identifier>XM-TEST-1</iati-identifier>
          <reporting-org ref="XM-TEST" type="10"><narrative>Test donor</narrative></reporting-org>
          <transaction ref="T1">
            <transaction-type code="2"/>
            <transaction-date iso-date="2025-02-27"/>
            <value value-date="2025-02-27">8800000000</value>
          </transaction>
        </iati-activity>
        """;

    [Fact]
    public void Create_DoctypeWithExternalEntity_IsRefusedWithoutReadingTheEntity()
    {
        string secret = Path.Combine(Path.GetTempPath(), $"iati-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET-CONTENT-42");
        try
        {
            string xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>
                """;

            Action open = () => _ = IatiData.FromText(xml, "xxe.xml").ReadActivities().ToList();

            IatiFormatException e = open.Should().Throw<IatiFormatException>().Which;
            e.Message.Should()
                .Contain("'xxe.xml'")
                .And.Contain(
                    "has a document type declaration (DOCTYPE) before its root element; DTDs and entities are refused"
                )
                .And.NotContain("SECRET-CONTENT-42");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Create_InternalEntityExpansion_IsRefused()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> ]>
            <iati-activities version="2.03"><iati-activity><iati-identifier>&lol2;</iati-identifier></iati-activity></iati-activities>
            """;

        Action open = () => IatiData.FromText(xml, "lol.xml");

        open.Should()
            .Throw<IatiFormatException>()
            .WithMessage("*'lol.xml' has a document type declaration (DOCTYPE)*refused*");
    }

    [Fact]
    public void Create_NotIatiActivities_IsRefusedNamingTheRootElement()
    {
        Action open = () => IatiData.FromText("<iati-organisations version=\"2.03\"/>", "org.xml");

        open.Should()
            .Throw<IatiFormatException>()
            .WithMessage("The root element of 'org.xml' is 'iati-organisations', not 'iati-activities'*");
    }

    [Fact]
    public void Create_EmptyInput_IsRefused()
    {
        Action open = () => IatiData.FromText(string.Empty, "empty.xml");

        open.Should().Throw<IatiFormatException>().WithMessage("*'empty.xml'*");
    }

    [Theory]
    [InlineData("1.01")]
    [InlineData("1.05")]
    [InlineData("2.04")]
    [InlineData("3.0")]
    [InlineData("2")]
    public void Create_UnsupportedVersionNumber_IsRefusedNamingTheVersion(string version)
    {
        Action open = () => IatiData.FromText($"<iati-activities version=\"{version}\"/>", "v.xml");

        open.Should()
            .Throw<IatiVersionNotSupportedException>()
            .Which.Message.Should()
            .Contain($"has version {version};");
    }

    [Theory]
    [InlineData("2.01")]
    [InlineData("2.02")]
    [InlineData(" 2.03 ")]
    public void Create_SupportedVersion_HasNoFileProblem(string version)
    {
        using IatiReader reader = IatiData.FromText($"<iati-activities version=\"{version}\"/>");

        reader.Version.Should().Be(version.Trim());
        reader.FileProblems.Should().BeEmpty();
        reader.ReadActivities().Should().BeEmpty();
    }

    [Fact]
    public void Create_NoVersion_IsAWarningAndReadsAs203()
    {
        using IatiReader reader = IatiData.FromText("<iati-activities>" + Transaction2 + "</iati-activities>");

        reader.Version.Should().BeNull();
        reader
            .FileProblems.Should()
            .ContainSingle()
            .Which.Should()
            .Match<IatiProblem>(p =>
                p.Severity == IatiProblemSeverity.Warning && p.Message.Contains("no version attribute")
            );
        reader.ReadActivities().Should().ContainSingle();
    }

    [Fact]
    public void ReadActivities_MalformedAfterFirstActivity_ReturnsItThenThrowsWithTheLine()
    {
        string xml = IatiData.Activities(
            Transaction2 + "\n<iati-activity><iati-identifier>broken</iati-identifer></iati-activity>"
        );
        using IatiReader reader = IatiData.FromText(xml, "broken.xml");
        using IEnumerator<IatiActivity> activities = reader.ReadActivities().GetEnumerator();

        activities.MoveNext().Should().BeTrue();
        activities.Current.Identifier.Should().Be("XM-TEST-1");
        Action next = () => activities.MoveNext();

        IatiFormatException e = next.Should().Throw<IatiFormatException>().Which;
        e.LineNumber.Should().Be(12);
        e.Message.Should().StartWith("The file 'broken.xml' is not well-formed XML at line 12");
        e.InnerException.Should().BeOfType<System.Xml.XmlException>();
    }

    [Fact]
    public void ReadActivities_TruncatedFile_ThrowsFormatException()
    {
        string xml = IatiData.Activities(Transaction2);
        using IatiReader reader = IatiData.FromText(xml[..(xml.Length / 2)], "truncated.xml");

        Action read = () => _ = reader.ReadActivities().ToList();

        read.Should()
            .Throw<IatiFormatException>()
            .WithMessage("The file 'truncated.xml' is not well-formed XML at line *");
    }

    [Fact]
    public void ReadActivities_CalledTwice_Throws()
    {
        using IatiReader reader = IatiData.FromText(IatiData.Activities(Transaction2), "twice.xml");
        _ = reader.ReadActivities().ToList();

        Action again = () => reader.ReadActivities();

        again.Should().Throw<InvalidOperationException>().WithMessage("*'twice.xml' were already read*");
    }

    [Fact]
    public void ReadActivities_CodesPaddedWithSpaces_AreTrimmed()
    {
        string xml = IatiData.Activities(
            """
            <iati-activity default-currency=" EUR  ">
              <iati-identifier>  XM-TEST-2 </iati-identifier>
              <recipient-country code=" UA "/>
              <default-finance-type code=" 110 "/>
              <transaction ref=" R1 ">
                <transaction-type code=" 3 "/>
                <value currency="EUR  " value-date=" 2024-06-13 "> 1500.50 </value>
                <finance-type code="421 "/>
              </transaction>
            </iati-activity>
            """
        );

        IatiActivity activity = IatiData.ReadText(xml).Single();

        activity.Identifier.Should().Be("XM-TEST-2");
        activity.DefaultCurrency.Should().Be("EUR");
        activity.RecipientCountries.Should().Equal("UA");
        activity.DefaultFinanceType.Should().Be("110");
        IatiTransaction transaction = activity.Transactions.Single();
        transaction.Ref.Should().Be("R1");
        transaction.Type.Should().Be(IatiTransactionType.Disbursement);
        transaction.Value!.Currency.Should().Be("EUR");
        transaction.Value.Amount.Should().Be(1500.50m);
        transaction.Value.ValueDate.Should().Be(new LocalDate(2024, 6, 13));
        transaction.FinanceType.Should().Be("421");
        activity.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("-1500.50", "-1500.50")]
    [InlineData("-1", "-1")]
    [InlineData("+7", "7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("8800000000", "8800000000")]
    [InlineData("1234567890123456789012.345678", "1234567890123456789012.345678")]
    public void ReadActivities_Value_IsExactDecimalAndNegativeIsKept(string written, string expected)
    {
        string xml = IatiData.Activities(
            $"""<iati-activity><iati-identifier>A</iati-identifier><transaction><transaction-type code="2"/><value currency="JPY" value-date="2025-02-27">{written}</value></transaction></iati-activity>"""
        );

        IatiTransaction transaction = IatiData.ReadText(xml).Single().Transactions.Single();

        transaction
            .Value!.Amount.Should()
            .Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        transaction.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
        transaction.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1,000")]
    [InlineData("1e6")]
    [InlineData("TEXT")]
    [InlineData("12.5.1")]
    [InlineData("$100")]
    [InlineData("1.00000000000000000000000000001")]
    public void ReadActivities_ValueNotAnExactDecimal_IsAnErrorNamingTheValue(string written)
    {
        string xml = IatiData.Activities(
            $"""
            <iati-activity><iati-identifier>XM-BAD</iati-identifier>
            <transaction ref="T9"><transaction-type code="3"/>
            <value currency="USD" value-date="2025-01-01">{written}</value></transaction></iati-activity>
            """
        );

        IatiActivity activity = IatiData.ReadText(xml).Single();

        IatiTransaction transaction = activity.Transactions.Single();
        transaction.Value.Should().BeNull();
        transaction.HasErrors.Should().BeTrue();
        IatiProblem problem = transaction.Problems.Should().ContainSingle().Subject;
        problem
            .Should()
            .Match<IatiProblem>(p =>
                p.Severity == IatiProblemSeverity.Error
                && p.ActivityId == "XM-BAD"
                && p.TransactionPosition == 1
                && p.LineNumber == 5
            );
        problem.Message.Should().Contain($"'{written}' is not a decimal number");
        activity.Problems.Should().Equal(transaction.Problems);
    }

    [Fact]
    public void ReadActivities_EmptyValue_IsAnError()
    {
        string xml = IatiData.Activities(
            """<iati-activity><iati-identifier>A</iati-identifier><transaction><transaction-type code="3"/><value currency="USD"/></transaction></iati-activity>"""
        );

        IatiTransaction transaction = IatiData.ReadText(xml).Single().Transactions.Single();

        transaction
            .Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be("The value is empty; a decimal number is required.");
    }

    [Fact]
    public void ReadActivities_BadDatesAndFlags_AreWarningsNamingTheValue()
    {
        string xml = IatiData.Activities(
            """
            <iati-activity humanitarian="yes"><iati-identifier>XM-DATES</iati-identifier>
            <transaction humanitarian="2"><transaction-type code="3"/>
            <transaction-date iso-date="2025-02-30"/>
            <value currency="USD" value-date="27/02/2025">10</value></transaction></iati-activity>
            """
        );

        IatiActivity activity = IatiData.ReadText(xml).Single();

        activity.Humanitarian.Should().BeNull();
        IatiTransaction transaction = activity.Transactions.Single();
        transaction.Date.Should().BeNull();
        transaction.Value!.ValueDate.Should().BeNull();
        transaction.Humanitarian.Should().BeNull();
        transaction.HasErrors.Should().BeFalse();
        activity
            .Problems.Select(p => p.Message)
            .Should()
            .BeEquivalentTo(
                "The humanitarian flag 'yes' is not a boolean (0, 1, false or true); it is ignored.",
                "The humanitarian flag '2' is not a boolean (0, 1, false or true); it is ignored.",
                "The iso-date '2025-02-30' of the transaction-date is not a date (yyyy-mm-dd); it is ignored.",
                "The value-date '27/02/2025' of the value is not a date (yyyy-mm-dd); it is ignored."
            );
        activity
            .Problems.Should()
            .OnlyContain(p => p.Severity == IatiProblemSeverity.Warning && p.ActivityId == "XM-DATES");
        activity.Problems.Select(p => p.LineNumber).Should().BeInAscendingOrder();
    }

    [Fact]
    public void ReadActivities_TransactionTypeWithoutCode_IsAnError()
    {
        string xml = IatiData.Activities(
            """<iati-activity><iati-identifier>A</iati-identifier><transaction><transaction-type/><value currency="USD">1</value></transaction></iati-activity>"""
        );

        IatiTransaction transaction = IatiData.ReadText(xml).Single().Transactions.Single();

        transaction
            .Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be("The transaction-type element has no code, so the transaction cannot be classified.");
    }

    [Fact]
    public void ReadActivities_Version1StyleOrganisationText_IsTheName()
    {
        string xml = IatiData.Activities(
            """<iati-activity><iati-identifier>A</iati-identifier><reporting-org ref="NL-CHC-98765" type="21">Old Organisation </reporting-org></iati-activity>"""
        );

        IatiData
            .ReadText(xml)
            .Single()
            .ReportingOrg.Should()
            .Be(new IatiOrganisation("NL-CHC-98765", "Old Organisation", "21"));
    }

    [Fact]
    public void ReadActivities_ElementsInOtherNamespaces_AreIgnored()
    {
        string xml = IatiData.Activities(
            """
            <iati-activity xmlns:x="urn:x"><iati-identifier>A</iati-identifier>
            <x:transaction><transaction-type code="2"/><value currency="USD">1</value></x:transaction>
            <transaction><transaction-type code="2"/><x:value currency="USD">5</x:value><value currency="USD">2</value></transaction>
            </iati-activity>
            """
        );

        IatiTransaction transaction = IatiData.ReadText(xml).Single().Transactions.Should().ContainSingle().Subject;

        transaction.Value!.Amount.Should().Be(2m);
    }

    [Fact]
    public void ReadActivities_NoIdentifier_IsAWarningWithTheLine()
    {
        IatiActivity activity = IatiData
            .ReadText(IatiData.Activities("<iati-activity><iati-identifier> </iati-identifier></iati-activity>"))
            .Single();

        activity.Identifier.Should().BeNull();
        activity
            .Problems.Should()
            .ContainSingle()
            .Which.Should()
            .Match<IatiProblem>(p =>
                p.Message == "The activity at line 3 has no iati-identifier."
                && p.LineNumber == 3
                && p.ActivityId == null
            );
    }

    [Fact]
    public void ReadActivities_IsLazy_ReadsTheFirstActivitiesOfAnEndlessStream()
    {
        using var stream = new EndlessActivities();
        using IatiReader reader = IatiReader.Create(stream, "endless.xml", leaveOpen: true);

        List<IatiActivity> first = [.. reader.ReadActivities().Take(3)];

        first.Select(a => a.Identifier).Should().Equal("XM-ENDLESS-0", "XM-ENDLESS-1", "XM-ENDLESS-2");
        first.Should().OnlyContain(a => a.Transactions.Count == 1 && a.Transactions[0].Value!.Amount == 100.25m);
        stream.BytesServed.Should().BeLessThan(1 << 20);
        reader.ActivitiesRead.Should().Be(3);
    }

    [Fact]
    public void Dispose_ThenReadActivities_Throws()
    {
        IatiReader reader = IatiData.FromText(IatiData.Activities(Transaction2));
        reader.Dispose();

        Action read = () => reader.ReadActivities();

        read.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Open_MissingFile_ThrowsFileNotFound()
    {
        Action open = () => IatiReader.Open(Path.Combine(Path.GetTempPath(), "no-such-iati-file.xml"));

        open.Should().Throw<FileNotFoundException>();
    }

    /// <summary>A stream of IATI XML that never ends: a header, then activity after activity.</summary>
    private sealed class EndlessActivities : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
        );
        private int _offset;
        private int _next;

        public long BytesServed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _pending = Encoding.UTF8.GetBytes(
                    $"<iati-activity default-currency=\"USD\"><iati-identifier>XM-ENDLESS-{_next++}</iati-identifier>"
                        + "<transaction><transaction-type code=\"3\"/><value value-date=\"2024-01-01\">100.25</value>"
                        + "</transaction></iati-activity>\n"
                );
                _offset = 0;
            }

            int n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesServed += n;
            return n;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
