using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Aggregation;
using AidTracker.Cli.Infrastructure;
using AidTracker.Rates;
using AidTracker.Serialization;
using static AidTracker.Cli.Output.ExportRows;

namespace AidTracker.Cli.Output;

/// <summary>
/// Fills the rows of <c>aidtracker export</c> (<see cref="ExportRows"/> has the statuses): what every row needs
/// (which commitments are parents, which are eligible) is found once here; <see cref="Fill"/> then fills any range of
/// rows (the rates found are shared), so that ranges can be filled on several threads at once
/// (<see cref="ExportRowGroups"/>). A range stops at its first record that cannot be exported, with the error the
/// plain path (<see cref="ExportRows.Build"/>, all rows in order) gives for it.
/// </summary>
internal sealed class ExportRowFill
{
    /// <summary>The largest whole amount DECIMAL(38,10) holds: 28 nines (10^28 - 1).</summary>
    private const decimal MaxAmount = 9_999_999_999_999_999_999_999_999_999m;

    /// <summary>10^14: every rate DECIMAL(38,24) holds is below it.</summary>
    private const decimal RateLimit = 100_000_000_000_000m;

    private readonly Ledger _ledger;
    private readonly SummaryQuery _query;
    private readonly IExchangeRateSource? _source;
    private readonly ImmutableArray<Commitment> _commitments;
    private readonly ImmutableArray<Disbursement> _disbursements;
    private readonly Dictionary<string, int> _parents;
    private readonly bool[] _eligible;
    private readonly ConcurrentDictionary<RateRequest, RateLookupResult> _lookups = new();

    public ExportRowFill(Ledger ledger, SummaryQuery query, IExchangeRateSource? source)
    {
        _ledger = ledger;
        _query = query;
        _source = source;
        _commitments = ledger.Commitments;
        _disbursements = ledger.Disbursements;
        Rows = new RecordRows(_commitments.Length + _disbursements.Length);
        bool byCommitments = query.Measure is Measure.Committed or Measure.Pledged;

        // Only the commitments that are some record's parent are looked up by id (most ledgers have few).
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (Commitment c in _commitments)
        {
            if (c.ParentId is string parent)
            {
                parents.Add(parent);
            }
        }

        _parents = new Dictionary<string, int>(parents.Count, StringComparer.Ordinal);
        _eligible = new bool[_commitments.Length];
        for (int i = 0; i < _commitments.Length; i++)
        {
            if (parents.Contains(_commitments[i].Id))
            {
                _parents[_commitments[i].Id] = i;
            }

            _eligible[i] = byCommitments && query.Admits(_commitments[i]);
        }
    }

    /// <summary>The rows: commitments first, then disbursements, in ledger order.</summary>
    public RecordRows Rows { get; }

    /// <summary>Fills rows <paramref name="start"/> to <paramref name="end"/> (exclusive), in order.</summary>
    public void Fill(int start, int end, CancellationToken cancellationToken)
    {
        var conversions = new Converter(_query, _source, _lookups);
        for (int i = start; i < end; i++)
        {
            if (((i - start) & 65535) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (i < _commitments.Length)
            {
                FillCommitment(i, conversions);
            }
            else
            {
                FillDisbursement(i, conversions);
            }
        }
    }

    private void FillCommitment(int i, Converter conversions)
    {
        Commitment c = _commitments[i];
        FillRecord(i, c);
        (int counted, bool throughAmountless) = CountedAncestor(i);
        string status;
        Commitment? countedIn = counted >= 0 ? _commitments[counted] : null;
        if (countedIn is not null)
        {
            status = throughAmountless && c.Amount is not null ? AddsToCounted : InsideCountedParent;
        }
        else if (!_eligible[i])
        {
            status = OtherMeasure;
        }
        else
        {
            status =
                c.Amount is not null ? Counted
                : _ledger.GetChildren(c).IsEmpty ? CountedWithoutAmount
                : CountedByParts;
        }

        bool isCounted = status is Counted or AddsToCounted or CountedByParts or CountedWithoutAmount;
        Rows.Counted[i] = isCounted;
        Rows.CountedIn[i] = countedIn?.Id ?? (isCounted ? c.Id : null);
        Rows.Year[i] = (status == AddsToCounted ? countedIn!.Date : c.Date).Year;
        Rows.Status[i] = status;
        if (c.Amount is QualifiedMoney amount)
        {
            conversions.Convert(Rows, i, amount, c.ValueDate, isCounted && c.Amount is not null);
        }
    }

    private void FillDisbursement(int i, Converter conversions)
    {
        Disbursement d = _disbursements[i - _commitments.Length];
        FillRecord(i, d);
        Measure measure = d.Kind == DisbursementKind.Expenditure ? Measure.Spent : Measure.Disbursed;
        bool isCounted = _query.Measure == measure;
        Rows.Counted[i] = isCounted;
        Rows.CountedIn[i] = isCounted ? d.Id : null;
        Rows.Year[i] = d.Date.Year;
        Rows.Status[i] = isCounted ? Counted : OtherMeasure;
        conversions.Convert(Rows, i, d.Amount, d.ValueDate, isCounted);
    }

    /// <summary>
    /// The counted ancestor of commitment <paramref name="i"/> (the top-most eligible one), and whether every
    /// commitment from it down to <paramref name="i"/>'s parent has no amount of its own (so that
    /// <paramref name="i"/>'s amount is part of the counted total); -1 when no ancestor is eligible.
    /// </summary>
    private (int Counted, bool ThroughAmountless) CountedAncestor(int i)
    {
        int counted = -1;
        bool amountless = true;
        bool amountlessToCounted = true;
        int steps = 0;
        for (string? parent = _commitments[i].ParentId; parent is not null && steps < _commitments.Length; steps++)
        {
            if (!_parents.TryGetValue(parent, out int p))
            {
                break;
            }

            amountless &= _commitments[p].Amount is null;
            if (_eligible[p])
            {
                counted = p;
                amountlessToCounted = amountless;
            }

            parent = _commitments[p].ParentId;
        }

        return (counted, counted >= 0 && amountlessToCounted);
    }

    private void FillRecord(int i, Commitment c)
    {
        Rows.Kind[i] = "commitment";
        Rows.Id[i] = c.Id;
        Rows.Parent[i] = c.ParentId;
        Rows.Supplements[i] = c.SupplementsId;
        Rows.Agreement[i] = c.AgreementId;
        Rows.Donor[i] = c.Donor.Id;
        Rows.Recipient[i] = c.Recipient.Id;
        Rows.Date[i] = RecordRows.ToDateOnly(c.Date);
        Rows.ValueDate[i] = RecordRows.ToDateOnly(c.ValueDate);
        Rows.Stage[i] = KebabNames.Name(KebabNames.Stages, c.Stage);
        Rows.Category[i] = KebabNames.Name(KebabNames.Categories, c.Category);
        Rows.Instrument[i] = KebabNames.Name(KebabNames.Instruments, c.Instrument);
        if (c.Amount is QualifiedMoney amount)
        {
            SetAmount(i, c.Id, amount);
        }
    }

    private void FillRecord(int i, Disbursement d)
    {
        Rows.Kind[i] = "disbursement";
        Rows.Id[i] = d.Id;
        Rows.Commitment[i] = d.CommitmentId;
        Rows.Donor[i] = d.Donor.Id;
        Rows.Recipient[i] = d.Recipient.Id;
        Rows.Date[i] = RecordRows.ToDateOnly(d.Date);
        Rows.ValueDate[i] = RecordRows.ToDateOnly(d.ValueDate);
        Rows.Stage[i] = KebabNames.Name(KebabNames.DisbursementKinds, d.Kind);
        SetAmount(i, d.Id, d.Amount);
    }

    private void SetAmount(int i, string id, QualifiedMoney amount)
    {
        decimal value = Amounts.Normalize(amount.Amount);
        if (value.Scale > ParquetExport.AmountScale || Math.Abs(value) > MaxAmount)
        {
            string what = string.Create(CultureInfo.InvariantCulture, $"The amount {value} {amount.Currency.Code}");
            throw CliException.InvalidData(
                what
                    + $" of '{id}' does not fit DECIMAL(38,10) (more than 10 decimals, or "
                    + "28 digits before the point): it cannot be exported exactly."
            );
        }

        Rows.Amount[i] = value;
        Rows.Currency[i] = amount.Currency.Code;
        Rows.Qualifier[i] = Amounts.QualifierName(amount.Qualifier);
    }

    /// <summary>Converts amounts at the query's policy, asking the source once per distinct request (the answers
    /// are shared by the threads filling rows).</summary>
    private sealed class Converter(
        SummaryQuery query,
        IExchangeRateSource? source,
        ConcurrentDictionary<RateRequest, RateLookupResult> lookups
    )
    {
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
            if (!lookups.TryGetValue(request, out RateLookupResult? result))
            {
                // Two threads may ask for the same rate at once: both answers are the same, one is kept.
                result = lookups.GetOrAdd(request, source.TryGetRate(request));
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
                throw CliException.InvalidData(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The amount {amount} of '{rows.Id[i]}' at the rate {rate.Value} is beyond a decimal's range."
                    )
                );
            }

            decimal rateValue = Math.Round(rate.Value, ParquetExport.RateScale, MidpointRounding.ToEven);
            if (Math.Abs(converted) > MaxAmount || Math.Abs(rateValue) >= RateLimit)
            {
                throw CliException.InvalidData(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The amount {amount} of '{rows.Id[i]}' at the rate {rate.Value} gives {converted}, "
                    )
                        + "which with its rate does not fit DECIMAL(38,10) and DECIMAL(38,24) "
                        + "(28 and 14 digits before the point): it cannot be exported exactly."
                );
            }

            rows.Converted[i] = converted;
            rows.SetRate(i, rate);
            rows.Rate[i] = rateValue;
        }
    }
}
