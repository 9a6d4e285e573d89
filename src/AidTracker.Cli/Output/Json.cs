using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Cli.Output;

/// <summary>Writes the JSON documents of the contract in <c>docs/cli.md</c>: indented, UTF-8, amounts and rates as strings.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // not for HTML: "ECB+IMF" stays readable
    };

    /// <summary>Builds a document with <paramref name="write"/> and returns it as text ending with a newline.</summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Writes <c>{ "value": "58825751.29", "currency": "USD", "qualifier": "exact" }</c>.</summary>
    public static void Amount(Utf8JsonWriter writer, QualifiedMoney amount)
    {
        writer.WriteStartObject();
        writer.WriteString("value", Amounts.Value(amount.Money));
        writer.WriteString("currency", amount.Currency.Code);
        writer.WriteString("qualifier", Amounts.QualifierName(amount.Qualifier));
        writer.WriteEndObject();
    }

    public static void Date(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is LocalDate d)
        {
            writer.WriteString(name, RateText.Date(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>
    /// Writes one entry of a <c>rates</c> array: <c>from</c>, <c>to</c>, <c>requestedDate</c>, <c>usedDate</c>, <c>ageDays</c>, <c>rate</c>
    /// (every digit), <c>basis</c>, <c>source</c>, <c>derivation</c>, <c>via</c> and the <c>published</c> rates it rests on.
    /// </summary>
    public static void Rate(Utf8JsonWriter writer, ExchangeRate rate, LocalDate requestedDate)
    {
        writer.WriteStartObject();
        writer.WriteString("from", rate.Base.Code);
        writer.WriteString("to", rate.Quote.Code);
        writer.WriteString("requestedDate", RateText.Date(requestedDate));
        writer.WriteString("usedDate", RateText.Date(rate.Date));
        writer.WriteNumber("ageDays", RateText.AgeDays(rate, requestedDate));
        writer.WriteString("rate", RateText.FullValue(rate.Value));
        writer.WriteString("basis", RateText.BasisName(rate.Basis));
        writer.WriteString("source", rate.Source);
        writer.WriteString("derivation", RateText.DerivationName(rate.Derivation));
        if (rate.Pivot is Currency pivot)
        {
            writer.WriteString("via", pivot.Code);
        }
        else
        {
            writer.WriteNull("via");
        }

        writer.WriteStartArray("published");
        foreach (ExchangeRate leg in rate.PublishedRates)
        {
            writer.WriteStartObject();
            writer.WriteString("from", leg.Base.Code);
            writer.WriteString("to", leg.Quote.Code);
            writer.WriteString("date", RateText.Date(leg.Date));
            writer.WriteString("rate", RateText.FullValue(leg.Value));
            writer.WriteString("basis", RateText.BasisName(leg.Basis));
            writer.WriteString("source", leg.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
