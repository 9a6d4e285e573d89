using AidTracker.Internal;

namespace AidTracker;

/// <summary>Thrown when a currency code is neither in the ISO 4217 table nor registered as a custom unit.</summary>
public sealed class UnknownCurrencyException : ArgumentException
{
    /// <summary>Initializes a new instance naming the unknown <paramref name="code"/>.</summary>
    /// <param name="code">The code that was looked up.</param>
    public UnknownCurrencyException(string code)
        : base(
            FormattableString.Invariant(
                $"'{InputText.Shorten(code)}' is not an ISO 4217 currency code or a registered custom unit."
            )
        )
    {
        Code = code;
    }

    /// <summary>Gets the code that was not found.</summary>
    public string Code { get; }
}
