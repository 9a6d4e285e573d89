using System.Globalization;
using System.Numerics;
using AidTracker.Aggregation;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using AidTracker.Serialization;
using DuckDB.NET.Data;
using NodaTime.Testing;
using Parquet;
using Parquet.Data;
using Parquet.Meta;
using Parquet.Schema;

namespace AidTracker.Cli.Tests.Output;

/// <summary>
/// The Parquet writer <c>export</c> uses (<see cref="ParquetExport.WriteAsync(ExportRowGroups, Stream,
/// CancellationToken)"/>: decimals handed over as Parquet.Net's <see cref="BigDecimal"/>, strings as memory, buffers
/// reused from group to group) against the plain one (the rows' own arrays): the same file, byte for byte, read back
/// with Parquet.Net and DuckDB.
/// </summary>
public class ParquetExportTests
{
    private static readonly FakeClock Clock = new(CliRun.Today);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData(ParquetExport.RowGroupSize, 2)]
    [InlineData(1_000, 2)]
    [InlineData(7, 3)]
    public async Task WriteAsync_GeneratedLedgerConverted_SameBytesAsThePlainWriter(int groupSize, int ahead)
    {
        Ledger ledger = ExportRowGroupsTests.Generate(3_000, oddAmountsAt: []);
        SummaryQuery[] queries =
        [
            new() { ReportingCurrency = Currency.USD },
            new() { ReportingCurrency = Currency.EUR, Measure = Measure.Pledged },
        ];

        foreach (SummaryQuery query in queries)
        {
            (RecordRows plain, byte[] expected, byte[] actual) = await WriteBothAsync(ledger, query, groupSize, ahead);

            actual.Length.Should().Be(expected.Length);
            actual.AsSpan().SequenceEqual(expected).Should().BeTrue("the two writers must give the same file");
            await using ParquetReader reader = await ReadAsync(actual);
            reader.RowGroupCount.Should().Be((plain.Count + groupSize - 1) / groupSize);
            (await ReadDecimalsAsync(reader, "amount")).Should().Equal(Unscaled(plain.Amount, 10));
            (await ReadDecimalsAsync(reader, "converted")).Should().Equal(Unscaled(plain.Converted, 10));
            (await ReadDecimalsAsync(reader, "rate")).Should().Equal(Unscaled(plain.Rate, 24));
            plain.Status.Should().Contain(ExportRows.NoRate, "rows without a converted amount are written too");
        }
    }

    [Theory]
    [InlineData(ParquetExport.RowGroupSize, 2)]
    [InlineData(1_000, 2)]
    public async Task WriteAsync_NothingConverted_SameRowsAsThePlainWriterWithoutMadeUpStatistics(
        int groupSize,
        int ahead
    )
    {
        Ledger ledger = ExportRowGroupsTests.Generate(3_000, oddAmountsAt: []);
        using var folder = new TempFolder();
        string plainFile = folder.File("plain.parquet");
        string file = folder.File("export.parquet");

        (RecordRows plain, byte[] expected, byte[] actual) = await WriteBothAsync(
            ledger,
            new SummaryQuery { Measure = Measure.Disbursed },
            groupSize,
            ahead
        );
        await File.WriteAllBytesAsync(plainFile, expected, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(file, actual, TestContext.Current.CancellationToken);

        // The columns converted and rate have no value at all: the plain writer gives them a minimum and a maximum of
        // 0 in their statistics, the other none (the only difference: DuckDB reads the same rows and types).
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        Scalar(db, $"SELECT count(*) FROM read_parquet('{file}')").Should().Be(plain.Count.ToString(Invariant));
        string[] differences =
        [
            $"SELECT * FROM read_parquet('{plainFile}') EXCEPT ALL SELECT * FROM read_parquet('{file}')",
            $"SELECT * FROM read_parquet('{file}') EXCEPT ALL SELECT * FROM read_parquet('{plainFile}')",
            $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{plainFile}')) "
                + $"EXCEPT SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{file}'))",
        ];
        foreach (string difference in differences)
        {
            Scalar(db, $"SELECT count(*) FROM ({difference})").Should().Be("0", difference);
        }

        await using ParquetReader reader = await ReadAsync(actual);
        ColumnChunk converted = reader
            .Metadata!.RowGroups[0]
            .Columns.Single(c => c.MetaData!.PathInSchema[0] == "converted");
        converted.MetaData!.Statistics!.NullCount.Should().Be(Math.Min(groupSize, plain.Count));
        converted.MetaData.Statistics.MinValue.Should().BeNull();
        converted.MetaData.Statistics.MaxValue.Should().BeNull();
    }

    [Fact]
    public async Task WriteAsync_Sample_SameBytesAsThePlainWriterWithTheWorkedExample()
    {
        Ledger sample = await LedgerJson.ReadFileAsync(CliRun.Sample, Clock, TestContext.Current.CancellationToken);

        (_, byte[] expected, byte[] actual) = await WriteBothAsync(
            sample,
            new SummaryQuery { ReportingCurrency = Currency.USD },
            ParquetExport.RowGroupSize,
            2
        );

        actual.AsSpan().SequenceEqual(expected).Should().BeTrue("the two writers must give the same file");
        await using ParquetReader reader = await ReadAsync(actual);
        // 8.8 billion yen at the ECB's cross rate of 2025-02-27: 58,825,751.2920308811 USD, to 10 decimals.
        (await ReadDecimalsAsync(reader, "converted")).Should().Contain(BigInteger.Parse("588257512920308811"));
    }

    private static async Task<(RecordRows Plain, byte[] Expected, byte[] Actual)> WriteBothAsync(
        Ledger ledger,
        SummaryQuery query,
        int groupSize,
        int ahead
    )
    {
        IExchangeRateSource? source = query.ReportingCurrency is null ? null : ExchangeRateSources.Default;
        RecordRows plain = ExportRows.Build(ledger, query, source, CancellationToken.None);
        using var expected = new MemoryStream();
        await ParquetExport.WriteAsync(plain, expected, CancellationToken.None, groupSize);

        var groups = new ExportRowGroups(new ExportRowFill(ledger, query, source), groupSize, ahead, default);
        using var actual = new MemoryStream();
        await ParquetExport.WriteAsync(groups, actual, CancellationToken.None);
        return (plain, expected.ToArray(), actual.ToArray());
    }

    private static string? Scalar(DuckDBConnection db, string sql)
    {
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), Invariant);
    }

    private static Task<ParquetReader> ReadAsync(byte[] file) =>
        ParquetReader.CreateAsync(new MemoryStream(file), new ParquetOptions { UseBigDecimal = true });

    /// <summary>A decimal column's unscaled values, every row group's in order (null for null).</summary>
    private static async Task<List<BigInteger?>> ReadDecimalsAsync(ParquetReader reader, string name)
    {
        DataField field = reader.Schema.DataFields.Single(f => f.Name == name);
        var values = new List<BigInteger?>();
        foreach (ParquetRowGroupReader group in reader.RowGroups)
        {
            var column = new BigDecimal?[group.RowCount];
            await group.ReadAsync<BigDecimal>(field, column.AsMemory());
            values.AddRange(column.Select(v => v?.UnscaledValue));
        }

        return values;
    }

    /// <summary>The unscaled values the decimals should have, from their text (not from the code under test).</summary>
    private static List<BigInteger?> Unscaled(decimal?[] values, int scale) =>
        [
            .. values.Select(v =>
                v is decimal d
                    ? BigInteger.Parse(
                        d.ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                            .Replace(".", "", StringComparison.Ordinal),
                        CultureInfo.InvariantCulture
                    )
                    : (BigInteger?)null
            ),
        ];
}
