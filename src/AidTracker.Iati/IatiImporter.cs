using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Iati;

/// <summary>
/// Imports IATI activity files (versions 2.01 to 2.03) into a validated <see cref="AidTracker.Ledger"/>: outgoing
/// commitments and pledges become commitments, disbursements and expenditures become disbursements, and an
/// <see cref="IatiImportReport"/> says what was imported, skipped or rejected, by activity and line. The mapping is
/// documented in <c>docs/iati.md</c>.
/// </summary>
/// <remarks>
/// <para>Files are read one activity at a time (<see cref="IatiReader"/>). A file that cannot be read as a whole (not
/// well-formed XML, a DOCTYPE, another version such as 1.03) is refused: nothing from it enters the ledger, and the
/// report says why. Within a readable file, a transaction with a problem (no currency, an unknown currency, no value,
/// two values, no date) is left out and reported; the others are imported. Nothing is guessed.</para>
/// <para>The importer never throws for bad data; it throws only for bad arguments, cancellation, and I/O failures other
/// than a missing or unreadable file (which is refused like a malformed one). An instance holds no state between
/// imports and may be used from several threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var importer = new IatiImporter(SystemClock.Instance);
/// IatiImportResult result = await importer.ImportAsync(["usaid-bo.xml"], progress, cancellationToken);
/// Ledger ledger = result.Ledger;
/// foreach (IatiProblem problem in result.Report.Problems) Console.Error.WriteLine(problem);
/// </code>
/// </example>
public sealed partial class IatiImporter
{
    private const long ProgressStepBytes = 1024 * 1024;

    private readonly IClock _clock;

    /// <summary>Initializes an importer.</summary>
    /// <param name="clock">The clock against which the ledger's validation checks that value dates are not in the
    /// future.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    public IatiImporter(IClock clock)
    {
        _clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>
    /// Gets the party that stands for a donor or recipient the IATI data does not name (an organisation with id
    /// <c>unknown</c>): never a guess.
    /// </summary>
    public static Party UnknownParty { get; } = Party.Organisation("unknown", "unknown");

    /// <summary>Imports IATI activity files into one ledger.</summary>
    /// <param name="files">The files' paths, read in order; their paths name them in the report.</param>
    /// <param name="progress">Receives progress, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the import (checked between activities).</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> or one of its items is <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public IatiImportResult Import(
        IEnumerable<string> files,
        IProgress<IatiImportProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        Preconditions.CheckNotNull(files);
        List<string> paths = [.. files];
        foreach (string path in paths)
        {
            Preconditions.CheckNotNull(path, nameof(files));
        }

        var run = new ImportRun();
        for (int i = 0; i < paths.Count; i++)
        {
            string path = paths[i];
            ImportFile(
                run,
                path,
                () => IatiReader.Open(path),
                TryGetLength(path),
                i,
                paths.Count,
                progress,
                cancellationToken
            );
        }

        return run.Finish(_clock);
    }

    /// <summary>
    /// Imports IATI activity files into one ledger on a thread-pool thread, so that a caller showing progress (a UI, a
    /// console progress bar) stays responsive. The work itself is CPU-bound and the same as
    /// <see cref="Import(IEnumerable{string}, IProgress{IatiImportProgress}?, CancellationToken)"/>.
    /// </summary>
    /// <param name="files">The files' paths, read in order; their paths name them in the report.</param>
    /// <param name="progress">Receives progress, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the import (checked between activities).</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> or one of its items is <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException">The import was cancelled.</exception>
    public Task<IatiImportResult> ImportAsync(
        IEnumerable<string> files,
        IProgress<IatiImportProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        Preconditions.CheckNotNull(files);
        List<string> paths = [.. files];
        return Task.Run(() => Import(paths, progress, cancellationToken), cancellationToken);
    }

    /// <summary>Imports one IATI activity file from a stream (the stream is left open).</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="fileName">A name for the data in the report and the records' locations, or <c>null</c>.</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <c>null</c>.</exception>
    public IatiImportResult Import(Stream stream, string? fileName)
    {
        Preconditions.CheckNotNull(stream);
        var run = new ImportRun();
        long? length = stream.CanSeek ? stream.Length - stream.Position : null;
        ImportFile(
            run,
            fileName ?? "<input>",
            () => IatiReader.Create(stream, fileName, leaveOpen: true),
            length,
            0,
            1,
            progress: null,
            CancellationToken.None
        );
        return run.Finish(_clock);
    }

    private static long? TryGetLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static void ImportFile(
        ImportRun run,
        string name,
        Func<IatiReader> open,
        long? length,
        int fileIndex,
        int fileCount,
        IProgress<IatiImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = new FileImport(name);
        progress?.Report(new IatiImportProgress(name, fileIndex, fileCount, 0, length, 0));
        IatiReader? reader = null;
        try
        {
            reader = open();
            file.Version = reader.Version;
            file.Problems.AddRange(reader.FileProblems);
            long step = length is long l ? Math.Max(1, Math.Min(ProgressStepBytes, l / 100)) : ProgressStepBytes;
            long nextReport = step;
            foreach (IatiActivity activity in reader.ReadActivities())
            {
                cancellationToken.ThrowIfCancellationRequested();
                file.Map(activity);
                if (progress is not null && reader.BytesRead is long read && read >= nextReport)
                {
                    progress.Report(
                        new IatiImportProgress(name, fileIndex, fileCount, read, length, file.ActivitiesRead)
                    );
                    nextReport = read + step;
                }
            }

            run.Accept(file);
        }
        catch (IatiFormatException e)
        {
            run.Refuse(file, e.LineNumber, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Refuse(file, 0, FormattableString.Invariant($"The file '{name}' cannot be read: {e.Message}"));
        }
        finally
        {
            reader?.Dispose();
        }

        progress?.Report(new IatiImportProgress(name, fileIndex, fileCount, length ?? 0, length, file.ActivitiesRead));
    }

    /// <summary>Orders type codes: numeric codes by value, then other codes ordinally, then a missing code.</summary>
    private static int CompareTypeCodes(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 1 : 0) - (y is null ? 1 : 0);
        }

        bool xNumber = int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out int xValue);
        bool yNumber = int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out int yValue);
        return xNumber && yNumber ? xValue.CompareTo(yValue)
            : xNumber != yNumber ? (xNumber ? -1 : 1)
            : string.CompareOrdinal(x, y);
    }
}
