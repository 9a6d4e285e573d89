using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Rates;

namespace AidTracker.Serialization;

/// <summary>
/// The kebab-case JSON names of the enums (version 1 of the ledger format and of the tool's JSON output; never
/// reordered or renamed): one table per enum, read by <see cref="Name{T}"/> and <see cref="TryParse{T}"/> instead of a
/// switch per use. The file is also compiled into the command-line tool (linked, as the core keeps its internals).
/// </summary>
internal static class KebabNames
{
    public static readonly (AmountQualifier Value, string Name)[] Qualifiers =
    [
        (AmountQualifier.Exact, "exact"),
        (AmountQualifier.Approximately, "approximately"),
        (AmountQualifier.AtLeast, "at-least"),
        (AmountQualifier.AtMost, "at-most"),
    ];

    public static readonly (CommitmentStage Value, string Name)[] Stages =
    [
        (CommitmentStage.Pledged, "pledged"),
        (CommitmentStage.Committed, "committed"),
    ];

    public static readonly (AidCategory Value, string Name)[] Categories =
    [
        (AidCategory.Financial, "financial"),
        (AidCategory.Humanitarian, "humanitarian"),
        (AidCategory.Recovery, "recovery"),
        (AidCategory.Economic, "economic"),
        (AidCategory.Military, "military"),
        (AidCategory.InKind, "in-kind"),
        (AidCategory.Other, "other"),
    ];

    public static readonly (AidInstrument Value, string Name)[] Instruments =
    [
        (AidInstrument.Grant, "grant"),
        (AidInstrument.Loan, "loan"),
        (AidInstrument.Guarantee, "guarantee"),
        (AidInstrument.Equity, "equity"),
        (AidInstrument.InKind, "in-kind"),
        (AidInstrument.Other, "other"),
    ];

    public static readonly (AgreementKind Value, string Name)[] AgreementKinds =
    [
        (AgreementKind.Accord, "accord"),
        (AgreementKind.ExchangeOfNotes, "exchange-of-notes"),
        (AgreementKind.MemorandumOfUnderstanding, "memorandum-of-understanding"),
        (AgreementKind.LoanAgreement, "loan-agreement"),
        (AgreementKind.GrantAgreement, "grant-agreement"),
        (AgreementKind.Other, "other"),
    ];

    public static readonly (DisbursementKind Value, string Name)[] DisbursementKinds =
    [
        (DisbursementKind.Disbursement, "disbursement"),
        (DisbursementKind.Expenditure, "expenditure"),
    ];

    public static readonly (RepaymentProfile Value, string Name)[] RepaymentProfiles =
    [
        (RepaymentProfile.EqualPrincipal, "equal-principal"),
        (RepaymentProfile.Annuity, "annuity"),
        (RepaymentProfile.Bullet, "bullet"),
    ];

    public static readonly (RateBasis Value, string Name)[] Bases =
    [
        (RateBasis.Daily, "daily"),
        (RateBasis.MonthlyAverage, "monthly-average"),
        (RateBasis.AnnualAverage, "annual-average"),
        (RateBasis.Fixed, "fixed"),
        (RateBasis.Stated, "stated"),
    ];

    public static readonly (RateDerivation Value, string Name)[] Derivations =
    [
        (RateDerivation.Direct, "direct"),
        (RateDerivation.Inverse, "inverse"),
        (RateDerivation.Cross, "cross"),
        (RateDerivation.Identity, "identity"),
    ];

    public static readonly (Measure Value, string Name)[] Measures =
    [
        (Measure.Committed, "committed"),
        (Measure.Pledged, "pledged"),
        (Measure.Disbursed, "disbursed"),
        (Measure.Spent, "spent"),
    ];

    public static readonly (ConversionPolicyKind Value, string Name)[] PolicyKinds =
    [
        (ConversionPolicyKind.ValueDate, "value-date"),
        (ConversionPolicyKind.AnnualAverage, "annual-average"),
        (ConversionPolicyKind.SingleDate, "single-date"),
        (ConversionPolicyKind.Fixed, "fixed"),
    ];

    /// <summary>Returns the name of <paramref name="value"/> in <paramref name="names"/>.</summary>
    /// <exception cref="JsonException"><paramref name="value"/> is not in the table (a value outside the
    /// enum).</exception>
    public static string Name<T>((T Value, string Name)[] names, T value)
        where T : struct, Enum
    {
        foreach ((T v, string name) in names)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return name;
            }
        }

        throw new JsonException(FormattableString.Invariant($"{value} has no JSON name."));
    }

    /// <summary>Finds the value named <paramref name="text"/> (exactly, case-sensitive) in
    /// <paramref name="names"/>.</summary>
    public static bool TryParse<T>((T Value, string Name)[] names, string? text, out T value)
        where T : struct, Enum
    {
        foreach ((T v, string name) in names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}
