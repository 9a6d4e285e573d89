using System.Buffers;
using System.Globalization;
using System.Text.Json;
using AidTracker.Internal;

namespace AidTracker.Fts;

/// <summary>
/// Reads one page of an FTS flow search answer (<c>v1/public/fts/flow/custom-search</c> and the like):
/// <c>{"status": ..., "data": {"incoming": ..., "outgoing": ..., "internal": ..., "flows": [...]}, "meta": {"count":
/// ..., "nextLink": ...}}</c>.
/// </summary>
/// <remarks>
/// <para>The page is read with one forward pass of a <see cref="Utf8JsonReader"/> over its bytes: no document tree, no
/// reflection. A page of the FTS API is bounded (the API pages its answers), so the page's bytes are held in memory
/// while it is read; the flows are kept, nothing else.</para>
/// <para>Properties the import does not use are skipped, so a later FTS answer with more fields reads the same. Numbers
/// are read as <see cref="decimal"/>, exactly as written.</para>
/// </remarks>
public static partial class FtsReader
{
    /// <summary>Reads a page from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    /// <exception cref="FtsFormatException">The file is not an FTS flow search answer (not JSON, truncated, another
    /// shape).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FtsPage ReadFile(string path)
    {
        Preconditions.CheckNotNull(path);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a page from a stream (read to its end; the stream is left open).</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="name">The page's name in messages.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="FtsFormatException">The data is not an FTS flow search answer.</exception>
    public static FtsPage Read(Stream stream, string name)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(name);
        long length = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (length < 0 || length >= Array.MaxLength)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return Read(new ReadOnlySpan<byte>(copy.GetBuffer(), 0, (int)copy.Length), name);
        }

        // A stream of known length (a file) is read into a pooled buffer: a page of several megabytes is not allocated
        // again for each page read (the flows keep copies of what they use, never the buffer).
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, length));
        try
        {
            int read = 0;
            for (int n; read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0; )
            {
                read += n;
            }

            if (read == buffer.Length && stream.ReadByte() is int next and >= 0)
            {
                // The stream grew while it was read: take the rest too, the slow way.
                using var copy = new MemoryStream();
                copy.Write(buffer, 0, read);
                copy.WriteByte((byte)next);
                stream.CopyTo(copy);
                return Read(new ReadOnlySpan<byte>(copy.GetBuffer(), 0, (int)copy.Length), name);
            }

            return Read(new ReadOnlySpan<byte>(buffer, 0, read), name);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a page from its UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="name">The page's name in messages.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <c>null</c>.</exception>
    /// <exception cref="FtsFormatException">The data is not an FTS flow search answer.</exception>
    public static FtsPage Read(ReadOnlySpan<byte> utf8Json, string name) => Read(utf8Json, name, bytesRead: null);

    /// <summary>Reads a page, telling <paramref name="bytesRead"/> how far it has come every few hundred
    /// flows.</summary>
    internal static FtsPage Read(ReadOnlySpan<byte> utf8Json, string name, Action<long>? bytesRead)
    {
        Preconditions.CheckNotNull(name);
        var reader = new Utf8JsonReader(
            utf8Json,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 }
        );
        try
        {
            return ReadPage(ref reader, name, bytesRead);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line
                ? FormattableString.Invariant($" (line {line + 1}, byte {e.BytePositionInLine + 1} of the line)")
                : "";
            throw new FtsFormatException(
                name,
                FormattableString.Invariant($"{name} is not valid JSON{where}: {e.Message}"),
                e
            );
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader's Get* methods throw this for a value of the wrong kind (a string where a number belongs).
            throw new FtsFormatException(
                name,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name} is not an FTS flow search answer: a value near byte {reader.TokenStartIndex} has the "
                        + $"wrong kind ({e.Message})."
                ),
                e
            );
        }
    }

    private static FtsPage ReadPage(ref Utf8JsonReader reader, string name, Action<long>? bytesRead)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw NotAnAnswer(name, "it does not start with a JSON object");
        }

        var summary = new FtsSearchSummary();
        bool hasSummary = false;
        List<FtsFlow>? flows = null;
        string? nextLink = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                Expect(ref reader, JsonTokenType.StartObject, name, "data");
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("flows"u8))
                    {
                        Expect(ref reader, JsonTokenType.StartArray, name, "data.flows");
                        flows = ReadFlows(ref reader, name, bytesRead);
                    }
                    else if (reader.ValueTextEquals("incoming"u8))
                    {
                        (int? count, decimal? funding, decimal? pledges) = ReadBoundarySummary(
                            ref reader,
                            name,
                            "data.incoming"
                        );
                        summary = summary with
                        {
                            IncomingFlowCount = count,
                            IncomingFundingTotal = funding,
                            IncomingPledgeTotal = pledges,
                        };
                        hasSummary = true;
                    }
                    else if (reader.ValueTextEquals("outgoing"u8))
                    {
                        (int? count, decimal? funding, decimal? pledges) = ReadBoundarySummary(
                            ref reader,
                            name,
                            "data.outgoing"
                        );
                        summary = summary with
                        {
                            OutgoingFlowCount = count,
                            OutgoingFundingTotal = funding,
                            OutgoingPledgeTotal = pledges,
                        };
                    }
                    else if (reader.ValueTextEquals("internal"u8))
                    {
                        (int? count, _, _) = ReadBoundarySummary(ref reader, name, "data.internal");
                        summary = summary with { InternalFlowCount = count };
                    }
                    else
                    {
                        SkipValue(ref reader);
                    }
                }
            }
            else if (reader.ValueTextEquals("meta"u8))
            {
                Next(ref reader);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    while (Next(ref reader) == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("count"u8))
                        {
                            summary = summary with { FlowCount = ReadCount(ref reader, name, "meta.count") };
                        }
                        else if (reader.ValueTextEquals("nextLink"u8))
                        {
                            nextLink = ReadText(ref reader);
                        }
                        else
                        {
                            SkipValue(ref reader);
                        }
                    }
                }
                else if (reader.TokenType is JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        if (reader.Read())
        {
            throw NotAnAnswer(
                name,
                FormattableString.Invariant(
                    $"there is more after the answer's object, at byte {reader.TokenStartIndex}"
                )
            );
        }

        if (flows is null)
        {
            throw NotAnAnswer(name, "it has no data.flows array");
        }

        return new FtsPage(name, summary, hasSummary, nextLink, flows);
    }

    private static (int? Count, decimal? Funding, decimal? Pledges) ReadBoundarySummary(
        ref Utf8JsonReader reader,
        string name,
        string path
    )
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return (null, null, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw NotAnAnswer(name, FormattableString.Invariant($"{path} is not an object"));
        }

        int? count = null;
        decimal? funding = null;
        decimal? pledges = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("flowCount"u8))
            {
                count = ReadCount(ref reader, name, path + ".flowCount");
            }
            else if (reader.ValueTextEquals("fundingTotal"u8))
            {
                funding = ReadNumber(ref reader, name, path + ".fundingTotal");
            }
            else if (reader.ValueTextEquals("pledgeTotal"u8))
            {
                pledges = ReadNumber(ref reader, name, path + ".pledgeTotal");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return (count, funding, pledges);
    }

    private static FtsFormatException NotAnAnswer(string name, string why) =>
        new(name, FormattableString.Invariant($"{name} is not an FTS flow search answer: {why}."));

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The JSON ends at byte {reader.BytesConsumed} before its last value is complete (the data is "
                        + $"truncated)."
                )
            );
        }

        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string name, string path)
    {
        if (Next(ref reader) != type)
        {
            throw NotAnAnswer(
                name,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{path} is a {reader.TokenType}, not "
                        + $"a{(type == JsonTokenType.StartArray ? "n array" : "n object")}"
                )
            );
        }
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        reader.Skip();
    }
}
