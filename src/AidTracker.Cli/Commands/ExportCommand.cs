using System.ComponentModel;
using System.Globalization;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using NodaTime;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker export LEDGER [--to CUR] [--basis B] -o FILE.parquet</c>: one Parquet row per record, with its ids,
/// parties, dates, stage, category, instrument, amount (DECIMAL), qualifier, whether <c>summarize</c> counts it (and
/// why not), and, with <c>--to</c>, the converted amount and the rate used with its date, basis and source, so that
/// engines that scale past one machine (DuckDB, Spark) can run the same aggregation (docs/export.md).
/// </summary>
internal sealed class ExportCommand(CliServices services) : AsyncCommand<ExportCommand.Settings>
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
                "export writes a Parquet file: give it with -o FILE.parquet (not standard output)."
            );
        }

        OutputFile.CheckNotAnInput(settings.Output, settings.Ledger, settings.Rates);
        Measure measure = MeasureOf(settings.Measure);
        Currency? to = OptionValues.OptionalCurrency("--to", settings.To);
        RateBasis? basis = OptionValues.Basis(settings.Basis);
        if (to is null && (settings.Rates is not null || settings.Basis is not null || settings.Tolerance is not null))
        {
            throw CliException.Usage(
                "--rates, --basis and --tolerance choose how amounts are converted; give --to CUR too."
            );
        }

        string? dataDir = DataFolderOption.Resolve(settings.DataDir, services.Environment);
        int? toleranceDays = OptionValues.Tolerance(settings.Tolerance);
        RateSourceOption rates = RateSourceOption.Resolve(settings.Rates, dataDir, toleranceDays);
        ConversionPolicy policy =
            basis == RateBasis.AnnualAverage ? ConversionPolicy.AnnualAverage()
            : basis is RateBasis b ? ConversionPolicy.AtValueDate(b)
            : ConversionPolicy.AtValueDate();
        var query = new SummaryQuery
        {
            Measure = measure,
            ReportingCurrency = to,
            Policy = policy,
        };
        // The rates (the embedded files, or --rates) are read on another thread while the ledger is read, as summarize
        // does; a file that cannot be read is reported after the ledger's own errors.
        Task ratesReady = to is null ? Task.CompletedTask : Task.Run(() => rates.Source, cancellationToken);
        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);
        await ratesReady.ConfigureAwait(false);

        // The rows are filled a few row groups ahead of the Parquet writer, on both cores (ExportRowGroups); whether
        // every counted amount has a rate is known once all are filled, so the file is checked before it is kept (or,
        // for a device or pipe, before anything is sent to it).
        var groups = new ExportRowGroups(
            new ExportRowFill(ledger, query, to is null ? null : rates.Source),
            ParquetExport.RowGroupSize,
            Environment.ProcessorCount,
            cancellationToken
        );
        RecordRows rows = groups.Rows;
        await AtomicFile
            .WriteAsync(
                settings.Output,
                async stream =>
                {
                    // Parquet writes its footer after seeking: a pipe, and a device, get the file built in memory
                    // first.
                    using MemoryStream? buffer =
                        stream.CanSeek && AtomicFile.IsTemporary(stream) ? null : new MemoryStream();
                    await ParquetExport.WriteAsync(groups, buffer ?? stream, cancellationToken).ConfigureAwait(false);
                    await groups.CompleteAsync().ConfigureAwait(false);
                    CheckConverted(rows, to, settings);
                    if (buffer is not null)
                    {
                        buffer.Position = 0;
                        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                    }
                },
                cancellationToken
            )
            .ConfigureAwait(false);

        int counted = rows.Counted.Count(c => c == true);
        string written =
            $"Wrote {ProblemText.Plural(rows.Count, "record")} "
            + string.Create(CultureInfo.InvariantCulture, $"({counted:N0} counted) to {settings.Output}.");
        await services.Console.Profile.Out.Writer.WriteLineAsync(written).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Throws when a counted amount has no rate (unless --allow-incomplete): nothing is written
    /// then.</summary>
    private static void CheckConverted(RecordRows rows, Currency? to, Settings settings)
    {
        int unconverted = ExportRows.CountedWithoutRate(rows);
        if (unconverted > 0 && !settings.AllowIncomplete)
        {
            string first = rows.Id[Array.FindIndex(rows.Status, s => s == ExportRows.NoRate)];
            throw CliException.InvalidData(
                $"{ProblemText.Plural(unconverted, "counted amount")} could not be converted into {to!.Code} "
                    + $"(no rate; the first is '{first}'), so nothing was written to {settings.Output}. "
                    + "Give --allow-incomplete to write "
                    + "them without a converted amount (status no-rate)."
            );
        }
    }

    private static Measure MeasureOf(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null or "committed" => Measure.Committed,
            "pledged" => Measure.Pledged,
            "disbursed" => Measure.Disbursed,
            "spent" => Measure.Spent,
            _ => throw CliException.Usage(
                $"--measure '{text}' is not a measure; use committed, pledged, disbursed or spent."
            ),
        };

    /// <summary>The arguments and options of <c>export</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description(
            "The ledger file (JSON ledger format version 1, see "
                + DocsLinks.Base
                + "ledger-format.md); "
                + "- reads standard input."
        )]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--to <CUR>")]
        [Description(
            "Convert every amount into this currency (ISO 4217 code): the columns converted, rate, rate_date, "
                + "rate_basis and rate_source. Without it they are empty."
        )]
        public string? To { get; set; }

        [CommandOption("--measure <MEASURE>")]
        [Description(
            "Which records the counted column marks: committed (the default), pledged, disbursed or spent, "
                + "with the counting rule of summarize."
        )]
        public string? Measure { get; set; }

        [CommandOption("--rates <SOURCE>")]
        [Description(OptionText.Rates)]
        public string? Rates { get; set; }

        [CommandOption("--basis <BASIS>")]
        [Description("Rate basis: daily or annual-average (default: any, daily first).")]
        public string? Basis { get; set; }

        [CommandOption("--tolerance <DAYS>")]
        [Description(OptionText.Tolerance)]
        public string? Tolerance { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }

        [CommandOption("--allow-incomplete")]
        [Description(
            "Write counted records without a rate (converted empty, status no-rate) and exit 0; "
                + "by default that is exit 1 and nothing is written."
        )]
        public bool AllowIncomplete { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description("The Parquet file to write (required); it is written completely or not at all.")]
        public string? Output { get; set; }
    }
}
