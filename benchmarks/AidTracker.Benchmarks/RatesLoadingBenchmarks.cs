using System.IO.Compression;
using AidTracker.Internal;
using AidTracker.Rates;
using AidTracker.Tests.Shared;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AidTracker.Benchmarks;

/// <summary>
/// Loading the embedded ECB daily and IMF annual data into rate tables, as <see cref="ExchangeRateSources"/> does once
/// on first use. Baseline: only reading both embedded files into strings (the I/O and UTF-8 decoding floor). Goal
/// (issue 3): under 150 ms; with the NBU's daily rates as well (issue 14, <see cref="LoadEcbImfAndNbu"/>), under 200
/// ms. <see cref="LoadNbu"/> is the NBU alone, from the gzipped embedded resource. <see cref="DecompressNbuText"/>
/// measures what the NBU file's compression adds (data/ holds it gzipped: 1.0 MB instead of 6.8 MB), from the bytes in
/// memory as an embedded resource would give them.
/// </summary>
[MemoryDiagnoser]
public class RatesLoadingBenchmarks
{
    private byte[] _nbuGzip = [];

    [GlobalSetup]
    public void Setup() => _nbuGzip = File.ReadAllBytes(RepoPaths.DataFile("nbu-official-uah-rates.csv.gz"));

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
        return chain
            .Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, new LocalDate(2025, 2, 27))
            .Converted.Amount;
    }

    [Benchmark]
    public int DecompressNbuText()
    {
        using var gzip = new GZipStream(new MemoryStream(_nbuGzip, writable: false), CompressionMode.Decompress);
        using var text = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return text.ReadToEnd().Length;
    }

    [Benchmark]
    public int LoadNbu()
    {
        using StreamReader nbu = EmbeddedData.Open(EmbeddedData.NbuDaily);
        return RateFileReader.ReadNbuCsv(nbu, EmbeddedData.NbuDaily).Currencies.Count;
    }

    [Benchmark]
    public int LoadEcbImfAndNbu()
    {
        using StreamReader ecb = EmbeddedData.Open(EmbeddedData.EcbDaily);
        using StreamReader imf = EmbeddedData.Open(EmbeddedData.ImfAnnual);
        using StreamReader nbu = EmbeddedData.Open(EmbeddedData.NbuDaily);
        return RateFileReader.ReadEcbCsv(ecb, EmbeddedData.EcbDaily).Currencies.Count
            + RateFileReader.ReadImfCsv(imf, EmbeddedData.ImfAnnual).Currencies.Count
            + RateFileReader.ReadNbuCsv(nbu, EmbeddedData.NbuDaily).Currencies.Count;
    }

    /// <summary>What the first use of <see cref="ExchangeRateSources.Default"/> does: the NBU on another thread, the
    /// ECB and the IMF on this one.</summary>
    [Benchmark]
    public int LoadEcbImfAndNbuConcurrently()
    {
        Task<RateTable> nbu = Task.Run(() =>
        {
            using StreamReader reader = EmbeddedData.Open(EmbeddedData.NbuDaily);
            return RateFileReader.ReadNbuCsv(reader, EmbeddedData.NbuDaily);
        });
        using StreamReader ecb = EmbeddedData.Open(EmbeddedData.EcbDaily);
        using StreamReader imf = EmbeddedData.Open(EmbeddedData.ImfAnnual);
        return RateFileReader.ReadEcbCsv(ecb, EmbeddedData.EcbDaily).Currencies.Count
            + RateFileReader.ReadImfCsv(imf, EmbeddedData.ImfAnnual).Currencies.Count
            + nbu.GetAwaiter().GetResult().Currencies.Count;
    }
}
