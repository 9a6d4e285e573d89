using System.Text.RegularExpressions;
using AidTracker.Tests.Shared;

namespace AidTracker.Architecture.Tests;

/// <summary>
/// Rules of STYLE.md read from the source files under <c>src/</c>: speed tricks (<c>unsafe</c>, <c>Unsafe.</c>,
/// prefetch) only in the aggregation engine's folder, and no file over 400 lines (generated code aside); and of
/// <c>.editorconfig</c> for every C# file of the repository: no line over 120 characters, except inside raw string
/// literals (test data, style sheets and queries kept as they are read).
/// </summary>
public partial class SourceRuleTests
{
    /// <summary>The one folder where the engine's memory tricks may live (issue 18).</summary>
    private const string EngineFolder = "src/AidTracker/Aggregation/Engine/";

    private const int MaxLines = 400;

    private const int MaxLineLength = 120;

    [Fact]
    public void SourceFiles_OutsideTheEngineFolder_UseNoUnsafeCodeOrPrefetch()
    {
        string[] offenders =
        [
            .. SourceFiles()
                .Where(f => !f.Relative.StartsWith(EngineFolder, StringComparison.Ordinal))
                .SelectMany(f => File.ReadLines(f.Path).Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
                .Where(l => UnsafeCode().IsMatch(StripComment(l.Text)))
                .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}"),
        ];

        offenders.Should().BeEmpty("unsafe code, Unsafe and prefetch belong in {0} only", EngineFolder);
    }

    [Fact]
    public void SourceFiles_AreAtMost400Lines()
    {
        string[] longFiles =
        [
            .. SourceFiles()
                .Select(f => (f.Relative, Lines: File.ReadLines(f.Path).Count()))
                .Where(f => f.Lines > MaxLines)
                .Select(f => $"{f.Relative} ({f.Lines} lines)"),
        ];

        longFiles.Should().BeEmpty("a file reads in one sitting; split a larger one by concern (STYLE.md)");
    }

    [Fact]
    public void CSharpFiles_HaveNoLineOver120Characters_OutsideRawStringLiterals()
    {
        string[] longLines =
        [
            .. new[] { "src", "tests", "benchmarks" }
                .SelectMany(folder => CSharpFiles(folder))
                .SelectMany(f => LongLines(File.ReadLines(f.Path)).Select(line => $"{f.Relative}:{line}")),
        ];

        longLines
            .Should()
            .BeEmpty("lines are at most {0} characters (.editorconfig; `dotnet csharpier format .`)", MaxLineLength);
    }

    [Fact]
    public void LongLines_SkipsRawStringLiteralsOnly()
    {
        string wide = new('x', MaxLineLength + 1);
        string[] file = ["a", wide, "var s = \"\"\"", wide, "\"\"\";", $"var t = \"\"\"{wide}\"\"\";", wide];

        LongLines(file).Should().Equal(2, 7);
    }

    [Fact]
    public void UnsafeCodePattern_FindsEachTrick()
    {
        string[] tricks =
        [
            "internal unsafe struct Row",
            "ref byte b = ref Unsafe.As<RawObject>(x).FirstField;",
            "Sse.Prefetch0(p);",
            "unsafe { p = &x; }",
        ];
        string[] plain =
        [
            "// unsafe in a comment",
            "string s = \"not Unsafe. at all\";",
            "bool isUnsafeLooking = true;",
        ];

        tricks.Should().OnlyContain(t => UnsafeCode().IsMatch(StripComment(t)));
        plain.Should().NotContain(p => UnsafeCode().IsMatch(StripComment(p)));
    }

    /// <summary>The C# files under <c>src/</c> (not <c>bin/</c> or <c>obj/</c>), with their paths from the repository
    /// root.</summary>
    private static IEnumerable<(string Path, string Relative)> SourceFiles() => CSharpFiles("src");

    /// <summary>The numbers (from 1) of the lines over <see cref="MaxLineLength"/> characters that are not in or on
    /// a raw string literal (a line with an odd number of triple quotes opens or closes one).</summary>
    private static IEnumerable<int> LongLines(IEnumerable<string> lines)
    {
        bool inRaw = false;
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            int quotes = Regex.Count(line, "\"\"\"");
            if (!inRaw && quotes == 0 && line.Length > MaxLineLength)
            {
                yield return number;
            }

            inRaw ^= quotes % 2 == 1;
        }
    }

    /// <summary>The C# files under <paramref name="folder"/> of the repository (not <c>bin/</c> or <c>obj/</c>), with
    /// their paths from the repository root.</summary>
    private static IEnumerable<(string Path, string Relative)> CSharpFiles(string folder)
    {
        string root = Path.Combine(RepoPaths.Root, folder);
        return Directory
            .EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(p => (Path: p, Relative: Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/')))
            .Where(f =>
                !f.Relative.Contains("/obj/", StringComparison.Ordinal)
                && !f.Relative.Contains("/bin/", StringComparison.Ordinal)
            );
    }

    /// <summary>The line without a <c>//</c> comment and without string literals (so prose does not count).</summary>
    private static string StripComment(string line)
    {
        string code = StringLiteral().Replace(line, "\"\"");
        int comment = code.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? code : code[..comment];
    }

    [GeneratedRegex(@"\bunsafe\b|\bUnsafe\.|\bPrefetch", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeCode();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();
}
