using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Iati;

public sealed partial class IatiImporter
{
    /// <summary>The state of one import: the accepted files' records, counts and problems.</summary>
    private sealed class ImportRun
    {
        private readonly List<IatiFileReport> _files = [];
        private readonly List<ImportedRecord> _records = [];
        private readonly Dictionary<string, ImportedRecord> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TypeCounter> _counts = new(StringComparer.Ordinal);
        private readonly List<IatiProblem> _problems = [];

        public void Accept(FileImport file)
        {
            _files.Add(new IatiFileReport(file.Name, file.Version, file.ActivitiesRead, refusal: null));
            _problems.AddRange(file.Problems);
            foreach ((string key, TypeCounter counter) in file.Counts)
            {
                TypeCounter total = CounterOf(key);
                total.Imported += counter.Imported;
                total.Skipped += counter.Skipped;
                total.Rejected += counter.Rejected;
            }

            foreach (ImportedRecord imported in file.Records)
            {
                if (_ids.TryGetValue(imported.Record.Id, out ImportedRecord? earlier))
                {
                    Reject(
                        imported,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The record id '{InputText.Shorten(imported.Record.Id)}' was already imported from "
                                + $"{earlier.FileName}, line {earlier.Line}; this transaction is not imported again."
                        )
                    );
                    continue;
                }

                _ids.Add(imported.Record.Id, imported);
                _records.Add(imported);
            }
        }

        public void Refuse(FileImport file, int line, string message)
        {
            if (file.ActivitiesRead > 0)
            {
                message += string.Create(
                    CultureInfo.InvariantCulture,
                    $" The file is refused as a whole: the {file.ActivitiesRead} activities read before the fault are "
                        + $"left out too."
                );
            }

            var refusal = new IatiProblem(
                IatiProblemSeverity.Error,
                message,
                file.Name,
                Math.Max(0, line),
                activityId: null,
                transactionPosition: null
            );
            _problems.Add(refusal);
            _files.Add(new IatiFileReport(file.Name, file.Version, 0, refusal));
        }

        public IatiImportResult Finish(IClock clock)
        {
            // The ledger validates what no single transaction shows (a value date in the future of the clock, ...): a
            // record it refuses is left out and reported, and the rest is built again.
            var refused = new HashSet<string>(StringComparer.Ordinal);
            Ledger? ledger;
            LedgerValidationResult result;
            while (true)
            {
                var builder = new LedgerBuilder();
                foreach (ImportedRecord imported in _records)
                {
                    if (!refused.Contains(imported.Record.Id))
                    {
                        builder.Add(imported.Record, imported.Location);
                    }
                }

                if (builder.TryBuild(clock, out ledger, out result))
                {
                    break;
                }

                int before = refused.Count;
                foreach (LedgerProblem error in result.Errors)
                {
                    if (
                        error.RecordId is string id
                        && _ids.TryGetValue(id, out ImportedRecord? imported)
                        && refused.Add(id)
                    )
                    {
                        Reject(
                            imported,
                            FormattableString.Invariant(
                                $"The ledger refuses the record '{InputText.Shorten(id)}': {error.Message}"
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

            foreach (LedgerProblem warning in ledger.Warnings)
            {
                ImportedRecord? imported =
                    warning.RecordId is string id && _ids.TryGetValue(id, out ImportedRecord? found) ? found : null;
                _problems.Add(
                    new IatiProblem(
                        IatiProblemSeverity.Warning,
                        warning.Message,
                        imported?.FileName,
                        imported?.Line ?? 0,
                        imported?.ActivityId,
                        imported?.Position
                    )
                );
            }

            List<IatiTransactionTypeCount> counts =
            [
                .. _counts
                    .Select(c => new IatiTransactionTypeCount(
                        c.Key.Length == 0 ? null : c.Key,
                        c.Value.Imported,
                        c.Value.Skipped,
                        c.Value.Rejected
                    ))
                    .Order(
                        Comparer<IatiTransactionTypeCount>.Create((x, y) => CompareTypeCodes(x.TypeCode, y.TypeCode))
                    ),
            ];
            var fileOrder = _files
                .Select((f, i) => (f.FileName, i))
                .GroupBy(f => f.FileName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            List<IatiProblem> problems =
            [
                .. _problems
                    .Select((p, i) => (Problem: p, Index: i))
                    .OrderBy(p =>
                        p.Problem.FileName is string name && fileOrder.TryGetValue(name, out int order)
                            ? order
                            : int.MaxValue
                    )
                    .ThenBy(p => p.Problem.LineNumber)
                    .ThenBy(p => p.Index)
                    .Select(p => p.Problem),
            ];
            return new IatiImportResult(ledger, new IatiImportReport(_files, counts, problems));
        }

        private TypeCounter CounterOf(string key)
        {
            if (!_counts.TryGetValue(key, out TypeCounter? counter))
            {
                counter = new TypeCounter();
                _counts.Add(key, counter);
            }

            return counter;
        }

        private void Reject(ImportedRecord imported, string message)
        {
            _problems.Add(
                new IatiProblem(
                    IatiProblemSeverity.Error,
                    message,
                    imported.FileName,
                    imported.Line,
                    imported.ActivityId,
                    imported.Position
                )
            );
            TypeCounter counter = CounterOf(imported.TypeKey);
            counter.Imported--;
            counter.Rejected++;
        }
    }
}
