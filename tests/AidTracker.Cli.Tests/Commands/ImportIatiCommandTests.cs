using System.Text.Json;
using AidTracker.Serialization;
using NodaTime.Testing;

namespace AidTracker.Cli.Tests.Commands;

public class ImportIatiCommandTests
{
    [Fact]
    public async Task ImportIati_UsaidBolivia_WritesAValidLedgerAndPrintsTheReport()
    {
        using var folder = new TempFolder();
        string output = folder.File("usaid-bo.ledger.json");

        CliRun run = await CliRun.RunAsync("import", "iati", CliRun.Iati("usaid-bo.xml"), "-o", output);

        run.ShouldSucceed();
        run.Out.Should().MatchRegex(@"│ 2 outgoing commitment +│ +106 │ +0 │ +0 │");
        run.Out.Should().MatchRegex(@"│ 3 disbursement +│ +198 │ +0 │ +0 │");
        run.Out.Should().Contain("usaid-bo.xml").And.Contain("imported");
        run.Out.Should().Contain($"Wrote {output}: 106 commitments, 198 disbursements.");
        Ledger ledger = await LedgerJson.ReadFileAsync(
            output,
            new FakeClock(CliRun.Today),
            TestContext.Current.CancellationToken
        );
        ledger.Commitments.Should().HaveCount(106);
        ledger.Disbursements.Should().HaveCount(198);
        folder.FileNames.Should().Equal("usaid-bo.ledger.json");
    }

    [Fact]
    public async Task ImportIati_TheWrittenLedger_ValidatesWithTheTool()
    {
        using var folder = new TempFolder();
        string output = folder.File("wri.ledger.json");
        (
            await CliRun.RunAsync(
                "import",
                "iati",
                CliRun.Iati("wri-521257057-strategic-plan-2023-2027.xml"),
                "-o",
                output
            )
        ).ShouldSucceed();

        CliRun run = await CliRun.RunAsync("validate", output);

        run.ShouldSucceed();
        run.Out.Should().Contain("valid: 0 errors");
    }

    [Fact]
    public async Task ImportIati_Json_FollowsTheContract()
    {
        using var folder = new TempFolder();
        string output = folder.File("out.ledger.json");

        CliRun run = await CliRun.RunAsync(
            "import",
            "iati",
            CliRun.Iati("usaid-bo.xml"),
            CliRun.Iati("iatikit-fixture-org-activities.xml"),
            "-o",
            output,
            "--format",
            "json"
        );

        run.ShouldSucceed();
        JsonElement json = run.Json();
        CliContract.Validate(json, "import");
        json.GetProperty("written").GetBoolean().Should().BeTrue();
        json.GetProperty("files").GetArrayLength().Should().Be(2);
        json.GetProperty("commitments").GetInt32().Should().BeGreaterThanOrEqualTo(106);
    }

    [Fact]
    public async Task ImportIati_OldVersionAmongTheFiles_WritesNoLedgerAndExits1()
    {
        using var folder = new TempFolder();
        string output = folder.Write("out.ledger.json", "previous ledger");

        CliRun run = await CliRun.RunAsync(
            "import",
            "iati",
            CliRun.Iati("usaid-bo.xml"),
            CliRun.Iati("iatikit-old-org-acts-v1.03.xml"),
            "-o",
            output
        );

        run.ShouldFailWith(1, "1 file of 2 refused", "no ledger was written");
        run.Out.Should().Contain("has version 1.03").And.Contain("refused").And.Contain("No ledger written");
        File.ReadAllText(output).Should().Be("previous ledger");
        folder.FileNames.Should().Equal("out.ledger.json");
    }

    [Fact]
    public async Task ImportIati_RejectedTransaction_WritesTheRestAndWarnsInOneLine()
    {
        using var folder = new TempFolder();
        string output = folder.File("out.ledger.json");

        CliRun run = await CliRun.RunAsync(
            "import",
            "iati",
            CliRun.Iati("schema-tests/fail-transaction-03-missing-value.xml"),
            "-o",
            output
        );

        run.ExitCode.Should().Be(0);
        run.ErrorLines.Should()
            .ContainSingle()
            .Which.Should()
            .Be("aidtracker: warning: 1 transaction rejected (see the report); the ledger holds the rest.");
        run.Out.Should()
            .Contain("fail-transaction-03-missing-value.xml(21): error: The transaction has no value element.");
        File.Exists(output).Should().BeTrue();
    }

    [Fact]
    public async Task ImportIati_RejectedTransactionWithStrict_WritesNoLedgerAndExits1()
    {
        using var folder = new TempFolder();
        string output = folder.File("out.ledger.json");

        CliRun run = await CliRun.RunAsync(
            "import",
            "iati",
            CliRun.Iati("schema-tests/fail-transaction-03-missing-value.xml"),
            "-o",
            output,
            "--strict"
        );

        run.ShouldFailWith(1, "1 transaction rejected and --strict given", "no ledger was written");
        folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task ImportIati_WithoutOutput_FailsWithExit2()
    {
        CliRun run = await CliRun.RunAsync("import", "iati", CliRun.Iati("usaid-bo.xml"));

        run.ShouldFailWith(2, "import iati needs -o LEDGER");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task ImportIati_MissingFile_FailsWithExit1BeforeAnyWork()
    {
        using var folder = new TempFolder();

        CliRun run = await CliRun.RunAsync(
            "import",
            "iati",
            CliRun.Iati("usaid-bo.xml"),
            folder.File("missing.xml"),
            "-o",
            folder.File("out.json")
        );

        run.ShouldFailWith(1, "missing.xml': no such file");
        run.Out.Should().BeEmpty();
        folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task ImportIati_DoctypeWithExternalEntity_IsRefused()
    {
        using var folder = new TempFolder();
        string secret = folder.Write("secret.txt", "SECRET");
        string xml = folder.Write(
            "evil.xml",
            $"""
            <?xml version="1.0"?>
            <!DOCTYPE iati-activities [ <!ENTITY e SYSTEM "file://{secret}"> ]>
            <iati-activities version="2.03"><iati-activity><iati-identifier>&e;</iati-identifier></iati-activity></iati-activities>
            """
        );

        CliRun run = await CliRun.RunAsync("import", "iati", xml, "-o", folder.File("out.json"));

        run.ShouldFailWith(1, "refused");
        run.Out.Should().NotContain("SECRET");
        File.Exists(folder.File("out.json")).Should().BeFalse();
    }
}
