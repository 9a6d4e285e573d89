namespace AidTracker.Aggregation;

/// <summary>The built-in dimensions a summary can group by (see <see cref="GroupKey"/>).</summary>
internal enum GroupKeyKind
{
    Donor,
    Recipient,
    Category,
    Instrument,
    Stage,
    Agreement,
    Year,
    Month,
    FiscalYear,
    DonorFiscalYear,
    Custom,
    Tag,
}
