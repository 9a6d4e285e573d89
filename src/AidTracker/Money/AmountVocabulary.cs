using System.Collections.Frozen;

namespace AidTracker;

/// <summary>
/// The words and symbols of amount phrases, in one place: currency symbols and names (for parsing and formatting),
/// scale words and qualifier words. Keys of the parsing tables are lower case with single spaces.
/// </summary>
internal static class AmountVocabulary
{
    /// <summary>
    /// The default meaning of currency symbols and abbreviations when parsing. Ambiguous ones resolve to the most
    /// traded currency that uses them: <c>$</c> is USD, <c>¥</c> is JPY (CNY is <c>CN¥</c> or <c>RMB</c>), <c>kr</c> is
    /// SEK (not NOK, DKK or ISK). <see cref="AmountParseOptions.WithSymbol"/> overrides any of them.
    /// </summary>
    internal static readonly (string Symbol, string Code)[] DefaultSymbols =
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("U.S.$", "USD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
        ("JP¥", "JPY"),
        ("円", "JPY"),
        ("CN¥", "CNY"),
        ("RMB", "CNY"),
        ("元", "CNY"),
        ("₴", "UAH"),
        ("C$", "CAD"),
        ("CA$", "CAD"),
        ("A$", "AUD"),
        ("AU$", "AUD"),
        ("NZ$", "NZD"),
        ("HK$", "HKD"),
        ("S$", "SGD"),
        ("MX$", "MXN"),
        ("Mex$", "MXN"),
        ("R$", "BRL"),
        ("kr", "SEK"),
        ("₹", "INR"),
        ("₩", "KRW"),
        ("₽", "RUB"),
        ("zł", "PLN"),
        ("₺", "TRY"),
        ("₪", "ILS"),
        ("Kč", "CZK"),
        ("₦", "NGN"),
        ("₱", "PHP"),
        ("฿", "THB"),
        ("₫", "VND"),
        ("₸", "KZT"),
        ("₾", "GEL"),
        ("₼", "AZN"),
    ];

    /// <summary>
    /// The English names used by the words style (singular, plural); parsing accepts both forms of each.
    /// A currency that is not listed is written with its code.
    /// </summary>
    internal static readonly FrozenDictionary<string, (string Singular, string Plural)> WordNames = new Dictionary<
        string,
        (string, string)
    >
    {
        ["USD"] = ("US dollar", "US dollars"),
        ["EUR"] = ("euro", "euros"),
        ["JPY"] = ("yen", "yen"),
        ["GBP"] = ("pound sterling", "pounds sterling"),
        ["CNY"] = ("yuan", "yuan"),
        ["UAH"] = ("hryvnia", "hryvnias"),
        ["CHF"] = ("Swiss franc", "Swiss francs"),
        ["CAD"] = ("Canadian dollar", "Canadian dollars"),
        ["AUD"] = ("Australian dollar", "Australian dollars"),
        ["NZD"] = ("New Zealand dollar", "New Zealand dollars"),
        ["HKD"] = ("Hong Kong dollar", "Hong Kong dollars"),
        ["SGD"] = ("Singapore dollar", "Singapore dollars"),
        ["SEK"] = ("Swedish krona", "Swedish kronor"),
        ["NOK"] = ("Norwegian krone", "Norwegian kroner"),
        ["DKK"] = ("Danish krone", "Danish kroner"),
        ["ISK"] = ("Icelandic krona", "Icelandic kronur"),
        ["INR"] = ("Indian rupee", "Indian rupees"),
        ["KRW"] = ("South Korean won", "South Korean won"),
        ["RUB"] = ("Russian rouble", "Russian roubles"),
        ["PLN"] = ("Polish zloty", "Polish zlotys"),
        ["CZK"] = ("Czech koruna", "Czech korunas"),
        ["HUF"] = ("Hungarian forint", "Hungarian forints"),
        ["TRY"] = ("Turkish lira", "Turkish liras"),
        ["BRL"] = ("Brazilian real", "Brazilian reais"),
        ["MXN"] = ("Mexican peso", "Mexican pesos"),
        ["ZAR"] = ("South African rand", "South African rand"),
        ["ILS"] = ("Israeli new shekel", "Israeli new shekels"),
        ["XDR"] = ("special drawing right", "special drawing rights"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Further names that parsing accepts, besides the <see cref="WordNames"/>. Ambiguous ones resolve like the
    /// symbols: <c>dollars</c> are US dollars, <c>pounds</c> are pounds sterling, <c>krona</c>/<c>kronor</c> are
    /// Swedish.
    /// </summary>
    internal static readonly (string Name, string Code)[] ExtraNames =
    [
        ("dollar", "USD"),
        ("dollars", "USD"),
        ("U.S. dollar", "USD"),
        ("U.S. dollars", "USD"),
        ("United States dollar", "USD"),
        ("United States dollars", "USD"),
        ("Japanese yen", "JPY"),
        ("pound", "GBP"),
        ("pounds", "GBP"),
        ("sterling", "GBP"),
        ("British pound", "GBP"),
        ("British pounds", "GBP"),
        ("hryvnias", "UAH"),
        ("hryvnya", "UAH"),
        ("hryvnyas", "UAH"),
        ("Ukrainian hryvnia", "UAH"),
        ("Ukrainian hryvnias", "UAH"),
        ("Chinese yuan", "CNY"),
        ("renminbi", "CNY"),
        ("yuan renminbi", "CNY"),
        ("krona", "SEK"),
        ("kronor", "SEK"),
        ("won", "KRW"),
        ("Korean won", "KRW"),
        ("rouble", "RUB"),
        ("roubles", "RUB"),
        ("ruble", "RUB"),
        ("rubles", "RUB"),
        ("Russian ruble", "RUB"),
        ("Russian rubles", "RUB"),
        ("zloty", "PLN"),
        ("zlotys", "PLN"),
        ("zlotych", "PLN"),
        ("Polish zlotys", "PLN"),
        ("forint", "HUF"),
        ("forints", "HUF"),
        ("reais", "BRL"),
        ("rand", "ZAR"),
        ("shekel", "ILS"),
        ("shekels", "ILS"),
        ("SDR", "XDR"),
        ("SDRs", "XDR"),
    ];

    /// <summary>The symbols used by the compact style. Each parses back to the same currency under the default
    /// options.</summary>
    internal static readonly FrozenDictionary<string, string> CompactSymbols = new Dictionary<string, string>
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["JPY"] = "¥",
        ["GBP"] = "£",
        ["CNY"] = "CN¥",
        ["UAH"] = "₴",
        ["CAD"] = "CA$",
        ["AUD"] = "A$",
        ["NZD"] = "NZ$",
        ["HKD"] = "HK$",
        ["INR"] = "₹",
        ["KRW"] = "₩",
        ["ILS"] = "₪",
        ["BRL"] = "R$",
        ["MXN"] = "MX$",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Matches a scale word (case-insensitive): thousand, k (10^3); million, m, mn, mln (10^6); billion, b, bn, bln
    /// (10^9); trillion, t, tn, trn (10^12).
    /// </summary>
    /// <param name="word">A run of letters.</param>
    /// <param name="exponent">The power of ten.</param>
    /// <returns><c>true</c> when the word is a scale word.</returns>
    internal static bool TryMatchScale(ReadOnlySpan<char> word, out int exponent)
    {
        exponent = word.Length switch
        {
            1 => (word[0] | 0x20) switch
            {
                'k' => 3,
                'm' => 6,
                'b' => 9,
                't' => 12,
                _ => 0,
            },
            2 => Is(word, "mn") ? 6
            : Is(word, "bn") ? 9
            : Is(word, "tn") ? 12
            : 0,
            3 => Is(word, "mln") ? 6
            : Is(word, "bln") ? 9
            : Is(word, "trn") ? 12
            : 0,
            7 => Is(word, "million") ? 6
            : Is(word, "billion") ? 9
            : 0,
            8 => Is(word, "thousand") ? 3
            : Is(word, "trillion") ? 12
            : 0,
            _ => 0,
        };
        return exponent != 0;

        static bool Is(ReadOnlySpan<char> word, string candidate) =>
            word.Equals(candidate, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The qualifier words and signs that may start a phrase, longest first where one is a prefix of another. A space
    /// in a word matches any run of white space.
    /// </summary>
    /// <remarks>
    /// "nearly", "almost", "under", "below" and "less than" state a ceiling close to the figure and are read as
    /// <see cref="AmountQualifier.AtMost"/>, like "up to"; "over", "above" and "more than" are read as
    /// <see cref="AmountQualifier.AtLeast"/>, the lower bound they state.
    /// </remarks>
    internal static readonly (string Word, AmountQualifier Qualifier)[] Qualifiers =
    [
        ("approximately", AmountQualifier.Approximately),
        ("approx.", AmountQualifier.Approximately),
        ("approx", AmountQualifier.Approximately),
        ("about", AmountQualifier.Approximately),
        ("around", AmountQualifier.Approximately),
        ("roughly", AmountQualifier.Approximately),
        ("circa", AmountQualifier.Approximately),
        ("some", AmountQualifier.Approximately),
        ("an estimated", AmountQualifier.Approximately),
        ("estimated", AmountQualifier.Approximately),
        ("~", AmountQualifier.Approximately),
        ("≈", AmountQualifier.Approximately),
        ("over", AmountQualifier.AtLeast),
        ("more than", AmountQualifier.AtLeast),
        ("above", AmountQualifier.AtLeast),
        ("at least", AmountQualifier.AtLeast),
        ("in excess of", AmountQualifier.AtLeast),
        ("no less than", AmountQualifier.AtLeast),
        ("not less than", AmountQualifier.AtLeast),
        ("upwards of", AmountQualifier.AtLeast),
        ("up to", AmountQualifier.AtMost),
        ("at most", AmountQualifier.AtMost),
        ("no more than", AmountQualifier.AtMost),
        ("not more than", AmountQualifier.AtMost),
        ("less than", AmountQualifier.AtMost),
        ("under", AmountQualifier.AtMost),
        ("below", AmountQualifier.AtMost),
        ("nearly", AmountQualifier.AtMost),
        ("almost", AmountQualifier.AtMost),
    ];

    /// <summary>The <see cref="Qualifiers"/> that are words, grouped by their first letter (a to z), in the same
    /// order.</summary>
    private static readonly (string Word, AmountQualifier Qualifier)[][] QualifiersByFirstLetter =
    [
        .. Enumerable.Range('a', 26).Select(letter => Qualifiers.Where(q => q.Word[0] == letter).ToArray()),
    ];

    /// <summary>The word each qualifier is written with.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The word, or the empty string for <see cref="AmountQualifier.Exact"/>.</returns>
    internal static string QualifierWord(AmountQualifier qualifier) =>
        qualifier switch
        {
            AmountQualifier.Approximately => "approximately",
            AmountQualifier.AtLeast => "over",
            AmountQualifier.AtMost => "up to",
            _ => string.Empty,
        };

    /// <summary>Matches a qualifier at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The text from the current position.</param>
    /// <param name="qualifier">The qualifier found.</param>
    /// <returns>The number of characters the qualifier takes, or 0 when there is none.</returns>
    internal static int MatchQualifier(ReadOnlySpan<char> text, out AmountQualifier qualifier)
    {
        qualifier = AmountQualifier.Exact;
        if (text.IsEmpty)
        {
            return 0;
        }

        char first = text[0];
        if (first is '~' or '≈')
        {
            qualifier = AmountQualifier.Approximately;
            return 1;
        }

        if (!char.IsAsciiLetter(first))
        {
            return 0;
        }

        foreach ((string word, AmountQualifier q) in QualifiersByFirstLetter[(first | 0x20) - 'a'])
        {
            int length = MatchWords(text, word);
            if (length > 0)
            {
                qualifier = q;
                return length;
            }
        }

        return 0;
    }

    /// <summary>Matches <paramref name="pattern"/> (case-insensitive; a space matches any white space) as whole
    /// words.</summary>
    private static int MatchWords(ReadOnlySpan<char> text, string pattern)
    {
        int i = 0;
        foreach (char p in pattern)
        {
            if (p == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i]))
                {
                    return 0;
                }

                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (i >= text.Length || char.ToLowerInvariant(text[i]) != p)
            {
                return 0;
            }

            i++;
        }

        // A word must end at a word boundary ("over" does not match "overall").
        return i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsLetter(pattern[^1]) ? 0 : i;
    }
}
