namespace AidTracker.Fts;

/// <summary>
/// How far an import of FTS pages has come, reported to an <see cref="IProgress{T}"/>: while the pages are read (at the
/// start and end of each page and every few hundred flows in between), then while the flows are mapped to records
/// (every few thousand flows, and at the end).
/// </summary>
public readonly record struct FtsImportProgress
{
    internal FtsImportProgress(
        string pageName,
        int pageIndex,
        int pageCount,
        long bytesRead,
        long? pageLength,
        int flowsMapped,
        int flowCount
    )
    {
        PageName = pageName;
        PageIndex = pageIndex;
        PageCount = pageCount;
        BytesRead = bytesRead;
        PageLength = pageLength;
        FlowsMapped = flowsMapped;
        FlowCount = flowCount;
    }

    /// <summary>Gets the page being read (while mapping: the last page read).</summary>
    public string PageName { get; }

    /// <summary>Gets the 0-based index of the page being read; <see cref="PageCount"/> once every page is
    /// read.</summary>
    public int PageIndex { get; }

    /// <summary>Gets the number of pages to import.</summary>
    public int PageCount { get; }

    /// <summary>Gets how many bytes of the page have been read.</summary>
    public long BytesRead { get; }

    /// <summary>Gets the page's length in bytes, or <c>null</c> when unknown.</summary>
    public long? PageLength { get; }

    /// <summary>Gets how many of the pages' flows have been mapped (0 while the pages are read).</summary>
    public int FlowsMapped { get; }

    /// <summary>Gets the number of flows to map, all pages together (0 while the pages are read).</summary>
    public int FlowCount { get; }

    /// <summary>Gets a value indicating whether the pages are read and the flows are being mapped to records.</summary>
    public bool IsMapping => PageIndex >= PageCount;

    /// <summary>Gets the fraction of the page read, from 0 to 1 (1 while mapping), or <c>null</c> when its length is
    /// unknown.</summary>
    public double? PageFraction =>
        IsMapping ? 1.0
        : PageLength is > 0 and long length ? Math.Min(1.0, (double)BytesRead / length)
        : null;

    /// <summary>Gets the fraction of the flows mapped, from 0 to 1 (0 while the pages are read).</summary>
    public double MappedFraction =>
        FlowCount > 0 ? Math.Min(1.0, (double)FlowsMapped / FlowCount)
        : IsMapping ? 1.0
        : 0.0;
}
