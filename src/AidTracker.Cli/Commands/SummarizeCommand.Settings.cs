using System.ComponentModel;
using AidTracker.Cli.Infrastructure;
using AidTracker.Rates;
using AidTracker.Serialization;
using NodaTime;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

internal sealed partial class SummarizeCommand
{
    /// <summary>The arguments and options of <c>summarize</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description(
            "The ledger file (JSON ledger format version 1, see "
                + DocsLinks.Base
                + "ledger-format.md); - reads standard input."
        )]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--to <CUR>")]
        [Description(
            "Convert every amount into this currency (ISO 4217 code). Without it, totals stay per currency and no rate "
                + "is used."
        )]
        public string? To { get; set; }

        [CommandOption("--by <KEYS>")]
        [Description(
            "Group by a comma list of: donor, recipient, category, instrument, stage, agreement, year, month, "
                + "fiscal-year (the donor's own fiscal year, e.g. Japan's FY2024 = 2024-04-01..2025-03-31), "
                + "tag:NAME (the value of the records' tags NAME=VALUE, e.g. tag:fts:plan)."
        )]
        public string? By { get; set; }

        [CommandOption("--measure <MEASURE>")]
        [Description(
            "What to add up: committed (the default), pledged, disbursed, spent, grant-equivalent (committed, loans at "
                + "their grant equivalent beside face value; needs --income-group), or undisbursed (committed minus "
                + "disbursed to --as-of, per commitment, never below zero; with the disbursement rate per group)."
        )]
        public string? Measure { get; set; }

        [CommandOption("--income-group <GROUP>")]
        [Description(
            "For --measure grant-equivalent: the recipients' income group (ldc, lic, lmic, umic, multilateral), or a "
                + "CSV file recipient,year,income-group ("
                + DocsLinks.Base
                + "loans.md)."
        )]
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
        [Description(
            "Accept totals that leave out amounts without a rate (listed) and exit 0; by default that is exit 1 and -o "
                + "writes nothing."
        )]
        public bool AllowIncomplete { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description(
            "Output format: table (for people, the default), json (the stable contract in "
                + DocsLinks.Base
                + "cli.md) or csv (one row per group and currency)."
        )]
        public string? Format { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(OptionText.Output)]
        public string? Output { get; set; }

        [CommandOption("--rates-used <DETAIL>")]
        [Description(
            "For --format json, how the rates used are listed: pairs (the default: one entry per currency "
                + "pair, source and basis, with first and last date, days, lowest and highest rate, records), all "
                + "(every "
                + "rate as well, with its provenance) or none."
        )]
        public string? RatesUsed { get; set; }

        [CommandOption("--indent")]
        [Description(
            "For --format json: indent the document " + "(the default on a terminal; compact to a file or a pipe)."
        )]
        public bool Indent { get; set; }

        [CommandOption("--cumulative <STEP>")]
        [Description(
            "Running totals per group at the end of each year, quarter, month or fiscal-year "
                + "(the donor's own) up to --as-of, as a table, JSON or CSV."
        )]
        public string? Cumulative { get; set; }

        [CommandOption("--itemised <FILE>")]
        [Description(
            "For --format csv with -o: also write the parts itemised inside counted parents (same columns, "
                + "not added to the totals) to FILE."
        )]
        public string? Itemised { get; set; }
    }
}
