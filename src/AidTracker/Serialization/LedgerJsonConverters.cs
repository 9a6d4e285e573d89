using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AidTracker.Serialization;

/// <summary>Amounts: written as JSON strings, read from strings or numbers, always as exact decimals.</summary>
internal sealed class AmountValueConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            throw new LedgerJsonValueException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"An amount must be a decimal in a JSON string such as \"8800000000\" (or a JSON number), not "
                        + $"{LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }

        ReadOnlySpan<byte> text =
            reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty)
            : reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)
            : reader.ValueSpan;
        return AmountText.TryParse(text, out decimal value, out string? error)
            ? value
            : throw new LedgerJsonValueException(error!);
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[40];
        writer.WriteStringValue(buffer[..AmountText.Format(value, buffer)]);
    }
}

/// <summary>Dates: ISO <c>yyyy-MM-dd</c> strings (NodaTime's <see cref="LocalDatePattern.Iso"/>), with a fast path for
/// the common case.</summary>
internal sealed class LocalDateConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new LedgerJsonValueException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A date must be a JSON string \"yyyy-MM-dd\" such as \"2025-02-27\", not "
                        + $"{LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParseFast(reader.ValueSpan, out LocalDate date))
        {
            return date;
        }

        string text = reader.GetString()!;
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && result.Value.Year is >= 1 and <= 9999)
        {
            return result.Value;
        }

        if (result.Success)
        {
            throw new LedgerJsonValueException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{Internal.InputText.Shorten(text)}' is not a valid date: the year must be 0001 to 9999. "
                        + $"Expected a date \"yyyy-MM-dd\" such as \"2025-02-27\"."
                )
            );
        }

        string why = result.Exception.Message;
        int cut = why.IndexOf(" Value being parsed", StringComparison.Ordinal);
        throw new LedgerJsonValueException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"'{Internal.InputText.Shorten(text)}' is not a valid date: "
                    + $"{Internal.InputText.Shorten(cut > 0 ? why[..cut] : why)} Expected a date \"yyyy-MM-dd\" such "
                    + $"as \"2025-02-27\"."
            )
        );
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (value.Year is >= 1 and <= 9999)
        {
            Span<byte> buffer = stackalloc byte[10];
            Digits(buffer[..4], value.Year);
            buffer[4] = (byte)'-';
            Digits(buffer.Slice(5, 2), value.Month);
            buffer[7] = (byte)'-';
            Digits(buffer.Slice(8, 2), value.Day);
            writer.WriteStringValue(buffer);
        }
        else
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
        }
    }

    /// <summary>Parses a plain <c>yyyy-MM-dd</c> date of years 1 to 9999; <c>false</c> for anything else (the full
    /// pattern then decides).</summary>
    public static bool TryParseFast(ReadOnlySpan<byte> s, out LocalDate date)
    {
        date = Internal.IsoDate.TryParse(s, out int year, out int month, out int day)
            ? new LocalDate(year, month, day)
            : default;
        return year != 0;
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}

/// <summary>Parties: a country is the string <c>"JPN"</c>; an organisation is <c>{"id": "...", "name":
/// "..."}</c>.</summary>
internal sealed class PartyConverter : JsonConverter<Party>
{
    private static readonly Party?[] Countries = new Party?[Alpha3.KeyCount];

    private const string Expected =
        "a country code of three upper-case letters such as \"JPN\", or an organisation {\"id\": \"XM-DAC-41114\", "
        + "\"name\": \"...\"}";

    public override Party Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence && CountryOf(reader.ValueSpan) is Party shared)
            {
                return shared;
            }

            string code = reader.GetString()!;
            return Party.TryCountry(code, out Party? country)
                ? country
                : throw new LedgerJsonValueException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"'{Internal.InputText.Shorten(code)}' is not an ISO 3166-1 alpha-3 country code; expected "
                            + $"{Expected}."
                    )
                );
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new LedgerJsonValueException(
                FormattableString.Invariant(
                    $"A party must be {Expected}, not {LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }

        string? id = null;
        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string property = reader.GetString()!;
            reader.Read();
            if (property is not ("id" or "name"))
            {
                throw new LedgerJsonValueException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"An organisation has no property '{Internal.InputText.Shorten(property)}'; expected only "
                            + $"\"id\" and \"name\"."
                    )
                );
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new LedgerJsonValueException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The organisation's \"{Internal.InputText.Shorten(property)}\" must be a string, not "
                            + $"{LedgerJsonConverters.Describe(reader.TokenType)}."
                    )
                );
            }

            if (property == "id")
            {
                id = reader.GetString();
            }
            else
            {
                name = reader.GetString();
            }
        }

        if (id is null || name is null)
        {
            throw new LedgerJsonValueException(
                FormattableString.Invariant(
                    $"An organisation needs both \"id\" and \"name\"; \"{(id is null ? "id" : "name")}\" is missing."
                )
            );
        }

        try
        {
            return Party.Organisation(id, name);
        }
        catch (ArgumentException e)
        {
            throw new LedgerJsonValueException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>
    /// The country party of three capital letters such as <c>JPN</c>, one shared instance per code (records are read on
    /// several threads: the first instance stored is the one every record shares), or <c>null</c> for any other text.
    /// </summary>
    public static Party? CountryOf(ReadOnlySpan<byte> span)
    {
        if (!Alpha3.TryKey(span, out int key))
        {
            return null;
        }

        return Volatile.Read(ref Countries[key])
            ?? Interlocked.CompareExchange(ref Countries[key], Party.Country(Encoding.ASCII.GetString(span)), null)
            ?? Countries[key]!;
    }

    public override void Write(Utf8JsonWriter writer, Party value, JsonSerializerOptions options)
    {
        if (value.IsCountry)
        {
            writer.WriteStringValue(value.Id);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("id"u8, value.Id);
        writer.WriteString("name"u8, value.Name);
        writer.WriteEndObject();
    }
}

/// <summary>A loan's years (maturity, grace): JSON numbers such as <c>30</c> or <c>7.5</c> (strings read too), exact
/// decimals.</summary>
internal sealed class YearsConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            throw new LedgerJsonValueException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A number of years must be a JSON number such as 30 or 7.5, not "
                        + $"{LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }

        ReadOnlySpan<byte> text =
            reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty)
            : reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)
            : reader.ValueSpan;
        return AmountText.TryParse(text, out decimal value, out string? error)
            ? value
            : throw new LedgerJsonValueException(error!);
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[40];
        writer.WriteRawValue(buffer[..AmountText.Format(value, buffer)], skipInputValidation: false);
    }
}

/// <summary>Helpers shared by the converters.</summary>
internal static class LedgerJsonConverters
{
    public static string Describe(JsonTokenType token) =>
        token switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "true or false",
            JsonTokenType.Null => "null",
            _ => token.ToString().ToLower(CultureInfo.InvariantCulture),
        };
}
