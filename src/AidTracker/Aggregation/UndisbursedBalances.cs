using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// The undisbursed balance of commitments (the measure <c>undisbursed</c>): committed minus disbursed up to the
/// cut-off, commitment by commitment, never below zero. The summary engine runs unchanged on two views of the ledger,
/// one with each commitment at what was disbursed against it and one at its balance, so the counting rule, conversion
/// and grouping are those of any summary.
/// </summary>
public static class UndisbursedBalances
{
    /// <summary>
    /// Summarises what <paramref name="query"/> commits, what was disbursed against it, and the undisbursed balance.
    /// </summary>
    /// <remarks>
    /// <para>What counts as disbursed against a commitment: the disbursements (kind
    /// <see cref="DisbursementKind.Disbursement"/>, not expenditures) that name it or one of its parts (children,
    /// grandchildren ...) as their commitment and are dated on or before the query's cut-off
    /// (<see cref="SummaryQuery.AsOf"/>; all of them when it has none). A disbursement in another currency converts
    /// into the commitment's currency with the query's rate source and policy at the disbursement's value date; one
    /// without a rate is listed in <see cref="UndisbursedSummary.UnconvertedDisbursements"/>.</para>
    /// <para>The balance of each commitment is its amount minus that, or zero when the disbursements exceed it: an
    /// over-disbursement is listed in <see cref="UndisbursedSummary.OverDisbursed"/>, never netted against other
    /// commitments. A balance keeps its commitment's qualifier (what remains of "up to 13 billion yen" is an upper
    /// bound too). A commitment without an amount of its own stays without one (the sum of its parts' balances).</para>
    /// </remarks>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how: measure committed or pledged.</param>
    /// <param name="maxDegreeOfParallelism">The most threads each summary may use (see
    /// <see cref="LedgerSummaries.Summarize(Ledger, SummaryQuery, int)"/>).</param>
    /// <returns>The committed, disbursed and undisbursed summaries, and the over-disbursed commitments.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The query's measure is disbursed or spent (a balance is of
    /// commitments).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than
    /// 1.</exception>
    /// <exception cref="SummaryOverflowException">A total does not fit in a <see cref="decimal"/>.</exception>
    public static UndisbursedSummary SummarizeUndisbursed(
        this Ledger ledger,
        SummaryQuery query,
        int maxDegreeOfParallelism = 1
    )
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        Preconditions.CheckArgument(
            MeasureRules.CountsCommitments(query.Measure),
            nameof(query),
            string.Create(
                CultureInfo.InvariantCulture,
                $"An undisbursed balance is a measure of commitments; the query's measure is {query.Measure}. Use "
                    + $"committed or pledged."
            )
        );

        ImmutableArray<Commitment> commitments = ledger.Commitments;
        var unconverted = ImmutableArray.CreateBuilder<UnconvertedRecord>();
        QualifiedMoney?[] disbursedAgainst = DisbursedAgainst(ledger, query, unconverted);

        var disbursedView = new Commitment[commitments.Length];
        var balanceView = new Commitment[commitments.Length];
        var over = ImmutableArray.CreateBuilder<OverDisbursement>();
        for (int i = 0; i < commitments.Length; i++)
        {
            Commitment c = commitments[i];
            if (c.Amount is not QualifiedMoney amount)
            {
                disbursedView[i] = c;
                balanceView[i] = c;
                continue;
            }

            QualifiedMoney disbursed = disbursedAgainst[i] ?? new QualifiedMoney(Money.Zero(amount.Currency));
            Money balance = amount.Money - disbursed.Money;
            if (balance.Amount < 0m)
            {
                if (query.Admits(c))
                {
                    over.Add(new OverDisbursement(c.Id, amount, disbursed));
                }

                balance = Money.Zero(amount.Currency);
            }

            disbursedView[i] = c with { Amount = disbursed, StatedEquivalents = [] };
            balanceView[i] = c with { Amount = new QualifiedMoney(balance, amount.Qualifier), StatedEquivalents = [] };
        }

        Summary committedSummary = ledger.Summarize(query, maxDegreeOfParallelism);
        Summary disbursedSummary = ledger
            .WithCommitmentsReplaced([.. disbursedView])
            .Summarize(query, maxDegreeOfParallelism);
        Summary balanceSummary = ledger
            .WithCommitmentsReplaced([.. balanceView])
            .Summarize(query, maxDegreeOfParallelism);
        return new UndisbursedSummary(
            committedSummary,
            disbursedSummary,
            balanceSummary,
            over.ToImmutable(),
            unconverted.ToImmutable()
        );
    }

    /// <summary>Per commitment, the disbursements up to the cut-off against it or its parts, in its currency (null:
    /// none).</summary>
    private static QualifiedMoney?[] DisbursedAgainst(
        Ledger ledger,
        SummaryQuery query,
        ImmutableArray<UnconvertedRecord>.Builder unconverted
    )
    {
        ImmutableArray<Commitment> commitments = ledger.Commitments;
        var indexOf = new Dictionary<string, int>(commitments.Length, StringComparer.Ordinal);
        for (int i = 0; i < commitments.Length; i++)
        {
            indexOf[commitments[i].Id] = i;
        }

        int[] parentOf = ledger.ParentIndexes;
        var sums = new QualifiedMoney?[commitments.Length];
        IExchangeRateSource? source = null;
        foreach (Disbursement d in ledger.Disbursements)
        {
            if (
                d.Kind != DisbursementKind.Disbursement
                || d.CommitmentId is not string id
                || !indexOf.TryGetValue(id, out int at)
                || (query.AsOf is LocalDate cut && d.Date > cut)
            )
            {
                continue;
            }

            // Up the parent chain (validated acyclic; bounded all the same): the disbursement counts against each
            // ancestor.
            for (int steps = 0; at >= 0 && steps <= commitments.Length; steps++, at = parentOf[at])
            {
                if (commitments[at].Amount is not QualifiedMoney amount)
                {
                    continue;
                }

                QualifiedMoney paid = d.Amount;
                if (!paid.Currency.Equals(amount.Currency))
                {
                    source ??= query.GetRateSource();
                    RateLookupResult found = source.TryGetRate(
                        query.Policy.CreateRequest(paid.Currency, amount.Currency, d.ValueDate)
                    );
                    if (found.Rate is not ExchangeRate rate)
                    {
                        unconverted.Add(new UnconvertedRecord(d.Id, commitments[at].Id, d.Amount, found.Failure!));
                        continue;
                    }

                    paid = new QualifiedMoney(rate.Convert(paid.Money), paid.Qualifier);
                }

                sums[at] = sums[at] is QualifiedMoney sum ? sum + paid : paid;
            }
        }

        return sums;
    }
}
