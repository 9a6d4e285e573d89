using System.Collections.Frozen;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// A condition that records must meet to count in a summary, with a description for the summary's provenance
/// (<c>id in {jp-ua-erp-4}</c>). A query's filters all apply (logical and).
/// </summary>
/// <remarks>
/// <para>The record passed to <see cref="Matches"/> is a <see cref="Commitment"/> for the measures Committed and
/// Pledged and a <see cref="Disbursement"/> for Disbursed and Spent. A filter decides which records count; for
/// commitments the counting rule then keeps a child from being added again when its parent also passes (see
/// <see cref="SummaryQuery"/>).</para>
/// <para>Immutable; predicates must be pure and safe to call from several threads. Equality is by reference.</para>
/// </remarks>
public sealed class RecordFilter
{
    private readonly Func<LedgerRecord, bool> _predicate;

    private RecordFilter(string description, Func<LedgerRecord, bool> predicate)
    {
        Description = description;
        _predicate = predicate;
    }

    /// <summary>Gets what the filter keeps, e.g. <c>donor in {JPN}</c>.</summary>
    public string Description { get; }

    /// <summary>Returns a filter of your own.</summary>
    /// <param name="description">What it keeps, for the summary's provenance (e.g. <c>budget FY2024
    /// supplementary</c>).</param>
    /// <param name="predicate">Returns <c>true</c> for the records to keep.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    public static RecordFilter Create(string description, Func<LedgerRecord, bool> predicate) =>
        new(Preconditions.CheckNotNullOrWhiteSpace(description), Preconditions.CheckNotNull(predicate));

    /// <summary>Returns a filter on commitments only (disbursements never match it).</summary>
    /// <param name="description">What it keeps.</param>
    /// <param name="predicate">Returns <c>true</c> for the commitments to keep.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    public static RecordFilter ForCommitments(string description, Func<Commitment, bool> predicate)
    {
        Preconditions.CheckNotNull(predicate);
        return Create(description, r => r is Commitment c && predicate(c));
    }

    /// <summary>Returns the filter "the record's id is one of <paramref name="ids"/>" (ordinal).</summary>
    /// <param name="ids">The record ids, e.g. <c>jp-ua-erp-4</c>.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public static RecordFilter Ids(params IEnumerable<string> ids)
    {
        FrozenSet<string> set = ToSet(ids, nameof(ids));
        return new RecordFilter("id in " + Describe(set), r => set.Contains(r.Id));
    }

    /// <summary>Returns the filter "the donor's party id is one of <paramref name="partyIds"/>" (<c>JPN</c>;
    /// ordinal).</summary>
    /// <param name="partyIds">Country codes or organisation identifiers.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partyIds"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public static RecordFilter Donors(params IEnumerable<string> partyIds)
    {
        FrozenSet<string> set = ToSet(partyIds, nameof(partyIds));
        return new RecordFilter("donor in " + Describe(set), r => DonorOf(r) is Party p && set.Contains(p.Id));
    }

    /// <summary>Returns the filter "the recipient's party id is one of <paramref name="partyIds"/>" (<c>UKR</c>;
    /// ordinal).</summary>
    /// <param name="partyIds">Country codes or organisation identifiers.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partyIds"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public static RecordFilter Recipients(params IEnumerable<string> partyIds)
    {
        FrozenSet<string> set = ToSet(partyIds, nameof(partyIds));
        return new RecordFilter("recipient in " + Describe(set), r => RecipientOf(r) is Party p && set.Contains(p.Id));
    }

    /// <summary>Returns whether <paramref name="record"/> meets the condition.</summary>
    /// <param name="record">A commitment or a disbursement.</param>
    /// <returns><c>true</c> when the record is kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
    public bool Matches(LedgerRecord record) => _predicate(Preconditions.CheckNotNull(record));

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;

    internal bool MatchesUnchecked(LedgerRecord record) => _predicate(record);

    private static Party? DonorOf(LedgerRecord record) =>
        record switch
        {
            Commitment c => c.Donor,
            Disbursement d => d.Donor,
            _ => null,
        };

    private static Party? RecipientOf(LedgerRecord record) =>
        record switch
        {
            Commitment c => c.Recipient,
            Disbursement d => d.Recipient,
            _ => null,
        };

    private static FrozenSet<string> ToSet(IEnumerable<string> values, string paramName)
    {
        string[] list = [.. Preconditions.CheckNotNull(values, paramName)];
        foreach (string value in list)
        {
            Preconditions.CheckNotNull(value, paramName);
        }

        Preconditions.CheckArgument(list.Length > 0, paramName, "A filter needs at least one value to match.");
        return list.ToFrozenSet(StringComparer.Ordinal);
    }

    private static string Describe(FrozenSet<string> set) =>
        "{" + string.Join(", ", set.Order(StringComparer.Ordinal)) + "}";
}
