using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing;

/// <summary>
/// Assertions on a <see cref="MoneyBag"/> (one sum per currency), returned by <c>bag.Should()</c>. The messages list
/// the sums found and say which currency is missing, extra or off, and by how much.
/// </summary>
/// <remarks>
/// Wherever an amount is expected, a phrase works too (<see cref="QualifiedMoney.Parse(string)"/>):
/// <c>bag.Should().Be("JPY 8,800,000,000", "up to USD 40 million")</c>. A sum equals an expected amount when the
/// currency, the amount and the qualifier are the same. Works inside an <see cref="AssertionScope"/>.
/// </remarks>
public class MoneyBagAssertions
{
    /// <summary>Initializes assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The bag.</param>
    public MoneyBagAssertions(MoneyBag subject) => Subject = subject;

    /// <summary>Gets the bag the assertions are about.</summary>
    public MoneyBag Subject { get; }

    /// <summary>Asserts that the bag holds exactly the sums <paramref name="expected"/> (one per currency, in any
    /// order).</summary>
    /// <param name="expected">The expected sums (a <see cref="Money"/> converts to an exact one); none for an empty
    /// bag.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentException">Two expected sums have the same currency.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyBagAssertions> Be(params QualifiedMoney[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        MoneyBag wanted = MoneyBag.Empty;
        foreach (QualifiedMoney amount in expected)
        {
            if (wanted.Contains(amount.Currency))
            {
                throw new ArgumentException(
                    FormattableString.Invariant(
                        $"The expected sums name {amount.Currency.Code} twice; a bag holds one sum per currency."
                    ),
                    nameof(expected)
                );
            }

            wanted += amount;
        }

        var problems = new List<string>();
        foreach (QualifiedMoney sum in wanted)
        {
            problems.Add(Compare(sum) ?? string.Empty);
        }

        problems.RemoveAll(p => p.Length == 0);
        foreach (QualifiedMoney found in Subject)
        {
            if (!wanted.Contains(found.Currency))
            {
                problems.Add(FormattableString.Invariant($"it also holds {AssertionText.Amount(found)}"));
            }
        }

        Execute
            .Assertion.ForCondition(problems.Count == 0)
            .FailWith(
                "Expected {context:bag} to be {0}, but found {1}: {2}.",
                Verbatim.Of(wanted.IsEmpty ? "empty" : Sums(wanted)),
                Verbatim.Of(Subject.IsEmpty ? "an empty bag" : Sums(Subject)),
                Verbatim.Of(string.Join("; ", problems))
            );
        return new AndConstraint<MoneyBagAssertions>(this);
    }

    /// <summary>Asserts that the bag holds exactly the sums written in <paramref name="expected"/> (one per currency,
    /// in any order).</summary>
    /// <param name="expected">The expected sums as phrases (<c>"JPY 8,800,000,000"</c>, <c>"over $12.4
    /// billion"</c>).</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentException">A phrase is not an amount, or two name the same currency.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyBagAssertions> Be(params string[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        return Be([.. expected.Select(e => ExpectedAmount.Qualified(e, nameof(expected)))]);
    }

    /// <summary>Asserts that the bag's sum in the currency of <paramref name="expected"/> is
    /// <paramref name="expected"/>, whatever else it holds.</summary>
    /// <param name="expected">The expected sum.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MoneyBagAssertions> HaveSum(
        QualifiedMoney expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        string? problem = Compare(expected);
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(
                "Expected {context:bag} to have the sum {0}{reason}, but {1}.",
                Verbatim.Of(AssertionText.Amount(expected)),
                Verbatim.Of(problem ?? string.Empty)
            );
        return new AndConstraint<MoneyBagAssertions>(this);
    }

    /// <summary>Asserts that the bag's sum in the currency of the amount written in <paramref name="expected"/> is that
    /// amount.</summary>
    /// <param name="expected">The expected sum as a phrase.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<MoneyBagAssertions> HaveSum(
        string expected,
        string because = "",
        params object[] becauseArgs
    ) => HaveSum(ExpectedAmount.Qualified(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the bag holds nothing.</summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<MoneyBagAssertions> BeEmpty(string because = "", params object[] becauseArgs)
    {
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject.IsEmpty)
            .FailWith("Expected {context:bag} to be empty{reason}, but found {0}.", Verbatim.Of(Sums(Subject)));
        return new AndConstraint<MoneyBagAssertions>(this);
    }

    /// <summary>Returns how the bag's sum in the expected currency differs from it, or <c>null</c> when it
    /// matches.</summary>
    private string? Compare(QualifiedMoney expected)
    {
        if (!Subject.TryGetValue(expected.Currency, out QualifiedMoney found))
        {
            return FormattableString.Invariant($"it has no {expected.Currency.Code} sum ({expected} expected)");
        }

        string? mismatch = AssertionText.Mismatch(found.Money, expected.Money);
        if (mismatch is null && found.Qualifier == expected.Qualifier)
        {
            return null;
        }

        string text = FormattableString.Invariant($"its {expected.Currency.Code} sum is {found}");
        return mismatch is null
            ? text
                + FormattableString.Invariant(
                    $": the amounts agree but the qualifier is {found.Qualifier}, not {expected.Qualifier}"
                )
            : text
                + mismatch
                + (
                    found.Qualifier == expected.Qualifier
                        ? string.Empty
                        : FormattableString.Invariant(
                            $"; and the qualifier is {found.Qualifier}, not {expected.Qualifier}"
                        )
                );
    }

    private static string Sums(MoneyBag bag) => string.Join("; ", bag.Select(q => AssertionText.Amount(q)));
}
