using System.Text.Json;
using AidTracker.Fts.Internal;
using NodaTime;

namespace AidTracker.Fts;

public static partial class FtsReader
{
    private static List<FtsFlow> ReadFlows(ref Utf8JsonReader reader, string name, Action<long>? bytesRead)
    {
        var flows = new List<FtsFlow>();
        var pool = new Utf8StringPool();
        var objectPool = new FtsObjectPool();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw NotAnAnswer(
                    name,
                    FormattableString.Invariant(
                        $"flow {flows.Count + 1} of data.flows is a {reader.TokenType}, not an object"
                    )
                );
            }

            flows.Add(ReadFlow(ref reader, name, flows.Count + 1, pool, objectPool));
            if (bytesRead is not null && (flows.Count & 255) == 0)
            {
                bytesRead(reader.BytesConsumed);
            }
        }

        return flows;
    }

    private static FtsFlow ReadFlow(
        ref Utf8JsonReader reader,
        string name,
        int position,
        Utf8StringPool pool,
        FtsObjectPool objectPool
    )
    {
        string? id = null;
        var flow = new Fields();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = ReadId(ref reader);
            }
            else if (reader.ValueTextEquals("amountUSD"u8))
            {
                flow.AmountUsd = ReadFlowNumber(ref reader, name, position, "amountUSD");
            }
            else if (reader.ValueTextEquals("originalAmount"u8))
            {
                flow.OriginalAmount = ReadFlowNumber(ref reader, name, position, "originalAmount");
            }
            else if (reader.ValueTextEquals("originalCurrency"u8))
            {
                flow.OriginalCurrency = ReadText(ref reader, pool);
            }
            else if (reader.ValueTextEquals("exchangeRate"u8))
            {
                flow.ExchangeRate = ReadFlowNumber(ref reader, name, position, "exchangeRate");
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                flow.Status = ReadText(ref reader, pool);
            }
            else if (reader.ValueTextEquals("date"u8))
            {
                flow.Date = ReadDate(ref reader, name, position);
            }
            else if (reader.ValueTextEquals("boundary"u8))
            {
                flow.Boundary = ReadText(ref reader, pool);
            }
            else if (reader.ValueTextEquals("onBoundary"u8))
            {
                flow.OnBoundary = ReadText(ref reader, pool);
            }
            else if (reader.ValueTextEquals("flowType"u8))
            {
                flow.FlowType = ReadText(ref reader, pool);
            }
            else if (reader.ValueTextEquals("contributionType"u8))
            {
                flow.ContributionType = ReadText(ref reader, pool);
            }
            else if (reader.ValueTextEquals("parentFlowId"u8))
            {
                flow.ParentFlowId = ReadId(ref reader);
            }
            else if (reader.ValueTextEquals("childFlowIds"u8))
            {
                flow.ChildFlowIds = ReadIds(ref reader, name, position, "childFlowIds", pool: null);
            }
            else if (reader.ValueTextEquals("sourceObjects"u8))
            {
                flow.SourceObjects = ReadObjects(ref reader, name, position, "sourceObjects", pool, objectPool);
            }
            else if (reader.ValueTextEquals("destinationObjects"u8))
            {
                flow.DestinationObjects = ReadObjects(
                    ref reader,
                    name,
                    position,
                    "destinationObjects",
                    pool,
                    objectPool
                );
            }
            else if (reader.ValueTextEquals("description"u8))
            {
                flow.Description = ReadText(ref reader);
            }
            else if (reader.ValueTextEquals("refCode"u8))
            {
                flow.RefCode = ReadText(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw NotAnAnswer(name, FormattableString.Invariant($"flow {position} of data.flows has no id"));
        }

        return new FtsFlow(id)
        {
            AmountUsd = flow.AmountUsd,
            OriginalAmount = flow.OriginalAmount,
            OriginalCurrency = flow.OriginalCurrency,
            ExchangeRate = flow.ExchangeRate,
            Status = flow.Status,
            Date = flow.Date,
            Boundary = flow.Boundary,
            OnBoundary = flow.OnBoundary,
            FlowType = flow.FlowType,
            ContributionType = flow.ContributionType,
            ParentFlowId = flow.ParentFlowId,
            ChildFlowIds = flow.ChildFlowIds ?? [],
            SourceObjects = flow.SourceObjects ?? [],
            DestinationObjects = flow.DestinationObjects ?? [],
            Description = flow.Description,
            RefCode = flow.RefCode,
        };
    }

    private static string FlowPath(int position, string property) =>
        FormattableString.Invariant($"data.flows[{position - 1}].{property}");

    private static FtsObject[] ReadObjects(
        ref Utf8JsonReader reader,
        string name,
        int position,
        string property,
        Utf8StringPool pool,
        FtsObjectPool objectPool
    )
    {
        List<FtsObject> objects = objectPool.Scratch;
        objects.Clear();
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw NotAnAnswer(
                name,
                FormattableString.Invariant($"{FlowPath(position, property)} is a {reader.TokenType}, not an array")
            );
        }

        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw NotAnAnswer(
                    name,
                    FormattableString.Invariant(
                        $"{FlowPath(position, property)}[{objects.Count}] is a {reader.TokenType}, not an object"
                    )
                );
            }

            string? type = null,
                id = null,
                objectName = null,
                behavior = null;
            string[] types = [];
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    type = ReadText(ref reader, pool);
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    id = ReadId(ref reader, pool);
                }
                else if (reader.ValueTextEquals("name"u8))
                {
                    objectName = ReadId(ref reader, pool);
                }
                else if (reader.ValueTextEquals("behavior"u8))
                {
                    behavior = ReadText(ref reader, pool);
                }
                else if (reader.ValueTextEquals("organizationTypes"u8))
                {
                    types = ReadIds(ref reader, name, position, property + ".organizationTypes", pool);
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            objects.Add(objectPool.Get(type ?? "", id, objectName, behavior, types));
        }

        return [.. objects];
    }

    private static string[] ReadIds(
        ref Utf8JsonReader reader,
        string name,
        int position,
        string property,
        Utf8StringPool? pool
    )
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw NotAnAnswer(
                name,
                FormattableString.Invariant($"{FlowPath(position, property)} is a {reader.TokenType}, not an array")
            );
        }

        var ids = new List<string>(2);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (IdOf(ref reader, pool) is string id)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    /// <summary>The fields of a flow while it is read.</summary>
    private struct Fields
    {
        public decimal? AmountUsd;
        public decimal? OriginalAmount;
        public string? OriginalCurrency;
        public decimal? ExchangeRate;
        public string? Status;
        public LocalDate? Date;
        public string? Boundary;
        public string? OnBoundary;
        public string? FlowType;
        public string? ContributionType;
        public string? ParentFlowId;
        public IReadOnlyList<string> ChildFlowIds;
        public IReadOnlyList<FtsObject> SourceObjects;
        public IReadOnlyList<FtsObject> DestinationObjects;
        public string? Description;
        public string? RefCode;
    }
}
