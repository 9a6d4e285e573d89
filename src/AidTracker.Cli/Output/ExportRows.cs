using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Rates;
using AidTracker.Serialization;

namespace AidTracker.Cli.Output;

/// <summary>
/// Builds the rows of <c>aidtracker export</c>: every record with the status the counting rule of
/// <see cref="SummaryQuery"/> gives it (as <c>summarize</c> counts it) and its conversion at the query's policy.
/// </summary>
/// <remarks>
/// <para>Statuses: <c>counted</c> (added on its own); <c>adds-to-counted</c> (a part of a counted commitment without
/// an amount of its own: its amount is that commitment's, filed under its year, <c>counted_in</c>);
/// <c>counted-by-parts</c>
/// (a counted commitment without an amount of its own: its parts carry the amount); <c>counted-without-amount</c>;
/// <c>inside-counted-parent</c> (a breakdown of a counted commitment with an amount: not added again);
/// <c>other-measure</c> (another stage or record kind); <c>no-rate</c> (counted, but no rate converts it).</para>
/// <para>The sum of <c>converted</c> over the rows with <c>counted</c> true, grouped by <c>donor</c> and <c>year</c>,
/// is <c>summarize --by donor,year</c>: converted amounts are exact to 10 decimals (DECIMAL(38,10)), so a sum of a
/// million of them is within 0.00005 of the exact one that <c>summarize</c> rounds once.</para>
/// </remarks>
internal static class ExportRows
{
    public const string Counted = "counted";
    public const string AddsToCounted = "adds-to-counted";
    public const string CountedByParts = "counted-by-parts";
    public const string CountedWithoutAmount = "counted-without-amount";
    public const string InsideCountedParent = "inside-counted-parent";
    public const string OtherMeasure = "other-measure";
    public const string NoRate = "no-rate";

    /// <summary>The largest amount DECIMAL(38,10) holds.</summary>
    private const decimal MaxAmount = 9_999_999_999_999_999_999_999_999m;

    public static int CountedWithoutRate(RecordRows rows) => rows.Status.Count(s => s == NoRate);

    public static RecordRows Build(
        Ledger ledger, SummaryQuery query, IExchangeRateSource? source, CancellationToken cancellationToken)
    {
        ImmutableArray<Commitment> commitments = ledger.Commitments;
        ImmutableArray<Disbursement> disbursements = ledger.Disbursements;
        var rows = new RecordRows(commitments.Length + disbursements.Length);
        var conversions = new Converter(query, source);
        bool byCommitments = query.Measure is Measure.Committed or Measure.Pledged;

        // Only the commitments that are some record's parent are looked up by id (most ledgers have few).
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (Commitment c in commitments)
        {
            if (c.ParentId is string parent)
            {
                parents.Add(parent);
            }
        }

        var index = new Dictionary<string, int>(parents.Count, StringComparer.Ordinal);
        bool[] eligible = new bool[commitments.Length];
        for (int i = 0; i < commitments.Length; i++)
        {
            if (parents.Contains(commitments[i].Id))
            {
                index[commitments[i].Id] = i;
            }

            eligible[i] = byCommitments && query.Admits(commitments[i]);
        }

        for (int i = 0; i < commitments.Length; i++)
        {
            if ((i & 65535) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Commitment c = commitments[i];
            Fill(rows, i, c);
            (int counted, bool throughAmountless) = CountedAncestor(commitments, index, eligible, i);
            string status;
            Commitment? countedIn = counted >= 0 ? commitments[counted] : null;
            if (countedIn is not null)
            {
                status = throughAmountless && c.Amount is not null ? AddsToCounted : InsideCountedParent;
            }
            else if (!eligible[i])
            {
                status = OtherMeasure;
            }
            else
            {
                status = c.Amount is not null ? Counted
                    : ledger.GetChildren(c).IsEmpty ? CountedWithoutAmount
                    : CountedByParts;
            }

            bool isCounted = status is Counted or AddsToCounted or CountedByParts or CountedWithoutAmount;
            rows.Counted[i] = isCounted;
            rows.CountedIn[i] = countedIn?.Id ?? (isCounted ? c.Id : null);
            rows.Year[i] = (status == AddsToCounted ? countedIn!.Date : c.Date).Year;
            rows.Status[i] = status;
            if (c.Amount is QualifiedMoney amount)
            {
                conversions.Convert(rows, i, amount, c.ValueDate, isCounted && c.Amount is not null);
            }
        }

        for (int j = 0; j < disbursements.Length; j++)
        {
            Disbursement d = disbursements[j];
            int i = commitments.Length + j;
            Fill(rows, i, d);
            Measure measure = d.Kind == DisbursementKind.Expenditure ? Measure.Spent : Measure.Disbursed;
            bool isCounted = query.Measure == measure;
            rows.Counted[i] = isCounted;
            rows.CountedIn[i] = isCounted ? d.Id : null;
            rows.Year[i] = d.Date.Year;
            rows.Status[i] = isCounted ? Counted : OtherMeasure;
            conversions.Convert(rows, i, d.Amount, d.ValueDate, isCounted);
        }

        return rows;
    }

    /// <summary>
    /// The counted ancestor of commitment <paramref name="i"/> (the top-most eligible one), and whether every
    /// commitment from it down to <paramref name="i"/>'s parent has no amount of its own (so that
    /// <paramref name="i"/>'s amount is part of the counted total); -1 when no ancestor is eligible.
    /// </summary>
    private static (int Counted, bool ThroughAmountless) CountedAncestor(
        ImmutableArray<Commitment> commitments, Dictionary<string, int> index, bool[] eligible, int i)
    {
        int counted = -1;
        bool amountless = true;
        bool amountlessToCounted = true;
        int steps = 0;
        for (string? parent = commitments[i].ParentId; parent is not null && steps < commitments.Length; steps++)
        {
            if (!index.TryGetValue(parent, out int p))
            {
                break;
            }

            amountless &= commitments[p].Amount is null;
            if (eligible[p])
            {
                counted = p;
                amountlessToCounted = amountless;
            }

            parent = commitments[p].ParentId;
        }

        return (counted, counted >= 0 && amountlessToCounted);
    }

    private static void Fill(RecordRows rows, int i, Commitment c)
    {
        rows.Kind[i] = "commitment";
        rows.Id[i] = c.Id;
        rows.Parent[i] = c.ParentId;
        rows.Supplements[i] = c.SupplementsId;
        rows.Agreement[i] = c.AgreementId;
        rows.Donor[i] = c.Donor.Id;
        rows.Recipient[i] = c.Recipient.Id;
        rows.Date[i] = RecordRows.ToDateOnly(c.Date);
        rows.ValueDate[i] = RecordRows.ToDateOnly(c.ValueDate);
        rows.Stage[i] = KebabNames.Name(KebabNames.Stages, c.Stage);
        rows.Category[i] = KebabNames.Name(KebabNames.Categories, c.Category);
        rows.Instrument[i] = KebabNames.Name(KebabNames.Instruments, c.Instrument);
        if (c.Amount is QualifiedMoney amount)
        {
            SetAmount(rows, i, c.Id, amount);
        }
    }

    private static void Fill(RecordRows rows, int i, Disbursement d)
    {
        rows.Kind[i] = "disbursement";
        rows.Id[i] = d.Id;
        rows.Commitment[i] = d.CommitmentId;
        rows.Donor[i] = d.Donor.Id;
        rows.Recipient[i] = d.Recipient.Id;
        rows.Date[i] = RecordRows.ToDateOnly(d.Date);
        rows.ValueDate[i] = RecordRows.ToDateOnly(d.ValueDate);
        rows.Stage[i] = KebabNames.Name(KebabNames.DisbursementKinds, d.Kind);
        SetAmount(rows, i, d.Id, d.Amount);
    }

    private static void SetAmount(RecordRows rows, int i, string id, QualifiedMoney amount)
    {
        decimal value = Amounts.Normalize(amount.Amount);
        if (value.Scale > ParquetExport.AmountScale || Math.Abs(value) > MaxAmount)
        {
            string what = string.Create(CultureInfo.InvariantCulture, $"The amount {value} {amount.Currency.Code}");
            throw CliException.InvalidData(what + $" of '{id}' does not fit DECIMAL(38,10) (more than 10 decimals, or "
                + "28 digits before the point): it cannot be exported exactly.");
        }

        rows.Amount[i] = value;
        rows.Currency[i] = amount.Currency.Code;
        rows.Qualifier[i] = Amounts.QualifierName(amount.Qualifier);
    }

    /// <summary>Converts amounts at the query's policy, asking the source once per distinct request.</summary>
    private sealed class Converter(SummaryQuery query, IExchangeRateSource? source)
    {
        private readonly Dictionary<RateRequest, RateLookupResult> _lookups = [];

        public void Convert(RecordRows rows, int i, QualifiedMoney amount, NodaTime.LocalDate valueDate, bool counted)
        {
            if (query.ReportingCurrency is not Currency to || source is null)
            {
                return;
            }

            rows.ConvertedCurrency[i] = to.Code;
            if (amount.Currency.Equals(to))
            {
                rows.Converted[i] = amount.Amount;
                return;
            }

            RateRequest request = query.Policy.CreateRequest(amount.Currency, to, valueDate);
            if (!_lookups.TryGetValue(request, out RateLookupResult? result))
            {
                result = source.TryGetRate(request);
                _lookups.Add(request, result);
            }

            if (result.Rate is not ExchangeRate rate)
            {
                rows.Reason[i] = "no rate: " + result.Failure!.Message;
                if (counted)
                {
                    rows.Status[i] = NoRate;
                }

                return;
            }

            decimal converted;
            try
            {
                converted = Math.Round(amount.Amount * rate.Value, ParquetExport.AmountScale, MidpointRounding.ToEven);
            }
            catch (OverflowException)
            {
                throw CliException.InvalidData(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The amount {amount} of '{rows.Id[i]}' at the rate {rate.Value} is beyond a decimal's range."));
            }

            rows.Converted[i] = converted;
            rows.SetRate(i, rate);
            rows.Rate[i] = Math.Round(rate.Value, ParquetExport.RateScale, MidpointRounding.ToEven);
        }
    }
}
