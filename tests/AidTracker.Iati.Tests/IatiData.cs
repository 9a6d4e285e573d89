using System.Globalization;
using System.Xml.Linq;
using AidTracker.Tests.Shared;

namespace AidTracker.Iati.Tests;

/// <summary>The real IATI files of this project's TestData folder (TestData/README.md), and an independent LINQ to XML
/// reading of them.</summary>
internal static class IatiData
{
    public static string Folder => RepoPaths.IatiTestData;

    public static string SchemaTests => Path.Combine(Folder, "schema-tests");

    public static string UsaidBo => Path.Combine(Folder, "usaid-bo.xml");

    public static string UsaidBb => Path.Combine(Folder, "usaid-bb.xml");

    public static string Annotated => Path.Combine(Folder, "iati-2.03-activity-standard-example-annotated.xml");

    public static string Wri => Path.Combine(Folder, "wri-521257057-strategic-plan-2023-2027.xml");

    public static string Acf => Path.Combine(Folder, "acfspain-ph.xml");

    public static string Fixture => Path.Combine(Folder, "iatikit-fixture-org-activities.xml");

    public static string OldV103 => Path.Combine(Folder, "iatikit-old-org-acts-v1.03.xml");

    public static string Frankenstein => Path.Combine(Folder, "d-portal-frankenstein.xml");

    /// <summary>Every top-level file and every schema test file.</summary>
    public static IEnumerable<string> AllFiles =>
        Directory
            .EnumerateFiles(Folder, "*.xml")
            .Concat(Directory.EnumerateFiles(SchemaTests, "*.xml"))
            .Order(StringComparer.Ordinal);

    /// <summary>The files the reader must read: every version 2 file and every schema pass file (not the 1.03 file, not
    /// the fail files).</summary>
    public static TheoryData<string> ReadableFiles =>
        new(
            AllFiles
                .Where(f => f != OldV103 && !Path.GetFileName(f).StartsWith("fail-", StringComparison.Ordinal))
                .Select(Path.GetFileName)!
        );

    public static TheoryData<string> FailFiles =>
        new(
            Directory.EnumerateFiles(SchemaTests, "fail-*.xml").Order(StringComparer.Ordinal).Select(Path.GetFileName)!
        );

    public static TheoryData<string> PassFiles =>
        new(
            Directory.EnumerateFiles(SchemaTests, "pass-*.xml").Order(StringComparer.Ordinal).Select(Path.GetFileName)!
        );

    public static string PathOf(string fileName) =>
        fileName.StartsWith("pass-", StringComparison.Ordinal) || fileName.StartsWith("fail-", StringComparison.Ordinal)
            ? Path.Combine(SchemaTests, fileName)
            : Path.Combine(Folder, fileName);

    /// <summary>
    /// The sums of the values of the transactions of type <paramref name="typeCode"/> by currency (the value's own
    /// currency, else the activity's default), computed with LINQ to XML, independently of the reader.
    /// </summary>
    public static Dictionary<string, decimal> SumsByCurrency(string path, string typeCode)
    {
        XDocument document = XDocument.Load(path);
        return (
            from activity in document.Root!.Elements("iati-activity")
            from transaction in activity.Elements("transaction")
            where
                (string?)transaction.Element("transaction-type")?.Attribute("code") is string code
                && code.Trim() == typeCode
            let value = transaction.Element("value")!
            let currency = (
                (string?)value.Attribute("currency") ?? (string?)activity.Attribute("default-currency")
            )!.Trim()
            group decimal.Parse(
                value.Value.Trim(),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture
            ) by currency
        ).ToDictionary(g => g.Key, g => g.Sum(), StringComparer.Ordinal);
    }

    public static int CountTransactions(string path, string typeCode) =>
        XDocument
            .Load(path)
            .Descendants("transaction")
            .Count(t => ((string?)t.Element("transaction-type")?.Attribute("code"))?.Trim() == typeCode);

    /// <summary>Reads every activity of a file with the reader under test.</summary>
    public static (IatiReader Reader, List<IatiActivity> Activities) ReadAll(string path)
    {
        using IatiReader reader = IatiReader.Open(path);
        return (reader, reader.ReadActivities().ToList());
    }

    public static IatiReader FromText(string xml, string fileName = "test.xml") =>
        IatiReader.Create(new StringReader(xml), fileName, leaveOpen: false);

    public static List<IatiActivity> ReadText(string xml)
    {
        using IatiReader reader = FromText(xml);
        return [.. reader.ReadActivities()];
    }

    /// <summary>Wraps activity XML in an iati-activities 2.03 root.</summary>
    public static string Activities(string inner) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
        + inner
        + "\n</iati-activities>";
}
