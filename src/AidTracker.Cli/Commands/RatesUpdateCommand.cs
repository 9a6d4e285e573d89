using System.ComponentModel;
using System.Globalization;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.RateUpdates;
using NodaTime;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker rates update [--source ecb|nbu|all] [--from URL] [--since DATE] [--until DATE] [--data-dir DIR]</c>:
/// brings the rates of the data folder up to date from their publishers (<see cref="RateUpdater"/>). Each source is
/// checked before it replaces anything; a failure leaves that source's files as they were, says what failed, and exits
/// with 1.
/// </summary>
internal sealed class RatesUpdateCommand(CliServices services) : AsyncCommand<RatesUpdateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        string source = settings.Source?.Trim().ToLowerInvariant() ?? "all";
        if (source is not ("ecb" or "nbu" or "all"))
        {
            throw CliException.Usage($"--source '{settings.Source}' is not a source to update; use ecb, nbu or all.");
        }

        if (settings.From is not null && source == "all")
        {
            throw CliException.Usage(
                "--from names where one source's rates come from; give --source ecb or --source nbu with it."
            );
        }

        LocalDate? since = OptionValues.OptionalDate("--since", settings.Since);
        LocalDate? until = OptionValues.OptionalDate("--until", settings.Until);
        if (source == "ecb" && (since is not null || until is not null))
        {
            throw CliException.Usage(
                "--since and --until choose the NBU's days; the ECB's history is downloaded whole."
            );
        }

        if (since is LocalDate s && until is LocalDate u && s > u)
        {
            throw CliException.Usage($"--since {RateText.Date(s)} is after --until {RateText.Date(u)}.");
        }

        string dataDir = DataFolderOption.Resolve(settings.DataDir, services.Environment)
            ?? throw CliException.Usage(
                "No data folder: give --data-dir DIR, or set AIDTRACKER_DATA_DIR (HOME is not set either)."
            );

        // each attempt has its own timeout (RateUpdateOptions)
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(
            "aidtracker/" + typeof(RatesUpdateCommand).Assembly.GetName().Version?.ToString(3)
        );
        var updater = new RateUpdater(http, services.Clock);
        var failures = new List<string>();
        var lines = new List<string>();
        if (source is "ecb" or "all")
        {
            await RunAsync(() => updater.UpdateEcbAsync(dataDir, settings.From, cancellationToken), lines, failures)
                .ConfigureAwait(false);
        }

        if (source is "nbu" or "all")
        {
            await RunAsync(
                    () => updater.UpdateNbuAsync(dataDir, settings.From, since, until, cancellationToken),
                    lines,
                    failures
                )
                .ConfigureAwait(false);
        }

        if (lines.Count > 0)
        {
            // What succeeded is reported (and kept) even when another source failed.
            lines.Add("Data folder: " + dataDir);
            IReadOnlyList<string> credits = Credits.For(source == "all" ? ["ECB", "NBU"] : [source.ToUpperInvariant()]);
            await OutputSink
                .WriteAsync(
                    Report.Renderables([
                        .. lines.Select(l => new Spectre.Console.Text(l + "\n")),
                        .. Tables.CreditLines(credits),
                    ]),
                    null,
                    services,
                    cancellationToken
                )
                .ConfigureAwait(false);
        }

        if (failures.Count > 0)
        {
            throw new CliException(ExitCodes.InvalidData, failures);
        }

        return ExitCodes.Success;
    }

    private static async Task RunAsync(Func<Task<RateUpdateResult>> update, List<string> lines, List<string> failures)
    {
        try
        {
            lines.Add(Describe(await update().ConfigureAwait(false)));
        }
        catch (RateUpdateException e)
        {
            failures.Add(e.Message);
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static string Describe(RateUpdateResult result)
    {
        string covers = $"{RateText.Date(result.FirstDate ?? default)} to {RateText.Date(result.LastDate ?? default)}";
        if (!result.Written)
        {
            return $"{result.Source}: nothing missing; the rates cover {covers}.";
        }

        string fetched =
            result.Source == "NBU"
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $", {result.DaysFetched:N0} days fetched ({result.DaysWithoutRates:N0} without rates)"
                )
                : string.Empty;
        string was = result.PreviousLastDate is LocalDate previous
            ? " (was to " + RateText.Date(previous) + ")"
            : string.Empty;
        return $"{result.Source}: {covers}{was}{fetched}; written to {result.Path}.";
    }

    /// <summary>The options of <c>rates update</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--source <SOURCE>")]
        [Description(
            "What to update: ecb (the ECB's whole history, one download), nbu (one request per missing day of the "
                + "National Bank of Ukraine) or all (the default)."
        )]
        public string? Source { get; set; }

        [CommandOption("--from <URL>")]
        [Description(
            "Another location: for ecb a URL or a local .zip or .csv file; for nbu a URL template with {yyyyMMdd} "
                + "where the day goes."
        )]
        public string? From { get; set; }

        [CommandOption("--since <DATE>")]
        [Description("The first NBU day to fetch (yyyy-MM-dd). Default: the day after the last one held.")]
        public string? Since { get; set; }

        [CommandOption("--until <DATE>")]
        [Description("The last NBU day to fetch (yyyy-MM-dd). Default: today.")]
        public string? Until { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }
    }
}
