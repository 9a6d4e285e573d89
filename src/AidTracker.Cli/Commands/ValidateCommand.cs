using System.ComponentModel;
using System.Text.Json;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary>
/// <c>aidtracker validate LEDGER</c>: every error and warning of a ledger file, one line each with the file, line,
/// record id and JSON path; exit code 1 when there is an error.
/// </summary>
internal sealed class ValidateCommand(CliServices services) : AsyncCommand<ValidateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        OutputFile.CheckNotAnInput(settings.Output, settings.Ledger);
        OutputFormat format = OptionValues.Format(settings.Format, OutputFormat.Table, OutputFormat.Json);
        string path = settings.Ledger;

        List<Problem> problems;
        int? records = null;
        try
        {
            LedgerBuilder builder = await LedgerFiles
                .ReadBuilderAsync(path, services, cancellationToken)
                .ConfigureAwait(false);
            records = builder.Count;
            problems = [.. builder.Validate(services.Clock, cancellationToken).Problems.Select(Problem.From)];
        }
        catch (CliException e) when (e.InnerException is LedgerFormatException formatError)
        {
            // The file is not a readable ledger: that is the one problem to report (reading stops at the first).
            problems = [Problem.From(formatError)];
        }

        int errors = problems.Count(p => p.IsError);
        int warnings = problems.Count - errors;
        Report report =
            format == OutputFormat.Json
                ? Report.Text(
                    Json.Document(w => WriteJson(w, InputFile.DisplayName(path), records, errors, warnings, problems))
                )
                : Report.Renderables(Lines(InputFile.DisplayName(path), records, errors, warnings, problems));
        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);

        if (errors > 0)
        {
            throw CliException.InvalidData(
                $"{InputFile.DisplayName(path)} is not a valid ledger: {ProblemText.Plural(errors, "error")}, "
                    + $"{ProblemText.Plural(warnings, "warning")}."
            );
        }

        return ExitCodes.Success;
    }

    private static List<IRenderable> Lines(
        string path,
        int? records,
        int errors,
        int warnings,
        IReadOnlyList<Problem> problems
    )
    {
        var parts = new List<IRenderable>();
        foreach (Problem problem in problems)
        {
            parts.Add(new Line(problem.Line, new Style(problem.IsError ? Color.Red : Color.Yellow)));
        }

        string verdict = errors > 0 ? "invalid" : "valid";
        string within = records is int count ? " in " + ProblemText.Plural(count, "record") : string.Empty;
        parts.Add(
            new Line(
                $"{path}: {verdict}: {ProblemText.Plural(errors, "error")}, "
                    + $"{ProblemText.Plural(warnings, "warning")}{within}."
            )
        );
        return parts;
    }

    private static void WriteJson(
        Utf8JsonWriter w,
        string path,
        int? records,
        int errors,
        int warnings,
        IReadOnlyList<Problem> problems
    )
    {
        w.WriteStartObject();
        w.WriteString("file", path);
        w.WriteBoolean("valid", errors == 0);
        Json.NumberOrNull(w, "records", records);

        w.WriteNumber("errors", errors);
        w.WriteNumber("warnings", warnings);
        w.WriteStartArray("problems");
        foreach (Problem problem in problems)
        {
            w.WriteStartObject();
            w.WriteString("severity", problem.IsError ? "error" : "warning");
            w.WriteString("code", problem.Code);
            Json.StringOrNull(w, "recordId", problem.RecordId);
            Json.StringOrNull(w, "path", problem.JsonPath);
            Json.NumberOrNull(w, "line", problem.LineNumber);

            w.WriteString("message", problem.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One problem as reported: a validation problem, or the format error that stopped reading.</summary>
    private sealed record Problem(
        bool IsError,
        string Code,
        string? RecordId,
        string? JsonPath,
        int? LineNumber,
        string Message,
        string Line
    )
    {
        public static Problem From(LedgerProblem problem) =>
            new(
                problem.IsError,
                LedgerProblem.CodeName(problem.Code),
                problem.RecordId,
                problem.Location?.Path,
                problem.Location?.LineNumber,
                problem.Message,
                ProblemText.Line(problem)
            );

        public static Problem From(LedgerFormatException e) =>
            new(true, "format", e.RecordId, e.JsonPath, e.LineNumber, e.Reason, ProblemText.Line(e));
    }

    /// <summary>The arguments and options of <c>validate</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<LEDGER>")]
        [Description(
            "The ledger file (JSON ledger format version 1, see "
                + DocsLinks.Base
                + "ledger-format.md); - reads standard input."
        )]
        public string Ledger { get; set; } = string.Empty;

        [CommandOption("--format <FORMAT>")]
        [Description(OptionText.Format)]
        public string? Format { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(OptionText.Output)]
        public string? Output { get; set; }
    }
}
