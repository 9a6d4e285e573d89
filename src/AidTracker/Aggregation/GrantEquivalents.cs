using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Aggregation;

/// <summary>
/// Summaries at grant equivalent (the OECD DAC's measure of ODA loans since 2018): the summary engine runs unchanged on
/// a view of the ledger whose loans stand at their grant equivalent.
/// </summary>
public static class GrantEquivalents
{
    /// <summary>
    /// Runs <paramref name="query"/> at face value and at grant equivalent: every loan with an amount of its own
    /// (instrument loan) stands at face value × its grant element under the rule of its recipient's income group in the
    /// year of its date, or at zero when the element is below the rule's minimum (not concessional: not ODA); grants
    /// and every other instrument stay at face value. The counting rule, conversion and grouping are the query's (see
    /// <see cref="SummaryQuery"/>); a loan's grant equivalent converts at the loan's own value date like its face
    /// value.
    /// </summary>
    /// <remarks>
    /// A loan whose grant equivalent is unknown (no terms, or no income group for its recipient and year) has no amount
    /// in the grant-equivalent view: the summary counts it without an amount and is incomplete;
    /// <see cref="GrantEquivalentSummary.Loans"/> says why. A counted commitment with an amount of its own that is not
    /// a loan (Japan's cumulative "over $12.4 billion", instrument other) stays at its own amount even when loans are
    /// itemised inside it: its composition is not known, so only its parts can be put at grant equivalent (summarise
    /// them with <see cref="SummaryQuery.ItemisedParts"/> on <see cref="GrantEquivalentSummary.View"/>).
    /// </remarks>
    /// <param name="ledger">The ledger.</param>
    /// <param name="query">What to add up and how: measure committed or pledged.</param>
    /// <param name="incomeGroups">The rule for each recipient and year.</param>
    /// <param name="maxDegreeOfParallelism">The most threads each summary may use (see
    /// <see cref="LedgerSummaries.Summarize(Ledger, SummaryQuery, int)"/>).</param>
    /// <returns>Both summaries, the view and the loans.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The query's measure is disbursed or spent (grant equivalents are of
    /// commitments).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than
    /// 1.</exception>
    /// <exception cref="OverflowException">A total is outside the range of <see cref="decimal"/>.</exception>
    public static GrantEquivalentSummary SummarizeGrantEquivalent(
        this Ledger ledger,
        SummaryQuery query,
        IncomeGroupTable incomeGroups,
        int maxDegreeOfParallelism = 1
    )
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(query);
        Preconditions.CheckNotNull(incomeGroups);
        Preconditions.CheckArgument(
            MeasureRules.CountsCommitments(query.Measure),
            nameof(query),
            string.Create(
                CultureInfo.InvariantCulture,
                $"A grant equivalent is a measure of commitments; the query's measure is {query.Measure}. Use "
                    + $"committed or pledged."
            )
        );

        (Ledger view, ImmutableArray<LoanEvaluation> loans) = View(ledger, query, incomeGroups);
        Summary faceValue = ledger.Summarize(query, maxDegreeOfParallelism);
        Summary grantEquivalent = view.Summarize(query, maxDegreeOfParallelism);
        return new GrantEquivalentSummary(faceValue, grantEquivalent, view, loans, incomeGroups);
    }

    /// <summary>The ledger with loans at their grant equivalent, and the evaluations of the loans the query
    /// admits.</summary>
    private static (Ledger View, ImmutableArray<LoanEvaluation> Loans) View(
        Ledger ledger,
        SummaryQuery query,
        IncomeGroupTable incomeGroups
    )
    {
        ImmutableArray<Commitment> commitments = ledger.Commitments;
        Commitment[]? replaced = null;
        var loans = ImmutableArray.CreateBuilder<LoanEvaluation>();
        var elements = new ElementCache(); // many loans share their terms
        for (int i = 0; i < commitments.Length; i++)
        {
            Commitment c = commitments[i];
            if (c.Instrument != AidInstrument.Loan || c.Amount is not QualifiedMoney face)
            {
                continue;
            }

            LoanEvaluation evaluation = Evaluate(c, face, incomeGroups, elements);
            replaced ??= [.. commitments];
            replaced[i] = c with { Amount = evaluation.Result?.GrantEquivalent };
            if (query.Admits(c))
            {
                loans.Add(evaluation);
            }
        }

        Ledger view = replaced is null ? ledger : ledger.WithCommitmentsReplaced(ImmutableArray.Create(replaced));
        return (view, loans.ToImmutable());
    }

    private static LoanEvaluation Evaluate(
        Commitment loan,
        QualifiedMoney face,
        IncomeGroupTable incomeGroups,
        ElementCache elements
    )
    {
        if (loan.Terms is not LoanTerms terms)
        {
            return new LoanEvaluation(
                loan,
                null,
                "the loan has no terms (interest rate, maturity, grace period), so its grant element is unknown"
            );
        }

        if (incomeGroups.Find(loan.Recipient, loan.Date.Year) is not LoanDiscountRule rule)
        {
            return new LoanEvaluation(
                loan,
                null,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"no income group is given for {loan.Recipient.Id} in {loan.Date.Year} "
                        + $"({incomeGroups.Description}), so the discount rate is unknown"
                )
            );
        }

        return new LoanEvaluation(loan, new LoanGrantEquivalent(terms, rule, face, elements.Get(terms, rule)), null);
    }

    /// <summary>Grant elements by terms and rule: the last pair by reference (records read together often share them),
    /// then by value.</summary>
    private sealed class ElementCache
    {
        private readonly Dictionary<(LoanTerms Terms, LoanDiscountRule Rule), decimal> _byValue = [];
        private LoanTerms? _lastTerms;
        private LoanDiscountRule? _lastRule;
        private decimal _lastElement;

        public decimal Get(LoanTerms terms, LoanDiscountRule rule)
        {
            if (ReferenceEquals(terms, _lastTerms) && ReferenceEquals(rule, _lastRule))
            {
                return _lastElement;
            }

            if (!_byValue.TryGetValue((terms, rule), out decimal element))
            {
                _byValue[(terms, rule)] = element = terms.GrantElement(rule.DiscountRate);
            }

            (_lastTerms, _lastRule, _lastElement) = (terms, rule, element);
            return element;
        }
    }
}
