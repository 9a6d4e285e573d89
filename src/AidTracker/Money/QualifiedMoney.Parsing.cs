using System.Diagnostics.CodeAnalysis;
using AidTracker.Internal;

namespace AidTracker;

public readonly partial struct QualifiedMoney : ISpanParsable<QualifiedMoney>
{
    /// <summary>
    /// Parses an amount phrase with its qualifier: <c>over $12.4 billion</c> is 12,400,000,000 USD
    /// <see cref="AmountQualifier.AtLeast"/>; <c>approximately 63.3 million US dollars</c> is 63,300,000 USD
    /// <see cref="AmountQualifier.Approximately"/>; <c>8.8 billion yen</c> is 8,800,000,000 JPY
    /// <see cref="AmountQualifier.Exact"/>. Uses the <see cref="AmountParseOptions.Default"/> options.
    /// </summary>
    /// <remarks>
    /// <para>The qualifier, if any, comes first: <c>approximately</c>, <c>approx.</c>, <c>about</c>, <c>around</c>,
    /// <c>roughly</c>, <c>circa</c>, <c>some</c>, <c>an estimated</c>, <c>~</c>, <c>≈</c> (Approximately); <c>over</c>,
    /// <c>more than</c>, <c>above</c>, <c>at least</c>, <c>in excess of</c>, <c>no less than</c>, <c>upwards of</c>
    /// (AtLeast: the figure is a lower bound); <c>up to</c>, <c>at most</c>, <c>no more than</c>, <c>less than</c>,
    /// <c>under</c>, <c>below</c>, <c>nearly</c>, <c>almost</c> (AtMost: the figure is a ceiling; "nearly $5bn" states
    /// that the amount does not reach 5 billion). Letter case does not matter. The rest of the phrase is read as by
    /// <see cref="Money.Parse(string)"/>.</para>
    /// </remarks>
    /// <param name="text">The phrase.</param>
    /// <returns>The amount and its qualifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
    /// <exception cref="AmountFormatException">The text is not an amount phrase or is too large for
    /// <see cref="decimal"/>; the message names the text and the position where it stopped making sense.</exception>
    public static QualifiedMoney Parse(string text) => Parse(text, AmountParseOptions.Default);

    /// <summary>Parses an amount phrase with its qualifier, with the given options (symbols, names, number
    /// separators).</summary>
    /// <inheritdoc cref="Parse(string)" path="/remarks"/>
    /// <param name="text">The phrase.</param>
    /// <param name="options">The options, or <c>null</c> for <see cref="AmountParseOptions.Default"/>.</param>
    /// <returns>The amount and its qualifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
    /// <exception cref="AmountFormatException">The text is not an amount phrase or is too large for
    /// <see cref="decimal"/>; the message names the text and the position where it stopped making sense.</exception>
    public static QualifiedMoney Parse(string text, AmountParseOptions? options)
    {
        Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan(), options);
    }

    /// <inheritdoc cref="Parse(string, AmountParseOptions)" />
    public static QualifiedMoney Parse(ReadOnlySpan<char> text, AmountParseOptions? options)
    {
        if (
            !AmountParser.TryParse(
                text,
                options ?? AmountParseOptions.Default,
                allowQualifier: true,
                out ParsedAmount parsed
            )
        )
        {
            throw AmountParser.CreateException(text, parsed, "a qualified amount");
        }

        return new QualifiedMoney(new Money(parsed.Amount, parsed.Currency!), parsed.Qualifier);
    }

    /// <summary>Tries to parse an amount phrase with its qualifier and the default options; see
    /// <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="result">The amount, or <c>default</c> when the text is not an amount phrase.</param>
    /// <returns><c>true</c> when the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out QualifiedMoney result) =>
        TryParse(text, AmountParseOptions.Default, out result);

    /// <summary>Tries to parse an amount phrase with its qualifier and the given options; see
    /// <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="options">The options, or <c>null</c> for <see cref="AmountParseOptions.Default"/>.</param>
    /// <param name="result">The amount, or <c>default</c> when the text is not an amount phrase.</param>
    /// <returns><c>true</c> when the text was parsed.</returns>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        AmountParseOptions? options,
        out QualifiedMoney result
    )
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParse(text.AsSpan(), options, out result);
    }

    /// <inheritdoc cref="TryParse(string, AmountParseOptions, out QualifiedMoney)" />
    public static bool TryParse(ReadOnlySpan<char> text, AmountParseOptions? options, out QualifiedMoney result)
    {
        if (
            AmountParser.TryParse(
                text,
                options ?? AmountParseOptions.Default,
                allowQualifier: true,
                out ParsedAmount parsed
            )
        )
        {
            result = new QualifiedMoney(new Money(parsed.Amount, parsed.Currency!), parsed.Qualifier);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static QualifiedMoney IParsable<QualifiedMoney>.Parse(string s, IFormatProvider? provider) =>
        Parse(s, AmountParseOptions.From(provider));

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static bool IParsable<QualifiedMoney>.TryParse(
        [NotNullWhen(true)] string? s,
        IFormatProvider? provider,
        out QualifiedMoney result
    ) => TryParse(s, AmountParseOptions.From(provider), out result);

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static QualifiedMoney ISpanParsable<QualifiedMoney>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        Parse(s, AmountParseOptions.From(provider));

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static bool ISpanParsable<QualifiedMoney>.TryParse(
        ReadOnlySpan<char> s,
        IFormatProvider? provider,
        out QualifiedMoney result
    ) => TryParse(s, AmountParseOptions.From(provider), out result);
}
