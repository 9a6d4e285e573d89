namespace AidTracker.Serialization;

/// <summary>
/// The credits the reference data's terms ask for, wherever its rates are shown (the reports' <c>credits</c>). Also
/// compiled into the command-line tool (linked), which prints them under its tables.
/// </summary>
internal static class RateCredits
{
    public const string Ecb =
        "Source: European Central Bank (euro foreign exchange reference rates). The ECB accepts no liability for the "
        + "use of the rates.";

    public const string Imf =
        "Source: International Monetary Fund (International Financial Statistics, annual average national currency per "
        + "US dollar; inverted and crossed through USD by AidTracker).";

    public const string Nbu =
        "Source: National Bank of Ukraine (official exchange rates of the hryvnia; crossed through UAH by AidTracker).";

    /// <summary>
    /// Returns the credit lines for the sources named (a cross of two sources is named <c>ECB+IMF</c>), in a stable
    /// order; when the rates came from a file of the user's, <paramref name="rateFile"/>, only a line naming it.
    /// </summary>
    public static IReadOnlyList<string> For(IEnumerable<string> sourceNames, string? rateFile = null)
    {
        var lines = new List<string>();
        if (rateFile is not null)
        {
            lines.Add($"Rates from the file {rateFile}.");
            return lines;
        }

        var names = new SortedSet<string>(
            sourceNames.SelectMany(n =>
                n.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ),
            StringComparer.Ordinal
        );
        foreach (string name in names)
        {
            lines.Add(
                name switch
                {
                    "ECB" => Ecb,
                    "IMF" => Imf,
                    "NBU" => Nbu,
                    _ => $"Rates from {name}.",
                }
            );
        }

        return lines;
    }
}
