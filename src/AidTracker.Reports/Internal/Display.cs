using System.Globalization;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>How the report writes amounts, dates and percentages: culture-invariant, rounded once, at output.</summary>
internal static class Display
{
    /// <summary>Returns <c>over 12,400,000,000.00 USD</c>, <c>approximately 63,300,000.00 USD</c>, <c>8,800,000,000
    /// JPY</c>.</summary>
    public static string Amount(QualifiedMoney amount) => Qualifier(amount.Qualifier) + Amount(amount.Money);

    /// <summary>Returns the amount rounded to its currency's minor units with group separators: <c>58,825,751.29
    /// USD</c>.</summary>
    public static string Amount(Money money)
    {
        Money rounded = money.Round();
        return Number(rounded.Amount, rounded.Currency.MinorUnits) + " " + rounded.Currency.Code;
    }

    /// <summary>Returns the number with group separators and <paramref name="decimals"/> decimals (all significant ones
    /// when <c>null</c>).</summary>
    public static string Number(decimal value, int? decimals) =>
        decimals is int d
            ? value.ToString("N" + d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : (value / 1.0000000000000000000000000000m).ToString(
                "#,0.############################",
                CultureInfo.InvariantCulture
            );

    /// <summary>Returns the word before a qualified amount: <c>over </c>, <c>approximately </c>, <c>up to </c>, or
    /// nothing.</summary>
    public static string Qualifier(AmountQualifier qualifier) =>
        qualifier switch
        {
            AmountQualifier.AtLeast => "over ",
            AmountQualifier.Approximately => "approximately ",
            AmountQualifier.AtMost => "up to ",
            _ => string.Empty,
        };

    /// <summary>Returns an ISO date: <c>2025-02-27</c>.</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Returns a signed percentage with one decimal: <c>+7.6%</c>, <c>-0.4%</c>.</summary>
    public static string Percent(decimal fraction) =>
        (fraction > 0 ? "+" : string.Empty)
        + Math.Round(fraction * 100m, 1, MidpointRounding.ToEven).ToString("0.0", CultureInfo.InvariantCulture)
        + "%";

    /// <summary>Returns a rate with up to six decimals: <c>149.594437</c>.</summary>
    public static string Rate(decimal value) =>
        Math.Round(value, 6, MidpointRounding.ToEven).ToString("#,0.######", CultureInfo.InvariantCulture);

    /// <summary>Returns a count with group separators: <c>100,000</c>.</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Returns <c>1 record</c>, <c>2 records</c>.</summary>
    public static string Plural(int count, string noun) =>
        Count(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
