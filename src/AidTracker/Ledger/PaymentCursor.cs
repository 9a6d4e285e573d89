using NodaTime;

namespace AidTracker;

/// <summary>
/// Walks the payments of <see cref="LoanTerms.Schedule"/> one by one without building them: the one place where the
/// schedule's rules live (dates, interest, principal, rounding), used by <see cref="LoanTerms.Schedule"/> and by debt
/// service, which adds up millions of payments. The caller checks the arguments first
/// (<see cref="LoanTerms.CheckSchedulable"/>).
/// </summary>
internal struct PaymentCursor
{
    private readonly LoanTerms _terms;
    private readonly LocalDate _first;
    private readonly int? _decimals;
    private readonly decimal _periodRate;
    private readonly decimal _instalment;
    private readonly int _monthsApart;
    private readonly bool _endOfMonth;

    public PaymentCursor(LoanTerms terms, Money amount, LocalDate firstDisbursement)
    {
        _terms = terms;
        _first = firstDisbursement;
        _decimals = amount.Currency.MinorUnits;
        _periodRate = terms.InterestRate / terms.PaymentsPerYear;
        int n = terms.RepaymentCount;
        _instalment = terms.Profile switch
        {
            RepaymentProfile.EqualPrincipal => Truncate(amount.Amount / n),
            RepaymentProfile.Annuity => Truncate(amount.Amount * LoanTerms.AnnuityFactor(_periodRate, n)),
            _ => 0m,
        };
        _monthsApart = 12 / terms.PaymentsPerYear;
        _endOfMonth =
            firstDisbursement.Day
            == firstDisbursement.Calendar.GetDaysInMonth(firstDisbursement.Year, firstDisbursement.Month);
        Outstanding = amount.Amount;
        Fee = Round(amount.Amount * terms.FeeRate);
    }

    /// <summary>Gets the front-end fee, due at the disbursement, rounded to minor units.</summary>
    public decimal Fee { get; }

    /// <summary>Gets the current payment's number (1 for the first).</summary>
    public int Number { get; private set; }

    /// <summary>Gets the current payment's date.</summary>
    public LocalDate Date { get; private set; }

    /// <summary>Gets the current payment's interest: the principal outstanding during the period × rate ÷ p,
    /// half-to-even to minor units.</summary>
    public decimal Interest { get; private set; }

    /// <summary>Gets the current payment's principal: instalments rounded toward zero, the last one taking the
    /// rest.</summary>
    public decimal Principal { get; private set; }

    /// <summary>Gets the principal outstanding after the current payment (the amount lent before the first).</summary>
    public decimal Outstanding { get; private set; }

    /// <summary>Moves to the next payment; <c>false</c> after the last.</summary>
    public bool MoveNext()
    {
        int k = Number + 1;
        if (k > _terms.PaymentCount)
        {
            return false;
        }

        decimal interest = Round(Outstanding * _periodRate);
        decimal repaid =
            k <= _terms.GracePaymentCount ? 0m
            : k == _terms.PaymentCount ? Outstanding
            : _terms.Profile switch
            {
                RepaymentProfile.EqualPrincipal => _instalment,
                RepaymentProfile.Annuity => Math.Clamp(_instalment - interest, 0m, Outstanding),
                _ => 0m,
            };
        LocalDate date = _first.PlusMonths(k * _monthsApart);
        Number = k;
        Date = _endOfMonth ? date.With(DateAdjusters.EndOfMonth) : date;
        Interest = interest;
        Principal = repaid;
        Outstanding -= repaid;
        return true;
    }

    private readonly decimal Round(decimal value) =>
        _decimals is int d ? Math.Round(value, d, MidpointRounding.ToEven) : value;

    private readonly decimal Truncate(decimal value) =>
        _decimals is int d ? Math.Round(value, d, MidpointRounding.ToZero) : value;
}
