using System.Globalization;
using System.Text.Json;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Fts;
using AidTracker.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker import fts FILE... -o LEDGER</c>: imports the pages of one FTS flow search into a JSON ledger and
/// prints the import report, with FTS's own totals beside the imported ones. An input that is not an FTS answer, or a
/// page of another search, writes no ledger and exits 1; a flow left out for a problem of its data is reported (with
/// <c>--strict</c>: no ledger, exit 1).
/// </summary>
internal sealed partial class ImportFtsCommand(CliServices services) : AsyncCommand<ImportFtsCommand.Settings>
{
    private const int MaxLinesListed = 20;

    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        OutputFormat format = OptionValues.Format(settings.Format, OutputFormat.Table, OutputFormat.Json);
        var options = new FtsImportOptions { Boundary = Boundary(settings.Boundary), Shared = Shared(settings.Shared) };
        if (string.IsNullOrWhiteSpace(settings.Output))
        {
            throw CliException.Usage("import fts needs -o LEDGER, the ledger file to write (e.g. -o fts.ledger.json).");
        }

        if (settings.Output == "-")
        {
            throw CliException.Usage(
                "import fts writes the ledger to a file (-o LEDGER), not to standard output, which shows the import "
                    + "report."
            );
        }

        if (settings.Files.Length == 0)
        {
            throw CliException.Usage(
                "import fts needs at least one page of an FTS flow search (a JSON file, or - for standard input)."
            );
        }

        OutputFile.CheckNotAnInput(settings.Output, settings.Files);
        if (settings.Files.Count(InputFile.IsStandardInput) > 1)
        {
            throw CliException.Usage("import fts reads standard input (-) once; give - only once.");
        }

        foreach (string file in settings.Files)
        {
            InputFile.CheckReadable(file, services); // a missing or unreadable file is one clear line, before any work
        }

        FtsImportResult result = settings.Files.Any(InputFile.IsStandardInput)
            ? await Task.Run(() => Import(settings.Files, options, cancellationToken), cancellationToken)
                .ConfigureAwait(false)
            : await ProgressDisplay
                .RunAsync(services, "Importing FTS flows", progress =>
                    ImportFiles(settings.Files, options, new ImportProgress(progress), cancellationToken)
                )
                .ConfigureAwait(false);
        FtsImportReport report = result.Report;
        bool written = !(settings.Strict && report.HasRejectedFlows);
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

        int rejected = report.SkippedFlows.Count(f =>
            f.Reason is not (FtsSkipReason.OtherBoundary or FtsSkipReason.Shared)
        );
        if (!written)
        {
            throw CliException.InvalidData(
                $"{ProblemText.Plural(rejected, "flow")} left out for a problem of its data and --strict given (see "
                    + $"the report); no ledger was written to {settings.Output}."
            );
        }

        if (rejected > 0)
        {
            await services
                .Error.WriteLineAsync(
                    $"aidtracker: warning: {ProblemText.Plural(rejected, "flow")} left out for a problem of its data "
                        + $"(see the report); the ledger holds the rest."
                )
                .ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private FtsImportResult Import(string[] files, FtsImportOptions options, CancellationToken cancellationToken)
    {
        var pages = new List<FtsPage>(files.Length);
        try
        {
            foreach (string file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using Stream stream = InputFile.Open(file, services);
                pages.Add(FtsReader.Read(stream, InputFile.DisplayName(file)));
            }

            return new FtsImporter(services.Clock).ImportPages(pages, options, cancellationToken);
        }
        catch (FtsFormatException e)
        {
            throw CliException.InvalidData(e.Message + " No ledger was written.");
        }
    }

    /// <summary>Files only (no standard input): the importer reads them and says how far it has come, for the progress
    /// bar.</summary>
    private async Task<FtsImportResult> ImportFiles(
        string[] files,
        FtsImportOptions options,
        IProgress<FtsImportProgress> progress,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await new FtsImporter(services.Clock)
                .ImportAsync(files, options, progress, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (FtsFormatException e)
        {
            throw CliException.InvalidData(e.Message + " No ledger was written.");
        }
    }

    private static FtsBoundaryFilter Boundary(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null or "incoming" => FtsBoundaryFilter.Incoming,
            "internal" => FtsBoundaryFilter.Internal,
            "outgoing" => FtsBoundaryFilter.Outgoing,
            "all" => FtsBoundaryFilter.All,
            _ => throw CliException.Usage(
                $"--boundary '{text}' is not a boundary; use incoming, internal, outgoing or all."
            ),
        };

    private static FtsSharedFlows Shared(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null or "skip" => FtsSharedFlows.Skip,
            "include" => FtsSharedFlows.Include,
            _ => throw CliException.Usage($"--shared '{text}' is not a choice; use skip or include."),
        };

    private static string ReasonName(FtsSkipReason reason) =>
        reason switch
        {
            FtsSkipReason.OtherBoundary => "other-boundary",
            FtsSkipReason.Shared => "shared",
            FtsSkipReason.MissingAmountUsd => "missing-amount-usd",
            FtsSkipReason.MissingDate => "missing-date",
            FtsSkipReason.UnknownStatus => "unknown-status",
            _ => "refused-by-ledger",
        };

    private static string Usd(decimal? value) => value is decimal v ? Amounts.Display(new Money(v, Currency.USD)) : "-";

    private static List<IRenderable> Table(FtsImportReport report, Ledger ledger, string output, bool written)
    {
        var pages = new Table().Border(TableBorder.Rounded);
        pages.AddColumn("Page");
        pages.AddColumn(new TableColumn("Flows").RightAligned());
        pages.AddColumn(new TableColumn("Repeated").RightAligned());
        foreach (FtsPageReport page in report.Pages)
        {
            pages.AddRow(new Text(page.Name), new Text(N(page.FlowsRead)), new Text(N(page.RepeatedFlows)));
        }

        var flows = new Table().Border(TableBorder.Rounded);
        flows.AddColumn("Flows");
        flows.AddColumn(new TableColumn("Count").RightAligned());
        flows.AddColumn(new TableColumn("amountUSD").RightAligned());
        flows.AddRow(new Text("imported"), new Text(N(report.FlowsImported)), new Text(""));
        flows.AddRow(
            new Text("  of which passed on from another flow"),
            new Text(N(report.PassedOnFlows)),
            new Text("")
        );
        foreach (FtsSkipReason reason in Enum.GetValues<FtsSkipReason>())
        {
            if (report.CountOf(reason) > 0)
            {
                flows.AddRow(
                    new Text("not imported: " + ReasonName(reason)),
                    new Text(N(report.CountOf(reason))),
                    new Text(Usd(report.AmountUsdOf(reason)))
                );
            }
        }

        flows.AddRow(new Markup("[bold]read[/]"), new Text(N(report.FlowsRead)), new Text(""));

        var totals = new Table().Border(TableBorder.Rounded);
        totals.AddColumn("Incoming, single");
        totals.AddColumn(new TableColumn("FTS").RightAligned());
        totals.AddColumn(new TableColumn("Imported").RightAligned());
        totals.AddColumn("Agree");
        totals.AddRow(
            new Text("funding (commitments and paid)"),
            new Text(Usd(report.Summary?.IncomingFundingTotal)),
            new Text(Usd(report.ImportedFundingUsd)),
            new Text(Agree(report.FundingTotalAgrees))
        );
        totals.AddRow(
            new Text("pledges"),
            new Text(Usd(report.Summary?.IncomingPledgeTotal)),
            new Text(Usd(report.ImportedPledgesUsd)),
            new Text(Agree(report.PledgeTotalAgrees))
        );

        var parts = new List<IRenderable> { pages, flows, totals };
        List<string> lines =
        [
            .. report
                .SkippedFlows.Where(f => f.Reason is not (FtsSkipReason.OtherBoundary or FtsSkipReason.Shared))
                .Select(f => f.Message),
            .. report.Warnings,
        ];
        if (lines.Count > 0)
        {
            parts.Add(
                new Markup(
                    "[bold]Problems[/] "
                        + Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"({lines.Count:N0})"))
                        + "\n"
                )
            );
            foreach (string line in lines.Take(MaxLinesListed))
            {
                parts.Add(
                    new Line(
                        line,
                        new Style(
                            line.Contains(" is not imported", StringComparison.Ordinal) ? Color.Red : Color.Yellow
                        )
                    )
                );
            }

            if (lines.Count > MaxLinesListed)
            {
                parts.Add(
                    new Line(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"... and {lines.Count - MaxLinesListed:N0} more (--format json lists them all)"
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

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Agree(bool? agrees) =>
        agrees switch
        {
            true => "yes",
            false => "NO",
            null => "-",
        };

    private static void WriteJson(Utf8JsonWriter w, FtsImportReport report, Ledger ledger, string output, bool written)
    {
        w.WriteStartObject();
        w.WriteString("ledger", output);
        w.WriteBoolean("written", written);
        w.WriteNumber("commitments", written ? ledger.Commitments.Length : 0);
        w.WriteNumber("disbursements", written ? ledger.Disbursements.Length : 0);
        w.WriteStartArray("pages");
        foreach (FtsPageReport page in report.Pages)
        {
            w.WriteStartObject();
            w.WriteString("page", page.Name);
            w.WriteNumber("flows", page.FlowsRead);
            w.WriteNumber("repeated", page.RepeatedFlows);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("flowsRead", report.FlowsRead);
        w.WriteNumber("flowsImported", report.FlowsImported);
        w.WriteNumber("passedOn", report.PassedOnFlows);
        w.WriteStartArray("notImported");
        foreach (FtsSkippedFlow flow in report.SkippedFlows)
        {
            w.WriteStartObject();
            w.WriteString("flow", flow.FlowId);
            w.WriteString("reason", ReasonName(flow.Reason));
            Json.UsdOrNull(w, "amountUsd", flow.AmountUsd);

            w.WriteString("message", flow.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("reconciliation");
        Json.UsdOrNull(w, "ftsFunding", report.Summary?.IncomingFundingTotal);
        Json.UsdOrNull(w, "importedFunding", report.ImportedFundingUsd);
        Json.BooleanOrNull(w, "fundingAgrees", report.FundingTotalAgrees);
        Json.UsdOrNull(w, "ftsPledges", report.Summary?.IncomingPledgeTotal);
        Json.UsdOrNull(w, "importedPledges", report.ImportedPledgesUsd);
        Json.BooleanOrNull(w, "pledgesAgree", report.PledgeTotalAgrees);
        Json.NumberOrNull(w, "searchFlows", report.Summary?.FlowCount);
        Json.BooleanOrNull(w, "allPages", report.HasAllPages);
        w.WriteEndObject();
        Json.Strings(w, "warnings", report.Warnings);
        w.WriteEndObject();
    }

    /// <summary>
    /// Turns the importer's progress into one fraction: reading the pages (by bytes) is the first 60% of the bar,
    /// mapping the flows the rest (the shares of the two in the import benchmark, FtsImportBenchmarks).
    /// </summary>
    private sealed class ImportProgress(IProgress<double> progress) : IProgress<FtsImportProgress>
    {
        private const double ReadingShare = 0.6;

        public void Report(FtsImportProgress value) =>
            progress.Report(
                value.IsMapping
                    ? ReadingShare + ((1.0 - ReadingShare) * value.MappedFraction)
                    : ReadingShare * (value.PageIndex + (value.PageFraction ?? 0.0)) / Math.Max(1, value.PageCount)
            );
    }
}
