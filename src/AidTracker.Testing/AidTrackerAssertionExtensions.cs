using AidTracker.Aggregation;
using AidTracker.Rates;

namespace AidTracker.Testing;

/// <summary>
/// The entry points of the AidTracker assertions: <c>Should()</c> on money, qualified amounts, conversions and summaries
/// (FluentAssertions 7). Add <c>using AidTracker.Testing;</c> beside <c>using FluentAssertions;</c>; these overloads are
/// more specific than FluentAssertions' own, so the compiler picks them.
/// </summary>
public static class AidTrackerAssertionExtensions
{
    /// <summary>Starts assertions on <paramref name="subject"/>: <c>total.Should().Be("USD 58,825,751.29")</c>.</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static MoneyAssertions Should(this Money subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>, which may be <c>null</c>.</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static MoneyAssertions Should(this Money? subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>: <c>total.Should().Be("over $12.4 billion")</c>.</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static QualifiedMoneyAssertions Should(this QualifiedMoney subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>, which may be <c>null</c> (a commitment's <see cref="Commitment.Amount"/>).</summary>
    /// <param name="subject">The value.</param>
    /// <returns>The assertions.</returns>
    public static QualifiedMoneyAssertions Should(this QualifiedMoney? subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>: <c>conversion.Should().HaveUsedRate("EUR", "USD", date)</c>.</summary>
    /// <param name="subject">The conversion.</param>
    /// <returns>The assertions.</returns>
    public static ConversionAssertions Should(this Conversion subject) => new(subject);

    /// <summary>Starts assertions on <paramref name="subject"/>: <c>summary.Should().HaveTotal("over $12.4 billion").And.BeComplete()</c>.</summary>
    /// <param name="subject">The summary.</param>
    /// <returns>The assertions.</returns>
    public static SummaryAssertions Should(this Summary subject) => new(subject);
}
