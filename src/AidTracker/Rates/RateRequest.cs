using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// A question to an <see cref="IExchangeRateSource"/>: the rate from <see cref="From"/> to <see cref="To"/> for
/// <see cref="Date"/>, under <see cref="Basis"/> (or under whatever basis the source has, when <see cref="Basis"/> is
/// <c>null</c>).
/// </summary>
/// <remarks>
/// Two requests are equal when all four parts are equal. <c>default(RateRequest)</c> has no currencies and is not a
/// valid request: sources reject it with <see cref="ArgumentException"/>.
/// </remarks>
public readonly struct RateRequest : IEquatable<RateRequest>
{
    /// <summary>Initializes a request.</summary>
    /// <param name="from">The currency to convert from (the base of the rate returned).</param>
    /// <param name="to">The currency to convert to (the quote of the rate returned).</param>
    /// <param name="date">The date the rate is wanted for (the value date of the amount).</param>
    /// <param name="basis">The basis wanted, or <c>null</c> for any basis the source offers.</param>
    /// <exception cref="ArgumentNullException">A currency is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public RateRequest(Currency from, Currency to, LocalDate date, RateBasis? basis = null)
    {
        From = Preconditions.CheckNotNull(from);
        To = Preconditions.CheckNotNull(to);
        if (basis is RateBasis b)
        {
            ExchangeRate.CheckBasis(b, nameof(basis));
        }

        Date = date;
        Basis = basis;
    }

    /// <summary>Gets the currency to convert from (<c>null</c> only for <c>default(RateRequest)</c>).</summary>
    public Currency From { get; }

    /// <summary>Gets the currency to convert to (<c>null</c> only for <c>default(RateRequest)</c>).</summary>
    public Currency To { get; }

    /// <summary>Gets the date the rate is wanted for.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the basis wanted, or <c>null</c> for any basis the source offers.</summary>
    public RateBasis? Basis { get; }

    /// <summary>Gets a value indicating whether the request is for a currency into itself.</summary>
    public bool IsIdentity => From is not null && From.Equals(To);

    /// <summary>Returns whether <paramref name="other"/> asks for the same pair, date and basis.</summary>
    /// <param name="other">The request to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(RateRequest other) =>
        Equals(From, other.From) && Equals(To, other.To) && Date == other.Date && Basis == other.Basis;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RateRequest other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Date, Basis);

    /// <summary>Returns whether two requests are equal.</summary>
    /// <param name="left">The first request.</param>
    /// <param name="right">The second request.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(RateRequest left, RateRequest right) => left.Equals(right);

    /// <summary>Returns whether two requests differ.</summary>
    /// <param name="left">The first request.</param>
    /// <param name="right">The second request.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(RateRequest left, RateRequest right) => !left.Equals(right);

    /// <summary>Returns the request, e.g. <c>JPY to USD on 2025-02-27 (any basis)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        From is null
            ? "(empty rate request)"
            : RateText.Pair(From, To)
                + " on "
                + RateText.Date(Date)
                + (Basis is RateBasis b ? " (" + b + ")" : " (any basis)");

    /// <summary>Throws when the request is <c>default(RateRequest)</c>.</summary>
    internal void Validate(string paramName)
    {
        if (From is null || To is null)
        {
            throw new ArgumentException(
                "The rate request is empty (default(RateRequest)); create it with its constructor.",
                paramName
            );
        }
    }
}
