using NodaTime;

namespace AidTracker;

/// <summary>
/// A currency or unit of account: an ISO 4217 code with its numeric code, name, minor units and, for a
/// withdrawn code, its withdrawal date; or a custom unit registered through <see cref="Register"/>.
/// </summary>
/// <remarks>
/// <para>There is exactly one instance per code, so two <see cref="Currency"/> values are equal when they have
/// the same <see cref="Code"/>. Instances are obtained from <see cref="FromCode"/>, <see cref="FromNumericCode"/>,
/// the well-known properties such as <see cref="USD"/>, or <see cref="Register"/>; unknown codes are an error, never a
/// new currency.</para>
/// <para>The ISO 4217 table (current table A.1 and historic table A.3, maintained by SIX) is embedded in the
/// assembly and loaded on first use. Where the historic table leaves the minor unit blank (not recorded),
/// two minor units are assumed.</para>
/// </remarks>
public sealed partial class Currency : IEquatable<Currency>
{
    internal Currency(
        string code,
        int? numericCode,
        string name,
        int? minorUnits,
        LocalDate? withdrawalDate,
        bool isCustom
    )
    {
        Code = code;
        NumericCode = numericCode;
        Name = name;
        MinorUnits = minorUnits;
        WithdrawalDate = withdrawalDate;
        IsCustom = isCustom;
        MinorUnitFactor = minorUnits is int units ? Pow10(units) : 1m;
    }

    /// <summary>Gets the three-letter alphabetic code, e.g. <c>JPY</c>, or the code of a custom unit.</summary>
    public string Code { get; }

    /// <summary>Gets the ISO 4217 numeric code (e.g. 392 for JPY), or <c>null</c> where none is assigned.</summary>
    public int? NumericCode { get; }

    /// <summary>Gets the currency's name as the ISO table gives it, e.g. <c>Yen</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the number of minor units (decimal places): JPY 0, USD 2, KWD 3, CLF 4; <c>null</c> where minor units do
    /// not apply (funds, precious metals, XDR).
    /// </summary>
    public int? MinorUnits { get; }

    /// <summary>
    /// Gets the last day on which a withdrawn code was in use: ISO records withdrawals by month (or a range of years),
    /// so this is the last day of that month (or of the range). <c>null</c> for a current code.
    /// </summary>
    /// <remarks>A code withdrawn more than once (HRK: 2015-06 and 2023-01) carries its latest withdrawal.</remarks>
    public LocalDate? WithdrawalDate { get; }

    /// <summary>Gets a value indicating whether the code has been withdrawn from use.</summary>
    public bool IsWithdrawn => WithdrawalDate is not null;

    /// <summary>Gets a value indicating whether this unit was registered by the caller rather than read from ISO
    /// 4217.</summary>
    public bool IsCustom { get; }

    /// <summary>10 to the power of the minor units (1 when minor units do not apply).</summary>
    internal decimal MinorUnitFactor { get; }

    /// <summary>Returns whether the currency was in use on <paramref name="date"/>: always for a current code, and up
    /// to and including <see cref="WithdrawalDate"/> for a withdrawn one.</summary>
    /// <param name="date">The date to check.</param>
    /// <returns><c>true</c> when the code was in use on that date.</returns>
    public bool IsActiveOn(LocalDate date) => WithdrawalDate is not LocalDate withdrawn || date <= withdrawn;

    /// <summary>Returns the alphabetic code.</summary>
    /// <returns>The code, e.g. <c>USD</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Returns whether <paramref name="other"/> is the same currency (same code).</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns><c>true</c> when both have the same code.</returns>
    public bool Equals(Currency? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns whether two currencies have the same code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><c>true</c> when the codes are equal.</returns>
    public static bool operator ==(Currency? left, Currency? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two currencies have different codes.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><c>true</c> when the codes differ.</returns>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
