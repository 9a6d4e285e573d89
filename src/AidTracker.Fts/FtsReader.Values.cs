using System.Globalization;
using System.Text.Json;
using AidTracker.Fts.Internal;
using NodaTime;
using NodaTime.Text;

namespace AidTracker.Fts;

// The values inside a flow: ids, text, numbers, counts and dates, each read with the path of the property in its error.
public static partial class FtsReader
{
    /// <summary>Reads a string, or a number as its text (FTS writes some ids as numbers); <c>null</c> for
    /// null.</summary>
    private static string? ReadId(ref Utf8JsonReader reader, Utf8StringPool? pool = null)
    {
        Next(ref reader);
        return IdOf(ref reader, pool);
    }

    /// <summary>The current string or number as text, through <paramref name="pool"/> when given (values that
    /// repeat).</summary>
    private static string? IdOf(ref Utf8JsonReader reader, Utf8StringPool? pool = null) =>
        reader.TokenType switch
        {
            JsonTokenType.String => pool is null ? reader.GetString() : pool.Get(ref reader),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new InvalidOperationException(
                FormattableString.Invariant($"Expected a string or a number, found a {reader.TokenType}.")
            ),
        };

    private static string? ReadText(ref Utf8JsonReader reader, Utf8StringPool? pool = null)
    {
        Next(ref reader);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        return IdOf(ref reader, pool);
    }

    private static decimal? ReadNumber(ref Utf8JsonReader reader, string name, string path)
    {
        Next(ref reader);
        return TryNumber(ref reader, out decimal? value) ? value : throw NotANumber(ref reader, name, path);
    }

    /// <summary>A flow's number; its JSON path is only written out for the error.</summary>
    private static decimal? ReadFlowNumber(ref Utf8JsonReader reader, string name, int position, string property)
    {
        Next(ref reader);
        return TryNumber(ref reader, out decimal? value)
            ? value
            : throw NotANumber(ref reader, name, FlowPath(position, property));
    }

    private static bool TryNumber(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal number))
        {
            value = number;
            return true;
        }

        if (
            reader.TokenType == JsonTokenType.String
            && decimal.TryParse(
                reader.GetString(),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out number
            )
        )
        {
            value = number;
            return true;
        }

        return false;
    }

    private static FtsFormatException NotANumber(ref Utf8JsonReader reader, string name, string path) =>
        NotAnAnswer(
            name,
            FormattableString.Invariant(
                $"{path} is not a number: {(reader.TokenType is JsonTokenType.String or JsonTokenType.Number
            ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan)
            : reader.TokenType.ToString())}"
            )
        );

    private static int? ReadCount(ref Utf8JsonReader reader, string name, string path)
    {
        decimal? value = ReadNumber(ref reader, name, path);
        if (value is null)
        {
            return null;
        }

        if (value < 0 || value > int.MaxValue || decimal.Truncate(value.Value) != value)
        {
            throw NotAnAnswer(name, FormattableString.Invariant($"{path} is not a count: {value}"));
        }

        return (int)value.Value;
    }

    private static LocalDate? ReadDate(ref Utf8JsonReader reader, string name, int position)
    {
        string? text = ReadText(ref reader);
        if (text is null)
        {
            return null;
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text.Length >= 10 ? text[..10] : text);
        if (!result.Success || (text.Length > 10 && text[10] != 'T'))
        {
            throw NotAnAnswer(
                name,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{FlowPath(position, "date")} is not an ISO date-time: "
                        + $"\"{AidTracker.Internal.InputText.Shorten(text)}\""
                )
            );
        }

        return result.Value;
    }
}
