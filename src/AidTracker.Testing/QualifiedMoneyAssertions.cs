using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing;

/// <summary>
/// Assertions on a <see cref="QualifiedMoney"/> (or a <see cref="Nullable{T}"/> one: a commitment's amount), returned
/// by <c>amount.Should()</c>. Every failure message shows the value found and the value expected with their qualifiers
/// and currencies, and how far apart they are.
/// </summary>
/// <remarks>
/// <para>Wherever an amount is expected, a phrase works too, parsed by <see cref="QualifiedMoney.Parse(string)"/>:
/// <c>total.Should().Be("over USD 12.4 billion")</c>. A phrase without a qualifier word is an exact amount.
/// <see cref="Be(QualifiedMoney, string, object[])"/> compares the amount and the qualifier;
/// <see cref="BeApproximately(Money, decimal, string, object[])"/> compares the amount only (check the qualifier with
/// <see cref="HaveQualifier"/>).</para>
/// <para>Works inside an <see cref="AssertionScope"/>: failures are collected instead of thrown.</para>
/// </remarks>
/// <example>
/// <code>
/// commitment.Amount.Should().Be("up to 13 billion yen").And.HaveQualifier(AmountQualifier.AtMost);
/// </code>
/// </example>
public class QualifiedMoneyAssertions
{
    /// <summary>Initializes assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The value to assert on, or <c>null</c>.</param>
    public QualifiedMoneyAssertions(QualifiedMoney? subject) => Subject = subject;

    /// <summary>Gets the value the assertions are about.</summary>
    public QualifiedMoney? Subject { get; }

    /// <summary>Asserts that the value equals <paramref name="expected"/>: the same currency, amount and
    /// qualifier.</summary>
    /// <param name="expected">The expected value (a <see cref="Money"/> converts to an exact one).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> Be(
        QualifiedMoney expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        string? problem = string.Empty;
        if (Subject is QualifiedMoney found)
        {
            problem = AssertionText.Mismatch(found.Money, expected.Money);
            if (found.Qualifier != expected.Qualifier)
            {
                problem = problem is null
                    ? FormattableString.Invariant(
                        $": the amounts agree but the qualifier is {found.Qualifier}, not {expected.Qualifier}"
                    )
                    : problem
                        + FormattableString.Invariant(
                            $"; and the qualifier is {found.Qualifier}, not {expected.Qualifier}"
                        );
            }
        }

        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(
                "Expected {context:amount} to be {0}{reason}, but found {1}{2}.",
                Verbatim.Of(Describe(expected)),
                Verbatim.Of(Describe(Subject)),
                Verbatim.Of(problem ?? string.Empty)
            );
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Asserts that the value equals the amount written in <paramref name="expected"/> (<c>"over $12.4
    /// billion"</c>, <c>"up to 78 billion yen"</c>, <c>"JPY 8,800,000,000"</c>).</summary>
    /// <param name="expected">The expected value as a phrase; without a qualifier word it is exact.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> Be(
        string expected,
        string because = "",
        params object[] becauseArgs
    ) => Be(ExpectedAmount.Qualified(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the value does not equal <paramref name="unexpected"/> (amount, currency and
    /// qualifier).</summary>
    /// <param name="unexpected">The value it must not be.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> NotBe(
        QualifiedMoney unexpected,
        string because = "",
        params object[] becauseArgs
    )
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(
                Subject is not QualifiedMoney found
                    || found.Qualifier != unexpected.Qualifier
                    || AssertionText.Mismatch(found.Money, unexpected.Money) is not null
            )
            .FailWith("Did not expect {context:amount} to be {0}{reason}.", Verbatim.Of(Describe(unexpected)));
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Asserts that the value does not equal the amount written in <paramref name="unexpected"/>.</summary>
    /// <param name="unexpected">The value it must not be, as a phrase; without a qualifier word it is exact.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unexpected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unexpected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> NotBe(
        string unexpected,
        string because = "",
        params object[] becauseArgs
    ) => NotBe(ExpectedAmount.Qualified(unexpected, nameof(unexpected)), because, becauseArgs);

    /// <summary>
    /// Asserts that the amount is in the currency of <paramref name="expected"/> and at most
    /// <paramref name="tolerance"/> units of that currency away from it (inclusive), whatever the qualifier.
    /// </summary>
    /// <param name="expected">The expected amount.</param>
    /// <param name="tolerance">The largest accepted difference, in units of the expected currency; zero or
    /// more.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> BeApproximately(
        Money expected,
        decimal tolerance,
        string because = "",
        params object[] becauseArgs
    )
    {
        MoneyChecks.Approximately(
            Subject?.Money,
            Describe(Subject),
            "amount",
            expected,
            tolerance,
            because,
            becauseArgs
        );
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Asserts that the amount is at most <paramref name="tolerance"/> units away from the amount written in
    /// <paramref name="expected"/>, whatever the qualifiers.</summary>
    /// <param name="expected">The expected amount as a phrase (<c>"approximately 63.3 million US dollars"</c>); its
    /// qualifier word is ignored.</param>
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
    public AndConstraint<QualifiedMoneyAssertions> BeApproximately(
        string expected,
        decimal tolerance,
        string because = "",
        params object[] becauseArgs
    ) => BeApproximately(ExpectedAmount.Qualified(expected, nameof(expected)).Money, tolerance, because, becauseArgs);

    /// <summary>Asserts that the amount is in the currency with the ISO 4217 code
    /// <paramref name="currencyCode"/>.</summary>
    /// <param name="currencyCode">The code, e.g. <c>USD</c>.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not a known currency.</exception>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> HaveCurrency(
        string currencyCode,
        string because = "",
        params object[] becauseArgs
    ) => HaveCurrency(ExpectedAmount.Currency(currencyCode, nameof(currencyCode)), because, becauseArgs);

    /// <summary>Asserts that the amount is in <paramref name="currency"/>.</summary>
    /// <param name="currency">The expected currency.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> HaveCurrency(
        Currency currency,
        string because = "",
        params object[] becauseArgs
    )
    {
        MoneyChecks.Currency(Subject?.Money, Describe(Subject), "amount", currency, because, becauseArgs);
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Asserts that the amount has no more decimals than its currency's minor units; a currency without minor
    /// units always passes.</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> BeRoundedToMinorUnits(
        string because = "",
        params object[] becauseArgs
    )
    {
        MoneyChecks.RoundedToMinorUnits(Subject?.Money, Describe(Subject), "amount", because, becauseArgs);
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Asserts that the amount has the qualifier <paramref name="expected"/>
    /// (<see cref="AmountQualifier.AtLeast"/> for "over $12.4 billion").</summary>
    /// <param name="expected">The expected qualifier.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> HaveQualifier(
        AmountQualifier expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is QualifiedMoney found && found.Qualifier == expected)
            .FailWith(
                "Expected {context:amount} to have the qualifier {0}{reason}, but found {1}{2}.",
                Verbatim.Of(expected.ToString()),
                Verbatim.Of(Describe(Subject)),
                Verbatim.Of(
                    Subject is QualifiedMoney q ? FormattableString.Invariant($" ({q.Qualifier})") : string.Empty
                )
            );
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Asserts that the value is <c>null</c> (a commitment without an amount of its own).</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> BeNull(string because = "", params object[] becauseArgs)
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is null)
            .FailWith("Expected {context:amount} to be <null>{reason}, but found {0}.", Verbatim.Of(Describe(Subject)));
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Asserts that the value is not <c>null</c>.</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<QualifiedMoneyAssertions> NotBeNull(string because = "", params object[] becauseArgs)
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:amount} not to be <null>{reason}.");
        return new AndConstraint<QualifiedMoneyAssertions>(this);
    }

    /// <summary>Shows an amount with its qualifier word in front (<c>over USD 12,400,000,000.00</c>), or
    /// <c>&lt;null&gt;</c>.</summary>
    private static string Describe(QualifiedMoney? amount) => AssertionText.Amount(amount);
}
