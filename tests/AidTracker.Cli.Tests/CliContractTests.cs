using System.Text.Json;

namespace AidTracker.Cli.Tests;

/// <summary>The contract check itself can fail: documents that break docs/cli.schema.json are caught.</summary>
public class CliContractTests
{
    private const string Valid = """
        { "original": { "value": "8800000000", "currency": "JPY", "qualifier": "exact" },
          "converted": { "value": "58825751.29", "currency": "USD", "qualifier": "exact" },
          "rates": [], "credits": [] }
        """;

    [Fact]
    public void Evaluate_ValidConvertDocument_IsValid()
    {
        using JsonDocument document = JsonDocument.Parse(Valid);

        CliContract.Evaluate(document.RootElement, "convert").IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("\"value\": \"58825751.29\"", "\"value\": 58825751.29")]
    [InlineData("\"value\": \"58825751.29\"", "\"value\": \"58,825,751.29\"")]
    [InlineData("\"qualifier\": \"exact\" },\n  \"rates\"", "\"qualifier\": \"over\" },\n  \"rates\"")]
    [InlineData("\"credits\": []", "\"credits\": [], \"extra\": 1")]
    [InlineData("\"rates\": [], ", "")]
    public void Evaluate_BrokenConvertDocument_IsInvalid(string oldText, string newText)
    {
        string text = Valid.Replace("\r\n", "\n").Replace("\n          ", "\n  ");
        string broken = text.Replace(oldText, newText);
        broken.Should().NotBe(text, "the test must change the document");
        using JsonDocument document = JsonDocument.Parse(broken);

        CliContract.Evaluate(document.RootElement, "convert").IsValid.Should().BeFalse();
    }
}
