using System.Text.Json;
using System.Text.Json.Serialization;

namespace AidTracker.Serialization;

/// <summary>
/// Converts <see cref="QualifiedMoney"/> to and from the ledger's amount shape with a qualifier:
/// <c>{"value":"63300000","currency":"USD","qualifier":"approximately"}</c>.
/// </summary>
/// <remarks>
/// <para>The amount is written as <see cref="MoneyJsonConverter"/> writes it; <c>"qualifier"</c> is one of
/// <c>exact</c>, <c>approximately</c>, <c>at-least</c> ("over"), <c>at-most</c> ("up to"). It is left out when the
/// amount is exact, and an amount without one reads as exact.</para>
/// <para>Bad input throws <see cref="JsonException"/> naming the value. Thread-safe.</para>
/// </remarks>
public sealed class QualifiedMoneyJsonConverter : JsonConverter<QualifiedMoney>
{
    /// <summary>Reads an amount object with an optional qualifier.</summary>
    /// <param name="reader">The reader, on the object's start.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="QualifiedMoney"/>).</param>
    /// <param name="options">The options in use.</param>
    /// <returns>The qualified amount.</returns>
    /// <exception cref="JsonException">The JSON is not an amount object, its value is not an exact decimal, or its
    /// currency or qualifier is unknown.</exception>
    public override QualifiedMoney Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ReadAmount(ref reader, "an amount");

    /// <summary>Writes <paramref name="value"/>, with <c>"qualifier"</c> unless it is exact.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The qualified amount.</param>
    /// <param name="options">The options in use.</param>
    public override void Write(Utf8JsonWriter writer, QualifiedMoney value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ValueJson.WriteAmount(writer, value.Money, value.Qualifier);
    }
}
