namespace AidTracker.RateUpdates;

/// <summary>
/// Thrown when an update fails: the publisher cannot be reached, answers with an error, or sends something that is not
/// a complete, valid rate file (a truncated zip, a malformed CSV row, JSON that is not the NBU's). The message says
/// what failed and where; the data folder is left as it was.
/// </summary>
public sealed class RateUpdateException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="source">The source being updated: <c>ECB</c> or <c>NBU</c>.</param>
    /// <param name="message">What failed, as a full sentence naming the URL or file and the value.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public RateUpdateException(string source, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Source = source;
    }

    /// <summary>Gets the source being updated: <c>ECB</c> or <c>NBU</c>.</summary>
    public new string Source { get; }
}
