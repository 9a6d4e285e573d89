using System.Text;
using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>The fast reader's values: strings, currencies, countries, dates, enums, amounts, tags and
/// sources.</summary>
internal static partial class CommitmentFastReader
{
    private static readonly Currency?[] Currencies = new Currency?[Alpha3.KeyCount];

    private static bool TryString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    // Links such as "parent" repeat from record to record (the children of one package): the same string serves them
    // all.
    private static bool TryRepeatedString(ref Utf8JsonReader reader, RepeatedStrings strings, out string? value)
    {
        value =
            reader.TokenType != JsonTokenType.String ? null
            : reader.ValueIsEscaped ? reader.GetString()
            : strings.Get(ref reader);
        return value is not null;
    }

    /// <summary>The currency of a code of three capital letters such as <c>JPY</c> (current, historic or registered),
    /// or <c>null</c>.</summary>
    private static Currency? CurrencyOf(ReadOnlySpan<byte> code)
    {
        if (!Alpha3.TryKey(code, out int key))
        {
            return null;
        }

        Currency? known = Volatile.Read(ref Currencies[key]);
        if (known is null)
        {
            // Only codes found are kept (one registered later is found then); a currency's code never changes.
            string text = Encoding.ASCII.GetString(code);
            if (
                Currency.TryFromCode(text, out Currency? found)
                && string.Equals(found.Code, text, StringComparison.Ordinal)
            )
            {
                Volatile.Write(ref Currencies[key], known = found);
            }
        }

        return known;
    }

    private static bool TryCountry(ref Utf8JsonReader reader, out Party? party)
    {
        party =
            reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
                ? PartyConverter.CountryOf(reader.ValueSpan)
                : null;
        return party is not null;
    }

    private static bool TryDate(ref Utf8JsonReader reader, out NodaTime.LocalDate date)
    {
        date = default;
        return reader.TokenType == JsonTokenType.String
            && !reader.ValueIsEscaped
            && LocalDateConverter.TryParseFast(reader.ValueSpan, out date);
    }

    private static bool TryEnum<T>(ref Utf8JsonReader reader, (T Value, string Name)[] names, out T value)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            ReadOnlySpan<byte> text = reader.ValueSpan;
            foreach ((T candidate, string name) in names)
            {
                if (Ascii.Equals(text, name))
                {
                    value = candidate;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    private static bool TryAmount(ref Utf8JsonReader reader, AmountDto amount)
    {
        amount.Value = null;
        amount.Currency = null;
        amount.KnownCurrency = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool seenValue = false;
        bool seenCurrency = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return false;
            }

            bool isValue = reader.ValueTextEquals("value"u8);
            if (!isValue && !reader.ValueTextEquals("currency"u8))
            {
                return false;
            }

            reader.Read();
            if (isValue)
            {
                if (
                    seenValue
                    || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number)
                    || reader.ValueIsEscaped
                    || !AmountText.TryParse(reader.ValueSpan, out decimal value, out _)
                )
                {
                    return false;
                }

                amount.Value = value;
                seenValue = true;
            }
            else
            {
                if (seenCurrency || reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                // A code of three capital letters is looked up without a string; anything else the mapper looks up (and
                // reports when it is unknown).
                if (reader.ValueIsEscaped || CurrencyOf(reader.ValueSpan) is not Currency known)
                {
                    amount.Currency = reader.GetString();
                }
                else
                {
                    amount.KnownCurrency = known;
                }

                seenCurrency = true;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool TryTags(ref Utf8JsonReader reader, out List<string>? tags)
    {
        tags = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TryString(ref reader, out string? tag))
            {
                return false;
            }

            list.Add(tag!);
        }

        tags = list;
        return true;
    }

    private static bool TrySources(ref Utf8JsonReader reader, out List<SourceDto>? sources)
    {
        sources = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<SourceDto>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var source = new SourceDto();
            int seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                int bit =
                    reader.ValueIsEscaped ? 0
                    : reader.ValueTextEquals("title"u8) ? 1
                    : reader.ValueTextEquals("url"u8) ? 2
                    : reader.ValueTextEquals("publisher"u8) ? 4
                    : reader.ValueTextEquals("date"u8) ? 8
                    : 0;
                if (bit == 0 || (seen & bit) != 0 || !reader.Read())
                {
                    return false;
                }

                seen |= bit;
                switch (bit)
                {
                    case 1 when TryString(ref reader, out string? title):
                        source.Title = title;
                        break;
                    case 2 when TryString(ref reader, out string? url):
                        source.Url = url;
                        break;
                    case 4 when TryString(ref reader, out string? publisher):
                        source.Publisher = publisher;
                        break;
                    case 8 when TryDate(ref reader, out NodaTime.LocalDate date):
                        source.Date = date;
                        break;
                    default:
                        return false;
                }
            }

            list.Add(source);
        }

        sources = list;
        return true;
    }
}
