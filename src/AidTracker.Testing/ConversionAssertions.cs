using System.Globalization;
using AidTracker.Rates;
using AidTracker.Testing.Internal;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;

namespace AidTracker.Testing;

/// <summary>
/// Assertions on a <see cref="Conversion"/>, returned by <c>conversion.Should()</c>: the amounts converted, the rates
/// used (with their dates), their basis and source. Failure messages show the rate actually used with its provenance.
/// </summary>
/// <remarks>
/// Amount arguments accept phrases (<c>"8.8 billion yen"</c>, <c>"USD 58,825,751.29"</c>). Works inside an
/// <see cref="AssertionScope"/>: failures are collected instead of thrown.
/// </remarks>
/// <example>
/// <code>
/// Conversion conversion = ExchangeRateSources.Default.Convert(
///     Money.Parse("8.8 billion yen"), Currency.USD, new LocalDate(2025, 2, 27));
/// conversion.Should().HaveConverted("8.8 billion yen", "USD 58,825,751.29")
///     .And.HaveUsedRate("EUR", "USD", new LocalDate(2025, 2, 27))
///     .And.HaveBasis(RateBasis.Daily);
/// </code>
/// </example>
public class ConversionAssertions : ReferenceTypeAssertions<Conversion, ConversionAssertions>
{
    /// <summary>Initializes assertions on <paramref name="subject"/>.</summary>
    /// <param name="subject">The conversion to assert on, or <c>null</c>.</param>
    public ConversionAssertions(Conversion subject)
        : base(subject) { }

    /// <summary>Gets the word for the subject in failure messages when its expression is unknown.</summary>
    protected override string Identifier => "conversion";

    /// <summary>
    /// Asserts that the conversion rests on a rate between <paramref name="fromCode"/> and <paramref name="toCode"/>
    /// (either way round) dated <paramref name="date"/>: the rate used or, for a cross or inverse rate, one of the
    /// published rates it was derived from. Converting 8.8 billion yen to USD on 2025-02-27 with the ECB data used the
    /// JPY/USD cross rate, the EUR/JPY rate and the EUR/USD rate, all of 2025-02-27.
    /// </summary>
    /// <param name="fromCode">One currency of the pair, e.g. <c>EUR</c>.</param>
    /// <param name="toCode">The other currency of the pair, e.g. <c>USD</c>.</param>
    /// <param name="date">The date of the rate (the date it was published for, which may be before the requested
    /// date).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the rate found, to chain further assertions.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency.</exception>
    [CustomAssertion]
    public AndWhichConstraint<ConversionAssertions, ExchangeRate> HaveUsedRate(
        string fromCode,
        string toCode,
        LocalDate date,
        string because = "",
        params object[] becauseArgs
    ) =>
        HaveUsedRate(
            ExpectedAmount.Currency(fromCode, nameof(fromCode)),
            ExpectedAmount.Currency(toCode, nameof(toCode)),
            date,
            because,
            becauseArgs
        );

    /// <summary>Asserts that the conversion rests on a rate between <paramref name="from"/> and <paramref name="to"/>
    /// (either way round) dated <paramref name="date"/>.</summary>
    /// <param name="from">One currency of the pair.</param>
    /// <param name="to">The other currency of the pair.</param>
    /// <param name="date">The date of the rate.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the rate found, to chain further assertions.</returns>
    /// <exception cref="ArgumentNullException">A currency is <c>null</c>.</exception>
    [CustomAssertion]
    public AndWhichConstraint<ConversionAssertions, ExchangeRate> HaveUsedRate(
        Currency from,
        Currency to,
        LocalDate date,
        string because = "",
        params object[] becauseArgs
    )
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        string expectation = FormattableString.Invariant(
            $"the {AssertionText.Pair(from, to)} rate of {AssertionText.Date(date)}"
        );
        if (!NotNull("to have used " + expectation, because, becauseArgs))
        {
            return new AndWhichConstraint<ConversionAssertions, ExchangeRate>(this, (ExchangeRate)null!);
        }

        ExchangeRate[] pairRates =
        [
            .. AssertionText.RatesOf(Subject.Rate).Where(r => AssertionText.IsBetween(r, from, to)),
        ];
        ExchangeRate? match = pairRates.FirstOrDefault(r => r.Date == date);
        string hint =
            match is null && pairRates.Length > 0
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"; its {AssertionText.Pair(from, to)} rate is of "
                        + $"{string.Join(" and ", pairRates.Select(r => AssertionText.Date(r.Date)).Distinct())}"
                )
                : string.Empty;
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith(
                "Expected {context:conversion} to have used {0}{reason}, but it used {1} (requested {2}){3}.",
                Verbatim.Of(expectation),
                Verbatim.Of(Subject.Rate.ToString()),
                Verbatim.Of(AssertionText.Date(Subject.RequestedDate)),
                Verbatim.Of(hint)
            );
        return new AndWhichConstraint<ConversionAssertions, ExchangeRate>(this, match!);
    }

    /// <summary>Asserts that the rate used has the basis <paramref name="expected"/> (daily, annual average, fixed
    /// ...).</summary>
    /// <param name="expected">The expected basis.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ConversionAssertions> HaveBasis(
        RateBasis expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        string expectation = FormattableString.Invariant($"a rate of basis {expected}");
        if (NotNull("to have used " + expectation, because, becauseArgs))
        {
            Execute
                .Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.Basis == expected)
                .FailWith(
                    "Expected {context:conversion} to have used {0}{reason}, but it used a {1} rate: {2}.",
                    Verbatim.Of(expectation),
                    Verbatim.Of(Subject.Basis.ToString()),
                    Verbatim.Of(Subject.Rate.ToString())
                );
        }

        return new AndConstraint<ConversionAssertions>(this);
    }

    /// <summary>Asserts that the rate used came from the source named <paramref name="expected"/> (<c>ECB</c>,
    /// <c>IMF</c>, a file or an agreement).</summary>
    /// <param name="expected">The source's name, compared ordinally.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is <c>null</c>.</exception>
    [CustomAssertion]
    public AndConstraint<ConversionAssertions> HaveSource(
        string expected,
        string because = "",
        params object[] becauseArgs
    )
    {
        ArgumentNullException.ThrowIfNull(expected);
        string expectation = "a rate from " + expected;
        if (NotNull("to have used " + expectation, because, becauseArgs))
        {
            Execute
                .Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(string.Equals(Subject.Source, expected, StringComparison.Ordinal))
                .FailWith(
                    "Expected {context:conversion} to have used {0}{reason}, but it used a rate from {1}: {2}.",
                    Verbatim.Of(expectation),
                    Verbatim.Of(Subject.Source),
                    Verbatim.Of(Subject.Rate.ToString())
                );
        }

        return new AndConstraint<ConversionAssertions>(this);
    }

    /// <summary>
    /// Asserts that the conversion converted exactly <paramref name="original"/> into <paramref name="converted"/>: the
    /// converted amount at full precision or rounded to its currency's minor units (as figures are quoted) equals it.
    /// </summary>
    /// <param name="original">The amount that should have been converted.</param>
    /// <param name="converted">The expected result.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ConversionAssertions> HaveConverted(
        Money original,
        Money converted,
        string because = "",
        params object[] becauseArgs
    )
    {
        string expectation = FormattableString.Invariant($"to have converted {original} into {converted}");
        if (NotNull(expectation, because, becauseArgs))
        {
            string? mismatch = AssertionText.Mismatch(Subject.Original, original);
            Execute
                .Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(mismatch is null)
                .FailWith(
                    "Expected {context:conversion} {0}{reason}, but it converted {1}{2}.",
                    Verbatim.Of(expectation),
                    Verbatim.Of(Subject.Original.ToString()),
                    Verbatim.Of(mismatch ?? string.Empty)
                );
            if (mismatch is null)
            {
                CheckResult(expectation, converted, because, becauseArgs);
            }
        }

        return new AndConstraint<ConversionAssertions>(this);
    }

    /// <summary>Asserts that the conversion converted the amount written in <paramref name="original"/> into the one
    /// written in <paramref name="converted"/>.</summary>
    /// <param name="original">The amount that should have been converted, as a phrase (<c>"8.8 billion
    /// yen"</c>).</param>
    /// <param name="converted">The expected result, as a phrase (<c>"USD 58,825,751.29"</c>).</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException">A phrase is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A phrase is not an amount phrase, or has a qualifier word.</exception>
    [CustomAssertion]
    public AndConstraint<ConversionAssertions> HaveConverted(
        string original,
        string converted,
        string because = "",
        params object[] becauseArgs
    ) =>
        HaveConverted(
            ExpectedAmount.Money(original, nameof(original)),
            ExpectedAmount.Money(converted, nameof(converted)),
            because,
            becauseArgs
        );

    /// <summary>
    /// Asserts that the converted amount, at full precision or rounded to its currency's minor units, equals
    /// <paramref name="converted"/>.
    /// </summary>
    /// <param name="converted">The expected result.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<ConversionAssertions> HaveConvertedTo(
        Money converted,
        string because = "",
        params object[] becauseArgs
    )
    {
        string expectation = FormattableString.Invariant($"to have converted into {converted}");
        if (NotNull(expectation, because, becauseArgs))
        {
            CheckResult(expectation, converted, because, becauseArgs);
        }

        return new AndConstraint<ConversionAssertions>(this);
    }

    /// <summary>Asserts that the converted amount equals the amount written in <paramref name="converted"/> (<c>"USD
    /// 58,825,751.29"</c>).</summary>
    /// <param name="converted">The expected result, as a phrase.</param>
    /// <param name="because">A phrase explaining why the assertion should hold, with placeholders for
    /// <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values for the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions with <c>And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converted"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="converted"/> is not an amount phrase, or has a qualifier
    /// word.</exception>
    [CustomAssertion]
    public AndConstraint<ConversionAssertions> HaveConvertedTo(
        string converted,
        string because = "",
        params object[] becauseArgs
    ) => HaveConvertedTo(ExpectedAmount.Money(converted, nameof(converted)), because, becauseArgs);

    [CustomAssertion]
    private void CheckResult(string expectation, Money converted, string because, object[] becauseArgs)
    {
        bool matches =
            AssertionText.Mismatch(Subject.Converted, converted) is null
            || AssertionText.Mismatch(Subject.Rounded, converted) is null;

        // Compare with the rounded result when the expected figure is rounded (as figures are quoted), else at full
        // precision.
        Money compared = converted.IsRoundedToMinorUnits ? Subject.Rounded : Subject.Converted;
        string found =
            Subject.Converted == Subject.Rounded
                ? Subject.Converted.ToString()
                : FormattableString.Invariant($"{Subject.Converted} (rounded: {Subject.Rounded})");
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(matches)
            .FailWith(
                "Expected {context:conversion} {0}{reason}, but it converted {1} into {2}{3}, at {4}.",
                Verbatim.Of(expectation),
                Verbatim.Of(Subject.Original.ToString()),
                Verbatim.Of(found),
                Verbatim.Of(matches ? string.Empty : AssertionText.Mismatch(compared, converted) ?? string.Empty),
                Verbatim.Of(Subject.Rate.ToString())
            );
    }

    /// <summary>Fails when there is no conversion; returns whether there is one (inside an assertion scope, failing
    /// does not throw).</summary>
    [CustomAssertion]
    private bool NotNull(string expectation, string because, object[] becauseArgs) =>
        Execute
            .Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:conversion} {0}{reason}, but found <null>.", Verbatim.Of(expectation));
}
