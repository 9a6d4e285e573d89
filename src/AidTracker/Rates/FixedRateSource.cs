using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// A source of rates set by people rather than markets: a rate written into an agreement
/// (<see cref="RateBasis.Fixed"/>) or the rate implied by a stated equivalent (<see cref="RateBasis.Stated"/>, see
/// <see cref="ExchangeRate.Implied"/>). Each rate applies to any date; a rate is also used inverted.
/// </summary>
/// <remarks>
/// <para>The rate returned is the one given (or its inverse): its <see cref="ExchangeRate.Date"/> is the rate's own
/// date (the agreement's), not the requested one, so the provenance shows which rate was used. Put a fixed source first
/// in an <see cref="ExchangeRateChain"/> to let an agreement's rate win over market rates for its currencies.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class FixedRateSource : IExchangeRateSource
{
    private readonly ExchangeRate[] _rates;

    /// <summary>Initializes a source with the given rates.</summary>
    /// <param name="name">The source's name, e.g. <c>Exchange of notes 2025-02-27</c>.</param>
    /// <param name="rates">The rates; at most one per pair and basis (either direction counts as the same
    /// pair).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="rates"/> (or one of them) is
    /// <c>null</c>.</exception>
    /// <exception cref="ArgumentException">Two rates are for the same pair and basis, or a rate is an
    /// identity.</exception>
    public FixedRateSource(string name, params IEnumerable<ExchangeRate> rates)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name);
        _rates = [.. Preconditions.CheckNotNull(rates)];
        for (int i = 0; i < _rates.Length; i++)
        {
            ExchangeRate rate = Preconditions.CheckNotNull(_rates[i], nameof(rates));
            Preconditions.CheckArgument(
                !rate.IsIdentity,
                nameof(rates),
                FormattableString.Invariant($"The identity rate of {rate.Base.Code} cannot be a fixed rate.")
            );
            for (int j = 0; j < i; j++)
            {
                ExchangeRate other = _rates[j];
                if (other.Basis == rate.Basis && SamePair(other, rate))
                {
                    throw new ArgumentException(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The source {name} has two {rate.Basis} rates between {rate.Base.Code} and "
                                + $"{rate.Quote.Code}: {other.Value} and {rate.Value}."
                        ),
                        nameof(rates)
                    );
                }
            }
        }

        Coverage = new RateCoverageList([
            .. _rates
                .GroupBy(r => r.Basis)
                .Select(g => new RateSourceCoverage(
                    name,
                    g.Key,
                    pivot: null,
                    toleranceDays: null,
                    g.SelectMany(r => new[] { (r.Base, r.Date), (r.Quote, r.Date) })
                        .GroupBy(x => x.Item1)
                        .Select(c => new CurrencyCoverage(c.Key, c.Min(x => x.Date), c.Max(x => x.Date), c.Count()))
                )),
        ]);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the rates, in the order given.</summary>
    public IReadOnlyList<ExchangeRate> Rates => _rates;

    /// <inheritdoc />
    public IReadOnlyList<RateSourceCoverage> Coverage { get; }

    /// <inheritdoc />
    public RateLookupResult TryGetRate(RateRequest request)
    {
        request.Validate(nameof(request));
        if (request.IsIdentity)
        {
            return RateLookupResult.Found(
                request,
                ExchangeRate.Identity(request.From, request.Date, request.Basis ?? RateBasis.Fixed, Name),
                Name
            );
        }

        ExchangeRate? offered = null;
        foreach (ExchangeRate rate in _rates)
        {
            bool direct = rate.Base.Equals(request.From) && rate.Quote.Equals(request.To);
            bool inverse = rate.Base.Equals(request.To) && rate.Quote.Equals(request.From);
            if (!direct && !inverse)
            {
                continue;
            }

            if (request.Basis is RateBasis wanted && wanted != rate.Basis)
            {
                offered ??= rate;
                continue;
            }

            return RateLookupResult.Found(request, direct ? rate : rate.Invert(), Name);
        }

        if (offered is not null)
        {
            return RateLookupResult.NotFound(RateLookupFailure.BasisNotOffered(Name, request, offered.Basis));
        }

        Currency missing = _rates.Any(r => r.Base.Equals(request.From) || r.Quote.Equals(request.From))
            ? request.To
            : request.From;
        return RateLookupResult.NotFound(RateLookupFailure.CurrencyNotCovered(Name, request, missing));
    }

    /// <summary>Returns the source's name and rates.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Name + ": " + string.Join("; ", _rates.Select(r => r.ToString()));

    private static bool SamePair(ExchangeRate a, ExchangeRate b) =>
        (a.Base.Equals(b.Base) && a.Quote.Equals(b.Quote)) || (a.Base.Equals(b.Quote) && a.Quote.Equals(b.Base));
}
