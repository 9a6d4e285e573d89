using System.Text;

namespace AidTracker.Iati.Tests;

/// <summary>
/// A read-only stream of <c>prefix</c>, then one byte repeated <c>count</c> times, then <c>suffix</c>, generated as it
/// is read: a test can feed a reader a 200 MB element without holding 200 MB.
/// </summary>
internal sealed class RepeatedStream(string prefix, byte fill, long count, string suffix) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] _suffix = Encoding.UTF8.GetBytes(suffix);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _prefix.Length + count + _suffix.Length;

    /// <summary>Gets how many bytes were read.</summary>
    public long BytesRead => _position;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        while (written < buffer.Length && _position < Length)
        {
            long p = _position;
            if (p < _prefix.Length)
            {
                buffer[written] = _prefix[p];
            }
            else if (p < _prefix.Length + count)
            {
                int run = (int)Math.Min(buffer.Length - written, _prefix.Length + count - p);
                buffer.Slice(written, run).Fill(fill);
                written += run;
                _position += run;
                continue;
            }
            else
            {
                buffer[written] = _suffix[p - _prefix.Length - count];
            }

            written++;
            _position++;
        }

        return written;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
