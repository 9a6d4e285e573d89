using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Reports;
using NodaTime;

namespace AidTracker.Cli.Commands;

/// <summary>What <c>report</c> and <c>chart</c> share: their options read into <see cref="ReportOptions"/>, the ledger
/// read.</summary>
internal static class ReportRun
{
    /// <summary>Reads the shared options (usage errors before any reading): the currency (default USD), keys, date,
    /// rates.</summary>
    public static ReportOptions Options(
        string? to,
        string? by,
        string? asOf,
        string? rates,
        string? dataDir,
        CliServices services
    )
    {
        Currency currency = OptionValues.OptionalCurrency("--to", to) ?? Currency.USD;
        LocalDate? cut = OptionValues.OptionalDate("--as-of", asOf);

        RateSourceOption source = RateSourceOption.Resolve(
            rates,
            DataFolderOption.Resolve(dataDir, services.Environment)
        );
        return new ReportOptions(currency)
        {
            AsOf = cut,
            GroupBy = OptionValues.GroupKeys(by),
            RateSource = source.IsDefault ? null : source.Source,
            Credits = source.FileName is null ? [] : [.. Output.Credits.For([], source.FileName)],
        };
    }

    /// <summary>The command line as typed, for the report's foot: <c>aidtracker report samples/x.json --to USD -o
    /// r.html</c>.</summary>
    public static string CommandLine(IEnumerable<string> arguments) =>
        "aidtracker "
        + string.Join(
            ' ',
            arguments.Select(a =>
                a.Length > 0 && !a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'')
                    ? a
                    : "\"" + a.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            )
        );

    /// <summary>
    /// Applies the CLI's rule for amounts without a rate (as <c>summarize</c>, <c>export</c> and <c>debt-service</c>
    /// do): without <c>--allow-incomplete</c> they are invalid data, exit 1, and nothing is written; with it the
    /// output is written (the report lists them under "Not converted") and a warning on standard error counts them.
    /// Call it before writing; it returns the warning to print after writing, or <c>null</c>.
    /// </summary>
    public static string? CheckUnconverted(
        int unconverted,
        Currency currency,
        bool allowIncomplete,
        string output,
        string what
    )
    {
        if (unconverted == 0)
        {
            return null;
        }

        string count = Output.ProblemText.Plural(unconverted, "amount");
        if (!allowIncomplete)
        {
            throw CliException.InvalidData(
                $"{count} could not be converted into {currency.Code} (no rate), so the {what} would leave them out"
                    + (output == "-" ? "; nothing was written." : $"; nothing was written to {output}.")
                    + $" Give --allow-incomplete to write the {what} anyway (never drawing them as zero"
                    + (what == "report" ? ", and listing them under \"Not converted\")." : ").")
            );
        }

        return what == "report"
            ? $"aidtracker: warning: {count} could not be converted into {currency.Code}; the report lists them under "
                + "\"Not converted\" and leaves them out of its totals and charts."
            : $"aidtracker: warning: {count} could not be converted into {currency.Code}; the {what} leaves them "
                + "out (never drawn as zero).";
    }
}
