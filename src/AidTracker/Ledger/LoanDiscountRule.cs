using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// How a loan's grant element is computed and judged: the annual discount rate and the minimum grant element below
/// which the loan is not concessional enough to count as official development assistance (ODA). The DAC's rules for
/// loans to the official sector (since 2018) are <see cref="Dac"/>; a rate of your own is <see cref="Custom"/>.
/// </summary>
/// <remarks>
/// <para>The DAC rules: least developed and other low-income countries 9% and 45%; lower-middle-income countries 7% and
/// 15%; upper-middle-income countries 6% and 10%; multilateral institutions 5% and 10%.</para>
/// <para>Immutable. Two rules are equal when their income group, rates and name are equal.</para>
/// </remarks>
public sealed class LoanDiscountRule : IEquatable<LoanDiscountRule>
{
    private LoanDiscountRule(IncomeGroup? incomeGroup, decimal discountRate, decimal minimumGrantElement, string name)
    {
        IncomeGroup = incomeGroup;
        DiscountRate = discountRate;
        MinimumGrantElement = minimumGrantElement;
        Name = name;
    }

    /// <summary>Gets the recipient's income group of a DAC rule, or <c>null</c> for a rule of your own.</summary>
    public IncomeGroup? IncomeGroup { get; }

    /// <summary>Gets the annual discount rate as a fraction (0.07 is 7%).</summary>
    public decimal DiscountRate { get; }

    /// <summary>Gets the minimum grant element for the loan to count as ODA, as a fraction (0.15 is 15%); 0 for
    /// none.</summary>
    public decimal MinimumGrantElement { get; }

    /// <summary>Gets the rule's name: <c>DAC rule for lower-middle-income countries</c>, or the name given.</summary>
    public string Name { get; }

    /// <summary>Returns the DAC's rule for loans to the official sector of a recipient in
    /// <paramref name="incomeGroup"/>.</summary>
    /// <param name="incomeGroup">The recipient's income group (or multilateral institution).</param>
    /// <returns>The rule (one shared instance per group).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incomeGroup"/> is not defined.</exception>
    public static LoanDiscountRule Dac(IncomeGroup incomeGroup) =>
        incomeGroup switch
        {
            AidTracker.IncomeGroup.LeastDeveloped => DacRules[0],
            AidTracker.IncomeGroup.LowIncome => DacRules[1],
            AidTracker.IncomeGroup.LowerMiddleIncome => DacRules[2],
            AidTracker.IncomeGroup.UpperMiddleIncome => DacRules[3],
            AidTracker.IncomeGroup.Multilateral => DacRules[4],
            _ => throw new ArgumentOutOfRangeException(
                nameof(incomeGroup),
                incomeGroup,
                FormattableString.Invariant($"{incomeGroup} is not an income group.")
            ),
        };

    /// <summary>Returns a rule of your own: a discount rate given directly, and the minimum grant element to apply (0
    /// for none).</summary>
    /// <param name="discountRate">The annual discount rate as a fraction, within [0, 1].</param>
    /// <param name="minimumGrantElement">The minimum grant element as a fraction, within [0, 1].</param>
    /// <param name="name">What to call the rule in reports, or <c>null</c> for <c>discount rate 5%</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside [0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only white space.</exception>
    public static LoanDiscountRule Custom(decimal discountRate, decimal minimumGrantElement = 0m, string? name = null)
    {
        Preconditions.CheckArgumentRange(
            discountRate is >= 0m and <= 1m,
            nameof(discountRate),
            discountRate,
            FormattableString.Invariant(
                $"A discount rate is a fraction within [0, 1] (0.05 is 5%); {discountRate} is not."
            )
        );
        Preconditions.CheckArgumentRange(
            minimumGrantElement is >= 0m and <= 1m,
            nameof(minimumGrantElement),
            minimumGrantElement,
            FormattableString.Invariant(
                $"A minimum grant element is a fraction within [0, 1] (0.1 is 10%); {minimumGrantElement} is not."
            )
        );
        Preconditions.CheckArgument(
            name is null || !string.IsNullOrWhiteSpace(name),
            nameof(name),
            "A rule's name must not be empty or only white space."
        );
        return new LoanDiscountRule(
            null,
            discountRate,
            minimumGrantElement,
            name ?? "discount rate " + LoanTerms.Percent(discountRate)
        );
    }

    /// <summary>Returns the short name of an income group, as the command line and the income-group file take it:
    /// <c>ldc</c>, <c>lic</c>, <c>lmic</c>, <c>umic</c>, <c>multilateral</c>.</summary>
    /// <param name="incomeGroup">The group.</param>
    /// <returns>The short name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="incomeGroup"/> is not defined.</exception>
    public static string ShortName(IncomeGroup incomeGroup) => Dac(incomeGroup).ShortCode;

    /// <summary>Returns the income group of a short name (<c>lmic</c>; any case), or <c>null</c>.</summary>
    /// <param name="shortName">The short name.</param>
    /// <returns>The group, or <c>null</c> when the name is not one of <c>ldc</c>, <c>lic</c>, <c>lmic</c>, <c>umic</c>,
    /// <c>multilateral</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shortName"/> is <c>null</c>.</exception>
    public static IncomeGroup? ParseShortName(string shortName)
    {
        Preconditions.CheckNotNull(shortName);
        foreach (LoanDiscountRule rule in DacRules)
        {
            if (string.Equals(rule.ShortCode, shortName.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return rule.IncomeGroup;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns a loan's grant element and grant equivalent under this rule: the grant element of
    /// <paramref name="terms"/> at <see cref="DiscountRate"/>; the grant equivalent is the face value × the grant
    /// element when the element reaches <see cref="MinimumGrantElement"/>, else zero as ODA (with the reason).
    /// </summary>
    /// <param name="terms">The loan's terms.</param>
    /// <param name="faceValue">The loan's amount (its qualifier carries over to the grant equivalent).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is <c>null</c>.</exception>
    public LoanGrantEquivalent Evaluate(LoanTerms terms, QualifiedMoney faceValue)
    {
        Preconditions.CheckNotNull(terms);
        decimal element = terms.GrantElement(DiscountRate);
        return new LoanGrantEquivalent(terms, this, faceValue, element);
    }

    /// <summary>Returns whether <paramref name="other"/> is the same rule.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(LoanDiscountRule? other) =>
        other is not null
        && IncomeGroup == other.IncomeGroup
        && DiscountRate == other.DiscountRate
        && MinimumGrantElement == other.MinimumGrantElement
        && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LoanDiscountRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IncomeGroup, DiscountRate, MinimumGrantElement, Name);

    /// <summary>Returns the name with the rates: <c>DAC rule for lower-middle-income countries (discount rate 7%,
    /// minimum grant element 15%)</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        MinimumGrantElement == 0m && IncomeGroup is null
            ? FormattableString.Invariant(
                $"{Name} (discount rate {LoanTerms.Percent(DiscountRate)}, no minimum grant element)"
            )
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{Name} (discount rate {LoanTerms.Percent(DiscountRate)}, minimum grant element "
                    + $"{LoanTerms.Percent(MinimumGrantElement)})"
            );

    private string ShortCode =>
        IncomeGroup switch
        {
            AidTracker.IncomeGroup.LeastDeveloped => "ldc",
            AidTracker.IncomeGroup.LowIncome => "lic",
            AidTracker.IncomeGroup.LowerMiddleIncome => "lmic",
            AidTracker.IncomeGroup.UpperMiddleIncome => "umic",
            AidTracker.IncomeGroup.Multilateral => "multilateral",
            _ => string.Empty,
        };

    private static readonly LoanDiscountRule[] DacRules =
    [
        new(AidTracker.IncomeGroup.LeastDeveloped, 0.09m, 0.45m, "DAC rule for least developed countries"),
        new(AidTracker.IncomeGroup.LowIncome, 0.09m, 0.45m, "DAC rule for low-income countries"),
        new(AidTracker.IncomeGroup.LowerMiddleIncome, 0.07m, 0.15m, "DAC rule for lower-middle-income countries"),
        new(AidTracker.IncomeGroup.UpperMiddleIncome, 0.06m, 0.10m, "DAC rule for upper-middle-income countries"),
        new(AidTracker.IncomeGroup.Multilateral, 0.05m, 0.10m, "DAC rule for multilateral institutions"),
    ];
}
