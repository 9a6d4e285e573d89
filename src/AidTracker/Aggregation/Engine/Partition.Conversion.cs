using System.Runtime.CompilerServices;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// The one add path of an amount that needs a rate: queued in the <see cref="RateBatch"/> with its request date (the
/// policy's rule, <see cref="ConversionPolicy.RequestPeriod"/>), converted a batch at a time from the rate tables, and
/// by the general lookup of the rate source (<see cref="AddByLookup"/>) when the tables cannot answer. Every rate
/// applied is recorded where it is applied (<see cref="RateUsageRecorder"/>).
/// </summary>
internal sealed partial class Partition
{
    private readonly ConversionPolicy _policy;
    private readonly TableRates? _fast;
    private readonly TableRates.Layer? _primary;
    private readonly DirectIdCache<Currency> _fastIndex;

    /// <summary>Queues an amount in a currency other than the reporting currency; converts the batch when it is
    /// full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enqueue(
        int group,
        int record,
        int counted,
        decimal amount,
        AmountQualifier qualifier,
        Currency currency,
        LocalDate valueDate
    )
    {
        int index = _fastIndex.Get(currency, currency.NumericCode ?? -1);
        RatePeriod period = _policy.RequestPeriod(valueDate);
        RateBatch batch = _batch;
        ref RateBatch.Entry entry = ref batch.Entries[batch.Count];
        entry.Group = group;
        entry.Currency = index;
        entry.Day = period.Day;
        entry.Month = period.Month;
        entry.Flat = index >= 0 && _primary is not null ? _primary.FlatIndex(index, period.Day) : -1;
        entry.Record = record;
        entry.Counted = counted;
        entry.Amount = amount;
        entry.Qualifier = qualifier;
        if (++batch.Count == RateBatch.Size)
        {
            FlushBatch();
        }
    }

    /// <summary>Converts the queued amounts: the primary table's rates in one tight pass, then the other tables, then
    /// the source.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FlushBatch()
    {
        RateBatch batch = _batch;
        int count = batch.Count;
        if (count == 0)
        {
            return;
        }

        batch.LoadPrimaryRates(_primary);
        RateBatch.Entry[] entries = batch.Entries;
        UInt128[] rates = batch.Rates;
        TableRates? fast = _fast;
        for (int j = 0; j < count; j++)
        {
            ref RateBatch.Entry entry = ref entries[j];
            int group = entry.Group;
            UInt128 rate = rates[j];
            if (rate != 0)
            {
                _recorder.RecordPrimary(entry.Flat);
            }
            else if (
                entry.Currency >= 0
                && fast!.TryGetRate(entry.Currency, entry.Day, entry.Month, out rate, out int layer)
            )
            {
                _recorder.RecordTable(layer, entry.Currency, entry.Day);
            }
            else
            {
                AddByLookup(in entry);
                continue;
            }

            _sums[group].AddProductNormalized(entry.Amount, rate);
            AmountQualifier qualifier = entry.Qualifier;
            if (qualifier != AmountQualifier.Exact || !_hasCell[group])
            {
                Combine(group, qualifier);
            }
        }

        batch.Count = 0;
    }

    /// <summary>The general path: asks the rate source (once per distinct request), or lists the record as
    /// unconverted.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddByLookup(in RateBatch.Entry entry)
    {
        (LedgerRecord record, QualifiedMoney amount, LocalDate valueDate) = RecordAt(entry.Record);
        int group = entry.Group;
        if (amount.Currency.Equals(_reporting))
        {
            Accumulate(group, amount.Amount, 1m, identity: true, amount.Qualifier);
            return;
        }

        RateRequest request = _policy.CreateRequest(amount.Currency, _reporting!, valueDate);
        RateLookupResult result = _recorder.Ask(_engine.Source!, request);
        if (result.IsFound)
        {
            Accumulate(group, amount.Amount, result.Rate.Value, identity: false, amount.Qualifier);
            _recorder.RecordAnswer(request, result);
        }
        else
        {
            _unconvertedByGroup[group]++;
            string counted = RecordAt(entry.Counted).Record.Id;
            _unconverted.Add(new UnconvertedRecord(record.Id, counted, amount, result.Failure));
            _unconvertedGroups.Add(group);
        }
    }

    /// <summary>Returns the record at <paramref name="index"/> among the measure's records, with its amount and value
    /// date.</summary>
    private (LedgerRecord Record, QualifiedMoney Amount, LocalDate ValueDate) RecordAt(int index)
    {
        if (_engine.IsCommitmentMeasure)
        {
            Commitment c = _engine.Ledger.Commitments[index];
            return (c, c.Amount.GetValueOrDefault(), c.ValueDate);
        }

        Disbursement d = _engine.Ledger.Disbursements[index];
        return (d, d.Amount, d.ValueDate);
    }
}
