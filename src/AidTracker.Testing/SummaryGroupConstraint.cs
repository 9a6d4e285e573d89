using AidTracker.Aggregation;
using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing;

/// <summary>
/// The group found by <see cref="SummaryAssertions.HaveGroup(string, string, object[])"/>: assert on its total and
/// record count (<c>.WithTotal("over $12.4 billion")</c>), reach the group itself
/// (<see cref="AndWhichConstraint{TParent, TMatched}.Which"/>), or go back to the summary
/// (<see cref="AndConstraint{TParent}.And"/>).
/// </summary>
/// <remarks>When the group was not found inside an <see cref="AssertionScope"/>, <c>Which</c> is <c>null</c> and the
/// assertions here add no further failure.</remarks>
public class SummaryGroupConstraint : AndWhichConstraint<SummaryAssertions, SummaryGroup>
{
    private readonly SummaryGroup? _group;

    /// <summary>Initializes the constraint for <paramref name="group"/> of the summary asserted on by
    /// <paramref name="parent"/>.</summary>
    /// <param name="parent">The summary's assertions.</param>
    /// <param name="group">The group found, or <c>null</c>.</param>
    public SummaryGroupConstraint(SummaryAssertions parent, SummaryGroup? group)
        : base(parent, group!)
    {
        _group = group;
    }

    /// <summary>Asserts that the group has the total <paramref name="expected"/> (amount, currency and qualifier;
    /// rounded or exact).</summary>
    /// <param name="expected">The expected total (a <see cref="Money"/> converts to an exact one).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>This constraint, to chain further assertions on the group.</returns>
    [CustomAssertion]
    public SummaryGroupConstraint WithTotal(QualifiedMoney expected, string because = "", params object[] becauseArgs)
    {
        if (_group is not null)
        {
            SummaryChecks.Total(
                And.Subject,
                _group.Totals,
                "the group " + _group.Label + " of {context:summary}",
                "to have a total of " + expected,
                expected,
                because,
                becauseArgs
            );
        }

        return this;
    }

    /// <summary>Asserts that the group has the total written in <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected total as a phrase; without a qualifier word it is exact.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>This constraint, to chain further assertions on the group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public SummaryGroupConstraint WithTotal(string expected, string because = "", params object[] becauseArgs) =>
        WithTotal(ExpectedAmount.Qualified(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that <paramref name="expected"/> records were counted in the group.</summary>
    /// <param name="expected">The expected number of records.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>This constraint, to chain further assertions on the group.</returns>
    [CustomAssertion]
    public SummaryGroupConstraint WithRecordCount(int expected, string because = "", params object[] becauseArgs)
    {
        if (_group is not null)
        {
            Execute
                .Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(_group.RecordCount == expected)
                .FailWith(
                    "Expected the group {0} of {context:summary} to have {1} counted records{reason}, but it has {2}.",
                    Verbatim.Of(_group.Label),
                    Verbatim.Of(expected.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Verbatim.Of(_group.RecordCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
                );
        }

        return this;
    }
}
