using System.Globalization;
using AidTracker.Iati.Internal;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Iati;

// What one file contributes to an import (its activities mapped to records, its references and counts), kept apart
// until the file has been read to its end.
public sealed partial class IatiImporter
{
    /// <summary>What one file contributes, kept apart until the file has been read to its end.</summary>
    private sealed class FileImport(string name)
    {
        private readonly HashSet<string> _refs = new(StringComparer.Ordinal);
        private int _activityIndex;

        public string Name { get; } = name;

        public string? Version { get; set; }

        public int ActivitiesRead { get; private set; }

        public List<IatiProblem> Problems { get; } = [];

        public List<ImportedRecord> Records { get; } = [];

        public Dictionary<string, TypeCounter> Counts { get; } = new(StringComparer.Ordinal);

        public void Map(IatiActivity activity)
        {
            ActivitiesRead++;
            _activityIndex++;
            _refs.Clear();
            Problems.AddRange(activity.Problems);
            string activityId = activity.Identifier
                ?? FormattableString.Invariant($"{Path.GetFileName(Name)}:{activity.LineNumber}");
            foreach (IatiTransaction transaction in activity.Transactions)
            {
                try
                {
                    MapTransaction(activity, activityId, transaction);
                }
                catch (ArgumentException e)
                {
                    // A value the ledger refuses (a text it cannot hold): reported, never a crash.
                    Reject(
                        activity,
                        transaction,
                        FormattableString.Invariant($"The transaction cannot be recorded: {e.Message}")
                    );
                }
            }
        }

        private static string TypeKey(IatiTransaction transaction) => transaction.TypeCode ?? string.Empty;

        private TypeCounter Counter(IatiTransaction transaction)
        {
            string key = TypeKey(transaction);
            if (!Counts.TryGetValue(key, out TypeCounter? counter))
            {
                counter = new TypeCounter();
                Counts.Add(key, counter);
            }

            return counter;
        }

        private void Problem(
            IatiProblemSeverity severity,
            IatiActivity activity,
            IatiTransaction transaction,
            string message
        ) =>
            Problems.Add(
                new IatiProblem(
                    severity,
                    message,
                    Name,
                    transaction.LineNumber,
                    activity.Identifier,
                    transaction.Position
                )
            );

        private void Reject(IatiActivity activity, IatiTransaction transaction, string message)
        {
            Problem(IatiProblemSeverity.Error, activity, transaction, message);
            Counter(transaction).Rejected++;
        }

        private void MapTransaction(IatiActivity activity, string activityId, IatiTransaction transaction)
        {
            IatiTransactionType? type = transaction.Type;
            if (transaction.TypeCode is null)
            {
                Counter(transaction).Rejected++; // the reader reported the missing code
                return;
            }

            if (type is null)
            {
                Reject(
                    activity,
                    transaction,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The transaction type '{InputText.Shorten(transaction.TypeCode)}' is not an IATI "
                            + $"TransactionType code (1 to 13); the transaction is not imported."
                    )
                );
                return;
            }

            if (
                type
                is not (
                    IatiTransactionType.OutgoingCommitment
                    or IatiTransactionType.OutgoingPledge
                    or IatiTransactionType.Disbursement
                    or IatiTransactionType.Expenditure
                )
            )
            {
                Counter(transaction).Skipped++;
                return;
            }

            if (transaction.HasErrors || transaction.Value is not IatiValue value)
            {
                Counter(transaction).Rejected++; // the reader reported why
                return;
            }

            string? currencyCode = value.Currency ?? activity.DefaultCurrency;
            if (currencyCode is null)
            {
                Reject(
                    activity,
                    transaction,
                    "The value has no currency attribute and the activity has no default-currency; the currency is not "
                        + "guessed, so the transaction is not imported."
                );
                return;
            }

            if (!Currency.TryFromCode(currencyCode, out Currency? currency))
            {
                string whose = value.Currency is null ? "The activity's default-currency" : "The value's currency";
                Reject(
                    activity,
                    transaction,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{whose} '{InputText.Shorten(currencyCode)}' is not an ISO 4217 currency code; the "
                            + $"transaction is not imported."
                    )
                );
                return;
            }

            LocalDate date;
            if (transaction.Date is LocalDate transactionDate)
            {
                date = transactionDate;
            }
            else if (value.ValueDate is LocalDate onlyValueDate)
            {
                date = onlyValueDate;
                Problem(
                    IatiProblemSeverity.Warning,
                    activity,
                    transaction,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The transaction has no transaction-date; its value-date {onlyValueDate:uuuu-MM-dd} is used "
                            + $"as its date."
                    )
                );
            }
            else
            {
                Reject(
                    activity,
                    transaction,
                    "The transaction has neither a transaction-date nor a value-date; it is not imported."
                );
                return;
            }

            if (value.ValueDate is null)
            {
                Problem(
                    IatiProblemSeverity.Warning,
                    activity,
                    transaction,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The value has no value-date; the transaction-date {date:uuuu-MM-dd} is used for the exchange "
                            + $"rate."
                    )
                );
            }

            Party donor = PartyOf(transaction.ProviderOrg)
                ?? PartyOf(activity.ReportingOrg)
                ?? UnknownDonor(activity, transaction);
            Party recipient = PartyOf(transaction.ReceiverOrg)
                ?? RecipientCountry(activity, transaction)
                ?? UnknownParty;
            string id = RecordId(activity, activityId, transaction);
            var amount = new QualifiedMoney(new Money(value.Amount, currency));
            LocalDate valueDate = value.ValueDate ?? date;
            SourceReference[] sources =
            [
                new SourceReference
                {
                    Title = FormattableString.Invariant($"IATI activity {activityId}"),
                    Publisher = Normalize(activity.ReportingOrg?.Name) ?? Normalize(activity.ReportingOrg?.Ref),
                },
            ];
            string? note = transaction.Description;

            LedgerRecord record = type switch
            {
                IatiTransactionType.OutgoingCommitment or IatiTransactionType.OutgoingPledge => new Commitment
                {
                    Id = id,
                    Title = Normalize(activity.Title)
                        ?? Normalize(transaction.Description)
                        ?? FormattableString.Invariant($"IATI activity {activityId}"),
                    Donor = donor,
                    Recipient = recipient,
                    Amount = amount,
                    Stage =
                        type == IatiTransactionType.OutgoingPledge
                            ? CommitmentStage.Pledged
                            : CommitmentStage.Committed,
                    Date = date,
                    ValueDate = valueDate,
                    Category =
                        (transaction.Humanitarian ?? activity.Humanitarian) == true
                            ? AidCategory.Humanitarian
                            : AidCategory.Other,
                    Instrument = InstrumentOf(transaction.FinanceType ?? activity.DefaultFinanceType),
                    Sources = [.. sources],
                    Note = note,
                },
                _ => new Disbursement
                {
                    Id = id,
                    Kind =
                        type == IatiTransactionType.Expenditure
                            ? DisbursementKind.Expenditure
                            : DisbursementKind.Disbursement,
                    Donor = donor,
                    Recipient = recipient,
                    Amount = amount,
                    Date = date,
                    ValueDate = valueDate,
                    Sources = [.. sources],
                    Note = note,
                },
            };

            var location = new RecordLocation(
                Name,
                FormattableString.Invariant(
                    $"/iati-activities/iati-activity[{_activityIndex}]/transaction[{transaction.Position}]"
                ),
                transaction.LineNumber > 0 ? transaction.LineNumber : null
            );
            Records.Add(
                new ImportedRecord(
                    record,
                    location,
                    TypeKey(transaction),
                    Name,
                    transaction.LineNumber,
                    activity.Identifier,
                    transaction.Position
                )
            );
            Counter(transaction).Imported++;
        }

        private string RecordId(IatiActivity activity, string activityId, IatiTransaction transaction)
        {
            if (transaction.Ref is string @ref)
            {
                if (_refs.Add(@ref))
                {
                    return activityId + "/" + @ref;
                }

                Problem(
                    IatiProblemSeverity.Warning,
                    activity,
                    transaction,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The transaction ref '{InputText.Shorten(@ref)}' is used by an earlier transaction of this "
                            + $"activity, so this one is named by its position: "
                            + $"{InputText.Shorten(activityId)}/#{transaction.Position}."
                    )
                );
            }

            return FormattableString.Invariant($"{activityId}/#{transaction.Position}");
        }

        private Party UnknownDonor(IatiActivity activity, IatiTransaction transaction)
        {
            Problem(
                IatiProblemSeverity.Warning,
                activity,
                transaction,
                "Neither the transaction's provider-org nor the activity's reporting-org names an organisation; the "
                    + "donor is recorded as unknown."
            );
            return UnknownParty;
        }

        private Party? RecipientCountry(IatiActivity activity, IatiTransaction transaction)
        {
            string? code = transaction.RecipientCountry;
            if (code is null)
            {
                if (activity.RecipientCountries.Count > 1)
                {
                    Problem(
                        IatiProblemSeverity.Warning,
                        activity,
                        transaction,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"The transaction has no receiver-org and the activity has "
                                + $"{activity.RecipientCountries.Count} recipient countries "
                                + $"({InputText.Shorten(string.Join(", ", activity.RecipientCountries))}); the "
                                + $"recipient is recorded as unknown."
                        )
                    );
                    return null;
                }

                code = activity.RecipientCountries.Count == 1 ? activity.RecipientCountries[0] : null;
            }

            if (code is null)
            {
                return null;
            }

            if (CountryCodes.TryGetAlpha3(code, out string? alpha3))
            {
                return Party.Country(alpha3);
            }

            Problem(
                IatiProblemSeverity.Warning,
                activity,
                transaction,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The recipient-country '{InputText.Shorten(code)}' is not an ISO 3166-1 alpha-2 code; the "
                        + $"recipient is recorded as unknown."
                )
            );
            return null;
        }
    }
}
