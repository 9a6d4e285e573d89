namespace AidTracker;

/// <summary>
/// The group a loan's recipient belongs to for the OECD DAC's rules on loans to the official sector: it decides the
/// discount rate and the minimum grant element (see <see cref="LoanDiscountRule.Dac"/>). It is always an input (a value
/// the user gives for each recipient and year), never guessed from the recipient. Command-line names: <c>ldc</c>,
/// <c>lic</c>, <c>lmic</c>, <c>umic</c>, <c>multilateral</c>.
/// </summary>
public enum IncomeGroup
{
    /// <summary>A least developed country (UN list): discount rate 9%, minimum grant element 45%.</summary>
    LeastDeveloped = 0,

    /// <summary>Another low-income country: discount rate 9%, minimum grant element 45%.</summary>
    LowIncome = 1,

    /// <summary>A lower-middle-income country: discount rate 7%, minimum grant element 15%.</summary>
    LowerMiddleIncome = 2,

    /// <summary>An upper-middle-income country: discount rate 6%, minimum grant element 10%.</summary>
    UpperMiddleIncome = 3,

    /// <summary>Not a country: a multilateral institution (loans to multilateral agencies): discount rate 5%, minimum
    /// grant element 10%.</summary>
    Multilateral = 4,
}
