using System.Globalization;
using AidTracker.Rates;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Output;

/// <summary>The parts that several commands print under their tables: the rates used and the data credits.</summary>
internal static class Tables
{
    /// <summary>How many rates a table lists before saying how many more there are (JSON lists them all).</summary>
    public const int MaxRatesListed = 20;

    /// <summary>
    /// Returns the "Rates used" list, one line per distinct rate: <c>1 JPY = 0.006684744465... USD (ECB, 2025-02-27,
    /// daily, via EUR: 1 EUR = 156.73 JPY, 1 EUR = 1.0477 USD)</c>; a rate that served several requested dates (a
    /// weekend, the dates of a year under annual averages) is listed once with them. Nothing when no rate was used.
    /// </summary>
    public static IEnumerable<IRenderable> RatesUsed(IEnumerable<(ExchangeRate Rate, LocalDate RequestedDate)> rates)
    {
        // Every distinct rate is counted; only those listed are described (a large ledger uses tens of thousands).
        var lines = rates.GroupBy(r => r.Rate).ToList();
        if (lines.Count == 0)
        {
            yield break;
        }

        yield return new Markup(
            "[bold]"
                + (lines.Count == 1 ? "Rate used" : "Rates used")
                + "[/]"
                + Markup.Escape(Count(lines.Count))
                + "\n"
        );
        foreach (
            IGrouping<ExchangeRate, (ExchangeRate Rate, LocalDate RequestedDate)> rate in lines.Take(MaxRatesListed)
        )
        {
            yield return new Text(
                "  " + RateText.Describe(rate.Key, [.. rate.Select(r => r.RequestedDate).Distinct().Order()]) + "\n"
            );
        }

        if (lines.Count > MaxRatesListed)
        {
            yield return new Text(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"  ... and {lines.Count - MaxRatesListed:N0} more (--format json lists them all)\n"
                )
            );
        }
    }

    /// <summary>Returns the credit lines, dimmed, after a blank line.</summary>
    public static IEnumerable<IRenderable> CreditLines(IReadOnlyList<string> credits)
    {
        if (credits.Count == 0)
        {
            yield break;
        }

        yield return Text.NewLine;
        foreach (string credit in credits)
        {
            yield return new Markup("[grey]" + Markup.Escape(credit) + "[/]\n");
        }
    }

    /// <summary>Returns <paramref name="text"/> wrapped at word boundaries into lines of at most
    /// <paramref name="width"/> characters, each indented by two spaces.</summary>
    public static Text Indented(string text, int width = 100)
    {
        var lines = new System.Text.StringBuilder();
        var line = new System.Text.StringBuilder("  ");
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 2 && line.Length + 1 + word.Length > width)
            {
                lines.Append(line).Append('\n');
                line.Clear().Append("  ");
            }

            line.Append(line.Length > 2 ? " " : string.Empty).Append(word);
        }

        lines.Append(line).Append('\n');
        return new Text(lines.ToString());
    }

    private static string Count(int total) =>
        total > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({total:N0})") : string.Empty;
}
