using System.Text;
using AidTracker.Serialization;

namespace AidTracker.Tests.Serialization;

/// <summary>The bad inputs of issue 4: each gives a clear error naming the file, line, path and record, and what was
/// expected.</summary>
public class LedgerJsonBadInputTests
{
    private const string File = "bad.ledger.json";

    [Fact]
    public async Task Truncated_SaysSoWithTheRecordItStoppedIn()
    {
        string text = Samples.JapanUkraineText;
        string truncated = text[..text.IndexOf("\"budget\"", StringComparison.Ordinal)];

        LedgerFormatException e = await FormatError(truncated);

        e.Reason.Should().Contain("ends before the ledger is complete").And.Contain("truncated");
        e.JsonPath.Should().Be("$.commitments[1]");
        e.FileName.Should().Be(File);
        e.LineNumber.Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task NotJson_SaysSo()
    {
        LedgerFormatException e = await FormatError("hello");

        e.Message.Should()
            .Be("bad.ledger.json, line 1, $: The file is not valid JSON: 'h' is an invalid start of a value.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public async Task Empty_SaysSo(string text)
    {
        LedgerFormatException e = await FormatError(text);

        e.Reason.Should().StartWith("The file is empty; expected a JSON ledger {\"schemaVersion\": 1");
        e.LineNumber.Should().Be(1);
    }

    [Theory]
    [InlineData("1e400", "exponents are not allowed")]
    [InlineData("\"1e400\"", "exponents are not allowed")]
    [InlineData("\"12,4\"", "the decimal separator is '.'")]
    [InlineData("\"1.2.3\"", "at most one '.'")]
    [InlineData("\"\"", "expected digits")]
    [InlineData("\" 12\"", "expected digits")]
    [InlineData("\"+12\"", "expected digits")]
    [InlineData("\"12.\"", "expected digits")]
    [InlineData("\"100000000000000000000000000000\"", "too large")]
    [InlineData("\"0.12345678901234567890123456789\"", "more digits than an exact decimal amount holds")]
    [InlineData("true", "not true or false")]
    public async Task BadAmount_NamesTheValueRecordAndLine(string value, string why)
    {
        string json = Samples.SampleWith("\"value\": \"8800000000\"", "\"value\": " + value);

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Contain(why);
        if (value.Length > 2 && value != "true")
        {
            e.Reason.Should().Contain("'" + value.Trim('"') + "'");
        }

        e.JsonPath.Should().Be("$.commitments[1].amount.value");
        e.RecordId.Should().Be("jp-ua-erp-4");
        e.LineNumber.Should().Be(Samples.LineOf(json, "\"value\": " + value));
        e.Message.Should()
            .StartWith($"bad.ledger.json, line {e.LineNumber}, $.commitments[1].amount.value (record 'jp-ua-erp-4'): ");
    }

    [Fact]
    public async Task UnknownCurrency_IsAValidationErrorWithPathAndLine()
    {
        string json = Samples.SampleWith("\"currency\": \"JPY\"", "\"currency\": \"JPX\"");

        Func<Task> act = () => Samples.ReadAsync(json, File);

        LedgerValidationException e = (await act.Should().ThrowAsync<LedgerValidationException>()).Which;
        LedgerProblem problem = e.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.UnknownCurrency);
        problem.RecordId.Should().Be("jp-ua-erp-4");
        problem.Message.Should().Contain("'JPX'");
        problem.Location!.FileName.Should().Be(File);
        problem.Location.Path.Should().Be("$.commitments[1].amount.currency");
        problem.Location.LineNumber.Should().Be(Samples.LineOf(json, "\"id\": \"jp-ua-erp-4\"") - 1);
    }

    [Fact]
    public async Task LowerCaseCurrency_IsUnknownWithAHint()
    {
        string json = Samples.SampleWith(
            "\"currency\": \"USD\",\n          \"qualifier\": \"approximately\"",
            "\"currency\": \"usd\",\n          \"qualifier\": \"approximately\""
        );

        Func<Task> act = () => Samples.ReadAsync(json, File);

        (await act.Should().ThrowAsync<LedgerValidationException>())
            .Which.Errors.Should()
            .ContainSingle()
            .Which.Message.Should()
            .Contain("'usd'")
            .And.Contain("'USD'");
    }

    [Fact]
    public async Task ImpossibleDate_SaysWhy()
    {
        string json = Samples.SampleWith("\"date\": \"2025-02-27\"", "\"date\": \"2025-02-30\"");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should()
            .Be(
                "'2025-02-30' is not a valid date: The day 30 is out of range in month 2 of year 2025. Expected a date "
                    + "\"yyyy-MM-dd\" such as \"2025-02-27\"."
            );
        e.JsonPath.Should().Be("$.commitments[1].date");
        e.RecordId.Should().Be("jp-ua-erp-4");
        e.LineNumber.Should().Be(Samples.LineOf(json, "2025-02-30"));
    }

    [Theory]
    [InlineData("\"2025-2-27\"")]
    [InlineData("\"27/02/2025\"")]
    [InlineData("20250227")]
    public async Task MalformedDate_SaysWhatWasExpected(string value)
    {
        string json = Samples.SampleWith("\"date\": \"2025-02-27\"", "\"date\": " + value);

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Contain("\"yyyy-MM-dd\"");
        e.JsonPath.Should().Be("$.commitments[1].date");
    }

    [Fact]
    public async Task DuplicateIds_AreAValidationErrorNamingBothPlaces()
    {
        string json = Samples.SampleWith("\"id\": \"jp-ua-dpl-2022-top-up\"", "\"id\": \"jp-ua-dpl-2022\"");

        Func<Task> act = () => Samples.ReadAsync(json, File);

        LedgerValidationException e = (await act.Should().ThrowAsync<LedgerValidationException>()).Which;
        LedgerProblem problem = e.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.DuplicateId);
        problem.Location!.Path.Should().Be("$.commitments[3].id");
        problem.Message.Should().Contain("'jp-ua-dpl-2022'").And.Contain("$.commitments[2]");
    }

    [Fact]
    public async Task SelfParent_IsAParentCycleError()
    {
        string json = Samples.SampleWith("\"parent\": \"jp-ua-cumulative-2025-03\"", "\"parent\": \"jp-ua-erp-4\"");

        Func<Task> act = () => Samples.ReadAsync(json, File);

        (await act.Should().ThrowAsync<LedgerValidationException>())
            .Which.Errors.Should()
            .ContainSingle()
            .Which.Code.Should()
            .Be(LedgerProblemCode.ParentCycle);
    }

    [Fact]
    public async Task WrongSchemaVersion_SaysWhichIsSupported()
    {
        LedgerFormatException e = await FormatError(Samples.SampleWith("\"schemaVersion\": 1", "\"schemaVersion\": 2"));

        e.Message.Should()
            .Be(
                "bad.ledger.json, line 2, $.schemaVersion: Unsupported schemaVersion 2: this version of AidTracker "
                    + "reads schemaVersion 1."
            );
    }

    [Theory]
    [InlineData("{\"agreements\": []}", "must start with \"schemaVersion\"")]
    [InlineData("{}", "has no \"schemaVersion\"")]
    [InlineData("{\"schemaVersion\": \"1\"}", "must be the number 1")]
    [InlineData("[1, 2]", "starts with an array")]
    [InlineData("{\"schemaVersion\": 1, \"commitments\": {}}", "must be an array of commitment objects")]
    [InlineData("{\"schemaVersion\": 1, \"commitments\": [1]}", "Each commitment must be a JSON object")]
    [InlineData("{\"schemaVersion\": 1, \"extra\": 1}", "no property \"extra\"")]
    [InlineData("{\"schemaVersion\": 1, \"commitments\": [], \"commitments\": []}", "twice")]
    [InlineData("{\"schemaVersion\": 1} x", "not valid JSON")]
    [InlineData("{\"schemaVersion\": 1, /* c */ \"agreements\": []}", "not valid JSON")]
    [InlineData("{\"schemaVersion\": 1, \"agreements\": [],}", "not valid JSON")]
    public async Task BadStructure_SaysWhatWasExpected(string json, string why)
    {
        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Contain(why);
    }

    [Fact]
    public async Task UnknownProperty_ListsTheAllowedOnes()
    {
        string json = Samples.SampleWith("\"budget\": ", "\"budgett\": ");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should()
            .StartWith(
                "A commitment has no property \"budgett\"; expected one of: agreement, amount, budget, category,"
            );
        e.JsonPath.Should().Be("$.commitments[1].budgett");
        e.RecordId.Should().Be("jp-ua-erp-4");
        e.LineNumber.Should().Be(Samples.LineOf(json, "budgett"));
    }

    [Fact]
    public async Task UnknownNestedProperty_NamesItsObject()
    {
        string json = Samples.SampleWith("\"value\": \"63300000\",", "\"value\": \"63300000\", \"rate\": 139,");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should()
            .Be("\"stated\" of a commitment has no property \"rate\"; expected one of: currency, qualifier, value.");
        e.JsonPath.Should().Be("$.commitments[1].stated[0].rate");
    }

    [Fact]
    public async Task MissingRequiredProperty_NamesItAndTheRecord()
    {
        string json = Samples.SampleWith("\"title\": \"Fourth emergency recovery package\",", string.Empty);

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Be("The commitment has no \"title\" (or it is null); expected a string.");
        e.JsonPath.Should().Be("$.commitments[1]");
        e.RecordId.Should().Be("jp-ua-erp-4");
    }

    [Fact]
    public async Task WrongType_SaysWhatWasExpected()
    {
        string json = Samples.SampleWith("\"title\": \"Fourth emergency recovery package\"", "\"title\": 4");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Be("\"title\" has a value of the wrong type; expected a string.");
        e.JsonPath.Should().Be("$.commitments[1].title");
    }

    [Fact]
    public async Task UnknownEnumName_ListsTheAllowedOnes()
    {
        string json = Samples.SampleWith("\"category\": \"recovery\"", "\"category\": \"reconstruction\"");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should()
            .Be(
                "'reconstruction' is not a category; expected one of: financial, humanitarian, recovery, economic, "
                    + "military, in-kind, other."
            );
        e.JsonPath.Should().Be("$.commitments[1].category");
    }

    [Fact]
    public async Task EnumAsNumber_IsAnError()
    {
        string json = Samples.SampleWith("\"stage\": \"committed\"", "\"stage\": 1");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Contain("must be one of the strings pledged, committed");
    }

    [Fact]
    public async Task MalformedCountry_SaysWhatWasExpected()
    {
        string json = Samples.SampleWith("\"recipient\": \"UKR\"", "\"recipient\": \"Ukraine\"");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should()
            .StartWith(
                "'Ukraine' is not an ISO 3166-1 alpha-3 country code; expected a country code of three upper-case "
                    + "letters"
            );
    }

    [Fact]
    public async Task DuplicateProperty_IsAnError()
    {
        string json = Samples.SampleWith(
            "\"title\": \"Fourth emergency recovery package\"",
            "\"title\": \"a\", \"title\": \"b\""
        );

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Be("The property \"title\" appears twice in the commitment.");
    }

    [Fact]
    public async Task QualifierWithoutAmount_IsAnError()
    {
        string json = Samples.SampleWith(
            "\"amount\": {\n        \"value\": \"8800000000\",\n        \"currency\": \"JPY\"\n      },",
            string.Empty
        );

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Contain("\"qualifier\" but no \"amount\"");
        e.JsonPath.Should().Be("$.commitments[1].qualifier");
    }

    [Fact]
    public async Task TitleWithSurroundingSpace_IsRefusedByTheRecord()
    {
        string json = Samples.SampleWith("\"title\": \"Fourth emergency recovery package\"", "\"title\": \" Fourth\"");

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Be("The commitment title ' Fourth' must not start or end with white space.");
        e.RecordId.Should().Be("jp-ua-erp-4");
    }

    [Fact]
    public async Task RelativeSourceUrl_IsAnError()
    {
        string json = Samples.SampleWith(
            "\"url\": \"https://www.mofa.go.jp/press/release/press1e_000289.html\"",
            "\"url\": \"press1e_000289.html\""
        );

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().Contain("'press1e_000289.html' is not an absolute URL");
        e.JsonPath.Should().Be("$.agreements[0].sources[0].url");
    }

    [Fact]
    public async Task SyntaxErrorInsideARecord_NamesItsLineAndRecord()
    {
        string json = Samples.SampleWith(
            "\"budget\": \"FY2024 supplementary\",",
            "\"budget\": \"FY2024\" \"supplementary\","
        );

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().StartWith("The file is not valid JSON: ");
        e.LineNumber.Should().Be(Samples.LineOf(json, "\"budget\""));
        e.RecordId.Should().Be("jp-ua-erp-4");
    }

    [Fact]
    public async Task MissingCommaBetweenRecords_NamesTheLine()
    {
        string json = Samples.SampleWith(
            "    },\n    {\n      \"id\": \"jp-ua-dpl-2022\",",
            "    }\n    {\n      \"id\": \"jp-ua-dpl-2022\","
        );

        LedgerFormatException e = await FormatError(json);

        e.Reason.Should().StartWith("The file is not valid JSON: ");
        e.LineNumber.Should().Be(Samples.LineOf(json, "\"id\": \"jp-ua-dpl-2022\"") - 1);
    }

    [Fact]
    public async Task BracesAndQuotesInStrings_AreReadAsText()
    {
        string json = Samples.SampleWith(
            "\"title\": \"Fourth emergency recovery package\"",
            "\"title\": \"Fourth } { [ \\\" package \\\\\""
        );

        AidTracker.Ledger ledger = await Samples.ReadAsync(json);

        ledger.GetCommitment("jp-ua-erp-4").Title.Should().Be("Fourth } { [ \" package \\");
    }

    [Theory]
    [InlineData("{}", 2)]
    [InlineData("{\"a\": {\"b\": \"}\"}} ,", 17)]
    [InlineData("{\"a\": \"\\\"}\"}", 12)]
    [InlineData("{\"a\": {", -1)]
    [InlineData("{\"a\": \"\\", -1)]
    public void RecordEnd_MatchesBracesOutsideStrings(string json, int expected)
    {
        LedgerJsonReader.RecordEnd(Encoding.UTF8.GetBytes(json)).Should().Be(expected);
    }

    [Fact]
    public async Task FormatError_FromANamedFile_NamesTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "aidtracker-" + Guid.NewGuid().ToString("N") + ".ledger.json");
        await System.IO.File.WriteAllTextAsync(path, "{\"schemaVersion\": 3}", TestContext.Current.CancellationToken);
        try
        {
            Func<Task> act = () =>
                LedgerJson.ReadFileAsync(path, Samples.SpeechDay, TestContext.Current.CancellationToken);

            (await act.Should().ThrowAsync<LedgerFormatException>()).Which.FileName.Should().Be(path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static async Task<LedgerFormatException> FormatError(string json)
    {
        Func<Task> act = () =>
            LedgerJson.ReadAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(json)),
                Samples.SpeechDay,
                File,
                TestContext.Current.CancellationToken
            );
        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.Message.Should().NotContain("   at ", "no stack traces in messages");
        e.Message.Should()
            .NotContain("AidTracker.Serialization.", "messages speak of the format, not of internal types");
        return e;
    }
}
