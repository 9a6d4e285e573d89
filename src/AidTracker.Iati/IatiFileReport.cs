namespace AidTracker.Iati;

/// <summary>What an import made of one file: its version, the activities read, and whether the file was
/// refused.</summary>
public sealed class IatiFileReport
{
    internal IatiFileReport(string fileName, string? version, int activitiesRead, IatiProblem? refusal)
    {
        FileName = fileName;
        Version = version;
        ActivitiesRead = activitiesRead;
        Refusal = refusal;
    }

    /// <summary>Gets the file's name or path as given to the importer.</summary>
    public string FileName { get; }

    /// <summary>Gets the file's <c>version</c> attribute as written, or <c>null</c> when missing or when the file could
    /// not be opened.</summary>
    public string? Version { get; }

    /// <summary>Gets the number of activities read from the file (0 for a refused file: its records are all left
    /// out).</summary>
    public int ActivitiesRead { get; }

    /// <summary>Gets the reason the whole file was refused (an error), or <c>null</c> when it was imported.</summary>
    public IatiProblem? Refusal { get; }

    /// <summary>Gets a value indicating whether the whole file was refused (nothing from it is in the
    /// ledger).</summary>
    public bool IsRefused => Refusal is not null;
}
