using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker reconcile LEDGER [--to CUR] [--tolerance PCT]</c>: every stated figure of a ledger against the
/// computed one. A stated equivalent ("8.8 billion yen, approximately 63.3 million US dollars") is checked against the
/// market conversion of the commitment's amount at its value date, with the rate it implies beside the market rate; a
/// commitment's own amount that has itemised parts ("over $12.4 billion") is checked against the sum of those parts, a
/// lower bound of the whole. A statement that does not hold is a finding, not invalid data: the exit code stays 0.
/// </summary>
internal sealed class ReconcileCommand(CliServices services) : AsyncCommand<ReconcileCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        OutputFile.CheckNotAnInput(settings.Output, settings.Ledger, settings.Rates);
        OutputFormat format = OptionValues.Format(settings.Format, OutputFormat.Table, OutputFormat.Json);
        Currency? to = OptionValues.OptionalCurrency("--to", settings.To);
        decimal tolerance = Tolerance(settings.Tolerance);
        string? dataDir = DataFolderOption.Resolve(settings.DataDir, services.Environment);
        RateSourceOption rates = RateSourceOption.Resolve(settings.Rates, dataDir);
        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);

        var checks = new List<ReconcileCheck>();
        foreach (Commitment commitment in ledger.Commitments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (commitment.Amount is not QualifiedMoney amount)
            {
                continue;
            }

            foreach (QualifiedMoney stated in commitment.StatedEquivalents)
            {
                if (to is null || stated.Currency.Equals(to))
                {
                    checks.Add(ReconcileCheck.ForStated(commitment, stated, rates.Source, tolerance));
                }
            }

            if ((to is null || amount.Currency.Equals(to)) && !ledger.GetChildren(commitment).IsEmpty)
            {
                IExchangeRateSource? source = rates.IsDefault ? null : rates.Source;
                checks.Add(ReconcileCheck.ForTotal(ledger, commitment, amount, source, tolerance));
            }
        }

        var used = checks.SelectMany(c => c.Rates).ToList();
        IReadOnlyList<string> credits =
            used.Count > 0 ? Credits.For(used.Select(r => r.Rate.Source), rates.FileName) : [];
        Report report =
            format == OutputFormat.Json
                ? Report.Text(Json.Document(w => WriteJson(w, checks, tolerance, rates, credits)))
                : Report.Renderables(Table(checks, tolerance, used, credits));
        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Reads <c>--tolerance PCT</c>, a percentage from 0 to 100 (<c>10</c>, <c>10%</c>).</summary>
    internal static decimal Tolerance(string? text)
    {
        if (text is null)
        {
            return Reconciliation.DefaultTolerance;
        }

        string number = text.Trim().TrimEnd('%').Trim();
        if (
            !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal percent)
            || percent > 100m
        )
        {
            throw CliException.Usage($"--tolerance '{text}' is not a percentage from 0 to 100 (e.g. 10 or 2.5).");
        }

        return percent / 100m;
    }

    private static List<IRenderable> Table(
        List<ReconcileCheck> checks,
        decimal tolerance,
        List<(ExchangeRate Rate, NodaTime.LocalDate RequestedDate)> used,
        IReadOnlyList<string> credits
    )
    {
        var parts = new List<IRenderable>
        {
            new Text(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Stated figures against computed ones (\"approximately\" within {tolerance * 100m:0.##}%).\n"
                )
            ),
        };
        if (checks.Count == 0)
        {
            parts.Add(
                new Text("The ledger states no equivalent and no total with itemised parts: nothing to reconcile.\n")
            );
            return parts;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Record");
        table.AddColumn("Stated");
        table.AddColumn(new TableColumn("Computed").RightAligned());
        table.AddColumn(new TableColumn("Difference").RightAligned());
        table.AddColumn("Outcome");
        foreach (ReconcileCheck check in checks)
        {
            Reconciliation? r = check.Reconciliation;
            string computed = r is null ? "-" : Amounts.Display(r.Computed);
            string relative = r?.RelativeDifference is decimal rel
                ? string.Create(CultureInfo.InvariantCulture, $"\n({rel * 100m:+0.0;-0.0;0}%)")
                : string.Empty;
            string difference = r is null ? "-" : Amounts.Display(r.Difference.Round()) + relative;
            string what =
                check.Kind == ReconcileCheck.Total
                    ? $"{check.RecordId}\n(total; {ProblemText.Plural(check.Parts, "part")})"
                    : $"{check.RecordId}\n({Amounts.Display(check.Original)})";
            table.AddRow(
                new Text(what),
                new Text(Amounts.Display(check.Stated)),
                new Text(computed),
                new Text(difference),
                new Text(check.OutcomeName)
            );
        }

        parts.Add(table);
        foreach (ReconcileCheck check in checks)
        {
            if (check.Check is { MarketRate: ExchangeRate market } s)
            {
                string pair = s.ImpliedRate.Quote.Code + " per " + s.ImpliedRate.Base.Code;
                decimal gap = s.Reconciliation!.RelativeDifference ?? 0m;
                parts.Add(
                    new Line(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{check.RecordId}: implied {s.ImpliedRate.Value:0.00} {pair}, market {market.Value:0.00} "
                                + $"({market.Source}, {RateText.Date(market.Date)}); the statement is "
                                + $"{Math.Abs(gap) * 100m:0.0}% "
                                + $"{(gap >= 0 ? "above" : "below")} the market conversion."
                        )
                    )
                );
            }

            if (check.Note is string note)
            {
                parts.Add(new Line(check.RecordId + ": " + note + "."));
            }
        }

        int holds = checks.Count(c => c.OutcomeName == "holds");
        int fails = checks.Count(c => c.OutcomeName == "fails");
        int undecided = checks.Count(c => c.Reconciliation?.Outcome == ReconciliationOutcome.Inconclusive);
        int notComputed = checks.Count(c => c.Reconciliation is null);
        parts.Add(
            new Line(
                $"{ProblemText.Plural(checks.Count, "statement")}: {holds} hold, {fails} do not, "
                    + $"{undecided} cannot be decided, {notComputed} not computed."
            )
        );
        parts.AddRange(Tables.RatesUsed(used));
        parts.AddRange(Tables.CreditLines(credits));
        return parts;
    }

    private static void WriteJson(
        Utf8JsonWriter w,
        List<ReconcileCheck> checks,
        decimal tolerance,
        RateSourceOption rates,
        IReadOnlyList<string> credits
    )
    {
        w.WriteStartObject();
        w.WriteString("tolerance", RateText.FullValue(tolerance));
        w.WriteString("ratesSource", rates.Name);
        w.WriteStartArray("checks");
        foreach (ReconcileCheck check in checks)
        {
            Reconciliation? r = check.Reconciliation;
            w.WriteStartObject();
            w.WriteString("kind", check.Kind);
            w.WriteString("id", check.RecordId);
            w.WritePropertyName("original");
            Json.Amount(w, check.Original);
            w.WritePropertyName("stated");
            Json.Amount(w, check.Stated);
            w.WriteString("outcome", check.OutcomeName);
            WriteAmountOrNull(w, "computed", r?.Computed);
            WriteAmountOrNull(w, "difference", r is null ? null : new QualifiedMoney(r.Difference.Round()));
            Json.StringOrNull(w, "relativeDifference", Fraction(r?.RelativeDifference));
            Json.StringOrNull(w, "impliedRate", check.Check is { } s ? RateText.FullValue(s.ImpliedRate.Value) : null);
            ExchangeRate? market = check.Check?.MarketRate;
            Json.StringOrNull(w, "marketRate", market is null ? null : RateText.FullValue(market.Value));
            Json.StringOrNull(w, "rateGap", Fraction(check.Check?.RateGap));
            if (check.Kind == ReconcileCheck.Total)
            {
                w.WriteNumber("parts", check.Parts);
            }
            else
            {
                w.WriteNull("parts");
            }

            Json.StringOrNull(w, "note", check.Note);
            w.WriteStartArray("rates");
            foreach ((ExchangeRate rate, NodaTime.LocalDate requested) in check.Rates)
            {
                Json.Rate(w, rate, requested);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("counts");
        w.WriteNumber("holds", checks.Count(c => c.OutcomeName == "holds"));
        w.WriteNumber("fails", checks.Count(c => c.OutcomeName == "fails"));
        w.WriteNumber("inconclusive", checks.Count(c => c.OutcomeName == "inconclusive"));
        w.WriteNumber("notComputed", checks.Count(c => c.Reconciliation is null));
        w.WriteEndObject();
        Json.Strings(w, "credits", credits);
        w.WriteEndObject();
    }

    private static string? Fraction(decimal? value) =>
        value is decimal v ? RateText.FullValue(Math.Round(v, 6, MidpointRounding.ToEven)) : null;

    private static void WriteAmountOrNull(Utf8JsonWriter w, string name, QualifiedMoney? amount)
    {
        if (amount is QualifiedMoney a)
        {
            w.WritePropertyName(name);
            Json.Amount(w, a);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The arguments and options of <c>reconcile</c>.</summary>
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
            "Check only the statements in this currency (stated equivalents in it, and totals stated in it). "
                + "Default: every statement, each in its own currency."
        )]
        public string? To { get; set; }

        [CommandOption("--tolerance <PCT>")]
        [Description(
            "How far an \"approximately\" statement may be from the computed figure, "
                + "in percent of it (default 10)."
        )]
        public string? Tolerance { get; set; }

        [CommandOption("--rates <SOURCE>")]
        [Description(OptionText.Rates)]
        public string? Rates { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description(OptionText.Format)]
        public string? Format { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(OptionText.Output)]
        public string? Output { get; set; }
    }
}
