using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

/// <summary>
/// The parent links of a ledger's commitments as positions (parent of each, children of each), built once per ledger
/// and cached; <c>null</c> arrays when no commitment has a parent (the common fast case).
/// </summary>
internal sealed class CommitmentTree
{
    private static readonly ConditionalWeakTable<Ledger, CommitmentTree> Cache = [];

    private CommitmentTree(int[]? parents, ImmutableArray<int>[]? children)
    {
        Parents = parents;
        Children = children;
    }

    /// <summary>Gets the position of each commitment's parent (-1 for none), or <c>null</c> when no commitment has a
    /// parent.</summary>
    public int[]? Parents { get; }

    /// <summary>Gets the positions of each commitment's children, in ledger order, or <c>null</c> when no commitment
    /// has a parent.</summary>
    public ImmutableArray<int>[]? Children { get; }

    public static CommitmentTree Of(Ledger ledger) => Cache.GetValue(ledger, Build);

    private static CommitmentTree Build(Ledger ledger)
    {
        // The ledger resolved every parent while it was validated (a valid ledger names only its own commitments as
        // parents, and has no cycles): its links, and the children it derives from them, are reused.
        int[] parents = ledger.ParentIndexes;
        return parents.AsSpan().ContainsAnyExcept(-1)
            ? new CommitmentTree(parents, ledger.ChildIndexes)
            : new CommitmentTree(null, null);
    }
}
