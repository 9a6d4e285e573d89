using System.Text;
using System.Xml;
using AidTracker.Iati;
using AidTracker.Tests.Shared;
using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>
/// Reading a large IATI file (issue 8): the <see cref="IatiReader"/> next to a bare <see cref="XmlReader"/> pass over
/// the same bytes (the baseline: the least any XML reader must do). The input is built in memory from the activities of
/// the real USAID Bolivia file, repeated with fresh identifiers to about <see cref="TargetMegabytes"/> MB.
/// </summary>
[MemoryDiagnoser]
public class IatiReadBenchmarks
{
    private static readonly IatiImporter Importer = new(new FixedClock());

    private byte[] _file = [];

    /// <summary>The size of the generated file in MB (approximately; whole copies of the source activities).</summary>
    [Params(32)]
    public int TargetMegabytes { get; set; }

    /// <summary>Gets the generated file's size in bytes (for MB/s: size / mean time).</summary>
    public long FileBytes => _file.LongLength;

    [GlobalSetup]
    public void Setup() => _file = BuildLargeFile(TargetMegabytes * 1024L * 1024L);

    /// <summary>A bare XmlReader pass with the reader's own settings (DTD prohibited, no resolver, whitespace
    /// ignored).</summary>
    [Benchmark(Baseline = true)]
    public long BareXmlReader()
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        using var xml = XmlReader.Create(new MemoryStream(_file, writable: false), settings);
        long elements = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                elements++;
            }
        }

        return elements;
    }

    /// <summary>The IATI reader: every activity and transaction built, values parsed as exact decimals.</summary>
    [Benchmark]
    public decimal IatiReaderActivities()
    {
        using IatiReader reader = IatiReader.Create(
            new MemoryStream(_file, writable: false),
            "large.xml",
            leaveOpen: false
        );
        decimal total = 0m;
        foreach (IatiActivity activity in reader.ReadActivities())
        {
            foreach (IatiTransaction transaction in activity.Transactions)
            {
                total += transaction.Value?.Amount ?? 0m;
            }
        }

        return total;
    }

    /// <summary>The whole import: reading, mapping every transaction to a ledger record, and building the validated
    /// ledger.</summary>
    [Benchmark]
    public int IatiImportToLedger()
    {
        using var stream = new MemoryStream(_file, writable: false);
        IatiImportResult result = Importer.Import(stream, "large.xml");
        return result.Ledger.Count;
    }

    /// <summary>
    /// Builds an iati-activities file of at least <paramref name="targetBytes"/> bytes from the activities of
    /// usaid-bo.xml, each copy with its own identifiers.
    /// </summary>
    /// <param name="targetBytes">The minimum size.</param>
    /// <returns>The UTF-8 bytes.</returns>
    internal static byte[] BuildLargeFile(long targetBytes)
    {
        string source = File.ReadAllText(Path.Combine(RepoPaths.IatiTestData, "usaid-bo.xml"));
        int start = source.IndexOf("<iati-activity ", StringComparison.Ordinal);
        int end = source.LastIndexOf("</iati-activity>", StringComparison.Ordinal) + "</iati-activity>".Length;
        string activities = source[start..end];

        var builder = new StringBuilder((int)Math.Min(int.MaxValue, targetBytes + activities.Length + 1024));
        builder.Append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities xmlns:usg=\"https://explorer.usaid.gov\" "
                + "version=\"2.03\">\n"
        );
        for (int copy = 0; builder.Length < targetBytes; copy++)
        {
            builder
                .Append(
                    activities.Replace(
                        "<iati-identifier>US-GOV-1-",
                        $"<iati-identifier>US-GOV-1-C{copy}-",
                        StringComparison.Ordinal
                    )
                )
                .Append('\n');
        }

        builder.Append("</iati-activities>\n");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>A clock fixed after every value date of the source file.</summary>
    private sealed class FixedClock : NodaTime.IClock
    {
        public NodaTime.Instant GetCurrentInstant() => NodaTime.Instant.FromUtc(2026, 4, 13, 0, 0);
    }
}
