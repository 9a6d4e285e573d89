using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker summarize LEDGER [--to CUR] [--by KEYS] ...</c>: totals of a ledger by group, in one currency at dated
/// rates (listed with their provenance) or per currency, with the counting rule of <see cref="SummaryQuery"/>. The
/// command reads its options, runs the summary and hands it to a renderer: <see cref="SummaryTable"/>,
/// <see cref="SummaryJsonWriter"/> (the library's, the JSON contract) or <see cref="SummaryCsv"/>.
/// </summary>
internal sealed partial class SummarizeCommand(CliServices services) : AsyncCommand<SummarizeCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        // 1. Options first (usage errors before any reading).
        OutputFile.CheckNotAnInput(settings.Output, settings.Ledger, settings.Rates);
        OutputFile.CheckNotAnInput(settings.Itemised, settings.Ledger, settings.Rates, settings.Output);
        OutputFormat format = OptionValues.Format(
            settings.Format,
            OutputFormat.Table,
            OutputFormat.Json,
            OutputFormat.Csv
        );
        RatesUsedDetail ratesUsed = RatesUsed(settings.RatesUsed, format);
        if (settings.Indent && format != OutputFormat.Json)
        {
            throw CliException.Usage("--indent is for --format json.");
        }

        SeriesInterval? cumulative = settings.Cumulative is null
            ? null
            : SummaryCumulative.Interval(settings.Cumulative);
        if (
            cumulative is not null
            && (
                settings.Itemised is not null
                || IsStated(settings.Basis)
                || GrantEquivalentRun.IsRequested(settings.Measure)
                || UndisbursedRun.IsRequested(settings.Measure)
            )
        )
        {
            throw CliException.Usage(
                "--cumulative is for the committed, pledged, disbursed and spent measures at market rates, "
                    + "without --itemised."
            );
        }

        if (settings.Itemised is not null && (format != OutputFormat.Csv || settings.Output is null or "-"))
        {
            throw CliException.Usage(
                "--itemised FILE is for --format csv with -o FILE "
                    + "(tables and JSON show the itemised parts themselves)."
            );
        }
        SummaryQuery query = BuildQuery(settings, services.Environment, out RateSourceOption rates);
        IncomeGroupTable? incomeGroups =
            GrantEquivalentRun.IsRequested(settings.Measure) ? GrantEquivalentRun.IncomeGroups(settings.IncomeGroup)
            : settings.IncomeGroup is null ? null
            : throw CliException.Usage(
                "--income-group is for --measure grant-equivalent (loans at their grant equivalent)."
            );

        // 2. The rates (the embedded files, the rates into the reporting currency) are made ready on another thread
        //    while the ledger is read.
        Task ratesReady = query.ReportingCurrency is null
            ? Task.CompletedTask
            : Task.Run(() => LedgerSummaries.PrepareRates(query), cancellationToken);
        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);

        await ratesReady.ConfigureAwait(false);
        if (incomeGroups is not null && IsStated(settings.Basis))
        {
            throw CliException.Usage(
                "--basis stated is not for --measure grant-equivalent (a loan's grant equivalent is computed from its "
                    + "face value)."
            );
        }

        if (incomeGroups is not null)
        {
            return await GrantEquivalentRun
                .ExecuteAsync(
                    services,
                    ledger,
                    query,
                    incomeGroups,
                    rates,
                    format,
                    settings.AllowIncomplete,
                    settings.Output,
                    cancellationToken
                )
                .ConfigureAwait(false);
        }

        if (UndisbursedRun.IsRequested(settings.Measure))
        {
            return IsStated(settings.Basis)
                ? throw CliException.Usage(
                    "--basis stated is not for --measure undisbursed (a balance is the committed amount minus what was "
                        + "disbursed, both at market rates)."
                )
                : await UndisbursedRun
                    .ExecuteAsync(
                        services,
                        ledger,
                        query,
                        rates,
                        format,
                        settings.AllowIncomplete,
                        settings.Output,
                        cancellationToken
                    )
                    .ConfigureAwait(false);
        }

        if (cumulative is SeriesInterval interval)
        {
            return await CumulativeRun
                .ExecuteAsync(services, ledger, query, interval, rates, format, settings, cancellationToken)
                .ConfigureAwait(false);
        }

        // 3. The summary. --basis stated: it runs on a view of the ledger whose commitments stand at their stated
        //    equivalent in the reporting currency where they have one (StatedBasis); the rates listed are the market
        //    rates of the rest.
        StatedSummary? stated = IsStated(settings.Basis)
            ? ledger.SummarizeStated(query, Environment.ProcessorCount)
            : null;
        ledger = stated?.View ?? ledger;
        Summary summary = stated?.Summary
            ?? await ProgressDisplay
                .RunAsync(services, "Summarizing", () =>
                    ledger.Summarize(query, Environment.ProcessorCount, cancellationToken)
                )
                .ConfigureAwait(false);

        // 4. A second summary, of the parts itemised inside counted parents, to show them converted (tables, the JSON
        //    section itemised, the CSV file of --itemised).
        Summary? itemised =
            format == OutputFormat.Table || format == OutputFormat.Json || settings.Itemised is not null
                ? SummarizeItemisedParts(ledger, query, summary, cancellationToken)
                : null;

        // 5. Render. CSV has the groups only (no rates, no credits): it does not list the rates used, so it never
        // builds them.
        IEnumerable<UsedRate> allRates = itemised is null
            ? summary.RatesUsed
            : summary.RatesUsed.Concat(itemised.RatesUsed);
        IReadOnlyList<string> credits =
            format != OutputFormat.Csv && allRates.Any()
                ? Credits.For(allRates.Select(r => r.Source), rates.FileName)
                : [];
        Report report = format switch
        {
            OutputFormat.Json => Report.Text(
                JsonText(
                    summary,
                    stated,
                    new SummaryJsonWriterOptions
                    {
                        RatesSource = rates.Name,
                        Credits = credits,
                        RatesUsed = ratesUsed,
                        Indented = settings.Indent || (services.OutputIsTerminal && settings.Output is null or "-"),
                        Ledger = ledger,
                        Itemised = itemised,
                    },
                    cancellationToken
                )
            ),
            OutputFormat.Csv => Report.Text(SummaryCsv.Write(summary)),
            _ => Report.Renderables(SummaryTable.Render(summary, itemised, stated, rates, credits)),
        };

        int unconverted = summary.Unconverted.Length;
        if (unconverted > 0 && !settings.AllowIncomplete)
        {
            // Show what could be added up, but a file is written only for a complete result.
            if (settings.Output is null or "-")
            {
                report.WriteTo(services.Console);
            }

            throw CliException.InvalidData(
                $"{ProblemText.Plural(unconverted, "amount")} could not be converted into "
                    + $"{query.ReportingCurrency!.Code} (no rate; listed with the summary), so the totals leave them "
                    + $"out"
                    + (settings.Output is null or "-" ? "." : $"; nothing was written to {settings.Output}.")
                    + " Give --allow-incomplete to accept the partial totals."
            );
        }

        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        if (settings.Itemised is string itemisedFile)
        {
            // The parts itemised inside counted parents, same columns; an empty table (the header) when there is none.
            string parts = SummaryCsv.Write(itemised ?? ledger.Summarize(query.ItemisedParts(), 1, cancellationToken));
            await AtomicFile.WriteTextAsync(itemisedFile, parts, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads <c>--rates-used none|pairs|all</c> (JSON only; the default is pairs).</summary>
    internal static RatesUsedDetail RatesUsed(string? text, OutputFormat format)
    {
        if (text is not null && format != OutputFormat.Json)
        {
            throw CliException.Usage("--rates-used is for --format json (tables list the rates used, CSV lists none).");
        }

        return text?.Trim().ToLowerInvariant() switch
        {
            null or "pairs" => RatesUsedDetail.Pairs,
            "none" => RatesUsedDetail.None,
            "all" => RatesUsedDetail.All,
            _ => throw CliException.Usage($"--rates-used '{text}' is not none, pairs or all."),
        };
    }

    /// <summary>
    /// The commitments that are itemised inside a counted parent (the package inside "over $12.4 billion"), summarised
    /// the same way (<see cref="SummaryQuery.ItemisedParts"/>), so that a table shows them converted with their rates
    /// although the totals do not add them again. <c>null</c> when there is none or nothing is converted.
    /// </summary>
    private static Summary? SummarizeItemisedParts(
        Ledger ledger,
        SummaryQuery query,
        Summary summary,
        CancellationToken cancellationToken
    )
    {
        if (query.ReportingCurrency is null || summary.Counts.InsideCountedParent == 0)
        {
            return null;
        }

        Summary parts = ledger.Summarize(query.ItemisedParts(), Environment.ProcessorCount, cancellationToken);
        return parts.Counts.Counted == 0 ? null : parts;
    }

    private static SummaryQuery BuildQuery(
        Settings settings,
        Func<string, string?> environment,
        out RateSourceOption rates
    )
    {
        string measureName = settings.Measure?.Trim().ToLowerInvariant() ?? "committed";
        Measure measure =
            GrantEquivalentRun.IsRequested(measureName) || UndisbursedRun.IsRequested(measureName) ? Measure.Committed
            : KebabNames.TryParse(KebabNames.Measures, measureName, out Measure named) ? named
            : throw CliException.Usage(
                $"--measure '{settings.Measure}' is not a measure; use committed, pledged, disbursed, spent, "
                    + $"grant-equivalent or undisbursed."
            );
        Currency? to = OptionValues.OptionalCurrency("--to", settings.To);
        RateBasis? basis = IsStated(settings.Basis) ? null : OptionValues.Basis(settings.Basis);
        LocalDate? asOf = OptionValues.OptionalDate("--as-of", settings.AsOf);
        LocalDate? ratesOn = OptionValues.OptionalDate("--rates-on", settings.RatesOn);

        var keys = OptionValues.GroupKeys(settings.By);

        if (
            to is null
            && (
                settings.Rates is not null
                || settings.Basis is not null
                || ratesOn is not null
                || settings.Tolerance is not null
            )
        )
        {
            throw CliException.Usage(
                "--rates, --basis, --rates-on and --tolerance choose how amounts are converted; give --to CUR too "
                    + "(without --to, totals stay per currency)."
            );
        }

        ConversionPolicy policy = (ratesOn, basis) switch
        {
            (LocalDate date, _) => ConversionPolicy.OnDate(date, basis),
            (null, RateBasis.AnnualAverage) => ConversionPolicy.AnnualAverage(),
            (null, RateBasis b) => ConversionPolicy.AtValueDate(b),
            _ => ConversionPolicy.AtValueDate(),
        };
        rates = RateSourceOption.Resolve(
            settings.Rates,
            DataFolderOption.Resolve(settings.DataDir, environment),
            OptionValues.Tolerance(settings.Tolerance)
        );

        var query = new SummaryQuery
        {
            Measure = measure,
            ReportingCurrency = to,
            Policy = policy,
            // null: the default source, loaded while the ledger is read
            RateSource = rates.IsDefault ? null : rates.Source,
            GroupBy = keys,
            AsOf = asOf,
        };
        string[] ids = [.. Split(settings.Ids)];
        string[] donors = [.. Split(settings.Donors)];
        string[] recipients = [.. Split(settings.Recipients)];
        if (ids.Length > 0)
        {
            query = query.WhereIds(ids);
        }

        if (donors.Length > 0)
        {
            query = query.WhereDonors(donors);
        }

        if (recipients.Length > 0)
        {
            query = query.WhereRecipients(recipients);
        }

        return query;
    }

    /// <summary>The JSON document: with <c>statedCommitments</c> on the stated basis.</summary>
    private static string JsonText(
        Summary summary,
        StatedSummary? stated,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    ) =>
        stated is null
            ? SummaryJsonWriter.ToJson(summary, options, cancellationToken)
            : SummaryJsonWriter.ToJson(stated, options, cancellationToken);

    private static bool IsStated(string? basis) =>
        string.Equals(basis?.Trim(), "stated", StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
