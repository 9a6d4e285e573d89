using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Internal;

namespace AidTracker.Serialization;

/// <summary>
/// Writes a <see cref="Summary"/> as the JSON document of <c>aidtracker summarize --format json</c>
/// (<c>$defs/summarize</c> of <c>docs/cli.schema.json</c>, version 1): the measure, the reporting currency, the groups
/// with their totals, the total, every rate used with its provenance, the amounts that could not be converted, the
/// policy, the counts and the data credits. Amounts and rates are strings of exact decimals (amounts rounded
/// half-to-even to their currency's minor units), dates <c>yyyy-MM-dd</c>.
/// </summary>
/// <example>
/// <code>
/// Summary summary = ledger.Summarize(new SummaryQuery { ReportingCurrency = Currency.USD });
/// File.WriteAllText("summary.json", SummaryJsonWriter.ToJson(summary));
/// </code>
/// </example>
public static class SummaryJsonWriter
{
    /// <summary>How many rates are written between two looks at the cancellation token.</summary>
    private const int RatesPerCancellationCheck = 4096;

    /// <summary>Returns the document of <paramref name="summary"/> with the default options, ending with a
    /// newline.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The JSON text (UTF-16), as the tool writes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <c>null</c>.</exception>
    public static string ToJson(Summary summary) =>
        ToJson(summary, SummaryJsonWriterOptions.Default, CancellationToken.None);

    /// <summary>
    /// Returns the document of <paramref name="summary"/>, ending with a newline. Characters outside ASCII are written
    /// as they are (the document is not meant to be embedded in HTML).
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="options">How to write it.</param>
    /// <param name="cancellationToken">Stops writing a long list of rates (checked every few thousand rates).</param>
    /// <returns>The JSON text (UTF-16), as the tool writes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> or <paramref name="options"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static string ToJson(Summary summary, SummaryJsonWriterOptions options, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(summary);
        return ToJson(summary, null, options, cancellationToken);
    }

    /// <summary>
    /// Returns the document of a summary on the stated basis (<see cref="StatedBasis.SummarizeStated"/>), ending with a
    /// newline: the document of <see cref="StatedSummary.Summary"/> with <c>statedCommitments</c> (after <c>policy</c>;
    /// <c>null</c> in the document of a plain summary) saying how many commitments stood at their stated equivalent
    /// (<see cref="StatedSummary.StatedCommitments"/>).
    /// </summary>
    /// <param name="stated">The summary on the stated basis.</param>
    /// <param name="options">How to write it.</param>
    /// <param name="cancellationToken">Stops writing a long list of rates (checked every few thousand rates).</param>
    /// <returns>The JSON text (UTF-16), as the tool writes it for <c>--basis stated</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stated"/> or <paramref name="options"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static string ToJson(
        StatedSummary stated,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    )
    {
        Preconditions.CheckNotNull(stated);
        return ToJson(stated.Summary, stated.StatedCommitments, options, cancellationToken);
    }

    /// <summary>
    /// Writes the document of a summary on the stated basis to <paramref name="writer"/>: the summary's document with
    /// <c>statedCommitments</c> (see <see cref="ToJson(StatedSummary, SummaryJsonWriterOptions, CancellationToken)"/>).
    /// </summary>
    /// <param name="writer">The writer, at the start of a value.</param>
    /// <param name="stated">The summary on the stated basis.</param>
    /// <param name="options">How to write it (<see cref="SummaryJsonWriterOptions.Indented"/> is the writer's own
    /// here).</param>
    /// <param name="cancellationToken">Stops writing a long list of rates (checked every few thousand rates).</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void Write(
        Utf8JsonWriter writer,
        StatedSummary stated,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    )
    {
        Preconditions.CheckNotNull(stated);
        Write(writer, stated.Summary, stated.StatedCommitments, options, cancellationToken);
    }

    private static string ToJson(
        Summary summary,
        int? statedCommitments,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    )
    {
        Preconditions.CheckNotNull(options);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // not for HTML: "ECB+IMF" stays readable
        };
        using (var writer = new Utf8JsonWriter(buffer, writerOptions))
        {
            Write(writer, summary, statedCommitments, options, cancellationToken);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Writes the document of <paramref name="summary"/> to <paramref name="writer"/> (whose options
    /// apply).</summary>
    /// <param name="writer">The writer, at the start of a value.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="options">How to write it (<see cref="SummaryJsonWriterOptions.Indented"/> is the writer's own
    /// here).</param>
    /// <param name="cancellationToken">Stops writing a long list of rates (checked every few thousand rates).</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void Write(
        Utf8JsonWriter writer,
        Summary summary,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    ) => Write(writer, Preconditions.CheckNotNull(summary), null, options, cancellationToken);

    private static void Write(
        Utf8JsonWriter writer,
        Summary summary,
        int? statedCommitments,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    )
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(summary);
        Preconditions.CheckNotNull(options);
        SummaryQuery query = summary.Query;
        writer.WriteStartObject();
        writer.WriteString("measure", KebabNames.Name(KebabNames.Measures, query.Measure));
        ReportJson.StringOrNull(writer, "currency", summary.ReportingCurrency?.Code);
        ReportJson.Strings(writer, "groupBy", query.GroupBy.Select(k => k.Name));
        WriteGroups(writer, summary);
        ReportJson.Amounts(writer, "totals", summary.Totals.Select(t => t.Value));
        writer.WriteBoolean("complete", summary.IsComplete);
        WriteRatesUsed(writer, summary, options, options.Ledger, cancellationToken);
        WriteUnconverted(writer, query.GroupBy, summary.Unconverted);
        ReportJson.Strings(writer, "withoutAmount", summary.RecordsWithoutAmount);
        ReportJson.Date(writer, "asOf", query.AsOf);
        writer.WriteStartObject("policy");
        writer.WriteString("kind", KebabNames.Name(KebabNames.PolicyKinds, query.Policy.Kind));
        ReportJson.StringOrNull(
            writer,
            "basis",
            query.Policy.Basis is { } basis ? KebabNames.Name(KebabNames.Bases, basis) : null
        );
        ReportJson.Date(writer, "date", query.Policy.Date);
        writer.WriteEndObject();
        if (statedCommitments is int stated)
        {
            writer.WriteNumber("statedCommitments", stated); // the stated basis: the rest converted at the policy above
        }
        else
        {
            writer.WriteNull("statedCommitments");
        }

        writer.WriteString("ratesSource", options.RatesSource);
        WriteCounts(writer, summary.Counts);
        WriteItemised(writer, options, cancellationToken);
        ReportJson.Strings(writer, "credits", options.Credits ?? DefaultCredits(summary, options.Itemised));
        writer.WriteEndObject();
    }

    private static IReadOnlyList<string> DefaultCredits(Summary summary, Summary? itemised)
    {
        IEnumerable<UsedRate> rates = itemised is null
            ? summary.RatesUsed
            : summary.RatesUsed.Concat(itemised.RatesUsed);
        return rates.Any() ? RateCredits.For(rates.Select(r => r.Source)) : [];
    }

    private static void WriteGroups(Utf8JsonWriter writer, Summary summary)
    {
        writer.WriteStartArray("groups");
        foreach (SummaryGroup group in summary.Groups)
        {
            writer.WriteStartObject();
            ReportJson.KeyValues(writer, "key", summary.Query.GroupBy, group.KeyValues);
            writer.WriteNumber("count", group.RecordCount);
            ReportJson.Amounts(writer, "totals", group.Totals.Select(t => t.Value));
            writer.WriteBoolean("complete", group.IsComplete);
            writer.WriteNumber("unconverted", group.UnconvertedCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes <c>itemised</c>: the parts itemised inside counted parents, by the same groups, with their totals, counts
    /// and rates (never added to the totals above), or <c>null</c>.
    /// </summary>
    private static void WriteItemised(
        Utf8JsonWriter writer,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    )
    {
        if (options.Itemised is not Summary parts)
        {
            writer.WriteNull("itemised");
            return;
        }

        writer.WriteStartObject("itemised");
        WriteGroups(writer, parts);
        ReportJson.Amounts(writer, "totals", parts.Totals.Select(t => t.Value));
        writer.WriteBoolean("complete", parts.IsComplete);
        WriteRatesUsed(writer, parts, options, options.Ledger, cancellationToken);
        WriteUnconverted(writer, parts.Query.GroupBy, parts.Unconverted);
        WriteCounts(writer, parts.Counts);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>ratesUsed</c> and, as it asks, <c>ratePairs</c> and <c>rates</c>.</summary>
    private static void WriteRatesUsed(
        Utf8JsonWriter writer,
        Summary summary,
        SummaryJsonWriterOptions options,
        Ledger? ledger,
        CancellationToken cancellationToken
    )
    {
        writer.WriteString(
            "ratesUsed",
            options.RatesUsed switch
            {
                RatesUsedDetail.None => "none",
                RatesUsedDetail.All => "all",
                _ => "pairs",
            }
        );
        if (options.RatesUsed == RatesUsedDetail.None)
        {
            return;
        }

        IReadOnlyList<UsedRate> rates = summary.RatesUsed;
        writer.WriteStartArray("ratePairs");
        foreach (RatePairs.Pair pair in RatePairs.From(summary, rates, ledger))
        {
            writer.WriteStartObject();
            writer.WriteString("from", pair.From.Code);
            writer.WriteString("to", pair.To.Code);
            writer.WriteString("source", pair.Source);
            writer.WriteString("basis", KebabNames.Name(KebabNames.Bases, pair.Basis));
            ReportJson.Date(writer, "firstDate", pair.FirstDate);
            ReportJson.Date(writer, "lastDate", pair.LastDate);
            writer.WriteNumber("days", pair.Days);
            writer.WriteString("lowestRate", ReportJson.RateValue(pair.Lowest));
            writer.WriteString("highestRate", ReportJson.RateValue(pair.Highest));
            if (ledger is null)
            {
                writer.WriteNull("records");
            }
            else
            {
                writer.WriteNumber("records", pair.Records);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (options.RatesUsed == RatesUsedDetail.All)
        {
            WriteRates(writer, rates, cancellationToken);
        }
    }

    /// <summary>Writes a group's key: <c>{ "donor": "JPN", "fiscal-year": "FY2024" }</c> (empty when not
    /// grouped).</summary>
    private static void WriteRates(
        Utf8JsonWriter writer,
        IReadOnlyList<UsedRate> rates,
        CancellationToken cancellationToken
    )
    {
        writer.WriteStartArray("rates");
        int written = 0;
        foreach (UsedRate rate in rates)
        {
            if (++written % RatesPerCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested(); // a big ledger's list runs to 100,000s of rates
            }

            ReportJson.Rate(writer, rate.Rate, rate.RequestedDate);
        }

        writer.WriteEndArray();
    }

    private static void WriteUnconverted(
        Utf8JsonWriter writer,
        ImmutableArray<GroupKey> keys,
        ImmutableArray<UnconvertedRecord> records
    )
    {
        writer.WriteStartArray("unconverted");
        foreach (UnconvertedRecord record in records)
        {
            writer.WriteStartObject();
            writer.WriteString("id", record.RecordId);
            ReportJson.KeyValues(writer, "group", keys, record.GroupKeyValues);
            writer.WritePropertyName("amount");
            ReportJson.Amount(writer, record.Amount);
            writer.WriteString("reason", record.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter writer, SummaryCounts counts)
    {
        writer.WriteStartObject("counts");
        writer.WriteNumber("considered", counts.Considered);
        writer.WriteNumber("counted", counts.Counted);
        writer.WriteNumber("insideCountedParent", counts.InsideCountedParent);
        writer.WriteNumber("excludedByMeasure", counts.ExcludedByMeasure);
        writer.WriteNumber("excludedByAsOf", counts.ExcludedByAsOf);
        writer.WriteNumber("excludedByFilter", counts.ExcludedByFilter);
        writer.WriteNumber("unconverted", counts.Unconverted);
        writer.WriteNumber("withoutAmount", counts.WithoutAmount);
        writer.WriteEndObject();
    }
}
