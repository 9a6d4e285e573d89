namespace AidTracker.Cli.Output;

/// <summary>The credits the reference data's terms ask for, wherever its rates are shown.</summary>
internal static class Credits
{
    public const string Ecb =
        "Source: European Central Bank (euro foreign exchange reference rates). The ECB accepts no liability for the use of the rates.";

    public const string Imf =
        "Source: International Monetary Fund (International Financial Statistics, annual average national currency per US dollar; inverted and crossed through USD by AidTracker).";

    public const string Nbu =
        "Source: National Bank of Ukraine (official exchange rates of the hryvnia; crossed through UAH by AidTracker).";

    public const string Iso4217 = "Currency codes: ISO 4217, maintained by SIX.";

    /// <summary>Returns the credit lines for the sources named (a cross of two sources is named <c>ECB+IMF</c>), in a stable order.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> sourceNames, string? rateFile = null)
    {
        var names = new SortedSet<string>(
            sourceNames.SelectMany(n => n.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            StringComparer.Ordinal);
        var lines = new List<string>();
        if (rateFile is not null)
        {
            lines.Add($"Rates from the file {rateFile}.");
            return lines;
        }

        foreach (string name in names)
        {
            switch (name)
            {
                case "ECB":
                    lines.Add(Ecb);
                    break;
                case "IMF":
                    lines.Add(Imf);
                    break;
                case "NBU":
                    lines.Add(Nbu);
                    break;
                default:
                    lines.Add($"Rates from {name}.");
                    break;
            }
        }

        return lines;
    }
}
