namespace AidTracker.Cli.Tests;

public class CliAppTests
{
    [Fact]
    public async Task Run_UnknownCommand_FailsWithExit2()
    {
        CliRun run = await CliRun.RunAsync("summarise-everything");

        run.ShouldFailWith(2, "usage error: Unknown command 'summarise-everything'", "aidtracker --help");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_UnknownOption_FailsWithExit2()
    {
        CliRun run = await CliRun.RunAsync("rates", "--colour");

        run.ShouldFailWith(2, "Unknown option 'colour'");
    }

    [Theory]
    [InlineData("convert", "8.8 billion yen", "--to")]
    [InlineData("convert", "8.8 billion yen", "--to", "--on", "2025-02-27")]
    public async Task Run_OptionWithoutItsValue_FailsWithExit2(params string[] args)
    {
        CliRun run = await CliRun.RunAsync(args);

        run.ShouldFailWith(2, "the option --to needs a value");
    }

    [Fact]
    public async Task Run_NoArguments_PrintsHelpAndExits2()
    {
        CliRun run = await CliRun.RunAsync();

        run.ExitCode.Should().Be(2);
        run.Out.Should()
            .Contain("USAGE:")
            .And.Contain("summarize")
            .And.Contain("convert")
            .And.Contain("validate")
            .And.Contain("rates")
            .And.Contain("import");
    }

    [Theory]
    [InlineData("summarize", "aidtracker summarize samples/japan-ukraine.ledger.json --to USD --by fiscal-year")]
    [InlineData("convert", "aidtracker convert \"8.8 billion yen\" --to USD --on 2025-02-27")]
    [InlineData("rates", "aidtracker rates")]
    [InlineData("validate", "aidtracker validate samples/japan-ukraine.ledger.json")]
    [InlineData("import iati", "aidtracker import iati usaid-bo.xml -o usaid-bo.ledger.json")]
    public async Task Help_EveryCommand_ShowsAnExample(string command, string example)
    {
        CliRun run = await CliRun.RunAsync([.. command.Split(' '), "--help"]);

        run.ShouldSucceed();
        run.Out.Should().Contain("EXAMPLES:").And.Contain(example);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        CliRun run = await CliRun.RunAsync("--version");

        run.ShouldSucceed();
        run.Out.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }
}
