using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Aggregation;

namespace AidTracker.Testing.Internal;

/// <summary>The summary-specific pieces of failure messages.</summary>
internal static class SummaryText
{
    private const int MaxListed = 3;

    /// <summary>Returns the totals as quoted (<c>over USD 12,400,000,000.00</c>), joined, or <c>none</c>.</summary>
    public static string Totals(ImmutableArray<SummaryTotal> totals) =>
        totals.IsEmpty ? "none" : string.Join("; ", totals.Select(t => t.ToString()));

    /// <summary>Returns the groups with their totals, e.g. <c>JPN, FY2022 (up to JPY 78,000,000,000); JPN, FY2024
    /// (...)</c>.</summary>
    public static string Groups(ImmutableArray<SummaryGroup> groups) =>
        groups.IsEmpty ? "none" : string.Join("; ", groups.Select(g => g.Label + " (" + Totals(g.Totals) + ")"));

    /// <summary>Returns why a summary is incomplete (amounts not converted, records without an amount), or the empty
    /// string.</summary>
    public static string Incompleteness(Summary summary)
    {
        var parts = new List<string>();
        if (!summary.Unconverted.IsEmpty)
        {
            parts.Add(
                Count(summary.Unconverted.Length, "amount", "amounts")
                    + (summary.Unconverted.Length == 1 ? " was" : " were")
                    + " not converted ("
                    + List(summary.Unconverted.Select(u => u.ToString()))
                    + ")"
            );
        }

        if (!summary.RecordsWithoutAmount.IsEmpty)
        {
            parts.Add(
                Count(summary.RecordsWithoutAmount.Length, "counted record has", "counted records have")
                    + " no amount ("
                    + List(summary.RecordsWithoutAmount)
                    + ")"
            );
        }

        return string.Join(" and ", parts);
    }

    /// <summary>Returns the total that a summary or group has in <paramref name="currency"/>, or <c>null</c>.</summary>
    public static SummaryTotal? TotalIn(ImmutableArray<SummaryTotal> totals, Currency currency) =>
        totals.FirstOrDefault(t => t.Currency.Equals(currency));

    /// <summary>Returns how a total differs from the expected amount, after <c>but its total is X</c>; <c>null</c> when
    /// it matches.</summary>
    /// <remarks>It matches when the qualifier is the same and the rounded or the exact total equals the expected
    /// amount.</remarks>
    public static string? Mismatch(SummaryTotal total, QualifiedMoney expected)
    {
        bool sameQualifier = total.Qualifier == expected.Qualifier;
        bool sameAmount =
            AssertionText.Mismatch(total.Rounded, expected.Money) is null
            || AssertionText.Mismatch(total.Exact, expected.Money) is null;
        if (sameAmount && sameQualifier)
        {
            return null;
        }

        Money compared = expected.Money.IsRoundedToMinorUnits ? total.Rounded : total.Exact;
        string text = sameAmount
            ? FormattableString.Invariant(
                $": the amounts agree but the qualifier is {total.Qualifier}, not {expected.Qualifier}"
            )
            : AssertionText.Mismatch(compared, expected.Money) ?? string.Empty;
        if (!sameAmount && !sameQualifier)
        {
            text += FormattableString.Invariant($"; and the qualifier is {total.Qualifier}, not {expected.Qualifier}");
        }

        return text;
    }

    /// <summary>Shows a total with its exact value when rounding changed it: <c>USD 58,825,751.29 (exact: USD
    /// 58,825,751.2920...)</c>.</summary>
    public static string Describe(SummaryTotal total) =>
        total.Exact == total.Rounded ? total.ToString() : total + " (exact: " + total.Exact + ")";

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static string List(IEnumerable<string> items)
    {
        string[] all = [.. items];
        string listed = string.Join("; ", all.Take(MaxListed));
        return all.Length > MaxListed
            ? listed + FormattableString.Invariant($"; and {all.Length - MaxListed} more")
            : listed;
    }
}
