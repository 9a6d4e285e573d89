using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AidTracker.Serialization;

/// <summary>
/// Reads a JSON ledger file from a stream in chunks: the outer object with a <see cref="Utf8JsonReader"/>; the records,
/// once each is complete in the buffer, are copied into batches that the source-generated serializer and the mapper turn
/// into ledger records on worker threads (one fewer than the cores; this reader's thread helps when they fall behind)
/// while this reader goes on through the file. The workers are threads of their own, not the thread pool's, so that
/// the stream's asynchronous reads are never queued behind records. The batches are
/// added to the ledger in file order, and the first error in file order is the one reported, as if read one by one.
/// Memory stays at the size of the largest record plus a few batches in flight plus the records read, never the size of
/// the file.
/// </summary>
internal sealed partial class LedgerJsonReader
{
    // The most characters of the JSON library's own message shown in an error.
    private const int MaxLibraryMessageLength = 240;

    private const int InitialBufferSize = 64 * 1024;
    // The most the buffer holds at once: the largest record (or token of the root object) the reader accepts.
    private const int MaxBufferSize = 1 << 30;
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };
    private static readonly JsonReaderState AfterRecordState = CreateAfterRecordState();

    // A batch is this many records, or fewer when their text reaches BatchBytes; at most MaxInFlight batches are read at once.
    private const int BatchRecords = 1024;
    private const int BatchBytes = 512 * 1024;
    // Workers: one fewer than the cores, at most 7 (beyond that the one thread that finds the records' ends cannot keep
    // more busy).
    private static readonly int Workers = Math.Clamp(Environment.ProcessorCount - 1, 1, 7);
    private static readonly int MaxInFlight = (Workers * 2) + 2;

    private readonly Stream _stream;
    private readonly string? _fileName;
    private readonly LedgerBuilder _builder;
    private readonly ConcurrentBag<LedgerJsonMapper> _mappers = [];
    private readonly Queue<RecordBatch> _inFlight = new();
    private readonly Queue<RecordBatch?> _work = new(); // null: a worker's signal to end; locked
    private int _workers;
    private RecordBatch? _batch;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _final;
    private JsonReaderState _state;
    private long _linesCountedTo;
    private int _line = 1;
    private int _readerLineBase = 1;
    private bool _encodingChecked;
    private Stage _stage;
    private LedgerRecordKind _kind;
    private int _index;
    private bool _seenVersion;
    private readonly bool[] _seenArrays = new bool[3];

    public LedgerJsonReader(Stream stream, string? fileName)
    {
        _stream = stream;
        _fileName = fileName;
        _builder = new LedgerBuilder(fileName);
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        _state = new JsonReaderState(ReaderOptions);
    }

    private enum Stage
    {
        Start,
        Root,
        Array,
        End,
    }

    /// <summary>Gets the largest buffer used (for tests: reading streams, it does not hold the file).</summary>
    internal int LargestBuffer { get; private set; }

    public async Task<LedgerBuilder> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await FillAsync(cancellationToken).ConfigureAwait(false);
                bool done;
                try
                {
                    done = Step();
                }
                catch (LedgerFormatException)
                {
                    // An error after the records read so far: an error inside one of them comes first in the file.
                    Dispatch(last: true);
                    await CompleteInFlightAsync(0).ConfigureAwait(false);
                    throw;
                }

                if (done)
                {
                    Dispatch(last: true);
                    await CompleteInFlightAsync(0).ConfigureAwait(false);
                    return _builder;
                }

                await CompleteInFlightAsync(MaxInFlight).ConfigureAwait(false);
            }
        }
        finally
        {
            StopWorkers();

            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>
    /// Adds the oldest batches to the builder, in file order, until at most <paramref name="keep"/> are in flight (also any
    /// that are done already); throws the error of the first record that could not be read.
    /// </summary>
    private async ValueTask CompleteInFlightAsync(int keep)
    {
        while (_inFlight.TryPeek(out RecordBatch? oldest) && (_inFlight.Count > keep || oldest.IsDone))
        {
            // Rather than wait for the workers, this thread reads batches no worker has started yet, the newest first
            // (the workers take the oldest first), then the oldest if it is still waiting.
            while (!oldest.IsDone && NewestNotStarted() is RecordBatch waiting)
            {
                waiting.Run();
            }

            _inFlight.Dequeue();
            await oldest.Completion.ConfigureAwait(false);
            oldest.AddTo(_builder);
        }
    }

    private RecordBatch? NewestNotStarted()
    {
        RecordBatch? newest = null;
        foreach (RecordBatch batch in _inFlight)
        {
            if (!batch.IsStarted)
            {
                newest = batch;
            }
        }

        return newest;
    }

    /// <summary>
    /// Hands the batch being filled to the workers (started with the first batch). The <paramref name="last"/> batch of a
    /// file that fits in one is read on this thread: a small ledger starts no thread.
    /// </summary>
    private void Dispatch(bool last = false)
    {
        if (_batch is null)
        {
            return;
        }

        _inFlight.Enqueue(_batch);
        if (!(last && _inFlight.Count == 1))
        {
            if (_workers == 0)
            {
                StartWorkers();
            }

            lock (_work)
            {
                _work.Enqueue(_batch);
                Monitor.Pulse(_work);
            }
        }

        _batch = null;
    }

    private void StartWorkers()
    {
        _workers = Workers;
        for (int i = 0; i < _workers; i++)
        {
            new Thread(Work) { IsBackground = true, Name = "AidTracker ledger reader" }.Start();
        }
    }

    private void StopWorkers()
    {
        lock (_work)
        {
            for (int i = 0; i < _workers; i++)
            {
                _work.Enqueue(null);
            }

            Monitor.PulseAll(_work);
        }
    }

    private void Work()
    {
        while (true)
        {
            RecordBatch? batch;
            lock (_work)
            {
                while (!_work.TryDequeue(out batch))
                {
                    Monitor.Wait(_work);
                }
            }

            if (batch is null)
            {
                return;
            }

            batch.Run(); // nothing to do if the reader's thread has read it already
        }
    }

    private LedgerJsonMapper RentMapper() => _mappers.TryTake(out LedgerJsonMapper? mapper) ? mapper : new LedgerJsonMapper(_fileName);

    private void ReturnMapper(LedgerJsonMapper mapper) => _mappers.Add(mapper);

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            CountLinesTo(_bufferOffset + _start);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length > MaxBufferSize / 2)
            {
                throw TooLarge();
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        LargestBuffer = Math.Max(LargestBuffer, _buffer.Length);
        int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _final = read == 0;
    }

    /// <summary>Processes what the buffer holds; returns <c>true</c> when the whole file has been read.</summary>
    private bool Step()
    {
        if (!_encodingChecked && !CheckEncoding())
        {
            return false;
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        bool done;
        try
        {
            done = Process(ref reader);
        }
        catch (JsonException e) when (e is not LedgerJsonValueException)
        {
            throw SyntaxError(e);
        }

        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        if (!done)
        {
            SkipWhiteSpace();
        }

        if (!done && _final)
        {
            throw Truncated();
        }

        return done;
    }

    /// <summary>
    /// Drops the white space that starts the unread data (and the white space after a comma there, keeping the comma), so
    /// that white space between records or root properties is never held: however much lies between two records, the
    /// buffer stays at the size of the largest record.
    /// </summary>
    private void SkipWhiteSpace()
    {
        ReadOnlySpan<byte> rest = _buffer.AsSpan(_start, _end - _start);
        int first = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            first = rest.Length;
        }
        else if (rest[first] == (byte)',')
        {
            int next = rest[(first + 1)..].IndexOfAnyExcept(" \t\r\n"u8);
            int afterSpace = next < 0 ? rest.Length : first + 1 + next;
            if (afterSpace > first + 1)
            {
                // The comma moves to the last byte of the space after it, once that space's lines are counted.
                CountLinesTo(_bufferOffset + _start + afterSpace);
                _buffer[_start + afterSpace - 1] = (byte)',';
                first = afterSpace - 1;
            }
        }

        _start += first;
        _readerLineBase = LineAt(_bufferOffset + _start);
    }

    /// <summary>
    /// Checks the first bytes of the file once: a UTF-8 byte order mark is skipped (as System.Text.Json does); UTF-16 and
    /// UTF-32 are refused with a message that says so. Returns <c>false</c> while too few bytes have been read to tell.
    /// </summary>
    private bool CheckEncoding()
    {
        ReadOnlySpan<byte> head = _buffer.AsSpan(_start, _end - _start);
        if (head.Length < 4 && !_final)
        {
            return false;
        }

        _encodingChecked = true;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start += 3;
            return true;
        }

        string? reason = head switch
        {
            [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] or [not 0, 0, 0, 0, ..] or [0, 0, 0, not 0, ..] =>
                "The file is encoded as UTF-32; a JSON ledger is UTF-8: save it as UTF-8.",
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [not 0, 0, not 0, 0, ..] or [0, not 0, 0, not 0, ..] =>
                "The file is encoded as UTF-16; a JSON ledger is UTF-8: save it as UTF-8.",
            [0, ..] => "The file starts with a NUL byte: it is not a text file; expected a JSON ledger in UTF-8.",
            _ => null,
        };
        if (reason is not null)
        {
            throw new LedgerFormatException(
                reason,
                _fileName,
                1,
                "$",
                null);
        }

        return true;
    }

    private bool Process(ref Utf8JsonReader reader)
    {
        while (true)
        {
            Utf8JsonReader checkpoint = reader;
            switch (_stage)
            {
                case Stage.Start:
                    if (!reader.Read())
                    {
                        reader = checkpoint;
                        return false;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw Error(FormattableString.Invariant($"A JSON ledger is an object {{\"schemaVersion\": 1, ...}}; this file starts with {LedgerJsonConverters.Describe(reader.TokenType)}."), "$", ref reader);
                    }

                    _stage = Stage.Root;
                    break;

                case Stage.Root:
                    if (!ReadRootProperty(ref reader))
                    {
                        reader = checkpoint;
                        return false;
                    }

                    break;

                case Stage.Array:
                    if (!ReadArrayItem(ref reader))
                    {
                        reader = checkpoint;
                        return false;
                    }

                    break;

                default:
                    // After the root object only white space may follow (the reader rejects anything else on the final block).
                    if (reader.Read())
                    {
                        throw Error("The file has more after the ledger's closing '}'; expected the end of the file.", "$", ref reader);
                    }

                    return _final;
            }
        }
    }

    private bool ReadRootProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            if (!_seenVersion)
            {
                throw Error("The ledger has no \"schemaVersion\"; expected {\"schemaVersion\": 1, ...} as its first property.", "$", ref reader);
            }

            _stage = Stage.End;
            return true;
        }

        string name;
        try
        {
            name = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error("A property name of the ledger is not valid UTF-8 text; a JSON ledger is UTF-8: save the file as UTF-8.", "$", ref reader);
        }

        string path = "$." + name;
        if (!_seenVersion && name != "schemaVersion")
        {
            throw Error(FormattableString.Invariant($"The ledger must start with \"schemaVersion\", not \"{Shown(name)}\"; expected {{\"schemaVersion\": 1, ...}}."), path, ref reader);
        }

        Utf8JsonReader nameToken = reader;
        if (!reader.Read())
        {
            return false;
        }

        switch (name)
        {
            case "schemaVersion":
                if (_seenVersion)
                {
                    throw Error("The ledger has \"schemaVersion\" twice.", path, ref nameToken);
                }

                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int version))
                {
                    throw Error(FormattableString.Invariant($"\"schemaVersion\" must be the number 1, not {Show(ref reader)}."), path, ref reader);
                }

                if (version != LedgerJson.SchemaVersion)
                {
                    throw Error(FormattableString.Invariant($"Unsupported schemaVersion {version}: this version of AidTracker reads schemaVersion {LedgerJson.SchemaVersion}."), path, ref reader);
                }

                _seenVersion = true;
                return true;

            case "agreements" or "commitments" or "disbursements":
                _kind = name switch
                {
                    "agreements" => LedgerRecordKind.Agreement,
                    "commitments" => LedgerRecordKind.Commitment,
                    _ => LedgerRecordKind.Disbursement,
                };
                if (_seenArrays[(int)_kind])
                {
                    throw Error(FormattableString.Invariant($"The ledger has \"{Shown(name)}\" twice; put all of them in one array."), path, ref nameToken);
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Error(FormattableString.Invariant($"\"{Shown(name)}\" must be an array of {LedgerJsonExpectations.KindName(_kind)} objects, not {LedgerJsonConverters.Describe(reader.TokenType)}."), path, ref reader);
                }

                _seenArrays[(int)_kind] = true;
                _index = 0;
                _stage = Stage.Array;
                return true;

            default:
                throw Error(FormattableString.Invariant($"The ledger has no property \"{Shown(name)}\"; expected schemaVersion, agreements, commitments, disbursements."), path, ref nameToken);
        }
    }

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
            throw Error(FormattableString.Invariant($"Each {LedgerJsonExpectations.KindName(_kind)} must be a JSON object, not {LedgerJsonConverters.Describe(reader.TokenType)}."), RecordLocations.PathOf(_kind, _index), ref reader);
        }

        // Find the record's end with a fast scan (braces outside strings); the serializer then validates the record fully.
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

    /// <summary>
    /// The length of the object that starts <paramref name="json"/>, found by matching braces outside strings, or -1
    /// when it does not end within <paramref name="json"/>. Malformed JSON is caught when the record is deserialized.
    /// </summary>
    /// <remarks>
    /// 32 bytes at a time where the hardware has 256-bit vectors: masks of the quotes and braces in a block, the bytes
    /// inside strings by a prefix XOR of the quotes, then only the braces outside strings are visited. A block with a
    /// backslash (an escape in a string) is stepped through byte by byte.
    /// </remarks>
    internal static int RecordEnd(ReadOnlySpan<byte> json)
    {
        int depth = 0;
        bool inString = false;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte first = ref MemoryMarshal.GetReference(json);
            while (i <= json.Length - Vector256<byte>.Count)
            {
                Vector256<byte> block = Vector256.LoadUnsafe(ref first, (nuint)i);
                if (Vector256.EqualsAny(block, Vector256.Create((byte)'\\')))
                {
                    int end = ScanBytes(json, ref i, i + Vector256<byte>.Count, ref depth, ref inString);
                    if (end != 0)
                    {
                        return end;
                    }

                    continue;
                }

                uint quotes = Vector256.Equals(block, Vector256.Create((byte)'"')).ExtractMostSignificantBits();
                uint braces = (Vector256.Equals(block, Vector256.Create((byte)'{')) | Vector256.Equals(block, Vector256.Create((byte)'}'))).ExtractMostSignificantBits();

                // Bit k of the prefix XOR is set when byte k is inside a string (an opening quote counts as inside).
                uint inside = quotes;
                inside ^= inside << 1;
                inside ^= inside << 2;
                inside ^= inside << 4;
                inside ^= inside << 8;
                inside ^= inside << 16;
                if (inString)
                {
                    inside = ~inside;
                }

                inString ^= (BitOperations.PopCount(quotes) & 1) != 0;
                for (uint outside = braces & ~inside; outside != 0; outside &= outside - 1)
                {
                    int at = i + BitOperations.TrailingZeroCount(outside);
                    if (json[at] == (byte)'{')
                    {
                        depth++;
                    }
                    else if (--depth == 0)
                    {
                        return at + 1;
                    }
                }

                i += Vector256<byte>.Count;
            }
        }

        int last = ScanBytes(json, ref i, json.Length, ref depth, ref inString);
        return last != 0 ? last : -1;
    }

    /// <summary>
    /// Steps through <paramref name="json"/> from <paramref name="i"/> to at least <paramref name="until"/> (one more after
    /// an escape); returns the object's length when it ends there, else 0 with the state brought forward.
    /// </summary>
    private static int ScanBytes(ReadOnlySpan<byte> json, ref int i, int until, ref int depth, ref bool inString)
    {
        while (i < until)
        {
            byte b = json[i++];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++; // the escaped byte (beyond the end when the escape is cut off: the caller then reads more)
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b == (byte)'{')
            {
                depth++;
            }
            else if (b == (byte)'}' && --depth == 0)
            {
                return i;
            }
        }

        return 0;
    }

    private static JsonReaderState CreateAfterRecordState()
    {
        var reader = new Utf8JsonReader("{\"a\":[{}"u8, isFinalBlock: false, new JsonReaderState(ReaderOptions));
        while (reader.Read())
        {
        }

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

    private LedgerRecord ReadRecord(LedgerJsonMapper mapper, LedgerRecordKind kind, int index, ReadOnlySpan<byte> element, int line)
    {
        try
        {
            return kind switch
            {
                LedgerRecordKind.Agreement => mapper.ToAgreement(Deserialize(element, LedgerJsonContext.Default.AgreementDto), index, line),
                LedgerRecordKind.Commitment => mapper.ToCommitment(
                    CommitmentFastReader.TryRead(element, mapper.ScratchCommitment, mapper.ScratchAmount, mapper.Strings) ? mapper.ScratchCommitment : Deserialize(element, LedgerJsonContext.Default.CommitmentDto),
                    index,
                    line),
                _ => mapper.ToDisbursement(Deserialize(element, LedgerJsonContext.Default.DisbursementDto), index, line),
            };
        }
        catch (JsonException e)
        {
            throw RecordError(e, element, kind, index, line);
        }
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> element, JsonTypeInfo<T> typeInfo)
        where T : class =>
        JsonSerializer.Deserialize(element, typeInfo)!;

    /// <summary>Explains an error inside a record: the serializer's path and line are relative to the record.</summary>
    private LedgerFormatException RecordError(JsonException e, ReadOnlySpan<byte> element, LedgerRecordKind kind, int index, int recordLine)
    {
        string recordPath = RecordLocations.PathOf(kind, index);
        string inner = e.Path ?? "$";
        string path = recordPath + inner[1..];
        int line = recordLine + (int)(e.LineNumber ?? 0);
        string? id = ScanId(element);
        string reason;
        if (e is LedgerJsonValueException)
        {
            reason = e.Message;
        }
        else if (IsInvalidUtf8(e))
        {
            string property = LedgerJsonExpectations.WithoutIndices(inner);
            reason = FormattableString.Invariant($"\"{Shown(property)}\" is not valid UTF-8 text; a JSON ledger is UTF-8: save the file as UTF-8.");
        }
        else if (e.InnerException is JsonException syntax)
        {
            reason = "The file is not valid JSON: " + CleanMessage(syntax.Message);
        }
        else
        {
            string property = LedgerJsonExpectations.WithoutIndices(inner);
            string? unmapped = UnmappedProperty(e.Message);
            if (unmapped is not null)
            {
                string where = property.EndsWith(unmapped, StringComparison.Ordinal) ? property[..Math.Max(0, property.Length - unmapped.Length - 1)] : property;
                if (!path.EndsWith("." + unmapped, StringComparison.Ordinal))
                {
                    path += "." + unmapped;
                }

                string owner = where.Length == 0 ? "A " + LedgerJsonExpectations.KindName(kind) : FormattableString.Invariant($"\"{Shown(where)}\" of a {LedgerJsonExpectations.KindName(kind)}");
                reason = FormattableString.Invariant($"{owner} has no property \"{Shown(unmapped)}\"; expected one of: {LedgerJsonExpectations.AllowedIn(kind, where)}.");
            }
            else if (e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
            {
                reason = FormattableString.Invariant($"The property \"{Shown(property)}\" appears twice in the {LedgerJsonExpectations.KindName(kind)}.");
            }
            else if (LedgerJsonExpectations.For(kind, property) is string expected)
            {
                reason = FormattableString.Invariant($"\"{Shown(property)}\" has a value of the wrong type; expected {expected}.");
            }
            else
            {
                reason = CleanMessage(e.Message);
            }
        }

        return new LedgerFormatException(reason, _fileName, line, path, id, e);
    }

    /// <summary>Whether the serializer stopped at text that is not UTF-8 (it says so only in an inner exception).</summary>
    private static bool IsInvalidUtf8(JsonException e)
    {
        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Text.DecoderFallbackException
                || (inner is InvalidOperationException && inner.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The property name in the serializer's "could not be mapped" message, or <c>null</c> for other messages.</summary>
    private static string? UnmappedProperty(string message)
    {
        const string marker = "The JSON property '";
        int start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0 || !message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return null;
        }

        start += marker.Length;
        int end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }

    /// <summary>Finds the record's "id" for the error message (only on the error path).</summary>
    private static string? ScanId(ReadOnlySpan<byte> element)
    {
        try
        {
            var reader = new Utf8JsonReader(element);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // No id to report (the record is not valid JSON, or its id is not UTF-8).
        }

        return null;
    }

    private static string CleanMessage(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        // The JSON library quotes the offending text between single quotes: each quote is shown like any input, and the
        // message as a whole is kept to a few hundred characters on one line.
        string cleaned = QuotedText().Replace(cut > 0 ? message[..cut] : message, m => "'" + Shown(m.Groups[1].Value) + "'");
        if (cleaned.Length > MaxLibraryMessageLength)
        {
            cleaned = cleaned[..MaxLibraryMessageLength] + "…";
        }

        return cleaned.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 ? cleaned : Shown(cleaned);
    }

    [System.Text.RegularExpressions.GeneratedRegex("'([^']*)'")]
    private static partial System.Text.RegularExpressions.Regex QuotedText();

    private static string Show(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return Shown(System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return LedgerJsonConverters.Describe(reader.TokenType);
        }

        try
        {
            return Internal.InputText.Quote(reader.GetString());
        }
        catch (InvalidOperationException)
        {
            return "a string that is not valid UTF-8";
        }
    }

    /// <summary>A name or value of the file as a message shows it (<see cref="Internal.InputText"/>).</summary>
    private static string Shown(string text) => Internal.InputText.Shorten(text);

    private LedgerFormatException SyntaxError(JsonException e)
    {
        if (IsEmpty())
        {
            return Empty(e);
        }

        int? line = e.LineNumber is long l ? (int)l + _readerLineBase : null;
        string where = _stage == Stage.Array ? RecordLocations.PathOf(_kind, _index) : "$";
        if (IsValidPrefix())
        {
            return new LedgerFormatException("The file ends before the ledger is complete (is it truncated?); expected the rest of the JSON ledger.", _fileName, line, where, null, e);
        }

        return new LedgerFormatException("The file is not valid JSON: " + CleanMessage(e.Message), _fileName, line, where, null, e);
    }

    private LedgerFormatException TooLarge() =>
        new(
            FormattableString.Invariant($"A record (or a value of the ledger's root object) is larger than {MaxBufferSize >> 20} MiB, the most the reader holds at once."),
            _fileName,
            LineAt(_bufferOffset + _start),
            _stage == Stage.Array ? RecordLocations.PathOf(_kind, _index) : "$",
            null);

    private LedgerFormatException Truncated() =>
        IsEmpty() ? Empty(null) : new("The file ends before the ledger is complete (is it truncated?); expected the rest of the JSON ledger.", _fileName, LineAt(_bufferOffset + _end), _stage == Stage.Array ? RecordLocations.PathOf(_kind, _index) : "$", null);

    /// <summary>Whether the unread data is the beginning of valid JSON (then an error at the end of the file means truncation).</summary>
    private bool IsValidPrefix()
    {
        if (!_final)
        {
            return false;
        }

        try
        {
            var probe = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
            while (probe.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private LedgerFormatException Error(string reason, string path, ref Utf8JsonReader reader) =>
        new(reason, _fileName, LineAt(_bufferOffset + _start + reader.TokenStartIndex), path, null);

    /// <summary>Whether nothing but white space has been read, at the end of the file.</summary>
    private bool IsEmpty() =>
        _final && _stage == Stage.Start && _buffer.AsSpan(_start, _end - _start).IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private LedgerFormatException Empty(Exception? inner) =>
        new(
            "The file is empty; expected a JSON ledger {\"schemaVersion\": 1, \"agreements\": [...], \"commitments\": [...], \"disbursements\": [...]}.",
            _fileName,
            1,
            "$",
            null,
            inner);

    /// <summary>The 1-based line of an absolute byte offset at or after the last one asked for (offsets only grow).</summary>
    private int LineAt(long offset)
    {
        CountLinesTo(offset);
        return _line;
    }

    private void CountLinesTo(long offset)
    {
        if (offset <= _linesCountedTo)
        {
            return;
        }

        int from = (int)(_linesCountedTo - _bufferOffset);
        int to = (int)(offset - _bufferOffset);
        _line += _buffer.AsSpan(from, to - from).Count((byte)'\n');
        _linesCountedTo = offset;
    }
    /// <summary>
    /// Records of one kind copied out of the file's buffer, read into ledger records by a worker (or by the reader itself
    /// when it needs them first), up to the first that cannot be read.
    /// </summary>
    private sealed class RecordBatch(LedgerJsonReader owner, LedgerRecordKind kind, int firstIndex, int firstLength)
    {
        private readonly byte[] _text = ArrayPool<byte>.Shared.Rent(Math.Max(BatchBytes, firstLength));
        private readonly int[] _ends = new int[BatchRecords];
        private readonly int[] _lines = new int[BatchRecords];
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<(LedgerRecordKind Kind, int Index, LedgerProblem Problem)> _problems = [];
        private LedgerRecord[] _records = [];
        private int _read;
        private Exception? _error;
        private int _count;
        private int _used;
        private int _started;

        public Task Completion => _completion.Task;

        public bool IsDone => _completion.Task.IsCompleted;

        public bool IsStarted => Volatile.Read(ref _started) != 0;

        public bool HasRoomFor(int length) => _count < BatchRecords && _used + length <= _text.Length;

        public void Add(ReadOnlySpan<byte> element, int line)
        {
            element.CopyTo(_text.AsSpan(_used));
            _used += element.Length;
            _ends[_count] = _used;
            _lines[_count] = line;
            _count++;
        }

        /// <summary>Reads the records unless another thread has started to.</summary>
        public void Run()
        {
            if (Interlocked.Exchange(ref _started, 1) != 0)
            {
                return;
            }

            LedgerJsonMapper mapper = owner.RentMapper();
            try
            {
                _records = new LedgerRecord[_count];
                int start = 0;
                for (; _read < _count; _read++)
                {
                    ReadOnlySpan<byte> element = _text.AsSpan(start, _ends[_read] - start);
                    _records[_read] = owner.ReadRecord(mapper, kind, firstIndex + _read, element, _lines[_read]);
                    start = _ends[_read];
                }
            }
            catch (Exception e)
            {
                _error = e;
            }
            finally
            {
                mapper.MoveProblemsTo(_problems);
                owner.ReturnMapper(mapper);
                ArrayPool<byte>.Shared.Return(_text);
                _completion.SetResult();
            }
        }

        /// <summary>Adds the records read (in order) to <paramref name="builder"/>; then throws the error that stopped the batch, if any.</summary>
        public void AddTo(LedgerBuilder builder)
        {
            for (int i = 0; i < _read; i++)
            {
                builder.AddRead(_records[i], _lines[i]);
            }

            foreach ((LedgerRecordKind problemKind, int index, LedgerProblem problem) in _problems)
            {
                builder.AddReadProblem(problemKind, index, problem);
            }

            if (_error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_error);
            }
        }
    }
}
