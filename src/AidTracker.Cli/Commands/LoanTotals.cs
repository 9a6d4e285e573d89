using AidTracker.Aggregation;
using AidTracker.Cli.Output;

namespace AidTracker.Cli.Commands;

/// <summary>
/// Each loan of a grant-equivalent summary converted on its own, at face value and at grant equivalent: the same query
/// (currency, policy, rate source) restricted to the loans and grouped by loan id, on the ledger and on its
/// grant-equivalent view. Both are <c>null</c> when nothing is converted.
/// </summary>
internal sealed class LoanTotals
{
    private LoanTotals(Summary? faceValue, Summary? grantEquivalent)
    {
        FaceValue = faceValue;
        GrantEquivalentSummary = grantEquivalent;
    }

    public Summary? FaceValue { get; }

    public Summary? GrantEquivalentSummary { get; }

    /// <summary>The first <paramref name="count"/> loans of <paramref name="result"/> (as many as the output lists),
    /// converted.</summary>
    public static LoanTotals Of(Ledger ledger, GrantEquivalentSummary result, int count)
    {
        SummaryQuery asked = result.FaceValue.Query;
        if (asked.ReportingCurrency is null || result.Loans.IsEmpty || count <= 0)
        {
            return new LoanTotals(null, null);
        }

        SummaryQuery query = new SummaryQuery
        {
            Measure = asked.Measure,
            ReportingCurrency = asked.ReportingCurrency,
            Policy = asked.Policy,
            RateSource = asked.RateSource,
            AsOf = asked.AsOf,
        }
            .WhereIds(result.Loans.Take(count).Select(l => l.Loan.Id))
            .GroupedBy(GroupKey.Create("loan", r => r.Id));
        return new LoanTotals(ledger.Summarize(query), result.View.Summarize(query));
    }

    /// <summary>The loan's face value converted, for a table: <c>up to 87,391,602 USD</c>, or <c>-</c>.</summary>
    public string Face(string id) => Display(FaceValue, id);

    /// <summary>The loan's grant equivalent converted, for a table, or <c>-</c>.</summary>
    public string GrantEquivalent(string id) => Display(GrantEquivalentSummary, id);

    /// <summary>The loan's converted total in <paramref name="summary"/>, or <c>null</c> (not converted, or a part of
    /// another loan listed).</summary>
    public static SummaryTotal? Total(Summary? summary, string id) =>
        summary?.FindGroup(id) is { Totals.Length: 1 } group && group.IsComplete ? group.Totals[0] : null;

    private static string Display(Summary? summary, string id) =>
        Total(summary, id) is SummaryTotal total ? Amounts.Display(total.Value) : "-";
}
