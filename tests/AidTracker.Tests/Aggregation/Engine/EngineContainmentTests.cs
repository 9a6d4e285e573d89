using System.Text.RegularExpressions;
using AidTracker.Tests.Shared;

namespace AidTracker.Tests.Aggregation.Engine;

/// <summary>
/// The speed tricks stay in the summary engine's one folder (STYLE.md, "Speed code stays apart"): no <c>unsafe</c>,
/// <c>Unsafe.</c> or prefetch instruction in any other source file of the repository's libraries and tools.
/// </summary>
public partial class EngineContainmentTests
{
    private static readonly string EngineFolder =
        Path.Combine("src", "AidTracker", "Aggregation", "Engine") + Path.DirectorySeparatorChar;

    [Fact]
    public void SourceFiles_OutsideTheEngineFolder_UseNoUnsafeCodeOrPrefetch()
    {
        string src = Path.Combine(RepoPaths.Root, "src");
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(RepoPaths.Root, file);
            string obj = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
            if (
                relative.StartsWith(EngineFolder, StringComparison.Ordinal)
                || relative.Contains(obj, StringComparison.Ordinal)
            )
            {
                continue;
            }

            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (Trick().IsMatch(lines[i]))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        offenders.Should().BeEmpty("unsafe code and prefetches belong in {0} only", EngineFolder);
    }

    [Fact]
    public void EngineFolder_HoldsThePrefetch()
    {
        string prefetch = Path.Combine(RepoPaths.Root, EngineFolder, "CommitmentPrefetch.cs");

        File.ReadAllText(prefetch)
            .Should()
            .Contain("unsafe")
            .And.Contain("Sse.Prefetch0", "the test above would pass vacuously if the engine's trick had no home");
    }

    // Code, not comments: `unsafe` as a keyword, the Unsafe class, any Prefetch intrinsic.
    [GeneratedRegex(@"^\s*[^/\s*].*(\bunsafe\b|\bUnsafe\.|\bPrefetch(0|1|2|NonTemporal)?\s*\()|^\s*unsafe\b")]
    private static partial Regex Trick();
}
