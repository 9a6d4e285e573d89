using System.Diagnostics.CodeAnalysis;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker;

/// <summary>
/// Collects records and builds a validated, immutable <see cref="Ledger"/>. Not thread-safe.
/// </summary>
/// <remarks>
/// <para>Records keep the order in which they are added. <see cref="Build"/> validates the whole ledger at once and
/// throws <see cref="LedgerValidationException"/> listing every error; <see cref="Validate(IClock)"/> and
/// <see cref="TryBuild(IClock, out Ledger, out LedgerValidationResult)"/> report without throwing. Warnings never
/// block: the built ledger carries them in <see cref="Ledger.Warnings"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// Ledger ledger = new LedgerBuilder().Add(accord).Add(package).Build(clock);
/// </code>
/// </example>
public sealed class LedgerBuilder
{
    private readonly List<Agreement> _agreements = [];
    private readonly List<Commitment> _commitments = [];
    private readonly List<Disbursement> _disbursements = [];
    private readonly RecordLocations _locations;
    private List<(LedgerRecordKind Kind, int Index, LedgerProblem Problem)>? _readProblems;

    /// <summary>Initializes an empty builder.</summary>
    public LedgerBuilder()
        : this(fileName: null) { }

    /// <summary>Initializes an empty builder for records read from <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The file the records come from, or <c>null</c>.</param>
    public LedgerBuilder(string? fileName) => _locations = new RecordLocations(fileName);

    internal LedgerBuilder(Ledger ledger)
    {
        _agreements.AddRange(ledger.Agreements);
        _commitments.AddRange(ledger.Commitments);
        _disbursements.AddRange(ledger.Disbursements);
        _locations = ledger.Locations.Copy();
    }

    /// <summary>Gets or sets the file the records come from (named in the locations of problems), or
    /// <c>null</c>.</summary>
    public string? FileName
    {
        get => _locations.FileName;
        set => _locations.FileName = value;
    }

    /// <summary>Gets the number of records added so far.</summary>
    public int Count => _agreements.Count + _commitments.Count + _disbursements.Count;

    /// <summary>Adds a record.</summary>
    /// <param name="record">An agreement, commitment or disbursement.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
    public LedgerBuilder Add(LedgerRecord record) => Add(record, location: null);

    /// <summary>Adds a record with the location it was read from (an importer's file and path), for the problems'
    /// locations.</summary>
    /// <param name="record">An agreement, commitment or disbursement.</param>
    /// <param name="location">Where the record was read from, or <c>null</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
    public LedgerBuilder Add(LedgerRecord record, RecordLocation? location)
    {
        Preconditions.CheckNotNull(record);
        AddCore(record, line: 0, location);
        return this;
    }

    /// <summary>Adds records in order.</summary>
    /// <param name="records">Agreements, commitments and disbursements.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of its items is
    /// <c>null</c>.</exception>
    public LedgerBuilder AddRange(IEnumerable<LedgerRecord> records)
    {
        Preconditions.CheckNotNull(records);
        foreach (LedgerRecord record in records)
        {
            Add(record);
        }

        return this;
    }

    /// <summary>Validates the records added so far and reports every problem at once, without throwing.</summary>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <returns>The problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    public LedgerValidationResult Validate(IClock clock) => Validate(clock, CancellationToken.None);

    /// <summary>Validates the records added so far and reports every problem at once, without throwing.</summary>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <param name="cancellationToken">Stops the validation (checked every few thousand records).</param>
    /// <returns>The problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public LedgerValidationResult Validate(IClock clock, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(clock);
        return LedgerValidator
            .Validate(_agreements, _commitments, _disbursements, _locations, _readProblems, clock, cancellationToken)
            .Result;
    }

    /// <summary>Validates the records and builds the ledger.</summary>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <returns>The ledger, carrying the warnings that validation found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    /// <exception cref="LedgerValidationException">Validation found at least one error; the exception lists them
    /// all.</exception>
    public Ledger Build(IClock clock)
    {
        if (!TryBuild(clock, out Ledger? ledger, out LedgerValidationResult result))
        {
            throw new LedgerValidationException(result);
        }

        return ledger;
    }

    /// <summary>Validates the records and builds the ledger when there is no error, without throwing.</summary>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <param name="ledger">The ledger when there is no error; otherwise <c>null</c>.</param>
    /// <param name="result">Every problem found (errors and warnings).</param>
    /// <returns><c>true</c> when the ledger was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    public bool TryBuild(IClock clock, [NotNullWhen(true)] out Ledger? ledger, out LedgerValidationResult result) =>
        TryBuild(clock, CancellationToken.None, out ledger, out result);

    /// <summary>Validates the records and builds the ledger when there is no error, without throwing.</summary>
    /// <param name="clock">The clock that says which value dates are in the future.</param>
    /// <param name="cancellationToken">Stops the validation (checked every few thousand records).</param>
    /// <param name="ledger">The ledger when there is no error; otherwise <c>null</c>.</param>
    /// <param name="result">Every problem found (errors and warnings).</param>
    /// <returns><c>true</c> when the ledger was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public bool TryBuild(
        IClock clock,
        CancellationToken cancellationToken,
        [NotNullWhen(true)] out Ledger? ledger,
        out LedgerValidationResult result
    )
    {
        Preconditions.CheckNotNull(clock);
        (result, LedgerIndex index) = LedgerValidator.Validate(
            _agreements,
            _commitments,
            _disbursements,
            _locations,
            _readProblems,
            clock,
            cancellationToken
        );
        ledger = result.HasErrors
            ? null
            : new Ledger(
                [.. _agreements],
                [.. _commitments],
                [.. _disbursements],
                index,
                _locations.Copy(),
                result.Warnings
            );
        return ledger is not null;
    }

    /// <summary>Validates with the records' checks on <paramref name="parallelism"/> threads in chunks of
    /// <paramref name="chunkSize"/> records (tests compare it with one thread).</summary>
    internal LedgerValidationResult Validate(IClock clock, int parallelism, int chunkSize) =>
        LedgerValidator
            .Validate(
                _agreements,
                _commitments,
                _disbursements,
                _locations,
                _readProblems,
                clock,
                parallelism,
                chunkSize,
                CancellationToken.None
            )
            .Result;

    /// <summary>Adds a record read from a file, starting on <paramref name="line"/> (its path follows from its
    /// position).</summary>
    internal void AddRead(LedgerRecord record, int line) => AddCore(record, line, explicitLocation: null);

    /// <summary>Adds a problem the reader found in the record it added last of <paramref name="kind"/> (an unknown
    /// currency).</summary>
    internal void AddReadProblem(LedgerRecordKind kind, int index, LedgerProblem problem) =>
        (_readProblems ??= []).Add((kind, index, problem));

    /// <summary>Gets the location of the record at <paramref name="index"/> of <paramref name="kind"/>.</summary>
    internal RecordLocation? LocationOf(LedgerRecordKind kind, int index) => _locations.Get(kind, index);

    /// <summary>Gets the number of records of <paramref name="kind"/> added so far.</summary>
    internal int CountOf(LedgerRecordKind kind) =>
        kind switch
        {
            LedgerRecordKind.Agreement => _agreements.Count,
            LedgerRecordKind.Commitment => _commitments.Count,
            _ => _disbursements.Count,
        };

    private void AddCore(LedgerRecord record, int line, RecordLocation? explicitLocation)
    {
        int index;
        switch (record)
        {
            case Agreement agreement:
                index = _agreements.Count;
                _agreements.Add(agreement);
                break;
            case Commitment commitment:
                index = _commitments.Count;
                _commitments.Add(commitment);
                break;
            case Disbursement disbursement:
                index = _disbursements.Count;
                _disbursements.Add(disbursement);
                break;
            default:
                throw new ArgumentException(
                    FormattableString.Invariant($"{record.GetType()} is not a ledger record kind."),
                    nameof(record)
                );
        }

        if (line > 0 || explicitLocation is not null)
        {
            _locations.Add(record.RecordKind, index, line, explicitLocation);
        }
    }
}
