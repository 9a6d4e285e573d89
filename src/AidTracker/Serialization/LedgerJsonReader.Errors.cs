using System.Globalization;
using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>The ledger reader's error wording: what each failure says, with the file, line, JSON path and record
/// id.</summary>
internal sealed partial class LedgerJsonReader
{
    // The most characters of the JSON library's own message shown in an error.
    private const int MaxLibraryMessageLength = 240;

    /// <summary>Explains an error inside a record: the serializer's path and line are relative to the record.</summary>
    private LedgerFormatException RecordError(
        JsonException e,
        ReadOnlySpan<byte> element,
        LedgerRecordKind kind,
        int index,
        int recordLine
    )
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
            reason = FormattableString.Invariant(
                $"\"{Shown(property)}\" is not valid UTF-8 text; a JSON ledger is UTF-8: save the file as UTF-8."
            );
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
                string where = property.EndsWith(unmapped, StringComparison.Ordinal)
                    ? property[..Math.Max(0, property.Length - unmapped.Length - 1)]
                    : property;
                if (!path.EndsWith("." + unmapped, StringComparison.Ordinal))
                {
                    path += "." + unmapped;
                }

                string owner =
                    where.Length == 0
                        ? "A " + LedgerJsonExpectations.KindName(kind)
                        : FormattableString.Invariant(
                            $"\"{Shown(where)}\" of a {LedgerJsonExpectations.KindName(kind)}"
                        );
                reason = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{owner} has no property \"{Shown(unmapped)}\"; expected one of: "
                        + $"{LedgerJsonExpectations.AllowedIn(kind, where)}."
                );
            }
            else if (e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
            {
                reason = FormattableString.Invariant(
                    $"The property \"{Shown(property)}\" appears twice in the {LedgerJsonExpectations.KindName(kind)}."
                );
            }
            else if (LedgerJsonExpectations.For(kind, property) is string expected)
            {
                reason = FormattableString.Invariant(
                    $"\"{Shown(property)}\" has a value of the wrong type; expected {expected}."
                );
            }
            else
            {
                reason = CleanMessage(e.Message);
            }
        }

        return new LedgerFormatException(reason, _fileName, line, path, id, e);
    }

    /// <summary>Whether the serializer stopped at text that is not UTF-8 (it says so only in an inner
    /// exception).</summary>
    private static bool IsInvalidUtf8(JsonException e)
    {
        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (
                inner is System.Text.DecoderFallbackException
                || (
                    inner is InvalidOperationException
                    && inner.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase)
                )
            )
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The property name in the serializer's "could not be mapped" message, or <c>null</c> for other
    /// messages.</summary>
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
        string cleaned = QuotedText()
            .Replace(cut > 0 ? message[..cut] : message, m => "'" + Shown(m.Groups[1].Value) + "'");
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
            return new LedgerFormatException(
                "The file ends before the ledger is complete (is it truncated?); expected the rest of the JSON ledger.",
                _fileName,
                line,
                where,
                null,
                e
            );
        }

        return new LedgerFormatException(
            "The file is not valid JSON: " + CleanMessage(e.Message),
            _fileName,
            line,
            where,
            null,
            e
        );
    }

    private LedgerFormatException TooLarge() =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"A record (or a value of the ledger's root object) is larger than {MaxBufferSize >> 20} MiB, the most "
                    + $"the reader holds at once."
            ),
            _fileName,
            LineAt(_bufferOffset + _start),
            _stage == Stage.Array ? RecordLocations.PathOf(_kind, _index) : "$",
            null
        );

    private LedgerFormatException Truncated() =>
        IsEmpty()
            ? Empty(null)
            : new(
                "The file ends before the ledger is complete (is it truncated?); expected the rest of the JSON ledger.",
                _fileName,
                LineAt(_bufferOffset + _end),
                _stage == Stage.Array ? RecordLocations.PathOf(_kind, _index) : "$",
                null
            );

    /// <summary>Whether the unread data is the beginning of valid JSON (then an error at the end of the file means
    /// truncation).</summary>
    private bool IsValidPrefix()
    {
        if (!_final)
        {
            return false;
        }

        try
        {
            var probe = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
            while (probe.Read()) { }

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
            "The file is empty; expected a JSON ledger {\"schemaVersion\": 1, \"agreements\": [...], \"commitments\": "
                + "[...], \"disbursements\": [...]}.",
            _fileName,
            1,
            "$",
            null,
            inner
        );
}
