using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Fts;

public sealed partial class FtsImporter
{
    /// <summary>The state of one import: the records made so far, the flows left out, the totals and
    /// warnings.</summary>
    private sealed partial class ImportRun(FtsImportOptions options)
    {
        private readonly List<(FtsFlow Flow, Commitment Commitment, Disbursement? Paid)> _imported = [];
        private readonly List<FtsSkippedFlow> _skipped = [];

        /// <summary>Tags made once per distinct value of the import (see ObjectTag, ValueTag): the mapping's loop stays
        /// near the reader's speed.</summary>
        private readonly Dictionary<(string Prefix, string? Id, string? Name), string?> _tags = [];

        public List<string> Warnings { get; } = [];

        public FtsImportResult Finish(IClock clock, IReadOnlyList<FtsPageReport> pages, FtsSearchSummary? summary)
        {
            // The ledger validates what no single flow shows (a date in the future of the clock, ...): a record it
            // refuses is left out with its flow and reported, and the rest is built again.
            var refused = new HashSet<string>(StringComparer.Ordinal);
            Ledger? ledger;
            while (true)
            {
                var builder = new LedgerBuilder();
                foreach ((FtsFlow flow, Commitment commitment, Disbursement? paid) in _imported)
                {
                    if (!refused.Contains(flow.Id))
                    {
                        builder.Add(commitment);
                        if (paid is not null)
                        {
                            builder.Add(paid);
                        }
                    }
                }

                if (builder.TryBuild(clock, out ledger, out LedgerValidationResult result))
                {
                    break;
                }

                int before = refused.Count;
                foreach (LedgerProblem error in result.Errors)
                {
                    (FtsFlow Flow, Commitment, Disbursement?) entry = _imported.FirstOrDefault(i =>
                        i.Commitment.Id == error.RecordId || i.Paid?.Id == error.RecordId
                    );
                    if (entry.Flow is FtsFlow flow && refused.Add(flow.Id))
                    {
                        _skipped.Add(
                            new FtsSkippedFlow(
                                flow.Id,
                                FtsSkipReason.RefusedByLedger,
                                flow.AmountUsd,
                                string.Create(
                                    CultureInfo.InvariantCulture,
                                    $"Flow {flow.Id} is not imported: the ledger refuses its record "
                                        + $"'{InputText.Shorten(error.RecordId)}': {error.Message}"
                                )
                            )
                        );
                    }
                }

                if (refused.Count == before)
                {
                    throw new InvalidOperationException(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The imported records do not form a valid ledger, and the errors name no imported record: "
                                + $"{result}"
                        )
                    );
                }
            }

            Warnings.AddRange(ledger.Warnings.Select(w => w.ToString()));
            decimal funding = 0m,
                pledges = 0m;
            int passedOn = 0;
            foreach ((FtsFlow flow, _, _) in _imported)
            {
                if (refused.Contains(flow.Id))
                {
                    continue;
                }

                passedOn += flow.ParentFlowId is null ? 0 : 1;
                if (Is(flow.Boundary, "incoming") && !Is(flow.OnBoundary, "shared"))
                {
                    if (Is(flow.Status, "pledge"))
                    {
                        pledges += flow.AmountUsd!.Value;
                    }
                    else
                    {
                        funding += flow.AmountUsd!.Value;
                    }
                }
            }

            var report = new FtsImportReport(
                pages,
                summary,
                _imported.Count - refused.Count,
                passedOn,
                _skipped,
                funding,
                pledges,
                Warnings
            );
            return new FtsImportResult(ledger, report);
        }

        private void Skip(FtsFlow flow, FtsSkipReason reason, string why) =>
            _skipped.Add(
                new FtsSkippedFlow(
                    flow.Id,
                    reason,
                    flow.AmountUsd,
                    FormattableString.Invariant($"Flow {flow.Id} is not imported: {why}.")
                )
            );

        private static bool Is(string? value, string expected) =>
            string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
    }
}
