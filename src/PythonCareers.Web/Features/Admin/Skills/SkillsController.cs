using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.Skills;

/// <summary>The skills roles need and postings list; one still in use cannot be deleted.</summary>
[Route("admin/skills")]
public sealed class SkillsController(AppDbContext db, SkillEditing editing) : AdminController(db)
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
        if (!ModelState.IsValid)
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

        if (!ModelState.IsValid)
        {
            return Editor(new SkillEditorViewModel(form), StatusCodes.Status400BadRequest);
        }

        var result = await editing.SaveAsync(skill, form, User.ToAuditActor(), cancellationToken);
        if (result.Outcome == EditOutcome.Saved)
        {
            return RedirectToAction(nameof(Index));
        }

        form.Version = result.StoredVersion;
        return Editor(new SkillEditorViewModel(form) { Conflict = result.Stored }, StatusCodes.Status409Conflict);
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var skill = await editing.FindAsync(id, cancellationToken);
        if (skill is null)
        {
            return NotFound();
        }

        var form = SkillForm.From(skill);
        var result = await editing.DeleteAsync(skill, User.ToAuditActor(), cancellationToken);
        return result.Outcome == EditOutcome.Saved
            ? RedirectToAction(nameof(Index))
            : Editor(new SkillEditorViewModel(form) { Refusal = result.Reason }, StatusCodes.Status409Conflict);
    }
}
