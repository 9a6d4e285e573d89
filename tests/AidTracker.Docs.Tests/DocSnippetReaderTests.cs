namespace AidTracker.Docs.Tests;

/// <summary>The markings of docs/testing.md ("Doc tests"): an unmarked or badly marked C# block is a problem.</summary>
public class DocSnippetReaderTests
{
    [Fact]
    public void Read_UnmarkedBlock_IsAProblemNamingTheFileAndLine()
    {
        DocSnippet snippet = DocSnippetReader
            .Read("docs/new.md", "# New\n\n```csharp\nConsole.WriteLine(1);\n```\n")
            .Single();

        snippet.Mode.Should().Be(SnippetMode.Unmarked);
        snippet.Problem.Should().Contain("docs/new.md:3").And.Contain("doc-test");
    }

    [Fact]
    public void Read_OtherCommentBefore_IsAProblem()
    {
        DocSnippet snippet = DocSnippetReader.Read("a.md", "<!-- a note -->\n```cs\nint x = 1;\n```\n").Single();

        snippet.Problem.Should().Contain("not a doc-test marking: '<!-- a note -->'");
    }

    [Fact]
    public void Read_CompileOnlyWithoutReason_IsAProblem()
    {
        DocSnippet snippet = DocSnippetReader
            .Read("a.md", "<!-- doc-test: compile-only -->\n```csharp\nint x;\n```")
            .Single();

        snippet.Problem.Should().Contain("gives no reason");
    }

    [Fact]
    public void Read_CompileOnlyWithReason_KeepsTheReason()
    {
        DocSnippet snippet = DocSnippetReader
            .Read("a.md", "<!-- doc-test: compile-only: it downloads -->\n\n```csharp\nint x = 1;\n```")
            .Single();

        snippet
            .Should()
            .Match<DocSnippet>(s =>
                s.Mode == SnippetMode.CompileOnly && s.Reason == "it downloads" && s.Problem == null && s.Line == 3
            );
    }

    [Fact]
    public void Read_PrintsWithoutATextBlock_IsAProblem()
    {
        DocSnippet snippet = DocSnippetReader
            .Read("a.md", "<!-- doc-test: prints -->\n```csharp\nConsole.WriteLine(1);\n```\n\n```sh\nls\n```")
            .Single();

        snippet.Problem.Should().Contain("next block is not a ```text block");
    }

    [Fact]
    public void Read_PrintsWithSetupAndFolder_ReadsAllThree()
    {
        const string Markdown =
            "<!-- doc-test: prints in samples\nint x = 41;\n-->\n```csharp\n"
            + "Console.WriteLine(x + 1);\n```\n\nprints\n\n```text\n42\n```\n";

        DocSnippet snippet = DocSnippetReader.Read("a.md", Markdown).Single();

        snippet
            .Should()
            .Match<DocSnippet>(s =>
                s.Mode == SnippetMode.Prints
                && s.Problem == null
                && s.Folder == "samples"
                && s.Setup == "int x = 41;"
                && s.SetupLine == 2
                && s.ExpectedOutput == "42"
                && s.Line == 4
            );
    }

    [Fact]
    public void Read_OtherLanguagesAndTextBlocks_AreNotSnippets()
    {
        DocSnippetReader.Read("a.md", "```sh\nls\n```\n```text\nout\n```\n```json\n{}\n```").Should().BeEmpty();
    }
}
