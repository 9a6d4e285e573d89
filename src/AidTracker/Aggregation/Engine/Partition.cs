using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// The mutable state of one range of records (one thread): the passes over the records (this file), the groups' sums
/// (<c>Partition.Sums.cs</c>) and the one add path of an amount that needs a rate (<c>Partition.Conversion.cs</c>).
/// </summary>
internal sealed partial class Partition
{
    private readonly SummaryEngine _engine;
    private readonly Eligibility _eligibility;
    private readonly GroupIndexer _indexer;
    private readonly Currency? _reporting;
    private readonly RateBatch _batch = new();
    private readonly RateUsageRecorder _recorder;
    private readonly List<UnconvertedRecord> _unconverted = [];
    private readonly List<int> _unconvertedGroups = [];
    private readonly List<string> _withoutAmount = [];
    private int _excludedByMeasure;
    private int _excludedByAsOf;
    private int _excludedByFilter;
    private int _insideCountedParent;
    private int _outsideCountedParents;
    private int _counted;

    public Partition(SummaryEngine engine)
    {
        _engine = engine;
        _eligibility = engine.Eligibility;
        _indexer = new GroupIndexer(engine.Ledger, engine.Keys);
        _reporting = engine.Reporting;
        _recorder = new RateUsageRecorder(engine.Fast);
        _policy = engine.Query.Policy;
        _fast = engine.Fast;
        _primary = _fast?.Primary;

        // The reporting currency itself needs no rate (added as it is); -1: only the rate source can answer.
        _fastIndex = new DirectIdCache<Currency>(1000, c =>
            _fast is not null && !c.Equals(_reporting) && _fast.Index.TryGetValue(c, out int i) ? i : -1
        );
        _currencyIds = new DirectIdCache<Currency>(1000, c =>
        {
            int id = _currencies.IndexOf(c); // equal currencies in distinct instances (custom units) share an id
            if (id < 0)
            {
                id = _currencies.Count;
                _currencies.Add(c);
            }

            return id;
        });
    }

    // Runs once per summary over many records: optimise at once rather than through tiers (on-stack replacement).
    // The first pass filters, counts and groups the records and queues each amount that needs a rate in the batch
    // (RateBatch), which converts them a batch at a time. Sums are exact, so the order in which amounts are added
    // does not change any total. The loop keeps what it needs in locals: the JIT otherwise spills to the stack in a
    // loop this large.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RunCommitments(int start, int end)
    {
        ImmutableArray<Commitment> commitments = _engine.Ledger.Commitments;
        CountingRule rule = _engine.Rule!;
        Eligibility eligibility = _eligibility;
        int[]? parents = rule.Parents;
        bool itemised = _engine.Query.Itemised;
        Currency? reporting = _reporting;
        GroupIndexer indexer = _indexer;
        int prefetchEnd = end - CommitmentPrefetch.Distance;
        CancellationToken cancellationToken = _engine.CancellationToken;
        for (int i = start; i < end; i++)
        {
            if ((i & SummaryEngine.CancellationCheckMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (i < prefetchEnd)
            {
                CommitmentPrefetch.Prefetch(commitments.ItemRef(i + CommitmentPrefetch.Distance));
            }

            Commitment c = commitments[i];
            Eligibility.Reason reason = eligibility.Check(c);
            if (reason != Eligibility.Reason.None)
            {
                CountExcluded(reason);
                continue;
            }

            if (itemised)
            {
                CountingRule.Place place = rule.ItemisedPlace(i);
                if (place != CountingRule.Place.Part)
                {
                    _ = place == CountingRule.Place.Outside ? _outsideCountedParents++ : _insideCountedParent++;
                    continue;
                }
            }
            else if (parents is not null && parents[i] >= 0 && rule.HasEligibleAncestor(i))
            {
                _insideCountedParent++;
                continue;
            }

            _counted++;
            int group = indexer.GroupOf(c);
            if ((uint)group >= (uint)_records.Length)
            {
                EnsureGroup(group);
            }

            _records[group]++;
            QualifiedMoney? own = c.Amount;
            if (own is null)
            {
                AddWithoutOwnAmount(group, c, i);
                continue;
            }

            QualifiedMoney amount = own.GetValueOrDefault();
            Currency currency = amount.Currency;
            if (reporting is not null && !ReferenceEquals(currency, reporting))
            {
                Enqueue(group, i, i, amount.Amount, amount.Qualifier, currency, c.ValueDate);
            }
            else
            {
                AddOutOfLine(group, i, i, amount, c.ValueDate);
            }
        }

        FlushBatch();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RunDisbursements(int start, int end)
    {
        ImmutableArray<Disbursement> disbursements = _engine.Ledger.Disbursements;
        for (int i = start; i < end; i++)
        {
            if ((i & SummaryEngine.CancellationCheckMask) == 0)
            {
                _engine.CancellationToken.ThrowIfCancellationRequested();
            }

            Disbursement d = disbursements[i];
            Eligibility.Reason reason = _eligibility.Check(d);
            if (reason != Eligibility.Reason.None)
            {
                CountExcluded(reason);
                continue;
            }

            _counted++;
            int group = _indexer.GroupOf(d);
            EnsureGroup(group);
            _records[group]++;
            AddAmount(group, i, i, d.Amount, d.ValueDate);
        }

        FlushBatch();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CountExcluded(Eligibility.Reason reason)
    {
        switch (reason)
        {
            case Eligibility.Reason.Measure:
                _excludedByMeasure++;
                break;
            case Eligibility.Reason.AsOf:
                _excludedByAsOf++;
                break;
            default:
                _excludedByFilter++;
                break;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddWithoutOwnAmount(int group, Commitment c, int index)
    {
        if (!AddChildren(group, index, index))
        {
            _withoutAmount.Add(c.Id);
        }
    }

    /// <summary>Adds the amounts of the children of commitment <paramref name="index"/>, recursively; returns whether
    /// any was found.</summary>
    private bool AddChildren(int group, int counted, int index)
    {
        ImmutableArray<int> children = _engine.Rule!.ChildrenOf(index);
        ImmutableArray<Commitment> commitments = _engine.Ledger.Commitments;
        bool any = false;
        foreach (int j in children)
        {
            Commitment child = commitments[j];
            if (!_eligibility.WithinAsOf(child.Date))
            {
                continue;
            }

            if (child.Amount is QualifiedMoney amount)
            {
                AddAmount(group, j, counted, amount, child.ValueDate);
                any = true;
            }
            else if (AddChildren(group, counted, j))
            {
                any = true;
            }
            else
            {
                _withoutAmount.Add(child.Id);
            }
        }

        return any;
    }
}
