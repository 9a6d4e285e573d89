using AidTracker.Tests.Shared;

namespace AidTracker.Docs.Tests;

/// <summary>
/// Issue 13, point 6: every C# block of README.md, docs/*.md and docs/packages/*.md compiles, and the blocks marked to
/// run print what the doc shows (docs/testing.md, "Doc tests"). One test case per block, named by doc and line.
/// </summary>
[Collection(SnippetRuns.Name)]
public class DocSnippetTests
{
    /// <summary>The test cases: "file:line" of every C# block.</summary>
    public static TheoryData<string> Snippets => [.. DocFiles.Snippets.Select(snippet => snippet.Name)];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_AsMarked_CompilesAndPrintsWhatTheDocShows(string name)
    {
        DocSnippet snippet = DocFiles.Snippets.Single(s => s.Name == name);
        snippet.Problem.Should().BeNull();

        SnippetCompilation compilation = SnippetCompiler.Compile(snippet);

        compilation.Errors.Should().BeEmpty($"the block at {name} must compile without warnings");
        if (snippet.Mode == SnippetMode.CompileOnly)
        {
            return;
        }

        compilation.HasStatements.Should().BeTrue($"the block at {name} is marked to run: it needs statements");
        string output = SnippetRunner.Run(compilation.Assembly!, RepoPaths.Root, snippet.Folder);
        string expected = snippet.Mode == SnippetMode.Prints ? snippet.ExpectedOutput! : "";
        if (Normalize(output) != Normalize(expected))
        {
            Assert.Fail(OutputDifference(name, Normalize(expected), Normalize(output)));
        }
    }

    [Fact]
    public void Snippets_OfTheDocs_AreFoundInEveryDocThatHasCSharp()
    {
        DocFiles
            .Snippets.Select(s => s.File)
            .Distinct()
            .Should()
            .Contain([
                "README.md",
                "docs/loans.md",
                "docs/packages/AidTracker.md",
                "docs/packages/AidTracker.Testing.md",
            ]);
    }

    /// <summary>The whole of both outputs and the first line where they differ.</summary>
    private static string OutputDifference(string name, string expected, string actual)
    {
        string[] want = expected.Split('\n');
        string[] got = actual.Split('\n');
        int line = 0;
        while (line < want.Length && line < got.Length && want[line] == got[line])
        {
            line++;
        }

        string first = line < want.Length ? want[line] : "(end of output)";
        string found = line < got.Length ? got[line] : "(end of output)";
        return $"The block at {name} does not print what the doc shows. Line {line + 1} of the output should be\n"
            + $"  {first}\nbut it is\n  {found}\n\nThe doc shows:\n{expected}\n\nThe block prints:\n{actual}";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}
