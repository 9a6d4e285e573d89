using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// A commitment's stated equivalent ("8.8 billion yen, approximately 63.3 million US dollars") next to the market
/// conversion: the rate the statement implies (139.02 JPY per USD), the market rate of the value date (149.59 JPY per
/// USD, ECB 2025-02-27), the gap between them (7.6%), and whether the statement holds (<see cref="Reconciliation"/>).
/// The stated figure and the computed one are different facts; both are kept.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class StatedEquivalentCheck
{
    private StatedEquivalentCheck(
        string recordId,
        QualifiedMoney original,
        QualifiedMoney stated,
        LocalDate date,
        ExchangeRate implied,
        Conversion? conversion,
        RateLookupFailure? failure,
        decimal? tolerance
    )
    {
        RecordId = recordId;
        Original = original;
        Stated = stated;
        RequestedDate = date;
        ImpliedRate = implied;
        Conversion = conversion;
        Failure = failure;
        if (conversion is not null)
        {
            MarketRate = conversion.Rate.Invert();
            RateGap = MarketRate.RelativeDifferenceFrom(implied);
            Reconciliation = Reconciliation.Compare(
                new QualifiedMoney(conversion.Rounded, original.Qualifier),
                stated,
                tolerance
            );
        }
    }

    /// <summary>Gets the id of the commitment.</summary>
    public string RecordId { get; }

    /// <summary>Gets the commitment's own amount (8,800,000,000 JPY).</summary>
    public QualifiedMoney Original { get; }

    /// <summary>Gets the stated equivalent (approximately 63,300,000 USD).</summary>
    public QualifiedMoney Stated { get; }

    /// <summary>Gets the date of the market rate asked for (by the policy: the value date by default).</summary>
    public LocalDate RequestedDate { get; }

    /// <summary>Gets the rate the statement implies, in units of the original currency per unit of the stated one: 1
    /// USD = 139.0205... JPY (basis Stated).</summary>
    public ExchangeRate ImpliedRate { get; }

    /// <summary>Gets the market rate in the same direction as <see cref="ImpliedRate"/> (1 USD = 149.594... JPY), or
    /// <c>null</c> when the source has none.</summary>
    public ExchangeRate? MarketRate { get; }

    /// <summary>Gets how far the market rate is from the implied one, as a fraction of the implied rate (0.0761: 7.6%);
    /// <c>null</c> without a market rate.</summary>
    public decimal? RateGap { get; }

    /// <summary>Gets the market conversion of the original amount into the stated currency (58,825,751.29 USD), or
    /// <c>null</c> when the source has no rate.</summary>
    public Conversion? Conversion { get; }

    /// <summary>Gets why the source has no market rate; <c>null</c> when it has one.</summary>
    public RateLookupFailure? Failure { get; }

    /// <summary>Gets the statement checked against the market conversion, or <c>null</c> without a market
    /// rate.</summary>
    public Reconciliation? Reconciliation { get; }

    /// <summary>Checks every stated equivalent of <paramref name="commitment"/>.</summary>
    /// <param name="commitment">A commitment with an amount of its own.</param>
    /// <param name="source">The market rates, or <c>null</c> for <see cref="ExchangeRateSources.Default"/>.</param>
    /// <param name="policy">Which market rate to use, or <c>null</c> for the rate at the commitment's value
    /// date.</param>
    /// <param name="tolerance">The relative tolerance of "approximately", or <c>null</c> for
    /// <see cref="Reconciliation.DefaultTolerance"/>.</param>
    /// <returns>One check per stated equivalent, in order; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The commitment has stated equivalents but no amount of its own.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is below 0 or above 1.</exception>
    public static ImmutableArray<StatedEquivalentCheck> CheckAll(
        Commitment commitment,
        IExchangeRateSource? source = null,
        ConversionPolicy? policy = null,
        decimal? tolerance = null
    )
    {
        Preconditions.CheckNotNull(commitment);
        return [.. commitment.StatedEquivalents.Select(stated => Check(commitment, stated, source, policy, tolerance))];
    }

    /// <summary>Checks one stated equivalent of <paramref name="commitment"/> (it need not be among its
    /// <see cref="Commitment.StatedEquivalents"/>).</summary>
    /// <param name="commitment">A commitment with an amount of its own.</param>
    /// <param name="stated">The stated equivalent, in another currency than the amount.</param>
    /// <param name="source">The market rates, or <c>null</c> for <see cref="ExchangeRateSources.Default"/>.</param>
    /// <param name="policy">Which market rate to use, or <c>null</c> for the rate at the commitment's value
    /// date.</param>
    /// <param name="tolerance">The relative tolerance of "approximately", or <c>null</c> for
    /// <see cref="Reconciliation.DefaultTolerance"/>.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The commitment has no amount of its own, or the stated equivalent is in the
    /// same currency or of another sign.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is below 0 or above 1.</exception>
    public static StatedEquivalentCheck Check(
        Commitment commitment,
        QualifiedMoney stated,
        IExchangeRateSource? source = null,
        ConversionPolicy? policy = null,
        decimal? tolerance = null
    )
    {
        Preconditions.CheckNotNull(commitment);
        if (commitment.Amount is not QualifiedMoney original)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The commitment '{InputText.Shorten(commitment.Id)}' has no amount of its own, so its stated "
                        + $"equivalent {stated} cannot be checked."
                ),
                nameof(commitment)
            );
        }

        if (tolerance is decimal t)
        {
            Reconciliation.CheckTolerance(t);
        }

        policy ??= ConversionPolicy.AtValueDate();
        IExchangeRateSource rates = policy.FixedRates ?? source ?? ExchangeRateSources.Default;
        ExchangeRate implied = ExchangeRate.Implied(
            original.Money,
            stated.Money,
            commitment.ValueDate,
            "Stated equivalent of " + commitment.Id
        );
        RateRequest request = policy.CreateRequest(original.Currency, stated.Currency, commitment.ValueDate);
        RateLookupResult result = rates.TryGetRate(request);
        Conversion? conversion = result.IsFound
            ? new Conversion(original.Money, result.Rate, request.Date, result.FailedSources)
            : null;
        return new StatedEquivalentCheck(
            commitment.Id,
            original,
            stated,
            request.Date,
            implied,
            conversion,
            result.Failure,
            tolerance
        );
    }

    /// <summary>
    /// Returns e.g. <c>jp-ua-erp-4: JPY 8,800,000,000 stated as approximately USD 63,300,000.00: implied 139.02 JPY per
    /// USD, market 149.59 (ECB, 2025-02-27), gap 7.61%; ...</c>.
    /// </summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        string pair = ImpliedRate.Quote.Code + " per " + ImpliedRate.Base.Code;
        string implied = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} stated as {2}: implied {3:0.00} {4}",
            RecordId,
            Original,
            Stated,
            ImpliedRate.Value,
            pair
        );
        return MarketRate is null
            ? implied + "; no market rate: " + Failure!.Message
            : string.Format(
                CultureInfo.InvariantCulture,
                "{0}, market {1:0.00} ({2}, {3:uuuu-MM-dd}), gap {4:0.##}%; {5}",
                implied,
                MarketRate.Value,
                MarketRate.Source,
                MarketRate.Date,
                RateGap!.Value * 100m,
                Reconciliation
            );
    }
}
