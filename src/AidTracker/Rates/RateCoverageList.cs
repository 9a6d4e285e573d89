using System.Collections.ObjectModel;

namespace AidTracker.Rates;

/// <summary>
/// The coverage list of a rate source (<see cref="IExchangeRateSource.Coverage"/>): a read-only list that prints as its
/// entries, one a line (<c>ECB: Daily against EUR, 41 currencies, 1999-01-04 to 2026-04-13</c>), not as a type name.
/// </summary>
internal sealed class RateCoverageList(IList<RateSourceCoverage> entries)
    : ReadOnlyCollection<RateSourceCoverage>(entries)
{
    /// <summary>Returns the entries, one a line; <c>(no rates)</c> when there is none.</summary>
    public override string ToString() => Count == 0 ? "(no rates)" : string.Join("\n", this);
}
