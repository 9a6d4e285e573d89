using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// Reads a rate file one line at a time through a buffer of bounded size, so that memory stays bounded by the longest
/// line whatever the file holds. A line longer than <see cref="RateFileReader.MaxLineLength"/> characters is a
/// <see cref="RateFileException"/> as soon as that many characters are seen (the rest of the line is never read), and
/// so is a NUL character (a binary file such as <c>/dev/zero</c>, or UTF-16 read without its byte-order mark). A
/// byte-order mark at the start is skipped; a line ends at <c>\n</c> or <c>\r\n</c>.
/// </summary>
/// <remarks>The span a read returns points into the buffer: it is valid until the next read.</remarks>
internal sealed class RateLineReader
{
    private const int InitialBufferLength = 16 * 1024;

    /// <summary>The longest line plus its <c>\r\n</c>: the buffer never grows past this.</summary>
    private const int MaxBufferLength = RateFileReader.MaxLineLength + 2;

    private readonly TextReader _reader;
    private readonly string _fileName;
    private char[] _buffer = new char[InitialBufferLength];
    private int _start; // the first character of the next line
    private int _end; // the end of the characters read so far
    private int _scanned; // characters after _start known to hold no line break
    private bool _endOfFile;
    private bool _started;

    public RateLineReader(TextReader reader, string fileName)
    {
        _reader = reader;
        _fileName = fileName;
    }

    /// <summary>Gets the 1-based number of the line last read (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line, without its line break; <c>false</c> at the end of the file.</summary>
    /// <exception cref="RateFileException">The line is too long or holds a NUL character.</exception>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            int from = _start + _scanned;
            int newline = _buffer.AsSpan(from, _end - from).IndexOf('\n');
            if (newline >= 0)
            {
                line = Take(_start, from + newline);
                _start = from + newline + 1;
                _scanned = 0;
                return true;
            }

            _scanned = _end - _start;
            if (_endOfFile)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = Take(_start, _end);
                _start = _end;
                _scanned = 0;
                return true;
            }

            Fill();
        }
    }

    private ReadOnlySpan<char> Take(int start, int end)
    {
        LineNumber++;
        ReadOnlySpan<char> line = _buffer.AsSpan(start, end - start);
        if (line.Length > 0 && line[^1] == '\r')
        {
            line = line[..^1];
        }

        if (line.Length > RateFileReader.MaxLineLength)
        {
            throw TooLong(LineNumber, line);
        }

        int nul = line.IndexOf('\0');
        if (nul >= 0)
        {
            throw NulCharacter(LineNumber, line, nul);
        }

        return line;
    }

    /// <summary>Moves the unfinished line to the front of the buffer, grows the buffer if the line fills it (up to the
    /// bound), and reads more.</summary>
    private void Fill()
    {
        int pending = _end - _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxBufferLength)
            {
                ReadOnlySpan<char> partial = _buffer.AsSpan(0, _end);
                int nul = partial.IndexOf('\0');
                throw nul >= 0 ? NulCharacter(LineNumber + 1, partial, nul) : TooLong(LineNumber + 1, partial);
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxBufferLength));
        }

        int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfFile = true;
            return;
        }

        if (!_started)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF')
            {
                _start = 1;
            }
        }

        _end += read;
    }

    private RateFileException TooLong(int lineNumber, ReadOnlySpan<char> start)
    {
        string shown = InputText.Shorten(start);
        return new RateFileException(
            _fileName,
            lineNumber,
            shown,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The line is longer than {RateFileReader.MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} "
                    + $"characters, the most a line of a rate file may have; it starts '{shown}'."
            )
        );
    }

    private RateFileException NulCharacter(int lineNumber, ReadOnlySpan<char> line, int position)
    {
        string shown = InputText.Shorten(line);
        return new RateFileException(
            _fileName,
            lineNumber,
            shown,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The line holds a NUL character (\\0) at position {position + 1}: this is not a text CSV file (a "
                    + $"binary file, or UTF-16 without a byte-order mark: save it as UTF-8). The line starts '{shown}'."
            )
        );
    }
}
