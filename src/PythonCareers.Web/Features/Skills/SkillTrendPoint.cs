using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Features.Skills;

/// <summary>
/// One week on a skill's trend, at <see cref="X"/> (a share of the width), its dot at <see cref="Y"/> pixels down, or no
/// dot for a week nobody counted; <see cref="Labelled"/> weeks print their date under the axis.
/// </summary>
public sealed record SkillTrendPoint(string Date, string X, int? Y, bool Labelled, SkillDemandFigure? Figure);
