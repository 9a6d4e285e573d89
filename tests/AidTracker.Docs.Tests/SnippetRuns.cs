namespace AidTracker.Docs.Tests;

/// <summary>The tests that run snippets: they set the process's console and working directory (SnippetRunner), so
/// they run one at a time and apart from any other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SnippetRuns
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console and working directory";
}
