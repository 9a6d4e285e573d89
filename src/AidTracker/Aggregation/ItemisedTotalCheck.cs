using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// A commitment whose own amount is a stated total ("over $12.4 billion" to date) checked against its itemised parts
/// (the commitments whose parent it is): the parts are converted into the total's currency and added up, and since
/// they are only part of the whole their sum is a lower bound of it ("at least"). The reconciliation then says whether
/// the stated total holds, fails or cannot be decided against that bound (<see cref="Reconciliation"/>).
/// </summary>
/// <remarks>
/// <para>A part that is itself a ceiling ("up to 13 billion yen") gives no lower bound and is left out of the sum
/// (<see cref="CeilingParts"/>, and <see cref="Note"/> says so). Nothing is computed (<see cref="Reconciliation"/> is
/// <c>null</c>, <see cref="Note"/> says why) when there is no part to add up, when a part has no market rate (a partial
/// sum would be a wrong bound), or when the parts give no lower bound.</para>
/// <para>Japan's "over $12.4 billion" of March 2025 against its three itemised parts in the sample ledger: 8.8 billion
/// yen and 65 billion yen are added (the "up to 13 billion yen" loan is left out), at least USD 548,046,420.50 in all,
/// which neither confirms nor refutes "over 12.4 billion": <see cref="ReconciliationOutcome.Inconclusive"/>.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class ItemisedTotalCheck
{
    private ItemisedTotalCheck(
        string recordId,
        QualifiedMoney stated,
        int parts,
        int ceilings,
        Summary? summary,
        Reconciliation? reconciliation,
        string? note
    )
    {
        RecordId = recordId;
        Stated = stated;
        Parts = parts;
        CeilingParts = ceilings;
        PartsSummary = summary;
        Reconciliation = reconciliation;
        Note = note;
    }

    /// <summary>Gets the id of the commitment whose total this is.</summary>
    public string RecordId { get; }

    /// <summary>Gets the stated total: the commitment's own amount (over 12,400,000,000.00 USD).</summary>
    public QualifiedMoney Stated { get; }

    /// <summary>Gets how many itemised parts were added up (ceilings not included).</summary>
    public int Parts { get; }

    /// <summary>Gets how many parts are stated as a ceiling ("up to") and were left out of the lower bound.</summary>
    public int CeilingParts { get; }

    /// <summary>Gets the summary of the parts in the total's currency (their rates used and any amount without a
    /// rate), or <c>null</c> when there was no part to add up.</summary>
    public Summary? PartsSummary { get; }

    /// <summary>Gets the computed lower bound ("at least" the sum of the parts), or <c>null</c> when none was
    /// computed.</summary>
    public QualifiedMoney? Computed => Reconciliation?.Computed;

    /// <summary>Gets the stated total against the computed lower bound, or <c>null</c> when none was
    /// computed.</summary>
    public Reconciliation? Reconciliation { get; }

    /// <summary>Gets why nothing was computed, or what the computed figure leaves out (ceilings); otherwise
    /// <c>null</c>. E.g. <c>1 part stated as a ceiling (up to) left out of the lower bound</c>.</summary>
    public string? Note { get; }

    /// <summary>Gets the market rates the parts were converted at (empty when none was needed or nothing was
    /// added).</summary>
    public IReadOnlyList<UsedRate> RatesUsed => PartsSummary?.RatesUsed ?? [];

    /// <summary>Checks the own amount of every commitment of <paramref name="ledger"/> that has one and has itemised
    /// parts, in the ledger's order.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="source">The market rates, or <c>null</c> for <see cref="ExchangeRateSources.Default"/>.</param>
    /// <param name="policy">Which market rate each part is converted at, or <c>null</c> for the rate at its value
    /// date.</param>
    /// <param name="tolerance">The relative tolerance of an "approximately" total, or <c>null</c> for
    /// <see cref="Reconciliation.DefaultTolerance"/>.</param>
    /// <param name="asOf">Leave out the totals and the parts dated after this date; <c>null</c> for every
    /// record.</param>
    /// <returns>One check per such commitment; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is below 0 or above 1.</exception>
    /// <exception cref="SummaryOverflowException">The sum of the parts does not fit in a
    /// <see cref="decimal"/>.</exception>
    public static ImmutableArray<ItemisedTotalCheck> CheckAll(
        Ledger ledger,
        IExchangeRateSource? source = null,
        ConversionPolicy? policy = null,
        decimal? tolerance = null,
        LocalDate? asOf = null
    )
    {
        Preconditions.CheckNotNull(ledger);
        return
        [
            .. ledger
                .Commitments.Where(c => c.HasOwnAmount && (asOf is not LocalDate cut || c.Date <= cut))
                .Where(c => !ledger.GetChildren(c).IsEmpty)
                .Select(c => Check(ledger, c, source, policy, tolerance, asOf)),
        ];
    }

    /// <summary>Checks the own amount of <paramref name="parent"/> against the sum of its itemised parts, converted
    /// into the amount's currency.</summary>
    /// <param name="ledger">The ledger that holds the parent and its parts.</param>
    /// <param name="parent">A commitment with an amount of its own.</param>
    /// <param name="source">The market rates, or <c>null</c> for <see cref="ExchangeRateSources.Default"/>.</param>
    /// <param name="policy">Which market rate each part is converted at, or <c>null</c> for the rate at its value
    /// date.</param>
    /// <param name="tolerance">The relative tolerance of an "approximately" total, or <c>null</c> for
    /// <see cref="Reconciliation.DefaultTolerance"/>.</param>
    /// <param name="asOf">Leave out the parts dated after this date; <c>null</c> for every part.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> or <paramref name="parent"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="parent"/> has no amount of its own.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is below 0 or above 1.</exception>
    /// <exception cref="SummaryOverflowException">The sum of the parts does not fit in a
    /// <see cref="decimal"/>.</exception>
    public static ItemisedTotalCheck Check(
        Ledger ledger,
        Commitment parent,
        IExchangeRateSource? source = null,
        ConversionPolicy? policy = null,
        decimal? tolerance = null,
        LocalDate? asOf = null
    )
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(parent);
        if (parent.Amount is not QualifiedMoney total)
        {
            throw new ArgumentException(
                FormattableString.Invariant(
                    $"The commitment '{InputText.Shorten(parent.Id)}' has no amount of its own, "
                ) + "so it states no total to check.",
                nameof(parent)
            );
        }

        if (tolerance is decimal t)
        {
            Reconciliation.CheckTolerance(t);
        }

        var parts = new List<string>();
        int ceilings = 0;
        foreach (Commitment child in ledger.GetChildren(parent))
        {
            if (asOf is LocalDate cut && child.Date > cut)
            {
                continue;
            }

            if (child.Amount is QualifiedMoney { Qualifier: AmountQualifier.AtMost })
            {
                ceilings++;
            }
            else
            {
                parts.Add(child.Id);
            }
        }

        string? left =
            ceilings == 0
                ? null
                : Plural(ceilings, "part") + " stated as a ceiling (up to) left out of the lower bound";
        if (parts.Count == 0)
        {
            return new ItemisedTotalCheck(parent.Id, total, 0, ceilings, null, null, left ?? "no part to add up");
        }

        var query = new SummaryQuery
        {
            Measure = parent.Stage == CommitmentStage.Pledged ? Measure.Pledged : Measure.Committed,
            ReportingCurrency = total.Currency,
            RateSource = source,
            Policy = policy ?? ConversionPolicy.AtValueDate(),
        };
        Summary summary = ledger.Summarize(query.WhereIds(parts));
        if (!summary.Unconverted.IsEmpty)
        {
            string why =
                "no market rate for the part(s) " + string.Join(", ", summary.Unconverted.Select(u => u.RecordId));
            return new ItemisedTotalCheck(parent.Id, total, parts.Count, ceilings, summary, null, why);
        }

        if (summary.Totals.IsEmpty || summary.Total.Qualifier == AmountQualifier.AtMost)
        {
            return new ItemisedTotalCheck(
                parent.Id,
                total,
                parts.Count,
                ceilings,
                summary,
                null,
                left ?? "the parts give no lower bound"
            );
        }

        // The whole is at least the sum of its parts: the computed figure is a lower bound.
        var computed = new QualifiedMoney(summary.Total.Value.Money, AmountQualifier.AtLeast);
        Reconciliation reconciliation = Reconciliation.Compare(computed, total, tolerance);
        return new ItemisedTotalCheck(parent.Id, total, parts.Count, ceilings, summary, reconciliation, left);
    }

    /// <summary>Returns e.g. <c>jp-ua-cumulative-2025-03: "over USD 12,400,000,000.00" cannot be decided against the
    /// computed at least USD ... (2 parts; 1 part stated as a ceiling ...)</c>.</summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        string what = RecordId + " (" + Plural(Parts, "part") + (Note is null ? string.Empty : "; " + Note) + "): ";
        return what + (Reconciliation?.ToString() ?? "\"" + Stated + "\" not checked.");
    }

    private static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
