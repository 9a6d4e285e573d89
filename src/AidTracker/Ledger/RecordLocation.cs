using System.Globalization;
using System.Text;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// Where a record (or one of its properties) was read from: the file, the path inside it (a JSON path such as
/// <c>$.commitments[3].parent</c>) and the 1-based line.
/// </summary>
/// <remarks>Equality compares all three properties (ordinal).</remarks>
public sealed class RecordLocation : IEquatable<RecordLocation>
{
    /// <summary>Initializes a new location.</summary>
    /// <param name="fileName">The file's name or path, or <c>null</c> when the data did not come from a named file (a
    /// stream).</param>
    /// <param name="path">The path inside the file, e.g. <c>$.commitments[3]</c>.</param>
    /// <param name="lineNumber">The 1-based line, or <c>null</c> when not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is below 1.</exception>
    public RecordLocation(string? fileName, string path, int? lineNumber)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckArgumentRange(
            lineNumber is null or >= 1,
            nameof(lineNumber),
            lineNumber,
            FormattableString.Invariant($"A line number is 1 or more; {lineNumber} is not.")
        );
        FileName = fileName;
        Path = path;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the file's name or path, or <c>null</c>.</summary>
    public string? FileName { get; }

    /// <summary>Gets the path inside the file (a JSON path such as <c>$.commitments[3].parent</c>).</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line, or <c>null</c> when not known. For a record, the line on which it
    /// starts.</summary>
    public int? LineNumber { get; }

    /// <summary>Returns this location with <paramref name="property"/> appended to the path (<c>$.commitments[3]</c>
    /// becomes <c>$.commitments[3].parent</c>).</summary>
    /// <param name="property">A property name, or a property path such as <c>amount.currency</c> or
    /// <c>stated[0]</c>.</param>
    /// <returns>The location of the property (same file and line).</returns>
    public RecordLocation WithProperty(string property)
    {
        Preconditions.CheckNotNullOrWhiteSpace(property);
        return new RecordLocation(FileName, Path + "." + property, LineNumber);
    }

    /// <summary>Returns <c>file, line N, path</c>, leaving out what is not known: <c>japan.ledger.json, line 12,
    /// $.commitments[0]</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (FileName is not null)
        {
            text.Append(FileName).Append(", ");
        }

        if (LineNumber is int line)
        {
            text.Append("line ").Append(line.ToString(CultureInfo.InvariantCulture)).Append(", ");
        }

        return text.Append(Path).ToString();
    }

    /// <summary>Returns whether the file, path and line are equal.</summary>
    /// <param name="other">The location to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(RecordLocation? other) =>
        other is not null
        && string.Equals(FileName, other.FileName, StringComparison.Ordinal)
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && LineNumber == other.LineNumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordLocation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FileName, Path, LineNumber);
}
