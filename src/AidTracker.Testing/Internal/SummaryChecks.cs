using System.Collections.Immutable;
using AidTracker.Aggregation;
using FluentAssertions;
using FluentAssertions.Execution;

namespace AidTracker.Testing.Internal;

/// <summary>The total check that summaries and their groups share.</summary>
internal static class SummaryChecks
{
    /// <summary>Checks that <paramref name="totals"/> hold <paramref name="expected"/>; <paramref name="subject"/> is
    /// the message's subject (with FluentAssertions placeholders).</summary>
    [CustomAssertion]
    public static void Total(
        Summary summary,
        ImmutableArray<SummaryTotal> totals,
        string subject,
        string expectation,
        QualifiedMoney expected,
        string because,
        object[] becauseArgs
    )
    {
        SummaryTotal? total = SummaryText.TotalIn(totals, expected.Currency);
        string? problem;
        if (total is not null)
        {
            string? mismatch = SummaryText.Mismatch(total, expected);
            problem = mismatch is null ? null : "its total is " + SummaryText.Describe(total) + mismatch;
        }
        else if (totals.IsEmpty)
        {
            problem = "it has no total: nothing with an amount was counted (" + summary.Counts + ")";
        }
        else
        {
            problem = FormattableString.Invariant(
                $"it has no total in {expected.Currency.Code}: its totals are {SummaryText.Totals(totals)}"
            );
        }

        if (problem is not null && !summary.IsComplete)
        {
            problem += ". The summary is incomplete: " + SummaryText.Incompleteness(summary);
        }

        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(problem is null)
            .FailWith(
                "Expected " + subject + " {0}{reason}, but {1}.",
                Verbatim.Of(expectation),
                Verbatim.Of(problem ?? string.Empty)
            );
    }
}
