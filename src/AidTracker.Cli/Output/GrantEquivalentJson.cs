using System.Collections.Immutable;
using System.Text.Json;
using AidTracker.Aggregation;
using AidTracker.Cli.Commands;
using AidTracker.Cli.Infrastructure;

namespace AidTracker.Cli.Output;

/// <summary>The JSON document of <c>summarize --measure grant-equivalent</c> (<c>$defs/summarizeGrantEquivalent</c> of
/// docs/cli.schema.json).</summary>
internal static class GrantEquivalentJson
{
    public static void Write(
        Utf8JsonWriter w,
        GrantEquivalentSummary result,
        LoanTotals perLoan,
        RateSourceOption rates,
        IReadOnlyList<string> credits
    )
    {
        Summary face = result.FaceValue;
        SummaryQuery query = face.Query;
        w.WriteStartObject();
        w.WriteString("measure", GrantEquivalentRun.MeasureName);
        w.WriteString("stage", query.Measure == Measure.Pledged ? "pledged" : "committed");
        Json.StringOrNull(w, "currency", face.ReportingCurrency?.Code);

        Json.Strings(w, "groupBy", query.GroupBy.Select(k => k.Name));
        w.WriteString("incomeGroups", result.IncomeGroups.Description);
        Dictionary<string, SummaryGroup> grantEquivalentGroups = GrantEquivalentRun.ByKey(result.GrantEquivalent);
        w.WriteStartArray("groups");
        foreach (SummaryGroup group in face.Groups)
        {
            w.WriteStartObject();
            Json.KeyValues(w, "key", query.GroupBy, group.KeyValues);
            w.WriteNumber("count", group.RecordCount);
            Totals(w, "faceValue", group.Totals);
            Totals(
                w,
                "grantEquivalent",
                grantEquivalentGroups.GetValueOrDefault(GrantEquivalentRun.Key(group))?.Totals ?? []
            );
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Totals(w, "faceValue", face.Totals);
        Totals(w, "grantEquivalent", result.GrantEquivalent.Totals);
        w.WriteStartArray("loans");
        foreach (LoanEvaluation loan in result.Loans)
        {
            WriteLoan(w, loan, perLoan);
        }

        w.WriteEndArray();
        w.WriteBoolean("complete", result.IsComplete);
        w.WriteStartArray("rates");
        foreach (
            UsedRate rate in face
                .RatesUsed.Concat(result.GrantEquivalent.RatesUsed)
                .Concat(perLoan.FaceValue?.RatesUsed ?? [])
                .DistinctBy(r => (r.Rate.Base, r.Rate.Quote, r.RequestedDate))
                .OrderBy(r => r.Rate.Base.Code, StringComparer.Ordinal)
                .ThenBy(r => r.RequestedDate)
        )
        {
            Json.Rate(w, rate.Rate, rate.RequestedDate);
        }

        w.WriteEndArray();
        w.WriteStartArray("unconverted");
        foreach (
            UnconvertedRecord record in face
                .Unconverted.Concat(result.GrantEquivalent.Unconverted)
                .DistinctBy(r => r.RecordId)
        )
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

    private static void WriteLoan(Utf8JsonWriter w, LoanEvaluation loan, LoanTotals perLoan)
    {
        LoanGrantEquivalent? r = loan.Result;
        w.WriteStartObject();
        w.WriteString("id", loan.Loan.Id);
        w.WritePropertyName("faceValue");
        Json.Amount(w, loan.Loan.Amount!.Value);
        if (r is null)
        {
            w.WriteNull("incomeGroup");
            w.WriteNull("rule");
            w.WriteNull("discountRate");
            w.WriteNull("minimumGrantElement");
            w.WriteNull("grantElement");
            w.WriteNull("meetsMinimum");
            w.WriteNull("grantEquivalent");
        }
        else
        {
            if (r.Rule.IncomeGroup is IncomeGroup group)
            {
                w.WriteString("incomeGroup", LoanDiscountRule.ShortName(group));
            }
            else
            {
                w.WriteNull("incomeGroup");
            }

            w.WriteString("rule", r.Rule.Name);
            w.WriteString(
                "discountRate",
                Amounts.Normalize(r.Rule.DiscountRate).ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
            w.WriteString(
                "minimumGrantElement",
                Amounts
                    .Normalize(r.Rule.MinimumGrantElement)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
            w.WriteString(
                "grantElement",
                Amounts.Normalize(r.GrantElement).ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
            w.WriteBoolean("meetsMinimum", r.MeetsMinimum);
            w.WritePropertyName("grantEquivalent");
            Json.Amount(w, r.GrantEquivalent);
        }

        Converted(w, "faceValueConverted", LoanTotals.Total(perLoan.FaceValue, loan.Loan.Id));
        Converted(w, "grantEquivalentConverted", LoanTotals.Total(perLoan.GrantEquivalentSummary, loan.Loan.Id));
        w.WriteString("explanation", loan.Explanation);
        w.WriteEndObject();
    }

    private static void Converted(Utf8JsonWriter w, string name, SummaryTotal? total)
    {
        if (total is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WritePropertyName(name);
        Json.Amount(w, total.Value);
    }

    private static void Totals(Utf8JsonWriter w, string name, ImmutableArray<SummaryTotal> totals) =>
        Json.Amounts(w, name, totals.Select(t => t.Value));
}
