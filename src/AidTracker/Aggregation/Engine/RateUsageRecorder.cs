using System.Numerics;
using AidTracker.Rates;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// The one record of the rates a partition applied, for <see cref="Summary.RatesUsed"/>: the answers of the rate source
/// as they were applied, and for the rate tables' fast path which table answered for which currency and request date (a
/// bit each; the summary itself needs no more). <see cref="RateUsage"/> describes the recorded rates only when asked,
/// each from the table that supplied it, never from the whole source again.
/// </summary>
internal sealed class RateUsageRecorder
{
    private readonly TableRates? _fast;
    private readonly DayBitset?[][] _days; // [layer][currency]: request days answered by that table
    private readonly Dictionary<RateRequest, RateLookupResult> _answers = []; // every answer of the source, asked once
    private readonly Dictionary<RateRequest, RateLookupResult> _applied = [];
    private ulong[]? _primary; // one bit per entry of the primary table's rates that was applied

    public RateUsageRecorder(TableRates? fast)
    {
        _fast = fast;
        _days = fast is null ? [] : [.. fast.Layers.Select(_ => new DayBitset?[fast.Currencies.Length])];
    }

    /// <summary>Records that the primary table's rate at <paramref name="flat"/> (an index into its rates) was
    /// applied.</summary>
    public void RecordPrimary(int flat)
    {
        ulong[] bits = _primary ??= new ulong[(_fast!.Primary!.Rates.Length + 63) >> 6];
        bits[flat >> 6] |= 1UL << flat;
    }

    /// <summary>Records that table <paramref name="layer"/>'s rate for the currency and request day was
    /// applied.</summary>
    public void RecordTable(int layer, int currency, int day) => (_days[layer][currency] ??= new DayBitset()).Add(day);

    /// <summary>Returns the source's answer to <paramref name="request"/>, asking it once per distinct
    /// request.</summary>
    public RateLookupResult Ask(IExchangeRateSource source, RateRequest request)
    {
        if (!_answers.TryGetValue(request, out RateLookupResult? result))
        {
            result = source.TryGetRate(request);
            _answers.Add(request, result);
        }

        return result;
    }

    /// <summary>Records that the source's answer to <paramref name="request"/> was applied.</summary>
    public void RecordAnswer(RateRequest request, RateLookupResult result) => _applied.TryAdd(request, result);

    /// <summary>Returns what was recorded, for the summary.</summary>
    /// <param name="basis">The basis the policy asks for (that of every request).</param>
    public RateUsage ToUsage(RateBasis? basis)
    {
        if (_primary is not null)
        {
            // The primary table's bits as request days of layer 0.
            TableRates.Layer primary = _fast!.Primary!;
            int[] currencyOfRow = primary.CurrencyOfRow();
            for (int w = 0; w < _primary.Length; w++)
            {
                for (ulong word = _primary[w]; word != 0; word &= word - 1)
                {
                    int at = (w << 6) + BitOperations.TrailingZeroCount(word);
                    RecordTable(0, currencyOfRow[at / primary.Periods], primary.First + (at % primary.Periods));
                }
            }

            _primary = null;
        }

        bool anyDays = _days.Any(layer => layer.Any(d => d is not null));
        return RateUsage.From(_applied, anyDays ? new RateUsage.DaySegment(_fast!, basis, _days) : null);
    }
}
