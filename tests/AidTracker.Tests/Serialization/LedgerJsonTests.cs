using System.Collections.Immutable;
using System.Text;
using AidTracker.Serialization;
using AidTracker.Tests.Ledger;
using CsCheck;
using NodaTime;

namespace AidTracker.Tests.Serialization;

public class LedgerJsonTests
{
    private static readonly string[] Codes = ["JPY", "USD", "EUR", "UAH", "KWD", "XDR"];

    [Fact]
    public async Task ReadFileAsync_Sample_HasTheWorkedExampleAndNoProblems()
    {
        AidTracker.Ledger ledger = await LedgerJson.ReadFileAsync(
            Samples.JapanUkrainePath,
            Samples.SpeechDay,
            TestContext.Current.CancellationToken
        );

        ledger.Warnings.Should().BeEmpty();
        ledger.Validate(Samples.SpeechDay).Problems.Should().BeEmpty();
        ledger.FileName.Should().Be(Samples.JapanUkrainePath);

        Commitment package = ledger.GetCommitment("jp-ua-erp-4");
        package.Amount.Should().Be(new QualifiedMoney(new AidTracker.Money(8_800_000_000m, Currency.JPY)));
        package
            .StatedEquivalents.Should()
            .Equal(new QualifiedMoney(new AidTracker.Money(63_300_000m, Currency.USD), AmountQualifier.Approximately));
        package.Date.Should().Be(new LocalDate(2025, 2, 27));
        package.BudgetLabel.Should().Be("FY2024 supplementary");
        package.Category.Should().Be(AidCategory.Recovery);
        package.Instrument.Should().Be(AidInstrument.Grant);
        ledger.GetAgreementOf(package)!.SignedOn.Should().Be(new LocalDate(2025, 2, 27));

        Commitment cumulative = ledger.GetParent(package)!;
        cumulative
            .Amount.Should()
            .Be(new QualifiedMoney(new AidTracker.Money(12_400_000_000m, Currency.USD), AmountQualifier.AtLeast));

        Commitment loan = ledger.GetCommitment("jp-ua-dpl-2022");
        loan.Amount.Should()
            .Be(new QualifiedMoney(new AidTracker.Money(13_000_000_000m, Currency.JPY), AmountQualifier.AtMost));
        Commitment topUp = ledger.GetSupplements(loan).Should().ContainSingle().Subject;
        topUp.Amount!.Value.Amount.Should().Be(65_000_000_000m);
        (loan.Amount!.Value + topUp.Amount!.Value)
            .ToString()
            .Should()
            .Be("up to JPY 78,000,000,000", "the source says 'up to 78 billion yen' after the addition");
        ledger
            .GetParent(topUp)
            .Should()
            .BeSameAs(cumulative, "the loan and its top-up are part of the cumulative assistance to date");
        ledger.GetParent(loan).Should().BeSameAs(cumulative);
        ledger.GetChildren(loan).Should().BeEmpty("a top-up adds to the loan; it is not a breakdown of it");
        ledger
            .TopLevelCommitments.Should()
            .Equal([cumulative], "everything itemised is part of the cumulative figure, so nothing is counted twice");

        ledger.GetAgreement("jp-ua-accord-2024").SignedOn.Should().Be(new LocalDate(2024, 6, 13));
        ledger.GetAgreement("jp-ua-accord-2024").Kind.Should().Be(AgreementKind.Accord);
        ledger.Records.Should().OnlyContain(r => !r.Sources.IsEmpty, "every record names its source");
    }

    [Fact]
    public async Task WriteAsync_Sample_GivesTheSampleBackByteForByte()
    {
        AidTracker.Ledger ledger = await LedgerJson.ReadFileAsync(
            Samples.JapanUkrainePath,
            Samples.SpeechDay,
            TestContext.Current.CancellationToken
        );

        byte[] written = await Samples.WriteAsync(ledger);

        Encoding.UTF8.GetString(written).Should().Be(Samples.JapanUkraineText.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task RoundTrip_ReadWriteRead_GivesAnEqualLedgerAndTheSameBytes()
    {
        AidTracker.Ledger first = await LedgerJson.ReadFileAsync(
            Samples.JapanUkrainePath,
            Samples.SpeechDay,
            TestContext.Current.CancellationToken
        );
        byte[] bytes = await Samples.WriteAsync(first);
        AidTracker.Ledger second = await LedgerJson.ReadAsync(
            new MemoryStream(bytes),
            Samples.SpeechDay,
            cancellationToken: TestContext.Current.CancellationToken
        );

        second.Should().Be(first);
        (await Samples.WriteAsync(second)).Should().Equal(bytes);
    }

    [Fact]
    public async Task RoundTrip_EveryFieldAndOrganisations_Survive()
    {
        var undp = Party.Organisation("XM-DAC-41114", "United Nations Development Programme");
        Commitment full = WorkedExample.Package with
        {
            ParentId = null,
            AgreementId = null,
            Recipient = undp,
            ValueDate = new LocalDate(2025, 3, 3),
            Tags = ["recovery", "ウクライナ"],
            Note = "Line one\nLine \"two\"",
            Amount = new QualifiedMoney(new AidTracker.Money(-1234.5600m, Currency.JPY), AmountQualifier.Approximately),
            Sources =
            [
                new SourceReference
                {
                    Title = "MOFA",
                    Url = new Uri("https://www.mofa.go.jp/a?b=c#d"),
                    Publisher = "Ministry of Foreign Affairs of Japan",
                    Date = new LocalDate(2022, 4, 28),
                },
            ],
        };
        Commitment parent = WorkedExample.Loan with { Id = "no-amount", Amount = null };
        var paid = new Disbursement
        {
            Id = "d-1",
            Kind = DisbursementKind.Expenditure,
            CommitmentId = "jp-ua-dpl-2022",
            Donor = WorkedExample.Japan,
            Recipient = undp,
            Amount = new QualifiedMoney(new AidTracker.Money(0.001m, "KWD"), AmountQualifier.AtMost),
            Date = new LocalDate(2022, 7, 1),
            ValueDate = new LocalDate(2022, 6, 30),
        };
        AidTracker.Ledger ledger = AidTracker.Ledger.Create(
            [WorkedExample.ExchangeOfNotes2025, full, parent, WorkedExample.Loan, paid],
            Samples.SpeechDay
        );

        byte[] bytes = await Samples.WriteAsync(ledger);
        AidTracker.Ledger back = await LedgerJson.ReadAsync(
            new MemoryStream(bytes),
            Samples.SpeechDay,
            cancellationToken: TestContext.Current.CancellationToken
        );

        back.Should().Be(ledger);
        back.GetCommitment("jp-ua-erp-4")
            .Amount!.Value.Amount.Scale.Should()
            .Be(4, "the written amount keeps its decimal places: -1234.5600");
        string text = Encoding.UTF8.GetString(bytes);
        text.Should()
            .Contain("\"value\": \"-1234.5600\"")
            .And.Contain("ウクライナ")
            .And.Contain("\"valueDate\": \"2025-03-03\"");
        text.Should()
            .Contain(
                "\"recipient\": {\n        \"id\": \"XM-DAC-41114\",\n        \"name\": \"United Nations Development "
                    + "Programme\"\n      }"
            );
    }

    [Fact]
    public void RoundTrip_RandomCommitments_AreEqual()
    {
        Gen<Commitment> commitments =
            from id in Gen.Int[0, 1_000_000]
            from units in Gen.Long[-100_000_000_000L, 100_000_000_000L]
            from scale in Gen.Byte[0, 6]
            from currency in Gen.Int[0, 5].Select(i => Codes[i])
            from qualifier in Gen.Enum<AmountQualifier>()
            from days in Gen.Int[0, 20_000]
            from stage in Gen.Enum<CommitmentStage>()
            from category in Gen.Enum<AidCategory>()
            from instrument in Gen.Enum<AidInstrument>()
            from hasAmount in Gen.Bool
            select new Commitment
            {
                Id = "c-" + id,
                Title = "Commitment " + id,
                Donor = WorkedExample.Japan,
                Recipient = WorkedExample.Ukraine,
                Amount = hasAmount
                    ? new QualifiedMoney(
                        new AidTracker.Money(
                            new decimal(
                                (int)(Math.Abs(units) & 0xFFFFFFFF),
                                (int)(Math.Abs(units) >> 32),
                                0,
                                units < 0,
                                scale
                            ),
                            currency
                        ),
                        qualifier
                    )
                    : null,
                Stage = stage,
                Date = new LocalDate(1970, 1, 1).PlusDays(days),
                Category = category,
                Instrument = instrument,
            };

        commitments.Sample(
            c =>
            {
                AidTracker.Ledger ledger = AidTracker.Ledger.Create([c], Samples.SpeechDay);
                byte[] bytes = Samples.WriteAsync(ledger).GetAwaiter().GetResult();
                AidTracker.Ledger back = LedgerJson
                    .ReadAsync(new MemoryStream(bytes), Samples.SpeechDay)
                    .GetAwaiter()
                    .GetResult();
                return back.Equals(ledger) && back.Commitments[0].Amount?.Amount.Scale == c.Amount?.Amount.Scale;
            },
            iter: 300
        );
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task ReadAsync_StreamInSmallChunks_ReadsTheSameLedger(int chunk)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Samples.JapanUkraineText);

        AidTracker.Ledger ledger = await LedgerJson.ReadAsync(
            new TrickleStream(bytes, chunk),
            Samples.SpeechDay,
            cancellationToken: TestContext.Current.CancellationToken
        );

        ledger
            .Should()
            .Be(
                await LedgerJson.ReadFileAsync(
                    Samples.JapanUkrainePath,
                    Samples.SpeechDay,
                    TestContext.Current.CancellationToken
                )
            );
    }

    [Fact]
    public async Task ReadAsync_AmountAsJsonNumber_IsReadExactly()
    {
        string json = Samples.SampleWith("\"value\": \"63300000\"", "\"value\": 63300000.10");

        AidTracker.Ledger ledger = await Samples.ReadAsync(json);

        ledger.GetCommitment("jp-ua-erp-4").StatedEquivalents[0].Amount.Should().Be(63_300_000.10m);
    }

    [Fact]
    public async Task ReadAsync_NullOptionalProperty_CountsAsLeftOut()
    {
        string json = Samples.SampleWith("\"budget\": \"FY2024 supplementary\"", "\"budget\": null");

        AidTracker.Ledger ledger = await Samples.ReadAsync(json);

        ledger.GetCommitment("jp-ua-erp-4").BudgetLabel.Should().BeNull();
    }

    [Fact]
    public async Task ReadAsync_ValidationProblems_CarryPathAndTheRecordsLine()
    {
        string json = Samples.SampleWith("\"parent\": \"jp-ua-cumulative-2025-03\"", "\"parent\": \"jp-ua-erp-4\"");

        Func<Task> act = () => Samples.ReadAsync(json, "sample.json");

        LedgerValidationException e = (await act.Should().ThrowAsync<LedgerValidationException>()).Which;
        LedgerProblem problem = e.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.ParentCycle);
        problem.RecordId.Should().Be("jp-ua-erp-4");
        problem
            .Location.Should()
            .Be(
                new RecordLocation(
                    "sample.json",
                    "$.commitments[1].parent",
                    Samples.LineOf(json, "\"id\": \"jp-ua-erp-4\"") - 1
                )
            );
        e.Message.Should()
            .Contain("sample.json, line ")
            .And.Contain("$.commitments[1].parent")
            .And.Contain("is its own parent");
    }

    [Fact]
    public async Task ReadBuilderAsync_ReportsProblemsWithoutThrowing()
    {
        string json = Samples.SampleWith("\"currency\": \"JPY\"", "\"currency\": \"JPX\"");

        LedgerBuilder builder = await LedgerJson.ReadBuilderAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(json)),
            "x.json",
            TestContext.Current.CancellationToken
        );
        LedgerValidationResult result = builder.Validate(Samples.SpeechDay);

        LedgerProblem problem = result.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be(LedgerProblemCode.UnknownCurrency);
        problem.Message.Should().Contain("'JPX'");
        problem.Location!.Path.Should().Be("$.commitments[1].amount.currency");
        builder.Count.Should().Be(8);
    }

    [Fact]
    public async Task WriteFileAsync_ThenReadFileAsync_RoundTrips()
    {
        string path = Path.Combine(Path.GetTempPath(), "aidtracker-" + Guid.NewGuid().ToString("N") + ".ledger.json");
        try
        {
            AidTracker.Ledger ledger = WorkedExample.Ledger();
            await LedgerJson.WriteFileAsync(ledger, path, TestContext.Current.CancellationToken);

            (await LedgerJson.ReadFileAsync(path, Samples.SpeechDay, TestContext.Current.CancellationToken))
                .Should()
                .Be(ledger);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WriteAsync_EmptyLedger_WritesAllThreeArrays()
    {
        string text = Encoding.UTF8.GetString(await Samples.WriteAsync(AidTracker.Ledger.Empty));

        text.Should()
            .Be(
                "{\n  \"schemaVersion\": 1,\n  \"agreements\": [],\n  \"commitments\": [],\n  \"disbursements\": "
                    + "[]\n}\n"
            );
        (await Samples.ReadAsync(text)).Should().Be(AidTracker.Ledger.Empty);
    }
}
