using System.Globalization;

namespace AidTracker;

/// <summary>
/// A loan's grant element and grant equivalent under a <see cref="LoanDiscountRule"/>
/// (<see cref="LoanDiscountRule.Evaluate"/>): the face value, the element, whether it reaches the rule's minimum, and
/// the grant equivalent counted as ODA (face value × element, or zero below the minimum), with the reason in words.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class LoanGrantEquivalent
{
    internal LoanGrantEquivalent(LoanTerms terms, LoanDiscountRule rule, QualifiedMoney faceValue, decimal grantElement)
    {
        Terms = terms;
        Rule = rule;
        FaceValue = faceValue;
        GrantElement = grantElement;
        MeetsMinimum = grantElement >= rule.MinimumGrantElement;
        GrantEquivalent = new QualifiedMoney(
            new Money(MeetsMinimum ? faceValue.Amount * grantElement : 0m, faceValue.Currency),
            faceValue.Qualifier
        );
    }

    /// <summary>Gets the loan's terms.</summary>
    public LoanTerms Terms { get; }

    /// <summary>Gets the rule applied (discount rate, minimum grant element).</summary>
    public LoanDiscountRule Rule { get; }

    /// <summary>Gets the loan's face value.</summary>
    public QualifiedMoney FaceValue { get; }

    /// <summary>Gets the grant element as a fraction (see <see cref="LoanTerms.GrantElement"/>); negative when the loan
    /// is dearer than the discount rate.</summary>
    public decimal GrantElement { get; }

    /// <summary>Gets a value indicating whether the grant element reaches the rule's minimum (the loan counts as
    /// ODA).</summary>
    public bool MeetsMinimum { get; }

    /// <summary>
    /// Gets the grant equivalent counted as ODA: face value × grant element, not rounded (a summary rounds its totals
    /// once), with the face value's qualifier; zero when the element is below the minimum.
    /// </summary>
    public QualifiedMoney GrantEquivalent { get; }

    /// <summary>
    /// Gets the reason in words: <c>grant element 62.06% at the 7% discount rate (DAC rule for lower-middle-income
    /// countries) reaches the 15% minimum</c>, or <c>... is below the 15% minimum: not concessional, grant equivalent 0
    /// as ODA</c>.
    /// </summary>
    public string Explanation =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"grant element {Percent(GrantElement)} at the {LoanTerms.Percent(Rule.DiscountRate)} discount rate "
                + $"({Rule.Name}) "
        )
        + (
            Rule.MinimumGrantElement == 0m && MeetsMinimum ? "(no minimum)"
            : MeetsMinimum ? "reaches the " + LoanTerms.Percent(Rule.MinimumGrantElement) + " minimum"
            : "is below the "
                + LoanTerms.Percent(Rule.MinimumGrantElement)
                + " minimum: not concessional, grant equivalent 0 as ODA"
        );

    /// <summary>Returns the face value, the grant equivalent and the explanation.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        FormattableString.Invariant(
            $"{FaceValue} at face value, {GrantEquivalent.Money.Round()} grant equivalent: {Explanation}"
        );

    /// <summary>A grant element as a percentage with two decimals: 0.711774 → <c>71.18%</c>.</summary>
    internal static string Percent(decimal fraction) =>
        Math.Round(fraction * 100m, 2, MidpointRounding.ToEven).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
