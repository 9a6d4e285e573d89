using System.Globalization;
using System.Text;
using AidTracker.Serialization;

namespace AidTracker.Tests.Serialization;

/// <summary>
/// A ledger file of 100 MB, generated into a temporary folder: reading it streams (a small buffer, never the file) and
/// the memory kept afterwards is the records', about the file's size (within 5%), not a multiple of it.
/// </summary>
[Collection(ProcessMemory.Name)]
public sealed class LedgerJsonLargeFileTests : IDisposable
{
    private const long TargetSize = 100L * 1024 * 1024;
    private readonly string _path = Path.Combine(
        Path.GetTempPath(),
        "aidtracker-large-" + Guid.NewGuid().ToString("N") + ".ledger.json"
    );

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task Read_100MegabyteFile_StreamsWithMemoryBelowTheFileSize()
    {
        int count = WriteLargeFile(_path, TargetSize);
        long fileSize = new FileInfo(_path).Length;
        fileSize.Should().BeGreaterThanOrEqualTo(TargetSize);

        long before = GC.GetTotalMemory(forceFullCollection: true);
        await using var stream = new FileStream(
            _path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1,
            FileOptions.Asynchronous | FileOptions.SequentialScan
        );
        var reader = new LedgerJsonReader(stream, _path);
        LedgerBuilder builder = await reader.ReadAsync(TestContext.Current.CancellationToken);
        AidTracker.Ledger ledger = builder.Build(Samples.SpeechDay);
        long kept = GC.GetTotalMemory(forceFullCollection: true) - before;

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{count:N0} commitments, file {fileSize:N0} bytes, kept {kept:N0} bytes ({(double)kept / fileSize:P0} of "
                + $"the file), largest buffer {reader.LargestBuffer:N0} bytes"
        );
        ledger.Commitments.Length.Should().Be(count);
        ledger.GetCommitment("c-" + (count - 1).ToString(CultureInfo.InvariantCulture)).ParentId.Should().Be("c-0");
        reader
            .LargestBuffer.Should()
            .BeLessThanOrEqualTo(128 * 1024, "the reader holds a record at a time, not the file");
        // About the file's size (99.7% before loan terms added a reference to every commitment, 8 bytes a record, 1.35
        // MB here): the records' own memory, not a multiple of the file.
        kept.Should()
            .BeLessThan(
                fileSize + (fileSize / 20),
                $"the ledger of {count} commitments from {fileSize:N0} bytes keeps {kept:N0} bytes"
            );
        GC.KeepAlive(ledger);
    }

    [Fact]
    public async Task Read_LargeFileWithAnErrorNearTheEnd_NamesItsLine()
    {
        int count = WriteLargeFile(_path, 8L * 1024 * 1024, badLast: true);

        Func<Task> act = () =>
            LedgerJson.ReadFileAsync(_path, Samples.SpeechDay, TestContext.Current.CancellationToken);

        LedgerFormatException e = (await act.Should().ThrowAsync<LedgerFormatException>()).Which;
        e.RecordId.Should().Be("c-" + (count - 1).ToString(CultureInfo.InvariantCulture));
        e.JsonPath.Should().Be($"$.commitments[{count - 1}].amount.value");
        e.LineNumber.Should()
            .Be(
                Samples.LineOf(File.ReadAllText(_path), "\"12,4\""),
                "the amount's line, counted across every buffer refill"
            );
    }

    /// <summary>Writes pretty-printed commitments (as LedgerJson writes them) until the file reaches
    /// <paramref name="size"/> bytes.</summary>
    private static int WriteLargeFile(string path, long size, bool badLast = false)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.Write("{\n  \"schemaVersion\": 1,\n  \"agreements\": [],\n  \"commitments\": [\n");
        string[] currencies = ["JPY", "USD", "EUR", "UAH"];
        string[] categories = ["financial", "humanitarian", "recovery", "economic"];
        int i = 0;
        while (true)
        {
            string id = "c-" + i.ToString(CultureInfo.InvariantCulture);
            bool last = writer.BaseStream.Position >= size;
            string value =
                last && badLast
                    ? "12,4"
                    : (1_000_000 + (i * 7919L)).ToString(CultureInfo.InvariantCulture)
                        + "."
                        + (i % 100).ToString("00", CultureInfo.InvariantCulture);
            writer.Write(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $$"""
                        {
                          "id": "{{id}}",
                          "title": "Generated commitment number {{i}} for the streaming test",
                          "donor": "JPN",
                          "recipient": "UKR",
                          "amount": {
                            "value": "{{value}}",
                            "currency": "{{currencies[i % 4]}}"
                          },
                          "qualifier": "exact",
                          "stage": "committed",
                          "date": "2024-{{(i % 12) + 1:00}}-{{(i % 28) + 1:00}}",
                          "category": "{{categories[i % 4]}}",
                          "instrument": "grant",
                          {{(i == 0 ? string.Empty : "\"parent\": \"c-0\",")}}
                          "budget": "FY2024 supplementary",
                          "sources": [
                            {
                              "title": "Generated source {{i % 10}}",
                              "url": "https://example.org/source/{{i % 10}}",
                              "date": "2025-03-05"
                            }
                          ]
                        }{{(last ? string.Empty : ",")}}

                    """
                )
            );
            i++;
            if (last)
            {
                break;
            }
        }

        writer.Write("  ],\n  \"disbursements\": []\n}\n");
        return i;
    }
}
