using System.ComponentModel;
using AidTracker.Cli.Infrastructure;
using AidTracker.Reports;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker chart LEDGER --kind cumulative|by-year|committed-disbursed -o chart.png|chart.svg</c>: one of the
/// report's charts on its own, for slides; the format follows the file's extension.
/// </summary>
internal sealed class ChartCommand(CliServices services) : AsyncCommand<ChartCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        if (settings.Output is null or "-")
        {
            throw CliException.Usage(
                "give -o FILE.png or -o FILE.svg for the chart (the extension chooses the format)."
            );
        }

        ChartFormat format = Path.GetExtension(settings.Output).ToLowerInvariant() switch
        {
            ".png" => ChartFormat.Png,
            ".svg" => ChartFormat.Svg,
            _ => throw CliException.Usage(
                $"-o '{settings.Output}' does not end in .png or .svg, so the chart's format is unknown; name the file "
                    + $"chart.png or chart.svg."
            ),
        };
        ChartKind kind = settings.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "cumulative" => ChartKind.Cumulative,
            "by-year" => ChartKind.ByYear,
            "committed-disbursed" => ChartKind.CommittedDisbursed,
            _ => throw CliException.Usage(
                $"--kind '{settings.Kind}' is not a chart; use cumulative, by-year or committed-disbursed."
            ),
        };
        int width = Size("--width", settings.Width, 1200, 200);
        int height = Size("--height", settings.Height, 600, 150);
        OutputFile.CheckNotAnInput(settings.Output, settings.Ledger, settings.Rates);
        ReportOptions options = ReportRun.Options(
            settings.To,
            null,
            settings.AsOf,
            settings.Rates,
            settings.DataDir,
            services
        );
        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);
        var report = new ReportBuilder(ledger, options);
        string? warning = ReportRun.CheckUnconverted(
            report.UnconvertedCount,
            options.ReportingCurrency,
            settings.AllowIncomplete,
            settings.Output,
            "chart"
        );
        byte[] bytes = report.RenderChart(kind, format, width, height);
        await AtomicFile
            .WriteAsync(
                settings.Output,
                stream => stream.WriteAsync(bytes, cancellationToken).AsTask(),
                cancellationToken
            )
            .ConfigureAwait(false);
        if (warning is not null)
        {
            await services.Error.WriteLineAsync(warning).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static int Size(string option, string? text, int fallback, int min) =>
        text is null ? fallback
        : int.TryParse(
            text.Trim(),
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out int value
        )
        && value >= min
        && value <= 8000
            ? value
        : throw CliException.Usage(
            $"{option} '{text}' is not a size in pixels; give a whole number from {min} to 8000."
        );

    /// <summary>The arguments and options of <c>chart</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description("The ledger file (JSON ledger format version 1); - reads standard input.")]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--kind <KIND>")]
        [Description(
            "Which chart: cumulative (running totals over time, the default), by-year (commitments by fiscal or "
                + "calendar year) or committed-disbursed (per donor)."
        )]
        public string? Kind { get; set; }

        [CommandOption("--to <CUR>")]
        [Description("The chart's currency (ISO 4217 code). Default: USD.")]
        public string? To { get; set; }

        [CommandOption("--as-of <DATE>")]
        [Description("Leave out records dated after this date (yyyy-MM-dd).")]
        public string? AsOf { get; set; }

        [CommandOption("--width <PIXELS>")]
        [Description("The chart's width in pixels (default 1200).")]
        public string? Width { get; set; }

        [CommandOption("--height <PIXELS>")]
        [Description("The chart's height in pixels (default 600).")]
        public string? Height { get; set; }

        [CommandOption("--rates <SOURCE>")]
        [Description(OptionText.Rates)]
        public string? Rates { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }

        [CommandOption("--allow-incomplete")]
        [Description(
            "Draw the chart even when amounts cannot be converted (no rate): they are left out, never drawn "
                + "as zero. Without it that is exit 1."
        )]
        public bool AllowIncomplete { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description("The chart file: FILE.png or FILE.svg (required); written completely or not at all.")]
        public string? Output { get; set; }
    }
}
