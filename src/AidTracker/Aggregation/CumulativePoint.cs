using System.Collections.Immutable;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>One point of a <see cref="CumulativeSeries"/>: the period, the date it runs to, and the summary of
/// everything up to that date.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CumulativePoint
{
    internal CumulativePoint(string period, LocalDate end, Summary summary)
    {
        Period = period;
        End = end;
        Summary = summary;
    }

    /// <summary>Gets the period's label: <c>2025-02</c> for a month, <c>2025-Q1</c> for a quarter, <c>2025</c> for a
    /// year, <c>FY2024</c> for a fiscal year.</summary>
    public string Period { get; }

    /// <summary>Gets the cut-off of the point: the period's last day, or the query's cut-off in the last
    /// period.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the summary of the query as of <see cref="End"/> (groups, totals, provenance).</summary>
    public Summary Summary { get; }

    /// <summary>Gets the running totals (<see cref="Summary.Totals"/>).</summary>
    public ImmutableArray<SummaryTotal> Totals => Summary.Totals;

    /// <summary>Gets the single running total (<see cref="Summary.Total"/>).</summary>
    /// <exception cref="InvalidOperationException">Totals stay per currency and there are several (or
    /// none).</exception>
    public SummaryTotal Total => Summary.Total;

    /// <summary>Returns the period and totals: <c>2025-03 (to 2025-03-31): over USD 12,400,000,000.00</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        FormattableString.Invariant(
            $"{Period} (to {End:uuuu-MM-dd}): {(Totals.IsEmpty ? "nothing" : string.Join("; ", Totals))}"
        );
}
