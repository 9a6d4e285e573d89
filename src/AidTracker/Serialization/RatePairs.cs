using System.Collections.Immutable;
using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Serialization;

/// <summary>
/// The rates a summary used, one entry per currency pair, source and basis (<see cref="RatesUsedDetail.Pairs"/>): the
/// first and last date of the rates used, how many days, the lowest and highest rate, and how many records they
/// converted. The list grows with the pairs, not with the records: 166,660 rates of a 1,000,000-record ledger are a few
/// dozen pairs.
/// </summary>
internal static class RatePairs
{
    /// <summary>Groups <paramref name="rates"/> by pair, source and basis, counting the ledger's records.</summary>
    /// <param name="summary">The summary whose rates these are.</param>
    /// <param name="rates">Its rates (<see cref="Summary.RatesUsed"/>).</param>
    /// <param name="ledger">The ledger it was computed on, to count records; <c>null</c> leaves the counts out.</param>
    public static List<Pair> From(Summary summary, IReadOnlyList<UsedRate> rates, Ledger? ledger)
    {
        var pairs = new List<Pair>();
        var byKey = new Dictionary<(Currency From, Currency To, string Source, RateBasis Basis), Pair>();
        var byRequest = new Dictionary<(Currency From, LocalDate Date), Pair>(rates.Count);
        foreach (UsedRate rate in rates)
        {
            var key = (rate.From, rate.To, rate.Source, rate.Basis);
            if (!byKey.TryGetValue(key, out Pair? pair))
            {
                pair = new Pair(rate.From, rate.To, rate.Source, rate.Basis, rate.UsedDate, rate.Value, pairs.Count);
                byKey.Add(key, pair);
                pairs.Add(pair);
            }

            pair.Add(rate.UsedDate, rate.Value);
            byRequest.TryAdd((rate.From, rate.RequestedDate), pair);
        }

        if (ledger is not null && summary.ReportingCurrency is Currency to && pairs.Count > 0)
        {
            int[] records = CountRecords(ledger, summary.Query, to, byRequest, pairs.Count);
            foreach (Pair counted in pairs)
            {
                counted.Records = records[counted.Number];
            }
        }

        pairs.Sort(
            (a, b) => (a.From.Code, a.To.Code, a.Source, a.Basis).CompareTo((b.From.Code, b.To.Code, b.Source, b.Basis))
        );
        return pairs;
    }

    /// <summary>Counts the amounts the summary converted, each against the pair that answered its request (by
    /// <see cref="Pair.Number"/>); the commitments in chunks on every core, their counts added up (a sum: the same in
    /// any order).</summary>
    private static int[] CountRecords(
        Ledger ledger,
        SummaryQuery query,
        Currency to,
        Dictionary<(Currency, LocalDate), Pair> byRequest,
        int pairCount
    )
    {
        void Count(int[] records, QualifiedMoney amount, LocalDate valueDate)
        {
            if (
                !amount.Currency.Equals(to)
                && byRequest.TryGetValue((amount.Currency, query.Policy.RequestDate(valueDate)), out Pair? pair)
            )
            {
                records[pair.Number]++;
            }
        }

        var total = new int[pairCount];
        if (query.Measure is Measure.Disbursed or Measure.Spent)
        {
            DisbursementKind kind =
                query.Measure == Measure.Spent ? DisbursementKind.Expenditure : DisbursementKind.Disbursement;
            foreach (Disbursement d in ledger.Disbursements)
            {
                if (
                    d.Kind == kind
                    && (query.AsOf is not LocalDate cut || d.Date <= cut)
                    && query.Filters.All(f => f.MatchesUnchecked(d))
                )
                {
                    Count(total, d.Amount, d.ValueDate);
                }
            }

            return total;
        }

        // The counting rule of SummaryQuery: an admitted commitment counts unless an ancestor of it is admitted too;
        // one without an amount of its own is the sum of its children (dated by the cut-off), resolved recursively.
        ImmutableArray<Commitment> commitments = ledger.Commitments;
        CommitmentTree tree = CommitmentTree.Of(ledger);
        if (commitments.Length > 0)
        {
            _ = query.Admits(commitments[0]); // builds the query's eligibility rule once, before the threads share it
        }

        const int Chunk = 32_768;
        Parallel.For(
            0,
            (commitments.Length + Chunk - 1) / Chunk,
            () => new int[pairCount],
            (chunk, _, records) =>
            {
                int end = Math.Min(commitments.Length, (chunk + 1) * Chunk);
                for (int i = chunk * Chunk; i < end; i++)
                {
                    CountCommitment(commitments, tree, query, i, records, Count);
                }

                return records;
            },
            records =>
            {
                lock (total)
                {
                    for (int p = 0; p < records.Length; p++)
                    {
                        total[p] += records[p];
                    }
                }
            }
        );
        return total;
    }

    private static void CountCommitment(
        ImmutableArray<Commitment> commitments,
        CommitmentTree tree,
        SummaryQuery query,
        int i,
        int[] records,
        Action<int[], QualifiedMoney, LocalDate> count
    )
    {
        Commitment c = commitments[i];
        // An itemised query (SummaryQuery.ItemisedParts) counts the parts whose one admitted ancestor is counted.
        if (!query.Admits(c) || AdmittedAncestors(commitments, tree, query, i) != (query.Itemised ? 1 : 0))
        {
            return;
        }

        if (c.Amount is QualifiedMoney amount)
        {
            count(records, amount, c.ValueDate);
        }
        else if (tree.Children is not null)
        {
            var pending = new Stack<int>(tree.Children[i]);
            while (pending.TryPop(out int child))
            {
                Commitment part = commitments[child];
                if (query.AsOf is LocalDate cut && part.Date > cut)
                {
                    continue;
                }

                if (part.Amount is QualifiedMoney partAmount)
                {
                    count(records, partAmount, part.ValueDate);
                }
                else
                {
                    foreach (int grandchild in tree.Children[child])
                    {
                        pending.Push(grandchild);
                    }
                }
            }
        }
    }

    /// <summary>How many ancestors of commitment <paramref name="i"/> the query admits, counted up to 2.</summary>
    private static int AdmittedAncestors(
        ImmutableArray<Commitment> commitments,
        CommitmentTree tree,
        SummaryQuery query,
        int i
    )
    {
        if (tree.Parents is not int[] parents)
        {
            return 0;
        }

        int count = 0;
        for (int p = parents[i]; p >= 0 && count < 2; p = parents[p])
        {
            if (query.Admits(commitments[p]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>One pair, source and basis, with the range of its rates and dates.</summary>
    internal sealed class Pair(
        Currency from,
        Currency to,
        string source,
        RateBasis basis,
        LocalDate date,
        decimal value,
        int number
    )
    {
        private readonly HashSet<LocalDate> _days = [];

        public Currency From => from;

        public Currency To => to;

        public string Source => source;

        public RateBasis Basis => basis;

        public LocalDate FirstDate { get; private set; } = date;

        public LocalDate LastDate { get; private set; } = date;

        public int Days => _days.Count;

        public decimal Lowest { get; private set; } = value;

        public decimal Highest { get; private set; } = value;

        /// <summary>The order in which the pair was first met (its place in the record counts).</summary>
        public int Number => number;

        public int Records { get; set; }

        public void Add(LocalDate date, decimal value)
        {
            _days.Add(date);
            FirstDate = LocalDate.Min(FirstDate, date);
            LastDate = LocalDate.Max(LastDate, date);
            Lowest = Math.Min(Lowest, value);
            Highest = Math.Max(Highest, value);
        }
    }
}
