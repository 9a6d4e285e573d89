namespace AidTracker;

/// <summary>Why a phrase could not be parsed.</summary>
internal enum AmountParseError : byte
{
    None,
    Empty,
    ExpectedNumber,
    UnknownPrefix,
    UnknownSuffix,
    MissingCurrency,
    TextAfterAmount,
    SecondSign,
    GroupSeparator,
    DecimalSeparator,
    Overflow,
    TooManyDigits,
    TooManyDecimals,
    QualifierNotAllowed,
}
