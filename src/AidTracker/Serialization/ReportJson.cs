using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Rates;
using NodaTime;
using NodaTime.Text;

namespace AidTracker.Serialization;

/// <summary>
/// The pieces of the reports' JSON (the <c>--format json</c> documents of the tool, <c>docs/cli.schema.json</c>):
/// amounts and rates as strings of exact decimals, dates as <c>yyyy-MM-dd</c>, the rate's provenance. Used by
/// <see cref="SummaryJsonWriter"/> and, linked into it, by the command-line tool's other documents, so that every
/// document writes an amount or a rate the same way.
/// </summary>
internal static class ReportJson
{
    /// <summary>Returns <c>yyyy-MM-dd</c>.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Writes <paramref name="name"/>: the date as <c>yyyy-MM-dd</c>, or <c>null</c>.</summary>
    public static void Date(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is LocalDate d)
        {
            writer.WriteString(name, Date(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="name"/>: the string, or <c>null</c>.</summary>
    public static void StringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <paramref name="name"/>: an array of the strings.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Returns the amount as the JSON contract writes it: rounded half-to-even to the currency's minor units, with
    /// exactly that many decimals (<c>58825751.29</c>, <c>8800000000</c>); without trailing zeros for a currency
    /// without minor units.
    /// </summary>
    public static string AmountValue(Money money)
    {
        Money rounded = money.Round();
        return rounded.Currency.MinorUnits is int decimals
            ? rounded.Amount.ToString(
                "F" + decimals.ToString(CultureInfo.InvariantCulture),
                CultureInfo.InvariantCulture
            )
            : Normalize(rounded.Amount).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Returns a rate's value for JSON: every digit, no trailing zeros.</summary>
    public static string RateValue(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Drops trailing zeros: 1.0477000 becomes 1.0477.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>
    /// Returns how many days older than <paramref name="requestedDate"/> the rate is (0 when it is of that date, or an
    /// average of a period containing it).
    /// </summary>
    public static int AgeDays(ExchangeRate rate, LocalDate requestedDate) =>
        rate.Date < requestedDate ? Period.Between(rate.Date, requestedDate, PeriodUnits.Days).Days : 0;

    /// <summary>Writes <c>{ "value": "58825751.29", "currency": "USD", "qualifier": "exact" }</c>.</summary>
    public static void Amount(Utf8JsonWriter writer, QualifiedMoney amount)
    {
        writer.WriteStartObject();
        writer.WriteString("value", AmountValue(amount.Money));
        writer.WriteString("currency", amount.Currency.Code);
        writer.WriteString("qualifier", KebabNames.Name(KebabNames.Qualifiers, amount.Qualifier));
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="name"/>: an object of a group's key values, named by the keys grouped by
    /// (<c>{"donor": "JPN", "year": "2025"}</c>).</summary>
    public static void KeyValues(
        Utf8JsonWriter writer,
        string name,
        ImmutableArray<GroupKey> keys,
        ImmutableArray<string> values
    )
    {
        writer.WriteStartObject(name);
        for (int i = 0; i < keys.Length && i < values.Length; i++)
        {
            writer.WriteString(keys[i].Name, values[i]);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="name"/>: an array of the amounts.</summary>
    public static void Amounts(Utf8JsonWriter writer, string name, IEnumerable<QualifiedMoney> amounts)
    {
        writer.WriteStartArray(name);
        foreach (QualifiedMoney amount in amounts)
        {
            Amount(writer, amount);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes one entry of a <c>rates</c> array: <c>from</c>, <c>to</c>, <c>requestedDate</c>, <c>usedDate</c>,
    /// <c>ageDays</c>, <c>rate</c> (every digit), <c>basis</c>, <c>source</c>, <c>derivation</c>, <c>via</c> and the
    /// <c>published</c> rates it rests on.
    /// </summary>
    public static void Rate(Utf8JsonWriter writer, ExchangeRate rate, LocalDate requestedDate)
    {
        writer.WriteStartObject();
        writer.WriteString("from", rate.Base.Code);
        writer.WriteString("to", rate.Quote.Code);
        writer.WriteString("requestedDate", Date(requestedDate));
        writer.WriteString("usedDate", Date(rate.Date));
        writer.WriteNumber("ageDays", AgeDays(rate, requestedDate));
        writer.WriteString("rate", RateValue(rate.Value));
        writer.WriteString("basis", KebabNames.Name(KebabNames.Bases, rate.Basis));
        writer.WriteString("source", rate.Source);
        writer.WriteString("derivation", KebabNames.Name(KebabNames.Derivations, rate.Derivation));
        StringOrNull(writer, "via", rate.Pivot?.Code);
        writer.WriteStartArray("published");
        foreach (ExchangeRate leg in rate.PublishedRates)
        {
            writer.WriteStartObject();
            writer.WriteString("from", leg.Base.Code);
            writer.WriteString("to", leg.Quote.Code);
            writer.WriteString("date", Date(leg.Date));
            writer.WriteString("rate", RateValue(leg.Value));
            writer.WriteString("basis", KebabNames.Name(KebabNames.Bases, leg.Basis));
            writer.WriteString("source", leg.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
