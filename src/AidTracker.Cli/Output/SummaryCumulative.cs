using System.Globalization;
using System.Text;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Serialization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Output;

/// <summary>
/// The renderers of <c>summarize --cumulative year|quarter|month|fiscal-year</c>: the running totals per group at the
/// end of each period up to <c>--as-of</c>
/// (<see cref="LedgerSummaries.SummarizeCumulative(Ledger, SummaryQuery, SeriesInterval)"/>),
/// as a table, a JSON document (<c>$defs/summarizeCumulative</c>: each point a full summary) or CSV.
/// </summary>
internal static class SummaryCumulative
{
    private static readonly string[] Leading = ["period", "end"];

    /// <summary>Reads <c>--cumulative</c>: <c>year</c>, <c>quarter</c>, <c>month</c> or <c>fiscal-year</c>.</summary>
    public static SeriesInterval Interval(string text) =>
        text.Trim().ToLowerInvariant() switch
        {
            "year" => SeriesInterval.Year,
            "quarter" => SeriesInterval.Quarter,
            "month" => SeriesInterval.Month,
            "fiscal-year" => SeriesInterval.FiscalYear,
            _ => throw Infrastructure.CliException.Usage(
                $"--cumulative '{text}' is not a step; use year, quarter, month or fiscal-year."
            ),
        };

    public static string Name(SeriesInterval interval) =>
        interval switch
        {
            SeriesInterval.Year => "year",
            SeriesInterval.Quarter => "quarter",
            SeriesInterval.Month => "month",
            _ => "fiscal-year",
        };

    /// <summary>One row per period and group: the period, its last day, the keys, records, running total.</summary>
    public static List<IRenderable> Table(CumulativeSeries series, string caption, IReadOnlyList<string> credits)
    {
        var parts = new List<IRenderable>
        {
            new Text(
                caption
                    + "\n"
                    + $"Running totals at the end of each {Name(series.Interval)}"
                    + (series.Calendar is { } c ? " (" + c.Name + ")" : string.Empty)
                    + ".\n"
            ),
        };
        if (series.Points.IsEmpty)
        {
            parts.Add(new Text("No record to add up: the series is empty.\n"));
            return parts;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Period");
        table.AddColumn("To");
        foreach (GroupKey key in series.Query.GroupBy)
        {
            table.AddColumn(new TableColumn(Markup.Escape(key.Name)));
        }

        table.AddColumn(new TableColumn("Records").RightAligned());
        string header = series.Query.ReportingCurrency is Currency to ? "Running total in " + to.Code : "Running total";
        table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        foreach (CumulativePoint point in series.Points)
        {
            foreach (SummaryGroup group in point.Summary.Groups)
            {
                var cells = new List<IRenderable> { new Text(point.Period), new Text(RateText.Date(point.End)) };
                cells.AddRange(group.KeyValues.Select(v => new Text(v)));
                cells.Add(new Text(group.RecordCount.ToString("N0", CultureInfo.InvariantCulture)));
                string totals = group.Totals.IsEmpty
                    ? "-"
                    : string.Join("\n", group.Totals.Select(t => Amounts.Display(t.Value)));
                string missing = "\n(" + ProblemText.Plural(group.UnconvertedCount, "amount") + " not converted)";
                cells.Add(new Text(group.IsComplete ? totals : totals + missing));
                table.AddRow(cells);
            }
        }

        parts.Add(table);
        IEnumerable<UsedRate> rates = series.Points.SelectMany(p => p.Summary.RatesUsed);
        parts.AddRange(Tables.RatesUsed(rates.Select(r => (r.Rate, r.RequestedDate))));
        parts.AddRange(Tables.CreditLines(credits));
        return parts;
    }

    /// <summary>
    /// <c>{ "cumulative": "quarter", "calendar": null, "complete": true, "points": [ { "period", "end",
    /// "summary": {...} } ] }</c>,
    /// each summary the document of <c>summarize --format json</c> as of the point's end.
    /// </summary>
    public static string Json(
        CumulativeSeries series,
        SummaryJsonWriterOptions options,
        CancellationToken cancellationToken
    )
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var w = new Utf8JsonWriter(buffer, writerOptions))
        {
            w.WriteStartObject();
            w.WriteString("cumulative", Name(series.Interval));
            Output.Json.StringOrNull(w, "calendar", series.Calendar?.Name);

            w.WriteBoolean("complete", series.IsComplete);
            w.WriteStartArray("points");
            foreach (CumulativePoint point in series.Points)
            {
                cancellationToken.ThrowIfCancellationRequested();
                w.WriteStartObject();
                w.WriteString("period", point.Period);
                w.WriteString("end", RateText.Date(point.End));
                w.WritePropertyName("summary");
                SummaryJsonWriter.Write(w, point.Summary, options, cancellationToken);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>
    /// RFC 4180: <c>period,end,KEYS...,count,value,currency,qualifier,complete</c>, one row per point, group and
    /// currency.
    /// </summary>
    public static string Csv(CumulativeSeries series)
    {
        var text = new StringBuilder();
        IEnumerable<string> header = Leading
            .Concat(series.Query.GroupBy.Select(k => k.Name))
            .Concat(["count", "value", "currency", "qualifier", "complete"]);
        text.Append(string.Join(',', header.Select(CsvText.Field))).Append("\r\n");
        foreach (CumulativePoint point in series.Points)
        {
            foreach (SummaryGroup group in point.Summary.Groups)
            {
                foreach (SummaryTotal total in group.Totals)
                {
                    IEnumerable<string> fields = new List<string> { point.Period, RateText.Date(point.End) }
                        .Concat(group.KeyValues)
                        .Concat([
                            group.RecordCount.ToString(CultureInfo.InvariantCulture),
                            Amounts.Value(total.Value.Money),
                            total.Currency.Code,
                            Amounts.QualifierName(total.Qualifier),
                            group.IsComplete ? "true" : "false",
                        ]);
                    text.Append(string.Join(',', fields.Select(CsvText.Field))).Append("\r\n");
                }
            }
        }

        return text.ToString();
    }
}
