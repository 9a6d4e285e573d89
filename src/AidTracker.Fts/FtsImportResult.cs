namespace AidTracker.Fts;

/// <summary>The result of an FTS import: the validated ledger and the report.</summary>
public sealed class FtsImportResult
{
    internal FtsImportResult(Ledger ledger, FtsImportReport report)
    {
        Ledger = ledger;
        Report = report;
    }

    /// <summary>Gets the ledger built from the imported flows (validated; its warnings are in the report
    /// too).</summary>
    public Ledger Ledger { get; }

    /// <summary>Gets the import report.</summary>
    public FtsImportReport Report { get; }
}
