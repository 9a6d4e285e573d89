namespace AidTracker.Serialization;

/// <summary>The kebab-case JSON names of the ledger's enums (version 1 of the format; never reordered or renamed).</summary>
internal static class KebabNames
{
    public static readonly (AmountQualifier Value, string Name)[] Qualifiers =
    [
        (AmountQualifier.Exact, "exact"), (AmountQualifier.Approximately, "approximately"),
        (AmountQualifier.AtLeast, "at-least"), (AmountQualifier.AtMost, "at-most"),
    ];

    public static readonly (CommitmentStage Value, string Name)[] Stages =
    [
        (CommitmentStage.Pledged, "pledged"), (CommitmentStage.Committed, "committed"),
    ];

    public static readonly (AidCategory Value, string Name)[] Categories =
    [
        (AidCategory.Financial, "financial"), (AidCategory.Humanitarian, "humanitarian"), (AidCategory.Recovery, "recovery"),
        (AidCategory.Economic, "economic"), (AidCategory.Military, "military"), (AidCategory.InKind, "in-kind"), (AidCategory.Other, "other"),
    ];

    public static readonly (AidInstrument Value, string Name)[] Instruments =
    [
        (AidInstrument.Grant, "grant"), (AidInstrument.Loan, "loan"), (AidInstrument.Guarantee, "guarantee"),
        (AidInstrument.Equity, "equity"), (AidInstrument.InKind, "in-kind"), (AidInstrument.Other, "other"),
    ];

    public static readonly (AgreementKind Value, string Name)[] AgreementKinds =
    [
        (AgreementKind.Accord, "accord"), (AgreementKind.ExchangeOfNotes, "exchange-of-notes"),
        (AgreementKind.MemorandumOfUnderstanding, "memorandum-of-understanding"), (AgreementKind.LoanAgreement, "loan-agreement"),
        (AgreementKind.GrantAgreement, "grant-agreement"), (AgreementKind.Other, "other"),
    ];

    public static readonly (DisbursementKind Value, string Name)[] DisbursementKinds =
    [
        (DisbursementKind.Disbursement, "disbursement"), (DisbursementKind.Expenditure, "expenditure"),
    ];

    public static readonly (RepaymentProfile Value, string Name)[] RepaymentProfiles =
    [
        (RepaymentProfile.EqualPrincipal, "equal-principal"), (RepaymentProfile.Annuity, "annuity"), (RepaymentProfile.Bullet, "bullet"),
    ];
}
