namespace AidTracker.Docs.Tests;

/// <summary>What the doc test does with a C# block: its marking (docs/testing.md, "Doc tests").</summary>
public enum SnippetMode
{
    /// <summary>No valid <c>&lt;!-- doc-test: ... --&gt;</c> comment before the block: the test fails.</summary>
    Unmarked,

    /// <summary>Compiled and run; what it prints must be the <c>```text</c> block that follows it.</summary>
    Prints,

    /// <summary>Compiled and run; it must print nothing and throw nothing (its assertions hold).</summary>
    Asserts,

    /// <summary>Compiled only, for the reason the marking gives.</summary>
    CompileOnly,
}

/// <summary>One C# block of a doc, with its marking.</summary>
/// <param name="File">The doc, relative to the repository root with '/' (<c>docs/loans.md</c>).</param>
/// <param name="Line">The line of the block's opening fence (1-based).</param>
/// <param name="Code">The block's text.</param>
/// <param name="Mode">What the marking asks for.</param>
/// <param name="Problem">Why the marking is not valid (unmarked, no output block, no reason), or null.</param>
public sealed record DocSnippet(string File, int Line, string Code, SnippetMode Mode, string? Problem)
{
    /// <summary>The setup code of the marking (hidden lines of the HTML comment), or empty.</summary>
    public string Setup { get; init; } = "";

    /// <summary>The line of the first setup line in <see cref="File"/>.</summary>
    public int SetupLine { get; init; }

    /// <summary>What a <see cref="SnippetMode.Prints"/> block must print (the <c>```text</c> block after it).</summary>
    public string? ExpectedOutput { get; init; }

    /// <summary>The folder of the repository (relative to its root) a temporary copy of which is the working
    /// directory, or null for the repository root.</summary>
    public string? Folder { get; init; }

    /// <summary>Why a <see cref="SnippetMode.CompileOnly"/> block is not run.</summary>
    public string? Reason { get; init; }

    /// <summary>The name of the test case: the doc and the line of the block.</summary>
    public string Name => $"{File}:{Line}";
}
