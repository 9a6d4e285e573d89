using System.Text;

namespace AidTracker.Fts.Tests;

public class FtsReaderTests
{
    [Fact]
    public void ReadFile_FirstAfghanistanPage_SummaryAndFlows()
    {
        FtsPage page = FtsReader.ReadFile(FtsData.Path(FtsData.FirstPage));

        page.HasSummary.Should().BeTrue();
        page.Summary.Should()
            .Be(
                new FtsSearchSummary
                {
                    FlowCount = 484,
                    IncomingFlowCount = 328,
                    IncomingFundingTotal = 725_591_299m,
                    IncomingPledgeTotal = 0m,
                    OutgoingFlowCount = 0,
                    OutgoingFundingTotal = 0m,
                    OutgoingPledgeTotal = 0m,
                    InternalFlowCount = 156,
                }
            );
        page.NextLink.Should().EndWith("custom-search-locationid-1-year-2020-page-2.json");
        page.Flows.Should().HaveCount(200);
        FtsFlow first = page.Flows[0];
        first.Id.Should().Be("158080");
        first.AmountUsd.Should().Be(118_868m);
        first.OriginalAmount.Should().Be(119_700m);
        first.OriginalCurrency.Should().Be("CHF");
        first.ExchangeRate.Should().Be(1.007m);
        first.Status.Should().Be("commitment");
        first.Date.Should().Be(new NodaTime.LocalDate(2016, 3, 31));
        first.SourceObjects[0].OrganizationTypes.Should().Equal("Government");
    }

    [Fact]
    public void Read_TruncatedJson_FormatErrorNamingTheInput()
    {
        byte[] bytes = File.ReadAllBytes(FtsData.Path(FtsData.ThirdPage));

        Action act = () => FtsReader.Read(bytes.AsSpan(0, bytes.Length / 2), "page-3.json");

        act.Should()
            .Throw<FtsFormatException>()
            .Where(e => e.FileName == "page-3.json" && e.Message.StartsWith("page-3.json is not valid JSON"));
    }

    [Theory]
    [InlineData("""{"status": "ok", "data": {"rates": []}}""", "no data.flows array")]
    [InlineData("""[1, 2, 3]""", "does not start with a JSON object")]
    [InlineData("""{"data": {"flows": {}}}""", "data.flows is a StartObject, not an array")]
    [InlineData("""{"data": {"flows": [{"amountUSD": 5}]}}""", "flow 1 of data.flows has no id")]
    [InlineData(
        """{"data": {"flows": [{"id": "1", "amountUSD": "five"}]}}""",
        "data.flows[0].amountUSD is not a number: five"
    )]
    [InlineData(
        """{"data": {"flows": [{"id": "1", "date": "31/03/2020"}]}}""",
        "data.flows[0].date is not an ISO date-time"
    )]
    [InlineData("""{"data": {"flows": []}} {}""", "is invalid after a single JSON value")]
    public void Read_NotAnFtsAnswer_FormatErrorSayingWhy(string json, string expected)
    {
        Action act = () => FtsReader.Read(Encoding.UTF8.GetBytes(json), "x.json");

        act.Should()
            .Throw<FtsFormatException>()
            .Where(e => e.Message.Contains(expected) && e.Message.StartsWith("x.json"));
    }

    [Fact]
    public void Read_NumericIdsAndUnknownFields_Read()
    {
        FtsPage page = FtsReader.Read(
            Encoding.UTF8.GetBytes(
                """{"data": {"flows": [{"id": 7, "childFlowIds": [8, "9"], "later": {"x": [1]}, "amountUSD": 1.5}]}, "meta": {"count": 1}}"""
            ),
            "x"
        );

        page.HasSummary.Should().BeFalse();
        page.Summary.FlowCount.Should().Be(1);
        page.Flows.Single().Id.Should().Be("7");
        page.Flows.Single().ChildFlowIds.Should().Equal("8", "9");
        page.Flows.Single().AmountUsd.Should().Be(1.5m);
    }

    [Fact]
    public void Read_RepeatedEscapedAndLongValues_SameTextsAsWritten()
    {
        string longName = "Fund " + new string('x', 200);
        string Org(string name, string types) =>
            "{\"type\": \"Organization\", \"id\": \"1\", \"name\": \""
            + name
            + "\", \"behavior\": \"single\", "
            + "\"organizationTypes\": ["
            + types
            + "]}";
        string json =
            "{\"data\": {\"flows\": ["
            + "{\"id\": \"1\", \"status\": \"paid\", \"sourceObjects\": ["
            + Org("Caf\\u00e9 \\\"Aid\\\"", "\"NGO\"")
            + "]},"
            + "{\"id\": \"2\", \"status\": \"p\\u0061id\", \"sourceObjects\": ["
            + Org("Café \\\"Aid\\\"", "\"NGO\"")
            + "]},"
            + "{\"id\": \"3\", \"status\": \"paid\", \"sourceObjects\": ["
            + Org("Café \\\"Aid\\\"", "\"Government\"")
            + "]},"
            + "{\"id\": \"4\", \"sourceObjects\": ["
            + Org(longName, "")
            + "]}]}}";

        FtsPage page = FtsReader.Read(Encoding.UTF8.GetBytes(json), "x");

        page.Flows.Select(f => f.SourceObjects[0].Name)
            .Should()
            .Equal("Café \"Aid\"", "Café \"Aid\"", "Café \"Aid\"", longName);
        page.Flows[1].Status.Should().Be("paid");
        page.Flows[2].SourceObjects[0].OrganizationTypes.Should().Equal("Government");
        page.Flows[1].SourceObjects[0].OrganizationTypes.Should().Equal("NGO");
        page.Flows[3].SourceObjects[0].OrganizationTypes.Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_Stream_SameFlowsAsTheFile(bool seekable)
    {
        byte[] bytes = File.ReadAllBytes(FtsData.Path(FtsData.SecondPage));
        using Stream stream = seekable ? new MemoryStream(bytes) : new NonSeekableStream(bytes);

        FtsPage page = FtsReader.Read(stream, "page-2.json");

        FtsPage file = FtsReader.ReadFile(FtsData.Path(FtsData.SecondPage));
        page.Flows.Select(f => (f.Id, f.AmountUsd, f.Description))
            .Should()
            .Equal(file.Flows.Select(f => (f.Id, f.AmountUsd, f.Description)));
        page.Flows.Should().HaveCount(200);
    }

    [Fact]
    public void Read_WithBytesCallback_ToldEvery256FlowsHowFarItHasCome()
    {
        string[] flows =
        [
            .. Enumerable
                .Range(1, 600)
                .Select(i => FtsData.Flow(i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ];
        byte[] bytes = Encoding.UTF8.GetBytes(FtsData.Page(flows));
        var told = new List<long>();

        FtsPage page = FtsReader.Read(bytes, "big.json", told.Add);

        page.Flows.Should().HaveCount(600);
        told.Should().HaveCount(2, "after flows 256 and 512").And.BeInAscendingOrder();
        told[1].Should().BeLessThan(bytes.Length).And.BeGreaterThan(bytes.Length / 2);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException("A pipe has no length.");
    }
}
