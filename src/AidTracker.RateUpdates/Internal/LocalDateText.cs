using System.Globalization;
using NodaTime;

namespace AidTracker.RateUpdates.Internal;

/// <summary>ISO dates (<c>yyyy-MM-dd</c>), culture-invariant.</summary>
internal static class LocalDateText
{
    public static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(LocalDate? date) => date is LocalDate d ? Format(d) : "none";

    public static bool TryParse(string text, out LocalDate date)
    {
        NodaTime.Text.ParseResult<LocalDate> result = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }
}
