using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Tests.Roles;

public sealed class CareerFactTests
{
    private static readonly DataSource Source = new("fm-2022", "freelancermap", "Guide", null, new DateOnly(2022, 11, 1), DatePrecision.Month, new DateOnly(2026, 11, 24));

    [Theory]
    [InlineData(CareerFactKind.WhyPython)]
    [InlineData(CareerFactKind.SharedActivity)]
    public void A_fact_keeps_its_kind_place_and_text(CareerFactKind kind)
    {
        var fact = new CareerFact(kind, 3, "  Python is taught first.  ", Source);

        Assert.Equal((kind, 3, "Python is taught first."), (fact.Kind, fact.Position, fact.Text));
    }

    [Fact]
    public void A_fact_of_no_known_kind_is_refused() =>
        Assert.Throws<DomainRuleException>(() => new CareerFact((CareerFactKind)7, 1, "Python is taught first.", Source));

    [Fact]
    public void A_fact_starts_at_position_one() =>
        Assert.Throws<DomainRuleException>(() => new CareerFact(CareerFactKind.WhyPython, 0, "Python is taught first.", Source));
}
