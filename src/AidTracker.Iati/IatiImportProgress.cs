namespace AidTracker.Iati;

/// <summary>
/// How far an import has come, reported to an <see cref="IProgress{T}"/>: at the start and end of each file and every
/// 1% (or 1 MB) of a file in between.
/// </summary>
public readonly record struct IatiImportProgress
{
    internal IatiImportProgress(
        string fileName,
        int fileIndex,
        int fileCount,
        long bytesRead,
        long? fileLength,
        int activitiesRead
    )
    {
        FileName = fileName;
        FileIndex = fileIndex;
        FileCount = fileCount;
        BytesRead = bytesRead;
        FileLength = fileLength;
        ActivitiesRead = activitiesRead;
    }

    /// <summary>Gets the file being read.</summary>
    public string FileName { get; }

    /// <summary>Gets the 0-based index of the file among the files to import.</summary>
    public int FileIndex { get; }

    /// <summary>Gets the number of files to import.</summary>
    public int FileCount { get; }

    /// <summary>Gets how many bytes of the file have been read.</summary>
    public long BytesRead { get; }

    /// <summary>Gets the file's length in bytes, or <c>null</c> when unknown (a stream that cannot tell).</summary>
    public long? FileLength { get; }

    /// <summary>Gets the number of activities read from this file so far.</summary>
    public int ActivitiesRead { get; }

    /// <summary>Gets the fraction of this file read, from 0 to 1, or <c>null</c> when the length is unknown.</summary>
    public double? FileFraction => FileLength is > 0 and long length ? Math.Min(1.0, (double)BytesRead / length) : null;
}
