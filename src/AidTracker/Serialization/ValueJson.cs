using System.Globalization;
using System.Text;
using System.Text.Json;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Serialization;

/// <summary>
/// The reading and writing shared by the public value converters (<see cref="MoneyJsonConverter"/> and its siblings):
/// amounts as exact decimal strings, currency codes, dates, kebab-case names, and errors as <see cref="JsonException"/>
/// naming the offending value.
/// </summary>
internal static class ValueJson
{
    /// <summary>Reads <c>{"value": "...", "currency": "...", "qualifier": "..."}</c>; the qualifier is exact when
    /// absent.</summary>
    public static QualifiedMoney ReadAmount(ref Utf8JsonReader reader, string what)
    {
        Expect(
            ref reader,
            JsonTokenType.StartObject,
            what,
            "an object such as {\"value\":\"8800000000\",\"currency\":\"JPY\"}"
        );
        decimal? value = null;
        Currency? currency = null;
        AmountQualifier qualifier = AmountQualifier.Exact;
        while (NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "value":
                    value = ReadDecimal(ref reader, "amount value");
                    break;
                case "currency":
                    currency = ReadCurrency(ref reader);
                    break;
                case "qualifier":
                    qualifier = ReadName(ref reader, KebabNames.Qualifiers, "qualifier");
                    break;
                default:
                    throw Unknown(name, what, "value, currency, qualifier");
            }
        }

        if (value is null || currency is null)
        {
            throw new JsonException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Capital(what)} needs both \"value\" and \"currency\" (e.g. "
                        + $"{{\"value\":\"8800000000\",\"currency\":\"JPY\"}}); "
                        + $"\"{(value is null ? "value" : "currency")}\" is missing."
                )
            );
        }

        return new QualifiedMoney(new Money(value.Value, currency), qualifier);
    }

    public static void WriteAmount(Utf8JsonWriter writer, Money money, AmountQualifier qualifier)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("value"u8);
        WriteDecimal(writer, money.Amount);
        writer.WriteString("currency"u8, money.Currency.Code);
        if (qualifier != AmountQualifier.Exact)
        {
            writer.WriteString("qualifier"u8, KebabNames.Name(KebabNames.Qualifiers, qualifier));
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads an exact decimal from a JSON string or number (never through <see cref="double"/>).</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            throw new JsonException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {what} must be an exact decimal in a JSON string such as \"8800000000\" (or a JSON number), "
                        + $"not {LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }

        ReadOnlySpan<byte> text =
            reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty)
            : reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)
            : reader.ValueSpan;
        return AmountText.TryParse(text, out decimal value, out string? error)
            ? value
            : throw new JsonException(FormattableString.Invariant($"The {what} {error}"));
    }

    public static void WriteDecimal(Utf8JsonWriter writer, decimal value)
    {
        Span<byte> buffer = stackalloc byte[40];
        writer.WriteStringValue(buffer[..AmountText.Format(value, buffer)]);
    }

    public static Currency ReadCurrency(ref Utf8JsonReader reader)
    {
        string code = ReadString(ref reader, "currency", "a currency code such as \"JPY\"");
        try
        {
            return Currency.FromCode(code);
        }
        catch (UnknownCurrencyException e)
        {
            throw new JsonException(
                FormattableString.Invariant($"'{InputText.Shorten(code)}' is not a known currency code: {e.Message}"),
                e
            );
        }
    }

    public static LocalDate ReadDate(ref Utf8JsonReader reader, string what)
    {
        string text = ReadString(ref reader, what, "a date \"yyyy-MM-dd\" such as \"2025-02-27\"");
        if (LocalDateConverter.TryParseFast(Encoding.UTF8.GetBytes(text), out LocalDate date))
        {
            return date;
        }

        throw new JsonException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"'{InputText.Shorten(text)}' is not a valid {what}: expected a date \"yyyy-MM-dd\" such as "
                    + $"\"2025-02-27\" (years 0001 to 9999)."
            )
        );
    }

    public static string ReadString(ref Utf8JsonReader reader, string what, string example)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                FormattableString.Invariant(
                    $"The {what} must be {example}, not {LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }

        return reader.GetString()!;
    }

    public static T ReadName<T>(ref Utf8JsonReader reader, (T Value, string Name)[] names, string what)
        where T : struct, Enum
    {
        string allowed = string.Join(", ", names.Select(n => n.Name));
        string text = ReadString(ref reader, what, "one of " + allowed);
        if (KebabNames.TryParse(names, text, out T value))
        {
            return value;
        }

        throw new JsonException(
            FormattableString.Invariant($"'{InputText.Shorten(text)}' is not a {what}: expected one of {allowed}.")
        );
    }

    /// <summary>Checks the current token (on entering a converter's Read) or throws naming what was found.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what, string example)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException(
                FormattableString.Invariant(
                    $"{Capital(what)} must be {example}, not {LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }
    }

    /// <summary>Moves to the next property of an object and onto its value; <c>false</c> at the object's end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    public static JsonException Unknown(string name, string what, string expected) =>
        new(
            FormattableString.Invariant(
                $"'{InputText.Shorten(name)}' is not a property of {what}: expected {expected}."
            )
        );

    public static JsonException Missing(string name, string what) =>
        new(FormattableString.Invariant($"{Capital(what)} has no \"{name}\", which it needs."));

    private static string Capital(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
