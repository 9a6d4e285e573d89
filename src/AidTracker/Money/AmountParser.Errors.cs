using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>The messages and exceptions of failed parses: the text, the position and what was expected there.</summary>
internal static partial class AmountParser
{
    /// <summary>The message for a failed parse: the text, the position and what was expected there.</summary>
    public static string Describe(ReadOnlySpan<char> text, in ParsedAmount failure, string target)
    {
        int position = failure.ErrorPosition;
        ReadOnlySpan<char> token =
            failure.ErrorLength > 0 ? text.Slice(position, failure.ErrorLength) : TokenAt(text, position);
        string t = InputText.Shorten(token);
        string detail = failure.Error switch
        {
            AmountParseError.Empty =>
                "the text is empty; expected an amount such as '8.8 billion yen' or 'USD 12.4 billion'.",
            AmountParseError.ExpectedNumber => token.IsEmpty
                ? FormattableString.Invariant($"at position {position} the text ends where a number was expected.")
                : FormattableString.Invariant($"at position {position}, '{t}' is not a number."),
            AmountParseError.UnknownPrefix => FormattableString.Invariant(
                $"at position {position}, '{t}' is neither a number nor a known currency code, symbol or name."
            ),
            AmountParseError.UnknownSuffix => string.Create(
                CultureInfo.InvariantCulture,
                $"at position {position}, '{t}' is neither a scale word (such as 'million' or 'bn') nor a known "
                    + $"currency code, symbol or name."
            ),
            AmountParseError.MissingCurrency => string.Create(
                CultureInfo.InvariantCulture,
                $"no currency is given; expected a currency code, symbol or name at position {position} (or before the "
                    + $"number)."
            ),
            AmountParseError.TextAfterAmount => string.Create(
                CultureInfo.InvariantCulture,
                $"at position {position}, '{t}' follows the number, but the currency is given already; expected a "
                    + $"scale word (such as 'million' or 'bn') or the end."
            ),
            AmountParseError.SecondSign => FormattableString.Invariant(
                $"at position {position}, '{t}' is a second sign."
            ),
            AmountParseError.GroupSeparator => string.Create(
                CultureInfo.InvariantCulture,
                $"at position {position}, the group separator '{t}' must separate groups of three digits (to read a "
                    + $"decimal comma, parse with a culture that uses one)."
            ),
            AmountParseError.DecimalSeparator => FormattableString.Invariant(
                $"at position {position}, the decimal separator '{t}' must be followed by a digit."
            ),
            AmountParseError.Overflow => string.Create(
                CultureInfo.InvariantCulture,
                $"at position {position}, '{t}' is too large for a decimal amount (the largest is "
                    + $"79,228,162,514,264,337,593,543,950,335)."
            ),
            AmountParseError.TooManyDigits => FormattableString.Invariant(
                $"at position {position}, '{t}' has more significant digits than a decimal holds exactly (28 or 29)."
            ),
            AmountParseError.TooManyDecimals => FormattableString.Invariant(
                $"at position {position}, '{t}' has more than 28 decimal places, more than a decimal holds exactly."
            ),
            AmountParseError.QualifierNotAllowed => string.Create(
                CultureInfo.InvariantCulture,
                $"at position {position}, '{t}' qualifies the amount, which {target} cannot hold; use "
                    + $"QualifiedMoney.Parse to keep the qualifier."
            ),
            _ => FormattableString.Invariant($"at position {position} it stops making sense."),
        };
        return FormattableString.Invariant($"Cannot parse '{InputText.Shorten(text)}' as {target}: {detail}");
    }

    /// <summary>Creates the exception for a failed parse.</summary>
    public static AmountFormatException CreateException(ReadOnlySpan<char> text, in ParsedAmount failure, string target)
    {
        Exception? inner =
            failure.Error == AmountParseError.Overflow
                ? new OverflowException("Value was either too large or too small for a Decimal.")
                : null;
        return new AmountFormatException(
            text.ToString(),
            failure.ErrorPosition,
            Describe(text, failure, target),
            inner
        );
    }

    private static ReadOnlySpan<char> TokenAt(ReadOnlySpan<char> text, int position)
    {
        int end = position;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[position..end];
    }
}
