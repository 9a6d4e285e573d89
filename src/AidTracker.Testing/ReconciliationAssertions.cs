using System.Globalization;
using AidTracker.Aggregation;
using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing;

/// <summary>
/// Assertions on a <see cref="Reconciliation"/> (a stated figure against a computed total), returned by
/// <c>reconciliation.Should()</c>. Every message quotes the reconciliation itself: the statement, the verdict, the
/// computed figure and the gap.
/// </summary>
/// <example>
/// <code>
/// summary.Reconcile("over $12.4 billion").Should().Hold().And.HaveComputed("over USD 12,400,000,000.00");
/// </code>
/// </example>
public class ReconciliationAssertions
{
    /// <summary>Initializes assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The reconciliation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <c>null</c>.</exception>
    public ReconciliationAssertions(Reconciliation subject) =>
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));

    /// <summary>Gets the reconciliation the assertions are about.</summary>
    public Reconciliation Subject { get; }

    /// <summary>Asserts that the statement holds (<see cref="ReconciliationOutcome.Holds"/>).</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ReconciliationAssertions> Hold(string because = "", params object[] becauseArgs) =>
        HaveOutcome(ReconciliationOutcome.Holds, because, becauseArgs);

    /// <summary>Asserts that the statement does not hold (<see cref="ReconciliationOutcome.Fails"/>).</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ReconciliationAssertions> Fail(string because = "", params object[] becauseArgs) =>
        HaveOutcome(ReconciliationOutcome.Fails, because, becauseArgs);

    /// <summary>Asserts that the computed figure cannot decide the statement
    /// (<see cref="ReconciliationOutcome.Inconclusive"/>).</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ReconciliationAssertions> BeInconclusive(string because = "", params object[] becauseArgs) =>
        HaveOutcome(ReconciliationOutcome.Inconclusive, because, becauseArgs);

    /// <summary>Asserts that the computed figure is <paramref name="expected"/> (amount, currency and
    /// qualifier).</summary>
    /// <param name="expected">The expected computed figure (a <see cref="Money"/> converts to an exact one).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ReconciliationAssertions> HaveComputed(
        QualifiedMoney expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        Figure("computed figure", Subject.Computed, expected, because, becauseArgs);
        return new AndConstraint<ReconciliationAssertions>(this);
    }

    /// <summary>Asserts that the computed figure is the amount written in <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected computed figure as a phrase (<c>"over USD 12,400,000,000.00"</c>).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<ReconciliationAssertions> HaveComputed(
        string expected,
        string because = "",
        params object[] becauseArgs
    ) => HaveComputed(ExpectedAmount.Qualified(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the difference (stated minus computed) is <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected difference.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ReconciliationAssertions> HaveDifference(
        Money expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        Figure("difference", Subject.Difference, expected, because, becauseArgs);
        return new AndConstraint<ReconciliationAssertions>(this);
    }

    /// <summary>Asserts that the difference (stated minus computed) is the amount written in
    /// <paramref name="expected"/> (<c>"USD 4,474,248.71"</c>).</summary>
    /// <param name="expected">The expected difference as a phrase without a qualifier word.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<ReconciliationAssertions> HaveDifference(
        string expected,
        string because = "",
        params object[] becauseArgs
    ) => HaveDifference(ExpectedAmount.Money(expected, nameof(expected)), because, becauseArgs);

    [CustomAssertion]
    private AndConstraint<ReconciliationAssertions> HaveOutcome(
        ReconciliationOutcome expected,
        string because,
        object[] becauseArgs
    )
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Outcome == expected)
            .FailWith(
                "Expected {context:reconciliation} to be {0}{reason}, but it is {1}: {2}",
                Verbatim.Of(expected.ToString()),
                Verbatim.Of(Subject.Outcome.ToString()),
                Verbatim.Of(Subject.ToString())
            );
        return new AndConstraint<ReconciliationAssertions>(this);
    }

    [CustomAssertion]
    private void Figure(
        string name,
        QualifiedMoney found,
        QualifiedMoney expected,
        string because,
        object[] becauseArgs
    )
    {
        string? problem = AssertionText.Mismatch(found.Money, expected.Money);
        if (found.Qualifier != expected.Qualifier)
        {
            problem =
                (problem ?? ": the amounts agree but")
                + string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(problem is null ? string.Empty : "; and")} the qualifier is {found.Qualifier}, not "
                        + $"{expected.Qualifier}"
                );
        }

        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(
                "Expected the " + name + " of {context:reconciliation} to be {0}{reason}, but found {1}{2} ({3}).",
                Verbatim.Of(AssertionText.Amount(expected)),
                Verbatim.Of(AssertionText.Amount(found)),
                Verbatim.Of(problem ?? string.Empty),
                Verbatim.Of(Subject.ToString())
            );
    }
}
