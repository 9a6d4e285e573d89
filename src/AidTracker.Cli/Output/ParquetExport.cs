using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace AidTracker.Cli.Output;

/// <summary>
/// Writes <see cref="RecordRows"/> as an Apache Parquet file (Parquet.Net): amounts, converted amounts and rates as
/// Parquet <c>DECIMAL</c> (never floating point), dates as <c>DATE</c>, in row groups of
/// <see cref="RowGroupSize"/> rows. The columns are documented in docs/export.md.
/// </summary>
/// <remarks>
/// Two writers give the same rows and types (ParquetExportTests): the plain one hands Parquet.Net the rows' own arrays
/// (strings, <see cref="decimal"/>s); the one <c>export</c> uses (<see cref="WriteAsync(ExportRowGroups, Stream,
/// CancellationToken)"/>) hands it the decimals as the <see cref="BigDecimal"/>s it encodes
/// (<see cref="ParquetDecimals"/>) and the strings as memory, through buffers reused from one row group to the next,
/// and takes about 40% less time (docs/benchmarks.md, "Issue 16"). The files are the same byte for byte, but for the
/// statistics of a decimal column without any value in a row group: none from this writer, a minimum and maximum of 0
/// from the plain one.
/// </remarks>
internal static class ParquetExport
{
    /// <summary>The scale of <c>amount</c> and <c>converted</c>: DECIMAL(38,10), as in the DuckDB comparison.</summary>
    public const int AmountScale = 10;

    /// <summary>The scale of <c>rate</c>: DECIMAL(38,24) (rates to 10^14; <c>converted</c> uses every digit).</summary>
    public const int RateScale = 24;

    /// <summary>Rows per row group: enough for fast scans, few enough to keep one group's pages in memory.</summary>
    public const int RowGroupSize = 262_144;

    /// <summary>The columns in file order: the field, the rows' array it is written from, and for a decimal the same
    /// field typed for <see cref="BigDecimal"/> values.</summary>
    private static readonly Column[] Columns =
    [
        new(new DataField<string>("record_kind", false), r => r.Kind),
        new(new DataField<string>("id", false), r => r.Id),
        new(new DataField<string>("parent_id", true), r => r.Parent),
        new(new DataField<string>("supplements_id", true), r => r.Supplements),
        new(new DataField<string>("agreement_id", true), r => r.Agreement),
        new(new DataField<string>("commitment_id", true), r => r.Commitment),
        new(new DataField<string>("donor", false), r => r.Donor),
        new(new DataField<string>("recipient", false), r => r.Recipient),
        new(new DataField<DateOnly?>("date"), r => r.Date),
        new(new DataField<DateOnly?>("value_date"), r => r.ValueDate),
        new(new DataField<int?>("year"), r => r.Year),
        new(new DataField<string>("stage", false), r => r.Stage),
        new(new DataField<string>("category", true), r => r.Category),
        new(new DataField<string>("instrument", true), r => r.Instrument),
        Decimal("amount", AmountScale, r => r.Amount),
        new(new DataField<string>("currency", true), r => r.Currency),
        new(new DataField<string>("qualifier", true), r => r.Qualifier),
        new(new DataField<bool?>("counted"), r => r.Counted),
        new(new DataField<string>("status", false), r => r.Status),
        new(new DataField<string>("counted_in", true), r => r.CountedIn),
        Decimal("converted", AmountScale, r => r.Converted),
        new(new DataField<string>("converted_currency", true), r => r.ConvertedCurrency),
        Decimal("rate", RateScale, r => r.Rate),
        new(new DataField<DateOnly?>("rate_date"), r => r.RateDate),
        new(new DataField<string>("rate_basis", true), r => r.RateBasis),
        new(new DataField<string>("rate_source", true), r => r.RateSource),
        new(new DataField<string>("reason", true), r => r.Reason),
    ];

    private static readonly ParquetSchema PlainSchema = new(Columns.Select(c => c.Field));

    private static readonly ParquetSchema ExactSchema = new(Columns.Select(c => c.Exact ?? c.Field));

    /// <summary>Writes the rows to <paramref name="output"/>, which must be writable and seekable: the plain writer,
    /// which the one <c>export</c> uses is tested against.</summary>
    public static Task WriteAsync(
        RecordRows rows,
        Stream output,
        CancellationToken cancellationToken,
        int groupSize = RowGroupSize
    ) => WriteAsync(rows, groupSize, _ => Task.CompletedTask, null, output, cancellationToken);

    /// <summary>Writes the rows of <paramref name="groups"/> as they are filled, one row group (of
    /// <see cref="ExportRowGroups.GroupSize"/> rows) after the other.</summary>
    public static Task WriteAsync(ExportRowGroups groups, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(
            groups.Rows,
            groups.GroupSize,
            groups.ReadyAsync,
            new Buffers(Math.Min(groups.GroupSize, groups.Rows.Count)),
            output,
            cancellationToken
        );

    private static async Task WriteAsync(
        RecordRows rows,
        int groupSize,
        Func<int, Task> groupReady,
        Buffers? buffers,
        Stream output,
        CancellationToken cancellationToken
    )
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using ParquetWriter writer = await ParquetWriter
            .CreateAsync(buffers is null ? PlainSchema : ExactSchema, output, options, false, cancellationToken)
            .ConfigureAwait(false);
        for (int start = 0; start < rows.Count || (start == 0 && rows.Count == 0); start += groupSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await groupReady(start / groupSize).ConfigureAwait(false);
            int length = Math.Min(groupSize, rows.Count - start);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            foreach (Column column in Columns)
            {
                await WriteColumnAsync(group, column, rows, start, length, buffers, cancellationToken)
                    .ConfigureAwait(false);
            }

            if (rows.Count == 0)
            {
                break;
            }
        }
    }

    private static Task WriteColumnAsync(
        ParquetRowGroupWriter group,
        Column column,
        RecordRows rows,
        int start,
        int length,
        Buffers? buffers,
        CancellationToken cancellationToken
    ) =>
        column.Values(rows) switch
        {
            string?[] strings when buffers is not null => group.WriteAsync(
                column.Field,
                buffers.Text(strings, start, length),
                null,
                null,
                cancellationToken
            ),
            string?[] strings => group.WriteAsync(column.Field, new ArraySegment<string>(strings!, start, length)),
            decimal?[] decimals when buffers is not null => group.WriteAsync(
                column.Exact!,
                buffers.Decimals(decimals, start, length, column.Exact!.Scale),
                null,
                null,
                cancellationToken
            ),
            decimal?[] decimals => Values(group, column.Field, decimals, start, length, cancellationToken),
            DateOnly?[] dates => Values(group, column.Field, dates, start, length, cancellationToken),
            int?[] numbers => Values(group, column.Field, numbers, start, length, cancellationToken),
            bool?[] flags => Values(group, column.Field, flags, start, length, cancellationToken),
            Array other => throw new InvalidOperationException(
                $"The export column '{column.Field.Name}' has values of type {other.GetType()}, which it cannot write."
            ),
        };

    private static Task Values<T>(
        ParquetRowGroupWriter group,
        DataField field,
        T?[] values,
        int start,
        int length,
        CancellationToken cancellationToken
    )
        where T : struct =>
        group.WriteAsync(field, new ReadOnlyMemory<T?>(values, start, length), null, null, cancellationToken);

    private static Column Decimal(string name, int scale, Func<RecordRows, Array> values) =>
        new(
            new DecimalDataField(name, ParquetDecimals.Precision, scale, isNullable: true),
            values,
            new DecimalDataField(name, ParquetDecimals.Precision, scale, isNullable: true, clrType: typeof(BigDecimal))
        );

    private sealed record Column(DataField Field, Func<RecordRows, Array> Values, DecimalDataField? Exact = null);

    /// <summary>One row group's column as Parquet.Net encodes it, reused for every column and group.</summary>
    private sealed class Buffers(int size)
    {
        private readonly ReadOnlyMemory<char>?[] _text = new ReadOnlyMemory<char>?[size];
        private readonly BigDecimal?[] _decimals = new BigDecimal?[size];

        public ReadOnlyMemory<ReadOnlyMemory<char>?> Text(string?[] values, int start, int length)
        {
            for (int i = 0; i < length; i++)
            {
                _text[i] = values[start + i]?.AsMemory();
            }

            return _text.AsMemory(0, length);
        }

        public ReadOnlyMemory<BigDecimal?> Decimals(decimal?[] values, int start, int length, int scale)
        {
            for (int i = 0; i < length; i++)
            {
                _decimals[i] = values[start + i] is decimal value ? ParquetDecimals.Convert(value, scale) : null;
            }

            return _decimals.AsMemory(0, length);
        }
    }
}
