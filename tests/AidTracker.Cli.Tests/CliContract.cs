using System.Text.Json;
using Json.Schema;

namespace AidTracker.Cli.Tests;

/// <summary>Checks JSON output against docs/cli.schema.json, the documented contract.</summary>
internal static class CliContract
{
    private static readonly Lazy<(JsonSchema Root, BuildOptions Options)> Schema = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema root = JsonSchema.FromText(
            File.ReadAllText(Path.Combine(CliRun.RepoRoot, "docs", "cli.schema.json")),
            options
        );
        return (root, options);
    });

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>Asserts <paramref name="json"/> is valid against the schema's
    /// <c>$defs/<paramref name="document"/></c>.</summary>
    public static void Validate(JsonElement json, string document)
    {
        EvaluationResults results = Evaluate(json, document);
        results.IsValid.Should().BeTrue(string.Join("; ", Errors(results)));
    }

    /// <summary>Evaluates <paramref name="json"/> against the schema's
    /// <c>$defs/<paramref name="document"/></c>.</summary>
    public static EvaluationResults Evaluate(JsonElement json, string document)
    {
        (JsonSchema _, BuildOptions options) = Schema.Value;
        JsonSchema schema = JsonSchema.FromText(
            "{ \"$ref\": \"https://github.com/aidtracker/aidtracker/blob/main/docs/cli.schema.json#/$defs/"
                + document
                + "\" }",
            options,
            new Uri("https://example.test/" + document + "-" + Guid.NewGuid().ToString("N"))
        );
        return schema.Evaluate(json, Evaluation);
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
}
