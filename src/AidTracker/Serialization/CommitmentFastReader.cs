using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>
/// Reads the common shape of a commitment straight from its bytes into a reused <see cref="CommitmentDto"/>, without
/// the
/// serializer's general machinery: known, unescaped property names, each at most once; strings; a country code of three
/// capital letters for a party; a plain amount and date; sources and tags. Anything else (an unknown, escaped or
/// repeated
/// property, a null, an organisation, stated equivalents, a value the strict converters would refuse) makes
/// <see cref="TryRead"/> return <c>false</c>, and the record goes to the serializer, which reads it or explains exactly
/// what is wrong. Both paths therefore accept the same records and give the mapper the same values.
/// </summary>
/// <remarks>
/// <para><b>Owner:</b> the ledger JSON reader (<see cref="LedgerJsonReader"/>, through <see cref="LedgerJsonMapper"/>);
/// a
/// change to the ledger format (a new property of a commitment, a new value of an enum, a new rule in the strict
/// converters) must be made here too, or this reader must refuse the new shape so that the serializer reads it.</para>
/// <para><b>Its plain twin and the equivalence test:</b> the serializer with the strict converters of
/// <c>LedgerJsonConverters.cs</c>.
/// <c>LedgerJsonParallelReadTests.FastPath_ReadsWhatTheSerializerReads_AndLeavesTheRestToIt</c>
/// reads 4,000 generated records, good and bad, both ways and requires the same values or a refusal;
/// <c>FastPath_ReusesItsRecord_WithoutCarryingValuesOver</c> checks the reused record.</para>
/// <para><b>Why it pays</b> (docs/benchmarks.md, "Ledger JSON (issue 4)" and "CLI (issue 6)"): reading allocated 1.75x
/// the plain-DTO baseline before it and 1.13x with it (<c>LedgerJsonReadBenchmarks</c>); for the CLI's 1,000,000
/// commitments, 1.27 GB of allocations fell to about 0.5 GB and GC pauses from 1.26 s to 0.5 s, which the 3-second
/// <c>summarize</c> goal needs. Split in two files: the record's properties (this file), its values
/// (<c>CommitmentFastReader.Values.cs</c>).</para>
/// </remarks>
internal static partial class CommitmentFastReader
{
    /// <summary>Fills <paramref name="dto"/> (cleared first) from <paramref name="json"/>, one whole commitment
    /// object.</summary>
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

    private static bool ReadValue(
        ref Utf8JsonReader reader,
        Property property,
        CommitmentDto dto,
        AmountDto amount,
        RepeatedStrings strings
    )
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
                return TryEnum(ref reader, KebabNames.Qualifiers, out AmountQualifier qualifier)
                    && Set(dto.Qualifier = qualifier);
            case Property.Stage:
                return TryEnum(ref reader, KebabNames.Stages, out CommitmentStage stage) && Set(dto.Stage = stage);
            case Property.Date:
                return TryDate(ref reader, out NodaTime.LocalDate date) && Set(dto.Date = date);
            case Property.ValueDate:
                return TryDate(ref reader, out NodaTime.LocalDate valueDate) && Set(dto.ValueDate = valueDate);
            case Property.Category:
                return TryEnum(ref reader, KebabNames.Categories, out AidCategory category)
                    && Set(dto.Category = category);
            case Property.Instrument:
                return TryEnum(ref reader, KebabNames.Instruments, out AidInstrument instrument)
                    && Set(dto.Instrument = instrument);
            case Property.Agreement:
                return TryRepeatedString(ref reader, strings, out string? agreement) && Set(dto.Agreement = agreement);
            case Property.Parent:
                return TryRepeatedString(ref reader, strings, out string? parent) && Set(dto.Parent = parent);
            case Property.Supplements:
                return TryRepeatedString(ref reader, strings, out string? supplements)
                    && Set(dto.Supplements = supplements);
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

    private static Property PropertyOf(ReadOnlySpan<byte> name) =>
        name.Length switch
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
