namespace AidTracker.Iati;

/// <summary>
/// Thrown when a file cannot be read as an IATI activity file at all: it is not well-formed XML, its root element is
/// not <c>iati-activities</c>, it has a document type declaration (DTDs and entities are refused and never read), or an
/// element's text or an attribute is longer than <see cref="IatiReader.MaxTextLength"/>.
/// </summary>
public class IatiFormatException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">A full sentence naming the file and what is wrong.</param>
    /// <param name="fileName">The file's name or path, or <c>null</c>.</param>
    /// <param name="lineNumber">The 1-based line of the problem, or 0 when unknown.</param>
    /// <param name="linePosition">The 1-based position in the line, or 0 when unknown.</param>
    /// <param name="innerException">The underlying exception (e.g. an <see cref="System.Xml.XmlException"/>), or
    /// <c>null</c>.</param>
    public IatiFormatException(
        string message,
        string? fileName,
        int lineNumber,
        int linePosition,
        Exception? innerException = null
    )
        : base(message, innerException)
    {
        FileName = fileName;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>Gets the file's name or path, or <c>null</c>.</summary>
    public string? FileName { get; }

    /// <summary>Gets the 1-based line of the problem, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the 1-based position in the line, or 0 when unknown.</summary>
    public int LinePosition { get; }
}
