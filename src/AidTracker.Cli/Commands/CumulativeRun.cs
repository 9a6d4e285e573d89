using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Serialization;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>summarize --cumulative year|quarter|month|fiscal-year</c>: the running totals of the query per group at the end
/// of each period up to <c>--as-of</c>
/// (<see cref="LedgerSummaries.SummarizeCumulative(Ledger, SummaryQuery, SeriesInterval)"/>), as a table, JSON or CSV
/// (<see cref="SummaryCumulative"/>).
/// </summary>
internal static class CumulativeRun
{
    public static async Task<int> ExecuteAsync(
        CliServices services,
        Ledger ledger,
        SummaryQuery query,
        SeriesInterval interval,
        RateSourceOption rates,
        OutputFormat format,
        SummarizeCommand.Settings settings,
        CancellationToken cancellationToken
    )
    {
        CumulativeSeries series;
        try
        {
            series = await ProgressDisplay
                .RunAsync(services, "Summarizing", () => ledger.SummarizeCumulative(query, interval))
                .ConfigureAwait(false);
        }
        catch (ArgumentException e) when (interval == SeriesInterval.FiscalYear && e is not ArgumentOutOfRangeException)
        {
            // The donors in the series keep different fiscal years (the message names them).
            throw CliException.Usage(
                e.Message.Split(" (Parameter", StringSplitOptions.None)[0]
                    + " Give --donor to keep one donor, or use --cumulative year or quarter."
            );
        }

        var used = series.Points.SelectMany(p => p.Summary.RatesUsed).ToList();
        IReadOnlyList<string> credits =
            format != OutputFormat.Csv && used.Count > 0 ? Credits.For(used.Select(r => r.Source), rates.FileName) : [];
        Summary last = series.Points.IsEmpty ? ledger.Summarize(query, cancellationToken) : series.Points[^1].Summary;
        Report report = format switch
        {
            OutputFormat.Json => Report.Text(
                SummaryCumulative.Json(
                    series,
                    new SummaryJsonWriterOptions
                    {
                        RatesSource = rates.Name,
                        Credits = credits,
                        RatesUsed = SummarizeCommand.RatesUsed(settings.RatesUsed, format),
                        Indented = settings.Indent || (services.OutputIsTerminal && settings.Output is null or "-"),
                        Ledger = ledger,
                    },
                    cancellationToken
                )
            ),
            OutputFormat.Csv => Report.Text(SummaryCumulative.Csv(series)),
            _ => Report.Renderables(SummaryCumulative.Table(series, SummaryTable.Caption(last, rates), credits)),
        };

        int unconverted = series.Points.Sum(p => p.Summary.Unconverted.Length);
        if (unconverted > 0 && !settings.AllowIncomplete)
        {
            if (settings.Output is null or "-")
            {
                report.WriteTo(services.Console);
            }

            throw CliException.InvalidData(
                $"Amounts could not be converted into {query.ReportingCurrency!.Code} (no rate; "
                    + $"{ProblemText.Plural(last.Unconverted.Length, "amount")} at the last point), "
                    + "so the running totals leave them out"
                    + (settings.Output is null or "-" ? "." : $"; nothing was written to {settings.Output}.")
                    + " Give --allow-incomplete to accept the partial totals."
            );
        }

        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
