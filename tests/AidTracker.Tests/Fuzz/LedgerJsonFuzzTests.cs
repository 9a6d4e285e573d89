using AidTracker.Serialization;
using AidTracker.Tests.Serialization;
using AidTracker.Tests.Shared.Fuzz;

namespace AidTracker.Tests.Fuzz;

/// <summary>
/// The JSON ledger reader (<see cref="LedgerJson.ReadAsync"/>) under the mutated sample ledger: only
/// <see cref="LedgerFormatException"/> and <see cref="LedgerValidationException"/> escape, with short messages.
/// </summary>
/// <remarks>
/// <para>Memory is measured on the reading thread; records mapped on the reader's worker threads (files of more than
/// one batch) are not counted.</para>
/// <para>Two defects of the reader that this suite found are fixed, each with its regression test below: (1) invalid
/// UTF-8 in a property name or in a record's id escaped as an <see cref="InvalidOperationException"/>; (2) a
/// <see cref="LedgerFormatException"/> quoted property names and values whole and unescaped (a 100,000-character
/// property name gave a 200,000-character message; an escaped line break in a name put a raw line break in it).</para>
/// </remarks>
public class LedgerJsonFuzzTests
{
    private static readonly FuzzSeed[] Seeds = [FuzzSeed.File(Samples.JapanUkrainePath)];

    private static readonly string[] Tokens =
    [
        "{",
        "}",
        "[",
        "]",
        "\"",
        ",",
        ":",
        "null",
        "true",
        "0",
        "-0",
        "1e999",
        "-1",
        "1.5e-400",
        "79228162514264337593543950336",
        "\"-0001-01-01\"",
        "\"9999-12-31\"",
        "\"2025-02-30\"",
        "\"XYZ\"",
        "\"jpy\"",
        "\"over\"",
        "\"\\u0000\"",
        "\"\\uD800\"",
        "\\",
        "//",
        "/*",
        "\"id\": \"x\",",
        "\"amount\": \"5\",",
        " ",
        "\n",
    ];

    private static readonly Type[] Documented = [typeof(LedgerFormatException), typeof(LedgerValidationException)];

    [Fact]
    public void ReadAsync_MutatedSampleLedger_ThrowsOnlyLedgerExceptionsWithShortMessages() =>
        FuzzOracle.Sample(Mutator.Cases(Seeds, Tokens), c => FuzzOracle.Check(c, Read, Documented));

    [Fact]
    public void ReadAsync_InvalidUtf8InARootPropertyName_ThrowsLedgerFormatException()
    {
        byte[] json = [.. "{\"schema"u8, 0xFF, .. "Version\": 1}"u8];

        Action read = () => Read(new FuzzCase("invalid UTF-8 in a name", "none", json));

        read.Should().Throw<LedgerFormatException>();
    }

    [Fact]
    public void ReadAsync_HugePropertyName_MessageIsShort()
    {
        byte[] json = System.Text.Encoding.UTF8.GetBytes(
            "{\"schemaVersion\": 1, \"commitments\": [{\"" + new string('x', 100_000) + "\": 1}]}"
        );

        Action read = () => Read(new FuzzCase("huge property name", "none", json));

        read.Should()
            .Throw<LedgerFormatException>()
            .Which.Message.Length.Should()
            .BeLessThan(FuzzSettings.MaxMessageLength);
    }

    [Fact]
    public void ReadAsync_EscapedLineBreakInAPropertyName_MessageHasNoLineBreak()
    {
        byte[] json = System.Text.Encoding.UTF8.GetBytes(
            "{\"schemaVersion\": 1, \"commitments\": [{\"id\": \"a\", \"instrume\\nt\": \"grant\"}]}"
        );

        Action read = () => Read(new FuzzCase("line break in a name", "none", json));

        read.Should().Throw<LedgerFormatException>().Which.Message.Should().NotContain("\n");
    }

    private static AidTracker.Ledger Read(FuzzCase input)
    {
        using var stream = new MemoryStream(input.Bytes);
        return LedgerJson.ReadAsync(stream, Samples.SpeechDay, "fuzz.ledger.json").GetAwaiter().GetResult();
    }
}
