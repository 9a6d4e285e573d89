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
/// <c>aidtracker summarize LEDGER --measure grant-equivalent --income-group lmic|FILE</c>: the summary at face value
/// and at grant equivalent side by side (loans at face value × grant element under the DAC rule of their recipient's
/// income group, grants at face value), and a table of the loans with the rule, discount rate and grant element each
/// used.
/// </summary>
internal static class GrantEquivalentRun
{
    /// <summary>How many loans a table lists (JSON lists them all).</summary>
    private const int MaxLoansListed = 50;

    /// <summary>The name of the measure on the command line.</summary>
    public const string MeasureName = "grant-equivalent";

    /// <summary>Whether <c>--measure</c> asks for grant equivalents.</summary>
    public static bool IsRequested(string? measure) =>
        string.Equals(measure?.Trim(), MeasureName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>--income-group</c>: a group's short name, or a CSV file of groups by recipient and year (usage
    /// errors first, then the file).</summary>
    public static IncomeGroupTable IncomeGroups(string? option)
    {
        if (option is null || option.Trim().Length == 0)
        {
            throw CliException.Usage(
                $"--measure grant-equivalent needs --income-group: the recipient's income group (ldc, lic, lmic, umic "
                    + $"or multilateral) or a CSV file of income groups by recipient and year "
                    + $"({DocsLinks.Base}loans.md); it is never guessed."
            );
        }

        if (LoanDiscountRule.ParseShortName(option) is IncomeGroup group)
        {
            return IncomeGroupTable.ForAll(group);
        }

        if (!File.Exists(option))
        {
            throw CliException.Usage(
                $"--income-group '{option}' is neither an income group (ldc, lic, lmic, umic, multilateral) nor an "
                    + $"existing file."
            );
        }

        try
        {
            return IncomeGroupTable.Load(option);
        }
        catch (FormatException e)
        {
            throw CliException.InvalidData(e.Message);
        }
        catch (IOException e)
        {
            throw CliException.InvalidData($"{option}: the income-group file cannot be read: {e.Message}");
        }
    }

    /// <summary>Runs both summaries and renders them; incomplete results fail (exit 1) unless allowed, as for any
    /// summary.</summary>
    public static async Task<int> ExecuteAsync(
        CliServices services,
        Ledger ledger,
        SummaryQuery query,
        IncomeGroupTable incomeGroups,
        RateSourceOption rates,
        OutputFormat format,
        bool allowIncomplete,
        string? output,
        CancellationToken cancellationToken
    )
    {
        GrantEquivalentSummary result = await ProgressDisplay
            .RunAsync(services, "Summarizing", () =>
                ledger.SummarizeGrantEquivalent(query, incomeGroups, Environment.ProcessorCount)
            )
            .ConfigureAwait(false);
        LoanTotals perLoan = LoanTotals.Of(
            ledger,
            result,
            format switch
            {
                OutputFormat.Json => int.MaxValue,
                OutputFormat.Csv => 0,
                _ => MaxLoansListed,
            }
        );
        IEnumerable<Rates.ExchangeRate> used = result
            .FaceValue.RatesUsed.Concat(result.GrantEquivalent.RatesUsed)
            .Select(r => r.Rate)
            .Concat(perLoan.FaceValue?.RatesUsed.Select(r => r.Rate) ?? []);
        IReadOnlyList<string> credits =
            format != OutputFormat.Csv && used.Any() ? Credits.For(used.Select(r => r.Source), rates.FileName) : [];

        Report report = format switch
        {
            OutputFormat.Json => Report.Text(
                Json.Document(w => GrantEquivalentJson.Write(w, result, perLoan, rates, credits))
            ),
            OutputFormat.Csv => Report.Text(Csv(result)),
            _ => Report.Renderables(Table(result, perLoan, rates, credits)),
        };

        if (!result.IsComplete && !allowIncomplete)
        {
            if (output is null or "-")
            {
                report.WriteTo(services.Console);
            }

            int unknown = result.Loans.Count(l => !l.IsKnown);
            int unconverted = result.FaceValue.Unconverted.Length + result.GrantEquivalent.Unconverted.Length;
            string what =
                unknown > 0
                    ? ProblemText.Plural(unknown, "loan")
                        + " without a known grant equivalent (no terms or no income group; listed with the summary)"
                    : ProblemText.Plural(unconverted, "amount")
                        + " could not be converted (no rate; listed with the summary)";
            throw CliException.InvalidData(
                $"{what}, so the totals leave them out"
                    + (output is null or "-" ? "." : $"; nothing was written to {output}.")
                    + " Give --allow-incomplete to accept the partial totals."
            );
        }

        await OutputSink.WriteAsync(report, output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static List<IRenderable> Table(
        GrantEquivalentSummary result,
        LoanTotals perLoan,
        RateSourceOption rates,
        IReadOnlyList<string> credits
    )
    {
        Summary face = result.FaceValue;
        string caption = SummaryTable
            .Caption(face, rates)
            .Replace(
                "Committed amounts",
                "Committed amounts at face value and at grant equivalent",
                StringComparison.Ordinal
            )
            .Replace(
                "Pledged amounts",
                "Pledged amounts at face value and at grant equivalent",
                StringComparison.Ordinal
            );
        var parts = new List<IRenderable>
        {
            new Text(caption + "\n"),
            Tables.Indented(
                "Loans count at their grant equivalent, as the OECD DAC counts official development assistance since "
                    + "2018: face value × grant element at the discount rate of the recipient's income group, or 0 "
                    + "below the minimum grant element. Grants and other instruments count at face value."
            ),
            new Text("Income groups: " + result.IncomeGroups.Description + ".\n"),
            Text.NewLine,
        };

        ImmutableArray<GroupKey> keys = face.Query.GroupBy;
        string currency = face.ReportingCurrency is Currency to ? " in " + to.Code : string.Empty;
        var table = new Table().Border(TableBorder.Rounded).ShowFooters();
        foreach (GroupKey key in keys)
        {
            table.AddColumn(new TableColumn(Markup.Escape(key.Name)).Footer(keys[0] == key ? "Total" : string.Empty));
        }

        table.AddColumn(
            new TableColumn("Records")
                .RightAligned()
                .Footer(face.Counts.Counted.ToString("N0", CultureInfo.InvariantCulture))
        );
        table.AddColumn(new TableColumn("Face value" + currency).RightAligned().Footer(Totals(face.Totals)));
        table.AddColumn(
            new TableColumn("Grant equivalent" + currency).RightAligned().Footer(Totals(result.GrantEquivalent.Totals))
        );
        table.ShowFooters = !keys.IsEmpty;
        Dictionary<string, SummaryGroup> grantEquivalentGroups = ByKey(result.GrantEquivalent);
        foreach (SummaryGroup group in face.Groups)
        {
            SummaryGroup? ge = grantEquivalentGroups.GetValueOrDefault(Key(group));
            var cells = new List<IRenderable>(group.KeyValues.Select(v => new Text(v)))
            {
                new Text(group.RecordCount.ToString("N0", CultureInfo.InvariantCulture)),
                new Text(Totals(group.Totals)),
                new Text(ge is null ? "-" : Totals(ge.Totals)),
            };
            table.AddRow(cells);
        }

        parts.Add(table);
        if (face.Counts.InsideCountedParent > 0)
        {
            parts.Add(
                Tables.Indented(
                    ProblemText.Plural(face.Counts.InsideCountedParent, "record")
                        + " inside a counted parent (not added again). A counted parent with an amount of its own that "
                        + "is not a loan stays at its own amount: what it is made of is not known; its loans are "
                        + "listed below."
                )
            );
        }

        parts.AddRange(LoanTable(result, perLoan));
        foreach (
            UnconvertedRecord record in face
                .Unconverted.Concat(result.GrantEquivalent.Unconverted)
                .DistinctBy(r => r.RecordId)
        )
        {
            parts.Add(
                new Line(
                    "  not converted: " + record.RecordId + ": " + Amounts.Display(record.Amount) + ": " + record.Reason
                )
            );
        }

        IEnumerable<(Rates.ExchangeRate, NodaTime.LocalDate)> used = face
            .RatesUsed.Concat(result.GrantEquivalent.RatesUsed)
            .Concat(perLoan.FaceValue?.RatesUsed ?? [])
            .DistinctBy(r => (r.Rate.Base, r.Rate.Quote, r.RequestedDate))
            .Select(r => (r.Rate, r.RequestedDate));
        parts.AddRange(Tables.RatesUsed(used));
        parts.AddRange(Tables.CreditLines(credits));
        return parts;
    }

    private static List<IRenderable> LoanTable(GrantEquivalentSummary result, LoanTotals perLoan)
    {
        var parts = new List<IRenderable>();
        if (result.Loans.IsEmpty)
        {
            parts.Add(new Text("No loan is counted.\n"));
            return parts;
        }

        parts.Add(new Markup("\n[bold]Loans[/] (face value, the rule each used, grant element, grant equivalent)\n"));
        string? to = result.FaceValue.ReportingCurrency?.Code;
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Loan");
        table.AddColumn(new TableColumn("Face value").RightAligned());
        table.AddColumn("Income group");
        table.AddColumn(new TableColumn("Discount rate").RightAligned());
        table.AddColumn(new TableColumn("Grant element").RightAligned());
        table.AddColumn(new TableColumn("Minimum").RightAligned());
        table.AddColumn(new TableColumn("Grant equivalent").RightAligned());
        if (to is not null)
        {
            table.AddColumn(new TableColumn("Face value in " + to).RightAligned());
            table.AddColumn(new TableColumn("Grant equivalent in " + to).RightAligned());
        }

        foreach (LoanEvaluation loan in result.Loans.Take(MaxLoansListed))
        {
            LoanGrantEquivalent? r = loan.Result;
            var cells = new List<string>
            {
                loan.Loan.Id,
                Amounts.Display(loan.Loan.Amount!.Value),
                r is null ? "-" : GroupName(r.Rule),
                r is null ? "-" : Percent(r.Rule.DiscountRate),
                r is null ? "unknown" : Percent(r.GrantElement),
                r is null ? "-" : Percent(r.Rule.MinimumGrantElement),
                r is null ? "unknown" : Amounts.Display(r.GrantEquivalent),
            };
            if (to is not null)
            {
                cells.Add(perLoan.Face(loan.Loan.Id));
                cells.Add(perLoan.GrantEquivalent(loan.Loan.Id));
            }

            table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
        }

        parts.Add(table);
        foreach (LoanEvaluation loan in result.Loans.Take(MaxLoansListed))
        {
            parts.Add(
                new Line(
                    "  "
                        + loan.Loan.Id
                        + ": "
                        + loan.Explanation
                        + (loan.Loan.Terms is LoanTerms t ? " (terms: " + t + ")" : string.Empty)
                )
            );
        }

        if (result.Loans.Length > MaxLoansListed)
        {
            parts.Add(
                new Text(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"  ... and {result.Loans.Length - MaxLoansListed:N0} more loans (--format json lists them "
                            + $"all)\n"
                    )
                )
            );
        }

        return parts;
    }

    /// <summary>One row per group and currency: the keys, <c>count</c>, <c>faceValue</c>, <c>grantEquivalent</c>,
    /// <c>currency</c>, <c>qualifier</c> (RFC 4180).</summary>
    private static string Csv(GrantEquivalentSummary result)
    {
        var text = new StringBuilder();
        Dictionary<string, SummaryGroup> grantEquivalentGroups = ByKey(result.GrantEquivalent);
        CsvText.AppendRow(
            text,
            result
                .FaceValue.Query.GroupBy.Select(k => k.Name)
                .Concat(["count", "faceValue", "grantEquivalent", "currency", "qualifier"])
        );
        foreach (SummaryGroup group in result.FaceValue.Groups)
        {
            SummaryGroup? ge = grantEquivalentGroups.GetValueOrDefault(Key(group));
            foreach (SummaryTotal total in group.Totals)
            {
                SummaryTotal? geTotal = ge?.GetTotal(total.Currency);
                CsvText.AppendRow(
                    text,
                    group.KeyValues.Concat([
                        group.RecordCount.ToString(CultureInfo.InvariantCulture),
                        Amounts.Value(total.Value.Money),
                        geTotal is null ? string.Empty : Amounts.Value(geTotal.Value.Money),
                        total.Currency.Code,
                        Amounts.QualifierName(total.Qualifier),
                    ])
                );
            }
        }

        return text.ToString();
    }

    /// <summary>The groups of a summary by their key values (the two summaries have the same keys).</summary>
    internal static Dictionary<string, SummaryGroup> ByKey(Summary summary) =>
        summary.Groups.ToDictionary(Key, StringComparer.Ordinal);

    internal static string Key(SummaryGroup group) => string.Join('\u001f', group.KeyValues);

    internal static string GroupName(LoanDiscountRule rule) =>
        rule.IncomeGroup is IncomeGroup group ? LoanDiscountRule.ShortName(group) : rule.Name;

    /// <summary>A fraction as a percentage with two decimals: 0.711774 → <c>71.18%</c>.</summary>
    internal static string Percent(decimal fraction) =>
        Math.Round(fraction * 100m, 2, MidpointRounding.ToEven).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Totals(ImmutableArray<SummaryTotal> totals) =>
        totals.IsEmpty ? "-" : string.Join("\n", totals.Select(t => Amounts.Display(t.Value)));
}
