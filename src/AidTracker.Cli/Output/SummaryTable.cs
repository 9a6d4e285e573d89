using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Output;

/// <summary>
/// The table of <c>summarize</c> for people: a caption saying what was added up and how, the groups' totals, the
/// counts, what could not be converted or counted, the itemised parts (shown converted, not added again), the rates
/// used and the data credits.
/// </summary>
internal static class SummaryTable
{
    /// <summary>How many unconverted records a table lists (JSON lists them all).</summary>
    private const int MaxUnconvertedListed = 20;

    /// <summary>How the caption describes each rate source the tool offers by name (any other is a rate
    /// file).</summary>
    private static readonly Dictionary<string, string> SourceDescriptions = new(StringComparer.Ordinal)
    {
        ["default"] = "ECB daily, else NBU daily, else IMF annual average",
        ["ecb"] = "ECB daily",
        ["nbu"] = "NBU daily",
        ["imf"] = "IMF annual averages",
    };

    /// <summary>
    /// Returns the renderables: the caption, the groups, the itemised parts when there are any
    /// (<paramref name="itemised"/>), the rates of both, the credits, and for <c>--basis stated</c>
    /// (<paramref name="stated"/>) what stood at its stated equivalent.
    /// </summary>
    public static List<IRenderable> Render(
        Summary summary,
        Summary? itemised,
        StatedSummary? stated,
        RateSourceOption rates,
        IReadOnlyList<string> credits
    )
    {
        var parts = new List<IRenderable> { new Text(Caption(summary, rates) + "\n") };
        parts.AddRange(GroupTable(summary));
        if (itemised is not null)
        {
            parts.Add(
                new Markup(
                    "[bold]Itemised inside the counted totals above[/] (parts of a counted parent: shown converted, "
                        + "not added again)\n"
                )
            );
            parts.AddRange(GroupTable(itemised, withCounts: false));
        }

        if (
            summary.ReportingCurrency is Currency reporting
            && summary.RatesUsed.Count == 0
            && (itemised?.RatesUsed.Count ?? 0) == 0
            && summary.Unconverted.IsEmpty
            && summary.Counts.Counted > 0
        )
        {
            parts.Add(new Text($"No exchange rate was needed: every amount counted is in {reporting.Code}.\n"));
        }

        IEnumerable<UsedRate> used = itemised is null
            ? summary.RatesUsed
            : summary.RatesUsed.Concat(itemised.RatesUsed);
        parts.AddRange(Tables.RatesUsed(used.Select(r => (r.Rate, r.RequestedDate))));
        parts.AddRange(Tables.CreditLines(credits));
        if (stated is not null)
        {
            string their = stated.StatedCommitments == 1 ? "its" : "their";
            parts.Add(
                new Line(
                    $"Basis stated: {ProblemText.Plural(stated.StatedCommitments, "commitment")} at {their} stated "
                        + $"equivalent in "
                        + $"{summary.ReportingCurrency!.Code}; the other records at market rates."
                )
            );
        }

        return parts;
    }

    /// <summary>
    /// Describes the query: <c>Committed amounts in USD, by fiscal-year.</c> and, when converting, <c>Rates: the rate
    /// of each record's value date; ECB daily, else IMF annual average.</c>
    /// </summary>
    public static string Caption(Summary summary, RateSourceOption rates)
    {
        SummaryQuery query = summary.Query;
        var text = new StringBuilder(
            CultureInfo.InvariantCulture.TextInfo.ToTitleCase(KebabNames.Name(KebabNames.Measures, query.Measure))
        );
        text.Append(" amounts ")
            .Append(query.ReportingCurrency is Currency to ? "in " + to.Code : "per currency (not converted)");
        if (!query.GroupBy.IsEmpty)
        {
            text.Append(", by ").Append(string.Join(", ", query.GroupBy.Select(k => k.Name)));
        }

        if (query.AsOf is LocalDate asOf)
        {
            text.Append(", as of ").Append(RateText.Date(asOf));
        }

        if (!query.Filters.IsEmpty)
        {
            text.Append(", only ").Append(string.Join("; ", query.Filters.Select(f => f.Description)));
        }

        text.Append('.');
        if (query.ReportingCurrency is not null)
        {
            text.Append("\nRates: ")
                .Append(
                    query.Policy.Kind switch
                    {
                        ConversionPolicyKind.AnnualAverage => "the annual average of each record's value-date year",
                        ConversionPolicyKind.SingleDate => "the rates of "
                            + RateText.Date(query.Policy.Date!.Value)
                            + " for every record",
                        _ => "the rate of each record's value date",
                    }
                );
            if (query.Policy.Basis is RateBasis basis && query.Policy.Kind != ConversionPolicyKind.AnnualAverage)
            {
                text.Append(", ").Append(RateText.BasisName(basis)).Append(" basis");
            }

            text.Append("; ")
                .Append(SourceDescriptions.GetValueOrDefault(rates.Name) ?? "the file " + rates.Name)
                .Append('.');
        }

        return text.ToString();
    }

    /// <summary>One summary's table, its counts line, and what it could not convert or count.</summary>
    private static List<IRenderable> GroupTable(Summary summary, bool withCounts = true)
    {
        var parts = new List<IRenderable>();
        ImmutableArray<GroupKey> keys = summary.Query.GroupBy;
        var table = new Table().Border(TableBorder.Rounded).ShowFooters();
        foreach (GroupKey key in keys)
        {
            table.AddColumn(new TableColumn(Markup.Escape(key.Name)).Footer(keys[0] == key ? "Total" : string.Empty));
        }

        table.AddColumn(new TableColumn("Records").RightAligned().Footer(new Text(Number(summary.Counts.Counted))));
        string header = summary.ReportingCurrency is Currency to ? "Total in " + to.Code : "Total";
        table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned().Footer(new Text(Totals(summary.Totals))));
        if (keys.IsEmpty)
        {
            table.Columns[0].Footer = new Text(Number(summary.Counts.Counted));
            table.ShowFooters = false;
        }

        foreach (SummaryGroup group in summary.Groups)
        {
            var cells = new List<IRenderable>();
            cells.AddRange(group.KeyValues.Select(v => new Text(v)));
            cells.Add(new Text(Number(group.RecordCount)));
            string totals = Totals(group.Totals);
            if (!group.IsComplete)
            {
                totals += "\n(" + ProblemText.Plural(group.UnconvertedCount, "amount") + " not converted)";
            }

            cells.Add(new Text(totals));
            table.AddRow(cells);
        }

        parts.Add(table);
        if (withCounts)
        {
            parts.Add(new Text(Counts(summary.Counts) + "\n"));
        }

        AddNotConverted(parts, summary.Unconverted);
        if (!summary.RecordsWithoutAmount.IsEmpty)
        {
            parts.Add(
                new Text(
                    "Counted without an amount (no amount of their own and no children): "
                        + string.Join(", ", summary.RecordsWithoutAmount.Take(MaxUnconvertedListed))
                        + (summary.RecordsWithoutAmount.Length > MaxUnconvertedListed ? ", ..." : string.Empty)
                        + "\n"
                )
            );
        }

        return parts;
    }

    private static void AddNotConverted(List<IRenderable> parts, ImmutableArray<UnconvertedRecord> unconverted)
    {
        if (unconverted.IsEmpty)
        {
            return;
        }

        parts.Add(
            new Markup(
                "[bold red]Not converted[/]"
                    + Markup.Escape(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $" ({unconverted.Length:N0}; the totals leave them out)"
                        )
                    )
                    + "\n"
            )
        );
        foreach (UnconvertedRecord record in unconverted.Take(MaxUnconvertedListed))
        {
            string group = record.GroupKeyValues.IsEmpty
                ? string.Empty
                : " (group " + string.Join(", ", record.GroupKeyValues) + ")";
            parts.Add(
                new Line("  " + record.RecordId + group + ": " + Amounts.Display(record.Amount) + ": " + record.Reason)
            );
        }

        if (unconverted.Length > MaxUnconvertedListed)
        {
            parts.Add(
                new Text(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"  ... and {unconverted.Length - MaxUnconvertedListed:N0} more (--format json lists them "
                            + $"all)\n"
                    )
                )
            );
        }
    }

    /// <summary>Says what was counted: <c>Counted 1 of 4 commitments; 3 inside a counted parent (not added
    /// again).</c></summary>
    private static string Counts(SummaryCounts counts)
    {
        var text = new StringBuilder(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Counted {counts.Counted:N0} of {counts.Considered:N0} records"
            )
        );
        var notes = new List<string>();
        AddNote(notes, counts.InsideCountedParent, "inside a counted parent (not added again)");
        AddNote(notes, counts.ExcludedByMeasure, "of another stage or kind");
        AddNote(notes, counts.ExcludedByAsOf, "dated after the --as-of date");
        AddNote(notes, counts.ExcludedByFilter, "left out by a filter");
        if (notes.Count > 0)
        {
            text.Append("; ").Append(string.Join(", ", notes));
        }

        return text.Append('.').ToString();
    }

    private static void AddNote(List<string> notes, int count, string what)
    {
        if (count > 0)
        {
            notes.Add(Number(count) + " " + what);
        }
    }

    private static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Totals(ImmutableArray<SummaryTotal> totals) =>
        totals.IsEmpty ? "-" : string.Join("\n", totals.Select(t => Amounts.Display(t.Value)));
}
