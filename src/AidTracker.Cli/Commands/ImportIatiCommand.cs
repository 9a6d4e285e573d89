using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Iati;
using AidTracker.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker import iati FILE... -o LEDGER</c>: imports IATI activity files into a JSON ledger and prints the
/// import report. A refused file (not IATI 2.0x, not well-formed, with a DTD) writes no ledger and exits 1; a rejected
/// transaction is reported and left out (with <c>--strict</c>: no ledger, exit 1).
/// </summary>
internal sealed class ImportIatiCommand(CliServices services) : AsyncCommand<ImportIatiCommand.Settings>
{
    private const int MaxWarningsListed = 20;

    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        OutputFormat format = OptionValues.Format(settings.Format, OutputFormat.Table, OutputFormat.Json);
        if (string.IsNullOrWhiteSpace(settings.Output))
        {
            throw CliException.Usage(
                "import iati needs -o LEDGER, the ledger file to write (e.g. -o imported.ledger.json)."
            );
        }

        if (settings.Output == "-")
        {
            throw CliException.Usage(
                "import iati writes the ledger to a file (-o LEDGER), not to standard output, which shows the import "
                    + "report."
            );
        }

        if (settings.Files.Length == 0)
        {
            throw CliException.Usage("import iati needs at least one IATI activity file.");
        }

        OutputFile.CheckNotAnInput(settings.Output, settings.Files);
        bool fromStandardInput = settings.Files.Any(InputFile.IsStandardInput);
        if (fromStandardInput && settings.Files.Length > 1)
        {
            throw CliException.Usage(
                "import iati reads standard input (-) only as its one file; save the other files' input first, or give "
                    + "only -."
            );
        }

        foreach (string file in settings.Files)
        {
            InputFile.CheckReadable(file, services); // a missing or unreadable file is one clear line, before any work
        }

        var importer = new IatiImporter(services.Clock);
        IatiImportResult result = fromStandardInput
            ? await Task.Run(() => ImportStandardInput(importer), cancellationToken).ConfigureAwait(false)
            : await ProgressDisplay
                .RunAsync(services, "Importing IATI activities", progress =>
                    importer.ImportAsync(settings.Files, new ImportProgress(progress), cancellationToken)
                )
                .ConfigureAwait(false);
        IatiImportReport report = result.Report;

        int refused = report.Files.Count(f => f.IsRefused);
        bool written = refused == 0 && !(settings.Strict && report.HasErrors);
        if (written)
        {
            await AtomicFile
                .WriteAsync(
                    settings.Output,
                    stream => LedgerJson.WriteAsync(result.Ledger, stream, cancellationToken),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }

        Report output =
            format == OutputFormat.Json
                ? Report.Text(Json.Document(w => WriteJson(w, report, result.Ledger, settings.Output, written)))
                : Report.Renderables(Table(report, result.Ledger, settings.Output, written));
        output.WriteTo(services.Console);

        if (refused > 0)
        {
            throw CliException.InvalidData(
                $"{ProblemText.Plural(refused, "file")} of {settings.Files.Length} refused (see the report); no ledger "
                    + $"was written to {settings.Output}."
            );
        }

        if (!written)
        {
            throw CliException.InvalidData(
                $"{ProblemText.Plural(report.TransactionsRejected, "transaction")} rejected and --strict given (see "
                    + $"the report); no ledger was written to {settings.Output}."
            );
        }

        if (report.TransactionsRejected > 0)
        {
            await services
                .Error.WriteLineAsync(
                    $"aidtracker: warning: {ProblemText.Plural(report.TransactionsRejected, "transaction")} rejected "
                        + $"(see the report); the ledger holds the rest."
                )
                .ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private IatiImportResult ImportStandardInput(IatiImporter importer)
    {
        using Stream input = services.StandardInput();
        return importer.Import(input, "standard input");
    }

    private static string TypeName(IatiTransactionTypeCount count) =>
        count.Type switch
        {
            IatiTransactionType.IncomingFunds => "incoming funds",
            IatiTransactionType.OutgoingCommitment => "outgoing commitment",
            IatiTransactionType.Disbursement => "disbursement",
            IatiTransactionType.Expenditure => "expenditure",
            IatiTransactionType.InterestPayment => "interest payment",
            IatiTransactionType.LoanRepayment => "loan repayment",
            IatiTransactionType.Reimbursement => "reimbursement",
            IatiTransactionType.PurchaseOfEquity => "purchase of equity",
            IatiTransactionType.SaleOfEquity => "sale of equity",
            IatiTransactionType.CreditGuarantee => "credit guarantee",
            IatiTransactionType.IncomingCommitment => "incoming commitment",
            IatiTransactionType.OutgoingPledge => "outgoing pledge",
            IatiTransactionType.IncomingPledge => "incoming pledge",
            _ => count.TypeCode is null ? "(no type)" : "(unknown type)",
        };

    private static List<IRenderable> Table(IatiImportReport report, Ledger ledger, string output, bool written)
    {
        var files = new Table().Border(TableBorder.Rounded);
        files.AddColumn("File");
        files.AddColumn("Version");
        files.AddColumn(new TableColumn("Activities").RightAligned());
        files.AddColumn("Status");
        foreach (IatiFileReport file in report.Files)
        {
            files.AddRow(
                new Text(file.FileName),
                new Text(file.Version ?? "-"),
                new Text(file.ActivitiesRead.ToString("N0", CultureInfo.InvariantCulture)),
                new Text(file.IsRefused ? "refused" : "imported")
            );
        }

        var types = new Table().Border(TableBorder.Rounded);
        types.AddColumn("Transaction type");
        types.AddColumn(new TableColumn("Imported").RightAligned());
        types.AddColumn(new TableColumn("Skipped").RightAligned());
        types.AddColumn(new TableColumn("Rejected").RightAligned());
        foreach (IatiTransactionTypeCount count in report.TransactionsByType)
        {
            types.AddRow(
                new Text((count.TypeCode ?? "-") + " " + TypeName(count)),
                new Text(count.Imported.ToString("N0", CultureInfo.InvariantCulture)),
                new Text(count.Skipped.ToString("N0", CultureInfo.InvariantCulture)),
                new Text(count.Rejected.ToString("N0", CultureInfo.InvariantCulture))
            );
        }

        types.AddRow(
            new Markup("[bold]total[/]"),
            new Text(report.TransactionsImported.ToString("N0", CultureInfo.InvariantCulture)),
            new Text(report.TransactionsSkipped.ToString("N0", CultureInfo.InvariantCulture)),
            new Text(report.TransactionsRejected.ToString("N0", CultureInfo.InvariantCulture))
        );

        var parts = new List<IRenderable> { files, types };
        if (report.Problems.Count > 0)
        {
            parts.Add(
                new Markup(
                    "[bold]Problems[/] "
                        + Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"({report.Problems.Count:N0})"))
                        + "\n"
                )
            );
            // Every error; warnings up to a limit (a large file can have thousands), the JSON report has them all.
            int warningsShown = 0;
            int warningsLeft = 0;
            foreach (IatiProblem problem in report.Problems)
            {
                bool isError = problem.Severity == IatiProblemSeverity.Error;
                if (!isError && warningsShown == MaxWarningsListed)
                {
                    warningsLeft++;
                    continue;
                }

                warningsShown += isError ? 0 : 1;
                parts.Add(new Line(problem.ToString(), new Style(isError ? Color.Red : Color.Yellow)));
            }

            if (warningsLeft > 0)
            {
                parts.Add(
                    new Line(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"... and {warningsLeft:N0} more warnings (--format json lists them all)"
                        )
                    )
                );
            }
        }

        parts.Add(
            new Line(
                written
                    ? $"Wrote {output}: {ProblemText.Plural(ledger.Commitments.Length, "commitment")}, "
                        + $"{ProblemText.Plural(ledger.Disbursements.Length, "disbursement")}."
                    : $"No ledger written to {output}."
            )
        );
        return parts;
    }

    private static void WriteJson(Utf8JsonWriter w, IatiImportReport report, Ledger ledger, string output, bool written)
    {
        w.WriteStartObject();
        w.WriteString("ledger", output);
        w.WriteBoolean("written", written);
        w.WriteNumber("commitments", written ? ledger.Commitments.Length : 0);
        w.WriteNumber("disbursements", written ? ledger.Disbursements.Length : 0);
        w.WriteStartArray("files");
        foreach (IatiFileReport file in report.Files)
        {
            w.WriteStartObject();
            w.WriteString("file", file.FileName);
            Json.StringOrNull(w, "version", file.Version);

            w.WriteNumber("activities", file.ActivitiesRead);
            w.WriteBoolean("refused", file.IsRefused);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("transactions");
        foreach (IatiTransactionTypeCount count in report.TransactionsByType)
        {
            w.WriteStartObject();
            Json.StringOrNull(w, "type", count.TypeCode);

            w.WriteString("name", TypeName(count));
            w.WriteNumber("imported", count.Imported);
            w.WriteNumber("skipped", count.Skipped);
            w.WriteNumber("rejected", count.Rejected);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (IatiProblem problem in report.Problems)
        {
            w.WriteStartObject();
            w.WriteString("severity", problem.Severity == IatiProblemSeverity.Error ? "error" : "warning");
            Json.StringOrNull(w, "file", problem.FileName);
            Json.NumberOrNull(w, "line", problem.LineNumber > 0 ? problem.LineNumber : null);
            Json.StringOrNull(w, "activity", problem.ActivityId);
            Json.NumberOrNull(w, "transaction", problem.TransactionPosition);

            w.WriteString("message", problem.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Turns the importer's per-file progress into one fraction over all files.</summary>
    private sealed class ImportProgress(IProgress<double> progress) : IProgress<IatiImportProgress>
    {
        public void Report(IatiImportProgress value) =>
            progress.Report((value.FileIndex + (value.FileFraction ?? 0.0)) / Math.Max(1, value.FileCount));
    }

    /// <summary>The arguments and options of <c>import iati</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--output <LEDGER>")]
        [Description("The ledger file to write (required); it is written completely or not at all.")]
        public string? Output { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("Format of the import report on standard output: table (the default) or json.")]
        public string? Format { get; set; }

        [CommandArgument(0, "<FILES>")]
        [Description("IATI activity files (iati-activities, versions 2.01 to 2.03); - reads one from standard input.")]
        public string[] Files { get; set; } = [];

        [CommandOption("--strict")]
        [Description(
            "Write no ledger (and exit 1) when any transaction is rejected; by default rejected transactions are "
                + "reported and left out."
        )]
        public bool Strict { get; set; }
    }
}
