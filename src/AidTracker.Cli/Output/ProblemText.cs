using System.Globalization;

namespace AidTracker.Cli.Output;

/// <summary>Writes ledger problems as one line each, compiler style, so editors and scripts can jump to them.</summary>
internal static class ProblemText
{
    /// <summary>
    /// Returns <c>ledger.json:23: error unknown-parent: record 'jp-ua-erp-4' at $.commitments[1].parent: message</c>;
    /// parts that are not known (a ledger not read from a file) are left out.
    /// </summary>
    public static string Line(LedgerProblem problem)
    {
        string prefix = string.Empty;
        if (problem.Location is RecordLocation location)
        {
            prefix =
                (location.FileName ?? "<input>")
                + (location.LineNumber is int line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + ": ";
        }

        string subject = problem.RecordId is string id ? $"record '{id}'" : string.Empty;
        if (problem.Location is RecordLocation at)
        {
            subject += (subject.Length > 0 ? " at " : string.Empty) + at.Path;
        }

        return prefix
            + Severity(problem)
            + " "
            + LedgerProblem.CodeName(problem.Code)
            + ": "
            + (subject.Length > 0 ? subject + ": " : string.Empty)
            + problem.Message;
    }

    /// <summary>Returns the format error that stopped reading, in the same form: <c>ledger.json:7: error format: record
    /// 'x' at $.commitments[0].amount.value: reason</c>.</summary>
    public static string Line(AidTracker.Serialization.LedgerFormatException e)
    {
        string prefix =
            (e.FileName ?? "<input>")
            + (e.LineNumber is int line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty)
            + ": ";
        string subject = e.RecordId is string id ? $"record '{id}'" : string.Empty;
        if (e.JsonPath is string path)
        {
            subject += (subject.Length > 0 ? " at " : string.Empty) + path;
        }

        return prefix + "error format: " + (subject.Length > 0 ? subject + ": " : string.Empty) + e.Reason;
    }

    public static string Severity(LedgerProblem problem) => problem.IsError ? "error" : "warning";

    /// <summary>Returns e.g. <c>ledger.json: 2 errors, 1 warning.</c></summary>
    public static string Count(string file, LedgerValidationResult result) =>
        $"{file}: {Plural(result.Errors.Length, "error")}, {Plural(result.Warnings.Length, "warning")}.";

    public static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
