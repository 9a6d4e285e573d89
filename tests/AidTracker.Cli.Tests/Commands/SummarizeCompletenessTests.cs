using System.Text.Json;
using System.Text.Json.Nodes;

namespace AidTracker.Cli.Tests.Commands;

/// <summary>Issue 12, item 7: a group whose total leaves out amounts that had no rate says so in every
/// format.</summary>
public class SummarizeCompletenessTests
{
    // A yen amount of 1901: before any source's data (ECB 1999, NBU 1996, IMF 1940s), so no source has its rate.
    private static string LedgerWithAnUnconvertibleAmount(TempFolder folder) =>
        ValidateCommandTests.Broken(folder, ledger => ledger["commitments"]!
                .AsArray()
                .Add(
                    new JsonObject
                    {
                        ["id"] = "jp-1901",
                        ["title"] = "An old grant",
                        ["donor"] = "JPN",
                        ["recipient"] = "UKR",
                        ["amount"] = new JsonObject { ["value"] = "1000", ["currency"] = "JPY" },
                        ["stage"] = "committed",
                        ["date"] = "1901-06-01",
                        ["category"] = "humanitarian",
                        ["instrument"] = "grant",
                    }
                ));

    [Fact]
    public async Task Csv_GroupWithAnUnconvertedAmount_HasCompleteFalse()
    {
        using var folder = new TempFolder();
        string file = LedgerWithAnUnconvertibleAmount(folder);

        CliRun run = await CliRun.RunAsync(
            "summarize",
            file,
            "--to",
            "USD",
            "--by",
            "year",
            "--format",
            "csv",
            "--allow-incomplete"
        );

        run.ShouldSucceed();
        string[] rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be("year,count,value,currency,qualifier,complete");
        rows.Should().Contain("1901,1,0.00,USD,exact,false");
        rows.Should().Contain("2025,1,12400000000.00,USD,at-least,true");
    }

    [Fact]
    public async Task Json_GroupWithAnUnconvertedAmount_IsIncompleteAndTheEntryNamesItsGroup()
    {
        using var folder = new TempFolder();
        string file = LedgerWithAnUnconvertibleAmount(folder);

        CliRun run = await CliRun.RunAsync(
            "summarize",
            file,
            "--to",
            "USD",
            "--by",
            "year",
            "--format",
            "json",
            "--allow-incomplete"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "summarize");
        JsonElement old = json.GetProperty("groups")
            .EnumerateArray()
            .Single(g => g.GetProperty("key").GetProperty("year").GetString() == "1901");
        old.GetProperty("complete").GetBoolean().Should().BeFalse();
        old.GetProperty("unconverted").GetInt32().Should().Be(1);
        JsonElement recent = json.GetProperty("groups")
            .EnumerateArray()
            .Single(g => g.GetProperty("key").GetProperty("year").GetString() == "2025");
        recent.GetProperty("complete").GetBoolean().Should().BeTrue();
        JsonElement entry = json.GetProperty("unconverted").EnumerateArray().Single();
        entry.GetProperty("id").GetString().Should().Be("jp-1901");
        entry.GetProperty("group").GetProperty("year").GetString().Should().Be("1901");
        json.GetProperty("complete").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Table_UnconvertedAmount_IsListedWithItsGroupAndTheRowIsMarked()
    {
        using var folder = new TempFolder();
        string file = LedgerWithAnUnconvertibleAmount(folder);

        CliRun run = await CliRun.RunAsync("summarize", file, "--to", "USD", "--by", "year", "--allow-incomplete");

        run.ShouldSucceed();
        run.Out.Should().Contain("(1 amount not converted)");
        run.Out.Should().Contain("jp-1901 (group 1901): 1,000 JPY: ");
    }
}
