using System.Globalization;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// One distinct exchange rate a summary used: the pair, the date asked for, the date of the rate actually used (a
/// Saturday uses Friday's rate), its value, basis and source, and the full <see cref="Rate"/> (with the published rates
/// behind a cross rate).
/// </summary>
/// <remarks>Immutable. A summary lists one per distinct (pair, requested date), ordered by currency code and
/// date.</remarks>
public sealed class UsedRate
{
    internal UsedRate(RateRequest request, ExchangeRate rate, string answeredBy)
    {
        RequestedDate = request.Date;
        Rate = rate;
        AnsweredBy = answeredBy;
    }

    /// <summary>Gets the currency converted from (the rate's base).</summary>
    public Currency From => Rate.Base;

    /// <summary>Gets the currency converted into (the rate's quote).</summary>
    public Currency To => Rate.Quote;

    /// <summary>Gets the date the rate was asked for (the value date, or the policy's date).</summary>
    public LocalDate RequestedDate { get; }

    /// <summary>Gets the date of the rate used (for a cross rate, the older leg's).</summary>
    public LocalDate UsedDate => Rate.Date;

    /// <summary>Gets the rate: units of <see cref="To"/> per unit of <see cref="From"/>, at full precision.</summary>
    public decimal Value => Rate.Value;

    /// <summary>Gets the basis of the rate used.</summary>
    public RateBasis Basis => Rate.Basis;

    /// <summary>Gets who published the rate (<c>ECB</c>; a cross of two publishers names both).</summary>
    public string Source => Rate.Source;

    /// <summary>Gets the name of the source that answered (for a chain, its member that answered).</summary>
    public string AnsweredBy { get; }

    /// <summary>Gets the rate with its full provenance (derivation, pivot, legs).</summary>
    public ExchangeRate Rate { get; }

    /// <summary>Returns e.g. <c>JPY/USD requested 2025-02-27, used 2025-02-27: 0.0066847... (ECB, Daily)</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}/{1} requested {2:uuuu-MM-dd}, used {3:uuuu-MM-dd}: {4} ({5}, {6})",
            From.Code,
            To.Code,
            RequestedDate,
            UsedDate,
            Value,
            Source,
            Basis
        );
}
