using FluentValidation;

namespace PythonCareers.Core.Salaries.Editing;

public enum ImportOutcome
{
    Add,
    Change,
    Unchanged,
    Refused,
}

/// <summary>One row of an import as the preview shows it: its number in the file, its values, what applying it does, and its errors by column.</summary>
public sealed record ImportRow(int Number, SalaryFigureInput Input, ImportOutcome Outcome, int? FigureId, IReadOnlyList<(string Field, string Message)> Errors);

public sealed record ImportPreview(string? Problem, IReadOnlyList<ImportRow> Rows)
{
    public bool CanApply => Problem is null && Rows.Count > 0 && Rows.All(r => r.Outcome != ImportOutcome.Refused);

    public int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}

/// <summary>
/// Checks an uploaded CSV of salary figures row by row, with the same rules as the form. Rows are matched to live figures by
/// key (role, country, kind, level, period, source, as-of date): a match changes that figure, no match adds one; the same
/// key twice in one file is refused. Nothing is written here.
/// </summary>
public sealed class SalaryImport(IValidator<SalaryFigureInput> validator, SalaryFigureEditor editor)
{
    public async Task<ImportPreview> PreviewAsync(byte[] content, CancellationToken cancellationToken)
    {
        var (inputs, problem) = SalaryCsv.Read(content);
        if (problem is not null)
        {
            return new ImportPreview(problem, []);
        }

        var live = await editor.LiveRecordsByKeyAsync(cancellationToken);
        var seen = new Dictionary<SalaryFigureKey, int>();
        var rows = new List<ImportRow>(inputs.Count);
        for (var index = 0; index < inputs.Count; index++)
        {
            var number = index + 1;
            var input = inputs[index];
            var result = await validator.ValidateAsync(input, cancellationToken);
            if (!result.IsValid)
            {
                rows.Add(new ImportRow(number, input, ImportOutcome.Refused, null, [.. result.Errors.Select(e => (e.PropertyName, e.ErrorMessage))]));
                continue;
            }

            var record = input.ToRecord();
            if (seen.TryGetValue(record.Key, out var first))
            {
                rows.Add(new ImportRow(number, input, ImportOutcome.Refused, null,
                    [("Row", $"Duplicate of row {first}: the same role, country, kind, level, period, source and as-of date.")]));
                continue;
            }

            seen[record.Key] = number;
            rows.Add(live.TryGetValue(record.Key, out var existing)
                ? new ImportRow(number, input, existing.Record == record ? ImportOutcome.Unchanged : ImportOutcome.Change, existing.Id, [])
                : new ImportRow(number, input, ImportOutcome.Add, null, []));
        }

        return new ImportPreview(null, rows);
    }
}
