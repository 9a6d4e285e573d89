using AidTracker.Aggregation;
using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;

namespace AidTracker.Testing;

/// <summary>
/// Assertions on an aggregation <see cref="Summary"/>, returned by <c>summary.Should()</c>: its totals (with their
/// qualifiers), its groups, its completeness and the rates it used. Failure messages show the totals and groups found,
/// the difference, and why a summary is incomplete when it is.
/// </summary>
/// <remarks>
/// <para>A total matches an expected amount when the qualifier is the same and either the rounded total (as figures are
/// quoted) or the exact total equals it: <c>HaveTotal("USD 58,825,751.29")</c> and <c>HaveTotal("over $12.4
/// billion")</c>. A phrase without a qualifier word is an exact amount. When totals stay per currency, the total in the
/// expected amount's currency is the one compared.</para>
/// <para>Works inside an <see cref="AssertionScope"/>: failures are collected instead of thrown.</para>
/// </remarks>
/// <example>
/// <code>
/// Summary summary = ledger.Summarize(
///     new SummaryQuery { ReportingCurrency = Currency.USD }.GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear));
/// summary.Should().BeComplete()
///     .And.HaveTotal("over $12.4 billion")
///     .And.HaveGroup(["JPN", "FY2024"]).WithTotal("over $12.4 billion").WithRecordCount(1);
/// </code>
/// </example>
public class SummaryAssertions : ReferenceTypeAssertions<Summary, SummaryAssertions>
{
    /// <summary>Initializes assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The summary to assert on, or <c>null</c>.</param>
    public SummaryAssertions(Summary subject)
        : base(subject) { }

    /// <summary>Gets the word for the subject in failure messages when its expression is unknown.</summary>
    protected override string Identifier => "summary";

    /// <summary>Asserts that the summary has the total <paramref name="expected"/> (amount, currency and
    /// qualifier).</summary>
    /// <param name="expected">The expected total (a <see cref="Money"/> converts to an exact one).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<SummaryAssertions> HaveTotal(
        QualifiedMoney expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        string expectation = "to have a total of " + expected;
        if (NotNull(expectation, because, becauseArgs))
        {
            SummaryChecks.Total(
                Subject,
                Subject.Totals,
                "{context:summary}",
                expectation,
                expected,
                because,
                becauseArgs
            );
        }

        return new AndConstraint<SummaryAssertions>(this);
    }

    /// <summary>Asserts that the summary has the total written in <paramref name="expected"/> (<c>"USD
    /// 58,825,751.29"</c>, <c>"over $12.4 billion"</c>).</summary>
    /// <param name="expected">The expected total as a phrase; without a qualifier word it is exact.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is not an amount phrase.</exception>
    [CustomAssertion]
    public AndConstraint<SummaryAssertions> HaveTotal(
        string expected,
        string because = "",
        params object[] becauseArgs
    ) => HaveTotal(ExpectedAmount.Qualified(expected, nameof(expected)), because, becauseArgs);

    /// <summary>
    /// Asserts that the summary has a group with the key value <paramref name="key"/> (one key: <c>"JPN"</c>) or the
    /// label
    /// <paramref name="key"/> (several keys: <c>"JPN, FY2024"</c>), and returns it for <c>WithTotal</c>.
    /// </summary>
    /// <param name="key">The group's key value or label.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the group, with <c>WithTotal</c> and
    /// <c>WithRecordCount</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
    [CustomAssertion]
    public SummaryGroupConstraint HaveGroup(string key, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(key);
        return HaveGroup(
            key,
            g =>
                g.FindGroup(key) ?? g.Groups.FirstOrDefault(x => string.Equals(x.Label, key, StringComparison.Ordinal)),
            because,
            becauseArgs
        );
    }

    /// <summary>Asserts that the summary has a group with the key values <paramref name="keyValues"/>, in the order of
    /// the query's keys (<c>["JPN", "FY2024"]</c>).</summary>
    /// <param name="keyValues">The group's key values.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the group, with <c>WithTotal</c> and
    /// <c>WithRecordCount</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyValues"/> is <c>null</c>.</exception>
    [CustomAssertion]
    public SummaryGroupConstraint HaveGroup(
        IEnumerable<string> keyValues,
        string because = "",
        params object[] becauseArgs
    )
    {
        string[] key = [.. keyValues ?? throw new ArgumentNullException(nameof(keyValues))];
        return HaveGroup(string.Join(", ", key), s => s.FindGroup(key), because, becauseArgs);
    }

    /// <summary>
    /// Asserts that every counted amount was added: no amount left unconverted (a missing rate) and no counted record
    /// without an amount. The failure lists what is missing and why.
    /// </summary>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<SummaryAssertions> BeComplete(string because = "", params object[] becauseArgs)
    {
        if (NotNull("to be complete", because, becauseArgs))
        {
            Execute
                .Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.IsComplete)
                .FailWith(
                    "Expected {context:summary} to be complete{reason}, but {0}.",
                    Verbatim.Of(SummaryText.Incompleteness(Subject))
                );
        }

        return new AndConstraint<SummaryAssertions>(this);
    }

    /// <summary>
    /// Asserts that the summary used a rate between <paramref name="fromCode"/> and <paramref name="toCode"/> (either
    /// way round) dated <paramref name="date"/>: one of <see cref="Summary.RatesUsed"/> or, for a cross rate, one of
    /// the published rates it was derived from. The date is the rate's own (a request on a Saturday uses Friday's
    /// rate).
    /// </summary>
    /// <param name="fromCode">One currency of the pair, e.g. <c>JPY</c>.</param>
    /// <param name="toCode">The other currency of the pair, e.g. <c>USD</c>.</param>
    /// <param name="date">The date of the rate.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the rate the summary lists, to chain further assertions.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency.</exception>
    [CustomAssertion]
    public AndWhichConstraint<SummaryAssertions, UsedRate> HaveUsedRate(
        string fromCode,
        string toCode,
        LocalDate date,
        string because = "",
        params object[] becauseArgs
    )
    {
        Currency from = ExpectedAmount.Currency(fromCode, nameof(fromCode));
        Currency to = ExpectedAmount.Currency(toCode, nameof(toCode));
        string expectation = FormattableString.Invariant(
            $"the {AssertionText.Pair(from, to)} rate of {AssertionText.Date(date)}"
        );
        if (!NotNull("to have used " + expectation, because, becauseArgs))
        {
            return new AndWhichConstraint<SummaryAssertions, UsedRate>(this, (UsedRate)null!);
        }

        UsedRate? match = Subject.RatesUsed.FirstOrDefault(u =>
            AssertionText.RatesOf(u.Rate).Any(r => AssertionText.IsBetween(r, from, to) && r.Date == date)
        );
        string used =
            Subject.RatesUsed.Count == 0
                ? "it used no rate (nothing was converted)"
                : "the rates it used are: " + string.Join("; ", Subject.RatesUsed.Select(u => u.ToString()));
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith(
                "Expected {context:summary} to have used {0}{reason}, but {1}.",
                Verbatim.Of(expectation),
                Verbatim.Of(used)
            );
        return new AndWhichConstraint<SummaryAssertions, UsedRate>(this, match!);
    }

    [CustomAssertion]
    private SummaryGroupConstraint HaveGroup(
        string key,
        Func<Summary, SummaryGroup?> find,
        string because,
        object[] becauseArgs
    )
    {
        string expectation = "to have the group " + key;
        SummaryGroup? group = null;
        if (NotNull(expectation, because, becauseArgs))
        {
            group = find(Subject);
            Execute
                .Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(group is not null)
                .FailWith(
                    "Expected {context:summary} {0}{reason}, but its groups are: {1}.",
                    Verbatim.Of(expectation),
                    Verbatim.Of(SummaryText.Groups(Subject.Groups))
                );
        }

        return new SummaryGroupConstraint(this, group);
    }

    /// <summary>Fails when there is no summary; returns whether there is one (inside an assertion scope, failing does
    /// not throw).</summary>
    [CustomAssertion]
    private bool NotNull(string expectation, string because, object[] becauseArgs) =>
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:summary} {0}{reason}, but found <null>.", Verbatim.Of(expectation));
}
