using System.Text;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Iati.Tests;

/// <summary>Issue 12: element text and attributes are bounded by <see cref="IatiReader.MaxTextLength"/>, and messages
/// quote input briefly.</summary>
public class IatiReaderLimitsTests
{
    private const long TwoHundredMegabytes = 200L * 1024 * 1024;

    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="2.03">
        <iati-activity default-currency="USD">
        <iati-identifier>XM-BIG-1</iati-identifier>
        <title><narrative>
        """;

    private const string Tail = """
        </narrative></title>
        <transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">5</value></transaction>
        </iati-activity>
        </iati-activities>
        """;

    private static readonly IatiImporter Importer = new(new FakeClock(Instant.FromUtc(2026, 4, 13, 0, 0)));

    [Fact]
    public void ReadActivities_TitleOf200Megabytes_ThrowsNamingActivityAndElementWithoutReadingItWhole()
    {
        var stream = new RepeatedStream(Head, (byte)'A', TwoHundredMegabytes, Tail);
        long before = GC.GetAllocatedBytesForCurrentThread();
        using IatiReader reader = IatiReader.Create(stream, "big.xml", leaveOpen: false);

        Action read = () => _ = reader.ReadActivities().ToList();

        IatiFormatException e = read.Should().Throw<IatiFormatException>().Which;
        e.Message.Should()
            .Be(
                "The text of the title/narrative element of activity \"XM-BIG-1\" (line 3) in 'big.xml' is longer than "
                    + "1,048,576 characters, the most an IATI value or text may have; the file is refused."
            );
        e.LineNumber.Should().Be(5);
        stream.BytesRead.Should().BeLessThan(2L * IatiReader.MaxTextLength, "the reader stops at the limit");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void Import_TitleOf200Megabytes_RefusesTheFileNamingTheActivity()
    {
        var stream = new RepeatedStream(Head, (byte)'A', TwoHundredMegabytes, Tail);

        IatiImportResult result = Importer.Import(stream, "big.xml");

        result.Ledger.Commitments.Should().BeEmpty();
        result
            .Report.Files.Should()
            .ContainSingle()
            .Which.Refusal!.Message.Should()
            .Contain("title/narrative element of activity \"XM-BIG-1\"");
    }

    [Fact]
    public void ReadActivities_TitleOfExactlyTheLimit_IsRead()
    {
        var stream = new RepeatedStream(Head, (byte)'A', IatiReader.MaxTextLength, Tail);
        using IatiReader reader = IatiReader.Create(stream, "edge.xml", leaveOpen: false);

        IatiActivity activity = reader.ReadActivities().Single();

        activity.Title!.Length.Should().Be(IatiReader.MaxTextLength);
        activity.Transactions.Should().ContainSingle().Which.Value!.Amount.Should().Be(5m);
    }

    [Fact]
    public void ReadActivities_TitleOneCharacterOverTheLimit_Throws()
    {
        var stream = new RepeatedStream(Head, (byte)'A', IatiReader.MaxTextLength + 1, Tail);
        using IatiReader reader = IatiReader.Create(stream, "edge.xml", leaveOpen: false);

        Action read = () => _ = reader.ReadActivities().ToList();

        read.Should()
            .Throw<IatiFormatException>()
            .WithMessage("The text of the title/narrative element of activity \"XM-BIG-1\"*");
    }

    [Fact]
    public void ReadActivities_IdentifierOverTheLimit_NamesTheActivityByItsLine()
    {
        var stream = new RepeatedStream(
            "<iati-activities version=\"2.03\">\n<iati-activity>\n<iati-identifier>",
            (byte)'I',
            IatiReader.MaxTextLength + 10,
            "</iati-identifier></iati-activity></iati-activities>"
        );
        using IatiReader reader = IatiReader.Create(stream, "id.xml", leaveOpen: false);

        Action read = () => _ = reader.ReadActivities().ToList();

        read.Should()
            .Throw<IatiFormatException>()
            .WithMessage(
                "The text of the iati-identifier element of the activity at line 2 in 'id.xml' is longer than*"
            );
    }

    [Fact]
    public void ReadActivities_HugeCurrencyAttribute_ThrowsNamingTheAttribute()
    {
        string xml = IatiData.Activities(
            $"""
            <iati-activity><iati-identifier>XM-ATTR-1</iati-identifier>
            <transaction><transaction-type code="2"/><value currency="{new string(
                'U',
                IatiReader.MaxTextLength + 1
            )}">5</value></transaction>
            </iati-activity>
            """
        );

        Action read = () => IatiData.ReadText(xml);

        read.Should()
            .Throw<IatiFormatException>()
            .WithMessage(
                "The currency attribute of the value element of activity \"XM-ATTR-1\" (line 3) in 'test.xml' is "
                    + "longer than 1,048,576 characters*"
            );
    }

    [Fact]
    public void ReadActivities_HugeElementName_MessageQuotesItShort()
    {
        string xml = IatiData.Activities($"<iati-activity><{new string('x', 100_000)}></y></iati-activity>");

        Action read = () => IatiData.ReadText(xml);

        read.Should()
            .Throw<IatiFormatException>()
            .WithMessage("*not well-formed XML*'" + new string('x', 80) + "…'*")
            .Which.Message.Length.Should()
            .BeLessThan(400);
    }

    [Fact]
    public void ReadActivities_InvalidCharacter_MessageEscapesIt()
    {
        string xml = IatiData.Activities("<iati-activity a=\"x\u0001\"></iati-activity>");

        Action read = () => IatiData.ReadText(xml);

        read.Should()
            .Throw<IatiFormatException>()
            .WithMessage(@"*'\u0001', hexadecimal value 0x01, is an invalid character*")
            .Which.Message.Should()
            .NotContain("\u0001");
    }

    [Fact]
    public void ReadActivities_HugeBadValueWithControlCharacters_ProblemQuotesEightyCharacters()
    {
        string xml = IatiData.Activities(
            $"""
            <iati-activity default-currency="USD"><iati-identifier>XM-VAL-1</iati-identifier>
            <transaction><transaction-type code="2"/><value>1&#x2028;{new string('9', 5000)}</value></transaction>
            </iati-activity>
            """
        );

        IatiActivity activity = IatiData.ReadText(xml).Single();

        activity
            .Problems.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Be(
                @"The value '1\u2028"
                    + new string('9', 73)
                    + "…' is not a decimal number that can be held exactly (digits with an optional sign and decimal "
                    + "point, at most 28 significant digits, or 29 within the range of decimal)."
            );
    }

    [Fact]
    public void IatiProblemToString_HugeActivityId_QuotesItShort()
    {
        var problem = new IatiProblem(
            IatiProblemSeverity.Warning,
            "Something.",
            "f.xml",
            3,
            new string('A', 10_000),
            1
        );

        problem
            .ToString()
            .Should()
            .Be("f.xml(3): warning: activity " + new string('A', 80) + "…, transaction 1: Something.");
    }

    /// <summary>Found by the fuzz suite: a repeated element read with <c>x ??= Read()</c> was never read, so the reader
    /// never moved past it and looped for ever.</summary>
    [Fact(Timeout = 20_000)]
    public async Task ReadActivities_RepeatedActivityElements_KeepTheFirstAndDoNotHang()
    {
        string xml = IatiData.Activities(
            """
            <iati-activity default-currency="USD">
            <iati-identifier>XM-REP-1</iati-identifier><iati-identifier>XM-REP-2</iati-identifier>
            <reporting-org ref="XM-A"><narrative>First donor</narrative></reporting-org><reporting-org ref="XM-B"><narrative>Second</narrative></reporting-org>
            <title><narrative>First title</narrative></title><title><narrative>Second title</narrative></title>
            </iati-activity>
            """
        );

        IatiActivity activity = (
            await Task.Run(() => IatiData.ReadText(xml), TestContext.Current.CancellationToken)
        ).Single();

        activity.Identifier.Should().Be("XM-REP-1");
        activity.ReportingOrg!.Ref.Should().Be("XM-A");
        activity.Title.Should().Be("First title");
    }

    /// <summary>Found by the fuzz suite (a mutated pass-21-transaction.xml): the same hang for a transaction's repeated
    /// description, provider-org or receiver-org.</summary>
    [Fact(Timeout = 20_000)]
    public async Task ReadActivities_RepeatedTransactionElements_KeepTheFirstAndDoNotHang()
    {
        string xml = IatiData.Activities(
            """
            <iati-activity default-currency="USD"><iati-identifier>XM-REP-1</iati-identifier>
            <transaction><transaction-type code="2"/><value>5</value>
            <description><narrative>First description</narrative></description><description><narrative>Second</narrative></description>
            <provider-org ref="XM-P1"/><provider-org ref="XM-P2"/>
            <receiver-org ref="XM-R1"><narrative>First receiver</narrative></receiver-org><receiver-org ref="XM-R2"/>
            </transaction>
            </iati-activity>
            """
        );

        IatiTransaction transaction = (
            await Task.Run(() => IatiData.ReadText(xml), TestContext.Current.CancellationToken)
        )
            .Single()
            .Transactions.Single();

        transaction.Description.Should().Be("First description");
        transaction.ProviderOrg!.Ref.Should().Be("XM-P1");
        transaction.ReceiverOrg!.Ref.Should().Be("XM-R1");
        transaction.Value!.Amount.Should().Be(5m);
    }

    /// <summary>Found by the fuzz suite: the XML parser reads the first bytes when the reader is created, and its error
    /// escaped as an XmlException.</summary>
    [Fact]
    public void Create_BytesNoEncodingCanRead_ThrowsIatiFormatException()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0x00, 0x00, (byte)'<', 0, 0, 0];

        Action open = () => IatiReader.Create(new MemoryStream(bytes), "bom.xml", leaveOpen: false).Dispose();

        open.Should()
            .Throw<IatiFormatException>()
            .WithMessage(
                "The file 'bom.xml' is not well-formed XML at line 1, position 1: Invalid character in the given "
                    + "encoding.*"
            );
    }

    /// <summary>Found by the fuzz suite: the parser lists every unclosed element, here 200,000 of them.</summary>
    [Fact]
    public void ReadActivities_ThousandsOfUnclosedElements_MessageIsCut()
    {
        string xml =
            "<iati-activities version=\"2.03\"><iati-activity>"
            + string.Concat(Enumerable.Repeat("<narrative>", 200_000));

        Action read = () => IatiData.ReadText(xml);

        read.Should()
            .Throw<IatiFormatException>()
            .WithMessage("*The following elements are not closed: narrative, narrative*…")
            .Which.Message.Length.Should()
            .BeLessThan(320);
    }
}
