using AidTracker.Serialization;
using AidTracker.Tests.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Tests.Ledger;

/// <summary>
/// The records' checks on several threads (LedgerValidator.Records.cs) against one thread going through the file:
/// the same problems, in the same order, with the same messages and locations.
/// </summary>
public class LedgerValidatorParallelTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 6, 1, 0, 0));

    [Theory]
    [InlineData(2, 1)]
    [InlineData(4, 2)]
    [InlineData(2, 16_384)]
    public async Task Validate_SampleInChunks_SameProblemsAsOneThread(int parallelism, int chunkSize)
    {
        // On 2024-06-01 the records of 2025 are in the future: errors in the sample, with their lines.
        await using FileStream file = File.OpenRead(Samples.JapanUkrainePath);
        LedgerBuilder builder = await LedgerJson.ReadBuilderAsync(file, "japan-ukraine.ledger.json");

        LedgerValidationResult one = builder.Validate(Clock, parallelism: 1, chunkSize: 16_384);
        LedgerValidationResult many = builder.Validate(Clock, parallelism, chunkSize);

        one.Errors.Select(e => (e.Code, e.RecordId))
            .Should()
            .Equal(
                (LedgerProblemCode.ValueDateInFuture, "jp-ua-cumulative-2025-03"),
                (LedgerProblemCode.ValueDateInFuture, "jp-ua-erp-4")
            );
        one.Errors[0].Location!.LineNumber.Should().BeGreaterThan(0);
        Describe(many).Should().Equal(Describe(one));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Validate_GeneratedLedgerWithLateErrors_SameProblemsInTheSameOrderAsOneThread(int seed)
    {
        LedgerBuilder builder = Generate(seed, commitments: 3_000, disbursements: 600);

        LedgerValidationResult one = builder.Validate(Clock, parallelism: 1, chunkSize: 16_384);
        List<string> expected = Describe(one);

        one.Errors.Should().NotBeEmpty();
        one.Problems.Select(p => p.Code)
            .Distinct()
            .Should()
            .Contain([
                LedgerProblemCode.DuplicateId,
                LedgerProblemCode.UnknownParent,
                LedgerProblemCode.UnknownAgreement,
                LedgerProblemCode.UnknownCommitment,
                LedgerProblemCode.ValueDateInFuture,
                LedgerProblemCode.LoanWithoutTerms,
                LedgerProblemCode.WithdrawnCurrency,
                LedgerProblemCode.StatedEquivalentInOwnCurrency,
                LedgerProblemCode.AmountsMayOverflow,
            ]);
        one.Problems[^1].RecordId.Should().StartWith("d-", "the disbursements, last in the file, have problems too");
        one.Warnings.Where(w => w.Code == LedgerProblemCode.AmountsMayOverflow)
            .Select(w => w.RecordId)
            .Should()
            .Equal(["c-2992", "d-597"], "the overflow is found once per currency, where its running sum passes");
        foreach ((int parallelism, int chunkSize) in new[] { (2, 1), (2, 7), (4, 64), (2, 1_000), (8, 333) })
        {
            Describe(builder.Validate(Clock, parallelism, chunkSize))
                .Should()
                .Equal(expected, $"{parallelism} threads in chunks of {chunkSize} records give the file order");
        }
    }

    [Fact]
    public void TryBuild_LargeLedger_SameIndexAsOneThread()
    {
        LedgerBuilder builder = Generate(seed: 4, commitments: 40_000, disbursements: 2_000, valid: true);

        builder.TryBuild(Clock, out AidTracker.Ledger? ledger, out LedgerValidationResult result).Should().BeTrue();

        Describe(result).Should().Equal(Describe(builder.Validate(Clock, parallelism: 1, chunkSize: 16_384)));
        result.Warnings.Should().NotBeEmpty("loans without terms are warned about");
        Commitment child = ledger!.Commitments.Last(c => c.ParentId is not null);
        ledger.GetParent(child)!.Id.Should().Be(child.ParentId);
        ledger.GetChildren(ledger.GetParent(child)!).Should().Contain(child);
    }

    private static List<string> Describe(LedgerValidationResult result) =>
        [.. result.Problems.Select(p => $"{p.Severity} {p.Code} {p.RecordId} {p.Location} {p.Message}")];

    /// <summary>
    /// A ledger with problems of every per-record kind spread over the file and some only near its end: duplicate
    /// ids, links to missing or wrong-kind records, loans without terms, withdrawn currencies, stated equivalents in
    /// the own currency, value dates in the future, and amounts whose sums may overflow (in the commitments and in the
    /// disbursements). <paramref name="valid"/>: only warnings.
    /// </summary>
    private static LedgerBuilder Generate(int seed, int commitments, int disbursements, bool valid = false)
    {
        var random = new Random(seed);
        var builder = new LedgerBuilder("generated.ledger.json");
        builder.Add(
            WorkedExample.ExchangeOfNotes2025,
            new RecordLocation("generated.ledger.json", "$.agreements[0]", 3)
        );
        var day = new LocalDate(2020, 1, 1);
        for (int i = 0; i < commitments; i++)
        {
            int kind = valid ? 2 * random.Next(2) : random.Next(12);
            bool late = i >= commitments - 10;
            Commitment c = WorkedExample.Package with
            {
                Id = !valid && late && i % 3 == 0 ? "c-" + random.Next(i) : "c-" + i,
                AgreementId =
                    kind == 1 ? "missing-agreement"
                    : kind == 2 ? WorkedExample.ExchangeOfNotes2025.Id
                    : null,
                ParentId =
                    i > 0 && kind is 0 or 3 ? "c-" + random.Next(i)
                    : kind == 4 ? "d-3"
                    : kind == 5 ? "nope"
                    : null,
                Date = day.PlusDays(random.Next(1500)),
                Instrument = kind == 6 || i % 5 == 0 ? AidInstrument.Loan : AidInstrument.Grant,
                Amount = new QualifiedMoney(
                    new AidTracker.Money(
                        i is 2990 or 2992 ? 5e20m : random.Next(1, 1_000_000),
                        kind == 7 && i is not (2990 or 2992) ? "DEM" : "USD"
                    )
                ),
                StatedEquivalents =
                    kind == 8
                        ? [new QualifiedMoney(new AidTracker.Money(1m, Currency.USD), AmountQualifier.Approximately)]
                        : [],
                Terms = null,
            };
            if (kind == 9 || (late && !valid))
            {
                c = c with { Date = new LocalDate(2024, 6, 1).PlusDays(2 + random.Next(400)) };
            }

            RecordLocation? at =
                i % 2 == 0 ? new RecordLocation("generated.ledger.json", $"$.commitments[{i}]", 10 + i) : null;
            builder.Add(c, at);
        }

        for (int j = 0; j < disbursements; j++)
        {
            int kind = valid ? 0 : random.Next(6);
            builder.Add(
                new Disbursement
                {
                    Id = "d-" + j,
                    CommitmentId =
                        kind == 1 ? "nowhere"
                        : kind == 2 ? WorkedExample.ExchangeOfNotes2025.Id
                        : "c-" + random.Next(commitments),
                    Donor = WorkedExample.Japan,
                    Recipient = WorkedExample.Ukraine,
                    Amount = new AidTracker.Money(j is 596 or 597 ? 5e22m : random.Next(1, 1000), "JPY"),
                    Date =
                        j >= disbursements - 5 && !valid ? new LocalDate(2025, 1, 1) : day.PlusDays(random.Next(1500)),
                }
            );
        }

        return builder;
    }
}
