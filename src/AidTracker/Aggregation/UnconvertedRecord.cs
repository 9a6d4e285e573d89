using System.Collections.Immutable;
using AidTracker.Rates;

namespace AidTracker.Aggregation;

/// <summary>
/// An amount a summary could not convert into its reporting currency, with the reason. The summary still adds up
/// everything else and says it is incomplete (<see cref="Summary.IsComplete"/>); nothing is dropped silently or counted
/// as zero.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class UnconvertedRecord
{
    internal UnconvertedRecord(
        string recordId,
        string countedRecordId,
        QualifiedMoney amount,
        RateLookupFailure failure,
        ImmutableArray<string> groupKeyValues = default
    )
    {
        GroupKeyValues = groupKeyValues.IsDefault ? [] : groupKeyValues;
        RecordId = recordId;
        CountedRecordId = countedRecordId;
        Amount = amount;
        Failure = failure;
    }

    /// <summary>Gets the id of the record whose amount could not be converted.</summary>
    public string RecordId { get; }

    /// <summary>Gets the id of the counted record it belongs to: the record itself, or the counted ancestor whose
    /// amount is the sum of its children.</summary>
    public string CountedRecordId { get; }

    /// <summary>
    /// Gets the key values of the group whose total leaves this amount out (in the order of
    /// <see cref="SummaryQuery.GroupBy"/>; empty when the summary is not grouped). That group's
    /// <see cref="SummaryGroup.IsComplete"/> is <c>false</c>.
    /// </summary>
    public ImmutableArray<string> GroupKeyValues { get; }

    /// <summary>Gets the amount that could not be converted.</summary>
    public QualifiedMoney Amount { get; }

    /// <summary>Gets the rate request that failed (pair, date, basis).</summary>
    public RateRequest Request => Failure.Request;

    /// <summary>Gets why the source could not answer, with the nearest dates it has.</summary>
    public RateLookupFailure Failure { get; }

    /// <summary>Gets the reason as one sentence (<see cref="RateLookupFailure.Message"/>).</summary>
    public string Reason => Failure.Message;

    /// <summary>Returns the id, amount and reason.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() => RecordId + ": " + Amount + " not converted: " + Reason;

    /// <summary>The same record, placed in the group with <paramref name="keyValues"/>.</summary>
    internal UnconvertedRecord InGroup(ImmutableArray<string> keyValues) =>
        new(RecordId, CountedRecordId, Amount, Failure, keyValues);
}
