using System.Text;

namespace AidTracker.Cli.Output;

/// <summary>The CSV documents of the tool (RFC 4180): fields quoted when they need it, rows ending with CRLF.</summary>
internal static class CsvText
{
    /// <summary>Returns <paramref name="value"/> as a CSV field: quoted (inner quotes doubled) when it holds a comma, a
    /// quote or a line end.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    /// <summary>Appends one row of fields, each quoted as it needs, and CRLF.</summary>
    public static StringBuilder AppendRow(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
