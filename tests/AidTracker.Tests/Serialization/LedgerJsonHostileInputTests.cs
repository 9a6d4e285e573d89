using System.Text;
using AidTracker.Serialization;

namespace AidTracker.Tests.Serialization;

/// <summary>
/// Inputs an attacker or an unlucky tool would give the ledger reader (issue 12): white space by the gigabyte, byte
/// order marks, UTF-16, invalid UTF-8, streams that cannot seek.
/// </summary>
public class LedgerJsonHostileInputTests
{
    private const string File = "hostile.ledger.json";

    private static string Record(int i) =>
        "{\"id\":\"c-"
        + i
        + "\",\"title\":\"C\","
        + "\"donor\":\"JPN\",\"recipient\":\"UKR\",\"amount\":{\"value\":\"100\",\"currency\":\"JPY\"},"
        + "\"stage\":\"committed\",\"date\":\"2025-02-27\",\"category\":\"recovery\",\"instrument\":\"grant\"}";

    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData(" \r\n\t")]
    public async Task Read_HundredsOfMegabytesOfWhiteSpaceBetweenRecords_KeepsTheBufferSmall(string filler)
    {
        const long spaces = 256L * 1024 * 1024;
        byte[] head = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"commitments\":[" + Record(0));
        byte[] tail = Encoding.UTF8.GetBytes("," + Record(1) + "]}");
        using var stream = new GeneratedStream(head, filler, spaces, tail);

        var reader = new LedgerJsonReader(stream, File);
        LedgerBuilder builder = await reader.ReadAsync(TestContext.Current.CancellationToken);

        builder.Count.Should().Be(2);
        reader.LargestBuffer.Should().BeLessThanOrEqualTo(128 * 1024, "white space between records is never held");
    }

    [Fact]
    public async Task Read_WhiteSpaceAfterTheCommaAndAroundTheRoot_KeepsTheBufferSmallAndTheLines()
    {
        const long newlines = 64L * 1024 * 1024;
        byte[] head = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"commitments\":[" + Record(0) + ",");
        byte[] tail = Encoding.UTF8.GetBytes(Record(1).Replace("\"JPY\"", "\"XXQ\"", StringComparison.Ordinal) + "]}");
        using var stream = new GeneratedStream(head, "\n", newlines, tail);

        var reader = new LedgerJsonReader(stream, File);
        LedgerBuilder builder = await reader.ReadAsync(TestContext.Current.CancellationToken);
        LedgerValidationResult result = builder.Validate(Samples.SpeechDay);

        reader.LargestBuffer.Should().BeLessThanOrEqualTo(128 * 1024);
        result
            .Errors.Should()
            .ContainSingle()
            .Which.Location!.LineNumber.Should()
            .Be((int)newlines + 1, "the second record starts after the newlines");
    }

    [Fact]
    public async Task Read_GigabyteOfSpacesBeforeTheRoot_IsReadWithASmallBuffer()
    {
        byte[] tail = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"commitments\":[" + Record(0) + "]}   ");
        using var stream = new GeneratedStream([], " ", 1L << 30, tail);

        var reader = new LedgerJsonReader(stream, File);
        LedgerBuilder builder = await reader.ReadAsync(TestContext.Current.CancellationToken);

        builder.Count.Should().Be(1);
        reader.LargestBuffer.Should().BeLessThanOrEqualTo(128 * 1024);
    }

    [Fact]
    public async Task Read_Utf8ByteOrderMark_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Samples.JapanUkraineText)];

        AidTracker.Ledger ledger = await LedgerJson.ReadAsync(
            new MemoryStream(bytes),
            Samples.SpeechDay,
            File,
            TestContext.Current.CancellationToken
        );

        ledger.Commitments.Length.Should().Be(4);
    }

    [Fact]
    public async Task Read_OnlyAByteOrderMark_IsTheEmptyFileError()
    {
        Func<Task> act = () =>
            LedgerJson.ReadAsync(
                new MemoryStream([0xEF, 0xBB, 0xBF]),
                Samples.SpeechDay,
                File,
                TestContext.Current.CancellationToken
            );

        (await act.Should().ThrowAsync<LedgerFormatException>()).Which.Reason.Should().StartWith("The file is empty");
    }

    [Theory]
    [InlineData("utf-16", true, "UTF-16")]
    [InlineData("utf-16", false, "UTF-16")]
    [InlineData("utf-16BE", true, "UTF-16")]
    [InlineData("utf-16BE", false, "UTF-16")]
    [InlineData("utf-32", true, "UTF-32")]
    [InlineData("utf-32", false, "UTF-32")]
    public async Task Read_WideEncodings_SayToSaveAsUtf8(string encodingName, bool withMark, string expected)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. (withMark ? encoding.GetPreamble() : []), .. encoding.GetBytes(Samples.JapanUkraineText)];

        Func<Task> act = () =>
            LedgerJson.ReadAsync(
                new MemoryStream(bytes),
                Samples.SpeechDay,
                File,
                TestContext.Current.CancellationToken
            );

        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.Reason.Should().Be($"The file is encoded as {expected}; a JSON ledger is UTF-8: save it as UTF-8.");
        e.LineNumber.Should().Be(1);
    }

    [Fact]
    public async Task Read_NulBytes_SayItIsNotAText()
    {
        Func<Task> act = () =>
            LedgerJson.ReadAsync(
                new MemoryStream(new byte[4096]),
                Samples.SpeechDay,
                File,
                TestContext.Current.CancellationToken
            );

        (await act.Should().ThrowAsync<LedgerFormatException>()).Which.Reason.Should().Contain("NUL byte");
    }

    [Fact]
    public async Task Read_InvalidUtf8InAString_SaysNotValidUtf8()
    {
        byte[] good = Encoding.UTF8.GetBytes(Samples.JapanUkraineText);
        int at = Samples.JapanUkraineText.IndexOf("Fourth emergency", StringComparison.Ordinal);
        good[at + 1] = 0xC3; // a lead byte followed by ASCII: not UTF-8

        Func<Task> act = () =>
            LedgerJson.ReadAsync(
                new MemoryStream(good),
                Samples.SpeechDay,
                File,
                TestContext.Current.CancellationToken
            );

        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.Reason.Should().Contain("not valid UTF-8");
        e.Reason.Should().NotContain("wrong type");
    }

    [Fact]
    public async Task Read_StreamThatCannotSeek_ReadsTheLedger()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Samples.JapanUkraineText);

        AidTracker.Ledger ledger = await LedgerJson.ReadAsync(
            new TrickleStream(bytes, 7),
            Samples.SpeechDay,
            File,
            TestContext.Current.CancellationToken
        );

        ledger.Commitments.Length.Should().Be(4);
    }

    [Fact]
    public async Task Read_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        byte[] head = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"commitments\":[" + Record(0));
        using var stream = new GeneratedStream(head, " ", 1L << 40, "]}"u8.ToArray(), onRead: cancellation.Cancel);

        Func<Task> act = () => new LedgerJsonReader(stream, File).ReadAsync(cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        stream.BytesRead.Should().BeLessThan(1L << 24, "the reader stops soon after the token is cancelled");
    }

    /// <summary>A stream of <c>head</c>, then <c>count</c> bytes of <c>filler</c> repeated (generated, never held),
    /// then <c>tail</c>.</summary>
    private sealed class GeneratedStream(byte[] head, string filler, long count, byte[] tail, Action? onRead = null)
        : Stream
    {
        private readonly byte[] _filler = Encoding.ASCII.GetBytes(filler);
        private long _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int length)
        {
            onRead?.Invoke();
            int written = 0;
            while (written < length)
            {
                Span<byte> into = buffer.AsSpan(offset + written, length - written);
                int n;
                if (_position < head.Length)
                {
                    n = Math.Min(into.Length, head.Length - (int)_position);
                    head.AsSpan((int)_position, n).CopyTo(into);
                }
                else if (_position < head.Length + count)
                {
                    long left = head.Length + count - _position;
                    int phase = (int)((_position - head.Length) % _filler.Length);
                    n = (int)Math.Min(Math.Min(into.Length, left), _filler.Length - phase);
                    if (_filler.Length == 1)
                    {
                        n = (int)Math.Min(into.Length, left);
                        into[..n].Fill(_filler[0]);
                    }
                    else
                    {
                        _filler.AsSpan(phase, n).CopyTo(into);
                    }
                }
                else
                {
                    int at = (int)(_position - head.Length - count);
                    n = Math.Min(into.Length, tail.Length - at);
                    if (n <= 0)
                    {
                        break;
                    }

                    tail.AsSpan(at, n).CopyTo(into);
                }

                written += n;
                _position += n;
            }

            return written;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Dates outside the years 0001-9999 (NodaTime reads "-0001-01-01") are not dates of aid records.</summary>
public class LedgerJsonDateRangeTests
{
    [Theory]
    [InlineData("-0001-01-01")]
    [InlineData("0000-06-30")]
    public async Task Read_DateOutsideTheYears0001To9999_IsAFormatErrorNamingIt(string date)
    {
        string json = Samples.SampleWith("\"date\": \"2025-02-27\"", "\"date\": \"" + date + "\"");

        Func<Task> act = () => Samples.ReadAsync(json);

        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.Reason.Should().Contain("'" + date + "' is not a valid date");
        e.JsonPath.Should().EndWith(".date");
    }
}
