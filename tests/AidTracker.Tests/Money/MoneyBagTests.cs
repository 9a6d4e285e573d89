namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

public class MoneyBagTests
{
    private static readonly Money Package = new(8_800_000_000m, Currency.JPY);
    private static readonly QualifiedMoney Cumulative = new(
        new Money(12_400_000_000m, Currency.USD),
        AmountQualifier.AtLeast
    );

    private static void ShouldEqual(MoneyBag actual, MoneyBag expected)
    {
        actual.Should().Equal(expected);
        actual.Equals(expected).Should().BeTrue();
    }

    [Fact]
    public void Add_DifferentCurrencies_KeepsOneSumEachOrderedByCode()
    {
        MoneyBag bag =
            MoneyBag.Empty
            + new Money(5m, Currency.USD)
            + Package
            + new Money(2m, Currency.EUR)
            + new Money(1m, Currency.USD);

        bag.Count.Should().Be(3);
        bag.Select(s => s.Currency.Code).Should().Equal("EUR", "JPY", "USD");
        bag[Currency.USD].Money.Should().Be(new Money(6m, Currency.USD));
        bag[Currency.JPY].Money.Should().Be(Package);
        bag.Currencies.Should().Equal(Currency.EUR, Currency.JPY, Currency.USD);
    }

    [Fact]
    public void Add_IsImmutable()
    {
        MoneyBag first = MoneyBag.Empty.Add(Package);
        MoneyBag second = first.Add(Package);

        first[Currency.JPY].Amount.Should().Be(8_800_000_000m);
        second[Currency.JPY].Amount.Should().Be(17_600_000_000m);
    }

    [Fact]
    public void Add_QualifiedAmount_CombinesQualifiersPerCurrency()
    {
        MoneyBag bag = MoneyBag.Empty.Add(Cumulative).Add(new Money(58_825_751.29m, Currency.USD)).Add(Package);

        bag[Currency.USD]
            .Should()
            .Be(new QualifiedMoney(new Money(12_458_825_751.29m, Currency.USD), AmountQualifier.AtLeast));
        bag[Currency.JPY].Qualifier.Should().Be(AmountQualifier.Exact);
        bag.Add(new QualifiedMoney(new Money(1m, Currency.USD), AmountQualifier.AtMost))[Currency.USD]
            .Qualifier.Should()
            .Be(AmountQualifier.Approximately);
    }

    [Fact]
    public void Indexer_AbsentCurrency_IsExactZeroOfThatCurrency()
    {
        MoneyBag bag = MoneyBag.Empty.Add(Package);

        bag[Currency.EUR].Should().Be(new QualifiedMoney(Money.Zero(Currency.EUR)));
        bag.TryGetValue(Currency.EUR, out _).Should().BeFalse();
        bag.Contains(Currency.EUR).Should().BeFalse();
        bag.TryGetValue(Currency.JPY, out QualifiedMoney yen).Should().BeTrue();
        yen.Money.Should().Be(Package);
    }

    [Fact]
    public void Default_IsEmpty()
    {
        MoneyBag bag = default;

        bag.IsEmpty.Should().BeTrue();
        bag.Count.Should().Be(0);
        bag.Should().BeEmpty();
        ShouldEqual(bag, MoneyBag.Empty);
        bag.ToString().Should().Be("(empty)");
    }

    [Fact]
    public void Add_SumBackToZero_KeepsTheCurrency()
    {
        MoneyBag bag = MoneyBag.Empty.Add(new Money(5m, "EUR")).Add(new Money(-5m, "EUR"));

        bag.Contains(Currency.EUR).Should().BeTrue();
        bag[Currency.EUR].Money.IsZero.Should().BeTrue();
    }

    [Fact]
    public void Builder_AccumulatesInPlaceAndSnapshots()
    {
        MoneyBagBuilder builder = MoneyBag.CreateBuilder();
        builder.Add(Package).Add(Cumulative).Add(new Money(-2_000m, Currency.EUR));
        MoneyBag snapshot = builder.ToMoneyBag();
        builder.Add(Package);

        builder.Count.Should().Be(3);
        snapshot[Currency.JPY].Amount.Should().Be(8_800_000_000m);
        builder.ToMoneyBag()[Currency.JPY].Amount.Should().Be(17_600_000_000m);
        snapshot.ToString().Should().Be("EUR -2,000.00; JPY 8,800,000,000; over USD 12,400,000,000.00");
    }

    [Fact]
    public void Builder_MatchesRepeatedAdd()
    {
        Money[] amounts = [Package, new Money(1.5m, "USD"), new Money(2m, "EUR"), new Money(-0.5m, "USD")];

        MoneyBag viaAdd = amounts.Aggregate(MoneyBag.Empty, (bag, m) => bag + m);

        ShouldEqual(MoneyBag.From(amounts), viaAdd);
        ShouldEqual(MoneyBag.From(amounts.Select(m => new QualifiedMoney(m))), viaAdd);
        ShouldEqual(viaAdd.ToBuilder().ToMoneyBag(), viaAdd);
    }

    [Fact]
    public void AddBag_MergesCurrencyByCurrency()
    {
        MoneyBag left = MoneyBag.Empty + Package + new Money(1m, "USD");
        MoneyBag right = MoneyBag.Empty + Cumulative + new Money(3m, "EUR");

        MoneyBag merged = left + right;

        ShouldEqual(merged, right + left);
        merged[Currency.USD]
            .Should()
            .Be(new QualifiedMoney(new Money(12_400_000_001m, Currency.USD), AmountQualifier.AtLeast));
        merged.Count.Should().Be(3);
        ShouldEqual(left + MoneyBag.Empty, left);
        ShouldEqual(MoneyBag.Empty + left, left);
    }

    [Fact]
    public void Equals_ComparesCurrenciesAmountsAndQualifiers()
    {
        MoneyBag a = MoneyBag.Empty + new Money(1.0m, "USD");
        MoneyBag b = MoneyBag.Empty + new Money(1.00m, "USD");

        ShouldEqual(a, b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == b).Should().BeTrue();
        (a != (MoneyBag.Empty + new QualifiedMoney(new Money(1m, "USD"), AmountQualifier.AtLeast))).Should().BeTrue();
        (a == (MoneyBag.Empty + new Money(1m, "EUR"))).Should().BeFalse();
    }

    [Fact]
    public void Add_Overflow_Throws()
    {
        MoneyBag bag = MoneyBag.Empty + new Money(decimal.MaxValue, "USD");

        Action act = () => _ = bag + new Money(decimal.MaxValue, "USD");

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void TryGetValue_NullCurrency_Throws()
    {
        Action act = () => MoneyBag.Empty.TryGetValue(null!, out _);

        act.Should().Throw<ArgumentNullException>().WithParameterName("currency");
    }
}
