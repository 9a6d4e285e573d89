using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AidTracker.Serialization;

/// <summary>Enums as kebab-case names; an unknown name is an error that lists the allowed ones.</summary>
/// <typeparam name="T">The enum (values 0..n-1 in the order of the names).</typeparam>
internal abstract class KebabEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly string _what;
    private readonly T[] _values; // by index: names[i].Value's position among values 0..n-1
    private readonly byte[][] _utf8;
    private readonly JsonEncodedText[] _encoded;
    private readonly string _allowed;

    protected KebabEnumConverter(string what, (T Value, string Name)[] names)
    {
        _what = what;
        _values = new T[names.Length];
        _utf8 = new byte[names.Length][];
        _encoded = new JsonEncodedText[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            int index = Convert.ToInt32(names[i].Value, CultureInfo.InvariantCulture);
            _values[index] = names[i].Value;
            _utf8[index] = Encoding.UTF8.GetBytes(names[i].Name);
            _encoded[index] = JsonEncodedText.Encode(names[i].Name);
        }

        _allowed = string.Join(", ", names.Select(n => n.Name));
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new LedgerJsonValueException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A {_what} must be one of the strings {_allowed}; not "
                        + $"{LedgerJsonConverters.Describe(reader.TokenType)}."
                )
            );
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            ReadOnlySpan<byte> text = reader.ValueSpan;
            for (int i = 0; i < _utf8.Length; i++)
            {
                if (text.SequenceEqual(_utf8[i]))
                {
                    return FromInt(i);
                }
            }
        }
        else
        {
            byte[] text = Encoding.UTF8.GetBytes(reader.GetString()!);
            for (int i = 0; i < _utf8.Length; i++)
            {
                if (text.AsSpan().SequenceEqual(_utf8[i]))
                {
                    return FromInt(i);
                }
            }
        }

        throw new LedgerJsonValueException(
            FormattableString.Invariant(
                $"'{Internal.InputText.Shorten(reader.GetString())}' is not a {_what}; expected one of: {_allowed}."
            )
        );
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_encoded[ToInt(value)]);

    private int ToInt(T value)
    {
        // A handful of values: a linear search with the enum's own comparer (no boxing) is as quick as a table.
        T[] values = _values;
        for (int i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(values[i], value))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(value),
            value,
            FormattableString.Invariant($"{value} is not a {_what}.")
        );
    }

    private T FromInt(int value) => _values[value];
}

internal sealed class QualifierConverter() : KebabEnumConverter<AmountQualifier>("qualifier", KebabNames.Qualifiers);

internal sealed class StageConverter() : KebabEnumConverter<CommitmentStage>("stage", KebabNames.Stages);

internal sealed class CategoryConverter() : KebabEnumConverter<AidCategory>("category", KebabNames.Categories);

internal sealed class InstrumentConverter() : KebabEnumConverter<AidInstrument>("instrument", KebabNames.Instruments);

internal sealed class AgreementKindConverter()
    : KebabEnumConverter<AgreementKind>("kind of agreement", KebabNames.AgreementKinds);

internal sealed class DisbursementKindConverter()
    : KebabEnumConverter<DisbursementKind>("kind of disbursement", KebabNames.DisbursementKinds);

internal sealed class RepaymentProfileConverter()
    : KebabEnumConverter<RepaymentProfile>("repayment profile", KebabNames.RepaymentProfiles);
