using System.Text;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

/// <summary>Rate files read as streams: bounded lines, NUL characters, encodings, and messages that quote input
/// briefly.</summary>
public class RateFileReaderLimitsTests
{
    private const string EcbHeader = "Date,USD,JPY,RUB,GBP,\n";
    private const string LongHeader = "date,base,quote,rate\n";
    private const string ImfHeader = "Date,Rate,Currency,Frequency,Source,Country code,Country\n";

    /// <summary>How far a reader may read into an endless line before it must have given up: the line bound plus a
    /// buffer's worth.</summary>
    private const long EndlessReadBound = RateFileReader.MaxLineLength + (64 * 1024);

    private static readonly LocalDate February27 = new(2025, 2, 27);

    public static TheoryData<string> Formats => ["ecb", "long", "imf"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_EndlessLineAfterTheHeader_ThrowsNamingLineTwoWithoutReadingTheRest(string format)
    {
        var endless = new EndlessReader(Header(format) + "2025-02-27,", '7', EndlessReadBound * 4);

        Action act = () => Read(format, endless);

        RateFileException e = act.Should().Throw<RateFileException>().Which;
        e.LineNumber.Should().Be(2);
        e.Message.Should()
            .StartWith("rates.csv, line 2: The line is longer than 65,536 characters")
            .And.EndWith("it starts '2025-02-27," + new string('7', 69) + "…'.");
        e.Message.Length.Should().BeLessThan(300);
        e.Value.Length.Should().Be(81);
        endless
            .CharactersRead.Should()
            .BeLessThan(EndlessReadBound, "the reader stops at the line bound instead of reading the line whole");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_EndlessNulCharacters_ThrowsOnLineOneSayingItIsNotText(string format)
    {
        var zeros = new EndlessReader(string.Empty, '\0', EndlessReadBound * 4);

        Action act = () => Read(format, zeros);

        RateFileException e = act.Should().Throw<RateFileException>().Which;
        e.LineNumber.Should().Be(1);
        e.Message.Should()
            .StartWith(
                @"rates.csv, line 1: The line holds a NUL character (\0) at position 1: this is not a text CSV file (a "
                    + @"binary file, or UTF-16 without a byte-order mark: save it as UTF-8). The line starts '\0\0\0"
            );
        e.Message.Length.Should().BeLessThan(400);
        zeros.CharactersRead.Should().BeLessThan(EndlessReadBound);
    }

    [Fact]
    public void ReadEcbCsvFile_DevZero_FailsFastWithBoundedMemory()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "/dev/zero exists on Linux and macOS only.");
        long before = GC.GetAllocatedBytesForCurrentThread();

        Action act = () => RateFileReader.ReadEcbCsvFile("/dev/zero");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage(@"/dev/zero, line 1: The line holds a NUL character (\0) at position 1*");
        (GC.GetAllocatedBytesForCurrentThread() - before)
            .Should()
            .BeLessThan(4L * 1024 * 1024, "the reader holds at most one line of 64 Ki characters");
    }

    [Fact]
    public void ReadLongCsv_LineOfExactlyTheLimit_IsRead()
    {
        string row = "2025-02-27,EUR,USD,1.0477";
        string padded = row + new string(' ', RateFileReader.MaxLineLength - row.Length);

        RateTable table = RateFileReader.ReadLongCsv(new StringReader(LongHeader + padded + "\r\n"), "rates.csv");

        table.GetRate(Currency.EUR, Currency.USD, February27).Value.Should().Be(1.0477m);
    }

    [Fact]
    public void ReadLongCsv_LineOneCharacterOverTheLimit_Throws()
    {
        string row = "2025-02-27,EUR,USD,1.0477";
        string padded = row + new string(' ', RateFileReader.MaxLineLength + 1 - row.Length);

        Action act = () => RateFileReader.ReadLongCsv(new StringReader(LongHeader + padded + "\n"), "rates.csv");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 2: The line is longer than 65,536 characters*");
    }

    [Fact]
    public void ReadEcbCsv_ReadInTinyPiecesWithCrLf_ReadsTheSameAsWhole()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.TestData, "ecb-published-format.csv"))
            .ReplaceLineEndings("\r\n");

        RateTable whole = RateFileReader.ReadEcbCsv(new StringReader(text), "ecb.csv");
        RateTable trickled = RateFileReader.ReadEcbCsv(new TrickleReader(text, 7), "ecb.csv");

        trickled
            .Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, February27)
            .Rounded.Should()
            .Be(new Money(58_825_751.29m, Currency.USD));
        trickled.Coverage.Should().BeEquivalentTo(whole.Coverage);
    }

    [Fact]
    public void ReadEcbCsv_RealFileReadInOddPieces_GivesTheSameRatesAsTheEmbeddedSource()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.DataDir, "ecb-eurofxref-hist.csv"));

        RateTable trickled = RateFileReader.ReadEcbCsv(new TrickleReader(text, 4093), "ecb.csv");

        trickled.Coverage.Should().BeEquivalentTo(ExchangeRateSources.Ecb.Coverage);
        trickled.GetRate(Currency.EUR, Currency.JPY, February27).Value.Should().Be(156.73m);
    }

    [Fact]
    public void ReadEcbCsvFile_Utf16WithByteOrderMark_ReadsLikeUtf8()
    {
        string path = Path.Combine(Path.GetTempPath(), "aidtracker-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, EcbHeader + "2025-02-27,1.0477,156.73,N/A,0.82673,\n", Encoding.Unicode);

            RateTable table = RateFileReader.ReadEcbCsvFile(path);

            table.GetRate(Currency.EUR, Currency.USD, February27).Value.Should().Be(1.0477m);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadEcbCsvFile_Utf16WithoutByteOrderMark_ThrowsSayingSaveAsUtf8()
    {
        string path = Path.Combine(Path.GetTempPath(), "aidtracker-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllBytes(
                path,
                new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(
                    EcbHeader + "2025-02-27,1.0477,156.73,N/A,0.82673,\n"
                )
            );

            Action act = () => RateFileReader.ReadEcbCsvFile(path);

            act.Should()
                .Throw<RateFileException>()
                .WithMessage(
                    @"*line 1: The line holds a NUL character (\0) at position 2*UTF-16 without a byte-order mark: "
                        + @"save it as UTF-8*'D\0a\0t\0e\0*"
                );
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadLongCsv_HugeBadField_QuotesEightyCharactersThenEllipsis()
    {
        string rate = new('9', 200);

        Action act = () =>
            RateFileReader.ReadLongCsv(
                new StringReader(LongHeader + "2025-02-27,EUR,USD,1.x" + rate + "\n"),
                "rates.csv"
            );

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 2: The EUR/USD rate '1.x" + new string('9', 77) + "…' is not a number.");
    }

    [Fact]
    public void ReadImfCsv_ControlCharactersInAField_AreShownAsEscapes()
    {
        Action act = () =>
            RateFileReader.ReadImfCsv(
                new StringReader(ImfHeader + "2024-12-31,1\u001F5,JPY,A,IMF,JP,Japan\n"),
                "imf.csv"
            );

        act.Should()
            .Throw<RateFileException>()
            .WithMessage(@"imf.csv, line 2: The JPY rate '1\u001F5' is not a number.");
    }

    [Fact]
    public void ReadEcbCsv_HugeUnknownColumn_QuotesItShort()
    {
        Action act = () =>
            RateFileReader.ReadEcbCsv(new StringReader("Date,USD," + new string('Q', 5000) + ",\n"), "rates.csv");

        act.Should()
            .Throw<RateFileException>()
            .Which.Message.Should()
            .Contain("'" + new string('Q', 80) + "…' is not a known currency code");
        act.Should().Throw<RateFileException>().Which.Message.Length.Should().BeLessThan(200);
    }

    private static string Header(string format) =>
        format switch
        {
            "ecb" => EcbHeader,
            "long" => LongHeader,
            _ => ImfHeader,
        };

    private static RateTable Read(string format, TextReader reader) =>
        format switch
        {
            "ecb" => RateFileReader.ReadEcbCsv(reader, "rates.csv"),
            "long" => RateFileReader.ReadLongCsv(reader, "rates.csv"),
            _ => RateFileReader.ReadImfCsv(reader, "rates.csv"),
        };

    /// <summary>A prefix, then one character without end; fails the test (rather than hanging it) past <c>limit</c>
    /// characters.</summary>
    private sealed class EndlessReader(string prefix, char fill, long limit) : TextReader
    {
        public long CharactersRead { get; private set; }

        public override int Peek() => CharactersRead < prefix.Length ? prefix[(int)CharactersRead] : fill;

        public override int Read()
        {
            int c = Peek();
            CharactersRead++;
            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (CharactersRead > limit)
            {
                throw new InvalidOperationException(
                    $"Read {CharactersRead} characters of an endless input: the reader does not stop at the line bound."
                );
            }

            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = CharactersRead < prefix.Length ? prefix[(int)CharactersRead] : fill;
                CharactersRead++;
            }

            return buffer.Length;
        }
    }

    /// <summary>Gives the text at most <c>piece</c> characters per read, to split lines and <c>\r\n</c> across
    /// reads.</summary>
    private sealed class TrickleReader(string text, int piece) : TextReader
    {
        private int _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            int n = Math.Min(Math.Min(piece, buffer.Length), text.Length - _position);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
