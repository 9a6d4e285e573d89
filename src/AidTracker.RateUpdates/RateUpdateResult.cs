using System.Globalization;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.RateUpdates;

/// <summary>What an update did: the file it wrote (or that nothing was missing), what it now covers, and what it
/// fetched.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RateUpdateResult
{
    internal RateUpdateResult(
        string source,
        string path,
        RateDownload? download,
        LocalDate? firstDate,
        LocalDate? lastDate,
        LocalDate? previousLastDate,
        int daysFetched,
        int daysWithoutRates
    )
    {
        Source = source;
        Path = path;
        Download = download;
        FirstDate = firstDate;
        LastDate = lastDate;
        PreviousLastDate = previousLastDate;
        DaysFetched = daysFetched;
        DaysWithoutRates = daysWithoutRates;
    }

    /// <summary>Gets the source updated: <c>ECB</c> or <c>NBU</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the full path of the source's file in the data folder (written, unless <see cref="Written"/> is
    /// <c>false</c>).</summary>
    public string Path { get; }

    /// <summary>Gets what was recorded in the folder's metadata (source, file, where from, when, dates covered);
    /// <c>null</c> when nothing was written.</summary>
    public RateDownload? Download { get; }

    /// <summary>Gets the first date with a rate the source now has (from the folder, else the embedded data).</summary>
    public LocalDate? FirstDate { get; }

    /// <summary>Gets the last date with a rate the source now has: how current it is.</summary>
    public LocalDate? LastDate { get; }

    /// <summary>Gets the last date the source had a rate for before the update (the folder's file, else the embedded
    /// data).</summary>
    public LocalDate? PreviousLastDate { get; }

    /// <summary>Gets how many days were fetched (NBU: one request each; ECB: 0, the whole history is one
    /// file).</summary>
    public int DaysFetched { get; }

    /// <summary>Gets how many of the fetched days had no rates (the NBU answered <c>[]</c>); they are recorded so as
    /// not to be asked again.</summary>
    public int DaysWithoutRates { get; }

    /// <summary>Gets a value indicating whether a file was written (<c>false</c> when no NBU day was
    /// missing).</summary>
    public bool Written => Download is not null;

    /// <summary>Returns e.g. <c>NBU: 1996-09-02 to 2022-07-25 (was 2022-07-21), 4 days fetched, 0 without
    /// rates</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Source}: {Internal.LocalDateText.Format(FirstDate)} to {Internal.LocalDateText.Format(LastDate)} (was "
                + $"to {Internal.LocalDateText.Format(PreviousLastDate)}), {DaysFetched} days fetched, "
                + $"{DaysWithoutRates} without rates"
        );
}
