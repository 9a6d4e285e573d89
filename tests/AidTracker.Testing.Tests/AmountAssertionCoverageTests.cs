using System.Reflection;
using System.Runtime.CompilerServices;
using AidTracker.Aggregation;

namespace AidTracker.Testing.Tests;

/// <summary>
/// The guard of issue 13: a user who writes <c>x.Should().Be("USD 58,825,751.29")</c> on an amount must get
/// AidTracker's assertions, not FluentAssertions' object comparison (which compiles and always fails). Reflection only,
/// no Roslyn.
/// </summary>
public class AmountAssertionCoverageTests
{
    /// <summary>The types that are amounts: a public property of one of these exposes an amount.</summary>
    private static readonly Type[] AmountTypes =
    [
        typeof(Money),
        typeof(QualifiedMoney),
        typeof(MoneyBag),
        typeof(SummaryTotal),
    ];

    [Fact]
    public void Should_EveryAmountTypeOfAPublicProperty_HasItsOwnShouldExtension()
    {
        HashSet<Type> covered = ShouldTargets();

        string[] missing =
        [
            .. AmountProperties()
                .Where(p => !covered.Contains(Unwrap(p.PropertyType)))
                .Select(p => p.DeclaringType!.Name + "." + p.Name + " (" + Unwrap(p.PropertyType).Name + ")")
                .Order(StringComparer.Ordinal),
        ];

        missing
            .Should()
            .BeEmpty(
                "every public property that holds an amount needs a Should() in AidTracker.Testing "
                    + "(AidTrackerAssertionExtensions)"
            );
    }

    /// <summary>
    /// The result types issue 13 names get their own <c>Should()</c> too. Records and rows that hold an amount (a
    /// commitment, a summary group, a cumulative point, a debt-service period ...) are asserted on through their amount
    /// properties (<c>group.Total.Should()</c>), which the test above guards.
    /// </summary>
    [Theory]
    [InlineData(typeof(Summary))]
    [InlineData(typeof(SummaryTotal))]
    [InlineData(typeof(MoneyBag))]
    [InlineData(typeof(Reconciliation))]
    [InlineData(typeof(AidTracker.Rates.Conversion))]
    [InlineData(typeof(QualifiedMoney))]
    public void Should_ResultTypeThatHoldsAnAmount_HasItsOwnShouldExtension(Type resultType)
    {
        AmountProperties().Select(p => p.DeclaringType).Should().Contain(resultType, "the type exposes an amount");

        ShouldTargets().Should().Contain(resultType);
    }

    [Fact]
    public void AmountProperties_OfTheLibrary_IncludeTheResultTypesOfIssue13()
    {
        string[] found = [.. AmountProperties().Select(p => p.DeclaringType!.Name + "." + p.Name)];

        found
            .Should()
            .Contain([
                "Summary.Total",
                "SummaryGroup.Total",
                "CumulativePoint.Total",
                "Reconciliation.Computed",
                "Conversion.Rounded",
                "Commitment.Amount",
            ]);
    }

    /// <summary>Every public property (instance or static) of a public type of AidTracker whose type is an amount type
    /// or a nullable one.</summary>
    private static IEnumerable<PropertyInfo> AmountProperties() =>
        typeof(Money)
            .Assembly.GetExportedTypes()
            .SelectMany(t =>
                t.GetProperties(
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly
                )
            )
            .Where(p => AmountTypes.Contains(Unwrap(p.PropertyType)));

    /// <summary>The types that have a <c>Should()</c> extension in AidTracker.Testing.</summary>
    private static HashSet<Type> ShouldTargets() =>
        [
            .. typeof(AidTrackerAssertionExtensions)
                .Assembly.GetExportedTypes()
                .Where(t => t.IsDefined(typeof(ExtensionAttribute), false))
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.Name == "Should" && m.IsDefined(typeof(ExtensionAttribute), false))
                .Select(m => Unwrap(m.GetParameters()[0].ParameterType)),
        ];

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
