using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AidTracker.Internal;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// What to add up and how: the <see cref="Measure"/>, the reporting currency (or none: totals stay per currency), the
/// conversion policy and rate source, the keys to group by, filters, and an as-of cut-off date. Run it with
/// <see cref="LedgerSummaries.Summarize(Ledger, SummaryQuery)"/>.
/// </summary>
/// <remarks>
/// <para><b>Counting rule</b> (no double counting). A commitment <em>is eligible</em> when it matches the measure's
/// stage, is dated on or before <see cref="AsOf"/> and passes every filter. It <em>counts</em> when it is eligible and
/// no ancestor of it (parent, parent's parent, ...) is eligible: a child is a breakdown of its parent and is not added
/// again, but when the filter leaves the parent out (summarising the fourth package on its own) the child counts. A
/// counted commitment without an amount of its own is the sum of its children, resolved recursively (children dated
/// after <see cref="AsOf"/> left out; filters and stage do not apply inside a counted commitment: it was chosen as a
/// whole). A top-up (<see cref="Commitment.SupplementsId"/>) is a commitment of its own and counts on its own: "up to
/// 13 billion yen" plus a top-up of exactly 65 billion yen is "up to 78 billion yen". Disbursements have no hierarchy:
/// each eligible disbursement counts.</para>
/// <para><b>Qualifiers</b> travel with the amounts (<see cref="QualifiedMoney.Combine"/>): all exact gives exact, any
/// approximately gives approximately, exact with at-least gives at-least, exact with at-most gives at-most, at-least
/// with at-most gives approximately. A converted amount keeps the qualifier of the original.</para>
/// <para><b>Precision.</b> Amounts are converted and summed exactly (every product amount × rate with all its digits);
/// each total (of a group, or overall) is rounded once, at the end, half-to-even from the exact sum to its currency's
/// minor units. Group totals are rounded on their own, so the
/// rounded group totals can differ from the rounded overall total by a minor unit or so.</para>
/// <para>Build a query with an object initializer or the fluent <c>With...</c> methods, which return new
/// queries:</para>
/// <code>
/// var query = new SummaryQuery { ReportingCurrency = Currency.USD }
///     .GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear)
///     .WithAsOf(new LocalDate(2025, 3, 31));
/// Summary summary = ledger.Summarize(query);
/// </code>
/// <para>Immutable and thread-safe. Two queries are equal when every part is equal (filters, custom keys and rate
/// sources by reference).</para>
/// </remarks>
public sealed class SummaryQuery : IEquatable<SummaryQuery>
{
    /// <summary>Initializes the default query: committed amounts, not converted, the policy "rate at each record's
    /// value date", the default rate source, no groups, no filters, no cut-off.</summary>
    public SummaryQuery() { }

    private SummaryQuery(SummaryQuery other)
    {
        Measure = other.Measure;
        ReportingCurrency = other.ReportingCurrency;
        Policy = other.Policy;
        RateSource = other.RateSource;
        ToleranceDays = other.ToleranceDays;
        GroupBy = other.GroupBy;
        Filters = other.Filters;
        AsOf = other.AsOf;
        Itemised = other.Itemised;
    }

    /// <summary>Gets what is added up (default <see cref="Aggregation.Measure.Committed"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: not a defined
    /// <see cref="Aggregation.Measure"/>.</exception>
    public Measure Measure
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(
                Enum.IsDefined(value),
                nameof(Measure),
                value,
                FormattableString.Invariant($"{value} is not a measure.")
            );
            field = value;
        }
    }

    /// <summary>Gets the currency every amount is converted into, or <c>null</c> (the default): totals stay per
    /// currency and no rates are used.</summary>
    public Currency? ReportingCurrency { get; init; }

    /// <summary>Gets how rates are chosen (default: the rate at each record's value date, any basis).</summary>
    /// <exception cref="ArgumentNullException">On set: <c>null</c>.</exception>
    public ConversionPolicy Policy
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Policy));
    } = ConversionPolicy.AtValueDate();

    /// <summary>
    /// Gets the rate source, or <c>null</c> (the default) for <see cref="ExchangeRateSources.Default"/> (ECB daily,
    /// then NBU daily, then IMF annual averages). A <see cref="ConversionPolicyKind.Fixed"/> policy brings its own
    /// source, which replaces this one.
    /// </summary>
    public IExchangeRateSource? RateSource { get; init; }

    /// <summary>
    /// Gets how many days before a record's date a daily rate may be, or <c>null</c> (the default) for each source's
    /// own tolerance (7 days for the embedded ones). Applies to the daily rate tables of the source, alone or in a
    /// chain (<see cref="ExchangeRateSourceExtensions.WithToleranceDays"/>); the rates used say how old they are.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: a negative number.</exception>
    public int? ToleranceDays
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(
                value is null or >= 0,
                nameof(ToleranceDays),
                value,
                FormattableString.Invariant($"A tolerance must be zero or more days; {value} is not.")
            );
            field = value;
        }
    }

    /// <summary>Gets the keys to group by, in order (default none: one group holding everything).</summary>
    /// <exception cref="ArgumentNullException">On set: a key is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">On set: two keys have the same name.</exception>
    public ImmutableArray<GroupKey> GroupBy
    {
        get;
        init => field = CheckKeys(value, nameof(GroupBy));
    } = [];

    /// <summary>Gets the filters; a record must pass all of them (default none).</summary>
    /// <exception cref="ArgumentNullException">On set: a filter is <c>null</c>.</exception>
    public ImmutableArray<RecordFilter> Filters
    {
        get;
        init => field = CheckFilters(value, nameof(Filters));
    } = [];

    /// <summary>Gets the cut-off date: records dated after it are left out (counted as excluded by the cut-off);
    /// <c>null</c> for none.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// Gets whether the summary adds up the parts itemised inside what the query counts, instead of what it counts
    /// (default <c>false</c>): each commitment the query admits whose nearest admitted ancestor is one the query
    /// counts, such as the fourth package inside the cumulative "over $12.4 billion". Those parts are already inside
    /// the totals of the same query without this option; summarised on their own, they show what those totals are made
    /// of, converted at their own rates. The commitments the query counts are then in
    /// <see cref="SummaryCounts.OutsideCountedParents"/>, and parts of parts in
    /// <see cref="SummaryCounts.InsideCountedParent"/>. Only for the commitment measures (committed, pledged); a
    /// disbursement measure ignores it.
    /// </summary>
    public bool Itemised { get; init; }

    /// <summary>Returns a copy with another measure.</summary>
    /// <param name="measure">What to add up.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not defined.</exception>
    public SummaryQuery WithMeasure(Measure measure) => new(this) { Measure = measure };

    /// <summary>Returns a copy that converts every amount into <paramref name="currency"/>.</summary>
    /// <param name="currency">The reporting currency.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public SummaryQuery WithReportingCurrency(Currency currency) =>
        new(this) { ReportingCurrency = Preconditions.CheckNotNull(currency) };

    /// <summary>Returns a copy that converts nothing: totals stay per currency.</summary>
    /// <returns>The new query.</returns>
    public SummaryQuery WithoutConversion() => new(this) { ReportingCurrency = null };

    /// <summary>Returns a copy with another conversion policy.</summary>
    /// <param name="policy">How rates are chosen.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public SummaryQuery WithPolicy(ConversionPolicy policy) =>
        new(this) { Policy = Preconditions.CheckNotNull(policy) };

    /// <summary>Returns a copy with another rate source.</summary>
    /// <param name="source">The source, e.g. <see cref="ExchangeRateSources.Ecb"/>.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <c>null</c>.</exception>
    public SummaryQuery WithRateSource(IExchangeRateSource source) =>
        new(this) { RateSource = Preconditions.CheckNotNull(source) };

    /// <summary>Returns a copy grouped by <paramref name="keys"/> (replacing any keys before).</summary>
    /// <param name="keys">The keys, in order.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> or a key is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">Two keys have the same name.</exception>
    public SummaryQuery GroupedBy(params IEnumerable<GroupKey> keys) =>
        new(this) { GroupBy = [.. Preconditions.CheckNotNull(keys)] };

    /// <summary>Returns a copy with <paramref name="filter"/> added to the filters.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is <c>null</c>.</exception>
    public SummaryQuery Where(RecordFilter filter) =>
        new(this) { Filters = Filters.Add(Preconditions.CheckNotNull(filter)) };

    /// <summary>Returns a copy with a filter of your own added (see <see cref="RecordFilter.Create"/>).</summary>
    /// <param name="description">What the filter keeps.</param>
    /// <param name="predicate">Returns <c>true</c> for the records to keep.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty.</exception>
    public SummaryQuery Where(string description, Func<LedgerRecord, bool> predicate) =>
        Where(RecordFilter.Create(description, predicate));

    /// <summary>Returns a copy that keeps only the records with the given ids (see
    /// <see cref="RecordFilter.Ids"/>).</summary>
    /// <param name="ids">The ids.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> or an id is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public SummaryQuery WhereIds(params IEnumerable<string> ids) => Where(RecordFilter.Ids(ids));

    /// <summary>Returns a copy that keeps only the records of the given donors (see
    /// <see cref="RecordFilter.Donors"/>).</summary>
    /// <param name="partyIds">The donors' party ids, e.g. <c>JPN</c>.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partyIds"/> or an id is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public SummaryQuery WhereDonors(params IEnumerable<string> partyIds) => Where(RecordFilter.Donors(partyIds));

    /// <summary>Returns a copy that keeps only the records for the given recipients (see
    /// <see cref="RecordFilter.Recipients"/>).</summary>
    /// <param name="partyIds">The recipients' party ids, e.g. <c>UKR</c>.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partyIds"/> or an id is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public SummaryQuery WhereRecipients(params IEnumerable<string> partyIds) =>
        Where(RecordFilter.Recipients(partyIds));

    /// <summary>Returns a copy with another cut-off date.</summary>
    /// <param name="asOf">The cut-off (records dated after it are left out), or <c>null</c> for none.</param>
    /// <returns>The new query.</returns>
    public SummaryQuery WithAsOf(LocalDate? asOf) => new(this) { AsOf = asOf };

    /// <summary>Returns a copy that adds up the parts itemised inside what this query counts (see
    /// <see cref="Itemised"/>).</summary>
    /// <returns>The new query.</returns>
    public SummaryQuery ItemisedParts() => new(this) { Itemised = true };

    /// <summary>
    /// Returns whether the query would count <paramref name="commitment"/> on its own: a commitment of the measure's
    /// stage (committed or pledged), dated on or before <see cref="AsOf"/>, that passes every filter. Whether it is
    /// then added depends on the counting rule: not when an ancestor of it is admitted too (it is a breakdown of that
    /// parent). Always <c>false</c> for the disbursement measures.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    /// <returns><c>true</c> when the query admits it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <c>null</c>.</exception>
    public bool Admits(Commitment commitment) => Eligibility.Admits(Preconditions.CheckNotNull(commitment));

    /// <summary>Gets the eligibility rule of this query (built on first use; the query is immutable).</summary>
    internal Engine.Eligibility Eligibility => field ??= new Engine.Eligibility(this);

    /// <summary>
    /// Returns the source that answers this query's rate requests: the policy's fixed rates, else
    /// <see cref="RateSource"/>, else <see cref="ExchangeRateSources.Default"/> (loaded on first use); with
    /// <see cref="ToleranceDays"/> applied to its daily tables.
    /// </summary>
    /// <returns>The rate source.</returns>
    public IExchangeRateSource GetRateSource()
    {
        IExchangeRateSource source = Policy.FixedRates ?? RateSource ?? ExchangeRateSources.Default;
        return ToleranceDays is int days ? source.WithToleranceDays(days) : source;
    }

    /// <summary>Returns whether <paramref name="other"/> has equal parts (filters, custom keys and rate sources
    /// compared by reference).</summary>
    /// <param name="other">The query to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(SummaryQuery? other) =>
        ReferenceEquals(this, other)
        || (
            other is not null
            && Measure == other.Measure
            && Equals(ReportingCurrency, other.ReportingCurrency)
            && Policy.Equals(other.Policy)
            && ReferenceEquals(RateSource, other.RateSource)
            && ToleranceDays == other.ToleranceDays
            && GroupBy.SequenceEqual(other.GroupBy)
            && Filters.SequenceEqual(other.Filters)
            && AsOf == other.AsOf
            && Itemised == other.Itemised
        );

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SummaryQuery);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Measure, ReportingCurrency, Policy, GroupBy.Length, Filters.Length, AsOf, Itemised);

    /// <summary>
    /// Describes the query: <c>committed in USD by donor, fiscal-year; rate at each record's value date (any basis);
    /// rates from the default source; where id in {jp-ua-erp-4}; as of 2025-03-31</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Itemised ? "parts itemised inside " : string.Empty).Append(
            Measure.ToString().ToLowerInvariant()
        );
        if (ReportingCurrency is not null)
        {
            text.Append(" in ").Append(ReportingCurrency.Code);
        }
        else
        {
            text.Append(" per currency");
        }

        if (!GroupBy.IsEmpty)
        {
            text.Append(" by ").Append(string.Join(", ", GroupBy));
        }

        if (ReportingCurrency is not null)
        {
            text.Append("; ").Append(Policy);
            text.Append("; rates from ").Append(Policy.FixedRates?.Name ?? RateSource?.Name ?? "the default source");
        }

        if (!Filters.IsEmpty)
        {
            text.Append("; where ").Append(string.Join(" and ", Filters));
        }

        if (AsOf is LocalDate asOf)
        {
            text.Append("; as of ").Append(asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static ImmutableArray<GroupKey> CheckKeys(ImmutableArray<GroupKey> keys, string paramName)
    {
        if (keys.IsDefault)
        {
            return [];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (GroupKey key in keys)
        {
            if (key is null)
            {
                throw new ArgumentNullException(paramName, "A key to group by is null.");
            }

            Preconditions.CheckArgument(
                names.Add(key.Name),
                paramName,
                FormattableString.Invariant(
                    $"Two keys to group by are named '{InputText.Shorten(key.Name)}'; each key needs a name of its own."
                )
            );
        }

        return keys;
    }

    private static ImmutableArray<RecordFilter> CheckFilters(ImmutableArray<RecordFilter> filters, string paramName)
    {
        if (filters.IsDefault)
        {
            return [];
        }

        foreach (RecordFilter filter in filters)
        {
            if (filter is null)
            {
                throw new ArgumentNullException(paramName, "A filter is null.");
            }
        }

        return filters;
    }
}
