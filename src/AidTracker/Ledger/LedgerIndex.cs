namespace AidTracker;

/// <summary>The lookups that validation computes and the ledger keeps: ids to positions, and links as
/// positions.</summary>
internal sealed class LedgerIndex
{
    public LedgerIndex(int agreements, int commitments, int disbursements)
    {
        Ids = new Dictionary<string, RecordRef>(agreements + commitments + disbursements, StringComparer.Ordinal);
        ParentOf = New(commitments);
        SupplementedBy = New(commitments);
        AgreementOf = New(commitments);
        CommitmentOf = New(disbursements);
    }

    /// <summary>Gets each id's record (the first record with that id when ids repeat).</summary>
    public Dictionary<string, RecordRef> Ids { get; }

    /// <summary>Gets, per commitment, the position of its parent, or -1.</summary>
    public int[] ParentOf { get; }

    /// <summary>Gets, per commitment, the position of the commitment it supplements, or -1.</summary>
    public int[] SupplementedBy { get; }

    /// <summary>Gets, per commitment, the position of its agreement, or -1.</summary>
    public int[] AgreementOf { get; }

    /// <summary>Gets, per disbursement, the position of its commitment, or -1.</summary>
    public int[] CommitmentOf { get; }

    private static int[] New(int length)
    {
        var array = new int[length];
        Array.Fill(array, -1);
        return array;
    }
}

/// <summary>A record's kind and position in its list.</summary>
internal readonly record struct RecordRef(LedgerRecordKind Kind, int Index);
