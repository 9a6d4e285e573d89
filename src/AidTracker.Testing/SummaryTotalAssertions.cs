using AidTracker.Aggregation;
using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing;

/// <summary>
/// Assertions on a <see cref="SummaryTotal"/>: <c>summary.Total</c>, <c>group.Total</c>, <c>point.Total</c>, one of
/// <c>summary.Totals</c>. Returned by <c>total.Should()</c>; the messages show the total found (with its exact value
/// when rounding changed it), the value expected and how far apart they are.
/// </summary>
/// <remarks>
/// <para>Wherever an amount is expected, a phrase works too (<see cref="QualifiedMoney.Parse(string)"/>):
/// <c>summary.Total.Should().Be("USD 58,825,751.29")</c>, <c>.Be("over $12.4 billion")</c>. A <see cref="Money"/> is an
/// exact amount. A total equals the expected amount when the qualifiers are the same and either its rounded or its
/// exact value equals the amount, as <see cref="SummaryAssertions.HaveTotal(QualifiedMoney, string, object[])"/>
/// decides.</para>
/// <para>Works inside an <see cref="AssertionScope"/>: failures are collected instead of thrown.</para>
/// </remarks>
public class SummaryTotalAssertions
{
    /// <summary>Initializes assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The total, or <c>null</c> (<see cref="Summary.GetTotal"/> of a currency it does not
    /// have).</param>
    public SummaryTotalAssertions(SummaryTotal? subject) => Subject = subject;

    /// <summary>Gets the total the assertions are about.</summary>
    public SummaryTotal? Subject { get; }

    /// <summary>Asserts that the total is <paramref name="expected"/>: the same currency, amount (rounded or exact) and
    /// qualifier.</summary>
    /// <param name="expected">The expected amount (a <see cref="Money"/> converts to an exact one).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> Be(
        QualifiedMoney expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        string? problem = Subject is null ? string.Empty : SummaryText.Mismatch(Subject, expected);
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(
                "Expected {context:total} to be {0}{reason}, but found {1}{2}.",
                Verbatim.Of(AssertionText.Amount(expected)),
                Verbatim.Of(Describe(Subject)),
                Verbatim.Of(problem ?? string.Empty)
            );
        return new AndConstraint<SummaryTotalAssertions>(this);
    }

    /// <summary>Asserts that the total is the amount written in <paramref name="expected"/> (<c>"USD
    /// 58,825,751.29"</c>, <c>"over $12.4 billion"</c>).</summary>
    /// <param name="expected">The expected amount as a phrase; without a qualifier word it is exact.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> Be(
        string expected,
        string because = "",
        params object[] becauseArgs
    ) => Be(ExpectedAmount.Qualified(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the total is not <paramref name="unexpected"/> (amount, currency and qualifier, as
    /// <see cref="Be(QualifiedMoney, string, object[])"/> compares them).</summary>
    /// <param name="unexpected">The amount it must not be.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> NotBe(
        QualifiedMoney unexpected,
        string because = "",
        params object[] becauseArgs
    )
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is null || SummaryText.Mismatch(Subject, unexpected) is not null)
            .FailWith(
                "Did not expect {context:total} to be {0}{reason}, but found {1}.",
                Verbatim.Of(AssertionText.Amount(unexpected)),
                Verbatim.Of(Describe(Subject))
            );
        return new AndConstraint<SummaryTotalAssertions>(this);
    }

    /// <summary>Asserts that the total is not the amount written in <paramref name="unexpected"/>.</summary>
    /// <param name="unexpected">The amount it must not be, as a phrase.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unexpected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unexpected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> NotBe(
        string unexpected,
        string because = "",
        params object[] becauseArgs
    ) => NotBe(ExpectedAmount.Qualified(unexpected, nameof(unexpected)), because, becauseArgs);

    /// <summary>Asserts that the exact total is in the currency of <paramref name="expected"/> and at most
    /// <paramref name="tolerance"/> units from it (inclusive), whatever the qualifier.</summary>
    /// <param name="expected">The expected amount.</param>
    /// <param name="tolerance">The largest accepted difference, in units of the expected currency; zero or
    /// more.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> BeApproximately(
        Money expected,
        decimal tolerance,
        string because = "",
        params object[] becauseArgs
    )
    {
        MoneyChecks.Approximately(
            Subject?.Exact,
            Describe(Subject),
            "total",
            expected,
            tolerance,
            because,
            becauseArgs
        );
        return new AndConstraint<SummaryTotalAssertions>(this);
    }

    /// <summary>Asserts that the exact total is at most <paramref name="tolerance"/> units from the amount written in
    /// <paramref name="expected"/>, whatever the qualifiers.</summary>
    /// <param name="expected">The expected amount as a phrase (<c>"$12.4 billion"</c>); its qualifier word is
    /// ignored.</param>
    /// <param name="tolerance">The largest accepted difference, in units of the expected currency; zero or
    /// more.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> BeApproximately(
        string expected,
        decimal tolerance,
        string because = "",
        params object[] becauseArgs
    ) => BeApproximately(ExpectedAmount.Qualified(expected, nameof(expected)).Money, tolerance, because, becauseArgs);

    /// <summary>Asserts that the total is in the currency with the code <paramref name="currencyCode"/>.</summary>
    /// <param name="currencyCode">The code, e.g. <c>USD</c>.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not a known currency.</exception>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> HaveCurrency(
        string currencyCode,
        string because = "",
        params object[] becauseArgs
    )
    {
        MoneyChecks.Currency(
            Subject?.Exact,
            Describe(Subject),
            "total",
            ExpectedAmount.Currency(currencyCode, nameof(currencyCode)),
            because,
            becauseArgs
        );
        return new AndConstraint<SummaryTotalAssertions>(this);
    }

    /// <summary>Asserts that the total has the qualifier <paramref name="expected"/>
    /// (<see cref="AmountQualifier.AtLeast"/> for a total built on "over $12.4 billion").</summary>
    /// <param name="expected">The expected qualifier.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<SummaryTotalAssertions> HaveQualifier(
        AmountQualifier expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null && Subject.Qualifier == expected)
            .FailWith(
                "Expected {context:total} to have the qualifier {0}{reason}, but found {1}{2}.",
                Verbatim.Of(expected.ToString()),
                Verbatim.Of(Describe(Subject)),
                Verbatim.Of(Subject is null ? string.Empty : FormattableString.Invariant($" ({Subject.Qualifier})"))
            );
        return new AndConstraint<SummaryTotalAssertions>(this);
    }

    private static string Describe(SummaryTotal? total) => total is null ? "<null>" : SummaryText.Describe(total);
}
