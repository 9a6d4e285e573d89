using System.Collections.Immutable;
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
    public static ReportOptions Options(string? to, string? by, string? asOf, string? rates, string? dataDir, CliServices services)
    {
        Currency currency = OptionValues.OptionalCurrency("--to", to) ?? Currency.USD;
        LocalDate? cut = OptionValues.OptionalDate("--as-of", asOf);
        var keys = ImmutableArray.CreateBuilder<GroupKey>();
        foreach (string name in (by ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            GroupKey key;
            try
            {
                key = GroupKey.FromName(name);
            }
            catch (ArgumentException)
            {
                throw CliException.Usage($"--by '{name}' is not a key to group by; use a comma list of {string.Join(", ", GroupKey.BuiltInNames)}.");
            }

            if (keys.Contains(key))
            {
                throw CliException.Usage($"--by names '{name}' twice.");
            }

            keys.Add(key);
        }

        RateSourceOption source = RateSourceOption.Resolve(rates, DataFolderOption.Resolve(dataDir, services.Environment));
        return new ReportOptions(currency)
        {
            AsOf = cut,
            GroupBy = keys.ToImmutable(),
            RateSource = source.IsDefault ? null : source.Source,
            Credits = source.FileName is null ? [] : [.. Output.Credits.For([], source.FileName)],
        };
    }

    /// <summary>The command line as typed, for the report's foot: <c>aidtracker report samples/x.json --to USD -o
    /// r.html</c>.</summary>
    public static string CommandLine(IEnumerable<string> arguments) =>
        "aidtracker " + string.Join(' ', arguments.Select(a => a.Length > 0 && !a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? a : "\"" + a.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));

    /// <summary>Warns on standard error about amounts the report lists as not converted (the report is still
    /// written).</summary>
    public static async Task WarnUnconvertedAsync(int unconverted, Currency currency, CliServices services)
    {
        if (unconverted > 0)
        {
            await services.Error.WriteLineAsync(
                $"aidtracker: warning: {Output.ProblemText.Plural(unconverted, "amount")} could not be converted into {currency.Code}; the report lists them under \"Not converted\" and leaves them out of its totals and charts.").ConfigureAwait(false);
        }
    }
}
