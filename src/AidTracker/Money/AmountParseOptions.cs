using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// How amount phrases are read by <see cref="Money.Parse(string, AmountParseOptions)"/> and
/// <see cref="QualifiedMoney.Parse(string, AmountParseOptions)"/>: what each currency symbol or name means, and which
/// decimal and group separators numbers use. Immutable and thread-safe; the <c>With...</c> methods return a changed
/// copy.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> reads numbers culture-invariantly (<c>,</c> groups thousands, <c>.</c> is the decimal
/// point) and resolves ambiguous symbols and names as follows (override any of them with
/// <see cref="WithSymbol"/>):</para>
/// <list type="table">
/// <listheader><term>symbol or name</term><description>currency</description></listheader>
/// <item><term><c>$</c>, <c>US$</c>, <c>dollar(s)</c>, <c>US dollar(s)</c></term><description>USD (not CAD, AUD, ...:
/// those are <c>C$</c>/<c>CA$</c>, <c>A$</c>/<c>AU$</c>)</description></item>
/// <item><term><c>¥</c>, <c>JP¥</c>, <c>円</c>, <c>yen</c></term><description>JPY (CNY is <c>CN¥</c>, <c>RMB</c>,
/// <c>元</c> or <c>yuan</c>)</description></item>
/// <item><term><c>kr</c>, <c>krona</c>, <c>kronor</c></term><description>SEK (not NOK, DKK or ISK)</description></item>
/// <item><term><c>£</c>, <c>pound(s)</c>, <c>pound(s) sterling</c></term><description>GBP</description></item>
/// <item><term><c>€</c>, <c>euro(s)</c></term><description>EUR</description></item>
/// <item><term><c>₴</c>, <c>hryvnia(s)</c></term><description>UAH</description></item>
/// </list>
/// <para>and further unambiguous symbols (<c>₹ ₩ ₽ zł ₺ ₪ R$ HK$ NZ$ S$ MX$ ...</c>) and English names (<c>Swiss
/// francs</c>, <c>Canadian dollars</c>, ...): see <see cref="Symbols"/>. Every ISO 4217 code, current or historic, and
/// every registered custom unit is recognised by its code in any letter case. Matching of symbols and names ignores
/// letter case and treats any run of white space as one space.</para>
/// <para>The options are also an <see cref="IFormatProvider"/> (they provide their <see cref="NumberFormatInfo"/>), so
/// they can be passed wherever <see cref="IParsable{TSelf}"/> takes a provider.</para>
/// </remarks>
public sealed class AmountParseOptions : IFormatProvider
{
    private const int MaxKeyLength = 64;

    private static readonly System.Buffers.SearchValues<char> ForbiddenInSymbols = System.Buffers.SearchValues.Create(
        "0123456789+-−,"
    );

    private static readonly Lazy<AmountParseOptions> DefaultOptions = new(
        CreateDefault,
        LazyThreadSafetyMode.ExecutionAndPublication
    );

    private readonly FrozenDictionary<string, Currency> _symbols;
    private readonly FrozenDictionary<string, Currency> _lookup;
    private readonly FrozenDictionary<string, Currency>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    private AmountParseOptions(
        FrozenDictionary<string, Currency> symbols,
        FrozenDictionary<string, Currency> lookup,
        NumberFormatInfo numberFormat
    )
    {
        _symbols = symbols;
        _lookup = lookup;
        _spanLookup = lookup.GetAlternateLookup<ReadOnlySpan<char>>();
        NumberFormat = numberFormat;
        IsInvariantNumberFormat =
            numberFormat.NumberDecimalSeparator == "." && numberFormat.NumberGroupSeparator == ",";
    }

    /// <summary>Gets the default options: culture-invariant numbers and the documented default symbols and
    /// names.</summary>
    public static AmountParseOptions Default => DefaultOptions.Value;

    /// <summary>
    /// Gets the symbols and names (besides ISO codes) and the currency each stands for. Keys are in lower case with
    /// single spaces, the form in which they are matched.
    /// </summary>
    public IReadOnlyDictionary<string, Currency> Symbols => _symbols;

    /// <summary>Gets the number format whose decimal and group separators numbers use (invariant by default).</summary>
    public NumberFormatInfo NumberFormat { get; }

    /// <summary>Gets a value indicating whether numbers use <c>.</c> as decimal point and <c>,</c> as group
    /// separator.</summary>
    internal bool IsInvariantNumberFormat { get; }

    /// <summary>
    /// Returns a copy in which <paramref name="symbolOrName"/> stands for <paramref name="currency"/>, e.g.
    /// <c>WithSymbol("¥", Currency.CNY)</c> or <c>WithSymbol("dollars", Currency.FromCode("CAD"))</c>.
    /// </summary>
    /// <param name="symbolOrName">A symbol or name; letter case and repeated white space do not matter.</param>
    /// <param name="currency">The currency it stands for.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The symbol is empty, longer than 64 characters, contains a digit, a sign or
    /// a separator, or is a scale word (such as <c>m</c> or <c>bn</c>).</exception>
    public AmountParseOptions WithSymbol(string symbolOrName, Currency currency)
    {
        Preconditions.CheckNotNullOrWhiteSpace(symbolOrName);
        Preconditions.CheckNotNull(currency);
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int length = Normalize(symbolOrName, buffer);
        Preconditions.CheckArgument(
            length > 0 && !buffer[..length].ContainsAny(ForbiddenInSymbols),
            nameof(symbolOrName),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The symbol or name '{InputText.Shorten(symbolOrName)}' must have 1 to {MaxKeyLength} characters and "
                    + $"no digits, signs or commas."
            )
        );
        Preconditions.CheckArgument(
            !AmountVocabulary.TryMatchScale(buffer[..length], out _),
            nameof(symbolOrName),
            string.Create(
                CultureInfo.InvariantCulture,
                $"'{InputText.Shorten(symbolOrName)}' is a scale word (thousand, million, billion, trillion or an "
                    + $"abbreviation); it cannot stand for a currency."
            )
        );

        string key = new(buffer[..length]);
        var symbols = new Dictionary<string, Currency>(_symbols, StringComparer.Ordinal) { [key] = currency };
        var lookup = new Dictionary<string, Currency>(_lookup, StringComparer.Ordinal) { [key] = currency };
        return new AmountParseOptions(
            symbols.ToFrozenDictionary(StringComparer.Ordinal),
            lookup.ToFrozenDictionary(StringComparer.Ordinal),
            NumberFormat
        );
    }

    /// <summary>
    /// Returns a copy that reads numbers with the decimal and group separators of <paramref name="provider"/>
    /// (e.g. a <see cref="CultureInfo"/> or a <see cref="NumberFormatInfo"/>). Symbols and words stay the same.
    /// </summary>
    /// <param name="provider">The culture or number format.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The decimal separator is empty or equal to the group separator.</exception>
    public AmountParseOptions WithFormatProvider(IFormatProvider provider)
    {
        Preconditions.CheckNotNull(provider);
        NumberFormatInfo format = NumberFormatInfo.GetInstance(provider);
        Preconditions.CheckArgument(
            format.NumberDecimalSeparator.Length > 0 && format.NumberDecimalSeparator != format.NumberGroupSeparator,
            nameof(provider),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The decimal separator '{InputText.Shorten(format.NumberDecimalSeparator)}' must be non-empty and "
                    + $"differ from the group separator '{InputText.Shorten(format.NumberGroupSeparator)}'."
            )
        );
        return new AmountParseOptions(_symbols, _lookup, format);
    }

    /// <summary>Returns the currency that a symbol, name or code stands for under these options.</summary>
    /// <param name="symbolOrName">A symbol (<c>$</c>), a name (<c>US dollars</c>) or a code (<c>usd</c>).</param>
    /// <param name="currency">The currency when found.</param>
    /// <returns><c>true</c> when the text stands for a currency.</returns>
    public bool TryResolveCurrency(ReadOnlySpan<char> symbolOrName, [NotNullWhen(true)] out Currency? currency)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int length = Normalize(symbolOrName, buffer);
        if (length > 0 && _spanLookup.TryGetValue(buffer[..length], out currency))
        {
            return true;
        }

        // Registered custom units (and nothing else) fall through to the registry.
        currency = null;
        symbolOrName = symbolOrName.Trim();
        return symbolOrName.Length is >= 3 and <= 12
            && IsCodeLike(symbolOrName)
            && Currency.TryFromCode(symbolOrName.ToString(), out currency);
    }

    /// <summary>Returns the <see cref="NumberFormat"/> when asked for a <see cref="NumberFormatInfo"/>.</summary>
    /// <param name="formatType">The type of format object requested.</param>
    /// <returns>The number format, or <c>null</c>.</returns>
    public object? GetFormat(Type? formatType) => formatType == typeof(NumberFormatInfo) ? NumberFormat : null;

    /// <summary>Resolves the options to use for an <see cref="IFormatProvider"/> passed to a parse method.</summary>
    internal static AmountParseOptions From(IFormatProvider? provider) =>
        provider switch
        {
            null => Default,
            AmountParseOptions options => options,
            _ => Default.WithFormatProvider(provider),
        };

    /// <summary>Whether a text has the shape of a currency code: ASCII letters, digits and '-', starting with a
    /// letter.</summary>
    internal static bool IsCodeLike(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower-cases and collapses white space into <paramref name="buffer"/>; returns 0 when it does not
    /// fit.</summary>
    private static int Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        text = text.Trim();
        int length = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (length + (space ? 2 : 1) > buffer.Length)
            {
                return 0;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }

    private static string Key(string text)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        return new string(buffer[..Normalize(text, buffer)]);
    }

    private static AmountParseOptions CreateDefault()
    {
        var symbols = new Dictionary<string, Currency>(StringComparer.Ordinal);
        foreach ((string code, (string singular, string plural)) in AmountVocabulary.WordNames)
        {
            Currency currency = Currency.FromCode(code);
            symbols[Key(singular)] = currency;
            symbols[Key(plural)] = currency;
        }

        foreach ((string name, string code) in AmountVocabulary.ExtraNames)
        {
            symbols[Key(name)] = Currency.FromCode(code);
        }

        foreach ((string symbol, string code) in AmountVocabulary.DefaultSymbols)
        {
            symbols[Key(symbol)] = Currency.FromCode(code);
        }

        var lookup = new Dictionary<string, Currency>(StringComparer.Ordinal);
        foreach (Currency currency in Currency.IsoCurrencies)
        {
            lookup[currency.Code.ToLowerInvariant()] = currency;
        }

        foreach ((string key, Currency currency) in symbols)
        {
            lookup[key] = currency;
        }

        return new AmountParseOptions(
            symbols.ToFrozenDictionary(StringComparer.Ordinal),
            lookup.ToFrozenDictionary(StringComparer.Ordinal),
            NumberFormatInfo.InvariantInfo
        );
    }
}
