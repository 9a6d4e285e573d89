using System.ComponentModel;
using AidTracker.Cli.Infrastructure;
using AidTracker.Reports;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker report LEDGER [--to CUR] [--by KEYS] [--as-of DATE] [--title TEXT] [--chart-format svg|png] -o
/// FILE</c>: one self-contained HTML file with the totals, charts, reconciliation, records and credits
/// (<see cref="ReportBuilder"/>).
/// </summary>
internal sealed class ReportCommand(CliServices services) : AsyncCommand<ReportCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        if (settings.Output is null)
        {
            throw CliException.Usage(
                "give -o FILE for the HTML report (e.g. -o report.html), or -o - to write it to standard output."
            );
        }

        OutputFile.CheckNotAnInput(settings.Output, settings.Ledger, settings.Rates);
        ChartFormat format = settings.ChartFormat?.Trim().ToLowerInvariant() switch
        {
            null or "svg" => ChartFormat.Svg,
            "png" => ChartFormat.Png,
            _ => throw CliException.Usage($"--chart-format '{settings.ChartFormat}' is not offered; use svg or png."),
        };
        if (settings.Title is not null && string.IsNullOrWhiteSpace(settings.Title))
        {
            throw CliException.Usage("--title is empty; give the report's title, or leave the option out.");
        }

        ReportOptions options = ReportRun.Options(
            settings.To,
            settings.By,
            settings.AsOf,
            settings.Rates,
            settings.DataDir,
            services
        ) with
        {
            ChartFormat = format,
            Command = ReportRun.CommandLine(context.Arguments),
        };
        if (settings.Title is string title)
        {
            options = options with { Title = title.Trim() };
        }

        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);
        var report = new ReportBuilder(ledger, options);
        string? warning = ReportRun.CheckUnconverted(
            report.UnconvertedCount,
            options.ReportingCurrency,
            settings.AllowIncomplete,
            settings.Output,
            "report"
        );
        string html = await ProgressDisplay
            .RunAsync(services, "Building the report", () => report.ToHtml(cancellationToken))
            .ConfigureAwait(false);
        if (settings.Output == "-")
        {
            services.Console.Profile.Out.Writer.Write(html);
            services.Console.Profile.Out.Writer.Flush();
        }
        else
        {
            await AtomicFile.WriteTextAsync(settings.Output, html, cancellationToken).ConfigureAwait(false);
        }

        if (warning is not null)
        {
            await services.Error.WriteLineAsync(warning).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>The arguments and options of <c>report</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description(
            "The ledger file (JSON ledger format version 1, see "
                + DocsLinks.Base
                + "ledger-format.md); - reads standard input."
        )]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--to <CUR>")]
        [Description(
            "The report's currency (ISO 4217 code); every amount is converted into it at the rate of its value date. "
                + "Default: USD."
        )]
        public string? To { get; set; }

        [CommandOption("--by <KEYS>")]
        [Description(
            "Add a table of the committed totals by a comma list of: donor, recipient, category, instrument, stage, "
                + "agreement, year, month, fiscal-year."
        )]
        public string? By { get; set; }

        [CommandOption("--as-of <DATE>")]
        [Description("Leave out records dated after this date (yyyy-MM-dd): the report as it stood then.")]
        public string? AsOf { get; set; }

        [CommandOption("--title <TEXT>")]
        [Description("The report's title (default: Aid commitments and disbursements).")]
        public string? Title { get; set; }

        [CommandOption("--chart-format <FORMAT>")]
        [Description("How the charts are embedded: svg (inline vector graphics, the default) or png (pictures).")]
        public string? ChartFormat { get; set; }

        [CommandOption("--rates <SOURCE>")]
        [Description(OptionText.Rates)]
        public string? Rates { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }

        [CommandOption("--allow-incomplete")]
        [Description(
            "Write the report even when amounts cannot be converted (no rate): it lists them under "
                + "\"Not converted\" and leaves them out of its totals and charts. Without it that is exit 1."
        )]
        public bool AllowIncomplete { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(
            "The HTML file to write (required; - writes to standard output); it is written completely or not at all."
        )]
        public string? Output { get; set; }
    }
}
