using AidTracker.Rates;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AidTracker.Benchmarks;

/// <summary>
/// One dated conversion into USD from the embedded ECB table, per record, over 1,000 records in 30 currencies spread
/// over 25 years. Baseline: a raw decimal multiply with the rate already at hand. Goal (issue 3): the table's fast path
/// within 3x of the baseline, allocation-free.
/// </summary>
[MemoryDiagnoser]
public class RatesConversionBenchmarks
{
    private const int N = 1000;
    private readonly decimal[] _amounts = new decimal[N];
    private readonly int[] _currencies = new int[N];
    private readonly int[] _days = new int[N];
    private readonly decimal[] _ratesAtHand = new decimal[N];
    private readonly Money[] _money = new Money[N];
    private readonly LocalDate[] _dates = new LocalDate[N];
    private decimal[] _dense = [];
    private int _firstDay;
    private int _dayCount;
    private RateTable _ecb = null!;
    private TargetRateTable _toUsd = null!;
    private int _usd;

    [GlobalSetup]
    public void Setup()
    {
        _ecb = ExchangeRateSources.Ecb;
        _usd = _ecb.GetCurrencyIndex(Currency.USD);
        _toUsd = _ecb.ForTarget(Currency.USD);
        _firstDay = RateTable.ToDayNumber(new LocalDate(2001, 1, 1));
        _dayCount = RateTable.ToDayNumber(new LocalDate(2026, 1, 1)) - _firstDay;

        // The hand-written alternative the aggregation issue compares with: a dense decimal array of rates into USD.
        _dense = new decimal[_ecb.Currencies.Count * _dayCount];
        for (int c = 0; c < _ecb.Currencies.Count; c++)
        {
            for (int d = 0; d < _dayCount; d++)
            {
                _ecb.TryGetRate(c, _usd, _firstDay + d, out _dense[(c * _dayCount) + d], out _);
            }
        }

        var random = new Random(42);
        for (int i = 0; i < N; )
        {
            int currency = random.Next(_ecb.Currencies.Count);
            int day = _firstDay + random.Next(_dayCount);
            if (!_ecb.TryGetRate(currency, _usd, day, out decimal rate, out _))
            {
                continue; // a discontinued currency after its end: not a record we can convert
            }

            _amounts[i] = random.Next(1, 1_000_000_000) / 100m;
            _currencies[i] = currency;
            _days[i] = day;
            _ratesAtHand[i] = rate;
            _money[i] = new Money(_amounts[i], _ecb.Currencies[currency]);
            _dates[i] = RateTable.FromDayNumber(day);
            i++;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal RawMultiply_RateAtHand()
    {
        decimal sum = 0m;
        for (int i = 0; i < N; i++)
        {
            sum += _amounts[i] * _ratesAtHand[i];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal HandWrittenDenseArray()
    {
        decimal sum = 0m;
        for (int i = 0; i < N; i++)
        {
            sum += _amounts[i] * _dense[(_currencies[i] * _dayCount) + (_days[i] - _firstDay)];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal RateTable_TryConvert()
    {
        decimal sum = 0m;
        for (int i = 0; i < N; i++)
        {
            if (_ecb.TryConvert(_amounts[i], _currencies[i], _usd, _days[i], out decimal usd, out _))
            {
                sum += usd;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal TargetRateTable_TryConvert()
    {
        decimal sum = 0m;
        for (int i = 0; i < N; i++)
        {
            if (_toUsd.TryConvert(_amounts[i], _currencies[i], _days[i], out decimal usd, out _))
            {
                sum += usd;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal Convert_WithProvenance()
    {
        decimal sum = 0m;
        for (int i = 0; i < N; i++)
        {
            sum += _ecb.Convert(_money[i], Currency.USD, _dates[i]).Converted.Amount;
        }

        return sum;
    }
}
