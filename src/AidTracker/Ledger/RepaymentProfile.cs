namespace AidTracker;

/// <summary>How a loan's principal is repaid after its grace period (see <see cref="LoanTerms"/>). JSON names are
/// kebab-case (<c>equal-principal</c>).</summary>
public enum RepaymentProfile
{
    /// <summary>Equal instalments of principal each period after the grace period, interest on the outstanding
    /// principal (Japan's yen loans).</summary>
    EqualPrincipal = 0,

    /// <summary>Level payments of principal and interest together each period after the grace period (interest only
    /// during the grace period).</summary>
    Annuity = 1,

    /// <summary>All principal at maturity, interest each period until then.</summary>
    Bullet = 2,
}
