using System.Globalization;

namespace AidTracker.Aggregation;

/// <summary>
/// How many records a summary looked at and what became of each: <see cref="Considered"/> =
/// <see cref="ExcludedByMeasure"/> + <see cref="ExcludedByAsOf"/> + <see cref="ExcludedByFilter"/> +
/// <see cref="InsideCountedParent"/> + <see cref="Counted"/>.
/// </summary>
/// <remarks>Immutable. Equality compares every count.</remarks>
public sealed class SummaryCounts : IEquatable<SummaryCounts>
{
    internal SummaryCounts(
        int considered,
        int excludedByMeasure,
        int excludedByAsOf,
        int excludedByFilter,
        int insideCountedParent,
        int counted,
        int unconverted,
        int withoutAmount,
        int outsideCountedParents = 0
    )
    {
        Considered = considered;
        ExcludedByMeasure = excludedByMeasure;
        ExcludedByAsOf = excludedByAsOf;
        ExcludedByFilter = excludedByFilter;
        InsideCountedParent = insideCountedParent;
        Counted = counted;
        Unconverted = unconverted;
        WithoutAmount = withoutAmount;
        OutsideCountedParents = outsideCountedParents;
    }

    /// <summary>Gets the number of records of the measure's kind (commitments, or disbursements) that were looked
    /// at.</summary>
    public int Considered { get; }

    /// <summary>Gets the number left out because they are of another stage (commitments) or kind (disbursements) than
    /// the measure.</summary>
    public int ExcludedByMeasure { get; }

    /// <summary>Gets the number left out because they are dated after the as-of cut-off.</summary>
    public int ExcludedByAsOf { get; }

    /// <summary>Gets the number left out by a filter.</summary>
    public int ExcludedByFilter { get; }

    /// <summary>Gets the number of commitments not added because an ancestor of theirs is counted (a breakdown is not
    /// added again).</summary>
    public int InsideCountedParent { get; }

    /// <summary>Gets the number of records counted (each in exactly one group).</summary>
    public int Counted { get; }

    /// <summary>Gets the number of amounts that could not be converted (listed in <see cref="Summary.Unconverted"/>;
    /// children of a counted parent included).</summary>
    public int Unconverted { get; }

    /// <summary>Gets the number of records that count but have no amount to add (listed in
    /// <see cref="Summary.RecordsWithoutAmount"/>).</summary>
    public int WithoutAmount { get; }

    /// <summary>
    /// Gets, for an itemised summary (<see cref="SummaryQuery.Itemised"/>), the number of commitments left out because
    /// no ancestor of theirs is counted: what the same query without that option counts. Always 0 otherwise.
    /// </summary>
    public int OutsideCountedParents { get; }

    /// <summary>Returns whether every count is equal.</summary>
    /// <param name="other">The counts to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(SummaryCounts? other) =>
        other is not null
        && Considered == other.Considered
        && ExcludedByMeasure == other.ExcludedByMeasure
        && ExcludedByAsOf == other.ExcludedByAsOf
        && ExcludedByFilter == other.ExcludedByFilter
        && InsideCountedParent == other.InsideCountedParent
        && Counted == other.Counted
        && Unconverted == other.Unconverted
        && WithoutAmount == other.WithoutAmount
        && OutsideCountedParents == other.OutsideCountedParents;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SummaryCounts);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(
                Considered,
                ExcludedByMeasure,
                ExcludedByAsOf,
                ExcludedByFilter,
                InsideCountedParent,
                Counted,
                Unconverted,
                WithoutAmount
            ),
            OutsideCountedParents
        );

    /// <summary>Returns the counts: <c>4 considered, 3 counted, 1 inside a counted parent, 0 excluded by measure, 0 by
    /// as-of, 0 by filter, 0 unconverted, 0 without amount</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        string outside =
            OutsideCountedParents > 0
                ? FormattableString.Invariant(
                    $", {OutsideCountedParents} outside counted parents (an itemised summary)"
                )
                : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Considered} considered, {Counted} counted, {InsideCountedParent} inside a counted parent, "
                + $"{ExcludedByMeasure} excluded by measure, {ExcludedByAsOf} by as-of, {ExcludedByFilter} by filter, "
                + $"{Unconverted} unconverted, {WithoutAmount} without amount{outside}"
        );
    }

    internal SummaryCounts Add(SummaryCounts other) =>
        new(
            Considered + other.Considered,
            ExcludedByMeasure + other.ExcludedByMeasure,
            ExcludedByAsOf + other.ExcludedByAsOf,
            ExcludedByFilter + other.ExcludedByFilter,
            InsideCountedParent + other.InsideCountedParent,
            Counted + other.Counted,
            Unconverted + other.Unconverted,
            WithoutAmount + other.WithoutAmount,
            OutsideCountedParents + other.OutsideCountedParents
        );
}
