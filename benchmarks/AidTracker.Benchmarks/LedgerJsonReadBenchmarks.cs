using System.Text.Json;
using AidTracker.Serialization;
using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>
/// Reading a JSON ledger into a validated <see cref="Ledger"/> (streaming, strict, exact decimals, validation and
/// indexes included) next to deserializing the same bytes into plain DTOs with System.Text.Json (the baseline).
/// </summary>
[MemoryDiagnoser]
public class LedgerJsonReadBenchmarks
{
    private byte[] _json = [];

    /// <summary>Gets or sets the number of commitments.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Commitments { get; set; }

    /// <summary>Gets the sizes to run.</summary>
    public static IEnumerable<int> Sizes => LedgerBenchmarkData.Sizes;

    /// <summary>Writes the ledger once.</summary>
    [GlobalSetup]
    public void Setup() => _json = LedgerBenchmarkData.Write(LedgerBenchmarkData.Build(Commitments));

    /// <summary>The baseline: plain DTOs, System.Text.Json (source-generated), from a stream.</summary>
    /// <returns>The DTOs.</returns>
    [Benchmark(Baseline = true)]
    public async Task<PlainLedger> PlainDtos() =>
        (
            await JsonSerializer.DeserializeAsync(
                new MemoryStream(_json, writable: false),
                PlainLedgerContext.Default.PlainLedger
            )
        )!;

    /// <summary>The library: LedgerJson.ReadAsync, validated ledger.</summary>
    /// <returns>The ledger.</returns>
    [Benchmark]
    public Task<Ledger> LedgerJsonRead() =>
        LedgerJson.ReadAsync(new MemoryStream(_json, writable: false), LedgerBenchmarkData.Clock);
}
