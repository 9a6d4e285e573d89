using System.Text;
using AidTracker.Serialization;

namespace AidTracker.Tests.Serialization;

/// <summary>Loan terms in the JSON ledger format: read (by the serializer, not the fast path), written
/// deterministically, and bad terms named.</summary>
public class LedgerJsonTermsTests
{
    private const string Terms =
        "\"terms\": {\n        \"interestRate\": \"0.01\",\n        \"maturityYears\": 30,\n        \"graceYears\": "
        + "10,\n        \"repayment\": \"equal-principal\",\n        \"paymentsPerYear\": 2\n      },";

    [Fact]
    public async Task Read_Sample_GivesThe2022LoanAndTopUpTheirTerms()
    {
        AidTracker.Ledger ledger = await Samples.ReadAsync(Samples.JapanUkraineText);

        ledger
            .GetCommitment("jp-ua-dpl-2022")
            .Terms.Should()
            .Be(new LoanTerms(0.01m, 30, 10, RepaymentProfile.EqualPrincipal, 2));
        ledger.GetCommitment("jp-ua-dpl-2022-top-up").Terms.Should().Be(new LoanTerms(0.01m, 30, 10));
        ledger.GetCommitment("jp-ua-erp-4").Terms.Should().BeNull();
        ledger.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Write_Sample_WritesTheTermsAsTheyWereReadByteForByte()
    {
        AidTracker.Ledger ledger = await Samples.ReadAsync(Samples.JapanUkraineText);

        string written = Encoding.UTF8.GetString(await Samples.WriteAsync(ledger));

        written.Should().Contain(Terms);
        written.Should().Be(Samples.JapanUkraineText.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task WriteThenRead_AnnuityWithFeeAndFractionalGrace_RoundTrips()
    {
        var terms = new LoanTerms(0.0275m, 15, 2.5m, RepaymentProfile.Annuity, 4, 0.002m);
        AidTracker.Ledger ledger = AidTracker.Ledger.Create(
            [Tests.Ledger.WorkedExample.Loan with { Terms = terms }],
            Samples.SpeechDay
        );

        byte[] bytes = await Samples.WriteAsync(ledger);
        AidTracker.Ledger again = await Samples.ReadAsync(Encoding.UTF8.GetString(bytes));

        again.Commitments.Single().Terms.Should().Be(terms);
        Encoding
            .UTF8.GetString(bytes)
            .Should()
            .Contain(
                "\"interestRate\": \"0.0275\",\n        \"maturityYears\": 15,\n        \"graceYears\": 2.5,\n        "
                    + "\"repayment\": \"annuity\",\n        \"paymentsPerYear\": 4,\n        \"feeRate\": \"0.002\""
            );
    }

    [Fact]
    public async Task Read_TermsGivenAsNumbersAndDefaults_UsesTheDefaults()
    {
        string json = Samples.SampleWith(
            Terms,
            "\"terms\": {\"interestRate\": 0.01, \"maturityYears\": \"30\", \"graceYears\": 10},"
        );

        AidTracker.Ledger ledger = await Samples.ReadAsync(json);

        ledger.GetCommitment("jp-ua-dpl-2022").Terms.Should().Be(new LoanTerms(0.01m, 30, 10));
    }

    [Theory]
    [InlineData(
        "\"graceYears\": 10",
        "\"graceYears\": 30",
        "terms.graceYears",
        "shorter than its maturity of 30 years; 30 years is not"
    )]
    [InlineData(
        "\"interestRate\": \"0.01\"",
        "\"interestRate\": \"1.5\"",
        "terms.interestRate",
        "interest rate is a fraction within [0, 1] (0.01 is 1%); 1.5 is not"
    )]
    [InlineData("\"paymentsPerYear\": 2", "\"paymentsPerYear\": 5", "terms.paymentsPerYear", "5 is not one of them")]
    [InlineData("\"graceYears\": 10,", "", "terms", "no \"graceYears\"")]
    [InlineData(
        "\"repayment\": \"equal-principal\"",
        "\"repayment\": \"french\"",
        "terms.repayment",
        "'french' is not a repayment profile; expected one of: equal-principal, annuity, bullet"
    )]
    [InlineData(
        "\"paymentsPerYear\": 2",
        "\"paymentsPerYear\": 2, \"rate\": 1",
        "terms.rate",
        "\"terms\" of a commitment has no property \"rate\"; expected one of: feeRate, graceYears, interestRate, "
            + "maturityYears, paymentsPerYear, repayment"
    )]
    [InlineData(
        "\"maturityYears\": 30",
        "\"maturityYears\": [30]",
        "terms.maturityYears",
        "A number of years must be a JSON number"
    )]
    public async Task Read_BadTerms_NamesTheRecordPathAndValue(
        string oldText,
        string newText,
        string property,
        string reason
    )
    {
        string json = Samples.SampleWith(
            Terms,
            Terms
                .Replace(oldText, newText, StringComparison.Ordinal)
                .Replace(",\n        \n", ",\n", StringComparison.Ordinal)
        );

        Func<Task> act = () => Samples.ReadAsync(json, "bad.ledger.json");

        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.RecordId.Should().Be("jp-ua-dpl-2022");
        e.JsonPath.Should().Be("$.commitments[2]." + property);
        e.Reason.Should().Contain(reason);
        e.FileName.Should().Be("bad.ledger.json");
    }

    [Fact]
    public async Task Read_TermsOnAGrant_IsAValidationErrorNamingTheRecord()
    {
        string json = Samples.SampleWith(
            "\"budget\": \"FY2024 supplementary\",",
            "\"budget\": \"FY2024 supplementary\",\n      " + Terms
        );

        Func<Task> act = () => Samples.ReadAsync(json);

        LedgerValidationException e = (await act.Should().ThrowAsync<LedgerValidationException>()).Which;
        e.Errors.Should().ContainSingle(p => p.Code == LedgerProblemCode.TermsOnNonLoan && p.RecordId == "jp-ua-erp-4");
    }
}
