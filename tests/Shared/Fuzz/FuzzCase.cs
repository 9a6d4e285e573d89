using System.Text;

namespace AidTracker.Tests.Shared.Fuzz;

/// <summary>One fuzz input: the real input it came from, the mutations applied (in order), and the bytes.</summary>
internal sealed record FuzzCase(string Seed, string Mutations, byte[] Bytes)
{
    private const int Preview = 160;

    /// <summary>Gets the bytes read as UTF-8 (invalid sequences replaced), for parsers of text.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>A short, printable description: enough to see what the case was, never the whole of a huge
    /// input.</summary>
    public override string ToString()
    {
        string head = Escape(Bytes.AsSpan(0, Math.Min(Preview, Bytes.Length)));
        string tail =
            Bytes.Length > 2 * Preview ? " ... " + Escape(Bytes.AsSpan(Bytes.Length - Preview)) : string.Empty;
        return $"{Seed} with [{Mutations}], {Bytes.Length:N0} bytes: {head}{tail}";
    }

    private static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length + 16);
        foreach (byte b in bytes)
        {
            text.Append(b is >= 0x20 and < 0x7F and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return text.ToString();
    }
}
