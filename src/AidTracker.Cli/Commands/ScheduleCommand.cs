using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker schedule LEDGER --id LOAN [--from DATE]</c>: the repayment schedule of one loan of a ledger: each
/// payment's date, interest, principal and the principal outstanding after it, exact in the loan's currency.
/// </summary>
internal sealed class ScheduleCommand(CliServices services) : AsyncCommand<ScheduleCommand.Settings>
{
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
        if (string.IsNullOrWhiteSpace(settings.Id))
        {
            throw CliException.Usage("schedule needs --id LOAN: the id of a loan in the ledger.");
        }

        LocalDate? from = OptionValues.OptionalDate("--from", settings.From);
        Ledger ledger = await LedgerFiles.ReadAsync(settings.Ledger, services, cancellationToken).ConfigureAwait(false);
        if (!ledger.TryGetCommitment(settings.Id, out Commitment? loan))
        {
            throw CliException.InvalidData($"{settings.Ledger} has no commitment '{settings.Id}'.");
        }

        if (loan.Instrument != AidInstrument.Loan || loan.Terms is not LoanTerms terms)
        {
            throw CliException.InvalidData(
                loan.Instrument != AidInstrument.Loan
                    ? $"'{loan.Id}' is not a loan (its instrument is {loan.Instrument}); only loans have a repayment "
                        + $"schedule."
                    : $"The loan '{loan.Id}' has no terms (interest rate, maturity, grace period) in "
                        + $"{settings.Ledger}, so its schedule is unknown; add \"terms\" "
                        + $"({DocsLinks.Base}ledger-format.md)."
            );
        }

        if (loan.Amount is not QualifiedMoney amount || amount.Amount <= 0m)
        {
            throw CliException.InvalidData(
                $"The loan '{loan.Id}' has no positive amount of its own, so there is nothing to schedule."
            );
        }

        System.Collections.Immutable.ImmutableArray<Disbursement> paid = ledger.GetDisbursements(loan);
        LocalDate? firstPaid = paid.IsEmpty ? null : paid.Min(d => d.Date);
        LocalDate start = from ?? firstPaid ?? loan.Date;
        string startNote =
            from is not null ? "the date given with --from"
            : firstPaid is not null ? "its first recorded disbursement"
            : "its commitment date: no disbursement is recorded; give --from to change it";
        RepaymentSchedule schedule = terms.Schedule(amount.Money, start);

        Report report = format switch
        {
            OutputFormat.Json => Report.Text(Json.Document(w => WriteJson(w, loan, amount, schedule, startNote))),
            OutputFormat.Csv => Report.Text(Csv(schedule)),
            _ => Report.Renderables(Table(loan, amount, schedule, startNote)),
        };
        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static List<IRenderable> Table(
        Commitment loan,
        QualifiedMoney amount,
        RepaymentSchedule schedule,
        string startNote
    )
    {
        var parts = new List<IRenderable>
        {
            new Text($"Repayment schedule of {loan.Id}: {loan.Title}\n"),
            new Text(
                $"{Amounts.Display(amount)} at {schedule.Terms}; disbursed in full on "
                    + $"{RateText.Date(schedule.Disbursement)} ({startNote}).\n"
            ),
        };
        if (amount.Qualifier == AmountQualifier.AtMost)
        {
            parts.Add(new Text("The amount is a ceiling (\"up to\"): the schedule assumes all of it is lent.\n"));
        }

        if (!schedule.Fee.IsZero)
        {
            parts.Add(
                new Text(
                    $"Front-end fee due on {RateText.Date(schedule.Disbursement)}: {Amounts.Display(schedule.Fee)}.\n"
                )
            );
        }

        var table = new Table().Border(TableBorder.Rounded).ShowFooters();
        table.AddColumn(new TableColumn("#").RightAligned().Footer("Total"));
        table.AddColumn(new TableColumn("Date"));
        table.AddColumn(new TableColumn("Interest").RightAligned().Footer(Amounts.Display(schedule.TotalInterest)));
        table.AddColumn(new TableColumn("Principal").RightAligned().Footer(Amounts.Display(schedule.TotalPrincipal)));
        table.AddColumn(
            new TableColumn("Payment")
                .RightAligned()
                .Footer(Amounts.Display(schedule.TotalInterest + schedule.TotalPrincipal))
        );
        table.AddColumn(new TableColumn("Outstanding after").RightAligned());
        foreach (ScheduledPayment p in schedule.Payments)
        {
            table.AddRow(
                p.Number.ToString(CultureInfo.InvariantCulture),
                RateText.Date(p.Date),
                Amounts.Display(p.Interest),
                Amounts.Display(p.Principal),
                Amounts.Display(p.Total),
                Amounts.Display(p.OutstandingAfter)
            );
        }

        parts.Add(table);
        parts.Add(
            Tables.Indented(
                "Interest each period on the principal outstanding during it, rounded half-to-even to the currency's "
                    + "minor units; principal instalments rounded toward zero, the last one taking the rest, so the "
                    + "principal adds up to the amount exactly. Payment dates fall a whole number of months after "
                    + "the disbursement (a day the month lacks becomes its last day)."
            )
        );
        return parts;
    }

    private static void WriteJson(
        Utf8JsonWriter w,
        Commitment loan,
        QualifiedMoney amount,
        RepaymentSchedule schedule,
        string startNote
    )
    {
        LoanTerms terms = schedule.Terms;
        w.WriteStartObject();
        w.WriteString("id", loan.Id);
        w.WritePropertyName("amount");
        Json.Amount(w, amount);
        w.WriteStartObject("terms");
        w.WriteString("interestRate", Decimal(terms.InterestRate));
        w.WriteString("maturityYears", Decimal(terms.MaturityYears));
        w.WriteString("graceYears", Decimal(terms.GraceYears));
        w.WriteString("repayment", LoanTermsText.ProfileName(terms.Profile));
        w.WriteNumber("paymentsPerYear", terms.PaymentsPerYear);
        w.WriteString("feeRate", Decimal(terms.FeeRate));
        w.WriteEndObject();
        Json.Date(w, "disbursement", schedule.Disbursement);
        w.WriteString("disbursementFrom", startNote);
        w.WritePropertyName("fee");
        Json.Amount(w, new QualifiedMoney(schedule.Fee));
        w.WriteStartArray("payments");
        foreach (ScheduledPayment p in schedule.Payments)
        {
            w.WriteStartObject();
            w.WriteNumber("number", p.Number);
            Json.Date(w, "date", p.Date);
            w.WriteString("interest", Amounts.Value(p.Interest));
            w.WriteString("principal", Amounts.Value(p.Principal));
            w.WriteString("total", Amounts.Value(p.Total));
            w.WriteString("outstandingAfter", Amounts.Value(p.OutstandingAfter));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("currency", amount.Currency.Code);
        w.WriteString("totalInterest", Amounts.Value(schedule.TotalInterest));
        w.WriteString("totalPrincipal", Amounts.Value(schedule.TotalPrincipal));
        w.WriteEndObject();
    }

    /// <summary>One row per payment: <c>number,date,interest,principal,total,outstandingAfter,currency</c> (RFC
    /// 4180).</summary>
    private static string Csv(RepaymentSchedule schedule)
    {
        var text = new StringBuilder("number,date,interest,principal,total,outstandingAfter,currency\r\n");
        foreach (ScheduledPayment p in schedule.Payments)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"{p.Number},"
                    + $"{RateText.Date(p.Date)},"
                    + $"{Amounts.Value(p.Interest)},"
                    + $"{Amounts.Value(p.Principal)},"
                    + $"{Amounts.Value(p.Total)},"
                    + $"{Amounts.Value(p.OutstandingAfter)},{p.Interest.Currency.Code}\r\n"
            );
        }

        return text.ToString();
    }

    private static string Decimal(decimal value) => Amounts.Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The arguments and options of <c>schedule</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description("The ledger file (JSON ledger format version 1, see " + DocsLinks.Base + "ledger-format.md).")]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--id <LOAN>")]
        [Description("The id of the loan (a commitment of instrument loan with terms).")]
        public string? Id { get; set; }

        [CommandOption("--from <DATE>")]
        [Description(
            "The date the loan is disbursed (yyyy-MM-dd). Default: its first recorded disbursement, else its "
                + "commitment date."
        )]
        public string? From { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description(
            "Output format: table (for people, the default), json (the stable contract in "
                + DocsLinks.Base
                + "cli.md) or csv (one row per payment)."
        )]
        public string? Format { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(OptionText.Output)]
        public string? Output { get; set; }
    }
}
