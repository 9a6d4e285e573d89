using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Cli.Commands;

/// <summary>
/// One statement of a ledger checked by <c>reconcile</c>: a commitment's stated equivalent against the market
/// conversion of its amount, or a commitment's own qualified total ("over $12.4 billion") against its itemised parts.
/// </summary>
/// <param name="Kind"><c>stated-equivalent</c> or <c>total</c>.</param>
/// <param name="RecordId">The commitment whose statement this is.</param>
/// <param name="Original">The commitment's own amount (for a total: the stated total itself).</param>
/// <param name="Stated">The statement checked.</param>
/// <param name="Reconciliation">The statement against the computed figure; <c>null</c> if none was computed.</param>
/// <param name="Check">For a stated equivalent: the implied and market rates.</param>
/// <param name="Parts">For a total: how many itemised parts make up the computed lower bound.</param>
/// <param name="Note">Why nothing was computed, or what the computed figure leaves out; else <c>null</c>.</param>
/// <param name="Rates">The market rates the computed figure used, with their requested dates.</param>
internal sealed record ReconcileCheck(
    string Kind,
    string RecordId,
    QualifiedMoney Original,
    QualifiedMoney Stated,
    Reconciliation? Reconciliation,
    StatedEquivalentCheck? Check,
    int Parts,
    string? Note,
    IReadOnlyList<(ExchangeRate Rate, LocalDate RequestedDate)> Rates
)
{
    /// <summary>The kind of a stated equivalent check.</summary>
    public const string StatedEquivalent = "stated-equivalent";

    /// <summary>The kind of a qualified total checked against its parts.</summary>
    public const string Total = "total";

    /// <summary>
    /// Gets the outcome's name in the JSON contract: <c>holds</c>, <c>fails</c>, <c>inconclusive</c> or
    /// <c>not-computed</c>.
    /// </summary>
    public string OutcomeName =>
        Reconciliation?.Outcome switch
        {
            null => "not-computed",
            ReconciliationOutcome.Holds => "holds",
            ReconciliationOutcome.Fails => "fails",
            _ => "inconclusive",
        };

    /// <summary>Checks a stated equivalent at the market rate of the commitment's value date.</summary>
    public static ReconcileCheck ForStated(
        Commitment commitment,
        QualifiedMoney stated,
        IExchangeRateSource source,
        decimal tolerance
    )
    {
        StatedEquivalentCheck check = StatedEquivalentCheck.Check(commitment, stated, source, null, tolerance);
        IReadOnlyList<(ExchangeRate, LocalDate)> rates = check.Conversion is Conversion c
            ? [(c.Rate, c.RequestedDate)]
            : [];
        string? note = check.Failure is RateLookupFailure failure ? "no market rate: " + failure.Message : null;
        return new ReconcileCheck(
            StatedEquivalent,
            commitment.Id,
            check.Original,
            stated,
            check.Reconciliation,
            check,
            0,
            note,
            rates
        );
    }

    /// <summary>
    /// Checks a commitment's own amount against its itemised parts (<see cref="ItemisedTotalCheck"/>): their sum, in
    /// the amount's currency at their value dates, is a lower bound of the whole.
    /// </summary>
    public static ReconcileCheck ForTotal(
        Ledger ledger,
        Commitment parent,
        QualifiedMoney total,
        IExchangeRateSource? source,
        decimal tolerance
    )
    {
        ItemisedTotalCheck check = ItemisedTotalCheck.Check(ledger, parent, source, null, tolerance);
        var rates = check.RatesUsed.Select(r => (r.Rate, r.RequestedDate)).ToList();
        return new ReconcileCheck(
            Total,
            parent.Id,
            total,
            total,
            check.Reconciliation,
            null,
            check.Parts,
            check.Note,
            rates
        );
    }
}
