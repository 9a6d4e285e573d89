using System.Collections.Frozen;
using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>
/// What each property of the format expects, in words: for messages about wrong types, unknown properties and missing
/// required properties. Keys are the record kind and the property path without indices
/// (<c>commitment.amount.value</c>).
/// </summary>
internal static class LedgerJsonExpectations
{
    private const string Id = "a string: the record's id, unique in the ledger";
    private const string Party =
        "a country code of three upper-case letters such as \"JPN\", or an organisation {\"id\": \"...\", \"name\": "
        + "\"...\"}";
    private const string Date = "a date \"yyyy-MM-dd\" such as \"2025-02-27\"";
    private const string Amount = "an object {\"value\": \"8800000000\", \"currency\": \"JPY\"}";
    private const string Value =
        "an exact decimal amount in a JSON string such as \"8800000000\" or \"63.3\" (or a JSON number)";
    private const string Currency = "an ISO 4217 currency code such as \"JPY\"";
    private const string Sources =
        "an array of sources {\"title\": \"...\", \"url\": \"...\", \"publisher\": \"...\", \"date\": \"yyyy-MM-dd\"}";
    private const string Text = "a string";

    private static readonly FrozenDictionary<string, string> Expected = Build();

    public static string KindName(LedgerRecordKind kind) =>
        kind switch
        {
            LedgerRecordKind.Agreement => "agreement",
            LedgerRecordKind.Commitment => "commitment",
            _ => "disbursement",
        };

    /// <summary>What <paramref name="propertyPath"/> (without indices, e.g. <c>amount.value</c>) of a record expects,
    /// or <c>null</c> when there is no such property.</summary>
    public static string? For(LedgerRecordKind kind, string propertyPath) =>
        Expected.GetValueOrDefault(KindName(kind) + "." + propertyPath);

    /// <summary>The properties an object at <paramref name="objectPath"/> (empty for the record itself) may
    /// have.</summary>
    public static string AllowedIn(LedgerRecordKind kind, string objectPath)
    {
        string prefix = KindName(kind) + "." + (objectPath.Length == 0 ? string.Empty : objectPath + ".");
        return string.Join(
            ", ",
            Expected
                .Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.IndexOf('.', prefix.Length) < 0)
                .Select(k => k[prefix.Length..])
                .Order(StringComparer.Ordinal)
        );
    }

    /// <summary>Turns a serializer path such as <c>$.sources[0].title</c> into <c>sources.title</c>.</summary>
    public static string WithoutIndices(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder(jsonPath.Length);
        bool inIndex = false;
        foreach (char c in jsonPath.AsSpan(jsonPath.StartsWith("$.", StringComparison.Ordinal) ? 2 : 1))
        {
            if (c == '[')
            {
                inIndex = true;
            }
            else if (c == ']')
            {
                inIndex = false;
            }
            else if (!inIndex)
            {
                text.Append(c);
            }
        }

        return text.ToString().Replace("['", ".", StringComparison.Ordinal);
    }

    public static string DescribeToken(JsonTokenType token) => LedgerJsonConverters.Describe(token);

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agreement.id"] = Id,
            ["agreement.kind"] = "one of " + Names(KebabNames.AgreementKinds),
            ["agreement.title"] = Text,
            ["agreement.signedOn"] = Date,
            ["agreement.parties"] = "an array of parties, each " + Party,
            ["agreement.note"] = Text,
            ["commitment.id"] = Id,
            ["commitment.title"] = Text,
            ["commitment.donor"] = Party,
            ["commitment.recipient"] = Party,
            ["commitment.amount"] = Amount,
            ["commitment.qualifier"] = "one of " + Names(KebabNames.Qualifiers),
            ["commitment.stage"] = "one of " + Names(KebabNames.Stages),
            ["commitment.date"] = Date,
            ["commitment.valueDate"] = Date,
            ["commitment.category"] = "one of " + Names(KebabNames.Categories),
            ["commitment.instrument"] = "one of " + Names(KebabNames.Instruments),
            ["commitment.agreement"] = "a string: the id of an agreement",
            ["commitment.parent"] = "a string: the id of the commitment this one is part of",
            ["commitment.supplements"] = "a string: the id of the commitment this one tops up",
            ["commitment.budget"] = "a string such as \"FY2024 supplementary\"",
            ["commitment.stated"] =
                "an array of stated equivalents {\"value\": \"63300000\", \"currency\": \"USD\", \"qualifier\": "
                + "\"approximately\"}",
            ["commitment.stated.value"] = Value,
            ["commitment.stated.currency"] = Currency,
            ["commitment.stated.qualifier"] = "one of " + Names(KebabNames.Qualifiers),
            ["commitment.terms"] =
                "an object of loan terms {\"interestRate\": \"0.01\", \"maturityYears\": 30, \"graceYears\": 10, "
                + "\"repayment\": \"equal-principal\", \"paymentsPerYear\": 2}",
            ["commitment.terms.interestRate"] =
                "the annual interest rate as a fraction in a JSON string such as \"0.01\" for 1% (or a JSON number)",
            ["commitment.terms.maturityYears"] =
                "the years to the last repayment, grace included, a JSON number such as 30",
            ["commitment.terms.graceYears"] = "the years without repayment of principal, a JSON number such as 10",
            ["commitment.terms.repayment"] = "one of " + Names(KebabNames.RepaymentProfiles),
            ["commitment.terms.paymentsPerYear"] = "a whole number that divides 12, such as 2",
            ["commitment.terms.feeRate"] =
                "a one-off front-end fee as a fraction in a JSON string such as \"0.002\" (or a JSON number)",
            ["commitment.tags"] = "an array of strings",
            ["commitment.note"] = Text,
            ["disbursement.id"] = Id,
            ["disbursement.kind"] = "one of " + Names(KebabNames.DisbursementKinds),
            ["disbursement.commitment"] = "a string: the id of the commitment this pays out",
            ["disbursement.donor"] = Party,
            ["disbursement.recipient"] = Party,
            ["disbursement.amount"] = Amount,
            ["disbursement.qualifier"] = "one of " + Names(KebabNames.Qualifiers),
            ["disbursement.date"] = Date,
            ["disbursement.valueDate"] = Date,
            ["disbursement.note"] = Text,
        };
        foreach (string kind in (string[])["agreement", "commitment", "disbursement"])
        {
            map[kind + ".sources"] = Sources;
            map[kind + ".sources.title"] = Text;
            map[kind + ".sources.url"] = "a string: an absolute URL";
            map[kind + ".sources.publisher"] = Text;
            map[kind + ".sources.date"] = Date;
        }

        foreach (string kind in (string[])["commitment", "disbursement"])
        {
            map[kind + ".amount.value"] = Value;
            map[kind + ".amount.currency"] = Currency;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Names<T>((T Value, string Name)[] names) => string.Join(", ", names.Select(n => n.Name));
}
