using System.Text;
using AidTracker.Serialization;
using AidTracker.Tests.Shared;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Tests.Serialization;

/// <summary>The repository's sample ledgers and helpers to read ledgers from text.</summary>
internal static class Samples
{
    public static readonly FakeClock SpeechDay = new(Instant.FromUtc(2025, 3, 5, 12, 0));

    public static string RepoRoot => RepoPaths.Root;

    public static string JapanUkrainePath => Path.Combine(RepoRoot, "samples", "japan-ukraine.ledger.json");

    public static string JapanUkraineText => File.ReadAllText(JapanUkrainePath);

    public static Task<AidTracker.Ledger> ReadAsync(string json, string fileName = "test.ledger.json") =>
        LedgerJson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), SpeechDay, fileName);

    public static async Task<byte[]> WriteAsync(AidTracker.Ledger ledger)
    {
        var stream = new MemoryStream();
        await LedgerJson.WriteAsync(ledger, stream);
        return stream.ToArray();
    }

    /// <summary>The sample with <paramref name="oldText"/> replaced once (it must occur).</summary>
    public static string SampleWith(string oldText, string newText)
    {
        string text = JapanUkraineText;
        int at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The sample has no '{oldText}'.");
        }

        return string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in
    /// <paramref name="json"/>.</summary>
    public static int LineOf(string json, string text) =>
        json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}

/// <summary>A stream that hands out at most a few bytes per read, to exercise every buffer boundary.</summary>
internal sealed class TrickleStream(byte[] data, int chunk) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = Math.Min(Math.Min(count, chunk), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
