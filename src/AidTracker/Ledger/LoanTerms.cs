using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// The terms of a loan (a <see cref="Commitment"/> of instrument <see cref="AidInstrument.Loan"/>): the annual interest
/// rate, the maturity and the grace period in years, how principal is repaid after the grace period, how many payments
/// are made a year, and an optional front-end fee. The 2022 development policy loan to Ukraine: 1.0% a year, 30 years
/// including 10 years' grace, equal instalments of principal, twice a year:
/// <c>new LoanTerms(0.01m, 30, 10)</c>.
/// </summary>
/// <remarks>
/// <para><b>Periods.</b> Payments fall every 12 ÷ <see cref="PaymentsPerYear"/> months after the (first) disbursement,
/// so payments per year must divide 12 (1, 2, 3, 4, 6 or 12), and maturity and grace must each be a whole number of
/// periods (30 years at 2 a year: 60 periods; 10 years' grace: the first 20 pay interest only). Payment <c>k</c> falls
/// <c>k / p</c> years after the disbursement.</para>
/// <para><b>What is repaid when</b> (<see cref="Schedule"/>, <see cref="GrantElement"/>): interest each period on the
/// principal outstanding during it, at <see cref="InterestRate"/> ÷ <see cref="PaymentsPerYear"/>; principal by
/// <see cref="Profile"/> over the periods after the grace period: equal-principal in equal instalments at G + 1/p,
/// G + 2/p, ..., M years; annuity in level payments of principal and interest; bullet all at M years.</para>
/// <para><b>Fee.</b> <see cref="FeeRate"/> is a one-off front-end fee, a share of the amount, paid at the disbursement
/// (time 0). The DAC's grant element formula has no fee; this library counts a fee as a payment at time 0, so a fee of
/// 0.2% lowers the grant element by 0.2 points. Without a fee (the default) the result is the DAC's.</para>
/// <para>Immutable; every value is checked by the constructor (there is no <c>with</c> to bypass it). Two terms are
/// equal when every part is equal (rates and years compared as numbers: 0.01 equals 0.010).</para>
/// </remarks>
public sealed partial class LoanTerms : IEquatable<LoanTerms>
{
    /// <summary>Initializes terms and checks them.</summary>
    /// <param name="interestRate">The annual interest rate as a fraction (0.01 is 1.0%), within [0, 1].</param>
    /// <param name="maturityYears">The years from the disbursement to the last repayment, grace included (30);
    /// positive, at most 100.</param>
    /// <param name="graceYears">The years in which no principal is repaid (10); zero or more, less than
    /// <paramref name="maturityYears"/>.</param>
    /// <param name="profile">How principal is repaid after the grace period (default equal-principal).</param>
    /// <param name="paymentsPerYear">Payments a year (default 2: semi-annual); a divisor of 12.</param>
    /// <param name="feeRate">A one-off front-end fee as a fraction of the amount, paid at the disbursement (default 0),
    /// within [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate outside [0, 1]; maturity not positive or over 100 years;
    /// grace negative or not less than maturity; payments a year not a divisor of 12; maturity or grace not a whole
    /// number of periods; a profile not defined.</exception>
    public LoanTerms(
        decimal interestRate,
        decimal maturityYears,
        decimal graceYears,
        RepaymentProfile profile = RepaymentProfile.EqualPrincipal,
        int paymentsPerYear = 2,
        decimal feeRate = 0m
    )
    {
        CheckRate(interestRate, nameof(interestRate), "interest rate");
        CheckRate(feeRate, nameof(feeRate), "fee rate");
        Preconditions.CheckArgumentRange(
            Enum.IsDefined(profile),
            nameof(profile),
            profile,
            FormattableString.Invariant(
                $"{profile} is not a repayment profile; use equal-principal, annuity or bullet."
            )
        );
        Preconditions.CheckArgumentRange(
            paymentsPerYear is 1 or 2 or 3 or 4 or 6 or 12,
            nameof(paymentsPerYear),
            paymentsPerYear,
            string.Create(
                CultureInfo.InvariantCulture,
                $"A loan pays 1, 2, 3, 4, 6 or 12 times a year (payments fall a whole number of months apart); "
                    + $"{paymentsPerYear} is not one of them."
            )
        );
        Preconditions.CheckArgumentRange(
            maturityYears > 0m && maturityYears <= 100m,
            nameof(maturityYears),
            maturityYears,
            FormattableString.Invariant(
                $"A loan's maturity must be more than 0 and at most 100 years; {maturityYears} years is not."
            )
        );
        Preconditions.CheckArgumentRange(
            graceYears >= 0m && graceYears < maturityYears,
            nameof(graceYears),
            graceYears,
            string.Create(
                CultureInfo.InvariantCulture,
                $"A loan's grace period must be at least 0 years and shorter than its maturity of {maturityYears} "
                    + $"years; {graceYears} years is not."
            )
        );
        CheckWholePeriods(maturityYears, paymentsPerYear, nameof(maturityYears), "maturity");
        CheckWholePeriods(graceYears, paymentsPerYear, nameof(graceYears), "grace period");

        InterestRate = interestRate;
        MaturityYears = maturityYears;
        GraceYears = graceYears;
        Profile = profile;
        PaymentsPerYear = paymentsPerYear;
        FeeRate = feeRate;
        _hash = HashCode.Combine(interestRate, maturityYears, graceYears, profile, paymentsPerYear, feeRate);
    }

    // Computed once: terms are dictionary keys when many loans share them (a decimal's hash is not free).
    private readonly int _hash;

    /// <summary>Gets the annual interest rate as a fraction (0.01 is 1.0%).</summary>
    public decimal InterestRate { get; }

    /// <summary>Gets the years from the disbursement to the last repayment, grace included.</summary>
    public decimal MaturityYears { get; }

    /// <summary>Gets the years in which no principal is repaid (interest is paid).</summary>
    public decimal GraceYears { get; }

    /// <summary>Gets how principal is repaid after the grace period.</summary>
    public RepaymentProfile Profile { get; }

    /// <summary>Gets the number of payments a year (2: semi-annual).</summary>
    public int PaymentsPerYear { get; }

    /// <summary>Gets the one-off front-end fee as a fraction of the amount, paid at the disbursement (0 when there is
    /// none).</summary>
    public decimal FeeRate { get; }

    /// <summary>Gets the number of payments: maturity × payments a year (60 for 30 years, twice a year).</summary>
    public int PaymentCount => (int)(MaturityYears * PaymentsPerYear);

    /// <summary>Gets the number of payments of interest only: grace × payments a year (20 for 10 years, twice a
    /// year).</summary>
    public int GracePaymentCount => (int)(GraceYears * PaymentsPerYear);

    /// <summary>Gets the number of payments that repay principal (at least 1).</summary>
    public int RepaymentCount => PaymentCount - GracePaymentCount;

    /// <summary>Returns whether <paramref name="other"/> has equal terms.</summary>
    /// <param name="other">The terms to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(LoanTerms? other) =>
        ReferenceEquals(this, other)
        || (
            other is not null
            && InterestRate == other.InterestRate
            && MaturityYears == other.MaturityYears
            && GraceYears == other.GraceYears
            && Profile == other.Profile
            && PaymentsPerYear == other.PaymentsPerYear
            && FeeRate == other.FeeRate
        );

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LoanTerms);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Returns the terms in words: <c>1% a year, 30 years incl. 10 years' grace, equal-principal, 2 payments a
    /// year</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Percent(InterestRate)} a year, {Number(MaturityYears)} years incl. {Number(GraceYears)} years' grace, "
                + $"{ProfileName(Profile)}, {PaymentsPerYear} payment{(PaymentsPerYear == 1 ? string.Empty : "s")} a "
                + $"year"
        );
        return FeeRate == 0m ? text : text + ", fee " + Percent(FeeRate);
    }

    /// <summary>A fraction as a percentage without trailing zeros: 0.01 → <c>1%</c>, 0.0075 → <c>0.75%</c>.</summary>
    internal static string Percent(decimal fraction) => Number(fraction * 100m) + "%";

    /// <summary>A number without trailing zeros (30.0 → <c>30</c>), invariant.</summary>
    internal static string Number(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The kebab-case name of a profile (as in the JSON format).</summary>
    internal static string ProfileName(RepaymentProfile profile) =>
        profile switch
        {
            RepaymentProfile.Annuity => "annuity",
            RepaymentProfile.Bullet => "bullet",
            _ => "equal-principal",
        };

    private static void CheckRate(decimal rate, string paramName, string what) =>
        Preconditions.CheckArgumentRange(
            rate is >= 0m and <= 1m,
            paramName,
            rate,
            FormattableString.Invariant($"A loan's {what} is a fraction within [0, 1] (0.01 is 1%); {rate} is not.")
        );

    private static void CheckWholePeriods(decimal years, int paymentsPerYear, string paramName, string what)
    {
        decimal periods = years * paymentsPerYear;
        Preconditions.CheckArgumentRange(
            periods == decimal.Truncate(periods),
            paramName,
            years,
            string.Create(
                CultureInfo.InvariantCulture,
                $"A loan's {what} of {years} years is not a whole number of periods at {paymentsPerYear} payments a "
                    + $"year."
            )
        );
    }
}
