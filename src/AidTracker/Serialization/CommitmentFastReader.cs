using System.Text;
using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>
/// Reads the common shape of a commitment straight from its bytes into a reused <see cref="CommitmentDto"/>, without the
/// serializer's general machinery: known, unescaped property names, each at most once; strings; a country code of three
/// capital letters for a party; a plain amount and date; sources and tags. Anything else (an unknown, escaped or repeated
/// property, a null, an organisation, stated equivalents, a value the strict converters would refuse) makes
/// <see cref="TryRead"/> return <c>false</c>, and the record goes to the serializer, which reads it or explains exactly
/// what is wrong. Both paths therefore accept the same records and give the mapper the same values.
/// </summary>
internal static class CommitmentFastReader
{
    private static readonly Currency?[] Currencies = new Currency?[Alpha3.KeyCount];

    /// <summary>Fills <paramref name="dto"/> (cleared first) from <paramref name="json"/>, one whole commitment object.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, CommitmentDto dto, AmountDto amount, RepeatedStrings strings)
    {
        Clear(dto);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            uint seen = 0;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return !reader.Read(); // the whole span is the one object
                }

                if (reader.ValueIsEscaped)
                {
                    return false;
                }

                Property property = PropertyOf(reader.ValueSpan);
                uint bit = 1u << (int)property;
                if (property == Property.Unknown || (seen & bit) != 0 || !reader.Read())
                {
                    return false;
                }

                seen |= bit;
                if (!ReadValue(ref reader, property, dto, amount, strings))
                {
                    return false;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false; // not valid JSON: the serializer says where and why
        }
        catch (InvalidOperationException)
        {
            return false; // a string that is not valid UTF-8: the same
        }
    }

    private static bool ReadValue(ref Utf8JsonReader reader, Property property, CommitmentDto dto, AmountDto amount, RepeatedStrings strings)
    {
        switch (property)
        {
            case Property.Id:
                return TryString(ref reader, out string? id) && Set(dto.Id = id);
            case Property.Title:
                return TryString(ref reader, out string? title) && Set(dto.Title = title);
            case Property.Donor:
                return TryCountry(ref reader, out Party? donor) && Set(dto.Donor = donor);
            case Property.Recipient:
                return TryCountry(ref reader, out Party? recipient) && Set(dto.Recipient = recipient);
            case Property.Amount:
                return TryAmount(ref reader, amount) && Set(dto.Amount = amount);
            case Property.Qualifier:
                return TryEnum(ref reader, KebabNames.Qualifiers, out AmountQualifier qualifier) && Set(dto.Qualifier = qualifier);
            case Property.Stage:
                return TryEnum(ref reader, KebabNames.Stages, out CommitmentStage stage) && Set(dto.Stage = stage);
            case Property.Date:
                return TryDate(ref reader, out NodaTime.LocalDate date) && Set(dto.Date = date);
            case Property.ValueDate:
                return TryDate(ref reader, out NodaTime.LocalDate valueDate) && Set(dto.ValueDate = valueDate);
            case Property.Category:
                return TryEnum(ref reader, KebabNames.Categories, out AidCategory category) && Set(dto.Category = category);
            case Property.Instrument:
                return TryEnum(ref reader, KebabNames.Instruments, out AidInstrument instrument) && Set(dto.Instrument = instrument);
            case Property.Agreement:
                return TryRepeatedString(ref reader, strings, out string? agreement) && Set(dto.Agreement = agreement);
            case Property.Parent:
                return TryRepeatedString(ref reader, strings, out string? parent) && Set(dto.Parent = parent);
            case Property.Supplements:
                return TryRepeatedString(ref reader, strings, out string? supplements) && Set(dto.Supplements = supplements);
            case Property.Budget:
                return TryString(ref reader, out string? budget) && Set(dto.Budget = budget);
            case Property.Note:
                return TryString(ref reader, out string? note) && Set(dto.Note = note);
            case Property.Tags:
                return TryTags(ref reader, out List<string>? tags) && Set(dto.Tags = tags);
            case Property.Sources:
                return TrySources(ref reader, out List<SourceDto>? sources) && Set(dto.Sources = sources);
            default:
                return false; // "stated" and anything else: the serializer
        }
    }

    // Lets an assignment stand as a condition: `TryX(out v) && Set(dto.P = v)`.
    private static bool Set<T>(T value)
    {
        _ = value;
        return true;
    }

    private static void Clear(CommitmentDto dto)
    {
        dto.Id = null;
        dto.Title = null;
        dto.Donor = null;
        dto.Recipient = null;
        dto.Amount = null;
        dto.Qualifier = null;
        dto.Stage = null;
        dto.Date = null;
        dto.ValueDate = null;
        dto.Category = null;
        dto.Instrument = null;
        dto.Agreement = null;
        dto.Parent = null;
        dto.Supplements = null;
        dto.Budget = null;
        dto.Stated = null;
        dto.Sources = null;
        dto.Tags = null;
        dto.Note = null;
    }

    private static bool TryString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    // Links such as "parent" repeat from record to record (the children of one package): the same string serves them all.
    private static bool TryRepeatedString(ref Utf8JsonReader reader, RepeatedStrings strings, out string? value)
    {
        value = reader.TokenType != JsonTokenType.String ? null
            : reader.ValueIsEscaped ? reader.GetString()
            : strings.Get(ref reader);
        return value is not null;
    }

    /// <summary>The currency of a code of three capital letters such as <c>JPY</c> (current, historic or registered), or <c>null</c>.</summary>
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
            if (Currency.TryFromCode(text, out Currency? found) && string.Equals(found.Code, text, StringComparison.Ordinal))
            {
                Volatile.Write(ref Currencies[key], known = found);
            }
        }

        return known;
    }

    private static bool TryCountry(ref Utf8JsonReader reader, out Party? party)
    {
        party = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped ? PartyConverter.CountryOf(reader.ValueSpan) : null;
        return party is not null;
    }

    private static bool TryDate(ref Utf8JsonReader reader, out NodaTime.LocalDate date)
    {
        date = default;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && LocalDateConverter.TryParseFast(reader.ValueSpan, out date);
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
                if (seenValue || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number) || reader.ValueIsEscaped
                    || !AmountText.TryParse(reader.ValueSpan, out decimal value, out _))
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
                int bit = reader.ValueIsEscaped ? 0
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

    private static Property PropertyOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => Property.Id,
        4 when name.SequenceEqual("date"u8) => Property.Date,
        4 when name.SequenceEqual("tags"u8) => Property.Tags,
        4 when name.SequenceEqual("note"u8) => Property.Note,
        5 when name.SequenceEqual("title"u8) => Property.Title,
        5 when name.SequenceEqual("donor"u8) => Property.Donor,
        5 when name.SequenceEqual("stage"u8) => Property.Stage,
        6 when name.SequenceEqual("amount"u8) => Property.Amount,
        6 when name.SequenceEqual("parent"u8) => Property.Parent,
        6 when name.SequenceEqual("budget"u8) => Property.Budget,
        7 when name.SequenceEqual("sources"u8) => Property.Sources,
        8 when name.SequenceEqual("category"u8) => Property.Category,
        9 when name.SequenceEqual("recipient"u8) => Property.Recipient,
        9 when name.SequenceEqual("qualifier"u8) => Property.Qualifier,
        9 when name.SequenceEqual("agreement"u8) => Property.Agreement,
        9 when name.SequenceEqual("valueDate"u8) => Property.ValueDate,
        10 when name.SequenceEqual("instrument"u8) => Property.Instrument,
        11 when name.SequenceEqual("supplements"u8) => Property.Supplements,
        _ => Property.Unknown,
    };

    private enum Property
    {
        Id,
        Title,
        Donor,
        Recipient,
        Amount,
        Qualifier,
        Stage,
        Date,
        ValueDate,
        Category,
        Instrument,
        Agreement,
        Parent,
        Supplements,
        Budget,
        Tags,
        Sources,
        Note,
        Unknown,
    }
}
