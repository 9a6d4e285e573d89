using System.Text.Json;
using System.Text.Json.Serialization;

namespace AidTracker.Serialization;

/// <summary>Converts a <see cref="Currency"/> to and from its code as a JSON string: <c>"JPY"</c>.</summary>
/// <remarks>
/// Reading looks the code up with <see cref="Currency.FromCode"/> (ISO 4217 and registered custom units); an unknown
/// code throws <see cref="JsonException"/> naming it. A JSON <c>null</c> reads as <c>null</c>. Thread-safe.
/// </remarks>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <summary>Reads a currency code.</summary>
    /// <param name="reader">The reader, on the string.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Currency"/>).</param>
    /// <param name="options">The options in use.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="JsonException">The JSON is not a string, or the code is unknown.</exception>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ReadCurrency(ref reader);

    /// <summary>Writes the currency's code.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The currency.</param>
    /// <param name="options">The options in use.</param>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Code);
    }
}
