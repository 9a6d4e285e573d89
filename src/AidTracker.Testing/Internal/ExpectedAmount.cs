using System.Globalization;

namespace AidTracker.Testing.Internal;

/// <summary>Parses the amount phrases that assertions and builders accept in place of values.</summary>
internal static class ExpectedAmount
{
    public static Money Money(string text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        try
        {
            return AidTracker.Money.Parse(text);
        }
        catch (AmountFormatException exception)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The amount '{text}' given as {paramName} is not an amount phrase without a qualifier: "
                        + $"{exception.Message}"
                ),
                paramName,
                exception
            );
        }
    }

    public static QualifiedMoney Qualified(string text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        try
        {
            return QualifiedMoney.Parse(text);
        }
        catch (AmountFormatException exception)
        {
            throw new ArgumentException(
                FormattableString.Invariant(
                    $"The amount '{text}' given as {paramName} is not an amount phrase: {exception.Message}"
                ),
                paramName,
                exception
            );
        }
    }

    public static Currency Currency(string code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        return AidTracker.Currency.TryFromCode(code, out Currency? currency)
            ? currency
            : throw new ArgumentException(
                FormattableString.Invariant(
                    $"The currency code '{code}' given as {paramName} is not a known currency."
                ),
                paramName
            );
    }
}
