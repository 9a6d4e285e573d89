using AidTracker.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>Registers every command with its description and examples.</summary>
internal static class CommandCatalog
{
    public static void Register(IConfigurator config)
    {
        config
            .AddCommand<SummarizeCommand>("summarize")
            .WithDescription(
                "Add up a ledger's commitments or disbursements by group, in one currency at dated exchange rates "
                    + "(listed with their sources) or per currency."
            )
            .WithExample("summarize", "samples/japan-ukraine.ledger.json", "--to", "USD", "--by", "fiscal-year")
            .WithExample(
                "summarize",
                "my.ledger.json",
                "--to",
                "EUR",
                "--by",
                "donor,year",
                "--basis",
                "annual-average",
                "--format",
                "json"
            )
            .WithExample(
                "summarize",
                "my.ledger.json",
                "--by",
                "recipient",
                "--measure",
                "disbursed",
                "--format",
                "csv",
                "-o",
                "disbursed.csv"
            )
            .WithExample(
                "summarize",
                "samples/japan-ukraine.ledger.json",
                "--to",
                "USD",
                "--measure",
                "grant-equivalent",
                "--income-group",
                "lmic"
            );

        config
            .AddCommand<ReportCommand>("report")
            .WithDescription(
                "Write one self-contained HTML report of a ledger: headline totals, charts (ScottPlot), the check of "
                    + "every stated figure, the records behind each total with their rates and sources."
            )
            .WithExample("report", "samples/japan-ukraine.ledger.json", "--to", "USD", "-o", "report.html")
            .WithExample(
                "report",
                "my.ledger.json",
                "--to",
                "EUR",
                "--by",
                "donor,fiscal-year",
                "--as-of",
                "2025-03-31",
                "--title",
                "\"Aid to date\"",
                "-o",
                "report.html"
            );

        config
            .AddCommand<ChartCommand>("chart")
            .WithDescription(
                "Draw one of the report's charts on its own, as PNG or SVG (by the file's extension), for slides."
            )
            .WithExample("chart", "samples/japan-ukraine.ledger.json", "--kind", "cumulative", "-o", "chart.png")
            .WithExample("chart", "my.ledger.json", "--kind", "committed-disbursed", "--to", "EUR", "-o", "chart.svg");

        config
            .AddCommand<ReconcileCommand>("reconcile")
            .WithDescription(
                "Check every stated figure of a ledger against the computed one: stated equivalents against the market "
                    + "conversion (implied rate beside the market rate), qualified totals against their itemised parts."
            )
            .WithExample("reconcile", "samples/japan-ukraine.ledger.json")
            .WithExample("reconcile", "my.ledger.json", "--to", "USD", "--tolerance", "5", "--format", "json");

        config
            .AddCommand<ExportCommand>("export")
            .WithDescription(
                "Write one Parquet row per record (ids, parties, dates, amounts as decimals, counted or not and why, "
                    + "converted amount and rate) for DuckDB, Spark and other engines ("
                    + DocsLinks.Base
                    + "export.md)."
            )
            .WithExample("export", "my.ledger.json", "--to", "USD", "-o", "records.parquet")
            .WithExample(
                "export",
                "my.ledger.json",
                "--to",
                "EUR",
                "--basis",
                "annual-average",
                "--measure",
                "disbursed",
                "-o",
                "disbursed.parquet"
            );

        config
            .AddCommand<ScheduleCommand>("schedule")
            .WithDescription(
                "Show the repayment schedule of a loan in a ledger: each payment's date, interest and principal, exact "
                    + "in the loan's currency."
            )
            .WithExample("schedule", "samples/japan-ukraine.ledger.json", "--id", "jp-ua-dpl-2022")
            .WithExample("schedule", "my.ledger.json", "--id", "loan-1", "--from", "2024-03-15", "--format", "csv");

        config
            .AddCommand<DebtServiceCommand>("debt-service")
            .WithDescription(
                "Add up the scheduled repayments of a ledger's loans by year or fiscal year: how much the recipients "
                    + "will repay, and when."
            )
            .WithExample("debt-service", "samples/japan-ukraine.ledger.json")
            .WithExample(
                "debt-service",
                "samples/japan-ukraine.ledger.json",
                "--by",
                "fiscal-year",
                "--to",
                "USD",
                "--rates-on",
                "2025-02-27"
            );

        config
            .AddCommand<ConvertCommand>("convert")
            .WithDescription(
                "Convert an amount phrase into another currency at a dated exchange rate, showing the rate used and "
                    + "where it comes from."
            )
            .WithExample("convert", "\"8.8 billion yen\"", "--to", "USD", "--on", "2025-02-27")
            .WithExample("convert", "\"over $12.4 billion\"", "--to", "EUR", "--on", "2025-03-05", "--format", "json");

        config.AddBranch("rates", rates =>
        {
            rates.SetDescription(
                "List the exchange-rate sources, their currencies, the dates they cover (embedded and downloaded, and "
                    + "how stale they are) and their credits; 'rates update' downloads newer rates."
            );
            rates.SetDefaultCommand<RatesCommand>();
            rates
                .AddCommand<RatesUpdateCommand>("update")
                .WithDescription(
                    "Download the ECB's history and the NBU's missing days into the data folder (--data-dir, "
                        + "AIDTRACKER_DATA_DIR or the per-user data folder); every command that uses rates reads it. A "
                        + "download is checked before it replaces anything."
                )
                .WithExample("rates", "update")
                .WithExample("rates", "update", "--source", "nbu", "--since", "2025-01-01")
                .WithExample(
                    "rates",
                    "update",
                    "--source",
                    "ecb",
                    "--from",
                    "eurofxref-hist.zip",
                    "--data-dir",
                    "./rates"
                );
        });

        config
            .AddCommand<ValidateCommand>("validate")
            .WithDescription(
                "Check a ledger file: every error and warning, one line each with the line, record id and JSON path. "
                    + "Exit code 1 when there is an error."
            )
            .WithExample("validate", "samples/japan-ukraine.ledger.json")
            .WithExample("validate", "my.ledger.json", "--format", "json");

        config.AddBranch("import", import =>
        {
            import.SetDescription("Import aid data from other formats into a ledger file.");
            import
                .AddCommand<ImportIatiCommand>("iati")
                .WithDescription(
                    "Import IATI activity files (versions 2.01 to 2.03) into a JSON ledger, and print the import "
                        + "report: files, transactions by type, problems by activity and line."
                )
                .WithExample("import", "iati", "usaid-bo.xml", "-o", "usaid-bo.ledger.json")
                .WithExample("import", "iati", "a.xml", "b.xml", "-o", "ab.ledger.json", "--strict");
            import
                .AddCommand<ImportFtsCommand>("fts")
                .WithDescription(
                    "Import the pages of one OCHA FTS flow search (JSON) into a ledger, each flow's USD figure kept as "
                        + "its stated equivalent, and print the import report with FTS's own totals beside the "
                        + "imported ones."
                )
                .WithExample("import", "fts", "search.json", "search-page-2.json", "-o", "fts.ledger.json")
                .WithExample(
                    "import",
                    "fts",
                    "search.json",
                    "-o",
                    "fts.ledger.json",
                    "--boundary",
                    "all",
                    "--shared",
                    "include",
                    "--format",
                    "json"
                );
        });
    }
}
