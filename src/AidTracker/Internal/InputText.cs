using System.Globalization;
using System.Text;

namespace AidTracker.Internal;

/// <summary>
/// Quotes a piece of the user's input inside an error message: at most <see cref="MaxQuotedLength"/> characters shown
/// (then <c>…</c>), with control characters, unpaired surrogates and other invisible characters shown as escapes
/// (<c>\0</c>, <c>\t</c>, <c>\n</c>, <c>\u001F</c>), so that a message stays one readable line whatever the input held.
/// An escape counts at its shown length (<c>\u200E</c> is 6), so a quote never exceeds 81 characters.
/// </summary>
/// <remarks>
/// One rule for every message that echoes input (amount phrases, rate files, the ledger, IATI, the CLI). The file is
/// compiled into each assembly that needs it (linked from <c>src/AidTracker/Internal</c>), so it stays internal.
/// </remarks>
internal static class InputText
{
    /// <summary>The most characters a quote shows (escapes counted at their shown length), before the
    /// <see cref="Ellipsis"/>.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>The marker put after a quote that was cut short.</summary>
    public const char Ellipsis = '…';

    /// <summary>The input shown safely, cut to <see cref="MaxQuotedLength"/> characters; <c>null</c> shows as
    /// empty.</summary>
    public static string Shorten(string? text) => Shorten(text.AsSpan());

    /// <summary>The input shown safely, cut to <see cref="MaxQuotedLength"/> characters.</summary>
    public static string Shorten(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxQuotedLength && !NeedsEscape(text))
        {
            return text.ToString();
        }

        var builder = new StringBuilder(MaxQuotedLength + 1);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            int width = pair ? 2 : Width(c);
            if (builder.Length + width > MaxQuotedLength)
            {
                builder.Append(Ellipsis);
                break;
            }

            if (pair)
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                AppendEscaped(builder, c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The input in double quotes, shown safely (see <see cref="Shorten(ReadOnlySpan{char})"/>).</summary>
    public static string Quote(string? text) => "\"" + Shorten(text) + "\"";

    /// <summary>The input in double quotes, shown safely (see <see cref="Shorten(ReadOnlySpan{char})"/>).</summary>
    public static string Quote(ReadOnlySpan<char> text) => "\"" + Shorten(text) + "\"";

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsInvisible(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInvisible(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c
            is '\u2028'
                or '\u2029'
                or '\uFEFF'
                or '\u200E'
                or '\u200F'
                or (>= '\u202A' and <= '\u202E')
                or (>= '\u2066' and <= '\u2069');

    /// <summary>How many characters <paramref name="c"/> takes when shown: 1, 2 for <c>\0</c>, <c>\t</c>, <c>\n</c>,
    /// <c>\r</c>, 6 for <c>\uXXXX</c>.</summary>
    private static int Width(char c) =>
        c switch
        {
            '\0' or '\t' or '\n' or '\r' => 2,
            _ => IsInvisible(c) ? 6 : 1,
        };

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\0':
                builder.Append("\\0");
                break;
            case '\t':
                builder.Append("\\t");
                break;
            case '\n':
                builder.Append("\\n");
                break;
            case '\r':
                builder.Append("\\r");
                break;
            default:
                if (IsInvisible(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }

                break;
        }
    }
}
