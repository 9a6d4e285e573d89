using AidTracker.Internal;
using AidTracker.Rates;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AidTracker.Benchmarks;

/// <summary>
/// Loading the embedded ECB daily and IMF annual data into rate tables, as <see cref="ExchangeRateSources"/> does once on
/// first use. Baseline: only reading both embedded files into strings (the I/O and UTF-8 decoding floor). Goal (issue 3):
/// under 150 ms.
/// </summary>
[MemoryDiagnoser]
public class RatesLoadingBenchmarks
{
    [Benchmark(Baseline = true)]
    public int ReadEmbeddedText()
    {
        using StreamReader ecb = EmbeddedData.Open(EmbeddedData.EcbDaily);
        using StreamReader imf = EmbeddedData.Open(EmbeddedData.ImfAnnual);
        return ecb.ReadToEnd().Length + imf.ReadToEnd().Length;
    }

    [Benchmark]
    public int LoadEcbAndImf()
    {
        using StreamReader ecb = EmbeddedData.Open(EmbeddedData.EcbDaily);
        using StreamReader imf = EmbeddedData.Open(EmbeddedData.ImfAnnual);
        return RateFileReader.ReadEcbCsv(ecb, EmbeddedData.EcbDaily).Currencies.Count
            + RateFileReader.ReadImfCsv(imf, EmbeddedData.ImfAnnual).Currencies.Count;
    }

    [Benchmark]
    public decimal LoadEcbAndImfThenFirstConversion()
    {
        using StreamReader ecb = EmbeddedData.Open(EmbeddedData.EcbDaily);
        using StreamReader imf = EmbeddedData.Open(EmbeddedData.ImfAnnual);
        RateTable ecbTable = RateFileReader.ReadEcbCsv(ecb, EmbeddedData.EcbDaily);
        RateTable imfTable = RateFileReader.ReadImfCsv(imf, EmbeddedData.ImfAnnual);
        var chain = new ExchangeRateChain(ecbTable, imfTable);
        return chain.Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, new LocalDate(2025, 2, 27)).Converted.Amount;
    }
}
