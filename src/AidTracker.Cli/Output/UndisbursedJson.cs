using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Cli.Commands;
using AidTracker.Cli.Infrastructure;

namespace AidTracker.Cli.Output;

/// <summary>The JSON document of <c>summarize --measure undisbursed</c> (<c>$defs/summarizeUndisbursed</c> of
/// docs/cli.schema.json).</summary>
internal static class UndisbursedJson
{
    public static void Write(
        Utf8JsonWriter w,
        UndisbursedSummary result,
        RateSourceOption rates,
        IReadOnlyList<string> credits
    )
    {
        Summary committed = result.Committed;
        SummaryQuery query = committed.Query;
        w.WriteStartObject();
        w.WriteString("measure", UndisbursedRun.MeasureName);
        w.WriteString("stage", query.Measure == Measure.Pledged ? "pledged" : "committed");
        Json.StringOrNull(w, "currency", committed.ReportingCurrency?.Code);

        Json.Strings(w, "groupBy", query.GroupBy.Select(k => k.Name));
        w.WriteStartArray("groups");
        foreach (SummaryGroup group in committed.Groups)
        {
            w.WriteStartObject();
            Json.KeyValues(w, "key", query.GroupBy, group.KeyValues);
            w.WriteNumber("count", group.RecordCount);
            Totals(w, "committed", group.Totals);
            Totals(w, "disbursed", result.Disbursed.FindGroup(group.KeyValues)?.Totals ?? []);
            Totals(w, "undisbursed", result.Undisbursed.FindGroup(group.KeyValues)?.Totals ?? []);
            RateProperty(w, result.GetDisbursementRate(group.KeyValues));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Totals(w, "committed", committed.Totals);
        Totals(w, "disbursed", result.Disbursed.Totals);
        Totals(w, "undisbursed", result.Undisbursed.Totals);
        RateProperty(w, result.DisbursementRate);
        w.WriteStartArray("overDisbursed");
        foreach (OverDisbursement over in result.OverDisbursed)
        {
            w.WriteStartObject();
            w.WriteString("id", over.CommitmentId);
            w.WritePropertyName("committed");
            Json.Amount(w, over.Committed);
            w.WritePropertyName("disbursed");
            Json.Amount(w, over.Disbursed);
            w.WritePropertyName("excess");
            Json.Amount(w, over.Excess);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("complete", result.IsComplete);
        w.WriteStartArray("rates");
        foreach (
            UsedRate rate in committed
                .RatesUsed.Concat(result.Disbursed.RatesUsed)
                .Concat(result.Undisbursed.RatesUsed)
                .DistinctBy(r => (r.Rate.Base, r.Rate.Quote, r.RequestedDate))
                .OrderBy(r => r.Rate.Base.Code, StringComparer.Ordinal)
                .ThenBy(r => r.RequestedDate)
        )
        {
            Json.Rate(w, rate.Rate, rate.RequestedDate);
        }

        w.WriteEndArray();
        w.WriteStartArray("unconverted");
        foreach (UnconvertedRecord record in UndisbursedRun.Unconverted(result))
        {
            w.WriteStartObject();
            w.WriteString("id", record.RecordId);
            w.WritePropertyName("amount");
            Json.Amount(w, record.Amount);
            w.WriteString("reason", record.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Json.Date(w, "asOf", query.AsOf);
        w.WriteString("ratesSource", rates.Name);
        Json.Strings(w, "credits", credits);
        w.WriteEndObject();
    }

    /// <summary>A disbursement rate as an exact decimal string rounded half-to-even to 6 places, without trailing zeros
    /// (<c>0.384615</c>), or <c>null</c>.</summary>
    internal static string? Rate(decimal? rate) =>
        rate is decimal r
            ? Amounts.Normalize(Math.Round(r, 6, MidpointRounding.ToEven)).ToString(CultureInfo.InvariantCulture)
            : null;

    private static void RateProperty(Utf8JsonWriter w, decimal? rate)
    {
        Json.StringOrNull(w, "disbursementRate", Rate(rate));
    }

    private static void Totals(Utf8JsonWriter w, string name, ImmutableArray<SummaryTotal> totals) =>
        Json.Amounts(w, name, totals.Select(t => t.Value));
}
