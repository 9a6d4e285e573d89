using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Fts;

/// <summary>
/// Imports an FTS flow search (one page or several pages of one search, in any order) into a validated
/// <see cref="AidTracker.Ledger"/>: pledges become pledged commitments, commitments committed ones, paid flows a
/// committed commitment and a disbursement of the same amount; each record keeps its original amount and currency, with
/// FTS's USD figure as its stated equivalent. The mapping is documented in <c>docs/fts.md</c>.
/// </summary>
/// <remarks>
/// <para>Pages are recognised as one search by FTS's summary of it (<c>meta.count</c> and the incoming, outgoing and
/// internal counts and totals, which every page of a search repeats): a page whose summary differs is another search's,
/// and the import is refused (<see cref="FtsFormatException"/>). A flow on several pages is imported once.</para>
/// <para>Bad input as a whole (not JSON, truncated, not an FTS answer, another search's page) throws
/// <see cref="FtsFormatException"/>; a flow with a problem is left out and counted in the report with its reason;
/// nothing is dropped silently. An instance holds no state between imports and may be used from several threads.</para>
/// </remarks>
public sealed partial class FtsImporter
{
    private readonly IClock _clock;

    /// <summary>Initializes an importer.</summary>
    /// <param name="clock">The clock against which the ledger's validation checks that value dates are not in the
    /// future.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <c>null</c>.</exception>
    public FtsImporter(IClock clock)
    {
        _clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>Gets the party that stands for a donor or recipient FTS does not name (an organisation with id
    /// <c>unknown</c>).</summary>
    public static Party UnknownParty { get; } = Party.Organisation("unknown", "unknown");

    /// <summary>Imports the pages of one search from files, reporting how far it has come to
    /// <paramref name="progress"/>.</summary>
    /// <param name="files">The pages' paths, in any order.</param>
    /// <param name="options">What to import, or <c>null</c> for <see cref="FtsImportOptions.Default"/>.</param>
    /// <param name="progress">Told how far the reading and the mapping have come, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the import (checked between pages and flows).</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> or one of its items is <c>null</c>.</exception>
    /// <exception cref="FtsFormatException">A file is not an FTS flow search answer, or the files are not pages of one
    /// search.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public FtsImportResult Import(
        IEnumerable<string> files,
        FtsImportOptions? options = null,
        IProgress<FtsImportProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        Preconditions.CheckNotNull(files);
        List<string> paths = [.. files];
        var pages = new List<FtsPage>(paths.Count);
        for (int i = 0; i < paths.Count; i++)
        {
            string path = Preconditions.CheckNotNull(paths[i], nameof(files));
            cancellationToken.ThrowIfCancellationRequested();
            byte[] bytes = File.ReadAllBytes(path);
            int index = i;
            progress?.Report(new FtsImportProgress(path, index, paths.Count, 0, bytes.LongLength, 0, 0));
            pages.Add(
                FtsReader.Read(
                    bytes,
                    path,
                    progress is null
                        ? null
                        : read =>
                            progress.Report(
                                new FtsImportProgress(path, index, paths.Count, read, bytes.LongLength, 0, 0)
                            )
                )
            );
            progress?.Report(new FtsImportProgress(path, index, paths.Count, bytes.LongLength, bytes.LongLength, 0, 0));
        }

        return ImportPages(pages, options, progress, cancellationToken);
    }

    /// <summary>
    /// Imports the pages of one search on a thread-pool thread (the work is CPU-bound and the same as
    /// <see cref="Import(IEnumerable{string}, FtsImportOptions?, IProgress{FtsImportProgress}?, CancellationToken)"/>).
    /// </summary>
    /// <param name="files">The pages' paths, in any order.</param>
    /// <param name="options">What to import, or <c>null</c> for <see cref="FtsImportOptions.Default"/>.</param>
    /// <param name="progress">Told how far the reading and the mapping have come, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> or one of its items is <c>null</c>.</exception>
    /// <exception cref="FtsFormatException">A file is not an FTS flow search answer, or the files are not pages of one
    /// search.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public Task<FtsImportResult> ImportAsync(
        IEnumerable<string> files,
        FtsImportOptions? options = null,
        IProgress<FtsImportProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        Preconditions.CheckNotNull(files);
        List<string> paths = [.. files];
        return Task.Run(() => Import(paths, options, progress, cancellationToken), cancellationToken);
    }

    /// <summary>Imports one page from a stream (read to its end; left open).</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="name">The page's name in the report and messages.</param>
    /// <param name="options">What to import.</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="FtsFormatException">The data is not an FTS flow search answer.</exception>
    public FtsImportResult ImportStream(Stream stream, string name, FtsImportOptions options) =>
        ImportPages([FtsReader.Read(stream, name)], options, CancellationToken.None);

    /// <summary>Imports pages already read.</summary>
    /// <param name="pages">The pages of one search, in any order.</param>
    /// <param name="options">What to import, or <c>null</c> for <see cref="FtsImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> or one of its items is <c>null</c>.</exception>
    /// <exception cref="FtsFormatException">The pages are not pages of one search.</exception>
    public FtsImportResult ImportPages(
        IEnumerable<FtsPage> pages,
        FtsImportOptions? options = null,
        CancellationToken cancellationToken = default
    ) => ImportPages(pages, options, progress: null, cancellationToken);

    private FtsImportResult ImportPages(
        IEnumerable<FtsPage> pages,
        FtsImportOptions? options,
        IProgress<FtsImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        Preconditions.CheckNotNull(pages);
        List<FtsPage> list = [.. pages];
        foreach (FtsPage page in list)
        {
            Preconditions.CheckNotNull(page, nameof(pages));
        }

        FtsSearchSummary? summary = JoinSummaries(list);
        var run = new ImportRun(options ?? FtsImportOptions.Default);
        var seen = new Dictionary<string, FtsFlow>(StringComparer.Ordinal);
        var pageReports = new List<FtsPageReport>(list.Count);
        int flowCount = list.Sum(p => p.Flows.Count),
            mapped = 0;
        string lastPage = list.Count > 0 ? list[^1].Name : "";
        foreach (FtsPage page in list)
        {
            int repeated = 0;
            foreach (FtsFlow flow in page.Flows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (progress is not null && (mapped++ & 4095) == 0)
                {
                    progress.Report(
                        new FtsImportProgress(lastPage, list.Count, list.Count, 0, null, mapped - 1, flowCount)
                    );
                }

                if (seen.TryGetValue(flow.Id, out FtsFlow? earlier))
                {
                    repeated++;
                    if (
                        earlier.AmountUsd != flow.AmountUsd
                        || earlier.OriginalAmount != flow.OriginalAmount
                        || !string.Equals(earlier.Status, flow.Status, StringComparison.Ordinal)
                    )
                    {
                        run.Warnings.Add(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"Flow {flow.Id} is repeated on {page.Name} with other figures ({flow.Status}, "
                                    + $"{flow.AmountUsd} USD) than where it was first read ({earlier.Status}, "
                                    + $"{earlier.AmountUsd} USD); the first is imported."
                            )
                        );
                    }

                    continue;
                }

                seen.Add(flow.Id, flow);
                run.Map(flow);
            }

            pageReports.Add(new FtsPageReport(page.Name, page.Flows.Count, repeated));
        }

        progress?.Report(new FtsImportProgress(lastPage, list.Count, list.Count, 0, null, flowCount, flowCount));
        if (summary?.FlowCount is int count && seen.Count != count)
        {
            string consequence =
                seen.Count < count
                    ? "pages are missing, and the totals cannot agree"
                    : "the pages hold more flows than the search";
            run.Warnings.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The search has {count} flows (meta.count) and the pages given hold {seen.Count} distinct flows: "
                        + $"{consequence}."
                )
            );
        }

        return run.Finish(_clock, pageReports, summary);
    }

    /// <summary>Checks that the pages are of one search and returns its summary.</summary>
    private static FtsSearchSummary? JoinSummaries(List<FtsPage> pages)
    {
        FtsPage? first = null;
        foreach (FtsPage page in pages)
        {
            if (!page.HasSummary && page.Summary.FlowCount is null)
            {
                continue;
            }

            if (first is null)
            {
                first = page;
                continue;
            }

            if (
                page.Summary.FlowCount != first.Summary.FlowCount
                || (page.HasSummary && first.HasSummary && page.Summary != first.Summary)
            )
            {
                throw new FtsFormatException(
                    page.Name,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{page.Name} is not a page of the same search as {first.Name}: its summary "
                            + $"({Describe(page.Summary)}) differs from {Describe(first.Summary)}. Import the pages of "
                            + $"one search at a time."
                    )
                );
            }
        }

        if (first is null)
        {
            return null;
        }

        FtsPage? withSummary = pages.FirstOrDefault(p => p.HasSummary);
        return withSummary?.Summary ?? first.Summary;
    }

    private static string Describe(FtsSearchSummary s) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{s.FlowCount} flows; incoming {s.IncomingFlowCount} flows, funding {s.IncomingFundingTotal} USD, pledges "
                + $"{s.IncomingPledgeTotal} USD; outgoing {s.OutgoingFlowCount} flows; internal {s.InternalFlowCount} "
                + $"flows"
        );
}
