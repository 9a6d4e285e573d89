using System.Buffers;

namespace AidTracker.Serialization;

/// <summary>
/// The ledger reader's buffer: filled from the stream, grown only for a record that does not fit (at most 1 GiB), white
/// space between records dropped as soon as it is seen, the encoding checked once, lines counted as the buffer moves
/// on.
/// </summary>
internal sealed partial class LedgerJsonReader
{
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

    /// <summary>
    /// Drops the white space that starts the unread data (and the white space after a comma there, keeping the comma),
    /// so that white space between records or root properties is never held: however much lies between two records, the
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
    /// Checks the first bytes of the file once: a UTF-8 byte order mark is skipped (as System.Text.Json does); UTF-16
    /// and UTF-32 are refused with a message that says so. Returns <c>false</c> while too few bytes have been read to
    /// tell.
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
            throw new LedgerFormatException(reason, _fileName, 1, "$", null);
        }

        return true;
    }

    /// <summary>The 1-based line of an absolute byte offset at or after the last one asked for (offsets only
    /// grow).</summary>
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
}
