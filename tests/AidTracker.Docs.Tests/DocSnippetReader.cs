using System.Text.RegularExpressions;

namespace AidTracker.Docs.Tests;

/// <summary>Finds the C# blocks of a Markdown file and their doc-test markings (docs/testing.md, "Doc
/// tests").</summary>
public static partial class DocSnippetReader
{
    private static readonly string[] CSharpInfoStrings = ["csharp", "cs", "c#"];

    /// <summary>Every C# block of <paramref name="markdown"/>, in order.</summary>
    /// <param name="file">The doc's name, for messages (relative to the repository root).</param>
    /// <param name="markdown">The doc's text.</param>
    public static IReadOnlyList<DocSnippet> Read(string file, string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        List<Fence> fences = FindFences(lines);
        var snippets = new List<DocSnippet>();
        for (int i = 0; i < fences.Count; i++)
        {
            if (CSharpInfoStrings.Contains(fences[i].Info.ToLowerInvariant()))
            {
                Fence? next = i + 1 < fences.Count ? fences[i + 1] : null;
                snippets.Add(ReadSnippet(file, lines, fences[i], next));
            }
        }

        return snippets;
    }

    private static DocSnippet ReadSnippet(string file, string[] lines, Fence fence, Fence? next)
    {
        string code = string.Join('\n', lines[(fence.Open + 1)..fence.Close]);
        int line = fence.Open + 1;
        int commentEnd = fence.Open - 1;
        while (commentEnd >= 0 && lines[commentEnd].Trim().Length == 0)
        {
            commentEnd--;
        }

        int commentStart = commentEnd;
        while (commentStart >= 0 && !lines[commentStart].TrimStart().StartsWith("<!--", StringComparison.Ordinal))
        {
            commentStart--;
        }

        if (
            commentEnd < 0
            || commentStart < 0
            || !lines[commentEnd].TrimEnd().EndsWith("-->", StringComparison.Ordinal)
        )
        {
            return Unmarked(file, line, code, "it has no '<!-- doc-test: ... -->' comment right before it");
        }

        Match marking = MarkingPattern().Match(lines[commentStart].Trim());
        if (!marking.Success)
        {
            string comment = lines[commentStart].Trim();
            return Unmarked(file, line, code, $"the comment before it is not a doc-test marking: '{comment}'");
        }

        bool oneLine = commentStart == commentEnd;
        string setup = oneLine ? "" : string.Join('\n', lines[(commentStart + 1)..commentEnd]);
        string? folder = marking.Groups["folder"].Success ? marking.Groups["folder"].Value : null;
        var snippet = new DocSnippet(file, line, code, SnippetMode.Unmarked, null)
        {
            Setup = setup,
            SetupLine = commentStart + 2,
            Folder = folder,
        };
        string reason = marking.Groups["reason"].Value.Trim();
        switch (marking.Groups["mode"].Value)
        {
            case "compile-only" when reason.Length == 0:
                return snippet with { Problem = "its 'compile-only' marking gives no reason ('compile-only: why')" };
            case "compile-only":
                return snippet with { Mode = SnippetMode.CompileOnly, Reason = reason };
            case "asserts":
                return snippet with { Mode = SnippetMode.Asserts };
            default:
                if (next is null || !next.Info.Equals("text", StringComparison.Ordinal))
                {
                    return snippet with { Problem = "it is marked 'prints' but the next block is not a ```text block" };
                }

                string output = string.Join('\n', lines[(next.Open + 1)..next.Close]);
                return snippet with { Mode = SnippetMode.Prints, ExpectedOutput = output };
        }
    }

    private static DocSnippet Unmarked(string file, int line, string code, string why) =>
        new(
            file,
            line,
            code,
            SnippetMode.Unmarked,
            $"The C# block at {file}:{line} is not marked for the doc test: {why}. Put '<!-- doc-test: prints -->', "
                + "'<!-- doc-test: asserts -->' or '<!-- doc-test: compile-only: REASON -->' before it "
                + "(docs/testing.md)."
        );

    private static List<Fence> FindFences(string[] lines)
    {
        var fences = new List<Fence>();
        int? open = null;
        string info = "";
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (!trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            if (open is null)
            {
                open = i;
                info = trimmed[3..].Trim();
            }
            else if (trimmed == "```")
            {
                fences.Add(new Fence(open.Value, i, info));
                open = null;
            }
        }

        return fences;
    }

    [GeneratedRegex(
        @"^<!--\s*doc-test:\s*(?<mode>prints|asserts|compile-only)(?:\s+in\s+(?<folder>[\w./-]+))?"
            + @"(?::(?<reason>.*?))?\s*(?:-->)?$"
    )]
    private static partial Regex MarkingPattern();

    private sealed record Fence(int Open, int Close, string Info);
}
