using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing;

/// <summary>
/// Assertions on a <see cref="Money"/> (or a <see cref="Nullable{T}"/> one), returned by <c>money.Should()</c>. Every
/// failure message shows the value found and the value expected with their currencies, and how far apart they are.
/// </summary>
/// <remarks>
/// <para>Wherever an amount is expected, a phrase works too, parsed by <see cref="Money.Parse(string)"/>:
/// <c>total.Should().Be("USD 58,825,751.29")</c>, <c>Be("8.8 billion yen")</c>. Amounts compare numerically
/// (<c>USD 1.0</c> equals <c>USD 1.00</c>), never across currencies, and never rounded: an unrounded conversion result
/// does not equal its rounded figure (the failure message says when rounding would make it equal).</para>
/// <para>Works inside an <see cref="AssertionScope"/>: failures are collected instead of thrown.</para>
/// </remarks>
/// <example>
/// <code>
/// conversion.Rounded.Should().Be("USD 58,825,751.29").And.BeRoundedToMinorUnits();
/// conversion.Converted.Should().BeApproximately("USD 58,825,751.29", 0.005m);
/// </code>
/// </example>
public class MoneyAssertions
{
    /// <summary>Initializes assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The value to assert on, or <c>null</c>.</param>
    public MoneyAssertions(Money? subject) => Subject = subject;

    /// <summary>Gets the value the assertions are about.</summary>
    public Money? Subject { get; }

    /// <summary>Asserts that the value equals <paramref name="expected"/>: the same currency and the same
    /// amount.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> Be(Money expected, string because = "", params object[] becauseArgs)
    {
        string? mismatch = Subject is Money found ? AssertionText.Mismatch(found, expected) : string.Empty;
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(mismatch is null)
            .FailWith(
                "Expected {context:money} to be {0}{reason}, but found {1}{2}.",
                Verbatim.Of(expected.ToString()),
                Verbatim.Of(AssertionText.Amount(Subject)),
                Verbatim.Of(mismatch ?? string.Empty)
            );
        return new AndConstraint<MoneyAssertions>(this);
    }

    /// <summary>Asserts that the value equals the amount written in <paramref name="expected"/> (<c>"USD
    /// 58,825,751.29"</c>, <c>"8.8 billion yen"</c>).</summary>
    /// <param name="expected">The expected value as a phrase without a qualifier word.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase, or has a qualifier
    /// word.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> Be(string expected, string because = "", params object[] becauseArgs) =>
        Be(ExpectedAmount.Money(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the value does not equal <paramref name="unexpected"/> (a value in another currency never
    /// does).</summary>
    /// <param name="unexpected">The value it must not be.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> NotBe(Money unexpected, string because = "", params object[] becauseArgs)
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not Money found || AssertionText.Mismatch(found, unexpected) is not null)
            .FailWith("Did not expect {context:money} to be {0}{reason}.", Verbatim.Of(unexpected.ToString()));
        return new AndConstraint<MoneyAssertions>(this);
    }

    /// <summary>Asserts that the value does not equal the amount written in <paramref name="unexpected"/>.</summary>
    /// <param name="unexpected">The value it must not be, as a phrase without a qualifier word.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unexpected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unexpected"/> is not an amount phrase, or has a qualifier
    /// word.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> NotBe(string unexpected, string because = "", params object[] becauseArgs) =>
        NotBe(ExpectedAmount.Money(unexpected, nameof(unexpected)), because, becauseArgs);

    /// <summary>
    /// Asserts that the value is in the currency of <paramref name="expected"/> and at most
    /// <paramref name="tolerance"/> units of that currency away from it (inclusive).
    /// </summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="tolerance">The largest accepted difference, in units of the expected currency (<c>0.005m</c> for
    /// half a US cent); zero or more.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> BeApproximately(
        Money expected,
        decimal tolerance,
        string because = "",
        params object[] becauseArgs
    )
    {
        MoneyChecks.Approximately(
            Subject,
            AssertionText.Amount(Subject),
            "money",
            expected,
            tolerance,
            because,
            becauseArgs
        );
        return new AndConstraint<MoneyAssertions>(this);
    }

    /// <summary>Asserts that the value is at most <paramref name="tolerance"/> units away from the amount written in
    /// <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected value as a phrase (<c>"USD 63.3 million"</c>) without a qualifier
    /// word.</param>
    /// <param name="tolerance">The largest accepted difference, in units of the expected currency; zero or
    /// more.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase, or has a qualifier
    /// word.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> BeApproximately(
        string expected,
        decimal tolerance,
        string because = "",
        params object[] becauseArgs
    ) => BeApproximately(ExpectedAmount.Money(expected, nameof(expected)), tolerance, because, becauseArgs);

    /// <summary>Asserts that the value is in the currency with the ISO 4217 code
    /// <paramref name="currencyCode"/>.</summary>
    /// <param name="currencyCode">The code, e.g. <c>USD</c>.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not a known currency.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> HaveCurrency(
        string currencyCode,
        string because = "",
        params object[] becauseArgs
    ) => HaveCurrency(ExpectedAmount.Currency(currencyCode, nameof(currencyCode)), because, becauseArgs);

    /// <summary>Asserts that the value is in <paramref name="currency"/>.</summary>
    /// <param name="currency">The expected currency.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> HaveCurrency(
        Currency currency,
        string because = "",
        params object[] becauseArgs
    )
    {
        MoneyChecks.Currency(Subject, AssertionText.Amount(Subject), "money", currency, because, becauseArgs);
        return new AndConstraint<MoneyAssertions>(this);
    }

    /// <summary>
    /// Asserts that the amount has no more decimals than its currency's minor units (USD 2, JPY 0, KWD 3): it is what
    /// <see cref="Money.Round()"/> would return. A currency without minor units (funds, metals) always passes.
    /// </summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> BeRoundedToMinorUnits(string because = "", params object[] becauseArgs)
    {
        MoneyChecks.RoundedToMinorUnits(Subject, AssertionText.Amount(Subject), "money", because, becauseArgs);
        return new AndConstraint<MoneyAssertions>(this);
    }

    /// <summary>Asserts that the value is <c>null</c> (e.g. a commitment without an amount of its own).</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> BeNull(string because = "", params object[] becauseArgs)
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is null)
            .FailWith(
                "Expected {context:money} to be <null>{reason}, but found {0}.",
                Verbatim.Of(AssertionText.Amount(Subject))
            );
        return new AndConstraint<MoneyAssertions>(this);
    }

    /// <summary>Asserts that the value is not <c>null</c>.</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MoneyAssertions> NotBeNull(string because = "", params object[] becauseArgs)
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:money} not to be <null>{reason}.");
        return new AndConstraint<MoneyAssertions>(this);
    }
}
