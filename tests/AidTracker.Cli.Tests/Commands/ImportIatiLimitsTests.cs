namespace AidTracker.Cli.Tests.Commands;

/// <summary>Issue 12, item 8: a huge IATI title is invalid data (exit 1 naming the activity and the element), not an
/// internal error.</summary>
public class ImportIatiLimitsTests
{
    [Fact]
    public async Task ImportIati_TitleOverTheTextLimit_Exits1NamingActivityAndElementAndWritesNothing()
    {
        using var folder = new TempFolder();
        string input = folder.Write(
            "big.xml",
            $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
            <iati-activity default-currency="USD"><iati-identifier>XM-BIG-1</iati-identifier>
            <title><narrative>{new string('A', 3_000_000)}</narrative></title>
            <transaction><transaction-type code="2"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">5</value></transaction>
            </iati-activity>
            </iati-activities>
            """
        );
        string output = folder.File("out.ledger.json");

        CliRun run = await CliRun.RunAsync("import", "iati", input, "-o", output);

        run.ShouldFailWith(1, "no ledger was written");
        run.Out.Should()
            .Contain("The text of the title/narrative element of activity \"XM-BIG-1\" (line 3)")
            .And.Contain("longer than 1,048,576 characters");
        run.Out.Length.Should().BeLessThan(5_000);
        File.Exists(output).Should().BeFalse();
    }
}
