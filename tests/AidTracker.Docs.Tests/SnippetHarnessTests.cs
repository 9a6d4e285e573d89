using AidTracker.Tests.Shared;

namespace AidTracker.Docs.Tests;

/// <summary>The compiler and runner of the doc test catch what a doc can get wrong: code that does not compile (at the
/// doc's line), output that differs, assertions that fail, and a file that is not where the snippet runs.</summary>
[Collection(SnippetRuns.Name)]
public class SnippetHarnessTests
{
    [Fact]
    public void Compile_CodeThatDoesNotCompile_GivesTheErrorAtTheDocsLine()
    {
        var snippet = new DocSnippet(
            "docs/x.md",
            10,
            "var m = Money.Parse(\"8.8 billion yen\");\nm.Frobnicate();",
            SnippetMode.Prints,
            null
        );

        SnippetCompilation compilation = SnippetCompiler.Compile(snippet);

        compilation.Assembly.Should().BeNull();
        compilation.Errors.Should().ContainSingle().Which.Should().StartWith("docs/x.md(12,3): error CS1061");
    }

    [Fact]
    public void Compile_SnippetWithItsOwnUsings_GetsNoFragmentUsings()
    {
        var snippet = new DocSnippet(
            "a.md",
            1,
            "using AidTracker;\n\nConsole.WriteLine(new LocalDate(2025, 2, 27));",
            SnippetMode.Prints,
            null
        );

        SnippetCompiler
            .Compile(snippet)
            .Errors.Should()
            .ContainSingle()
            .Which.Should()
            .Contain("error CS0246")
            .And.Contain("LocalDate", "a snippet that shows its usings must show them all (NodaTime here)");
    }

    [Fact]
    public void Compile_Warning_IsReported()
    {
        const string Code = "string? s = null;\nConsole.WriteLine(s.Length);";
        var snippet = new DocSnippet("a.md", 1, Code, SnippetMode.Prints, null);

        SnippetCompiler.Compile(snippet).Errors.Should().ContainSingle().Which.Should().Contain("warning CS8602");
    }

    [Fact]
    public void Run_Program_ReturnsWhatItPrintsInTheInvariantCulture()
    {
        string output = Run("Console.WriteLine($\"{Money.Parse(\"8.8 billion yen\")} {0.0761m:P1}\");", setup: "");

        output.Should().Be("JPY 8,800,000,000 7.6 %\n");
    }

    [Fact]
    public void Run_SetupCode_RunsBeforeTheSnippet()
    {
        Run("Console.WriteLine(date);", setup: "var date = new LocalDate(2025, 2, 27);").Should().Contain("2025");
    }

    [Fact]
    public void Run_FailingAssertion_Throws()
    {
        Action act = () => Run("Money.Parse(\"8.8 billion yen\").Should().Be(\"JPY 8.7 billion\");", setup: "");

        act.Should().Throw<Exception>().WithMessage("*JPY 8,700,000,000*");
    }

    [Fact]
    public void Run_InAFolder_ReadsItsFilesAndWritesOnlyToACopy()
    {
        const string Code =
            "File.WriteAllText(\"written.txt\", \"x\");\n"
            + "Console.WriteLine(File.Exists(\"japan-ukraine.ledger.json\"));";
        string output = Run(Code, setup: "", folder: "samples");

        output.Should().Be("True\n");
        File.Exists(Path.Combine(RepoPaths.Root, "samples", "written.txt")).Should().BeFalse();
    }

    private static string Run(string code, string setup, string? folder = null)
    {
        var snippet = new DocSnippet("a.md", 1, code, SnippetMode.Prints, null) { Setup = setup, SetupLine = 1 };
        SnippetCompilation compilation = SnippetCompiler.Compile(snippet);
        compilation.Errors.Should().BeEmpty();
        return SnippetRunner.Run(compilation.Assembly!, RepoPaths.Root, folder);
    }
}
