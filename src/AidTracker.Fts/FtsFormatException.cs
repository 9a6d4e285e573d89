namespace AidTracker.Fts;

/// <summary>
/// An input is not a readable FTS flow search answer (not JSON, truncated, not the shape of an FTS answer), or the
/// pages given are not pages of one search. The message names the input and, where it has one, the position.
/// </summary>
public sealed class FtsFormatException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="fileName">The input's name.</param>
    /// <param name="message">The full-sentence message.</param>
    /// <param name="innerException">The cause, or <c>null</c>.</param>
    public FtsFormatException(string fileName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FileName = fileName;
    }

    /// <summary>Gets the name of the input at fault.</summary>
    public string FileName { get; }
}
