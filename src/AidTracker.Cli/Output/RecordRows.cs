using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Cli.Output;

/// <summary>
/// The rows of <c>aidtracker export</c> in columns, one entry per record of the ledger (commitments first, then
/// disbursements, in ledger order): the columns a Parquet file gets, named as in docs/export.md.
/// </summary>
internal sealed class RecordRows
{
    public RecordRows(int count)
    {
        Count = count;
        Kind = new string[count];
        Id = new string[count];
        Parent = new string?[count];
        Supplements = new string?[count];
        Agreement = new string?[count];
        Commitment = new string?[count];
        Donor = new string[count];
        Recipient = new string[count];
        Date = new DateOnly?[count];
        ValueDate = new DateOnly?[count];
        Year = new int?[count];
        Stage = new string[count];
        Category = new string?[count];
        Instrument = new string?[count];
        Amount = new decimal?[count];
        Currency = new string?[count];
        Qualifier = new string?[count];
        Counted = new bool?[count];
        Status = new string[count];
        CountedIn = new string?[count];
        Converted = new decimal?[count];
        ConvertedCurrency = new string?[count];
        Rate = new decimal?[count];
        RateDate = new DateOnly?[count];
        RateBasis = new string?[count];
        RateSource = new string?[count];
        Reason = new string?[count];
    }

    public int Count { get; }

    public string[] Kind { get; }

    public string[] Id { get; }

    public string?[] Parent { get; }

    public string?[] Supplements { get; }

    public string?[] Agreement { get; }

    public string?[] Commitment { get; }

    public string[] Donor { get; }

    public string[] Recipient { get; }

    public DateOnly?[] Date { get; }

    public DateOnly?[] ValueDate { get; }

    /// <summary>The year <c>summarize --by year</c> files the amount under (its counted commitment's).</summary>
    public int?[] Year { get; }

    public string[] Stage { get; }

    public string?[] Category { get; }

    public string?[] Instrument { get; }

    public decimal?[] Amount { get; }

    public string?[] Currency { get; }

    public string?[] Qualifier { get; }

    public bool?[] Counted { get; }

    public string[] Status { get; }

    public string?[] CountedIn { get; }

    public decimal?[] Converted { get; }

    public string?[] ConvertedCurrency { get; }

    public decimal?[] Rate { get; }

    public DateOnly?[] RateDate { get; }

    public string?[] RateBasis { get; }

    public string?[] RateSource { get; }

    public string?[] Reason { get; }

    public static DateOnly ToDateOnly(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Fills the rate columns of row <paramref name="i"/> (none for an amount in the currency).</summary>
    public void SetRate(int i, ExchangeRate? rate)
    {
        if (rate is null)
        {
            return;
        }

        Rate[i] = rate.Value;
        RateDate[i] = ToDateOnly(rate.Date);
        RateBasis[i] = RateText.BasisName(rate.Basis);
        RateSource[i] = rate.Source;
    }
}
