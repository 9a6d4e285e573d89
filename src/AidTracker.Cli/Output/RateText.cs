using System.Globalization;
using System.Text;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;

namespace AidTracker.Cli.Output;

/// <summary>How the tool writes exchange rates and dates for people and in JSON.</summary>
internal static class RateText
{
    private const int DisplayDigits = 10;

    public static string Date(LocalDate date) => ReportJson.Date(date);

    /// <summary>Returns a rate's value for people: up to 10 significant digits, with <c>...</c> when digits were cut
    /// (<c>0.006684744465...</c>).</summary>
    public static string Value(decimal value)
    {
        decimal normalized = Amounts.Normalize(value);
        string full = normalized.ToString(CultureInfo.InvariantCulture);
        int significant = full.Count(char.IsAsciiDigit) - LeadingZeros(full);
        if (significant <= DisplayDigits)
        {
            return full;
        }

        int integerDigits =
            normalized >= 1m ? (int)Math.Floor(Math.Log10((double)normalized)) + 1 : -LeadingFractionZeros(full);
        int decimals = Math.Clamp(DisplayDigits - integerDigits, 0, 28);
        return Amounts
                .Normalize(Math.Round(normalized, decimals, MidpointRounding.ToEven))
                .ToString(CultureInfo.InvariantCulture) + "...";
    }

    /// <summary>Returns a rate's value for JSON: every digit, no trailing zeros.</summary>
    public static string FullValue(decimal value) => ReportJson.RateValue(value);

    /// <summary>Returns the basis's name in the JSON contract: <c>daily</c>, <c>monthly-average</c>,
    /// <c>annual-average</c>, <c>fixed</c>, <c>stated</c>.</summary>
    public static string BasisName(RateBasis basis) => KebabNames.Name(KebabNames.Bases, basis);

    /// <summary>Returns how many days older than <paramref name="requestedDate"/> the rate is (0 when it is of that
    /// date, or an average of a period containing it).</summary>
    public static int AgeDays(ExchangeRate rate, LocalDate requestedDate) => ReportJson.AgeDays(rate, requestedDate);

    /// <summary>Returns <c>1 JPY = 0.006684744465... USD</c>.</summary>
    public static string Pair(ExchangeRate rate) =>
        "1 " + rate.Base.Code + " = " + Value(rate.Value) + " " + rate.Quote.Code;

    /// <summary>
    /// Returns one line of the "rates used" list: <c>1 JPY = 0.006684744465... USD (ECB, 2025-02-27, daily, via EUR:
    /// 1 EUR = 156.73 JPY, 1 EUR = 1.0477 USD)</c>; the requested date is added when the rate is of another day.
    /// </summary>
    public static string Describe(ExchangeRate rate, LocalDate requestedDate) => Describe(rate, [requestedDate]);

    /// <summary>
    /// Returns the line of a rate used for several requested dates (records with different value dates that got the
    /// same rate): <c>(ECB, 2025-02-28 for 2025-03-01, 2025-03-02, daily)</c>; more than three dates are counted
    /// instead.
    /// </summary>
    public static string Describe(ExchangeRate rate, IReadOnlyList<LocalDate> requestedDates)
    {
        var text = new StringBuilder(Pair(rate));
        if (rate.IsIdentity)
        {
            return text.Append(" (identity)").ToString();
        }

        text.Append(" (").Append(rate.Source).Append(", ");
        switch (rate.Basis)
        {
            case RateBasis.AnnualAverage:
                text.Append(rate.Date.Year.ToString(CultureInfo.InvariantCulture)).Append(" annual average");
                AppendRequested(text, rate, requestedDates);
                break;
            case RateBasis.MonthlyAverage:
                text.Append(rate.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append(" monthly average");
                AppendRequested(text, rate, requestedDates);
                break;
            default:
                text.Append(Date(rate.Date));
                AppendRequested(text, rate, requestedDates);
                if (requestedDates.Count == 1 && AgeDays(rate, requestedDates[0]) is > 0 and int age)
                {
                    text.Append(" (")
                        .Append(age == 1 ? "1 day" : age.ToString("N0", CultureInfo.InvariantCulture) + " days")
                        .Append(" old)");
                }

                text.Append(", ").Append(BasisName(rate.Basis));
                break;
        }

        IReadOnlyList<ExchangeRate> published = rate.PublishedRates;
        switch (rate.Derivation)
        {
            case RateDerivation.Cross:
                text.Append(", via ").Append(rate.Pivot?.Code).Append(": ");
                AppendPublished(text, rate, published);
                break;
            case RateDerivation.Inverse:
                text.Append(", inverse of ");
                AppendPublished(text, rate, published);
                break;
        }

        return text.Append(')').ToString();
    }

    private static void AppendRequested(StringBuilder text, ExchangeRate rate, IReadOnlyList<LocalDate> dates)
    {
        if (dates.Count > 3)
        {
            text.Append(" for ").Append(dates.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" dates");
        }
        else if (dates.Count > 1 || (dates.Count == 1 && dates[0] != rate.Date))
        {
            text.Append(" for ").Append(string.Join(", ", dates.Select(Date)));
        }
    }

    private static void AppendPublished(StringBuilder text, ExchangeRate rate, IReadOnlyList<ExchangeRate> published)
    {
        for (int i = 0; i < published.Count; i++)
        {
            ExchangeRate leg = published[i];
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(Pair(leg));
            if (leg.Date != rate.Date || !string.Equals(leg.Source, rate.Source, StringComparison.Ordinal))
            {
                text.Append(" of ").Append(Date(leg.Date));
                if (!string.Equals(leg.Source, rate.Source, StringComparison.Ordinal))
                {
                    text.Append(' ').Append(leg.Source);
                }
            }
        }
    }

    private static int LeadingZeros(string digits)
    {
        int count = 0;
        foreach (char c in digits)
        {
            if (c == '0' || c == '.' || c == '-')
            {
                count += c == '0' ? 1 : 0;
                continue;
            }

            break;
        }

        return count;
    }

    /// <summary>For a value below 1, the number of zeros right after the decimal point.</summary>
    private static int LeadingFractionZeros(string text)
    {
        int point = text.IndexOf('.', StringComparison.Ordinal);
        int count = 0;
        for (int i = point + 1; i < text.Length && text[i] == '0'; i++)
        {
            count++;
        }

        return count;
    }
}
