using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AidTracker.Serialization;

/// <summary>
/// Converts <see cref="Money"/> to and from the ledger's amount shape, <c>{"value":"8800000000","currency":"JPY"}</c>.
/// </summary>
/// <remarks>
/// <para>The value is always written as a JSON string holding the exact decimal at full precision (invariant culture,
/// no exponent, no group separators, trailing zeros kept: <c>"63.30"</c> stays <c>"63.30"</c>); it is read from a JSON
/// string or a JSON number, never through <see cref="double"/>. The property names are fixed (the options' naming
/// policy does not apply), and unknown properties are an error.</para>
/// <para>A <c>"qualifier"</c> is accepted when it is <c>"exact"</c> (so the amounts <c>aidtracker --format json</c>
/// prints read back); any other qualifier is an error: read such an amount as <see cref="QualifiedMoney"/>.</para>
/// <para>Bad input throws <see cref="JsonException"/> naming the value (<c>'1e3' is not an exact decimal amount</c>,
/// <c>'YEN' is not a known currency code</c>). Register it with
/// <see cref="AidTrackerJsonSerializerOptionsExtensions.ConfigureForAidTracker"/>. Thread-safe.</para>
/// </remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <summary>Reads an amount object.</summary>
    /// <param name="reader">The reader, on the object's start.</param>
    /// <param name="typeToConvert">The type to convert (<see cref="Money"/>).</param>
    /// <param name="options">The options in use.</param>
    /// <returns>The money.</returns>
    /// <exception cref="JsonException">The JSON is not an amount object, its value is not an exact decimal, its
    /// currency is unknown, or it has a qualifier other than exact.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        QualifiedMoney amount = ValueJson.ReadAmount(ref reader, "an amount");
        if (amount.Qualifier != AmountQualifier.Exact)
        {
            throw new JsonException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The amount {amount.Amount} {amount.Currency.Code} is qualified as "
                        + $"'{KebabNames.Name(KebabNames.Qualifiers, amount.Qualifier)}', but Money is exact: read it "
                        + $"as QualifiedMoney."
                )
            );
        }

        return amount.Money;
    }

    /// <summary>Writes <paramref name="value"/> as <c>{"value":"...","currency":"..."}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The money.</param>
    /// <param name="options">The options in use.</param>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ValueJson.WriteAmount(writer, value, AmountQualifier.Exact);
    }
}
