namespace AidTracker.Fts;

/// <summary>A flow of the search that was not imported, with the reason.</summary>
public sealed class FtsSkippedFlow
{
    internal FtsSkippedFlow(string flowId, FtsSkipReason reason, decimal? amountUsd, string message)
    {
        FlowId = flowId;
        Reason = reason;
        AmountUsd = amountUsd;
        Message = message;
    }

    /// <summary>Gets the flow's FTS id.</summary>
    public string FlowId { get; }

    /// <summary>Gets why it was not imported.</summary>
    public FtsSkipReason Reason { get; }

    /// <summary>Gets its <c>amountUSD</c>, or <c>null</c> when it has none.</summary>
    public decimal? AmountUsd { get; }

    /// <summary>Gets a full-sentence explanation naming the flow.</summary>
    public string Message { get; }

    /// <summary>Returns the message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
