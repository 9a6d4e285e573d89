using Parquet;
using Parquet.Schema;

namespace AidTracker.Cli.Output;

/// <summary>
/// Writes <see cref="RecordRows"/> as an Apache Parquet file (Parquet.Net): amounts, converted amounts and rates as
/// Parquet <c>DECIMAL</c> (never floating point), dates as <c>DATE</c>, in row groups of
/// <see cref="RowGroupSize"/> rows. The columns are documented in docs/export.md.
/// </summary>
internal static class ParquetExport
{
    /// <summary>The scale of <c>amount</c> and <c>converted</c>: DECIMAL(38,10), as in the DuckDB comparison.</summary>
    public const int AmountScale = 10;

    /// <summary>The scale of <c>rate</c>: DECIMAL(38,24) (rates to 10^14; <c>converted</c> uses every digit).</summary>
    public const int RateScale = 24;

    /// <summary>Rows per row group: enough for fast scans, few enough to keep one group's pages in memory.</summary>
    public const int RowGroupSize = 262_144;

    private const int Precision = 38;

    private static readonly DataField<string> Kind = new("record_kind", false);
    private static readonly DataField<string> Id = new("id", false);
    private static readonly DataField<string> Parent = new("parent_id", true);
    private static readonly DataField<string> Supplements = new("supplements_id", true);
    private static readonly DataField<string> Agreement = new("agreement_id", true);
    private static readonly DataField<string> Commitment = new("commitment_id", true);
    private static readonly DataField<string> Donor = new("donor", false);
    private static readonly DataField<string> Recipient = new("recipient", false);
    private static readonly DataField<DateOnly?> Date = new("date");
    private static readonly DataField<DateOnly?> ValueDate = new("value_date");
    private static readonly DataField<int?> Year = new("year");
    private static readonly DataField<string> Stage = new("stage", false);
    private static readonly DataField<string> Category = new("category", true);
    private static readonly DataField<string> Instrument = new("instrument", true);
    private static readonly DecimalDataField Amount = new("amount", Precision, AmountScale, isNullable: true);
    private static readonly DataField<string> Currency = new("currency", true);
    private static readonly DataField<string> Qualifier = new("qualifier", true);
    private static readonly DataField<bool?> Counted = new("counted");
    private static readonly DataField<string> Status = new("status", false);
    private static readonly DataField<string> CountedIn = new("counted_in", true);
    private static readonly DecimalDataField Converted = new("converted", Precision, AmountScale, isNullable: true);
    private static readonly DataField<string> ConvertedCurrency = new("converted_currency", true);
    private static readonly DecimalDataField Rate = new("rate", Precision, RateScale, isNullable: true);
    private static readonly DataField<DateOnly?> RateDate = new("rate_date");
    private static readonly DataField<string> RateBasis = new("rate_basis", true);
    private static readonly DataField<string> RateSource = new("rate_source", true);
    private static readonly DataField<string> Reason = new("reason", true);

    private static readonly ParquetSchema Schema = new(
        Kind,
        Id,
        Parent,
        Supplements,
        Agreement,
        Commitment,
        Donor,
        Recipient,
        Date,
        ValueDate,
        Year,
        Stage,
        Category,
        Instrument,
        Amount,
        Currency,
        Qualifier,
        Counted,
        Status,
        CountedIn,
        Converted,
        ConvertedCurrency,
        Rate,
        RateDate,
        RateBasis,
        RateSource,
        Reason
    );

    /// <summary>Writes the rows to <paramref name="output"/>, which must be writable and seekable.</summary>
    public static Task WriteAsync(RecordRows rows, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(rows, _ => Task.CompletedTask, output, cancellationToken);

    /// <summary>Writes the rows of <paramref name="groups"/> as they are filled, one row group after the
    /// other.</summary>
    public static Task WriteAsync(ExportRowGroups groups, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(groups.Rows, groups.ReadyAsync, output, cancellationToken);

    private static async Task WriteAsync(
        RecordRows rows,
        Func<int, Task> groupReady,
        Stream output,
        CancellationToken cancellationToken
    )
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using ParquetWriter writer = await ParquetWriter
            .CreateAsync(Schema, output, options, false, cancellationToken)
            .ConfigureAwait(false);
        for (int start = 0; start < rows.Count || (start == 0 && rows.Count == 0); start += RowGroupSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await groupReady(start / RowGroupSize).ConfigureAwait(false);
            int length = Math.Min(RowGroupSize, rows.Count - start);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await Strings(group, Kind, rows.Kind, start, length).ConfigureAwait(false);
            await Strings(group, Id, rows.Id, start, length).ConfigureAwait(false);
            await Strings(group, Parent, rows.Parent, start, length).ConfigureAwait(false);
            await Strings(group, Supplements, rows.Supplements, start, length).ConfigureAwait(false);
            await Strings(group, Agreement, rows.Agreement, start, length).ConfigureAwait(false);
            await Strings(group, Commitment, rows.Commitment, start, length).ConfigureAwait(false);
            await Strings(group, Donor, rows.Donor, start, length).ConfigureAwait(false);
            await Strings(group, Recipient, rows.Recipient, start, length).ConfigureAwait(false);
            await Values(group, Date, rows.Date, start, length, cancellationToken).ConfigureAwait(false);
            await Values(group, ValueDate, rows.ValueDate, start, length, cancellationToken).ConfigureAwait(false);
            await Values(group, Year, rows.Year, start, length, cancellationToken).ConfigureAwait(false);
            await Strings(group, Stage, rows.Stage, start, length).ConfigureAwait(false);
            await Strings(group, Category, rows.Category, start, length).ConfigureAwait(false);
            await Strings(group, Instrument, rows.Instrument, start, length).ConfigureAwait(false);
            await Values(group, Amount, rows.Amount, start, length, cancellationToken).ConfigureAwait(false);
            await Strings(group, Currency, rows.Currency, start, length).ConfigureAwait(false);
            await Strings(group, Qualifier, rows.Qualifier, start, length).ConfigureAwait(false);
            await Values(group, Counted, rows.Counted, start, length, cancellationToken).ConfigureAwait(false);
            await Strings(group, Status, rows.Status, start, length).ConfigureAwait(false);
            await Strings(group, CountedIn, rows.CountedIn, start, length).ConfigureAwait(false);
            await Values(group, Converted, rows.Converted, start, length, cancellationToken).ConfigureAwait(false);
            await Strings(group, ConvertedCurrency, rows.ConvertedCurrency, start, length).ConfigureAwait(false);
            await Values(group, Rate, rows.Rate, start, length, cancellationToken).ConfigureAwait(false);
            await Values(group, RateDate, rows.RateDate, start, length, cancellationToken).ConfigureAwait(false);
            await Strings(group, RateBasis, rows.RateBasis, start, length).ConfigureAwait(false);
            await Strings(group, RateSource, rows.RateSource, start, length).ConfigureAwait(false);
            await Strings(group, Reason, rows.Reason, start, length).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                break;
            }
        }
    }

    private static Task Strings(
        ParquetRowGroupWriter group,
        DataField field,
        string?[] values,
        int start,
        int length
    ) => group.WriteAsync(field, new ArraySegment<string>(values!, start, length));

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
}
