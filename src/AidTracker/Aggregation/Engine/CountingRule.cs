using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// The counting rule of the commitment measures: an eligible commitment is added unless an ancestor of it is eligible
/// too (it is then a breakdown of a parent already counted); a parent without an amount of its own is the sum of its
/// children. For an itemised query (<see cref="SummaryQuery.ItemisedParts"/>) the parts are counted instead: the
/// eligible commitments with exactly one eligible ancestor.
/// </summary>
internal sealed class CountingRule(Ledger ledger, Eligibility eligibility)
{
    private readonly CommitmentTree _tree = CommitmentTree.Of(ledger);

    /// <summary>Where an eligible commitment stands for an itemised query.</summary>
    public enum Place
    {
        /// <summary>No eligible ancestor: outside every counted parent.</summary>
        Outside,

        /// <summary>Exactly one eligible ancestor: an itemised part.</summary>
        Part,

        /// <summary>Inside an itemised part (two or more eligible ancestors).</summary>
        Inside,
    }

    /// <summary>Gets each commitment's parent index (-1 for none), or <c>null</c> when no commitment has a
    /// parent.</summary>
    public int[]? Parents => _tree.Parents;

    /// <summary>Returns the indexes of the children of the commitment at <paramref name="index"/> (empty for
    /// none).</summary>
    public ImmutableArray<int> ChildrenOf(int index) => _tree.Children is { } children ? children[index] : [];

    /// <summary>Returns whether an ancestor of the commitment at <paramref name="index"/> is eligible (it is then not
    /// added itself).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool HasEligibleAncestor(int index) => EligibleAncestors(index, 1) > 0;

    /// <summary>Returns where the eligible commitment at <paramref name="index"/> stands for an itemised
    /// query.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Place ItemisedPlace(int index) =>
        EligibleAncestors(index, 2) switch
        {
            0 => Place.Outside,
            1 => Place.Part,
            _ => Place.Inside,
        };

    /// <summary>The number of eligible ancestors of the commitment at <paramref name="index"/>, counted up to <paramref
    /// name="max"/>.</summary>
    private int EligibleAncestors(int index, int max)
    {
        int[]? parents = _tree.Parents;
        if (parents is null)
        {
            return 0;
        }

        ImmutableArray<Commitment> commitments = ledger.Commitments;
        int count = 0;
        for (int p = parents[index]; p >= 0 && count < max; p = parents[p])
        {
            if (eligibility.Admits(commitments[p]))
            {
                count++;
            }
        }

        return count;
    }
}
