using AidTracker.Serialization;
using AidTracker.Tests.Serialization;
using AidTracker.Tests.Shared.Fuzz;

namespace AidTracker.Tests.Fuzz;

/// <summary>
/// The JSON ledger reader (<see cref="LedgerJson.ReadAsync"/>) under the mutated sample ledger: only
/// <see cref="LedgerFormatException"/> and <see cref="LedgerValidationException"/> escape, with short messages.
/// </summary>
/// <remarks>
/// <para>Memory is measured on the reading thread; records mapped on the reader's worker threads (files of more than one
/// batch) are not counted.</para>
/// <para>Two defects of the reader that this suite found are left to the ledger reader's owner (issue 12) and are
/// recognised by <see cref="IsKnownDefect"/> so that every other check keeps running; each has a skipped regression
/// test below with its exact input: (1) invalid UTF-8 in a property name or in a record's id escapes as an
/// <see cref="InvalidOperationException"/> ("Cannot transcode invalid UTF-8 JSON text to UTF-16 string"); (2) a
/// <see cref="LedgerFormatException"/> quotes property names and values whole and unescaped (a 100,000-character
/// property name gives a 200,000-character message; an escaped line break in a name puts a raw line break in it).</para>
/// </remarks>
public class LedgerJsonFuzzTests
{
    private static readonly FuzzSeed[] Seeds = [FuzzSeed.File(Samples.JapanUkrainePath)];

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ",", ":", "null", "true", "0", "-0", "1e999", "-1", "1.5e-400", "79228162514264337593543950336",
        "\"-0001-01-01\"", "\"9999-12-31\"", "\"2025-02-30\"", "\"XYZ\"", "\"jpy\"", "\"over\"", "\"\\u0000\"", "\"\\uD800\"", "\\", "//", "/*",
        "\"id\": \"x\",", "\"amount\": \"5\",", " ", "\n",
    ];

    private static readonly Type[] Documented = [typeof(LedgerFormatException), typeof(LedgerValidationException)];

    [Fact]
    public void ReadAsync_MutatedSampleLedger_ThrowsOnlyLedgerExceptionsWithShortMessages() =>
        FuzzOracle.Sample(Mutator.Cases(Seeds, Tokens), c => FuzzOracle.Check(c, Read, Documented, knownDefect: IsKnownDefect));

    private const string Defect1 = "Known defect of the ledger reader (issue 12, left to its owner): invalid UTF-8 in a property name or id escapes as InvalidOperationException.";

    private const string Defect2 = "Known defect of the ledger reader (issue 12, left to its owner): LedgerFormatException quotes names and values whole and unescaped.";

    [Fact(Skip = Defect1)]
    public void ReadAsync_InvalidUtf8InARootPropertyName_ThrowsLedgerFormatException()
    {
        byte[] json = [.. "{\"schema"u8, 0xFF, .. "Version\": 1}"u8];

        Action read = () => Read(new FuzzCase("invalid UTF-8 in a name", "none", json));

        read.Should().Throw<LedgerFormatException>();
    }

    [Fact(Skip = Defect2)]
    public void ReadAsync_HugePropertyName_MessageIsShort()
    {
        byte[] json = System.Text.Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"commitments\": [{\"" + new string('x', 100_000) + "\": 1}]}");

        Action read = () => Read(new FuzzCase("huge property name", "none", json));

        read.Should().Throw<LedgerFormatException>().Which.Message.Length.Should().BeLessThan(FuzzSettings.MaxMessageLength);
    }

    [Fact(Skip = Defect2)]
    public void ReadAsync_EscapedLineBreakInAPropertyName_MessageHasNoLineBreak()
    {
        byte[] json = System.Text.Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"commitments\": [{\"id\": \"a\", \"instrume\\nt\": \"grant\"}]}");

        Action read = () => Read(new FuzzCase("line break in a name", "none", json));

        read.Should().Throw<LedgerFormatException>().Which.Message.Should().NotContain("\n");
    }

    /// <summary>The two known defects (see the remarks), and nothing else.</summary>
    private static bool IsKnownDefect(Exception e) =>
        e is InvalidOperationException { InnerException: System.Text.DecoderFallbackException }
        || (e is LedgerFormatException && !FuzzOracle.IsShortAndPrintable(e.Message));

    private static AidTracker.Ledger Read(FuzzCase input)
    {
        using var stream = new MemoryStream(input.Bytes);
        return LedgerJson.ReadAsync(stream, Samples.SpeechDay, "fuzz.ledger.json").GetAwaiter().GetResult();
    }
}
