using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.Skills;

/// <summary>The skills roles need and postings list; one still in use cannot be deleted.</summary>
[Route("admin/skills")]
public sealed class SkillsController(AppDbContext db, SkillEditing editing, IValidator<SkillForm> validator) : ContentEditorController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Db.Skills.OrderBy(s => s.Name)
            .Select(s => new SkillRow(s.Id, s.Slug, s.Name, s.Category, s.Roles.Count))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => Editor(new SkillEditorViewModel(new SkillForm()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(SkillForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.SkillId = 0;
        if (!await IsValidAsync(validator, form, cancellationToken))
        {
            return Editor(new SkillEditorViewModel(form), StatusCodes.Status400BadRequest);
        }

        await editing.CreateAsync(form, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var skill = await editing.FindAsync(id, cancellationToken);
        return skill is null ? NotFound() : Editor(new SkillEditorViewModel(SkillForm.From(skill)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, SkillForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var skill = await editing.FindAsync(id, cancellationToken);
        if (skill is null)
        {
            return NotFound();
        }

        form.SkillId = id;
        if (!await IsValidAsync(validator, form, cancellationToken))
        {
            return Editor(new SkillEditorViewModel(form), StatusCodes.Status400BadRequest);
        }

        if (await editing.SaveAsync(skill, form, User.ToAuditActor(), cancellationToken))
        {
            return RedirectToAction(nameof(Index));
        }

        var current = (await editing.FindAsync(id, cancellationToken))!;
        form.Version = current.Version;
        var savedMeanwhile = new SavedValue[] { new("Slug", current.Slug), new("Name", current.Name), new("Group", current.Category.DisplayName()), new("Description", current.Description) };
        return Editor(new SkillEditorViewModel(form) { SavedMeanwhile = savedMeanwhile }, StatusCodes.Status409Conflict);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var skill = await editing.FindAsync(id, cancellationToken);
        if (skill is null)
        {
            return NotFound();
        }

        if (await editing.WhereUsedAsync(skill, cancellationToken) is { } refusal)
        {
            return Editor(new SkillEditorViewModel(SkillForm.From(skill)) { Refusal = refusal }, StatusCodes.Status409Conflict);
        }

        await editing.DeleteAsync(skill, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}
