using AidTracker.Internal;

namespace AidTracker;

public sealed partial class LoanTerms
{
    /// <summary>The number of decimal places a grant element is rounded to (half-to-even): 12, a millionth of a basis
    /// point.</summary>
    public const int GrantElementDecimals = 12;

    /// <summary>
    /// Returns the grant element of these terms at the annual discount rate <paramref name="discountRate"/>: the share
    /// of the loan that is a gift, 1 − (present value of all debt service) ÷ face value, as the OECD DAC defines it
    /// (0.7118 for 1.0%, 30 years, 10 years' grace, equal-principal, semi-annual, discounted at 9%).
    /// </summary>
    /// <remarks>
    /// <para><b>Conventions.</b> The loan (face value 1) is disbursed once, at time 0. Payment <c>k</c> (k = 1 .. M·p)
    /// falls at t = k / p years. Each pays interest on the principal outstanding during its period at rate i / p;
    /// principal is repaid by the profile over the periods after the grace period: equal-principal 1 / n at each of the
    /// n = (M − G)·p payments G + 1/p, G + 2/p, ..., M; annuity a level payment r / (1 − (1 + r)^−n) (r = i / p) of
    /// which the interest is the part on the outstanding principal; bullet 1 at M. A payment at t years is discounted
    /// by (1 + d)^t, so grant element = 1 − fee − Σ (interest_k + principal_k) ÷ (1 + d)^(k/p).</para>
    /// <para><b>Precision.</b> The cash flows are not rounded to any currency (a property of the terms, not of an
    /// amount). The discount factor of one period, (1 + d)^(1/p), is computed once by Newton's method in
    /// <see cref="decimal"/> to 27 or more significant digits, and its powers by repeated multiplication; the sum is
    /// good to about 1e-24, and the result is rounded half-to-even to <see cref="GrantElementDecimals"/> decimal
    /// places. No <see cref="double"/> enters the result.</para>
    /// <para><b>Signs and edges.</b> Anything repaid makes the element less than 1 when d is positive (at d = 0 the
    /// element is minus the interest and fee, per unit). An interest rate above the discount rate gives a negative
    /// element (the borrower pays more than the market at d): that is reported as it is, and such a loan is below every
    /// DAC minimum, so its grant equivalent as ODA is zero (<see cref="LoanDiscountRule.Evaluate"/>). Zero grace and a
    /// loan of a single period (maturity 1 / p) follow the same formula.</para>
    /// </remarks>
    /// <param name="discountRate">The annual discount rate as a fraction (0.09 is 9%), within [0, 1].</param>
    /// <returns>The grant element as a fraction (0.711774191993 for the example above).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is outside [0, 1].</exception>
    public decimal GrantElement(decimal discountRate)
    {
        Preconditions.CheckArgumentRange(
            discountRate is >= 0m and <= 1m,
            nameof(discountRate),
            discountRate,
            FormattableString.Invariant(
                $"A discount rate is a fraction within [0, 1] (0.09 is 9%); {discountRate} is not."
            )
        );

        decimal r = InterestRate / PaymentsPerYear;
        decimal v = 1m / DecimalMath.Root(1m + discountRate, PaymentsPerYear); // one period's discount factor
        int g = GracePaymentCount;
        int n = RepaymentCount;
        decimal annuity = Profile == RepaymentProfile.Annuity ? AnnuityFactor(r, n) : 0m;

        decimal presentValue = FeeRate;
        decimal discount = 1m;
        decimal outstanding = 1m;
        for (int k = 1; k <= PaymentCount; k++)
        {
            discount *= v;
            int repaidBefore = k - 1 - g; // principal instalments before payment k (equal-principal)
            decimal interest =
                Profile == RepaymentProfile.EqualPrincipal && repaidBefore > 0
                    ? (decimal)(n - repaidBefore) / n * r
                    : outstanding * r;
            decimal principal =
                k <= g
                    ? 0m
                    : Profile switch
                    {
                        RepaymentProfile.EqualPrincipal => 1m / n,
                        RepaymentProfile.Annuity => k == PaymentCount ? outstanding : annuity - interest,
                        _ => k == PaymentCount ? 1m : 0m,
                    };
            outstanding -= principal;
            presentValue += (interest + principal) * discount;
        }

        return Math.Round(1m - presentValue, GrantElementDecimals, MidpointRounding.ToEven);
    }
}
