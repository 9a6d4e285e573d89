using System.Collections.Immutable;
using AidTracker.Internal;

namespace AidTracker.Periods;

/// <summary>
/// Maps donors (by party code, e.g. ISO 3166-1 alpha-3 <c>JPN</c>) to their own fiscal-year calendars, so that
/// "donor fiscal year" means Japan's fiscal year for Japan and the US fiscal year for the United States.
/// Donors not in the map use <see cref="Fallback"/> (the calendar year by default). Immutable; <see cref="With"/>
/// returns a new map.
/// </summary>
public sealed class DonorFiscalCalendars
{
    private readonly ImmutableDictionary<string, FiscalYearCalendar> _byDonor;

    private DonorFiscalCalendars(ImmutableDictionary<string, FiscalYearCalendar> byDonor, FiscalYearCalendar fallback)
    {
        _byDonor = byDonor;
        Fallback = fallback;
    }

    /// <summary>Gets the built-in map: JPN Japan, GBR United Kingdom, CAN Canada, USA United States, AUS Australia;
    /// others the calendar year.</summary>
    public static DonorFiscalCalendars Default { get; } =
        new(
            ImmutableDictionary.CreateRange(
                StringComparer.OrdinalIgnoreCase,
                new Dictionary<string, FiscalYearCalendar>
                {
                    ["JPN"] = FiscalYearCalendar.Japan,
                    ["GBR"] = FiscalYearCalendar.UnitedKingdom,
                    ["CAN"] = FiscalYearCalendar.Canada,
                    ["USA"] = FiscalYearCalendar.UnitedStates,
                    ["AUS"] = FiscalYearCalendar.Australia,
                }
            ),
            FiscalYearCalendar.CalendarYear
        );

    /// <summary>Gets the calendar used for donors that are not in the map.</summary>
    public FiscalYearCalendar Fallback { get; }

    /// <summary>Gets the donors that have a calendar of their own, with their calendars.</summary>
    public IReadOnlyDictionary<string, FiscalYearCalendar> Donors => _byDonor;

    /// <summary>Returns the calendar of <paramref name="donorCode"/>, or <see cref="Fallback"/>.</summary>
    /// <param name="donorCode">The donor's party code, e.g. <c>JPN</c>.</param>
    /// <returns>The donor's calendar.</returns>
    public FiscalYearCalendar For(string donorCode)
    {
        Preconditions.CheckNotNull(donorCode);
        return _byDonor.TryGetValue(donorCode, out FiscalYearCalendar? calendar) ? calendar : Fallback;
    }

    /// <summary>Returns a map in which <paramref name="donorCode"/> uses <paramref name="calendar"/>.</summary>
    /// <param name="donorCode">The donor's party code.</param>
    /// <param name="calendar">Its fiscal-year calendar.</param>
    /// <returns>The new map.</returns>
    public DonorFiscalCalendars With(string donorCode, FiscalYearCalendar calendar)
    {
        Preconditions.CheckNotNullOrWhiteSpace(donorCode);
        Preconditions.CheckNotNull(calendar);
        return new DonorFiscalCalendars(_byDonor.SetItem(donorCode, calendar), Fallback);
    }

    /// <summary>Returns a map whose donors without a calendar of their own use <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The calendar for other donors.</param>
    /// <returns>The new map.</returns>
    public DonorFiscalCalendars WithFallback(FiscalYearCalendar fallback) =>
        new(_byDonor, Preconditions.CheckNotNull(fallback));
}
