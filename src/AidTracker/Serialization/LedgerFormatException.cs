using System.Globalization;
using System.Text;

namespace AidTracker.Serialization;

/// <summary>
/// Thrown when a JSON ledger file cannot be read: it is not JSON, is truncated or empty, has an unknown property,
/// misses a required one, has a value of the wrong type or form (an amount "12,4", a date "2025-02-30", an unknown enum
/// name), or has an unsupported <c>schemaVersion</c>. The message names the file, the line, the JSON path and the
/// record id when known, and says what was expected; the same facts are properties.
/// </summary>
public sealed class LedgerFormatException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="reason">What is wrong and what was expected, as a full sentence.</param>
    /// <param name="fileName">The file's name, or <c>null</c> when reading a stream without a name.</param>
    /// <param name="lineNumber">The 1-based line, or <c>null</c> when not known.</param>
    /// <param name="jsonPath">The JSON path (<c>$.commitments[3].amount.value</c>), or <c>null</c> when not
    /// known.</param>
    /// <param name="recordId">The id of the record being read, or <c>null</c> when not known.</param>
    /// <param name="innerException">The exception that caused this one, or <c>null</c>.</param>
    public LedgerFormatException(
        string reason,
        string? fileName,
        int? lineNumber,
        string? jsonPath,
        string? recordId,
        Exception? innerException = null
    )
        : base(Describe(reason, fileName, lineNumber, jsonPath, recordId), innerException)
    {
        Reason = reason;
        FileName = fileName;
        LineNumber = lineNumber;
        JsonPath = jsonPath;
        RecordId = recordId;
    }

    /// <summary>Gets what is wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the file's name, or <c>null</c>.</summary>
    public string? FileName { get; }

    /// <summary>Gets the 1-based line, or <c>null</c>.</summary>
    public int? LineNumber { get; }

    /// <summary>Gets the JSON path, or <c>null</c>.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets the id of the record being read, or <c>null</c>.</summary>
    public string? RecordId { get; }

    private static string Describe(string reason, string? fileName, int? lineNumber, string? jsonPath, string? recordId)
    {
        var text = new StringBuilder();
        text.Append(fileName ?? "(stream)");
        if (lineNumber is int line)
        {
            text.Append(CultureInfo.InvariantCulture, $", line {line}");
        }

        if (jsonPath is not null)
        {
            text.Append(", ").Append(Internal.InputText.Shorten(jsonPath));
        }

        if (recordId is not null)
        {
            text.Append(" (record '").Append(Internal.InputText.Shorten(recordId)).Append("')");
        }

        return text.Append(": ").Append(reason).ToString();
    }
}
