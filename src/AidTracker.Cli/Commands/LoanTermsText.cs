namespace AidTracker.Cli.Commands;

/// <summary>Names of loan terms as the ledger format and the JSON contract write them.</summary>
internal static class LoanTermsText
{
    public static string ProfileName(RepaymentProfile profile) =>
        profile switch
        {
            RepaymentProfile.Annuity => "annuity",
            RepaymentProfile.Bullet => "bullet",
            _ => "equal-principal",
        };
}
