using System.Text.Json;
using System.Text.Json.Serialization;
using AidTracker.Aggregation;

namespace AidTracker.Serialization;

/// <summary>
/// Writes a <see cref="Summary"/> as the JSON document of <c>aidtracker summarize --format json</c>
/// (<see cref="SummaryJsonWriter"/> with <see cref="SummaryJsonWriterOptions.Default"/>), so that a web API returns
/// exactly what the tool prints. Write-only: reading a summary back throws <see cref="NotSupportedException"/>.
/// </summary>
/// <remarks>
/// <para>The document is the same, property for property, as the tool's for the default rate source: <c>ratesSource</c>
/// is <c>default</c> and <c>credits</c> are those of the sources of the rates used. Indentation and the escaping of
/// characters follow the serializer's options (the tool writes one line, or indented to a terminal or with
/// <c>--indent</c>, with <c>+</c> and non-ASCII characters unescaped: <c>WriteIndented</c> to match and
/// <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> give its bytes). What needs more
/// than the summary is <c>null</c>: <c>itemised</c> (the tool's second summary of the parts inside counted parents,
/// when converting) and the <c>records</c> count of each rate pair (it needs the ledger). To write those, another
/// <c>ratesSource</c> or other credits, call
/// <see cref="SummaryJsonWriter.Write(Utf8JsonWriter, Summary, SummaryJsonWriterOptions, CancellationToken)"/> with
/// <see cref="SummaryJsonWriterOptions"/>.</para>
/// <para>A summary is not read back because the document holds totals and their provenance, not the ledger and query
/// that produced them: run the query again to get a <see cref="Summary"/>. Thread-safe.</para>
/// </remarks>
public sealed class SummaryJsonConverter : JsonConverter<Summary>
{
    /// <summary>Throws: a summary is written, not read.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Summary"/>).</param>
    /// <param name="options">The options in use.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override Summary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException(
            "A Summary cannot be read from JSON: the summarize document holds totals and their provenance, not the "
                + "ledger and "
                + "query that produced them. Run the query again (ledger.Summarize(query)), or read the document into "
                + "your own type."
        );

    /// <summary>Writes the summarize document of <paramref name="value"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The summary.</param>
    /// <param name="options">The options in use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is
    /// <c>null</c>.</exception>
    public override void Write(Utf8JsonWriter writer, Summary value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        SummaryJsonWriter.Write(writer, value, SummaryJsonWriterOptions.Default, CancellationToken.None);
    }
}
