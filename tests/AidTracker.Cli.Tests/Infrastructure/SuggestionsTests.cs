using System.Text.RegularExpressions;
using AidTracker.Cli.Infrastructure;

namespace AidTracker.Cli.Tests.Infrastructure;

/// <summary>Issue 13, point 8: "did you mean", usage errors that point to the command's own help, documentation by
/// URL.</summary>
public class SuggestionsTests
{
    [Fact]
    public async Task Run_MisspelledCommand_SuggestsTheCommand()
    {
        CliRun run = await CliRun.RunAsync("sumarize", CliRun.Sample);

        run.ShouldFailWith(2, "Unknown command 'sumarize'. Did you mean 'summarize'? (see aidtracker --help)");
    }

    [Fact]
    public async Task Run_MisspelledSubcommand_SuggestsItAndTheBranchesHelp()
    {
        CliRun run = await CliRun.RunAsync("rates", "updte");

        run.ShouldFailWith(2, "*Did you mean 'update'? (see aidtracker rates --help)");
    }

    [Fact]
    public async Task Run_MisspelledOption_SuggestsTheOptionAndTheCommandsHelp()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--too", "USD");

        run.ShouldFailWith(2, "Unknown option 'too'. Did you mean '--to'? (see aidtracker summarize --help)");
    }

    [Fact]
    public async Task Run_CurrencyName_SuggestsItsCode()
    {
        CliRun run = await CliRun.RunAsync("summarize", CliRun.Sample, "--to", "YEN");

        run.ShouldFailWith(
            2,
            "--to 'YEN' is not a known currency code; did you mean JPY? Use an ISO 4217 code*(see aidtracker summarize "
                + "--help)"
        );
    }

    [Fact]
    public async Task Run_NothingClose_NoSuggestion()
    {
        CliRun run = await CliRun.RunAsync("frobnicate");

        run.ShouldFailWith(2, "Unknown command 'frobnicate'. (see aidtracker --help)");
        run.Error.Should().NotContain("Did you mean");
    }

    [Theory]
    [InlineData("YEN", "JPY")]
    [InlineData("euro", "EUR")]
    [InlineData("hryvnia", "UAH")]
    [InlineData("USDD", "USD")]
    [InlineData("$", "USD")]
    [InlineData("QQQQQ", null)]
    public void Currency_NotACode_SuggestsTheCodeMeant(string text, string? expected)
    {
        Suggestions.Currency(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("sumarize", "summarize")]
    [InlineData("sumamrize", "summarize")]
    [InlineData("valdiate", "validate")]
    [InlineData("convret", "convert")]
    [InlineData("x", null)]
    [InlineData("impart", "import")]
    public void Closest_Misspelling_IsTheCommandWithinTwoEdits(string text, string? expected)
    {
        Suggestions
            .Closest(text, Suggestions.Commands.Select(c => c.Name.Split(' ')[0]).Distinct())
            .Should()
            .Be(expected);
    }

    [Fact]
    public async Task Commands_AreThoseTheToolRegisters()
    {
        CliRun help = await CliRun.RunAsync("--help");
        int start = help.Out.IndexOf("COMMANDS:", StringComparison.Ordinal);
        string commands = help.Out[start..help.Out.IndexOf("DOCUMENTATION:", start, StringComparison.Ordinal)];
        string[] listed =
        [
            .. Regex.Matches(commands, @"^\s{4}([a-z][a-z\-]*)", RegexOptions.Multiline).Select(m => m.Groups[1].Value),
        ];

        listed.Should().BeEquivalentTo(Suggestions.Commands.Select(c => c.Name.Split(' ')[0]).Distinct());
        foreach ((string name, Type _) in Suggestions.Commands)
        {
            CliRun run = await CliRun.RunAsync([.. name.Split(' '), "--help"]);
            run.ExitCode.Should().Be(0, name + " is a command");
            // The help of a branch ('rates') lists its subcommands, not the options of its default command.
            foreach (
                string option in Suggestions
                    .OptionsOf(name)
                    .Where(o => o.StartsWith("--", StringComparison.Ordinal) && name != "rates")
            )
            {
                run.Out.Should().Contain(option, "the options of " + name + " come from its settings");
            }
        }
    }

    [Fact]
    public async Task Help_OfEveryCommand_LinksToItsDocumentationByUrlNotByRepositoryPath()
    {
        foreach (string name in Suggestions.Commands.Select(c => c.Name).Prepend(string.Empty))
        {
            CliRun run = await CliRun.RunAsync([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

            run.Out.Should().Contain("DOCUMENTATION:").And.Contain(DocsLinks.ForCommand(name));
            Regex
                .IsMatch(run.Out, @"(?<!blob/main/)\bdocs/")
                .Should()
                .BeFalse("help for '" + name + "' must not name a repository path");
        }
    }

    [Fact]
    public void DocsLinks_BaseAndAnchors_MatchTheProjectUrlAndTheHeadingsOfCliMd()
    {
        string props = File.ReadAllText(Path.Combine(CliRun.RepoRoot, "Directory.Build.props"));
        string projectUrl = Regex.Match(props, "<PackageProjectUrl>([^<]+)</PackageProjectUrl>").Groups[1].Value;
        string cli = File.ReadAllText(Path.Combine(CliRun.RepoRoot, "docs", "cli.md"));

        DocsLinks.Base.Should().StartWith(projectUrl + "/").And.EndWith("/docs/");
        foreach ((string name, Type _) in Suggestions.Commands)
        {
            cli.Should().Contain("\n## " + name + "\n", "the help of " + name + " links to that heading");
        }
    }
}
