using AidTracker.Aggregation;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>
/// One measure's converted totals by donor and month, read from a summary grouped by donor and month: what the charts
/// add up. A month whose amounts could not be converted has no total (never a zero) and counts its unconverted amounts.
/// </summary>
internal sealed class PeriodTotals
{
    private readonly SortedDictionary<string, SortedDictionary<LocalDate, QualifiedMoney>> _byDonor = new(
        StringComparer.Ordinal
    );

    public PeriodTotals(Summary byDonorAndMonth)
    {
        Summary = byDonorAndMonth;
        foreach (SummaryGroup group in byDonorAndMonth.Groups)
        {
            string donor = group.KeyValues[0];
            LocalDate month = PeriodStep.MonthStart(group.KeyValues[1]);
            if (!_byDonor.TryGetValue(donor, out SortedDictionary<LocalDate, QualifiedMoney>? months))
            {
                months = [];
                _byDonor.Add(donor, months);
            }

            Unconverted += group.UnconvertedCount;
            // A group whose every amount lacked a rate has no total (a summary may give it a zero): never drawn as
            // zero.
            if (!group.Totals.IsEmpty && !(group.UnconvertedCount > 0 && group.Totals[0].Amount == 0))
            {
                months[month] = group.Totals[0].Value;
            }

            First = First is LocalDate f && f <= month ? f : month;
            Last = Last is LocalDate l && l >= month ? l : month;
        }
    }

    /// <summary>Gets the summary the totals come from (its totals, counts and provenance).</summary>
    public Summary Summary { get; }

    /// <summary>Gets the donors, in order of their ids.</summary>
    public IEnumerable<string> Donors => _byDonor.Keys;

    /// <summary>Gets the first month with a record of the measure, or <c>null</c> when there is none.</summary>
    public LocalDate? First { get; }

    /// <summary>Gets the last month with a record of the measure, or <c>null</c> when there is none.</summary>
    public LocalDate? Last { get; }

    /// <summary>Gets how many amounts could not be converted (left out of every total and chart).</summary>
    public int Unconverted { get; }

    /// <summary>Gets a value indicating whether there is any record of the measure.</summary>
    public bool IsEmpty => _byDonor.Count == 0;

    /// <summary>Returns the donor's converted total, or <c>null</c> when nothing of it could be converted.</summary>
    public QualifiedMoney? DonorTotal(string donor) =>
        _byDonor.TryGetValue(donor, out SortedDictionary<LocalDate, QualifiedMoney>? months)
            ? Sum(months.Values)
            : null;

    /// <summary>Returns the totals of one donor (or of all, for <c>null</c>) by period of
    /// <paramref name="step"/>.</summary>
    public SortedDictionary<LocalDate, QualifiedMoney> ByPeriod(PeriodStep step, string? donor = null)
    {
        var periods = new SortedDictionary<LocalDate, QualifiedMoney>();
        foreach ((string d, SortedDictionary<LocalDate, QualifiedMoney> months) in _byDonor)
        {
            if (donor is not null && d != donor)
            {
                continue;
            }

            foreach ((LocalDate month, QualifiedMoney total) in months)
            {
                LocalDate start = step.StartOf(month);
                periods[start] = periods.TryGetValue(start, out QualifiedMoney sum) ? sum + total : total;
            }
        }

        return periods;
    }

    private static QualifiedMoney? Sum(IEnumerable<QualifiedMoney> totals)
    {
        QualifiedMoney? sum = null;
        foreach (QualifiedMoney total in totals)
        {
            sum = sum is QualifiedMoney s ? s + total : total;
        }

        return sum;
    }
}
