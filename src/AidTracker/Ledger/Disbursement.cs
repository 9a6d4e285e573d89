using NodaTime;

namespace AidTracker;

/// <summary>
/// Money actually paid out (or spent on the recipient's behalf): its amount, dates and, optionally, the commitment it
/// pays out.
/// </summary>
/// <remarks>A negative amount is a return or a correction.</remarks>
public sealed record Disbursement : LedgerRecord
{
    private readonly LocalDate? _valueDate;

    /// <inheritdoc />
    public override LedgerRecordKind RecordKind => LedgerRecordKind.Disbursement;

    /// <summary>Gets whether money was paid out or spent directly (default
    /// <see cref="DisbursementKind.Disbursement"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined <see cref="DisbursementKind"/>.</exception>
    public DisbursementKind Kind
    {
        get;
        init => field = RecordChecks.Defined(value, "disbursement kind");
    }

    /// <summary>Gets the id of the commitment this pays out, or <c>null</c>.</summary>
    /// <exception cref="ArgumentException">On set: empty, only white space, white space at either end, or control
    /// characters.</exception>
    public string? CommitmentId
    {
        get;
        init => field = RecordChecks.OptionalText(value, "commitment id");
    }

    /// <summary>Gets the donor.</summary>
    /// <exception cref="ArgumentNullException">On set: <c>null</c>.</exception>
    public required Party Donor
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Donor));
    }

    /// <summary>Gets the recipient.</summary>
    /// <exception cref="ArgumentNullException">On set: <c>null</c>.</exception>
    public required Party Recipient
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Recipient));
    }

    /// <summary>Gets the amount with its qualifier (usually exact).</summary>
    public required QualifiedMoney Amount { get; init; }

    /// <summary>Gets the date of the payment.</summary>
    /// <exception cref="ArgumentException">On set: the date is not in the ISO calendar.</exception>
    public required LocalDate Date
    {
        get;
        init => field = RecordChecks.Date(value, "disbursement date");
    }

    /// <summary>
    /// Gets the date whose exchange rate converts the amount. Defaults to <see cref="Date"/> when not set; setting it
    /// to the same date as <see cref="Date"/> is the same as not setting it.
    /// </summary>
    /// <exception cref="ArgumentException">On set: the date is not in the ISO calendar.</exception>
    public LocalDate ValueDate
    {
        get => _valueDate ?? Date;
        init => _valueDate = RecordChecks.Date(value, "value date");
    }

    /// <summary>Returns whether <paramref name="other"/> has equal properties (value dates as effective
    /// dates).</summary>
    /// <param name="other">The disbursement to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Disbursement? other) =>
        base.Equals(other)
        && Kind == other.Kind
        && string.Equals(CommitmentId, other.CommitmentId, StringComparison.Ordinal)
        && Donor.Equals(other.Donor)
        && Recipient.Equals(other.Recipient)
        && Amount.Equals(other.Amount)
        && Date == other.Date
        && ValueDate == other.ValueDate;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(base.GetHashCode(), Kind, CommitmentId, Donor, Recipient, Amount, Date, ValueDate);

    /// <summary>Returns the id, amount and date: <c>disbursement d-1: JPY 1,000,000 (Disbursement
    /// 2025-03-01)</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"disbursement {Id}: {Amount} ({Kind} {Date:uuuu-MM-dd})");
}
