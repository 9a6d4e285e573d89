using System.Globalization;
using AidTracker.Internal;
using NodaTime;
using Found = System.Collections.Generic.List<(int Order, AidTracker.LedgerProblem Problem)>;

namespace AidTracker;

/// <summary>
/// The checks of each commitment and disbursement on its own (links, currencies, dates, terms), run on several threads
/// over chunks of records: each chunk collects its problems in file order, and the chunks are added in order, so the
/// problems, their order and their messages are those of one thread going through the file.
/// </summary>
/// <remarks>
/// Why: with one thread these checks were most of the validation of a 1,000,000-commitment ledger (building a message
/// for each of its 225,000 warnings); see docs/benchmarks.md, "Issue 16". The only check that depends on the records
/// before it, the running sum of amounts per currency (<see cref="LedgerProblemCode.AmountsMayOverflow"/>), runs first
/// in one pass (<c>FindOverflows</c>), and each chunk adds its warning at the record where it was found.
/// Tests compare the result with one thread (parallelism 1) on real and generated ledgers.
/// </remarks>
internal static partial class LedgerValidator
{
    /// <summary>Records per chunk: small enough for both cores to share the work evenly, large enough that a chunk's
    /// start costs nothing against its checks.</summary>
    private const int RecordChunkSize = 16_384;

    private sealed partial class Context
    {
        /// <summary>Checks every commitment, then every disbursement, in chunks of <paramref name="chunkSize"/>
        /// records on up to <paramref name="parallelism"/> threads.</summary>
        public void CheckRecords(int parallelism, int chunkSize)
        {
            FindOverflows();
            int total = commitments.Count + disbursements.Count;
            int chunks = (total + chunkSize - 1) / chunkSize;
            var found = new Found[chunks];
            if (parallelism <= 1 || chunks <= 1)
            {
                for (int k = 0; k < chunks; k++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    found[k] = CheckChunk(k, chunkSize, total);
                }
            }
            else
            {
                var options = new ParallelOptions
                {
                    MaxDegreeOfParallelism = parallelism,
                    CancellationToken = cancellationToken,
                };
                Parallel.For(0, chunks, options, k => found[k] = CheckChunk(k, chunkSize, total));
            }

            foreach (Found chunk in found)
            {
                foreach ((int order, LedgerProblem problem) in chunk)
                {
                    _problems.Add((order, _problems.Count, problem));
                }
            }
        }

        private Found CheckChunk(int chunk, int chunkSize, int total)
        {
            var found = new Found();
            int end = (int)Math.Min(total, ((long)chunk + 1) * chunkSize);
            for (int record = chunk * chunkSize; record < end; record++)
            {
                if (record < commitments.Count)
                {
                    CheckCommitment(found, record);
                }
                else
                {
                    CheckDisbursement(found, record - commitments.Count);
                }
            }

            return found;
        }

        private void CheckCommitment(Found found, int i)
        {
            Dictionary<string, RecordRef> ids = Index.Ids;
            Commitment c = commitments[i];
            if (c.AgreementId is string agreementId)
            {
                Index.AgreementOf[i] = Resolve(
                    found,
                    ids,
                    agreementId,
                    LedgerRecordKind.Agreement,
                    LedgerRecordKind.Commitment,
                    i,
                    "agreement",
                    LedgerProblemCode.UnknownAgreement,
                    "agreement"
                );
            }

            if (c.ParentId is string parentId)
            {
                Index.ParentOf[i] = Resolve(
                    found,
                    ids,
                    parentId,
                    LedgerRecordKind.Commitment,
                    LedgerRecordKind.Commitment,
                    i,
                    "parent",
                    LedgerProblemCode.UnknownParent,
                    "parent"
                );
            }

            if (c.SupplementsId is string supplementsId)
            {
                Index.SupplementedBy[i] = Resolve(
                    found,
                    ids,
                    supplementsId,
                    LedgerRecordKind.Commitment,
                    LedgerRecordKind.Commitment,
                    i,
                    "supplements",
                    LedgerProblemCode.UnknownSupplementedCommitment,
                    "supplemented commitment"
                );
            }

            if (c.Amount is QualifiedMoney amount)
            {
                CheckWithdrawn(found, LedgerRecordKind.Commitment, i, c.Id, amount.Currency, c.Date, "amount.currency");
                AddOverflowWarning(found, LedgerRecordKind.Commitment, i);
                for (int s = 0; s < c.StatedEquivalents.Length; s++)
                {
                    Currency stated = c.StatedEquivalents[s].Currency;
                    if (stated.Equals(amount.Currency))
                    {
                        Error(
                            found,
                            LedgerRecordKind.Commitment,
                            i,
                            c.Id,
                            LedgerProblemCode.StatedEquivalentInOwnCurrency,
                            Prop("stated", s, "currency"),
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"The commitment '{InputText.Shorten(c.Id)}' states an equivalent of "
                                    + $"{c.StatedEquivalents[s]} in its own currency {stated.Code}; a stated "
                                    + $"equivalent is an amount the source quotes in another currency."
                            )
                        );
                    }
                }
            }

            for (int s = 0; s < c.StatedEquivalents.Length; s++)
            {
                CheckWithdrawn(
                    found,
                    LedgerRecordKind.Commitment,
                    i,
                    c.Id,
                    c.StatedEquivalents[s].Currency,
                    c.Date,
                    Prop("stated", s, "currency")
                );
            }

            CheckValueDate(found, LedgerRecordKind.Commitment, i, c.Id, "commitment", c.ValueDate, c.Date);
            CheckTerms(found, i, c);
        }

        private void CheckDisbursement(Found found, int i)
        {
            Disbursement d = disbursements[i];
            if (d.CommitmentId is string commitmentId)
            {
                Index.CommitmentOf[i] = Resolve(
                    found,
                    Index.Ids,
                    commitmentId,
                    LedgerRecordKind.Commitment,
                    LedgerRecordKind.Disbursement,
                    i,
                    "commitment",
                    LedgerProblemCode.UnknownCommitment,
                    "commitment"
                );
            }

            CheckWithdrawn(found, LedgerRecordKind.Disbursement, i, d.Id, d.Amount.Currency, d.Date, "amount.currency");
            AddOverflowWarning(found, LedgerRecordKind.Disbursement, i);
            CheckValueDate(found, LedgerRecordKind.Disbursement, i, d.Id, "disbursement", d.ValueDate, d.Date);
        }

        private int Resolve(
            Found found,
            Dictionary<string, RecordRef> ids,
            string id,
            LedgerRecordKind expected,
            LedgerRecordKind fromKind,
            int from,
            string property,
            LedgerProblemCode code,
            string role
        )
        {
            string fromId = fromKind == LedgerRecordKind.Commitment ? commitments[from].Id : disbursements[from].Id;
            if (ids.TryGetValue(id, out RecordRef target))
            {
                if (target.Kind == expected)
                {
                    return target.Index;
                }

                Error(
                    found,
                    fromKind,
                    from,
                    fromId,
                    code,
                    property,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {KindName(fromKind)} '{InputText.Shorten(fromId)}' names '{InputText.Shorten(id)}' as "
                            + $"its {role}, but '{InputText.Shorten(id)}' is "
                            + $"{(target.Kind == LedgerRecordKind.Agreement ? "an" : "a")} "
                            + $"{KindName(target.Kind)}, not "
                            + $"{(expected == LedgerRecordKind.Agreement ? "an" : "a")} "
                            + $"{KindName(expected)}."
                    )
                );
                return -1;
            }

            Error(
                found,
                fromKind,
                from,
                fromId,
                code,
                property,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {KindName(fromKind)} '{InputText.Shorten(fromId)}' names '{InputText.Shorten(id)}' as its "
                        + $"{role}, but the ledger has no {KindName(expected)} with that id."
                )
            );
            return -1;
        }

        private void CheckWithdrawn(
            Found found,
            LedgerRecordKind kind,
            int index,
            string id,
            Currency currency,
            LocalDate date,
            string property
        )
        {
            if (!currency.IsActiveOn(date))
            {
                Warning(
                    found,
                    kind,
                    index,
                    id,
                    LedgerProblemCode.WithdrawnCurrency,
                    property,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {KindName(kind)} '{InputText.Shorten(id)}' of {date:uuuu-MM-dd} is in {currency.Code} "
                            + $"({currency.Name}), which ISO 4217 lists as withdrawn on "
                            + $"{currency.WithdrawalDate:uuuu-MM-dd}."
                    )
                );
            }
        }

        private void CheckTerms(Found found, int index, Commitment c)
        {
            if (c.Terms is not null && c.Instrument != AidInstrument.Loan)
            {
                Error(
                    found,
                    LedgerRecordKind.Commitment,
                    index,
                    c.Id,
                    LedgerProblemCode.TermsOnNonLoan,
                    "terms",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The commitment '{c.Id}' has loan terms ({c.Terms}) but its instrument is {c.Instrument}, not "
                            + $"loan; give terms to loans only."
                    )
                );
            }
            else if (c.Terms is null && c.Instrument == AidInstrument.Loan && c.HasOwnAmount)
            {
                Warning(
                    found,
                    LedgerRecordKind.Commitment,
                    index,
                    c.Id,
                    LedgerProblemCode.LoanWithoutTerms,
                    "instrument",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The loan '{c.Id}' has no terms (interest rate, maturity, grace period), so its repayment "
                            + $"schedule and grant equivalent are unknown."
                    )
                );
            }
        }

        private void CheckValueDate(
            Found found,
            LedgerRecordKind kind,
            int index,
            string id,
            string what,
            LocalDate valueDate,
            LocalDate date
        )
        {
            if (valueDate > _today)
            {
                string property = valueDate == date ? "date" : "valueDate";
                string words = valueDate == date ? "date (its value date by default)" : "value date";
                Error(
                    found,
                    kind,
                    index,
                    id,
                    LedgerProblemCode.ValueDateInFuture,
                    property,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {what} '{InputText.Shorten(id)}' has the {words} {valueDate:uuuu-MM-dd}, which is in the "
                            + $"future (today is {_today:uuuu-MM-dd}{_clockNote}); no exchange rate exists for it yet."
                    )
                );
            }
        }

        private void Error(
            Found found,
            LedgerRecordKind kind,
            int index,
            string id,
            LedgerProblemCode code,
            string property,
            string message
        ) =>
            found.Add(
                (Order(kind, index), Problem(LedgerProblemSeverity.Error, kind, index, id, code, property, message))
            );

        private void Warning(
            Found found,
            LedgerRecordKind kind,
            int index,
            string id,
            LedgerProblemCode code,
            string property,
            string message
        ) =>
            found.Add(
                (Order(kind, index), Problem(LedgerProblemSeverity.Warning, kind, index, id, code, property, message))
            );
    }
}
