using AidTracker.Aggregation;

namespace AidTracker.Tests.Aggregation;

/// <summary>The user's table of income groups by recipient and year, and its errors.</summary>
public class IncomeGroupTableTests
{
    private const string Groups =
        "recipient,year,income-group\n# Ukraine: lower-middle income, upper-middle from "
        + "2025\nUKR,2022,lmic\nUKR,2025,UMIC\n\nXM-DAC-41114,2000,multilateral\n";

    [Theory]
    [InlineData("UKR", 2022, IncomeGroup.LowerMiddleIncome)]
    [InlineData("UKR", 2024, IncomeGroup.LowerMiddleIncome)]
    [InlineData("UKR", 2025, IncomeGroup.UpperMiddleIncome)]
    [InlineData("UKR", 2031, IncomeGroup.UpperMiddleIncome)]
    public void Find_YearOnOrAfterARow_GivesThatRowsRule(string recipient, int year, IncomeGroup expected)
    {
        IncomeGroupTable table = IncomeGroupTable.Parse(Groups, "groups.csv");

        table.Find(Party.Country(recipient), year).Should().Be(LoanDiscountRule.Dac(expected));
        table.Description.Should().Be("income groups from groups.csv (3 rows)");
    }

    [Fact]
    public void Find_BeforeTheFirstRowOrAnotherRecipient_IsNull()
    {
        IncomeGroupTable table = IncomeGroupTable.Parse(Groups);

        table.Find(Party.Country("UKR"), 2021).Should().BeNull();
        table.Find(Party.Country("MDA"), 2023).Should().BeNull();
        table.Find(Party.Organisation("XM-DAC-41114", "UNDP"), 2023)!.DiscountRate.Should().Be(0.05m);
    }

    [Fact]
    public void ForAll_GivesEveryRecipientTheRule()
    {
        IncomeGroupTable table = IncomeGroupTable.ForAll(IncomeGroup.LowerMiddleIncome);

        table.Find(Party.Country("MDA"), 1990)!.DiscountRate.Should().Be(0.07m);
        table.Description.Should().Be("lmic for every recipient");
        IncomeGroupTable
            .ForAll(LoanDiscountRule.Custom(0.05m))
            .Find(Party.Country("UKR"), 2022)!
            .MinimumGrantElement.Should()
            .Be(0m);
    }

    [Theory]
    [InlineData(
        "recipient,year,group\nUKR,2022,lmic",
        "line 1: expected the header recipient,year,income-group; found 'recipient,year,group'"
    )]
    [InlineData(
        "recipient,year,income-group\nUKR,2022,hic",
        "line 2: 'hic' is not an income group; expected ldc, lic, lmic, umic or multilateral"
    )]
    [InlineData("recipient,year,income-group\nUKR,22a,lmic", "line 2: '22a' is not a year")]
    [InlineData("recipient,year,income-group\nUKR,2022", "line 2: expected 3 fields")]
    [InlineData("recipient,year,income-group\nUKR,2022,lmic\nUKR,2022,umic", "line 3: UKR has a row for 2022 already")]
    [InlineData("", "the file is empty")]
    public void Parse_BadFile_NamesTheFileLineAndValue(string text, string message)
    {
        Action act = () => IncomeGroupTable.Parse(text, "groups.csv");

        act.Should().Throw<FormatException>().WithMessage("groups.csv*" + message + "*");
    }
}
