using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker summarize LEDGER [--to CUR] [--by KEYS] ...</c>: totals of a ledger by group, in one currency at dated
/// rates (listed with their provenance) or per currency, with the counting rule of <see cref="SummaryQuery"/>.
/// </summary>
internal sealed class SummarizeCommand(CliServices services) : AsyncCommand<SummarizeCommand.Settings>
{
    /// <summary>How many unconverted records a table lists (JSON lists them all).</summary>
    private const int MaxUnconvertedListed = 20;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Options first (usage errors before any reading), then the ledger.
        OutputFile.CheckNotAnInput(settings.Output, settings.Ledger, settings.Rates);
        OutputFormat format = OptionValues.Format(settings.Format, OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        SummaryQuery query = BuildQuery(settings, services.Environment, out RateSourceOption rates);
        IncomeGroupTable? incomeGroups = GrantEquivalentRun.IsRequested(settings.Measure) ? GrantEquivalentRun.IncomeGroups(settings.IncomeGroup)
            : settings.IncomeGroup is null ? null
            : throw CliException.Usage("--income-group is for --measure grant-equivalent (loans at their grant equivalent).");

        // The rates (loading the embedded files, precomputing rates into the reporting currency) are made ready on
        // another thread while the ledger is read: a summary of the empty ledger does just that.
        Task ratesReady = query.ReportingCurrency is null ? Task.CompletedTask : Task.Run(() => Ledger.Empty.Summarize(query), cancellationToken);
        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);

        await ratesReady.ConfigureAwait(false);
        if (incomeGroups is not null && IsStated(settings.Basis))
        {
            throw CliException.Usage("--basis stated is not for --measure grant-equivalent (a loan's grant equivalent is computed from its face value).");
        }

        if (incomeGroups is not null)
        {
            return await GrantEquivalentRun.ExecuteAsync(services, ledger, query, incomeGroups, rates, format, settings.AllowIncomplete, settings.Output, cancellationToken).ConfigureAwait(false);
        }

        // --basis stated: the summary runs on a view of the ledger whose commitments stand at their stated equivalent in
        // the reporting currency where they have one (StatedBasis); the rates listed are the market rates of the rest.
        StatedSummary? stated = IsStated(settings.Basis) ? ledger.SummarizeStated(query, Environment.ProcessorCount) : null;
        ledger = stated?.View ?? ledger;
        Summary summary = stated?.Summary ?? await ProgressDisplay.RunAsync(services, "Summarizing", () => ledger.Summarize(query, Environment.ProcessorCount, cancellationToken)).ConfigureAwait(false);
        Summary? itemised = format == OutputFormat.Table ? Itemised(ledger, query, summary, cancellationToken) : null;
        IEnumerable<UsedRate> allRates = itemised is null ? summary.RatesUsed : summary.RatesUsed.Concat(itemised.RatesUsed);

        // CSV has the groups only (no rates, no credits): it does not list the rates used, so it never builds them.
        IReadOnlyList<string> credits = format != OutputFormat.Csv && allRates.Any() ? Credits.For(allRates.Select(r => r.Source), rates.FileName) : [];

        Report report = format switch
        {
            OutputFormat.Json => Report.Text(Json.Document(w => WriteJson(w, summary, rates, credits, cancellationToken))),
            OutputFormat.Csv => Report.Text(Csv(summary)),
            _ => Report.Renderables(stated is null ? Table(summary, itemised, rates, credits)
                : [.. Table(summary, itemised, rates, credits), new Line(
                    $"Basis stated: {ProblemText.Plural(stated.StatedCommitments, "commitment")} at {(stated.StatedCommitments == 1 ? "its" : "their")} stated equivalent in {query.ReportingCurrency!.Code}; the other records at market rates.")]),
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
                $"{ProblemText.Plural(unconverted, "amount")} could not be converted into {query.ReportingCurrency!.Code} (no rate; listed with the summary), so the totals leave them out"
                + (settings.Output is null or "-" ? "." : $"; nothing was written to {settings.Output}.")
                + " Give --allow-incomplete to accept the partial totals.");
        }

        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static SummaryQuery BuildQuery(Settings settings, Func<string, string?> environment, out RateSourceOption rates)
    {
        Measure measure = settings.Measure?.Trim().ToLowerInvariant() switch
        {
            null or "committed" or GrantEquivalentRun.MeasureName => Measure.Committed,
            "pledged" => Measure.Pledged,
            "disbursed" => Measure.Disbursed,
            "spent" => Measure.Spent,
            _ => throw CliException.Usage($"--measure '{settings.Measure}' is not a measure; use committed, pledged, disbursed, spent or grant-equivalent."),
        };
        Currency? to = OptionValues.OptionalCurrency("--to", settings.To);
        RateBasis? basis = IsStated(settings.Basis) ? null : OptionValues.Basis(settings.Basis);
        LocalDate? asOf = OptionValues.OptionalDate("--as-of", settings.AsOf);
        LocalDate? ratesOn = OptionValues.OptionalDate("--rates-on", settings.RatesOn);

        var keys = new List<GroupKey>();
        foreach (string name in Split(settings.By))
        {
            GroupKey key;
            try
            {
                key = GroupKey.FromName(name);
            }
            catch (ArgumentException)
            {
                throw CliException.Usage(
                    $"--by '{name}' is not a key to group by; use a comma list of {string.Join(", ", GroupKey.BuiltInNames)}, "
                    + "or tag:NAME (tags NAME=VALUE, e.g. tag:fts:plan).");
            }

            if (keys.Contains(key))
            {
                throw CliException.Usage($"--by names '{name}' twice.");
            }

            keys.Add(key);
        }

        if (to is null && (settings.Rates is not null || settings.Basis is not null || ratesOn is not null || settings.Tolerance is not null))
        {
            throw CliException.Usage("--rates, --basis, --rates-on and --tolerance choose how amounts are converted; give --to CUR too (without --to, totals stay per currency).");
        }

        ConversionPolicy policy = (ratesOn, basis) switch
        {
            (LocalDate date, _) => ConversionPolicy.OnDate(date, basis),
            (null, RateBasis.AnnualAverage) => ConversionPolicy.AnnualAverage(),
            (null, RateBasis b) => ConversionPolicy.AtValueDate(b),
            _ => ConversionPolicy.AtValueDate(),
        };
        rates = RateSourceOption.Resolve(settings.Rates, DataFolderOption.Resolve(settings.DataDir, environment), OptionValues.Tolerance(settings.Tolerance));

        var query = new SummaryQuery
        {
            Measure = measure,
            ReportingCurrency = to,
            Policy = policy,
            RateSource = rates.IsDefault ? null : rates.Source, // null: the default source, loaded while the ledger is read
            GroupBy = [.. keys],
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

    private static bool IsStated(string? basis) => string.Equals(basis?.Trim(), "stated", StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string MeasureName(Measure measure) => measure switch
    {
        Measure.Pledged => "pledged",
        Measure.Disbursed => "disbursed",
        Measure.Spent => "spent",
        _ => "committed",
    };

    /// <summary>
    /// Describes the query: <c>Committed amounts in USD, by fiscal-year.</c> and, when converting, <c>Rates: the rate of each
    /// record's value date; ECB daily, else IMF annual average.</c>
    /// </summary>
    internal static string Caption(Summary summary, RateSourceOption rates)
    {
        SummaryQuery query = summary.Query;
        var text = new StringBuilder(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(MeasureName(query.Measure)));
        text.Append(" amounts ").Append(query.ReportingCurrency is Currency to ? "in " + to.Code : "per currency (not converted)");
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
            text.Append("\nRates: ").Append(query.Policy.Kind switch
            {
                ConversionPolicyKind.AnnualAverage => "the annual average of each record's value-date year",
                ConversionPolicyKind.SingleDate => "the rates of " + RateText.Date(query.Policy.Date!.Value) + " for every record",
                _ => "the rate of each record's value date",
            });
            if (query.Policy.Basis is RateBasis basis && query.Policy.Kind != ConversionPolicyKind.AnnualAverage)
            {
                text.Append(", ").Append(RateText.BasisName(basis)).Append(" basis");
            }

            text.Append("; ").Append(rates.Name switch
            {
                "default" => "ECB daily, else NBU daily, else IMF annual average",
                "ecb" => "ECB daily",
                "nbu" => "NBU daily",
                "imf" => "IMF annual averages",
                _ => "the file " + rates.Name,
            }).Append('.');
        }

        return text.ToString();
    }

    /// <summary>
    /// For people: the commitments that are itemised inside a counted parent (the package inside "over $12.4 billion"),
    /// summarised the same way (<see cref="SummaryQuery.ItemisedParts"/>), so that a table shows them converted with their
    /// rates although the totals do not add them again. <c>null</c> when there is none or nothing is converted.
    /// </summary>
    private static Summary? Itemised(Ledger ledger, SummaryQuery query, Summary summary, CancellationToken cancellationToken)
    {
        if (query.ReportingCurrency is null || summary.Counts.InsideCountedParent == 0)
        {
            return null;
        }

        Summary parts = ledger.Summarize(query.ItemisedParts(), Environment.ProcessorCount, cancellationToken);
        return parts.Counts.Counted == 0 ? null : parts;
    }

    private static List<IRenderable> Table(Summary summary, Summary? itemised, RateSourceOption rates, IReadOnlyList<string> credits)
    {
        var parts = new List<IRenderable> { new Text(Caption(summary, rates) + "\n") };
        parts.AddRange(GroupTable(summary));
        if (itemised is not null)
        {
            parts.Add(new Markup("[bold]Itemised inside the counted totals above[/] (parts of a counted parent: shown converted, not added again)\n"));
            parts.AddRange(GroupTable(itemised, withCounts: false));
        }

        if (summary.ReportingCurrency is Currency reporting && summary.RatesUsed.Count == 0 && (itemised?.RatesUsed.Count ?? 0) == 0
            && summary.Unconverted.IsEmpty && summary.Counts.Counted > 0)
        {
            parts.Add(new Text($"No exchange rate was needed: every amount counted is in {reporting.Code}.\n"));
        }

        IEnumerable<UsedRate> used = itemised is null ? summary.RatesUsed : summary.RatesUsed.Concat(itemised.RatesUsed);
        parts.AddRange(Tables.RatesUsed(used.Select(r => (r.Rate, r.RequestedDate))));
        parts.AddRange(Tables.CreditLines(credits));
        return parts;
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

        table.AddColumn(new TableColumn("Records").RightAligned().Footer(new Text(summary.Counts.Counted.ToString("N0", CultureInfo.InvariantCulture))));
        string header = summary.ReportingCurrency is Currency to ? "Total in " + to.Code : "Total";
        table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned().Footer(
            new Text(summary.Totals.IsEmpty ? "-" : string.Join("\n", summary.Totals.Select(t => Amounts.Display(t.Value))))));
        if (keys.IsEmpty)
        {
            table.Columns[0].Footer = new Text(summary.Counts.Counted.ToString("N0", CultureInfo.InvariantCulture));
            table.ShowFooters = false;
        }

        foreach (SummaryGroup group in summary.Groups)
        {
            var cells = new List<IRenderable>();
            cells.AddRange(group.KeyValues.Select(v => new Text(v)));
            cells.Add(new Text(group.RecordCount.ToString("N0", CultureInfo.InvariantCulture)));
            string totals = group.Totals.IsEmpty ? "-" : string.Join("\n", group.Totals.Select(t => Amounts.Display(t.Value)));
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

        if (!summary.Unconverted.IsEmpty)
        {
            parts.Add(new Markup("[bold red]Not converted[/]" + Markup.Escape(string.Create(CultureInfo.InvariantCulture, $" ({summary.Unconverted.Length:N0}; the totals leave them out)")) + "\n"));
            foreach (UnconvertedRecord record in summary.Unconverted.Take(MaxUnconvertedListed))
            {
                string group = record.GroupKeyValues.IsEmpty ? string.Empty : " (group " + string.Join(", ", record.GroupKeyValues) + ")";
                parts.Add(new Line("  " + record.RecordId + group + ": " + Amounts.Display(record.Amount) + ": " + record.Reason));
            }

            if (summary.Unconverted.Length > MaxUnconvertedListed)
            {
                parts.Add(new Text(string.Create(CultureInfo.InvariantCulture, $"  ... and {summary.Unconverted.Length - MaxUnconvertedListed:N0} more (--format json lists them all)\n")));
            }
        }

        if (!summary.RecordsWithoutAmount.IsEmpty)
        {
            parts.Add(new Text("Counted without an amount (no amount of their own and no children): " + string.Join(", ", summary.RecordsWithoutAmount.Take(MaxUnconvertedListed))
                + (summary.RecordsWithoutAmount.Length > MaxUnconvertedListed ? ", ..." : string.Empty) + "\n"));
        }

        return parts;
    }

    /// <summary>Says what was counted: <c>Counted 1 of 4 commitments; 3 inside a counted parent (not added again).</c></summary>
    private static string Counts(SummaryCounts counts)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Counted {counts.Counted:N0} of {counts.Considered:N0} records"));
        var notes = new List<string>();
        if (counts.InsideCountedParent > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{counts.InsideCountedParent:N0} inside a counted parent (not added again)"));
        }

        if (counts.ExcludedByMeasure > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{counts.ExcludedByMeasure:N0} of another stage or kind"));
        }

        if (counts.ExcludedByAsOf > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{counts.ExcludedByAsOf:N0} dated after the --as-of date"));
        }

        if (counts.ExcludedByFilter > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{counts.ExcludedByFilter:N0} left out by a filter"));
        }

        if (notes.Count > 0)
        {
            text.Append("; ").Append(string.Join(", ", notes));
        }

        return text.Append('.').ToString();
    }

    private static void WriteJson(Utf8JsonWriter w, Summary summary, RateSourceOption rates, IReadOnlyList<string> credits, CancellationToken cancellationToken)
    {
        SummaryQuery query = summary.Query;
        w.WriteStartObject();
        w.WriteString("measure", MeasureName(query.Measure));
        if (summary.ReportingCurrency is Currency to)
        {
            w.WriteString("currency", to.Code);
        }
        else
        {
            w.WriteNull("currency");
        }

        Json.Strings(w, "groupBy", query.GroupBy.Select(k => k.Name));
        w.WriteStartArray("groups");
        foreach (SummaryGroup group in summary.Groups)
        {
            w.WriteStartObject();
            w.WriteStartObject("key");
            for (int i = 0; i < query.GroupBy.Length; i++)
            {
                w.WriteString(query.GroupBy[i].Name, group.KeyValues[i]);
            }

            w.WriteEndObject();
            w.WriteNumber("count", group.RecordCount);
            WriteTotals(w, group.Totals);
            w.WriteBoolean("complete", group.IsComplete);
            w.WriteNumber("unconverted", group.UnconvertedCount);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteTotals(w, summary.Totals);
        w.WriteBoolean("complete", summary.IsComplete);
        w.WriteStartArray("rates");
        int written = 0;
        foreach (UsedRate rate in summary.RatesUsed)
        {
            if ((++written & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested(); // a big ledger's list runs to 100,000s of rates
            }

            Json.Rate(w, rate.Rate, rate.RequestedDate);
        }

        w.WriteEndArray();
        w.WriteStartArray("unconverted");
        foreach (UnconvertedRecord record in summary.Unconverted)
        {
            w.WriteStartObject();
            w.WriteString("id", record.RecordId);
            w.WriteStartObject("group");
            for (int i = 0; i < query.GroupBy.Length && i < record.GroupKeyValues.Length; i++)
            {
                w.WriteString(query.GroupBy[i].Name, record.GroupKeyValues[i]);
            }

            w.WriteEndObject();
            w.WritePropertyName("amount");
            Json.Amount(w, record.Amount);
            w.WriteString("reason", record.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Json.Strings(w, "withoutAmount", summary.RecordsWithoutAmount);
        Json.Date(w, "asOf", query.AsOf);
        w.WriteStartObject("policy");
        w.WriteString("kind", query.Policy.Kind switch
        {
            ConversionPolicyKind.AnnualAverage => "annual-average",
            ConversionPolicyKind.SingleDate => "single-date",
            ConversionPolicyKind.Fixed => "fixed",
            _ => "value-date",
        });
        if (query.Policy.Basis is RateBasis basis)
        {
            w.WriteString("basis", RateText.BasisName(basis));
        }
        else
        {
            w.WriteNull("basis");
        }

        Json.Date(w, "date", query.Policy.Date);
        w.WriteEndObject();
        w.WriteString("ratesSource", rates.Name);
        SummaryCounts counts = summary.Counts;
        w.WriteStartObject("counts");
        w.WriteNumber("considered", counts.Considered);
        w.WriteNumber("counted", counts.Counted);
        w.WriteNumber("insideCountedParent", counts.InsideCountedParent);
        w.WriteNumber("excludedByMeasure", counts.ExcludedByMeasure);
        w.WriteNumber("excludedByAsOf", counts.ExcludedByAsOf);
        w.WriteNumber("excludedByFilter", counts.ExcludedByFilter);
        w.WriteNumber("unconverted", counts.Unconverted);
        w.WriteNumber("withoutAmount", counts.WithoutAmount);
        w.WriteEndObject();
        Json.Strings(w, "credits", credits);
        w.WriteEndObject();
    }

    private static void WriteTotals(Utf8JsonWriter w, ImmutableArray<SummaryTotal> totals)
    {
        w.WriteStartArray("totals");
        foreach (SummaryTotal total in totals)
        {
            Json.Amount(w, total.Value);
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// One row per group and currency: the keys, <c>count</c>, <c>value</c>, <c>currency</c>, <c>qualifier</c>, and
    /// <c>complete</c> (<c>false</c> when the group's total leaves out amounts that had no rate) (RFC 4180).
    /// </summary>
    private static string Csv(Summary summary)
    {
        var text = new StringBuilder();
        IEnumerable<string> header = summary.Query.GroupBy.Select(k => k.Name).Concat(["count", "value", "currency", "qualifier", "complete"]);
        text.Append(string.Join(',', header.Select(CsvField))).Append("\r\n");
        foreach (SummaryGroup group in summary.Groups)
        {
            foreach (SummaryTotal total in group.Totals)
            {
                IEnumerable<string> fields = group.KeyValues.Concat([
                    group.RecordCount.ToString(CultureInfo.InvariantCulture),
                    Amounts.Value(total.Value.Money),
                    total.Currency.Code,
                    Amounts.QualifierName(total.Qualifier),
                    group.IsComplete ? "true" : "false"]);
                text.Append(string.Join(',', fields.Select(CsvField))).Append("\r\n");
            }
        }

        return text.ToString();
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>The arguments and options of <c>summarize</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description("The ledger file (JSON ledger format version 1, see docs/ledger-format.md); - reads standard input.")]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--to <CUR>")]
        [Description("Convert every amount into this currency (ISO 4217 code). Without it, totals stay per currency and no rate is used.")]
        public string? To { get; set; }

        [CommandOption("--by <KEYS>")]
        [Description("Group by a comma list of: donor, recipient, category, instrument, stage, agreement, year, month, fiscal-year (the donor's own fiscal year, e.g. Japan's FY2024 = 2024-04-01..2025-03-31), "
            + "tag:NAME (the value of the records' tags NAME=VALUE, e.g. tag:fts:plan).")]
        public string? By { get; set; }

        [CommandOption("--measure <MEASURE>")]
        [Description("What to add up: committed (the default), pledged, disbursed, spent, or grant-equivalent (committed, loans at their grant equivalent beside face value; needs --income-group).")]
        public string? Measure { get; set; }

        [CommandOption("--income-group <GROUP>")]
        [Description("For --measure grant-equivalent: the recipients' income group (ldc, lic, lmic, umic, multilateral), or a CSV file recipient,year,income-group (docs/loans.md).")]
        public string? IncomeGroup { get; set; }

        [CommandOption("--rates <SOURCE>")]
        [Description(OptionText.Rates)]
        public string? Rates { get; set; }

        [CommandOption("--basis <BASIS>")]
        [Description(OptionText.Basis)]
        public string? Basis { get; set; }

        [CommandOption("--tolerance <DAYS>")]
        [Description(OptionText.Tolerance)]
        public string? Tolerance { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }

        [CommandOption("--rates-on <DATE>")]
        [Description("Convert every record at the rates of this one date (yyyy-MM-dd) instead of its own value date.")]
        public string? RatesOn { get; set; }

        [CommandOption("--as-of <DATE>")]
        [Description("Leave out records dated after this date (yyyy-MM-dd): what had been committed by then.")]
        public string? AsOf { get; set; }

        [CommandOption("--id <IDS>")]
        [Description("Only these records (comma list of ids); a child whose parent is left out counts on its own.")]
        public string? Ids { get; set; }

        [CommandOption("--donor <PARTIES>")]
        [Description("Only records of these donors (comma list of country codes or organisation ids).")]
        public string? Donors { get; set; }

        [CommandOption("--recipient <PARTIES>")]
        [Description("Only records for these recipients (comma list of country codes or organisation ids).")]
        public string? Recipients { get; set; }

        [CommandOption("--allow-incomplete")]
        [Description("Accept totals that leave out amounts without a rate (listed) and exit 0; by default that is exit 1 and -o writes nothing.")]
        public bool AllowIncomplete { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("Output format: table (for people, the default), json (the stable contract in docs/cli.md) or csv (one row per group and currency).")]
        public string? Format { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(OptionText.Output)]
        public string? Output { get; set; }
    }
}
