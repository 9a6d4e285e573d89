namespace AidTracker.Tests.Shared.Fuzz;

/// <summary>A real input the fuzzer mutates: a name (the file) and its bytes.</summary>
internal sealed record FuzzSeed(string Name, byte[] Bytes)
{
    /// <summary>A file of the repository, read whole.</summary>
    public static FuzzSeed File(string path) => new(Path.GetFileName(path), System.IO.File.ReadAllBytes(path));

    /// <summary>The first <paramref name="lines"/> lines of a file (a large reference file cut to a size a case can
    /// parse quickly).</summary>
    public static FuzzSeed Head(string path, int lines) =>
        new(
            Path.GetFileName(path) + $" (first {lines} lines)",
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', System.IO.File.ReadLines(path).Take(lines)) + "\n")
        );

    /// <summary>A text written in the test.</summary>
    public static FuzzSeed Text(string name, string text) => new(name, System.Text.Encoding.UTF8.GetBytes(text));

    public override string ToString() => Name;
}
