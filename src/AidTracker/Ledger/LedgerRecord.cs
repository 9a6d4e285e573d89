using System.Collections.Immutable;

namespace AidTracker;

/// <summary>
/// What every record of a <see cref="Ledger"/> has: an id, unique across the whole ledger, its sources and a free note.
/// The records are <see cref="Agreement"/>, <see cref="Commitment"/> and <see cref="Disbursement"/>.
/// </summary>
/// <remarks>
/// <para>Records are immutable. Build them with object initializers; every property checks its value when it is set,
/// also through <c>with</c> (<c>package with { Amount = null }</c>), so a record never holds an invalid value. Checks
/// that involve other records (unknown ids, cycles, sums) belong to the ledger's validation.</para>
/// <para>Equality compares the kind and every property, lists item by item.</para>
/// </remarks>
public abstract record LedgerRecord
{
    /// <summary>Initializes a record (only the ledger's own record kinds derive from this type).</summary>
    private protected LedgerRecord() { }

    /// <summary>Gets the kind of record.</summary>
    public abstract LedgerRecordKind RecordKind { get; }

    /// <summary>Gets the record's id, unique across the ledger (<c>jp-ua-erp-4</c>).</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public required string Id
    {
        get;
        init => field = RecordChecks.Text(value, "record id");
    }

    /// <summary>Gets where the record's facts come from (in order; never the default array).</summary>
    /// <exception cref="ArgumentException">On set: an item is <c>null</c>.</exception>
    public ImmutableArray<SourceReference> Sources
    {
        get;
        init => field = RecordChecks.List(value, "sources");
    } = [];

    /// <summary>Gets a free note (terms of a loan, caveats), or <c>null</c>. Line breaks are allowed.</summary>
    /// <exception cref="ArgumentException">On set: empty or only white space.</exception>
    public string? Note
    {
        get;
        init => field = RecordChecks.Note(value);
    }

    /// <summary>Returns whether <paramref name="other"/> is the same kind of record with equal properties.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public virtual bool Equals(LedgerRecord? other) =>
        ReferenceEquals(this, other)
        || (
            other is not null
            && EqualityContract == other.EqualityContract
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && RecordChecks.SequenceEqual(Sources, other.Sources)
            && string.Equals(Note, other.Note, StringComparison.Ordinal)
        );

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(EqualityContract, Id, RecordChecks.SequenceHash(Sources), Note);
}
