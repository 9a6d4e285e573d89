using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker summarize LEDGER --measure undisbursed</c>: committed, disbursed to the cut-off, and the undisbursed
/// balance (per commitment, never below zero) by group, with the disbursement rate, and the over-disbursed commitments
/// listed on their own (<see cref="UndisbursedBalances"/>).
/// </summary>
internal static class UndisbursedRun
{
    /// <summary>The name of the measure on the command line.</summary>
    public const string MeasureName = "undisbursed";

    /// <summary>How many over-disbursed commitments a table lists (JSON lists them all).</summary>
    private const int MaxListed = 20;

    /// <summary>Whether <c>--measure</c> asks for undisbursed balances.</summary>
    public static bool IsRequested(string? measure) =>
        string.Equals(measure?.Trim(), MeasureName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the three summaries and renders them; incomplete results fail (exit 1) unless allowed, as for any
    /// summary.</summary>
    public static async Task<int> ExecuteAsync(
        CliServices services,
        Ledger ledger,
        SummaryQuery query,
        RateSourceOption rates,
        OutputFormat format,
        bool allowIncomplete,
        string? output,
        CancellationToken cancellationToken
    )
    {
        UndisbursedSummary result = await ProgressDisplay
            .RunAsync(services, "Summarizing", () => ledger.SummarizeUndisbursed(query, Environment.ProcessorCount))
            .ConfigureAwait(false);
        IEnumerable<UsedRate> used = result
            .Committed.RatesUsed.Concat(result.Disbursed.RatesUsed)
            .Concat(result.Undisbursed.RatesUsed);
        IReadOnlyList<string> credits =
            format != OutputFormat.Csv && used.Any() ? Credits.For(used.Select(r => r.Source), rates.FileName) : [];

        Report report = format switch
        {
            OutputFormat.Json => Report.Text(Json.Document(w => UndisbursedJson.Write(w, result, rates, credits))),
            OutputFormat.Csv => Report.Text(Csv(result)),
            _ => Report.Renderables(Table(result, rates, credits)),
        };

        if (!result.IsComplete && !allowIncomplete)
        {
            if (output is null or "-")
            {
                report.WriteTo(services.Console);
            }

            int unconverted = Unconverted(result).Count();
            throw CliException.InvalidData(
                $"{ProblemText.Plural(unconverted, "amount")} could not be converted (no rate; listed with the "
                    + $"summary), so the totals leave them out"
                    + (output is null or "-" ? "." : $"; nothing was written to {output}.")
                    + " Give --allow-incomplete to accept the partial totals."
            );
        }

        await OutputSink.WriteAsync(report, output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The records and disbursements left out for want of a rate, each once.</summary>
    internal static IEnumerable<UnconvertedRecord> Unconverted(UndisbursedSummary result) =>
        result
            .Committed.Unconverted.Concat(result.Disbursed.Unconverted)
            .Concat(result.Undisbursed.Unconverted)
            .Concat(result.UnconvertedDisbursements)
            .DistinctBy(r => r.RecordId);

    /// <summary>The disbursement rate as a percentage with one decimal (<c>38.5%</c>), or <c>-</c>.</summary>
    internal static string Percent(decimal? rate) =>
        rate is decimal r
            ? Math.Round(r * 100m, 1, MidpointRounding.ToEven).ToString("0.0", CultureInfo.InvariantCulture) + "%"
            : "-";

    private static List<IRenderable> Table(
        UndisbursedSummary result,
        RateSourceOption rates,
        IReadOnlyList<string> credits
    )
    {
        Summary committed = result.Committed;
        string caption = SummaryTable
            .Caption(committed, rates)
            .Replace("Committed amounts", "Committed, disbursed and undisbursed amounts", StringComparison.Ordinal)
            .Replace("Pledged amounts", "Pledged, disbursed and undisbursed amounts", StringComparison.Ordinal);
        var parts = new List<IRenderable>
        {
            new Text(caption + "\n"),
            Tables.Indented(
                "Undisbursed: each commitment's amount minus the disbursements against it (or its parts) up to the "
                    + "cut-off, never below zero; an over-disbursement is listed below, not netted. Rate: disbursed ÷ "
                    + "committed."
            ),
            Text.NewLine,
        };

        ImmutableArray<GroupKey> keys = committed.Query.GroupBy;
        string currency = committed.ReportingCurrency is Currency to ? " in " + to.Code : string.Empty;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (GroupKey key in keys)
        {
            table.AddColumn(new TableColumn(Markup.Escape(key.Name)).Footer(keys[0] == key ? "Total" : string.Empty));
        }

        table.AddColumn(
            new TableColumn("Records")
                .RightAligned()
                .Footer(committed.Counts.Counted.ToString("N0", CultureInfo.InvariantCulture))
        );
        table.AddColumn(new TableColumn("Committed" + currency).RightAligned().Footer(Totals(committed.Totals)));
        table.AddColumn(new TableColumn("Disbursed" + currency).RightAligned().Footer(Totals(result.Disbursed.Totals)));
        table.AddColumn(
            new TableColumn("Undisbursed" + currency).RightAligned().Footer(Totals(result.Undisbursed.Totals))
        );
        table.AddColumn(new TableColumn("Rate").RightAligned().Footer(Percent(result.DisbursementRate)));
        table.ShowFooters = !keys.IsEmpty;
        foreach (SummaryGroup group in committed.Groups)
        {
            var cells = new List<IRenderable>(group.KeyValues.Select(v => new Text(v)))
            {
                new Text(group.RecordCount.ToString("N0", CultureInfo.InvariantCulture)),
                new Text(Totals(group.Totals)),
                new Text(Totals(result.Disbursed.FindGroup(group.KeyValues)?.Totals ?? [])),
                new Text(Totals(result.Undisbursed.FindGroup(group.KeyValues)?.Totals ?? [])),
                new Text(Percent(result.GetDisbursementRate(group.KeyValues))),
            };
            table.AddRow(cells);
        }

        parts.Add(table);
        foreach (OverDisbursement over in result.OverDisbursed.Take(MaxListed))
        {
            parts.Add(
                new Line(
                    "  over-disbursed: "
                        + over.CommitmentId
                        + ": "
                        + Amounts.Display(over.Disbursed)
                        + " disbursed against "
                        + Amounts.Display(over.Committed)
                        + " ("
                        + Amounts.Display(over.Excess)
                        + " more; its balance counts as zero)"
                )
            );
        }

        if (result.OverDisbursed.Length > MaxListed)
        {
            parts.Add(
                new Text(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"  ... and {result.OverDisbursed.Length - MaxListed:N0} more over-disbursed commitments "
                            + $"(--format json lists them all)\n"
                    )
                )
            );
        }

        foreach (UnconvertedRecord record in Unconverted(result))
        {
            parts.Add(
                new Line(
                    "  not converted: " + record.RecordId + ": " + Amounts.Display(record.Amount) + ": " + record.Reason
                )
            );
        }

        IEnumerable<(Rates.ExchangeRate, NodaTime.LocalDate)> used = committed
            .RatesUsed.Concat(result.Disbursed.RatesUsed)
            .Concat(result.Undisbursed.RatesUsed)
            .DistinctBy(r => (r.Rate.Base, r.Rate.Quote, r.RequestedDate))
            .Select(r => (r.Rate, r.RequestedDate));
        parts.AddRange(Tables.RatesUsed(used));
        parts.AddRange(Tables.CreditLines(credits));
        return parts;
    }

    /// <summary>One row per group and currency: the keys, <c>count</c>, <c>committed</c>, <c>disbursed</c>,
    /// <c>undisbursed</c>, <c>currency</c>, <c>qualifier</c>, <c>disbursementRate</c> (RFC 4180).</summary>
    private static string Csv(UndisbursedSummary result)
    {
        var text = new StringBuilder();
        IEnumerable<string> header = result
            .Committed.Query.GroupBy.Select(k => k.Name)
            .Concat(["count", "committed", "disbursed", "undisbursed", "currency", "qualifier", "disbursementRate"]);
        CsvText.AppendRow(text, header);
        foreach (SummaryGroup group in result.Committed.Groups)
        {
            SummaryGroup? disbursed = result.Disbursed.FindGroup(group.KeyValues);
            SummaryGroup? undisbursed = result.Undisbursed.FindGroup(group.KeyValues);
            string rate = UndisbursedJson.Rate(result.GetDisbursementRate(group.KeyValues)) ?? string.Empty;
            foreach (SummaryTotal total in group.Totals)
            {
                IEnumerable<string> fields = group.KeyValues.Concat([
                    group.RecordCount.ToString(CultureInfo.InvariantCulture),
                    Amounts.Value(total.Value.Money),
                    Value(disbursed?.GetTotal(total.Currency), total.Currency),
                    Value(undisbursed?.GetTotal(total.Currency), total.Currency),
                    total.Currency.Code,
                    Amounts.QualifierName(total.Qualifier),
                    rate,
                ]);
                CsvText.AppendRow(text, fields);
            }
        }

        return text.ToString();
    }

    private static string Value(SummaryTotal? total, Currency currency) =>
        Amounts.Value(total?.Value.Money ?? Money.Zero(currency));

    private static string Totals(ImmutableArray<SummaryTotal> totals) =>
        totals.IsEmpty ? "-" : string.Join("\n", totals.Select(t => Amounts.Display(t.Value)));
}
