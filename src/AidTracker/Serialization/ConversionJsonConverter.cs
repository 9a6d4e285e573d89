using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AidTracker.Rates;

namespace AidTracker.Serialization;

/// <summary>
/// Converts a <see cref="Conversion"/> to and from a JSON object:
/// <c>{"original":{...},"converted":{...},"rounded":{...},</c>
/// <c>"requestedDate":"2025-02-27","rate":{...},"fallbacks":[]}</c>.
/// </summary>
/// <remarks>
/// <para>The shape follows <c>aidtracker convert --format json</c>: <c>original</c> and <c>converted</c> are amounts
/// (<see cref="MoneyJsonConverter"/>), <c>fallbacks</c> lists the sources tried before the one that answered as
/// <c>{"source","reason"}</c>. Differences, because this is the library's result rather than the tool's report:
/// <c>converted</c> is at full precision and <c>rounded</c> is added (<see cref="Conversion.Rounded"/>, what the tool
/// prints as <c>converted</c>); the one rate used is <c>rate</c> (<see cref="ExchangeRateJsonConverter"/>, with its
/// legs) instead of the tool's <c>rates</c> array, and the date asked for is <c>requestedDate</c> on the conversion;
/// there are no qualifiers (a <see cref="Conversion"/> converts exact <see cref="Money"/>) and no credits.</para>
/// <para>Reading needs <c>original</c>, <c>requestedDate</c> and <c>rate</c>, and converts again: when <c>converted</c>
/// or <c>rounded</c> is given it must equal the result, or a <see cref="JsonException"/> names both figures.
/// <c>fallbacks</c> is accepted but not restored (a read conversion has no <see cref="Conversion.FailedSources"/>: the
/// failures' details are not in the JSON). Thread-safe.</para>
/// </remarks>
public sealed class ConversionJsonConverter : JsonConverter<Conversion>
{
    private const string What = "a conversion";
    private static readonly MoneyJsonConverter Amounts = new();
    private static readonly ExchangeRateJsonConverter Rates = new();

    /// <summary>Reads a conversion object and converts its original amount again at its rate.</summary>
    /// <param name="reader">The reader, on the object's start.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Conversion"/>).</param>
    /// <param name="options">The options in use.</param>
    /// <returns>The conversion.</returns>
    /// <exception cref="JsonException">The JSON is not a valid conversion, or its figures do not agree with its
    /// rate.</exception>
    public override Conversion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(
            ref reader,
            JsonTokenType.StartObject,
            What,
            "an object with \"original\", \"requestedDate\" and \"rate\""
        );
        Money? original = null,
            converted = null,
            rounded = null;
        NodaTime.LocalDate? requested = null;
        ExchangeRate? rate = null;
        while (ValueJson.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "original":
                    original = Amounts.Read(ref reader, typeof(Money), options);
                    break;
                case "converted":
                    converted = Amounts.Read(ref reader, typeof(Money), options);
                    break;
                case "rounded":
                    rounded = Amounts.Read(ref reader, typeof(Money), options);
                    break;
                case "requestedDate":
                    requested = ValueJson.ReadDate(ref reader, "requested date");
                    break;
                case "rate":
                    rate = Rates.Read(ref reader, typeof(ExchangeRate), options);
                    break;
                case "fallbacks":
                    ValueJson.Expect(
                        ref reader,
                        JsonTokenType.StartArray,
                        "the fallbacks of a conversion",
                        "an array of {\"source\",\"reason\"} objects"
                    );
                    reader.Skip();
                    break;
                default:
                    throw ValueJson.Unknown(name, What, "original, converted, rounded, requestedDate, rate, fallbacks");
            }
        }

        Money from = original ?? throw ValueJson.Missing("original", What);
        NodaTime.LocalDate on = requested ?? throw ValueJson.Missing("requestedDate", What);
        ExchangeRate used = rate ?? throw ValueJson.Missing("rate", What);
        Conversion conversion;
        try
        {
            conversion = new Conversion(from, used, on);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }

        Check("converted", converted, conversion.Converted, conversion);
        Check("rounded", rounded, conversion.Rounded, conversion);
        return conversion;
    }

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The conversion.</param>
    /// <param name="options">The options in use.</param>
    public override void Write(Utf8JsonWriter writer, Conversion value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("original"u8);
        ValueJson.WriteAmount(writer, value.Original, AmountQualifier.Exact);
        writer.WritePropertyName("converted"u8);
        ValueJson.WriteAmount(writer, value.Converted, AmountQualifier.Exact);
        writer.WritePropertyName("rounded"u8);
        ValueJson.WriteAmount(writer, value.Rounded, AmountQualifier.Exact);
        writer.WriteString("requestedDate"u8, RateText.Date(value.RequestedDate));
        writer.WritePropertyName("rate"u8);
        Rates.Write(writer, value.Rate, options);
        writer.WriteStartArray("fallbacks"u8);
        foreach (RateLookupFailure failure in value.FailedSources)
        {
            writer.WriteStartObject();
            writer.WriteString("source"u8, failure.Source);
            writer.WriteString("reason"u8, failure.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Check(string name, Money? written, Money computed, Conversion conversion)
    {
        if (written is Money figure && figure != computed)
        {
            throw new JsonException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The conversion's {name} amount {figure.Amount} {figure.Currency.Code} is not what "
                        + $"{conversion.Original.Amount} {conversion.Original.Currency.Code} gives at its rate "
                        + $"({computed.Amount} {computed.Currency.Code})."
                )
            );
        }
    }
}
