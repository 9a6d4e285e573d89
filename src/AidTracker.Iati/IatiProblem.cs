using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Iati;

/// <summary>
/// A problem found in an IATI file: where it is (file, line, activity, transaction), how serious it is and what it is,
/// as one full sentence.
/// </summary>
/// <remarks>Two problems are equal when all their properties are equal.</remarks>
public sealed record IatiProblem
{
    /// <summary>Initializes a new problem.</summary>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="message">What the problem is, as a full sentence naming the offending value.</param>
    /// <param name="fileName">The file's name or path, or <c>null</c> when the data did not come from a file.</param>
    /// <param name="lineNumber">The 1-based line in the file, or 0 when unknown.</param>
    /// <param name="activityId">The <c>iati-identifier</c> of the activity concerned, or <c>null</c> for a problem of
    /// the whole file.</param>
    /// <param name="transactionPosition">The 1-based position of the transaction among its activity's transactions, or
    /// <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is negative or
    /// <paramref name="transactionPosition"/> is below 1.</exception>
    public IatiProblem(
        IatiProblemSeverity severity,
        string message,
        string? fileName,
        int lineNumber,
        string? activityId,
        int? transactionPosition
    )
    {
        Preconditions.CheckNotNullOrWhiteSpace(message);
        Preconditions.CheckArgumentRange(
            lineNumber >= 0,
            nameof(lineNumber),
            lineNumber,
            "The line number must be 0 (unknown) or more."
        );
        Preconditions.CheckArgumentRange(
            transactionPosition is null or >= 1,
            nameof(transactionPosition),
            transactionPosition,
            "The transaction position must be 1 or more."
        );
        Severity = severity;
        Message = message;
        FileName = fileName;
        LineNumber = lineNumber;
        ActivityId = activityId;
        TransactionPosition = transactionPosition;
    }

    /// <summary>Gets how serious the problem is.</summary>
    public IatiProblemSeverity Severity { get; }

    /// <summary>Gets what the problem is: a full sentence naming the offending value.</summary>
    public string Message { get; }

    /// <summary>Gets the file's name or path, or <c>null</c> when the data did not come from a file.</summary>
    public string? FileName { get; }

    /// <summary>Gets the 1-based line in the file, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the <c>iati-identifier</c> of the activity concerned, or <c>null</c> for a problem of the whole
    /// file.</summary>
    public string? ActivityId { get; }

    /// <summary>Gets the 1-based position of the transaction among its activity's transactions, or
    /// <c>null</c>.</summary>
    public int? TransactionPosition { get; }

    /// <summary>Formats the problem as one line: <c>file(line): error: activity ID, transaction N:
    /// message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(FileName ?? "<input>");
        if (LineNumber > 0)
        {
            builder.Append('(').Append(LineNumber.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        builder.Append(Severity == IatiProblemSeverity.Error ? ": error: " : ": warning: ");
        if (ActivityId is not null)
        {
            builder.Append("activity ").Append(InputText.Shorten(ActivityId));
            if (TransactionPosition is int position)
            {
                builder.Append(", transaction ").Append(position.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(": ");
        }

        return builder.Append(Message).ToString();
    }
}
