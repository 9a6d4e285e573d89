using AidTracker.Tests.Shared;

namespace AidTracker.Docs.Tests;

/// <summary>The docs whose C# blocks the doc test checks: README.md, docs/*.md and docs/packages/*.md.</summary>
public static class DocFiles
{
    private static readonly Lazy<IReadOnlyList<DocSnippet>> AllSnippets = new(ReadAll);

    /// <summary>The docs, relative to the repository root with '/', in order.</summary>
    public static IEnumerable<string> Paths =>
        new[] { "README.md" }.Concat(Markdown("docs")).Concat(Markdown("docs/packages"));

    /// <summary>Every C# block of the docs.</summary>
    public static IReadOnlyList<DocSnippet> Snippets => AllSnippets.Value;

    private static IEnumerable<string> Markdown(string folder) =>
        Directory
            .EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.md")
            .Select(path => folder + "/" + Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    private static List<DocSnippet> ReadAll() =>
        [
            .. Paths.SelectMany(file =>
                DocSnippetReader.Read(file, File.ReadAllText(Path.Combine(RepoPaths.Root, file)))
            ),
        ];
}
