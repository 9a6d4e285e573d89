namespace AidTracker.Rates;

/// <summary>
/// Thrown when a rate file cannot be read: a malformed row, a rate that is not a number or not greater than zero, a
/// duplicate date for a pair, an unknown currency. The message names the file, the line and the offending value;
/// nothing of the file is loaded.
/// </summary>
public sealed class RateFileException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="fileName">The file's name or path.</param>
    /// <param name="lineNumber">The 1-based line number of the problem.</param>
    /// <param name="value">The offending text (a field, or the whole line).</param>
    /// <param name="problem">What is wrong, as a full sentence naming the value.</param>
    public RateFileException(string fileName, int lineNumber, string value, string problem)
        : base(FormattableString.Invariant($"{fileName}, line {lineNumber}: {problem}"))
    {
        FileName = fileName;
        LineNumber = lineNumber;
        Value = value;
    }

    /// <summary>Gets the file's name or path.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line number of the problem.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the offending text.</summary>
    public string Value { get; }
}
