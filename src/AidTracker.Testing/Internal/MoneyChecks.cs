using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing.Internal;

/// <summary>
/// The checks that money and qualified money share; <c>foundText</c> is how the subject is shown (with its qualifier).
/// Marked <see cref="CustomAssertionAttribute"/> so that FluentAssertions looks past them for the caller's expression
/// (<c>total</c> in <c>total.Should()</c>).
/// </summary>
internal static class MoneyChecks
{
    [CustomAssertion]
    public static void Approximately(
        Money? found,
        string foundText,
        string context,
        Money expected,
        decimal tolerance,
        string because,
        object[] becauseArgs
    )
    {
        if (tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(tolerance),
                tolerance,
                FormattableString.Invariant($"The tolerance must be zero or more, not {tolerance}.")
            );
        }

        string expectation = FormattableString.Invariant(
            $"within {new Money(tolerance, expected.Currency)} of {expected}"
        );
        string? problem = found switch
        {
            null => string.Empty,
            Money f when !f.Currency.Equals(expected.Currency) => FormattableString.Invariant(
                $": a different currency ({f.Currency.Code}, not {expected.Currency.Code})"
            ),
            Money f when Math.Abs(f.Amount - expected.Amount) > tolerance => ", "
                + AssertionText.Difference(f, expected),
            _ => null,
        };

        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(
                "Expected {context:" + context + "} to be {0}{reason}, but found {1}{2}.",
                Verbatim.Of(expectation),
                Verbatim.Of(foundText),
                Verbatim.Of(problem ?? string.Empty)
            );
    }

    [CustomAssertion]
    public static void Currency(
        Money? found,
        string foundText,
        string context,
        Currency expected,
        string because,
        object[] becauseArgs
    )
    {
        ArgumentNullException.ThrowIfNull(expected);
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(found is Money f && f.Currency.Equals(expected))
            .FailWith(
                "Expected {context:" + context + "} to be in {0}{reason}, but found {1}.",
                Verbatim.Of(expected.Code),
                Verbatim.Of(foundText)
            );
    }

    [CustomAssertion]
    public static void RoundedToMinorUnits(
        Money? found,
        string foundText,
        string context,
        string because,
        object[] becauseArgs
    )
    {
        if (found is not Money f)
        {
            Execute
                .Assertion.BecauseOf(because, becauseArgs)
                .FailWith(
                    "Expected {context:"
                        + context
                        + "} to be rounded to its currency's minor units{reason}, but found <null>."
                );
            return;
        }

        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(f.IsRoundedToMinorUnits)
            .FailWith(
                "Expected {context:"
                    + context
                    + "} to be rounded to the minor units of {0} ({1}){reason}, but found {2}; rounded half to even it "
                    + "is {3}.",
                Verbatim.Of(f.Currency.Code),
                Verbatim.Of(AssertionText.MinorUnits(f.Currency)),
                Verbatim.Of(foundText),
                Verbatim.Of(f.IsRoundedToMinorUnits ? string.Empty : f.Round().ToString())
            );
    }
}
