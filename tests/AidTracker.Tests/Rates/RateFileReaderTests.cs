using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

public class RateFileReaderTests
{
    private const string EcbHeader = "Date,USD,JPY,RUB,GBP,\n";
    private static readonly LocalDate February27 = new(2025, 2, 27);

    private static RateTable Ecb(string text, string fileName = "rates.csv") =>
        RateFileReader.ReadEcbCsv(new StringReader(text), fileName);

    private static RateTable Long(string text, RateFileOptions? options = null) =>
        RateFileReader.ReadLongCsv(new StringReader(text), "long.csv", options);

    private static RateTable Imf(string text) => RateFileReader.ReadImfCsv(new StringReader(text), "imf.csv");

    [Fact]
    public void ReadEcbCsvFile_PublishedFormat_ReadsNewestFirstWithNotAvailableAndTrailingCommas()
    {
        RateTable table = RateFileReader.ReadEcbCsvFile(Path.Combine(TestPaths.TestData, "ecb-published-format.csv"));

        table.Name.Should().Be("ECB");
        table.Pivot.Should().Be(Currency.EUR);
        table
            .Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, February27)
            .Rounded.Should()
            .Be(new Money(58_825_751.29m, Currency.USD));
        table
            .GetRate(Currency.USD, Currency.JPY, new LocalDate(2025, 3, 1))
            .Date.Should()
            .Be(new LocalDate(2025, 2, 28));
        table.Coverage.Single().LastDate.Should().Be(new LocalDate(2025, 3, 3));
        table
            .TryGetRate(Currency.FromCode("RUB"), Currency.EUR, February27)
            .Failure!.Reason.Should()
            .Be(RateLookupFailureReason.CurrencyNotCovered, "the RUB column is all N/A");
    }

    [Fact]
    public void ReadEcbCsv_WithoutTrailingCommasOrInAscendingOrder_ReadsTheSame()
    {
        RateTable table = Ecb("Date,USD,JPY\r\n2025-02-26,1.0487,156.7\r\n2025-02-27,1.0477,156.73\r\n");

        table.GetRate(Currency.EUR, Currency.JPY, February27).Value.Should().Be(156.73m);
    }

    [Fact]
    public void ReadEcbCsv_Options_SetNameAndTolerance()
    {
        RateTable table = RateFileReader.ReadEcbCsv(
            new StringReader(EcbHeader + "2025-02-27,1.0477,156.73,N/A,0.82673,\n"),
            "x.csv",
            new RateFileOptions { SourceName = "Mirror", ToleranceDays = 2 }
        );

        table.Name.Should().Be("Mirror");
        table.ToleranceDays.Should().Be(2);
        table.TryGetRate(Currency.EUR, Currency.USD, February27.PlusDays(3)).IsFound.Should().BeFalse();
    }

    [Fact]
    public void ReadEcbCsv_RowWithTooFewValues_ThrowsNamingFileLineAndRow()
    {
        Action act = () => Ecb(EcbHeader + "2025-02-27,1.0477,156.73,N/A,0.82673,\n2025-02-26,1.0487,156.7,N/A,\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage(
                "rates.csv, line 3: The row has 3 rates where the header has 4 currency columns: "
                    + "'2025-02-26,1.0487,156.7,N/A,'."
            )
            .Which.Should()
            .Match<RateFileException>(e =>
                e.FileName == "rates.csv" && e.LineNumber == 3 && e.Value == "2025-02-26,1.0487,156.7,N/A,"
            );
    }

    [Fact]
    public void ReadEcbCsv_RowWithTooManyValues_Throws()
    {
        Action act = () => Ecb(EcbHeader + "2025-02-27,1.0477,156.73,N/A,0.82673,1.5,\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 2: The row has 5 rates where the header has 4*");
    }

    [Fact]
    public void ReadEcbCsv_NonNumericRate_ThrowsNamingLineCurrencyAndValue()
    {
        Action act = () =>
            Ecb(
                EcbHeader
                    + "2025-02-27,1.0477,156,73,N/A,0.82673,\n".Replace("156,73", "156.7x3", StringComparison.Ordinal)
            );

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 2: The JPY rate '156.7x3' is not a number.")
            .Which.Value.Should()
            .Be("156.7x3");
    }

    [Fact]
    public void ReadEcbCsv_ZeroRate_ThrowsSayingNotGreaterThanZero()
    {
        Action act = () => Ecb(EcbHeader + "2025-02-27,0,156.73,N/A,0.82673,\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 2: The USD rate '0' is not greater than zero.");
    }

    [Fact]
    public void ReadEcbCsv_NegativeRate_ThrowsNamingIt()
    {
        Action act = () => Ecb(EcbHeader + "2025-02-27,1.0477,156.73,N/A,-0.82673,\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("*line 2: The GBP rate '-0.82673' is not greater than zero.");
    }

    [Fact]
    public void ReadEcbCsv_DuplicateDate_ThrowsNamingTheDateAndBothLines()
    {
        Action act = () =>
            Ecb(
                EcbHeader
                    + "2025-02-27,"
                    + "1.0477,156.73,"
                    + "N/A,0.82673,"
                    + "\n2025-02-26,1.0487,156.7,N/A,0.82868,\n2025-02-27,1.0478,156.73,N/A,0.82673,\n"
            );

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 4: The date 2025-02-27 appears a second time (the first is on line 2).")
            .Which.LineNumber.Should()
            .Be(4);
    }

    [Fact]
    public void ReadEcbCsv_UnknownCurrencyColumn_ThrowsNamingItOnLineOne()
    {
        Action act = () => Ecb("Date,USD,XYZ,\n2025-02-27,1.0477,1,\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 1: The column 'XYZ' is not a known currency code*")
            .Which.Should()
            .Match<RateFileException>(e => e.LineNumber == 1 && e.Value == "XYZ");
    }

    [Fact]
    public void ReadEcbCsv_EuroColumnOrRepeatedColumn_Throws()
    {
        ((Action)(() => Ecb("Date,USD,EUR,\n2025-02-27,1.0477,1,\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*'EUR'*per 1 EUR*");
        ((Action)(() => Ecb("Date,USD,USD,\n2025-02-27,1.0477,1.0477,\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*'USD' appears twice*");
    }

    [Fact]
    public void ReadEcbCsv_BadDate_ThrowsNamingIt()
    {
        Action act = () => Ecb(EcbHeader + "2025-02-30,1.0477,156.73,N/A,0.82673,\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("rates.csv, line 2: '2025-02-30' is not a date in the form yyyy-MM-dd.");
    }

    [Fact]
    public void ReadEcbCsv_NotAnEcbFile_Throws()
    {
        ((Action)(() => Ecb(string.Empty))).Should().Throw<RateFileException>().WithMessage("*empty*");
        ((Action)(() => Ecb("Day,USD\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*line 1: The first column is 'Day'*");
        ((Action)(() => Ecb("date,base,quote,rate\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*line 1: The column 'base' is not a known currency code*");
        ((Action)(() => Ecb(EcbHeader))).Should().Throw<RateFileException>().WithMessage("*no rows of rates*");
    }

    [Fact]
    public void ReadEcbCsv_ErrorOnTheLastLine_LoadsNothing()
    {
        RateTable? table = null;

        Action act = () =>
            table = Ecb(EcbHeader + "2025-02-27,1.0477,156.73,N/A,0.82673,\n2025-02-26,1.0487,156.7,N/A,zero,\n");

        act.Should().Throw<RateFileException>().WithMessage("*line 3*'zero'*");
        table.Should().BeNull();
    }

    [Fact]
    public void ReadLongCsvFile_RowsEitherWayRound_InfersThePivotAndKeepsPublishedValues()
    {
        RateTable table = RateFileReader.ReadLongCsvFile(Path.Combine(TestPaths.TestData, "long-format.csv"));

        table.Name.Should().Be("long-format");
        table.Pivot.Should().Be(Currency.EUR);
        table
            .Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, February27)
            .Rounded.Should()
            .Be(new Money(58_825_751.29m, Currency.USD));
        ExchangeRate jpyEur = table.GetRate(Currency.JPY, Currency.EUR, new LocalDate(2025, 2, 28));
        jpyEur.Value.Should().Be(0.006371m);
        jpyEur.Derivation.Should().Be(RateDerivation.Direct);
    }

    [Fact]
    public void ReadLongCsv_GivenPivotAndAverageBasis_AreUsed()
    {
        RateTable table = Long(
            "date,base,quote,rate\n2024-01-31,USD,EUR,0.9174\n2024-02-29,USD,EUR,0.9264\n",
            new RateFileOptions
            {
                Basis = RateBasis.MonthlyAverage,
                Pivot = Currency.USD,
                SourceName = "Treasury",
            }
        );

        table.Pivot.Should().Be(Currency.USD);
        table.Basis.Should().Be(RateBasis.MonthlyAverage);
        table
            .GetRate(Currency.USD, Currency.EUR, new LocalDate(2024, 2, 10))
            .Should()
            .Match<ExchangeRate>(r =>
                r.Value == 0.9264m && r.Source == "Treasury" && r.Basis == RateBasis.MonthlyAverage
            );
    }

    [Fact]
    public void ReadLongCsv_RowNotInvolvingThePivot_ThrowsNamingLineAndPair()
    {
        Action act = () =>
            Long(
                "date,base,quote,rate\n2025-02-27,EUR,USD,1.0477\n2025-02-27,EUR,JPY,156.73\n2025-02-27,GBP,JPY,189.6\n"
            );

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("long.csv, line 4: The rate GBP/JPY does not involve EUR*")
            .Which.Value.Should()
            .Be("GBP/JPY");
    }

    [Fact]
    public void ReadLongCsv_DuplicateDateForAPair_ThrowsNamingBothLines()
    {
        Action act = () =>
            Long(
                "date,base,"
                    + "quote,rate\n2025-02-27,EUR,USD,1.0477\n2025-02-28,EUR,USD,1.0411\n2025-02-27,USD,EUR,0.9545\n"
            );

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("long.csv, line 4: A second rate between EUR and USD on 2025-02-27 (the first is on line 2).");
    }

    [Fact]
    public void ReadLongCsv_UnknownCurrency_ThrowsNamingLineAndCode()
    {
        Action act = () => Long("date,base,quote,rate\n2025-02-27,EUR,USD,1.0477\n2025-02-27,EUR,XYZ,2\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("long.csv, line 3: 'XYZ' is not a known currency code*")
            .Which.Value.Should()
            .Be("XYZ");
    }

    [Fact]
    public void ReadLongCsv_NonNumericOrNonPositiveRate_ThrowsNamingTheValue()
    {
        ((Action)(() => Long("date,base,quote,rate\n2025-02-27,EUR,USD,one\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("long.csv, line 2: The EUR/USD rate 'one' is not a number.");
        ((Action)(() => Long("date,base,quote,rate\n2025-02-27,EUR,USD,0.0\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("long.csv, line 2: The EUR/USD rate '0.0' is not greater than zero.");
        ((Action)(() => Long("date,base,quote,rate\n2025-02-27,EUR,USD,-1\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*'-1' is not greater than zero.");
    }

    [Fact]
    public void ReadLongCsv_MalformedRows_ThrowNamingTheLine()
    {
        ((Action)(() => Long("date,base,quote,rate\n2025-02-27,EUR,1.0477\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage(
                "long.csv, line 2: The row '2025-02-27,EUR,1.0477' does not have the 4 fields date,base,quote,rate."
            );
        ((Action)(() => Long("date,base,quote,rate\n27/02/2025,EUR,USD,1.0477\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*line 2: '27/02/2025' is not a date*");
        ((Action)(() => Long("date,base,quote,rate\n2025-02-27,EUR,EUR,1\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*EUR as both base and quote*");
        ((Action)(() => Long("day,from,to,value\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*line 1*'date,base,quote,rate'*");
        ((Action)(() => Long("date,base,quote,rate\n"))).Should().Throw<RateFileException>().WithMessage("*no rates*");
    }

    [Fact]
    public void RateFileOptions_InvalidValues_Throw()
    {
        ((Action)(() => _ = new RateFileOptions { ToleranceDays = -1 }))
            .Should()
            .Throw<ArgumentOutOfRangeException>()
            .WithMessage("*-1*");
        ((Action)(() => _ = new RateFileOptions { Basis = RateBasis.Stated }))
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*Stated*FixedRateSource*");
    }

    private const string ImfHeader = "Date,Rate,Currency,Frequency,Source,Country code,Country\n";

    [Fact]
    public void ReadImfCsv_ConflictingAndMislabelledRows_TakesEachCurrencyFromItsIssuer()
    {
        RateTable table = Imf(
            ImfHeader
                + "2023-12-31,0.924709622987356,EUR,A,IMF,AD,\"Andorra, Principality of\"\n"
                + "2023-12-31,0.9248395584706975,EUR,A,IMF,U2,Euro Area (EA)\n"
                + "2023-12-31,0.924709622987356,EUR,A,IMF,ME,Montenegro\n"
                + "2023-12-31,141.035912702189,USD,A,IMF,HT,Haiti\n"
                + "2023-12-31,1,USD,A,IMF,US,United States\n"
                + "2023-12-31,606.654982255763,XOF,A,IMF,BJ,Benin\n"
                + "2023-12-31,606.569750165917,XOF,A,IMF,BF,Burkina Faso\n"
                + "2023-12-31,606.569750165917,XOF,A,IMF,CI,Cote d'Ivoire\n"
                + "2023-12-31,1.7,XCD,A,IMF,AG,Antigua and Barbuda\n"
                + "2023-12-31,2.7,XCD,A,IMF,DM,Dominica\n"
        );
        var date = new LocalDate(2023, 7, 1);

        table.GetRate(Currency.USD, Currency.EUR, date).Value.Should().Be(0.9248395584706975m);
        table
            .GetRate(Currency.USD, Currency.FromCode("XOF"), date)
            .Value.Should()
            .Be(606.569750165917m, "most rows agree on it");
        table
            .GetRate(Currency.USD, Currency.FromCode("XCD"), date)
            .Value.Should()
            .Be(1.7m, "a tie goes to the first country code (AG)");
        table.TryGetRate(Currency.FromCode("HTG"), Currency.USD, date).IsFound.Should().BeFalse();
        table.Currencies.Count(c => c == Currency.USD).Should().Be(1);
        table.Name.Should().Be("IMF");
    }

    [Fact]
    public void ReadImfCsv_UnitedStatesRowNotOne_ThrowsNamingIt()
    {
        Action act = () => Imf(ImfHeader + "2023-12-31,1.01,USD,A,IMF,US,United States\n");

        act.Should().Throw<RateFileException>().WithMessage("imf.csv, line 2: The United States' USD rate is '1.01'*");
    }

    [Fact]
    public void ReadImfCsv_SecondIssuerRowForAYear_ThrowsNamingBothLines()
    {
        Action act = () =>
            Imf(ImfHeader + "2024-12-31,151.3662913027518,JPY,A,IMF,JP,Japan\n2024-12-31,151.4,JPY,A,IMF,JP,Japan\n");

        act.Should()
            .Throw<RateFileException>()
            .WithMessage("imf.csv, line 3: A second JPY rate of its issuer (JP) for 2024 (the first is on line 2).");
    }

    [Fact]
    public void ReadImfCsv_BadRows_ThrowNamingLineAndValue()
    {
        ((Action)(() => Imf(ImfHeader + "2024-12-31,N/A,JPY,A,IMF,JP,Japan\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("imf.csv, line 2: The JPY rate 'N/A' is not a number.");
        ((Action)(() => Imf(ImfHeader + "2024-12-31,0,JPY,A,IMF,JP,Japan\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*'0' is not greater than zero.");
        ((Action)(() => Imf(ImfHeader + "2024-12-31,151.3,JPY,M,IMF,JP,Japan\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*frequency 'M' is not A*");
        ((Action)(() => Imf(ImfHeader + "2024-12-31,151.3,ABC,A,IMF,JP,Japan\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*'ABC' is not a known currency code*");
        ((Action)(() => Imf(ImfHeader + "2024-12-31,151.3,JPY\n")))
            .Should()
            .Throw<RateFileException>()
            .WithMessage("*line 2*does not have the 7 fields*");
        ((Action)(() => Imf("Date,Rate\n"))).Should().Throw<RateFileException>().WithMessage("imf.csv, line 1*");
    }
}
