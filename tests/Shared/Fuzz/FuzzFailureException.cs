namespace AidTracker.Tests.Shared.Fuzz;

/// <summary>A fuzz case broke a parser's contract (an undocumented exception, an unbounded message, too much
/// memory).</summary>
internal sealed class FuzzFailureException : Exception
{
    public FuzzFailureException(string message)
        : base(message) { }

    public FuzzFailureException(string message, Exception innerException)
        : base(message, innerException) { }
}
