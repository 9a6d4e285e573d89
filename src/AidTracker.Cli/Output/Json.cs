using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;

namespace AidTracker.Cli.Output;

/// <summary>Writes the JSON documents of the contract in <c>docs/cli.md</c>: indented, UTF-8, amounts and rates as
/// strings.</summary>
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
    public static void Amount(Utf8JsonWriter writer, QualifiedMoney amount) => ReportJson.Amount(writer, amount);

    /// <summary>Writes <paramref name="name"/>: the date as <c>yyyy-MM-dd</c>, or <c>null</c>.</summary>
    public static void Date(Utf8JsonWriter writer, string name, LocalDate? date) => ReportJson.Date(writer, name, date);

    /// <summary>Writes one entry of a <c>rates</c> array, with the rate's provenance
    /// (<see cref="ReportJson.Rate"/>).</summary>
    public static void Rate(Utf8JsonWriter writer, ExchangeRate rate, LocalDate requestedDate) =>
        ReportJson.Rate(writer, rate, requestedDate);

    /// <summary>Writes <paramref name="name"/>: an array of the strings.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values) =>
        ReportJson.Strings(writer, name, values);

    /// <inheritdoc cref="ReportJson.KeyValues"/>
    public static void KeyValues(
        Utf8JsonWriter writer,
        string name,
        ImmutableArray<GroupKey> keys,
        ImmutableArray<string> values
    ) => ReportJson.KeyValues(writer, name, keys, values);

    /// <summary>Writes <paramref name="name"/>: the string, or <c>null</c>.</summary>
    public static void StringOrNull(Utf8JsonWriter writer, string name, string? value) =>
        ReportJson.StringOrNull(writer, name, value);

    /// <summary>Writes <paramref name="name"/>: the number, or <c>null</c>.</summary>
    public static void NumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="name"/>: the boolean, or <c>null</c>.</summary>
    public static void BooleanOrNull(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is bool b)
        {
            writer.WriteBoolean(name, b);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="name"/>: an amount in US dollars (<see cref="Amount"/>), or
    /// <c>null</c>.</summary>
    public static void UsdOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        writer.WritePropertyName(name);
        if (value is decimal usd)
        {
            Amount(writer, new QualifiedMoney(new AidTracker.Money(usd, Currency.USD)));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes <paramref name="name"/>: an array of the amounts (<see cref="Amount"/>).</summary>
    public static void Amounts(Utf8JsonWriter writer, string name, IEnumerable<QualifiedMoney> amounts) =>
        ReportJson.Amounts(writer, name, amounts);
}
