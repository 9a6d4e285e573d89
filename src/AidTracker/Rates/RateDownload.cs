using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// What a <see cref="RateDataFolder"/> says about one of its files: which source's rates it holds, where they were
/// downloaded from, when, and the dates they cover. Recorded by the updater (<c>aidtracker rates update</c>) in the
/// folder's <see cref="RateDataFolder.MetadataFileName"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RateDownload
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="source">The source's name: <c>ECB</c> or <c>NBU</c>.</param>
    /// <param name="fileName">The file's name in the folder, e.g. <see cref="RateDataFolder.EcbFileName"/>.</param>
    /// <param name="retrievedFrom">The URL (or the local file) the rates were taken from; for the NBU, the URL template
    /// of its days.</param>
    /// <param name="retrievedAt">When they were retrieved.</param>
    /// <param name="firstDate">The first date with a rate in the file.</param>
    /// <param name="lastDate">The last date with a rate in the file.</param>
    /// <exception cref="ArgumentNullException">A string is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A string is empty, or <paramref name="lastDate"/> is before
    /// <paramref name="firstDate"/>.</exception>
    public RateDownload(
        string source,
        string fileName,
        string retrievedFrom,
        Instant retrievedAt,
        LocalDate firstDate,
        LocalDate lastDate
    )
    {
        Source = Preconditions.CheckNotNullOrWhiteSpace(source);
        FileName = Preconditions.CheckNotNullOrWhiteSpace(fileName);
        RetrievedFrom = Preconditions.CheckNotNullOrWhiteSpace(retrievedFrom);
        Preconditions.CheckArgument(
            firstDate <= lastDate,
            nameof(lastDate),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The download of {source} needs a first date ({RateText.Date(firstDate)}) not after its last "
                    + $"({RateText.Date(lastDate)})."
            )
        );
        RetrievedAt = retrievedAt;
        FirstDate = firstDate;
        LastDate = lastDate;
    }

    /// <summary>Gets the source's name: <c>ECB</c> or <c>NBU</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the file's name in the folder.</summary>
    public string FileName { get; }

    /// <summary>Gets the URL or local file the rates were taken from (for the NBU, the URL template of its
    /// days).</summary>
    public string RetrievedFrom { get; }

    /// <summary>Gets when the rates were retrieved.</summary>
    public Instant RetrievedAt { get; }

    /// <summary>Gets the first date with a rate in the file.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>Gets the last date with a rate in the file.</summary>
    public LocalDate LastDate { get; }

    /// <summary>Returns e.g. <c>ECB: 1999-01-04 to 2026-11-25, retrieved 2026-11-26T12:00:00Z from
    /// https://...</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Source}: {RateText.Date(FirstDate)} to {RateText.Date(LastDate)}, retrieved {RetrievedAt} from "
                + $"{RetrievedFrom}"
        );
}
