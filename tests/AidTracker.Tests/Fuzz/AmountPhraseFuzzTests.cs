using AidTracker.Tests.Shared.Fuzz;
using CsCheck;

namespace AidTracker.Tests.Fuzz;

/// <summary>Amount phrases (<see cref="AidTracker.Money.Parse(string)"/>, <see cref="QualifiedMoney.Parse(string)"/>)
/// under mutated real phrases.</summary>
public class AmountPhraseFuzzTests
{
    /// <summary>The phrases of DESIGN.md's worked example and its list of phrases people use.</summary>
    private static readonly FuzzSeed[] Seeds =
    [
        .. new[]
        {
            "8.8 billion yen",
            "¥8.8bn",
            "JPY 8,800,000,000",
            "$63.3M",
            "63.3 million US dollars",
            "USD 12.4 billion",
            "€50 bn",
            "over $12.4 billion",
            "approximately 63.3 million US dollars",
            "up to 78 billion yen",
            "up to 13 billion yen",
            "more than USD 1,000.50",
            "-5 USD",
            "58,825,751.29 USD",
        }.Select(p => FuzzSeed.Text(p, p)),
    ];

    private static readonly string[] Tokens =
    [
        "billion",
        "bn",
        "million",
        "M",
        "trillion",
        "thousand",
        "$",
        "¥",
        "€",
        "kr",
        "USD",
        "JPY",
        "XYZ",
        "over",
        "up to",
        "approximately",
        "~",
        ",",
        ".",
        "-",
        "+",
        "e",
        "1e30",
        "79228162514264337593543950336",
        "0.00000000000000000000000000001",
        " ",
        "\t",
        "\0",
        "\u00A0",
        "\u202F",
        "\u200E",
    ];

    private static readonly Type[] Documented = [typeof(AmountFormatException), typeof(ArgumentException)];

    [Fact]
    public void MoneyParse_MutatedPhrases_ThrowOnlyAmountFormatExceptionWithShortMessages() =>
        FuzzOracle.Sample(
            Mutator.Cases(Seeds, Tokens, maxMutations: 4),
            c => FuzzOracle.Check(c, x => AidTracker.Money.Parse(x.Text), Documented),
            FuzzSettings.Iterations * 2
        );

    [Fact]
    public void QualifiedMoneyParse_MutatedPhrases_ThrowOnlyAmountFormatExceptionWithShortMessages() =>
        FuzzOracle.Sample(
            Mutator.Cases(Seeds, Tokens, maxMutations: 4),
            c => FuzzOracle.Check(c, x => QualifiedMoney.Parse(x.Text), Documented),
            FuzzSettings.Iterations * 2
        );

    [Fact]
    public void TryParse_MutatedPhrases_NeverThrows() =>
        FuzzOracle.Sample(
            Mutator.Cases(Seeds, Tokens, maxMutations: 4),
            c => FuzzOracle.Check(c, x => TryBoth(x.Text), []),
            FuzzSettings.Iterations
        );

    /// <summary>
    /// Both parsers on one decoded text: <see cref="FuzzCase.Text"/> decodes the bytes on every call, and decoding 4 MB
    /// of invalid UTF-8 allocates about 140 MB by itself (seed 7YIFadA1SV87), which twice over broke the allocation
    /// bound that is meant for the parsers.
    /// </summary>
    private static bool TryBoth(string text) =>
        QualifiedMoney.TryParse(text, out _) | AidTracker.Money.TryParse(text, out _);
}
