using System.Globalization;
using AidTracker.Serialization;

namespace AidTracker.Cli.Output;

/// <summary>How the tool writes amounts: rounded half-to-even to the currency's minor units, once, at output.</summary>
internal static class Amounts
{
    /// <summary>Returns the amount for people: <c>58,825,751.29 USD</c>, <c>over 12,400,000,000.00 USD</c>, <c>up to
    /// 13,000,000,000 JPY</c>.</summary>
    public static string Display(QualifiedMoney amount) => QualifierPrefix(amount.Qualifier) + Display(amount.Money);

    /// <summary>Returns the amount for people without a qualifier: <c>8,800,000,000 JPY</c>.</summary>
    public static string Display(Money money)
    {
        Money rounded = money.Round();
        int? minor = rounded.Currency.MinorUnits;
        string number = minor is int decimals
            ? rounded.Amount.ToString(
                "N" + decimals.ToString(CultureInfo.InvariantCulture),
                CultureInfo.InvariantCulture
            )
            : Normalize(rounded.Amount).ToString("#,0.############################", CultureInfo.InvariantCulture);
        return number + " " + rounded.Currency.Code;
    }

    /// <summary>Returns the amount as the JSON contract writes it: a string with exactly the currency's minor units,
    /// <c>58825751.29</c>, <c>8800000000</c>.</summary>
    public static string Value(Money money) => ReportJson.AmountValue(money);

    /// <summary>Returns the word a table puts before a qualified amount: <c>over </c>, <c>approx. </c>, <c>up to </c>,
    /// or nothing.</summary>
    public static string QualifierPrefix(AmountQualifier qualifier) =>
        qualifier switch
        {
            AmountQualifier.AtLeast => "over ",
            AmountQualifier.Approximately => "approx. ",
            AmountQualifier.AtMost => "up to ",
            _ => string.Empty,
        };

    /// <summary>Returns the qualifier's name in the JSON contract (and the ledger format): <c>exact</c>,
    /// <c>approximately</c>, <c>at-least</c>, <c>at-most</c>.</summary>
    public static string QualifierName(AmountQualifier qualifier) => KebabNames.Name(KebabNames.Qualifiers, qualifier);

    /// <summary>Drops trailing zeros: 1.0477000 becomes 1.0477.</summary>
    public static decimal Normalize(decimal value) => ReportJson.Normalize(value);
}
