namespace AidTracker.Fts;

/// <summary>One page of the search as the import read it.</summary>
public sealed class FtsPageReport
{
    internal FtsPageReport(string name, int flowsRead, int repeatedFlows)
    {
        Name = name;
        FlowsRead = flowsRead;
        RepeatedFlows = repeatedFlows;
    }

    /// <summary>Gets the page's name (its file name, or <c>standard input</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the number of flows on the page.</summary>
    public int FlowsRead { get; }

    /// <summary>Gets how many of them an earlier page already had (each flow is imported once).</summary>
    public int RepeatedFlows { get; }
}
