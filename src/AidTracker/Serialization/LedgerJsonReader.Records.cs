using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AidTracker.Serialization;

// The records array: each record found in the buffer, added to a batch, and read into a ledger record by the
// source-generated serializer and the mapper.
internal sealed partial class LedgerJsonReader
{
    private bool ReadArrayItem(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            Dispatch(); // a batch holds records of one kind
            _stage = Stage.Root;
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Each {LedgerJsonExpectations.KindName(_kind)} must be a JSON object, not "
                        + $"{LedgerJsonConverters.Describe(reader.TokenType)}."
                ),
                RecordLocations.PathOf(_kind, _index),
                ref reader
            );
        }

        // Find the record's end with a fast scan (braces outside strings); the serializer then validates the record
        // fully.
        int start = (int)reader.TokenStartIndex;
        ReadOnlySpan<byte> rest = _buffer.AsSpan(_start + start, _end - _start - start);
        int length = RecordEnd(rest);
        if (length < 0)
        {
            return false;
        }

        long recordOffset = _bufferOffset + _start + start;
        int line = LineAt(recordOffset);
        AddToBatch(rest[..length], line);
        _index++;

        // Go on after the record with a reader in the state "in an array of the root object, after a value".
        _start += start + length;
        _state = AfterRecordState;
        _readerLineBase = LineAt(recordOffset + length);
        reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        return true;
    }

    private static JsonReaderState CreateAfterRecordState()
    {
        var reader = new Utf8JsonReader("{\"a\":[{}"u8, isFinalBlock: false, new JsonReaderState(ReaderOptions));
        while (reader.Read()) { }

        return reader.CurrentState;
    }

    private void AddToBatch(ReadOnlySpan<byte> element, int line)
    {
        if (_batch is not null && !_batch.HasRoomFor(element.Length))
        {
            Dispatch();
        }

        (_batch ??= new RecordBatch(this, _kind, _index, element.Length)).Add(element, line);
    }

    private LedgerRecord ReadRecord(
        LedgerJsonMapper mapper,
        LedgerRecordKind kind,
        int index,
        ReadOnlySpan<byte> element,
        int line
    )
    {
        try
        {
            return kind switch
            {
                LedgerRecordKind.Agreement => mapper.ToAgreement(
                    Deserialize(element, LedgerJsonContext.Default.AgreementDto),
                    index,
                    line
                ),
                LedgerRecordKind.Commitment => mapper.ToCommitment(
                    CommitmentFastReader.TryRead(
                        element,
                        mapper.ScratchCommitment,
                        mapper.ScratchAmount,
                        mapper.Strings
                    )
                        ? mapper.ScratchCommitment
                        : Deserialize(element, LedgerJsonContext.Default.CommitmentDto),
                    index,
                    line
                ),
                _ => mapper.ToDisbursement(
                    Deserialize(element, LedgerJsonContext.Default.DisbursementDto),
                    index,
                    line
                ),
            };
        }
        catch (JsonException e)
        {
            throw RecordError(e, element, kind, index, line);
        }
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> element, JsonTypeInfo<T> typeInfo)
        where T : class => JsonSerializer.Deserialize(element, typeInfo)!;
}
