using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker;

/// <summary>
/// An immutable, validated collection of agreements, commitments and disbursements, with lookups by id and navigation
/// between linked records (parent and children, supplements, agreement, disbursements).
/// </summary>
/// <remarks>
/// <para>A ledger is built by <see cref="LedgerBuilder"/> (or <see cref="Create"/>, or read from a JSON ledger file by
/// <c>AidTracker.Serialization.LedgerJson</c>) and is valid when built: ids are unique across all records, every link
/// names a record of the right kind, and links form no cycles. Warnings that validation found are in
/// <see cref="Warnings"/>.</para>
/// <para>Records keep the order in which they were added (file order). Equality compares the records in order; file
/// name, locations and warnings are not part of it. Thread-safe.</para>
/// </remarks>
public sealed partial class Ledger : IEquatable<Ledger>
{
    private readonly LedgerIndex _index;
    private ImmutableArray<int>[]? _children;
    private ImmutableArray<int>[]? _supplements;
    private ImmutableArray<int>[]? _disbursementsOf;
    private ImmutableArray<int>[]? _commitmentsOf;

    internal Ledger(
        ImmutableArray<Agreement> agreements,
        ImmutableArray<Commitment> commitments,
        ImmutableArray<Disbursement> disbursements,
        LedgerIndex index,
        RecordLocations locations,
        ImmutableArray<LedgerProblem> warnings
    )
    {
        Agreements = agreements;
        Commitments = commitments;
        Disbursements = disbursements;
        _index = index;
        Locations = locations;
        Warnings = warnings;
    }

    /// <summary>Gets an empty ledger.</summary>
    public static Ledger Empty { get; } = new([], [], [], new LedgerIndex(0, 0, 0), new RecordLocations(null), []);

    /// <summary>Gets the agreements, in order.</summary>
    public ImmutableArray<Agreement> Agreements { get; }

    /// <summary>Gets the commitments, in order.</summary>
    public ImmutableArray<Commitment> Commitments { get; }

    /// <summary>Gets the disbursements, in order.</summary>
    public ImmutableArray<Disbursement> Disbursements { get; }

    /// <summary>Gets every record: the agreements, then the commitments, then the disbursements.</summary>
    public IEnumerable<LedgerRecord> Records =>
        Agreements.Cast<LedgerRecord>().Concat(Commitments).Concat(Disbursements);

    /// <summary>Gets the number of records.</summary>
    public int Count => Agreements.Length + Commitments.Length + Disbursements.Length;

    /// <summary>Gets the file the ledger was read from, or <c>null</c>.</summary>
    public string? FileName => Locations.FileName;

    /// <summary>Gets the warnings that validation found when the ledger was built (errors would have stopped
    /// it).</summary>
    public ImmutableArray<LedgerProblem> Warnings { get; }

    /// <summary>Gets the records' locations.</summary>
    internal RecordLocations Locations { get; }

    /// <summary>Builds a ledger of <paramref name="records"/>, validating them.</summary>
    /// <param name="records">Agreements, commitments and disbursements, in order.</param>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is <c>null</c>.</exception>
    /// <exception cref="LedgerValidationException">Validation found at least one error; the exception lists them
    /// all.</exception>
    public static Ledger Create(IEnumerable<LedgerRecord> records, IClock clock) =>
        new LedgerBuilder().AddRange(records).Build(clock);

    /// <summary>Validates the ledger again against <paramref name="clock"/> (value dates may have been in the future
    /// when it was built).</summary>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    public LedgerValidationResult Validate(IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        return LedgerValidator
            .Validate(Agreements, Commitments, Disbursements, Locations, readProblems: null, clock)
            .Result;
    }

    /// <summary>
    /// Returns a ledger with other commitments at the same positions, with the same ids and links (the index is
    /// shared): a view for a computation such as grant equivalents, where loans stand at another amount. Not validated
    /// again.
    /// </summary>
    internal Ledger WithCommitmentsReplaced(ImmutableArray<Commitment> commitments) =>
        new(Agreements, commitments, Disbursements, _index, Locations, Warnings);

    /// <summary>Returns a builder holding this ledger's records (and locations), to add records and build a new
    /// ledger.</summary>
    /// <returns>A new builder.</returns>
    public LedgerBuilder ToBuilder() => new(this);

    /// <summary>Returns whether both ledgers hold equal records in the same order.</summary>
    /// <param name="other">The ledger to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Ledger? other) =>
        ReferenceEquals(this, other)
        || (
            other is not null
            && RecordChecks.SequenceEqual(Agreements, other.Agreements)
            && RecordChecks.SequenceEqual(Commitments, other.Commitments)
            && RecordChecks.SequenceEqual(Disbursements, other.Disbursements)
        );

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Ledger);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            Agreements.Length,
            Commitments.Length,
            Disbursements.Length,
            Commitments.IsEmpty ? 0 : Commitments[0].GetHashCode()
        );

    /// <summary>Returns the counts and the file: <c>ledger japan-ukraine.ledger.json: 2 agreements, 4 commitments, 0
    /// disbursements</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"ledger{(FileName is null ? string.Empty : " " + FileName)}: {Agreements.Length} agreements, "
                + $"{Commitments.Length} commitments, {Disbursements.Length} disbursements"
        );
}
