using System.Collections.Immutable;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// Summaries on the conversion basis <c>stated</c>: a commitment's stated equivalent in the reporting currency (a
/// donor's "approximately 63.3 million US dollars", FTS's <c>amountUSD</c>) where it has one, else the market rate of
/// the query's source. The summary engine runs unchanged on a view of the ledger in which those commitments carry their
/// stated figure: being in the reporting currency already, they need no rate, and every rate the summary lists is a
/// market rate used for the others.
/// </summary>
public static class StatedBasis
{
    /// <summary>Summarises <paramref name="ledger"/> with each commitment's stated equivalent in the reporting currency
    /// where it has one.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how; it must have a reporting currency.</param>
    /// <param name="maxDegreeOfParallelism">The most threads the summary may use (see
    /// <see cref="LedgerSummaries.Summarize(Ledger, SummaryQuery, int)"/>).</param>
    /// <returns>The summary and how many commitments stood at their stated figure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The query has no reporting currency.</exception>
    /// <exception cref="OverflowException">A total is outside the range of <see cref="decimal"/>.</exception>
    public static StatedSummary SummarizeStated(this Ledger ledger, SummaryQuery query, int maxDegreeOfParallelism = 1)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        Currency currency = query.ReportingCurrency
            ?? throw new ArgumentException(
                "The stated basis uses stated equivalents in the reporting currency; the query has none (give it a "
                    + "reporting currency).",
                nameof(query)
            );
        (Ledger view, int stated) = View(ledger, query, currency);
        return new StatedSummary(view.Summarize(query, maxDegreeOfParallelism), view, stated);
    }

    /// <summary>The ledger with each commitment that has a stated equivalent in <paramref name="currency"/> (and an
    /// amount in another currency) at that figure.</summary>
    private static (Ledger View, int Stated) View(Ledger ledger, SummaryQuery query, Currency currency)
    {
        ImmutableArray<Commitment> commitments = ledger.Commitments;
        Commitment[]? replaced = null;
        int stated = 0;
        for (int i = 0; i < commitments.Length; i++)
        {
            Commitment c = commitments[i];
            if (c.Amount is not QualifiedMoney amount || amount.Currency.Equals(currency))
            {
                continue;
            }

            foreach (QualifiedMoney equivalent in c.StatedEquivalents)
            {
                if (equivalent.Currency.Equals(currency))
                {
                    replaced ??= [.. commitments];
                    replaced[i] = c with
                    {
                        Amount = equivalent,
                        StatedEquivalents = [.. c.StatedEquivalents.Where(s => !s.Currency.Equals(currency))],
                    };
                    stated += query.Admits(c) ? 1 : 0;
                    break;
                }
            }
        }

        return (replaced is null ? ledger : ledger.WithCommitmentsReplaced(ImmutableArray.Create(replaced)), stated);
    }
}
