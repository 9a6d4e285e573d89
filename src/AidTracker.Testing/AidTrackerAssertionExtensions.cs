using AidTracker.Aggregation;
using AidTracker.Rates;

namespace AidTracker.Testing;

/// <summary>
/// The entry points of the AidTracker assertions: <c>Should()</c> on money, qualified amounts, conversions and
/// summaries (FluentAssertions 7). Add <c>using AidTracker.Testing;</c> beside <c>using FluentAssertions;</c>; these
/// overloads are more specific than FluentAssertions' own, so the compiler picks them.
/// </summary>
public static class AidTrackerAssertionExtensions
{
    /// <summary>Starts assertions on <paramref name="subject"/>: <c>total.Should().Be("USD
    /// 58,825,751.29")</c>.</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static MoneyAssertions Should(this Money subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>, which may be <c>null</c>.</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static MoneyAssertions Should(this Money? subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>: <c>total.Should().Be("over $12.4
    /// billion")</c>.</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static QualifiedMoneyAssertions Should(this QualifiedMoney subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>, which may be <c>null</c> (a commitment's
    /// <see cref="Commitment.Amount"/>).</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static QualifiedMoneyAssertions Should(this QualifiedMoney? subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>: <c>conversion.Should().HaveUsedRate("EUR", "USD",
    /// date)</c>.</summary>
    /// <param name="subject">The conversion.</param>
    /// <returns>The assertions.</returns>
    public static ConversionAssertions Should(this Conversion subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>: <c>summary.Should().HaveTotal("over $12.4
    /// billion").And.BeComplete()</c>.</summary>
    /// <param name="subject">The summary.</param>
    /// <returns>The assertions.</returns>
    public static SummaryAssertions Should(this Summary subject) => new(subject);

    /// <summary>Starts assertions on a total: <c>summary.Total.Should().Be("USD 58,825,751.29")</c>,
    /// <c>group.Total</c>, <c>point.Total</c>.</summary>
    /// <param name="subject">The total, or <c>null</c>.</param>
    /// <returns>The assertions.</returns>
    public static SummaryTotalAssertions Should(this SummaryTotal? subject) => new(subject);

    /// <summary>Starts assertions on a bag of sums: <c>bag.Should().Be("JPY 8,800,000,000", "USD
    /// 40,000,000.00")</c>.</summary>
    /// <param name="subject">The bag.</param>
    /// <returns>The assertions.</returns>
    public static MoneyBagAssertions Should(this MoneyBag subject) => new(subject);

    /// <summary>Starts assertions on a reconciliation: <c>summary.Reconcile(stated).Should().Hold()</c>.</summary>
    /// <param name="subject">The reconciliation.</param>
    /// <returns>The assertions.</returns>
    public static ReconciliationAssertions Should(this Reconciliation subject) => new(subject);
}
