using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// A stated figure checked against a computed one: whether the statement holds, and by how much they differ. "Over
/// $12.4 billion" (at least) holds when the computed total is at least 12.4 billion dollars; "up to 78 billion yen" (at
/// most) when it is at most that; "approximately 63.3 million US dollars" when it is within <see cref="Tolerance"/> of
/// the computed figure (by default 10%); an exact figure when both are equal at the currency's minor units.
/// </summary>
/// <remarks>
/// <para><b>Differences.</b> <see cref="Difference"/> is stated minus computed, and <see cref="RelativeDifference"/>
/// that difference as a fraction of the computed figure: the stated "approximately 63.3 million US dollars" against the
/// computed 58,825,751.29 USD (ECB, 2025-02-27) is 4,474,248.71 USD, 0.0761, i.e. 7.6% above the market
/// conversion.</para>
/// <para><b>A computed bound.</b> A computed total can itself be a bound (it includes "over $12.4 billion"). A computed
/// at-least figure confirms "over X" when it is already at least X, refutes "up to X" when it is above X, and otherwise
/// cannot decide (<see cref="ReconciliationOutcome.Inconclusive"/>); at-most figures likewise the other way round. A
/// computed approximately figure is compared as a point estimate.</para>
/// <para><b>Tolerance.</b> The default of 10% (<see cref="DefaultTolerance"/>) is wide enough for a stated equivalent
/// converted at a budget or planning rate fixed months before the market rate of the value date (Japan's 63.3 million
/// dollars for 8.8 billion yen is 7.6% off the ECB rate of the day) and narrow enough to catch a wrong order of
/// magnitude or a wrong currency. Pass a tolerance of your own for stricter checks.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class Reconciliation
{
    private Reconciliation(
        QualifiedMoney computed,
        QualifiedMoney stated,
        decimal tolerance,
        ReconciliationOutcome outcome
    )
    {
        Computed = computed;
        Stated = stated;
        Tolerance = tolerance;
        Outcome = outcome;
        Difference = stated.Money - computed.Money;
        RelativeDifference = computed.Money.IsZero ? null : Difference.Amount / computed.Amount;
    }

    /// <summary>Gets the default relative tolerance of an "approximately" statement: 0.10 (10%).</summary>
    public static decimal DefaultTolerance => 0.10m;

    /// <summary>Gets the computed figure, with its qualifier.</summary>
    public QualifiedMoney Computed { get; }

    /// <summary>Gets the stated figure, with its qualifier.</summary>
    public QualifiedMoney Stated { get; }

    /// <summary>Gets the relative tolerance applied to "approximately" (0.10 is 10% of the computed figure).</summary>
    public decimal Tolerance { get; }

    /// <summary>Gets whether the statement holds, fails, or cannot be decided.</summary>
    public ReconciliationOutcome Outcome { get; }

    /// <summary>Gets a value indicating whether the statement holds
    /// (<see cref="ReconciliationOutcome.Holds"/>).</summary>
    public bool Holds => Outcome == ReconciliationOutcome.Holds;

    /// <summary>Gets stated minus computed (positive when the statement is above the computed figure).</summary>
    public Money Difference { get; }

    /// <summary>Gets <see cref="Difference"/> as a fraction of the computed figure (0.0761 is 7.6% above it);
    /// <c>null</c> when the computed figure is zero.</summary>
    public decimal? RelativeDifference { get; }

    /// <summary>Compares a stated figure with a computed one.</summary>
    /// <param name="computed">The computed figure (e.g. <see cref="SummaryTotal.Value"/>).</param>
    /// <param name="stated">The stated figure (e.g. <c>QualifiedMoney.Parse("over $12.4 billion")</c>).</param>
    /// <param name="tolerance">The relative tolerance of "approximately", from 0 to 1; <c>null</c> for
    /// <see cref="DefaultTolerance"/>.</param>
    /// <returns>The reconciliation.</returns>
    /// <exception cref="CurrencyMismatchException">The figures are in different currencies (convert first).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is below 0 or above 1.</exception>
    public static Reconciliation Compare(QualifiedMoney computed, QualifiedMoney stated, decimal? tolerance = null)
    {
        decimal tol = tolerance ?? DefaultTolerance;
        CheckTolerance(tol);
        if (!computed.Currency.Equals(stated.Currency))
        {
            throw new CurrencyMismatchException(computed.Currency, stated.Currency, "reconcile");
        }

        return new Reconciliation(computed, stated, tol, Decide(computed, stated, tol));
    }

    /// <summary>
    /// Returns one sentence: <c>"approximately USD 63,300,000.00" holds against the computed USD 58,825,751.29: 7.61%
    /// above it (USD 4,474,248.71), within the tolerance of 10%.</c>
    /// </summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        string verdict = Outcome switch
        {
            ReconciliationOutcome.Holds => "holds",
            ReconciliationOutcome.Fails => "does not hold",
            _ => "cannot be decided",
        };
        string gap = RelativeDifference switch
        {
            null => "the computed figure is zero",
            0m => "they are equal",
            decimal r => string.Format(
                CultureInfo.InvariantCulture,
                "{0:0.##}% {1} it ({2})",
                Math.Abs(r) * 100m,
                r > 0 ? "above" : "below",
                new Money(Math.Abs(Difference.Amount), Difference.Currency).Round()
            ),
        };
        string rule =
            Stated.Qualifier == AmountQualifier.Approximately
                ? string.Format(
                    CultureInfo.InvariantCulture,
                    ", {0} the tolerance of {1:0.##}%",
                    Outcome == ReconciliationOutcome.Fails ? "beyond" : "within",
                    Tolerance * 100m
                )
                : string.Empty;
        return string.Format(
            CultureInfo.InvariantCulture,
            "\"{0}\" {1} against the computed {2}: {3}{4}.",
            Stated,
            verdict,
            Computed,
            gap,
            rule
        );
    }

    /// <summary>Throws unless <paramref name="tolerance"/> is a fraction from 0 to 1: the one rule of every
    /// reconciliation's tolerance (<see cref="Compare"/>, <see cref="StatedEquivalentCheck"/>,
    /// <see cref="ItemisedTotalCheck"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is below 0 or above 1.</exception>
    internal static void CheckTolerance(decimal tolerance) =>
        Preconditions.CheckArgumentRange(
            tolerance is >= 0m and <= 1m,
            nameof(tolerance),
            tolerance,
            FormattableString.Invariant($"A tolerance is a fraction from 0 to 1 (0.1 is 10%); {tolerance} is not.")
        );

    private static ReconciliationOutcome Decide(QualifiedMoney computed, QualifiedMoney stated, decimal tolerance)
    {
        decimal c = computed.Amount;
        decimal s = stated.Amount;
        AmountQualifier qc =
            computed.Qualifier == AmountQualifier.Approximately ? AmountQualifier.Exact : computed.Qualifier;
        switch (stated.Qualifier)
        {
            case AmountQualifier.AtLeast:
                return qc switch
                {
                    AmountQualifier.Exact => c >= s ? ReconciliationOutcome.Holds : ReconciliationOutcome.Fails,
                    AmountQualifier.AtLeast => c >= s
                        ? ReconciliationOutcome.Holds
                        : ReconciliationOutcome.Inconclusive,
                    _ => c < s ? ReconciliationOutcome.Fails : ReconciliationOutcome.Inconclusive,
                };
            case AmountQualifier.AtMost:
                return qc switch
                {
                    AmountQualifier.Exact => c <= s ? ReconciliationOutcome.Holds : ReconciliationOutcome.Fails,
                    AmountQualifier.AtMost => c <= s ? ReconciliationOutcome.Holds : ReconciliationOutcome.Inconclusive,
                    _ => c > s ? ReconciliationOutcome.Fails : ReconciliationOutcome.Inconclusive,
                };
            case AmountQualifier.Approximately:
                decimal allowed = tolerance * Math.Abs(c);
                return qc switch
                {
                    AmountQualifier.Exact => Math.Abs(s - c) <= allowed
                        ? ReconciliationOutcome.Holds
                        : ReconciliationOutcome.Fails,
                    AmountQualifier.AtLeast => c - s > allowed
                        ? ReconciliationOutcome.Fails
                        : ReconciliationOutcome.Inconclusive,
                    _ => s - c > allowed ? ReconciliationOutcome.Fails : ReconciliationOutcome.Inconclusive,
                };
            default:
                Money roundedComputed = computed.Money.Round();
                Money roundedStated = stated.Money.Round();
                return qc switch
                {
                    AmountQualifier.Exact => roundedComputed == roundedStated
                        ? ReconciliationOutcome.Holds
                        : ReconciliationOutcome.Fails,
                    AmountQualifier.AtLeast => c > s ? ReconciliationOutcome.Fails : ReconciliationOutcome.Inconclusive,
                    _ => c < s ? ReconciliationOutcome.Fails : ReconciliationOutcome.Inconclusive,
                };
        }
    }
}
