using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Fts.Internal;
using AidTracker.Internal;

namespace AidTracker.Fts;

public sealed partial class FtsImporter
{
    /// <summary>The tag prefix of the flow an imported flow was passed on from (FTS's <c>parentFlowId</c>).</summary>
    public const string PassedOnFromTag = "fts:passed-on-from=";

    /// <summary>The tag prefix of the rate FTS used for a flow (<c>exchangeRate</c>: units of the original currency per
    /// USD).</summary>
    public const string ExchangeRateTag = "fts:exchange-rate=";

    /// <summary>The tag prefix of a flow's FTS id.</summary>
    public const string FlowTag = "fts:flow=";

    private sealed partial class ImportRun
    {
        /// <summary>Maps one flow (read once) to its records, or counts it as not imported with its reason.</summary>
        public void Map(FtsFlow flow)
        {
            if (options.Boundary != FtsBoundaryFilter.All && !Is(flow.Boundary, BoundaryName(options.Boundary)))
            {
                Skip(
                    flow,
                    FtsSkipReason.OtherBoundary,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"its boundary is {(flow.Boundary is null ? "missing" : "'" + flow.Boundary + "'")}, and the "
                            + $"import takes '{BoundaryName(options.Boundary)}' flows"
                    )
                );
                return;
            }

            bool shared = Is(flow.OnBoundary, "shared");
            if (shared && options.Shared == FtsSharedFlows.Skip)
            {
                Skip(
                    flow,
                    FtsSkipReason.Shared,
                    "it is shared across several values of the searched dimension (onBoundary 'shared'), which FTS "
                        + "leaves out of its totals"
                );
                return;
            }

            bool pledge = Is(flow.Status, "pledge");
            bool paid = Is(flow.Status, "paid");
            if (!pledge && !paid && !Is(flow.Status, "commitment"))
            {
                string status = flow.Status is null ? "is missing" : "'" + InputText.Shorten(flow.Status) + "' is not";
                Skip(
                    flow,
                    FtsSkipReason.UnknownStatus,
                    FormattableString.Invariant($"its status {status} one of pledge, commitment, paid")
                );
                return;
            }

            if (flow.AmountUsd is not decimal amountUsd)
            {
                Skip(flow, FtsSkipReason.MissingAmountUsd, "it has no amountUSD");
                return;
            }

            if (flow.Date is not NodaTime.LocalDate date)
            {
                Skip(flow, FtsSkipReason.MissingDate, "it has no date");
                return;
            }

            Money usd = new(amountUsd, Currency.USD);
            Money amount = usd;
            string? code = string.IsNullOrWhiteSpace(flow.OriginalCurrency) ? null : flow.OriginalCurrency.Trim();
            if (code is not null && !string.Equals(code, "USD", StringComparison.OrdinalIgnoreCase))
            {
                if (!Currency.TryFromCode(code, out Currency? currency))
                {
                    Warnings.Add(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"Flow {flow.Id}: its originalCurrency '{InputText.Shorten(code)}' is not an ISO 4217 "
                                + $"currency; it is imported in USD as FTS counts it ({amountUsd} USD), the original "
                                + $"kept as tags."
                        )
                    );
                }
                else if (flow.OriginalAmount is not decimal original)
                {
                    Warnings.Add(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"Flow {flow.Id} names the currency {code} but has no originalAmount; it is imported in "
                                + $"USD as FTS counts it ({amountUsd} USD)."
                        )
                    );
                }
                else
                {
                    amount = new Money(original, currency);
                }
            }
            else if (flow.OriginalAmount is decimal originalUsd && originalUsd != amountUsd)
            {
                Warnings.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Flow {flow.Id} was reported in USD as {originalUsd} and FTS counts {amountUsd}; it is "
                            + $"imported as FTS counts it."
                    )
                );
            }

            Party donor = Donor(flow);
            Party recipient = Recipient(flow);
            string id = "fts-" + flow.Id;
            var commitment = new Commitment
            {
                Id = id,
                Title = Title(flow),
                Donor = donor,
                Recipient = recipient,
                Amount = new QualifiedMoney(amount),
                Stage = pledge ? CommitmentStage.Pledged : CommitmentStage.Committed,
                Date = date,
                Category = AidCategory.Humanitarian,
                Instrument = Is(flow.ContributionType, "in-kind") ? AidInstrument.InKind : AidInstrument.Grant,
                StatedEquivalents = amount.Currency.Equals(Currency.USD) ? [] : [new QualifiedMoney(usd)],
                Tags = Tags(flow, shared),
                Sources =
                [
                    new SourceReference
                    {
                        Title = FormattableString.Invariant(
                            $"UN OCHA Financial Tracking Service (FTS), flow {flow.Id}"
                        ),
                        Publisher = "UN OCHA FTS",
                    },
                ],
                Note = string.IsNullOrWhiteSpace(flow.RefCode) ? null : Clean("FTS refCode " + flow.RefCode),
            };
            Disbursement? payment = paid
                ? new Disbursement
                {
                    Id = id + "-paid",
                    CommitmentId = id,
                    Donor = donor,
                    Recipient = recipient,
                    Amount = new QualifiedMoney(amount),
                    Date = date,
                    Sources = commitment.Sources,
                }
                : null;
            _imported.Add((flow, commitment, payment));
        }

        private static string BoundaryName(FtsBoundaryFilter boundary) =>
            boundary switch
            {
                FtsBoundaryFilter.Internal => "internal",
                FtsBoundaryFilter.Outgoing => "outgoing",
                _ => "incoming",
            };

        /// <summary>The donor: a government's country, else the source organisation(s).</summary>
        private Party Donor(FtsFlow flow)
        {
            // The common case, one organisation and one location, without lists (the import's loop; see
            // FtsImportBenchmarks).
            FtsObject? organisation = null,
                location = null;
            int organisations = 0,
                locations = 0;
            foreach (FtsObject o in flow.SourceObjects)
            {
                if (Is(o.Type, "Organization"))
                {
                    organisation = o;
                    organisations++;
                }
                else if (Is(o.Type, "Location"))
                {
                    location = o;
                    locations++;
                }
            }

            if (
                organisations == 1
                && locations == 1
                && organisation!.OrganizationTypes.Any(t => Is(t, "Government"))
                && LocationCodes.TryGetAlpha3(location!.Name, out string? alpha3)
            )
            {
                return Party.Country(alpha3);
            }

            return Organisations(flow, [.. flow.SourceObjects.Where(o => Is(o.Type, "Organization"))], "source");
        }

        /// <summary>The recipient: the destination location's country, else the location(s) by FTS id.</summary>
        private Party Recipient(FtsFlow flow)
        {
            FtsObject? only = null;
            int count = 0;
            foreach (FtsObject o in flow.DestinationObjects)
            {
                if (Is(o.Type, "Location"))
                {
                    only = o;
                    count++;
                }
            }

            if (count == 1 && LocationCodes.TryGetAlpha3(only!.Name, out string? alpha3))
            {
                return Party.Country(alpha3);
            }

            List<FtsObject> locations = [.. flow.DestinationObjects.Where(o => Is(o.Type, "Location"))];

            if (locations.Count == 0)
            {
                Warnings.Add(
                    FormattableString.Invariant(
                        $"Flow {flow.Id} names no destination location; its recipient is '{UnknownParty.Id}'."
                    )
                );
                return UnknownParty;
            }

            if (locations.Count == 1)
            {
                Warnings.Add(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Flow {flow.Id}: the location '{InputText.Shorten(locations[0].Name)}' (FTS id "
                            + $"{locations[0].Id}) is not in the table of ISO 3166-1 names; the recipient is the "
                            + $"location by its FTS id."
                    )
                );
            }

            return Joined("fts-location-", locations);
        }

        private Party Organisations(FtsFlow flow, List<FtsObject> organisations, string side)
        {
            if (organisations.Count == 0)
            {
                Warnings.Add(
                    FormattableString.Invariant(
                        $"Flow {flow.Id} names no {side} organisation; its donor is '{UnknownParty.Id}'."
                    )
                );
                return UnknownParty;
            }

            return Joined("fts-organization-", organisations);
        }

        private static Party Joined(string prefix, List<FtsObject> objects) =>
            Party.Organisation(
                prefix + string.Join('+', objects.Select(o => Clean(o.Id) ?? "?")),
                string.Join("; ", objects.Select(o => Clean(o.Name) ?? "unnamed"))
            );

        private static string Title(FtsFlow flow) =>
            Clean(flow.Description) is string description
                ? Shorten(description, 200)
                : FormattableString.Invariant($"FTS flow {flow.Id}");

        private ImmutableArray<string> Tags(FtsFlow flow, bool shared)
        {
            var tags = ImmutableArray.CreateBuilder<string>();
            void Add(string prefix, string? value)
            {
                if (Clean(value) is string text)
                {
                    tags.Add(prefix + text);
                }
            }

            void AddValue(string prefix, string? value)
            {
                if (ValueTag(prefix, value) is string tag)
                {
                    tags.Add(tag);
                }
            }

            Add(FlowTag, flow.Id);
            AddValue("fts:status=", flow.Status);
            AddValue("fts:boundary=", flow.Boundary);
            if (shared)
            {
                tags.Add("fts:shared");
            }

            AddValue("fts:flow-type=", flow.FlowType);
            Add(ExchangeRateTag, flow.ExchangeRate?.ToString(CultureInfo.InvariantCulture));
            AddValue("fts:original-currency=", flow.OriginalCurrency);
            Add("fts:original-amount=", flow.OriginalAmount?.ToString(CultureInfo.InvariantCulture));
            Add(PassedOnFromTag, flow.ParentFlowId);
            foreach (string child in flow.ChildFlowIds)
            {
                Add("fts:passed-on-as=", child);
            }

            foreach (FtsObject o in flow.SourceObjects)
            {
                if (Is(o.Type, "Organization") && ObjectTag("fts:source-organization=", o) is string tag)
                {
                    tags.Add(tag);
                }
            }

            foreach (FtsObject o in flow.DestinationObjects)
            {
                string? prefix = o.Type switch
                {
                    "Organization" => "fts:destination-organization=",
                    "Location" => "fts:location=",
                    "UsageYear" => "fts:usage-year=",
                    "Plan" => "fts:plan=",
                    "GlobalCluster" => "fts:global-cluster=",
                    "Cluster" => "fts:cluster=",
                    "Emergency" => "fts:emergency=",
                    "Project" => "fts:project=",
                    _ => null,
                };
                if (prefix is not null && ObjectTag(prefix, o) is string tag)
                {
                    tags.Add(tag);
                }
            }

            return tags.ToImmutable();
        }

        /// <summary>
        /// The tag of a source or destination object (<c>fts:plan=ID NAME</c>; a usage year by its name alone), made
        /// once per
        /// distinct object of the import: the same few hundred objects recur on thousands of flows.
        /// </summary>
        private string? ObjectTag(string prefix, FtsObject o)
        {
            bool year = prefix == "fts:usage-year=";
            (string, string?, string?) key = (prefix, year ? null : o.Id, o.Name);
            if (!_tags.TryGetValue(key, out string? tag))
            {
                tag = Clean(year ? o.Name : string.Concat(o.Id, " ", o.Name)) is string text ? prefix + text : null;
                _tags[key] = tag;
            }

            return tag;
        }

        /// <summary>The tag of a value that recurs (a status, a boundary, a currency), made once per distinct value of
        /// the import.</summary>
        private string? ValueTag(string prefix, string? value)
        {
            if (value is null)
            {
                return null;
            }

            (string, string?, string?) key = (prefix, null, value);
            if (!_tags.TryGetValue(key, out string? tag))
            {
                tag = Clean(value) is string text ? prefix + text : null;
                _tags[key] = tag;
            }

            return tag;
        }

        /// <summary>Text fit for a record: control characters and runs of white space become one space, trimmed;
        /// <c>null</c> when nothing is left.</summary>
        private static string? Clean(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            return AidTracker.Internal.TextCleaning.CollapseWhiteSpace(text);
        }

        private static string Shorten(string text, int length) =>
            text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");
    }
}
