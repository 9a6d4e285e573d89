namespace AidTracker.Cli.Tests;

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } =
        System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "aidtracker-cli-tests-" + Guid.NewGuid().ToString("N")[..12]
        );

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        string path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Gets the names of the files in the folder (hidden temporary files included).</summary>
    public IEnumerable<string> FileNames => Directory.EnumerateFiles(Path).Select(System.IO.Path.GetFileName)!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { }
    }
}
