using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Skills;
using PythonCareers.Web.Accounts;
using PythonCareers.Web.Areas.Admin.Models;

namespace PythonCareers.Web.Areas.Admin.Controllers;

/// <summary>The skills roles need and postings list; one still in use cannot be deleted.</summary>
[Area("Admin")]
[Route("admin/skills")]
[Authorize(Roles = CareerRoles.EditorOrAdmin)]
public sealed class SkillsController(AppDbContext db, SkillEditing editing, IValidator<SkillForm> validator) : Controller
{
    private const string EditorView = "Edit";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Skills.OrderBy(s => s.Name)
            .Select(s => new SkillRow(s.Id, s.Slug, s.Name, s.Category, s.Roles.Count))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => View(EditorView, new SkillEditorViewModel(new SkillForm()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(SkillForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.SkillId = 0;
        if (!await IsValidAsync(form, cancellationToken))
        {
            return Invalid(form);
        }

        await editing.CreateAsync(form, User.ToAuditActor(), cancellationToken);
        return Redirect("/admin/skills");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var skill = await editing.FindAsync(id, cancellationToken);
        return skill is null ? NotFound() : View(EditorView, new SkillEditorViewModel(SkillForm.From(skill)));
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
        if (!await IsValidAsync(form, cancellationToken))
        {
            return Invalid(form);
        }

        if (await editing.SaveAsync(skill, form, User.ToAuditActor(), cancellationToken))
        {
            return Redirect("/admin/skills");
        }

        var current = (await editing.FindAsync(id, cancellationToken))!;
        form.Version = current.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(EditorView, new SkillEditorViewModel(form)
        {
            SavedMeanwhile = [new("Slug", current.Slug), new("Name", current.Name), new("Group", current.Category.DisplayName()), new("Description", current.Description)],
        });
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
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(EditorView, new SkillEditorViewModel(SkillForm.From(skill)) { Refusal = refusal });
        }

        await editing.DeleteAsync(skill, User.ToAuditActor(), cancellationToken);
        return Redirect("/admin/skills");
    }

    private async Task<bool> IsValidAsync(SkillForm form, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        return ModelState.IsValid;
    }

    private ViewResult Invalid(SkillForm form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(EditorView, new SkillEditorViewModel(form));
    }
}
