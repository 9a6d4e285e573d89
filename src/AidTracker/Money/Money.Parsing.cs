using System.Diagnostics.CodeAnalysis;
using AidTracker.Internal;

namespace AidTracker;

public readonly partial struct Money : ISpanParsable<Money>
{
    /// <summary>
    /// Parses an amount phrase such as <c>8.8 billion yen</c>, <c>¥8.8bn</c>, <c>JPY 8,800,000,000</c>,
    /// <c>63.3 million US dollars</c> or <c>-2,000 EUR</c>, with the <see cref="AmountParseOptions.Default"/> options
    /// (culture-invariant numbers; <c>$</c> is USD, <c>¥</c> is JPY, <c>kr</c> is SEK).
    /// </summary>
    /// <remarks>
    /// <para>A phrase is <c>[sign] [currency] [sign] number [scale] [currency]</c> with exactly one currency: a code
    /// (any letter case), a symbol or an English name (see <see cref="AmountParseOptions"/>). The number has optional
    /// group separators between groups of exactly three digits, an optional decimal part and an optional exponent
    /// (<c>1.5e9</c>). Scale words are thousand/k, million/m/M/mn/mln, billion/b/B/bn/bln and trillion/t/T/tn/trn (any
    /// letter case).</para>
    /// <para>The result is exact: <c>8.8 billion</c> is 8,800,000,000 exactly, never computed through <c>double</c>.
    /// Written decimals are kept (<c>$12.50</c> has the amount 12.50).</para>
    /// <para>A qualifier word (<c>over</c>, <c>approximately</c>, <c>up to</c>, ...) is an error here rather than being
    /// dropped: parse such phrases with <see cref="QualifiedMoney.Parse(string)"/>.</para>
    /// <para>One rule for exponents: a phrase is what a person writes, and an exponent is one way of writing its scale,
    /// like <c>billion</c> (<c>1.5e9 JPY</c> is accepted here, exactly); an amount value stored as data (the ledger's
    /// <c>"value"</c>, the JSON converters' <c>value</c>, a rate file) is a plain decimal with no exponent, and
    /// <c>1e3</c> there is an error naming it. <see cref="ToString()"/> never writes an exponent, so what one writes
    /// the other reads.</para>
    /// </remarks>
    /// <param name="text">The phrase.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
    /// <exception cref="AmountFormatException">The text is not an amount phrase, has a qualifier, or is too large for
    /// <see cref="decimal"/>; the message names the text and the position where it stopped making sense.</exception>
    public static Money Parse(string text) => Parse(text, AmountParseOptions.Default);

    /// <summary>Parses an amount phrase with the given options (symbols, names and number separators).</summary>
    /// <inheritdoc cref="Parse(string)" path="/remarks"/>
    /// <param name="text">The phrase.</param>
    /// <param name="options">The options, or <c>null</c> for <see cref="AmountParseOptions.Default"/>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <c>null</c>.</exception>
    /// <exception cref="AmountFormatException">The text is not an amount phrase, has a qualifier, or is too large for
    /// <see cref="decimal"/>; the message names the text and the position where it stopped making sense.</exception>
    public static Money Parse(string text, AmountParseOptions? options)
    {
        Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan(), options);
    }

    /// <inheritdoc cref="Parse(string, AmountParseOptions)" />
    public static Money Parse(ReadOnlySpan<char> text, AmountParseOptions? options)
    {
        if (
            !AmountParser.TryParse(
                text,
                options ?? AmountParseOptions.Default,
                allowQualifier: false,
                out ParsedAmount parsed
            )
        )
        {
            throw AmountParser.CreateException(text, parsed, "money");
        }

        return new Money(parsed.Amount, parsed.Currency!);
    }

    /// <summary>Tries to parse an amount phrase with the default options; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="result">The amount, or <c>default</c> when the text is not an amount phrase without a
    /// qualifier.</param>
    /// <returns><c>true</c> when the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money result) =>
        TryParse(text, AmountParseOptions.Default, out result);

    /// <summary>Tries to parse an amount phrase with the given options; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="options">The options, or <c>null</c> for <see cref="AmountParseOptions.Default"/>.</param>
    /// <param name="result">The amount, or <c>default</c> when the text is not an amount phrase without a
    /// qualifier.</param>
    /// <returns><c>true</c> when the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, AmountParseOptions? options, out Money result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParse(text.AsSpan(), options, out result);
    }

    /// <inheritdoc cref="TryParse(string, AmountParseOptions, out Money)" />
    public static bool TryParse(ReadOnlySpan<char> text, AmountParseOptions? options, out Money result)
    {
        if (
            AmountParser.TryParse(
                text,
                options ?? AmountParseOptions.Default,
                allowQualifier: false,
                out ParsedAmount parsed
            )
        )
        {
            result = new Money(parsed.Amount, parsed.Currency!);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) =>
        Parse(s, AmountParseOptions.From(provider));

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static bool IParsable<Money>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) =>
        TryParse(s, AmountParseOptions.From(provider), out result);

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static Money ISpanParsable<Money>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        Parse(s, AmountParseOptions.From(provider));

    /// <summary>Parses with a provider that is an <see cref="AmountParseOptions"/> or a culture for the number
    /// separators.</summary>
    static bool ISpanParsable<Money>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        TryParse(s, AmountParseOptions.From(provider), out result);
}
