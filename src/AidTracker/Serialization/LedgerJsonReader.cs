using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>
/// Reads a JSON ledger file from a stream in chunks: the outer object with a <see cref="Utf8JsonReader"/>; the records,
/// once each is complete in the buffer, are copied into batches that the source-generated serializer and the mapper
/// turn into ledger records on worker threads (one fewer than the cores; this reader's thread helps when they fall
/// behind) while this reader goes on through the file. The workers are threads of their own, not the thread pool's, so
/// that the stream's asynchronous reads are never queued behind records. The batches are
/// added to the ledger in file order, and the first error in file order is the one reported, as if read one by one.
/// Memory stays at the size of the largest record plus a few batches in flight plus the records read, never the size of
/// the file.
/// The class is split by concern: this file the state machine of the outer object; <c>.Records.cs</c> the records
/// array, each record batched and read; <c>.Buffer.cs</c> the buffer, white space and encoding;
/// <c>.RecordScanner.cs</c> the fast search for a record's end; <c>.Pipeline.cs</c> the batches and their workers;
/// <c>.Errors.cs</c> the wording of every error.
/// </summary>
internal sealed partial class LedgerJsonReader
{
    private const int InitialBufferSize = 64 * 1024;

    // The most the buffer holds at once: the largest record (or token of the root object) the reader accepts.
    private const int MaxBufferSize = 1 << 30;
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };
    private static readonly JsonReaderState AfterRecordState = CreateAfterRecordState();

    // A batch is this many records, or fewer when their text reaches BatchBytes; at most MaxInFlight batches are read
    // at once.
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
                        throw Error(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"A JSON ledger is an object {{\"schemaVersion\": 1, ...}}; this file starts with "
                                    + $"{LedgerJsonConverters.Describe(reader.TokenType)}."
                            ),
                            "$",
                            ref reader
                        );
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
                    // After the root object only white space may follow (the reader rejects anything else on the final
                    // block).
                    if (reader.Read())
                    {
                        throw Error(
                            "The file has more after the ledger's closing '}'; expected the end of the file.",
                            "$",
                            ref reader
                        );
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
                throw Error(
                    "The ledger has no \"schemaVersion\"; expected {\"schemaVersion\": 1, ...} as its first property.",
                    "$",
                    ref reader
                );
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
            throw Error(
                "A property name of the ledger is not valid UTF-8 text; a JSON ledger is UTF-8: save the file as "
                    + "UTF-8.",
                "$",
                ref reader
            );
        }

        string path = "$." + name;
        if (!_seenVersion && name != "schemaVersion")
        {
            throw Error(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The ledger must start with \"schemaVersion\", not \"{Shown(name)}\"; expected "
                        + $"{{\"schemaVersion\": 1, ...}}."
                ),
                path,
                ref reader
            );
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
                    throw Error(
                        FormattableString.Invariant($"\"schemaVersion\" must be the number 1, not {Show(ref reader)}."),
                        path,
                        ref reader
                    );
                }

                if (version != LedgerJson.SchemaVersion)
                {
                    throw Error(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"Unsupported schemaVersion {version}: this version of AidTracker reads schemaVersion "
                                + $"{LedgerJson.SchemaVersion}."
                        ),
                        path,
                        ref reader
                    );
                }

                _seenVersion = true;
                return true;

            case "agreements"
            or "commitments"
            or "disbursements":
                _kind = name switch
                {
                    "agreements" => LedgerRecordKind.Agreement,
                    "commitments" => LedgerRecordKind.Commitment,
                    _ => LedgerRecordKind.Disbursement,
                };
                if (_seenArrays[(int)_kind])
                {
                    throw Error(
                        FormattableString.Invariant(
                            $"The ledger has \"{Shown(name)}\" twice; put all of them in one array."
                        ),
                        path,
                        ref nameToken
                    );
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Error(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"\"{Shown(name)}\" must be an array of {LedgerJsonExpectations.KindName(_kind)} objects, "
                                + $"not {LedgerJsonConverters.Describe(reader.TokenType)}."
                        ),
                        path,
                        ref reader
                    );
                }

                _seenArrays[(int)_kind] = true;
                _index = 0;
                _stage = Stage.Array;
                return true;

            default:
                throw Error(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The ledger has no property \"{Shown(name)}\"; expected schemaVersion, agreements, "
                            + $"commitments, disbursements."
                    ),
                    path,
                    ref nameToken
                );
        }
    }
}
