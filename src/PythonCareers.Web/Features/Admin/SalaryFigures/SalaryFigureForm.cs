using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

/// <summary>The edit form: the values as text, and the row version they were loaded at.</summary>
public sealed class SalaryFigureForm : SalaryFigureInput
{
    public uint Version { get; set; }

    public static SalaryFigureForm From(SalaryFigureRecord record, uint version)
    {
        var input = From(record);
        return new SalaryFigureForm
        {
            Role = input.Role,
            Country = input.Country,
            Currency = input.Currency,
            Kind = input.Kind,
            Level = input.Level,
            Period = input.Period,
            Minimum = input.Minimum,
            Average = input.Average,
            Maximum = input.Maximum,
            Source = input.Source,
            AsOf = input.AsOf,
            Derivation = input.Derivation,
            Version = version,
        };
    }
}
