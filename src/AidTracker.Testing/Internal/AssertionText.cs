using System.Globalization;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Testing.Internal;

/// <summary>The pieces of failure messages: amounts, differences, rates and dates, culture-invariant.</summary>
internal static class AssertionText
{
    public const string Null = "<null>";

    public static string Amount(Money? money) => money is Money m ? m.ToString() : Null;

    public static string Amount(QualifiedMoney? amount) => amount is QualifiedMoney q ? q.ToString() : Null;

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Pair(Currency from, Currency to) => from.Code + "/" + to.Code;

    /// <summary>Returns e.g. <c>USD 0.01 less than expected</c>; both amounts are in the same currency.</summary>
    public static string Difference(Money found, Money expected)
    {
        decimal difference = found.Amount - expected.Amount;
        string size = new Money(Math.Abs(difference), found.Currency).ToString();
        return difference > 0 ? size + " more than expected" : size + " less than expected";
    }

    /// <summary>Returns e.g. <c>2 decimals</c>, <c>whole units</c> or <c>no minor units</c> for the currency's minor
    /// units.</summary>
    public static string MinorUnits(Currency currency) =>
        currency.MinorUnits switch
        {
            null => "no minor units",
            0 => "whole units",
            1 => "1 decimal",
            int n => n.ToString(CultureInfo.InvariantCulture) + " decimals",
        };

    /// <summary>Returns how an amount that differs from the expected one differs, after <c>but found X</c>.</summary>
    /// <returns><c>null</c> when the two are equal (same currency, numerically equal amounts).</returns>
    public static string? Mismatch(Money found, Money expected)
    {
        if (!found.Currency.Equals(expected.Currency))
        {
            return FormattableString.Invariant(
                $": a different currency ({found.Currency.Code}, not {expected.Currency.Code})"
            );
        }

        if (found.Amount == expected.Amount)
        {
            return null;
        }

        string text = ", " + Difference(found, expected);
        if (!found.IsRoundedToMinorUnits && found.Round() == expected)
        {
            text += string.Create(
                CultureInfo.InvariantCulture,
                $". Rounded half to even to the minor units of {found.Currency.Code} it is {found.Round()}: assert on "
                    + $"Round() or use BeApproximately"
            );
        }

        return text;
    }

    /// <summary>Returns every rate a conversion rests on: the rate itself and, for a derived rate, its legs (depth
    /// first).</summary>
    public static IEnumerable<ExchangeRate> RatesOf(ExchangeRate rate)
    {
        yield return rate;
        foreach (ExchangeRate leg in rate.Legs)
        {
            foreach (ExchangeRate inner in RatesOf(leg))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Returns whether a rate is between the two currencies, either way round.</summary>
    public static bool IsBetween(ExchangeRate rate, Currency from, Currency to) =>
        (rate.Base.Equals(from) && rate.Quote.Equals(to)) || (rate.Base.Equals(to) && rate.Quote.Equals(from));
}
