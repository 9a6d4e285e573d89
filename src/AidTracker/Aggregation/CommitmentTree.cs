using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

/// <summary>
/// The parent links of a ledger's commitments as positions (parent of each, children of each), built once per ledger and
/// cached; <c>null</c> arrays when no commitment has a parent (the common fast case).
/// </summary>
internal sealed class CommitmentTree
{
    private static readonly ConditionalWeakTable<Ledger, CommitmentTree> Cache = [];

    private CommitmentTree(int[]? parents, int[][]? children)
    {
        Parents = parents;
        Children = children;
    }

    /// <summary>Gets the position of each commitment's parent (-1 for none), or <c>null</c> when no commitment has a parent.</summary>
    public int[]? Parents { get; }

    /// <summary>Gets the positions of each commitment's children, in ledger order, or <c>null</c> when no commitment has a parent.</summary>
    public int[][]? Children { get; }

    public static CommitmentTree Of(Ledger ledger) => Cache.GetValue(ledger, Build);

    private static CommitmentTree Build(Ledger ledger)
    {
        var commitments = ledger.Commitments;
        bool any = false;
        foreach (Commitment c in commitments)
        {
            if (c.ParentId is not null)
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return new CommitmentTree(null, null);
        }

        var positions = new Dictionary<string, int>(commitments.Length, StringComparer.Ordinal);
        for (int i = 0; i < commitments.Length; i++)
        {
            positions[commitments[i].Id] = i;
        }

        int[] parents = new int[commitments.Length];
        var lists = new List<int>?[commitments.Length];
        for (int i = 0; i < commitments.Length; i++)
        {
            // A valid ledger names only existing commitments as parents and has no cycles.
            parents[i] = commitments[i].ParentId is string id && positions.TryGetValue(id, out int p) && p != i ? p : -1;
            if (parents[i] >= 0)
            {
                (lists[parents[i]] ??= []).Add(i);
            }
        }

        int[][] children = new int[commitments.Length][];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = lists[i] is { } list ? [.. list] : [];
        }

        return new CommitmentTree(parents, children);
    }
}
