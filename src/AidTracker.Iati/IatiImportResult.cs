namespace AidTracker.Iati;

/// <summary>The result of an import: the validated ledger and the report of what was imported, skipped and
/// refused.</summary>
public sealed class IatiImportResult
{
    internal IatiImportResult(Ledger ledger, IatiImportReport report)
    {
        Ledger = ledger;
        Report = report;
    }

    /// <summary>Gets the ledger built from the imported transactions (validated; its warnings are in the report
    /// too).</summary>
    public Ledger Ledger { get; }

    /// <summary>Gets the import report.</summary>
    public IatiImportReport Report { get; }
}
