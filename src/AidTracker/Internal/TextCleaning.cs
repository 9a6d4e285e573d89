using System.Text;

namespace AidTracker.Internal;

/// <summary>
/// One rule for the free text importers put in records (IATI, FTS): control characters and runs of white space become
/// one space, the ends are trimmed. Compiled into each importer's assembly (linked from
/// <c>src/AidTracker/Internal</c>).
/// </summary>
internal static class TextCleaning
{
    /// <summary>The text with white space and control characters collapsed to single spaces and trimmed; <c>null</c>
    /// when nothing is left.</summary>
    public static string? CollapseWhiteSpace(string text)
    {
        if (IsClean(text))
        {
            return text; // most texts are: the same string, no copy
        }

        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Whether the rule leaves <paramref name="text"/> as it is: not empty, no control characters, no white
    /// space but single spaces between other characters.</summary>
    private static bool IsClean(string text)
    {
        char previous = ' ';
        foreach (char c in text)
        {
            if (c == ' ' ? previous == ' ' : char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }

            previous = c;
        }

        return previous != ' ';
    }
}
