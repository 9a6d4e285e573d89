using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;

namespace AidTracker.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_Sample_IsValidWithExit0()
    {
        CliRun run = await CliRun.RunAsync("validate", CliRun.Sample);

        run.ShouldSucceed();
        run.Out.Should().Contain(CliRun.Sample + ": valid: 0 errors, 0 warnings in 8 records.");
    }

    [Fact]
    public async Task Validate_LedgerWithErrors_PrintsEachOnOneLineWithLineIdAndPathAndExits1()
    {
        using var folder = new TempFolder();
        string file = Broken(folder, ledger =>
        {
            JsonArray commitments = ledger["commitments"]!.AsArray();
            commitments[1]!["parent"] = "no-such-parent";
            commitments[2]!["id"] = "jp-ua-erp-4";
        });

        CliRun run = await CliRun.RunAsync("validate", file);

        run.ExitCode.Should().Be(1);
        string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines
            .Should()
            .Contain(l =>
                l.StartsWith(file + ":")
                && l.Contains(" error unknown-parent: record 'jp-ua-erp-4' at $.commitments[1].parent: ")
                && l.Contains("no-such-parent")
            );
        lines
            .Should()
            .Contain(l =>
                l.StartsWith(file + ":")
                && l.Contains(" error duplicate-id: record 'jp-ua-erp-4' at $.commitments[2].id: ")
            );
        lines
            .Where(l => l.Contains(" error "))
            .Should()
            .OnlyContain(l =>
                System.Text.RegularExpressions.Regex.IsMatch(
                    l,
                    "^" + System.Text.RegularExpressions.Regex.Escape(file) + @":\d+: error "
                )
            );
        lines[^1].Should().Contain("invalid:");
        run.ShouldFailWith(1, "is not a valid ledger");
    }

    [Fact]
    public async Task Validate_ValueDateAfterTheClocksToday_IsAnError()
    {
        CliRun run = await CliRun.RunAsync(Instant.FromUtc(2025, 3, 1, 0, 0), "validate", CliRun.Sample);

        run.ExitCode.Should().Be(1);
        run.Out.Should()
            .Contain("error value-date-in-future: record 'jp-ua-cumulative-2025-03' at $.commitments[0].date: ");
    }

    [Fact]
    public async Task Validate_WarningsOnly_PrintsThemAndExits0()
    {
        using var folder = new TempFolder();
        string file = Broken(folder, ledger => ledger["disbursements"]!
                .AsArray()
                .Add(
                    new JsonObject
                    {
                        ["id"] = "jp-ua-erp-4-paid",
                        ["commitment"] = "jp-ua-erp-4",
                        ["donor"] = "JPN",
                        ["recipient"] = "UKR",
                        ["amount"] = new JsonObject { ["value"] = "9000000000", ["currency"] = "JPY" },
                        ["date"] = "2025-03-10",
                    }
                ));

        CliRun run = await CliRun.RunAsync("validate", file);

        run.ShouldSucceed();
        run.Out.Should()
            .MatchRegex(
                @":\d+: warning disbursements-exceed-commitment: record 'jp-ua-erp-4' at \$\.commitments\[1\]\.amount: "
                    + @".*JPY 9,000,000,000"
            );
        run.Out.Should().Contain("valid: 0 errors, 1 warning in 9 records.");
    }

    [Fact]
    public async Task Validate_FormatError_IsReportedLikeAProblemWithExit1()
    {
        using var folder = new TempFolder();
        string file = Broken(folder, ledger => ledger["commitments"]![1]!["amount"]!["value"] = "8,8");

        CliRun run = await CliRun.RunAsync("validate", file);

        run.Out.Should()
            .MatchRegex(
                @":\d+: error format: record 'jp-ua-erp-4' at \$\.commitments\[1\]\.amount\.value: '8,8' is not an "
                    + @"exact decimal amount"
            );
        run.ShouldFailWith(1, "1 error");
    }

    [Fact]
    public async Task Validate_Json_FollowsTheContract()
    {
        using var folder = new TempFolder();
        string file = Broken(folder, ledger => ledger["commitments"]![1]!["parent"] = "no-such-parent");

        CliRun run = await CliRun.RunAsync("validate", file, "--format", "json");

        run.ExitCode.Should().Be(1);
        JsonElement json = run.Json();
        CliContract.Validate(json, "validate");
        json.GetProperty("valid").GetBoolean().Should().BeFalse();
        json.GetProperty("errors").GetInt32().Should().Be(1);
        JsonElement problem = json.GetProperty("problems")[0];
        problem.GetProperty("code").GetString().Should().Be("unknown-parent");
        problem.GetProperty("recordId").GetString().Should().Be("jp-ua-erp-4");
        problem.GetProperty("path").GetString().Should().Be("$.commitments[1].parent");
        problem.GetProperty("line").GetInt32().Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task Validate_MissingFile_FailsWithExit1()
    {
        CliRun run = await CliRun.RunAsync("validate", "no-such.ledger.json");

        run.ShouldFailWith(1, "cannot read 'no-such.ledger.json': no such file.");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_Folder_FailsWithExit1()
    {
        using var folder = new TempFolder();

        CliRun run = await CliRun.RunAsync("validate", folder.Path);

        run.ShouldFailWith(1, "cannot read", folder.Path);
    }

    /// <summary>Writes the sample, changed by <paramref name="change"/>, into <paramref name="folder"/>.</summary>
    internal static string Broken(TempFolder folder, Action<JsonNode> change)
    {
        JsonNode ledger = JsonNode.Parse(File.ReadAllText(CliRun.Sample))!;
        change(ledger);
        return folder.Write(
            "broken.ledger.json",
            ledger.ToJsonString(new JsonSerializerOptions { WriteIndented = true })
        );
    }
}
