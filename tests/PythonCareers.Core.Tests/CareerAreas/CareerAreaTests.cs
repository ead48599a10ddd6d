using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Tests.CareerAreas;

public sealed class CareerAreaTests
{
    private static readonly DataSource Source = new("tp-2026", "Tutorialspoint", "Daily work", null, new DateOnly(2026, 3, 26), DatePrecision.Day, new DateOnly(2026, 11, 24));

    [Fact]
    public void Editing_changes_every_field()
    {
        var area = new CareerArea("web-development", "Web Development", "Back ends.", 1, Source);

        area.Edit("web", "The Web", "Back ends and APIs.", 3, Source);

        Assert.Equal(new CareerAreaSnapshot("web", "The Web", "Back ends and APIs.", 3, "tp-2026"), area.Snapshot());
    }

    [Fact]
    public void A_bad_edit_changes_nothing()
    {
        var area = new CareerArea("web-development", "Web Development", "Back ends.", 1, Source);

        Assert.Throws<DomainRuleException>(() => area.Edit("web", "The Web", new string('x', CareerArea.TextMaxLength + 1), 3, Source));
        Assert.Throws<DomainRuleException>(() => area.Edit("web--dev", "The Web", "Back ends.", 3, Source));

        Assert.Equal(new CareerAreaSnapshot("web-development", "Web Development", "Back ends.", 1, "tp-2026"), area.Snapshot());
    }
}
