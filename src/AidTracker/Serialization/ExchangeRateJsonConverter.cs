using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AidTracker.Internal;
using AidTracker.Rates;

namespace AidTracker.Serialization;

/// <summary>
/// Converts an <see cref="ExchangeRate"/> to and from a JSON object with its provenance:
/// <c>{"from":"EUR","to":"USD","date":"2025-02-27","rate":"1.0477","basis":"daily","source":"ECB",</c>
/// <c>"derivation":"direct","via":null,"legs":[]}</c>.
/// </summary>
/// <remarks>
/// <para>The names are those of the rates <c>aidtracker --format json</c> prints: <c>from</c> and <c>to</c>
/// (1 <c>from</c> = <c>rate</c> <c>to</c>), <c>date</c> (<see cref="ExchangeRate.Date"/>), <c>rate</c> (a JSON string
/// with every digit), <c>basis</c> (<c>daily</c>, <c>monthly-average</c>, <c>annual-average</c>, <c>fixed</c>,
/// <c>stated</c>), <c>source</c>, <c>derivation</c> (<c>direct</c>, <c>inverse</c>, <c>cross</c>, <c>identity</c>) and
/// <c>via</c> (the pivot of a cross rate, else <c>null</c>). Where the tool flattens a derived rate into the published
/// rates behind it, this shape keeps its <c>legs</c> (each a rate in this same shape: one for an inverse, two for a
/// cross, base side first), so a rate reads back equal to the one written.</para>
/// <para>When reading, <c>derivation</c> (default <c>direct</c>), <c>via</c> and <c>legs</c> may be left out; the rest
/// is required. The rate is checked as <see cref="ExchangeRate"/>'s constructor checks it (greater than zero, two
/// different currencies, a source), and a derived rate's legs must join its currencies. Errors are
/// <see cref="JsonException"/> naming the value. Thread-safe.</para>
/// </remarks>
public sealed class ExchangeRateJsonConverter : JsonConverter<ExchangeRate>
{
    private const string What = "an exchange rate";
    private const string Properties = "from, to, date, rate, basis, source, derivation, via, legs";

    /// <summary>Reads a rate object.</summary>
    /// <param name="reader">The reader, on the object's start.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="ExchangeRate"/>).</param>
    /// <param name="options">The options in use.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="JsonException">The JSON is not a valid rate object (the message names the value).</exception>
    public override ExchangeRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ValueJson.Expect(
            ref reader,
            JsonTokenType.StartObject,
            What,
            "an object such as "
                + "{\"from\":\"EUR\","
                + "\"to\":\"USD\","
                + "\"date\":\"2025-02-27\",\"rate\":\"1.0477\",\"basis\":\"daily\",\"source\":\"ECB\"}"
        );
        Currency? from = null,
            to = null,
            via = null;
        decimal? value = null;
        NodaTime.LocalDate? date = null;
        RateBasis? basis = null;
        string? source = null;
        RateDerivation derivation = RateDerivation.Direct;
        var legs = new List<ExchangeRate>(2);
        while (ValueJson.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "from":
                    from = ValueJson.ReadCurrency(ref reader);
                    break;
                case "to":
                    to = ValueJson.ReadCurrency(ref reader);
                    break;
                case "date":
                    date = ValueJson.ReadDate(ref reader, "rate date");
                    break;
                case "rate":
                    value = ValueJson.ReadDecimal(ref reader, "rate");
                    break;
                case "basis":
                    basis = ValueJson.ReadName(ref reader, KebabNames.Bases, "rate basis");
                    break;
                case "source":
                    source = ValueJson.ReadString(ref reader, "rate source", "a JSON string such as \"ECB\"");
                    break;
                case "derivation":
                    derivation = ValueJson.ReadName(ref reader, KebabNames.Derivations, "rate derivation");
                    break;
                case "via":
                    via = reader.TokenType == JsonTokenType.Null ? null : ValueJson.ReadCurrency(ref reader);
                    break;
                case "legs":
                    ReadLegs(ref reader, legs, options);
                    break;
                default:
                    throw ValueJson.Unknown(name, What, Properties);
            }
        }

        Currency baseCurrency = from ?? throw ValueJson.Missing("from", What);
        Currency quoteCurrency = to ?? throw ValueJson.Missing("to", What);
        decimal rate = value ?? throw ValueJson.Missing("rate", What);
        NodaTime.LocalDate on = date ?? throw ValueJson.Missing("date", What);
        RateBasis rateBasis = basis ?? throw ValueJson.Missing("basis", What);
        string by = source ?? throw ValueJson.Missing("source", What);
        string pair = baseCurrency.Code + " to " + quoteCurrency.Code;
        if (string.IsNullOrWhiteSpace(by))
        {
            throw new JsonException(
                FormattableString.Invariant(
                    $"The rate {pair} has an empty source; name who published or set it (e.g. \"ECB\")."
                )
            );
        }

        if (derivation == RateDerivation.Identity)
        {
            return baseCurrency.Equals(quoteCurrency) && rate == 1m && legs.Count == 0 && via is null
                ? ExchangeRate.Identity(baseCurrency, on, rateBasis, by)
                : throw new JsonException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The identity rate {pair} at {rate} is not an identity: it needs the same currency on both "
                            + $"sides, rate 1, no via and no legs."
                    )
                );
        }

        if (rate <= 0m || baseCurrency.Equals(quoteCurrency))
        {
            throw new JsonException(
                rate <= 0m
                    ? FormattableString.Invariant(
                        $"The rate {pair} is {rate}: an exchange rate must be greater than zero."
                    )
                    : FormattableString.Invariant(
                        $"The rate {pair} names one currency twice: an exchange rate needs two different currencies."
                    )
            );
        }

        CheckLegs(derivation, baseCurrency, quoteCurrency, via, legs, pair);
        return derivation == RateDerivation.Direct
            ? new ExchangeRate(baseCurrency, quoteCurrency, rate, on, rateBasis, by)
            : new ExchangeRate(baseCurrency, quoteCurrency, rate, on, rateBasis, by, derivation, via, [.. legs]);
    }

    /// <summary>Writes <paramref name="value"/> with its legs.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The rate.</param>
    /// <param name="options">The options in use.</param>
    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("from"u8, value.Base.Code);
        writer.WriteString("to"u8, value.Quote.Code);
        writer.WriteString("date"u8, RateText.Date(value.Date));
        writer.WritePropertyName("rate"u8);
        ValueJson.WriteDecimal(writer, value.Value);
        writer.WriteString("basis"u8, KebabNames.Name(KebabNames.Bases, value.Basis));
        writer.WriteString("source"u8, value.Source);
        writer.WriteString("derivation"u8, KebabNames.Name(KebabNames.Derivations, value.Derivation));
        if (value.Pivot is Currency pivot)
        {
            writer.WriteString("via"u8, pivot.Code);
        }
        else
        {
            writer.WriteNull("via"u8);
        }

        writer.WriteStartArray("legs"u8);
        foreach (ExchangeRate leg in value.Legs)
        {
            Write(writer, leg, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void ReadLegs(ref Utf8JsonReader reader, List<ExchangeRate> legs, JsonSerializerOptions options)
    {
        ValueJson.Expect(ref reader, JsonTokenType.StartArray, "the legs of a rate", "an array of rates");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            legs.Add(Read(ref reader, typeof(ExchangeRate), options));
        }
    }

    private static void CheckLegs(
        RateDerivation derivation,
        Currency from,
        Currency to,
        Currency? via,
        List<ExchangeRate> legs,
        string pair
    )
    {
        bool joins = derivation switch
        {
            RateDerivation.Direct => legs.Count == 0 && via is null,
            RateDerivation.Inverse => legs.Count == 1
                && via is null
                && legs[0].Base.Equals(to)
                && legs[0].Quote.Equals(from),
            _ => legs.Count == 2 && via is not null && Connects(legs[0], from, via) && Connects(legs[1], via, to),
        };
        if (!joins)
        {
            string shown = string.Join(", ", legs.Select(l => l.Base.Code + " to " + l.Quote.Code));
            throw new JsonException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {KebabNames.Name(KebabNames.Derivations, derivation)} rate {pair} (via "
                        + $"{via?.Code ?? "null"}) has legs [{InputText.Shorten(shown)}] that do not make it: a direct "
                        + $"rate has no legs and no via, an inverse one leg {to.Code} to {from.Code}, a cross two "
                        + $"legs joining {from.Code} to the via currency and the via currency to {to.Code}."
                )
            );
        }
    }

    private static bool Connects(ExchangeRate leg, Currency a, Currency b) =>
        (leg.Base.Equals(a) && leg.Quote.Equals(b)) || (leg.Base.Equals(b) && leg.Quote.Equals(a));
}
