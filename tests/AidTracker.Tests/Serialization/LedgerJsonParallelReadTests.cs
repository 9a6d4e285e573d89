using System.Globalization;
using System.Text;
using System.Text.Json;
using AidTracker.Serialization;
using CsCheck;

namespace AidTracker.Tests.Serialization;

/// <summary>
/// The reader reads records in batches on several threads and takes common commitments through a fast path: the ledger,
/// its order, lines and problems, and the first error in the file are the same as reading one record at a time with the
/// serializer.
/// </summary>
public class LedgerJsonParallelReadTests
{
    private const string File = "many.ledger.json";

    // The parts of a commitment, each property with good and bad values; a record is drawn from them, shuffled.
    private static readonly (string Name, string[] Values)[] Parts =
    [
        ("id", ["\"c-1\"", "\"c-\\u0032\"", "7", "null"]),
        ("title", ["\"Fourth package\"", "\"Caf\\u00e9 \\\"quoted\\\" {braces}\"", "\" padded \"", "[]"]),
        ("donor", ["\"JPN\"", "\"jpn\"", "\"JP\"", "{\"id\": \"XM-DAC-41114\", \"name\": \"UNDP\"}", "\"J\\u0050N\""]),
        ("recipient", ["\"UKR\"", "\"ZZZ\"", "null"]),
        (
            "amount",
            [
                "{\"value\": \"8800000000\", \"currency\": \"JPY\"}",
                "{\"currency\": \"USD\", \"value\": 12.50}",
                "{\"value\": \"-1234.5600\", \"currency\": \"EUR\"}",
                "{\"value\": \"1e5\", \"currency\": \"USD\"}",
                "{\"value\": \"12,4\", \"currency\": \"USD\"}",
                "{\"currency\": \"USD\"}",
                "{\"value\": \"1\", \"currency\": \"usd\"}",
                "{\"value\": \"1\", \"currency\": \"ABC\"}",
                "{\"value\": \"1\", \"currency\": \"USD\", \"x\": 1}",
                "{\"value\": \"1\", \"value\": \"2\", \"currency\": \"USD\"}",
                "null",
                "\"8.8 billion yen\"",
            ]
        ),
        ("qualifier", ["\"at-least\"", "\"approximately\"", "\"about\"", "0"]),
        ("stage", ["\"committed\"", "\"pledged\"", "\"Committed\"", "1"]),
        ("date", ["\"2025-02-27\"", "\"2024-02-29\"", "\"2025-02-30\"", "\"20250227\"", "\"0001-01-01\""]),
        ("valueDate", ["\"2025-03-03\"", "\"2025-13-01\"", "null"]),
        ("category", ["\"financial\"", "\"in-kind\"", "\"weapons\""]),
        ("instrument", ["\"grant\"", "\"loan\"", "\"in-kind\"", "2"]),
        ("agreement", ["\"ag-1\"", "\"\""]),
        ("parent", ["\"p-1\"", "null", "\"\\u0070-1\""]),
        ("supplements", ["\"s-1\""]),
        ("budget", ["\"FY2024 supplementary budget\""]),
        ("stated", ["[{\"value\": \"63300000\", \"currency\": \"USD\", \"qualifier\": \"approximately\"}]", "[]"]),
        (
            "sources",
            [
                "[{\"title\": \"MOFA\", \"url\": \"https://www.mofa.go.jp/\", \"publisher\": \"MOFA\", \"date\": "
                    + "\"2025-02-27\"}]",
                "[{\"title\": \"A\"}, {\"title\": \"B\", \"url\": \"https:\\/\\/example.org\\/b\"}]",
                "[{\"url\": \"relative\"}]",
                "[{\"title\": \"A\", \"x\": 1}]",
                "[]",
            ]
        ),
        (
            "terms",
            [
                "{\"interestRate\": \"0.01\", \"maturityYears\": 30, \"graceYears\": 10, \"repayment\": "
                    + "\"equal-principal\", \"paymentsPerYear\": 2}",
                "{\"interestRate\": 0.0275, \"maturityYears\": \"15\", \"graceYears\": 2.5, \"repayment\": "
                    + "\"annuity\", \"paymentsPerYear\": 4, \"feeRate\": \"0.002\"}",
                "{\"interestRate\": \"0.01\", \"maturityYears\": 30, \"graceYears\": 30}",
                "{\"interestRate\": \"0.01\", \"maturityYears\": 30}",
                "{\"interestRate\": \"0.01\", \"maturityYears\": 30, \"graceYears\": 10, \"x\": 1}",
                "null",
                "\"1%\"",
            ]
        ),
        ("tags", ["[\"ukraine\", \"recovery\"]", "[null]", "[]", "\"ukraine\""]),
        ("note", ["\"A note\"", "null"]),
        ("unknown", ["1"]),
        ("Title", ["\"case matters\""]),
    ];

    private static readonly string[] Required =
    [
        "id",
        "title",
        "donor",
        "recipient",
        "stage",
        "date",
        "category",
        "instrument",
    ];

    [Fact]
    public void FastPath_ReadsWhatTheSerializerReads_AndLeavesTheRestToIt()
    {
        int fast = 0;
        int slow = 0;
        int withTerms = 0;
        Gen<string> records =
            from picks in Gen.Int[0, 99].Array[Parts.Length]
            from order in Gen.Int.Array[Parts.Length]
            from repeat in Gen.Int[0, 40]
            from spaced in Gen.Bool
            select RecordText(picks, order, repeat, spaced);

        var mapper = new LedgerJsonMapper(File); // one for all (as one reading thread has): its caches carry over
        records.Sample(
            json =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(json);
                withTerms += json.Contains("\"terms\"", StringComparison.Ordinal) ? 1 : 0;
                string expected = Outcome(() =>
                    new LedgerJsonMapper(File).ToCommitment(
                        JsonSerializer.Deserialize(bytes, LedgerJsonContext.Default.CommitmentDto)!,
                        0,
                        1
                    )
                );
                if (
                    !CommitmentFastReader.TryRead(bytes, mapper.ScratchCommitment, mapper.ScratchAmount, mapper.Strings)
                )
                {
                    slow++;
                    return true;
                }

                fast++;
                string actual = Outcome(() => mapper.ToCommitment(mapper.ScratchCommitment, 0, 1));
                return actual == expected && !expected.StartsWith("json:", StringComparison.Ordinal);
            },
            iter: 4000,
            threads: 1,
            print: json => json
        );

        fast.Should()
            .BeGreaterThan(250, "the generator gives the fast path many records it reads itself (about one in ten)");
        slow.Should().BeGreaterThan(400, "and many it leaves to the serializer");
        withTerms.Should().BeGreaterThan(300, "loan terms are among them (the outcome compares the terms read)");
    }

    [Fact]
    public async Task InvalidUtf8InARecord_IsAFormatErrorNamingTheRecord()
    {
        byte[] good = Encoding.UTF8.GetBytes(Ledger(3));
        byte[] bad = [.. good];
        int at = Encoding.UTF8.GetString(good).IndexOf("Commitment 1\"", StringComparison.Ordinal);
        bad[at] = 0xFF; // not UTF-8 (the text is ASCII, so the byte offset is the character offset)

        Func<Task> act = () =>
            LedgerJson.ReadAsync(new MemoryStream(bad), Samples.SpeechDay, File, TestContext.Current.CancellationToken);

        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.JsonPath.Should().StartWith("$.commitments[1]");
        e.RecordId.Should().Be(Id(1));
    }

    [Fact]
    public void FastPath_ReusesItsRecord_WithoutCarryingValuesOver()
    {
        var mapper = new LedgerJsonMapper(File);
        byte[] full = Encoding.UTF8.GetBytes(
            Record(
                1,
                amount: "{\"value\": \"5\", \"currency\": \"USD\"}",
                extra: ", \"parent\": \"c-0\", \"tags\": [\"t\"], \"note\": \"n\""
            )
        );
        byte[] bare = Encoding.UTF8.GetBytes(Record(2, amount: null));

        CommitmentFastReader
            .TryRead(full, mapper.ScratchCommitment, mapper.ScratchAmount, mapper.Strings)
            .Should()
            .BeTrue();
        CommitmentFastReader
            .TryRead(bare, mapper.ScratchCommitment, mapper.ScratchAmount, mapper.Strings)
            .Should()
            .BeTrue();
        Commitment c = mapper.ToCommitment(mapper.ScratchCommitment, 1, 1);

        c.Id.Should().Be("c-2");
        c.Amount.Should().BeNull();
        c.ParentId.Should().BeNull();
        c.Tags.Should().BeEmpty();
        c.Note.Should().BeNull();
    }

    [Fact]
    public async Task ManyBatches_KeepFileOrderLinesAndCountryInstances()
    {
        const int count = 5000;
        string json = Ledger(count);

        AidTracker.Ledger ledger = await Samples.ReadAsync(json, File);

        ledger.Commitments.Length.Should().Be(count);
        ledger.Commitments.Select(c => c.Id).Should().Equal(Enumerable.Range(0, count).Select(Id));
        ledger
            .GetLocation(Id(4321))!
            .LineNumber.Should()
            .Be(Samples.LineOf(json, "\"id\": \"" + Id(4321) + "\"") - 1, "a record is located at its opening brace");
        ledger.GetCommitment(Id(4321)).Amount!.Value.Should().Be(QualifiedMoney.Parse("USD 4321.25"));
        ledger
            .Commitments.Select(c => c.Donor)
            .Distinct(ReferenceEqualityComparer.Instance)
            .Should()
            .HaveCount(1, "every record shares one party per country code");
    }

    [Theory]
    [InlineData(97)]
    [InlineData(4096)]
    public async Task ManyBatchesFromAStreamInSmallChunks_ReadTheSameLedger(int chunk)
    {
        string json = Ledger(3000);

        AidTracker.Ledger trickled = await LedgerJson.ReadAsync(
            new TrickleStream(Encoding.UTF8.GetBytes(json), chunk),
            Samples.SpeechDay,
            File,
            TestContext.Current.CancellationToken
        );

        trickled.Should().Be(await Samples.ReadAsync(json, File));
        trickled
            .GetLocation(Id(2999))!
            .LineNumber.Should()
            .Be(Samples.LineOf(json, "\"id\": \"" + Id(2999) + "\"") - 1);
    }

    [Fact]
    public async Task ErrorsInSeveralBatches_TheFirstInTheFileIsReported()
    {
        string json = Ledger(
            5000,
            bad: new Dictionary<int, string>
            {
                [1500] = "{\"value\": \"12,4\", \"currency\": \"USD\"}",
                [4000] = "{\"value\": \"1\", \"currency\": \"USD\", \"x\": 1}",
            }
        );
        string truncated = json[..^40];

        foreach (string text in new[] { json, truncated })
        {
            Func<Task> act = () => Samples.ReadAsync(text, File);

            LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
            e.RecordId.Should().Be(Id(1500));
            e.JsonPath.Should().Be("$.commitments[1500].amount.value");
            e.LineNumber.Should().Be(Samples.LineOf(text, "\"12,4\""));
        }
    }

    [Fact]
    public async Task ErrorAfterTheLastRecord_IsReportedWhenEveryRecordIsGood()
    {
        string json = Ledger(3000).TrimEnd()[..^1] + ", \"extra\": 1}";

        Func<Task> act = () => Samples.ReadAsync(json, File);

        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.Reason.Should().Contain("no property \"extra\"");
    }

    [Fact]
    public async Task UnknownCurrenciesInSeveralBatches_AreReportedInFileOrder()
    {
        string bad = "{\"value\": \"1\", \"currency\": \"ABC\"}";
        string json = Ledger(
            5000,
            bad: new Dictionary<int, string>
            {
                [4500] = bad,
                [10] = bad,
                [2000] = bad,
            }
        );

        Func<Task> act = () => Samples.ReadAsync(json, File);

        LedgerValidationException e = (await act.Should().ThrowAsync<LedgerValidationException>()).Which;
        e.Result.Errors.Select(p => p.Location!.Path)
            .Should()
            .Equal(
                "$.commitments[10].amount.currency",
                "$.commitments[2000].amount.currency",
                "$.commitments[4500].amount.currency"
            );
    }

    [Fact]
    public void RecordEnd_FindsTheEndOfTheObject_AsTheJsonReaderDoes()
    {
        // Objects with strings full of braces, quotes and escapes, long enough to cross several 32-byte blocks.
        string[] parts = ["{", "}", "\"", "\\\"", "\\\\", "\\u007b", " ", "\n", "a", ":", ",", "[", "]", "é"];
        Gen<string> pieces = Gen.Int[0, parts.Length - 1].Select(i => parts[i]);
        Gen<string> texts = Gen.Frequency(
            (3, pieces.Array[0, 40].Select(p => string.Concat(p))),
            (1, Gen.Const(new string('x', 70)))
        );
        Gen<string> values =
            from strings in texts.Array[1, 6]
            from nested in Gen.Int[0, 3]
            from pad in Gen.Int[0, 40]
            select Build(strings, nested, pad);

        values.Sample(
            json =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(json + " , {\"next\": 1}");
                int expected = ExpectedEnd(bytes);
                int whole = LedgerJsonReader.RecordEnd(bytes);
                int cut = LedgerJsonReader.RecordEnd(bytes.AsSpan(0, expected - 1));
                return whole == expected && cut == -1;
            },
            iter: 3000,
            print: json => json
        );

        static string Build(string[] strings, int nested, int pad)
        {
            // Each text as a JSON string (escaped properly), the objects nested, padded to move the blocks' edges.
            var text = new StringBuilder("{" + new string(' ', pad));
            for (int i = 0; i < strings.Length; i++)
            {
                text.Append(i > 0 ? ", " : string.Empty).Append(JsonSerializer.Serialize("k" + i)).Append(": ");
                text.Append(
                    i % 2 == 0
                        ? JsonSerializer.Serialize(strings[i])
                        : "\""
                            + strings[i]
                                .Replace("\\", "\\\\", StringComparison.Ordinal)
                                .Replace("\"", "\\\"", StringComparison.Ordinal)
                                .Replace("\n", "\\n", StringComparison.Ordinal)
                            + "\""
                );
            }

            for (int n = 0; n < nested; n++)
            {
                text.Append(", \"n").Append(n).Append("\": {\"s\": \"}\\\"{\"");
            }

            return text.Append('}', nested).Append('}').ToString();
        }

        static int ExpectedEnd(byte[] bytes)
        {
            var reader = new Utf8JsonReader(bytes, isFinalBlock: false, default);
            reader.Read();
            return reader.TrySkip()
                ? (int)reader.BytesConsumed
                : throw new InvalidOperationException("the generated object is incomplete");
        }
    }

    private static string Id(int i) => "c-" + i.ToString(CultureInfo.InvariantCulture);

    private static string Ledger(int count, Dictionary<int, string>? bad = null)
    {
        var text = new StringBuilder("{\n  \"schemaVersion\": 1,\n  \"commitments\": [\n");
        for (int i = 0; i < count; i++)
        {
            string amount =
                bad is not null && bad.TryGetValue(i, out string? b)
                    ? b
                    : string.Create(CultureInfo.InvariantCulture, $"{{\"value\": \"{i}.25\", \"currency\": \"USD\"}}");
            text.Append(Record(i, amount)).Append(i < count - 1 ? ",\n" : "\n");
        }

        return text.Append("  ]\n}\n").ToString();
    }

    private static string Record(int i, string? amount, string extra = "") =>
        "    {\n      \"id\": \""
        + Id(i)
        + "\",\n      \"title\": \"Commitment "
        + i.ToString(CultureInfo.InvariantCulture)
        + "\",\n"
        + "      \"donor\": \"JPN\",\n      \"recipient\": \"UKR\",\n"
        + (amount is null ? string.Empty : "      \"amount\": " + amount + ",\n")
        + "      \"stage\": \"committed\",\n      \"date\": \"2025-02-27\",\n      \"category\": \"financial\",\n      "
        + "\"instrument\": \"grant\""
        + extra
        + "\n    }";

    private static string RecordText(int[] picks, int[] order, int repeat, bool spaced)
    {
        var chosen = new List<(int Order, string Text)>();
        for (int p = 0; p < Parts.Length; p++)
        {
            (string name, string[] values) = Parts[p];
            bool required = Required.Contains(name);
            int pick = picks[p];

            // Required properties are there nearly always, with a good value most of the time; others now and then
            // (loan terms less often: the fast path leaves them to the serializer).
            if (required ? pick < 3 : pick < (name == "terms" ? 85 : 60))
            {
                continue;
            }

            string value = pick % 4 != 0 || values.Length == 1 ? values[0] : values[pick % values.Length];
            chosen.Add((order[p], "\"" + name + "\": " + value));
        }

        if (repeat == 0 && chosen.Count > 0)
        {
            chosen.Add((int.MaxValue, chosen[0].Text)); // a property twice
        }

        string separator = spaced ? ",\n  " : ",";
        return "{" + string.Join(separator, chosen.OrderBy(c => c.Order).Select(c => c.Text)) + "}";
    }

    private static string Outcome(Func<Commitment> read)
    {
        try
        {
            Commitment c = read();
            return "ok: "
                + c
                + " | "
                + string.Join(",", c.Tags)
                + " | "
                + string.Join(",", c.Sources.Select(s => s.Title + " " + s.Url + " " + s.Date))
                + " | "
                + c.ValueDate
                + " "
                + c.ParentId
                + " "
                + c.SupplementsId
                + " "
                + c.AgreementId
                + " "
                + c.BudgetLabel
                + " "
                + c.Note
                + " "
                + c.Donor.Id
                + " "
                + c.Recipient.Id
                + " "
                + c.Category
                + " "
                + c.Instrument
                + " "
                + c.Amount?.Amount.Scale
                + " "
                + c.StatedEquivalents.Length
                + " | "
                + c.Terms
                + " "
                + c.Terms?.InterestRate.Scale;
        }
        catch (JsonException e)
        {
            return "json: " + e.Message;
        }
        catch (LedgerFormatException e)
        {
            return "format: " + e.Message;
        }
    }
}
