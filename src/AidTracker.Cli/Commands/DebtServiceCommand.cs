using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Periods;
using AidTracker.Rates;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker debt-service LEDGER [--by year|fiscal-year] [--to CUR]</c>: the scheduled repayments of a ledger's
/// loans per year or fiscal year, in their currencies or converted: how much the recipients will repay, and when.
/// </summary>
internal sealed class DebtServiceCommand(CliServices services) : AsyncCommand<DebtServiceCommand.Settings>
{
    /// <summary>How many loans a table lists (JSON lists them all).</summary>
    private const int MaxLoansListed = 50;

    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        OutputFormat format = OptionValues.Format(
            settings.Format,
            OutputFormat.Table,
            OutputFormat.Json,
            OutputFormat.Csv
        );
        bool byFiscalYear = settings.By?.Trim().ToLowerInvariant() switch
        {
            null or "year" => false,
            "fiscal-year" => true,
            _ => throw CliException.Usage($"--by '{settings.By}' is not a period; use year or fiscal-year."),
        };
        Currency? to = OptionValues.OptionalCurrency("--to", settings.To);
        LocalDate? ratesOn = OptionValues.OptionalDate("--rates-on", settings.RatesOn);
        if (to is null && (settings.Rates is not null || ratesOn is not null))
        {
            throw CliException.Usage(
                "--rates and --rates-on choose how payments are converted; give --to CUR too (without --to, payments "
                    + "stay in the loans' currencies)."
            );
        }

        RateSourceOption rates = RateSourceOption.Resolve(
            settings.Rates,
            DataFolderOption.Resolve(settings.DataDir, services.Environment)
        );
        var query = new SummaryQuery
        {
            ReportingCurrency = to,
            Policy = ratesOn is LocalDate date ? ConversionPolicy.OnDate(date) : ConversionPolicy.AtValueDate(),
            RateSource = rates.IsDefault ? null : rates.Source,
        };
        string[] ids = Split(settings.Ids);
        string[] donors = Split(settings.Donors);
        string[] recipients = Split(settings.Recipients);
        query = ids.Length > 0 ? query.WhereIds(ids) : query;
        query = donors.Length > 0 ? query.WhereDonors(donors) : query;
        query = recipients.Length > 0 ? query.WhereRecipients(recipients) : query;

        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);
        FiscalYearCalendar? calendar = byFiscalYear ? Calendar(ledger, query) : null;
        DebtServiceTable table = ledger.SummarizeDebtService(query, calendar);
        IReadOnlyList<string> credits =
            format != OutputFormat.Csv && !table.RatesUsed.IsEmpty
                ? Credits.For(table.RatesUsed.Select(r => r.Source), rates.FileName)
                : [];

        Report report = format switch
        {
            OutputFormat.Json => Report.Text(Json.Document(w => WriteJson(w, table, calendar, credits))),
            OutputFormat.Csv => Report.Text(Csv(table)),
            _ => Report.Renderables(Table(table, calendar, credits)),
        };

        if (!table.IsComplete && !settings.AllowIncomplete)
        {
            if (settings.Output is null or "-")
            {
                report.WriteTo(services.Console);
            }

            throw CliException.InvalidData(
                $"{ProblemText.Plural(table.LeftOut.Length + table.Unconverted.Length, "loan")} could not be scheduled "
                    + $"or converted (listed), so the totals leave them out"
                    + (settings.Output is null or "-" ? "." : $"; nothing was written to {settings.Output}.")
                    + " Give --allow-incomplete to accept the partial totals."
            );
        }

        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The donors' own fiscal year: every loan scheduled must be of donors sharing one calendar.</summary>
    private static FiscalYearCalendar Calendar(Ledger ledger, SummaryQuery query)
    {
        var calendars = ledger
            .Commitments.Where(c => c.Instrument == AidInstrument.Loan && query.Admits(c))
            .Select(c => (Donor: c.Donor.Id, Calendar: DonorFiscalCalendars.Default.For(c.Donor.Id)))
            .DistinctBy(d => d.Donor)
            .ToList();
        if (calendars.Select(c => c.Calendar).Distinct().Count() > 1)
        {
            throw CliException.Usage(
                "--by fiscal-year needs loans of donors with one fiscal year; these have several ("
                    + string.Join(", ", calendars.Select(c => c.Donor + ": " + c.Calendar.Name))
                    + "). Use --by year, or --donor to pick one donor."
            );
        }

        return calendars.Count == 0 ? FiscalYearCalendar.CalendarYear : calendars[0].Calendar;
    }

    private static List<IRenderable> Table(
        DebtServiceTable table,
        FiscalYearCalendar? calendar,
        IReadOnlyList<string> credits
    )
    {
        string? to = table.Query.ReportingCurrency?.Code;
        string rateRule = table.Query.Policy.Date is LocalDate d
            ? "the rates of " + RateText.Date(d)
            : "the rate of its value date";
        var parts = new List<IRenderable>
        {
            new Text(
                "Debt service: the scheduled repayments of "
                    + ProblemText.Plural(table.Loans.Length, "loan")
                    + " by "
                    + (calendar is null ? "calendar year" : "fiscal year (" + calendar.Name + ")")
                    + (
                        to is null
                            ? ", in the loans' currencies."
                            : $", in {to} (each loan's payments at one rate: {rateRule})."
                    )
                    + "\n"
            ),
        };
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn(calendar is null ? "Year" : "Fiscal year");
        grid.AddColumn(new TableColumn("Interest").RightAligned());
        grid.AddColumn(new TableColumn("Principal").RightAligned());
        grid.AddColumn(new TableColumn("Fees").RightAligned());
        grid.AddColumn(new TableColumn("Total").RightAligned());
        grid.AddColumn(new TableColumn("Payments").RightAligned());
        foreach (DebtServicePeriod p in table.Periods)
        {
            grid.AddRow(
                p.Period,
                Amounts.Display(p.Interest),
                Amounts.Display(p.Principal),
                Amounts.Display(p.Fees),
                Amounts.Display(p.Total),
                p.PaymentCount.ToString("N0", CultureInfo.InvariantCulture)
            );
        }

        foreach (
            Currency currency in table
                .Periods.Select(p => p.Currency)
                .Distinct()
                .OrderBy(c => c.Code, StringComparer.Ordinal)
        )
        {
            grid.AddRow(
                new Text("Total"),
                new Text(string.Empty),
                new Text(string.Empty),
                new Text(string.Empty),
                new Text(Amounts.Display(table.Total(currency))),
                new Text(string.Empty)
            );
        }

        parts.Add(grid);
        foreach (ScheduledLoan loan in table.Loans.Take(MaxLoansListed))
        {
            parts.Add(
                new Line(
                    "  "
                        + loan.Loan.Id
                        + ": "
                        + Amounts.Display(loan.Loan.Amount!.Value)
                        + " at "
                        + loan.Loan.Terms
                        + ", disbursed "
                        + RateText.Date(loan.Disbursement)
                        + (
                            loan.DisbursementAssumed
                                ? " (assumed: its commitment date)"
                                : " (first recorded disbursement)"
                        )
                )
            );
        }

        if (table.Loans.Length > MaxLoansListed)
        {
            parts.Add(
                new Text(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"  ... and {table.Loans.Length - MaxLoansListed:N0} more loans (--format json lists them "
                            + $"all)\n"
                    )
                )
            );
        }

        foreach ((string id, string reason) in table.LeftOut)
        {
            parts.Add(new Line("  left out: " + id + ": " + reason));
        }

        foreach (UnconvertedRecord record in table.Unconverted)
        {
            parts.Add(new Line("  not converted: " + record.RecordId + ": " + record.Reason));
        }

        parts.Add(
            Tables.Indented(
                $"Each loan is scheduled for its full amount (the ceiling of an \"up to\" amount), from its first "
                    + $"recorded disbursement or else its commitment date; see {DocsLinks.Base}loans.md."
            )
        );
        parts.AddRange(Tables.RatesUsed(table.RatesUsed.Select(r => (r, r.Date))));
        parts.AddRange(Tables.CreditLines(credits));
        return parts;
    }

    private static void WriteJson(
        Utf8JsonWriter w,
        DebtServiceTable table,
        FiscalYearCalendar? calendar,
        IReadOnlyList<string> credits
    )
    {
        w.WriteStartObject();
        w.WriteString("by", calendar is null ? "year" : "fiscal-year");
        Json.StringOrNull(w, "currency", table.Query.ReportingCurrency?.Code);

        w.WriteStartArray("periods");
        foreach (DebtServicePeriod p in table.Periods)
        {
            w.WriteStartObject();
            w.WriteString("period", p.Period);
            Json.Date(w, "start", p.Start);
            w.WriteString("currency", p.Currency.Code);
            w.WriteString("interest", Amounts.Value(p.Interest));
            w.WriteString("principal", Amounts.Value(p.Principal));
            w.WriteString("fees", Amounts.Value(p.Fees));
            w.WriteString("total", Amounts.Value(p.Total));
            w.WriteNumber("payments", p.PaymentCount);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("loans");
        foreach (ScheduledLoan loan in table.Loans)
        {
            w.WriteStartObject();
            w.WriteString("id", loan.Loan.Id);
            w.WritePropertyName("amount");
            Json.Amount(w, loan.Loan.Amount!.Value);
            Json.Date(w, "disbursement", loan.Disbursement);
            w.WriteBoolean("disbursementAssumed", loan.DisbursementAssumed);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("leftOut");
        foreach (
            (string id, string reason) in table
                .LeftOut.Select(l => (l.LoanId, l.Reason))
                .Concat(table.Unconverted.Select(u => (u.RecordId, u.Reason)))
        )
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("reason", reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("complete", table.IsComplete);
        w.WriteStartArray("rates");
        foreach (ExchangeRate rate in table.RatesUsed)
        {
            Json.Rate(w, rate, rate.Date);
        }

        w.WriteEndArray();
        Json.Strings(w, "credits", credits);
        w.WriteEndObject();
    }

    /// <summary>One row per period and currency: <c>period,currency,interest,principal,fees,total,payments</c> (RFC
    /// 4180).</summary>
    private static string Csv(DebtServiceTable table)
    {
        var text = new StringBuilder("period,currency,interest,principal,fees,total,payments\r\n");
        foreach (DebtServicePeriod p in table.Periods)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"{p.Period},"
                    + $"{p.Currency.Code},"
                    + $"{Amounts.Value(p.Interest)},"
                    + $"{Amounts.Value(p.Principal)},"
                    + $"{Amounts.Value(p.Fees)},{Amounts.Value(p.Total)},{p.PaymentCount}\r\n"
            );
        }

        return text.ToString();
    }

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The arguments and options of <c>debt-service</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description("The ledger file (JSON ledger format version 1, see " + DocsLinks.Base + "ledger-format.md).")]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--by <PERIOD>")]
        [Description(
            "year (calendar years, the default) or fiscal-year (the donors' own fiscal year, e.g. Japan's FY2032 = "
                + "2032-04-01..2033-03-31)."
        )]
        public string? By { get; set; }

        [CommandOption("--to <CUR>")]
        [Description(
            "Convert the payments into this currency: each loan's at one rate, that of its value date (or of "
                + "--rates-on). Without it, payments stay in the loans' currencies."
        )]
        public string? To { get; set; }

        [CommandOption("--rates <SOURCE>")]
        [Description(OptionText.Rates)]
        public string? Rates { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }

        [CommandOption("--rates-on <DATE>")]
        [Description("Convert every loan at the rates of this one date (yyyy-MM-dd) instead of its own value date.")]
        public string? RatesOn { get; set; }

        [CommandOption("--id <IDS>")]
        [Description("Only these loans (comma list of ids).")]
        public string? Ids { get; set; }

        [CommandOption("--donor <PARTIES>")]
        [Description("Only loans of these donors (comma list of country codes or organisation ids).")]
        public string? Donors { get; set; }

        [CommandOption("--recipient <PARTIES>")]
        [Description("Only loans to these recipients (comma list of country codes or organisation ids).")]
        public string? Recipients { get; set; }

        [CommandOption("--allow-incomplete")]
        [Description(
            "Accept totals that leave out loans without terms or without a rate (listed) and exit 0; by default that "
                + "is exit 1 and -o writes nothing."
        )]
        public bool AllowIncomplete { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description(
            "Output format: table (for people, the default), json (the stable contract in "
                + DocsLinks.Base
                + "cli.md) or csv (one row per period and currency)."
        )]
        public string? Format { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(OptionText.Output)]
        public string? Output { get; set; }
    }
}
