using System.Collections.Immutable;
using AidTracker.Internal;

namespace AidTracker;

public sealed partial class Ledger
{
    /// <summary>Gets the commitments that have no parent: the ones a total adds up (a child is a breakdown of its
    /// parent).</summary>
    public ImmutableArray<Commitment> TopLevelCommitments
    {
        get
        {
            if (field.IsDefault)
            {
                ImmutableArray<Commitment>.Builder top = ImmutableArray.CreateBuilder<Commitment>();
                for (int i = 0; i < Commitments.Length; i++)
                {
                    if (_index.ParentOf[i] < 0)
                    {
                        top.Add(Commitments[i]);
                    }
                }

                ImmutableInterlocked.InterlockedInitialize(ref field, top.ToImmutable());
            }

            return field;
        }
    }

    /// <summary>Returns the parent of <paramref name="commitment"/> (the commitment it is part of), or
    /// <c>null</c>.</summary>
    /// <param name="commitment">A commitment of this ledger.</param>
    /// <returns>The parent, or <c>null</c> when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="commitment"/> is not in this ledger.</exception>
    public Commitment? GetParent(Commitment commitment) => At(_index.ParentOf[IndexOf(commitment)]);

    /// <summary>Returns the children of <paramref name="commitment"/> (the commitments that are part of it), in
    /// order.</summary>
    /// <param name="commitment">A commitment of this ledger.</param>
    /// <returns>The children; empty when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="commitment"/> is not in this ledger.</exception>
    public ImmutableArray<Commitment> GetChildren(Commitment commitment) =>
        Select(Commitments, Reverse(ref _children, _index.ParentOf, Commitments.Length)[IndexOf(commitment)]);

    /// <summary>Returns the commitment that <paramref name="commitment"/> supplements (tops up), or
    /// <c>null</c>.</summary>
    /// <param name="commitment">A commitment of this ledger.</param>
    /// <returns>The supplemented commitment, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="commitment"/> is not in this ledger.</exception>
    public Commitment? GetSupplemented(Commitment commitment) => At(_index.SupplementedBy[IndexOf(commitment)]);

    /// <summary>Returns the commitments that supplement (top up) <paramref name="commitment"/>, in order.</summary>
    /// <param name="commitment">A commitment of this ledger.</param>
    /// <returns>The supplements; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="commitment"/> is not in this ledger.</exception>
    public ImmutableArray<Commitment> GetSupplements(Commitment commitment) =>
        Select(Commitments, Reverse(ref _supplements, _index.SupplementedBy, Commitments.Length)[IndexOf(commitment)]);

    /// <summary>Returns the agreement <paramref name="commitment"/> rests on, or <c>null</c>.</summary>
    /// <param name="commitment">A commitment of this ledger.</param>
    /// <returns>The agreement, or <c>null</c> when it names none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="commitment"/> is not in this ledger.</exception>
    public Agreement? GetAgreementOf(Commitment commitment)
    {
        int a = _index.AgreementOf[IndexOf(commitment)];
        return a < 0 ? null : Agreements[a];
    }

    /// <summary>Returns the commitments that rest on <paramref name="agreement"/>, in order.</summary>
    /// <param name="agreement">An agreement of this ledger.</param>
    /// <returns>The commitments; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreement"/> is not in this ledger.</exception>
    public ImmutableArray<Commitment> GetCommitments(Agreement agreement) =>
        Select(
            Commitments,
            Reverse(ref _commitmentsOf, _index.AgreementOf, Agreements.Length, sameKind: false)[
                IndexOf(agreement, LedgerRecordKind.Agreement)
            ]
        );

    /// <summary>Returns the disbursements that pay out <paramref name="commitment"/>, in order.</summary>
    /// <param name="commitment">A commitment of this ledger.</param>
    /// <returns>The disbursements; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="commitment"/> is not in this ledger.</exception>
    public ImmutableArray<Disbursement> GetDisbursements(Commitment commitment) =>
        Select(
            Disbursements,
            Reverse(ref _disbursementsOf, _index.CommitmentOf, Commitments.Length, sameKind: false)[IndexOf(commitment)]
        );

    /// <summary>Returns the commitment that <paramref name="disbursement"/> pays out, or <c>null</c>.</summary>
    /// <param name="disbursement">A disbursement of this ledger.</param>
    /// <returns>The commitment, or <c>null</c> when it names none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disbursement"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="disbursement"/> is not in this ledger.</exception>
    public Commitment? GetCommitmentOf(Disbursement disbursement) =>
        At(_index.CommitmentOf[IndexOf(disbursement, LedgerRecordKind.Disbursement)]);

    private static ImmutableArray<T> Select<T>(ImmutableArray<T> records, ImmutableArray<int> positions)
    {
        if (positions.IsEmpty)
        {
            return [];
        }

        var result = new T[positions.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = records[positions[i]];
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>Builds (once) the reverse of a link: for each target, the positions that link to it, in
    /// order.</summary>
    // sameKind: the links point into the same list (parent, supplements), where a self-link (a cycle, reported by the
    // validation) is left out; a disbursement's link to a commitment crosses lists, where equal positions mean nothing.
    private static ImmutableArray<int>[] Reverse(
        ref ImmutableArray<int>[]? cache,
        int[] links,
        int targets,
        bool sameKind = true
    )
    {
        if (Volatile.Read(ref cache) is { } cached)
        {
            return cached;
        }

        var lists = new List<int>?[targets];
        for (int i = 0; i < links.Length; i++)
        {
            int target = links[i];
            if (target >= 0 && (target != i || !sameKind))
            {
                (lists[target] ??= []).Add(i);
            }
        }

        var reverse = new ImmutableArray<int>[targets];
        for (int t = 0; t < targets; t++)
        {
            reverse[t] = lists[t] is { } list ? [.. list] : [];
        }

        Interlocked.CompareExchange(ref cache, reverse, null);
        return cache;
    }

    private Commitment? At(int index) => index < 0 ? null : Commitments[index];

    /// <summary>Gets the position of each commitment's parent in <see cref="Commitments"/>, or -1 (resolved by the
    /// validation; do not change).</summary>
    internal int[] ParentIndexes => _index.ParentOf;

    /// <summary>Gets the positions of each commitment's children, in order (built once, the same as
    /// <see cref="GetChildren"/> uses).</summary>
    internal ImmutableArray<int>[] ChildIndexes => Reverse(ref _children, _index.ParentOf, Commitments.Length);

    private int IndexOf(Commitment commitment) => IndexOf(commitment, LedgerRecordKind.Commitment);

    private int IndexOf(LedgerRecord record, LedgerRecordKind kind)
    {
        Preconditions.CheckNotNull(record);
        if (_index.Ids.TryGetValue(record.Id, out RecordRef found) && found.Kind == kind)
        {
            LedgerRecord mine = RecordAt(found);
            if (ReferenceEquals(mine, record) || mine.Equals(record))
            {
                return found.Index;
            }
        }

        throw new ArgumentException(
            FormattableString.Invariant(
                $"The {kind.ToString().ToLowerInvariant()} '{InputText.Shorten(record.Id)}' is not in this ledger."
            ),
            nameof(record)
        );
    }
}
