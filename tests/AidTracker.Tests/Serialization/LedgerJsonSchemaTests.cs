using System.Text.Json;
using System.Text.Json.Nodes;
using AidTracker.Serialization;
using Json.Schema;

namespace AidTracker.Tests.Serialization;

/// <summary>docs/ledger.schema.json against the sample files and the library's own names.</summary>
public class LedgerJsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Samples.RepoRoot, "docs", "ledger.schema.json")))
    );

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    public static TheoryData<string> SampleFiles =>
        [
            .. Directory
                .GetFiles(Path.Combine(Samples.RepoRoot, "samples"), "*.ledger.json")
                .Select(f => Path.GetFileName(f)),
        ];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_IsValidAgainstTheSchema(string fileName)
    {
        using JsonDocument document = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Samples.RepoRoot, "samples", fileName))
        );

        EvaluationResults results = Schema.Value.Evaluate(document.RootElement, Options);

        results.IsValid.Should().BeTrue(string.Join("; ", Errors(results)));
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2")]
    [InlineData("\"graceYears\": 10", "\"graceYears\": \"ten\"")]
    [InlineData("\"repayment\": \"equal-principal\"", "\"repayment\": \"french\"")]
    [InlineData("\"interestRate\": \"0.01\"", "\"interestRate\": \"1.5\"")]
    [InlineData("\"budget\": ", "\"budgett\": ")]
    [InlineData("\"value\": \"8800000000\"", "\"value\": \"12,4\"")]
    [InlineData("\"value\": \"8800000000\"", "\"value\": \"1.2.3\"")]
    [InlineData("\"currency\": \"JPY\"", "\"currency\": \"jpy\"")]
    [InlineData("\"date\": \"2025-02-27\"", "\"date\": \"2025-13-01\"")]
    [InlineData("\"category\": \"recovery\"", "\"category\": \"reconstruction\"")]
    [InlineData("\"recipient\": \"UKR\"", "\"recipient\": \"Ukraine\"")]
    [InlineData("\"title\": \"Fourth emergency recovery package\",", "")]
    [InlineData("\"title\": \"Fourth emergency recovery package\"", "\"title\": \" Fourth\"")]
    public void BrokenSample_IsInvalidAgainstTheSchema(string oldText, string newText)
    {
        using JsonDocument document = JsonDocument.Parse(Samples.SampleWith(oldText, newText));

        Schema.Value.Evaluate(document.RootElement, Options).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Schema_EnumNames_AreTheLibrarysNames()
    {
        JsonNode defs = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.RepoRoot, "docs", "ledger.schema.json")))![
            "$defs"
        ]!;

        Names(defs["qualifier"]!["enum"]).Should().Equal(KebabNames.Qualifiers.Select(n => n.Name));
        Names(defs["commitment"]!["properties"]!["stage"]!["enum"])
            .Should()
            .Equal(KebabNames.Stages.Select(n => n.Name));
        Names(defs["commitment"]!["properties"]!["category"]!["enum"])
            .Should()
            .Equal(KebabNames.Categories.Select(n => n.Name));
        Names(defs["commitment"]!["properties"]!["instrument"]!["enum"])
            .Should()
            .Equal(KebabNames.Instruments.Select(n => n.Name));
        Names(defs["agreement"]!["properties"]!["kind"]!["enum"])
            .Should()
            .Equal(KebabNames.AgreementKinds.Select(n => n.Name));
        Names(defs["disbursement"]!["properties"]!["kind"]!["enum"])
            .Should()
            .Equal(KebabNames.DisbursementKinds.Select(n => n.Name));
        Names(defs["terms"]!["properties"]!["repayment"]!["enum"])
            .Should()
            .Equal(KebabNames.RepaymentProfiles.Select(n => n.Name));
        string.Join(", ", defs["terms"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal))
            .Should()
            .Be(LedgerJsonExpectations.AllowedIn(LedgerRecordKind.Commitment, "terms"));
    }

    [Fact]
    public void Schema_Properties_AreTheReadersProperties()
    {
        JsonNode defs = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.RepoRoot, "docs", "ledger.schema.json")))![
            "$defs"
        ]!;

        foreach (
            (string def, LedgerRecordKind kind) in new[]
            {
                ("agreement", LedgerRecordKind.Agreement),
                ("commitment", LedgerRecordKind.Commitment),
                ("disbursement", LedgerRecordKind.Disbursement),
            }
        )
        {
            string schemaProperties = string.Join(
                ", ",
                defs[def]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)
            );
            schemaProperties.Should().Be(LedgerJsonExpectations.AllowedIn(kind, string.Empty), def);
        }
    }

    [Fact]
    public async Task WrittenLedger_IsValidAgainstTheSchema()
    {
        byte[] bytes = await Samples.WriteAsync(AidTracker.Tests.Ledger.WorkedExample.Ledger());
        using JsonDocument document = JsonDocument.Parse(bytes);

        Schema.Value.Evaluate(document.RootElement, Options).IsValid.Should().BeTrue();
    }

    private static IEnumerable<string> Names(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>());

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value));
}
