using System.Globalization;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>Culture-invariant formatting shared by the messages of this namespace.</summary>
internal static class RateText
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(LocalDate? date) => date is LocalDate d ? Date(d) : "none";

    public static string Days(int days) => days == 1 ? "1 day" : days.ToString(CultureInfo.InvariantCulture) + " days";

    public static string Pair(Currency from, Currency to) => from.Code + " to " + to.Code;
}
