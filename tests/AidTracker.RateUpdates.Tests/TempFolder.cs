namespace AidTracker.RateUpdates.Tests;

/// <summary>A temporary data folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "aidtracker-update-tests-" + Guid.NewGuid().ToString("N")[..12]
        );

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Gets the names of the files in the folder, hidden temporary ones included.</summary>
    public IEnumerable<string> FileNames =>
        Directory.Exists(Path) ? Directory.EnumerateFiles(Path).Select(f => System.IO.Path.GetFileName(f)!) : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException) { }
        catch (IOException) { }
    }
}
