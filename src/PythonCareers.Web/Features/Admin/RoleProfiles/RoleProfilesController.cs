using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Admin.RoleProfiles;

/// <summary>Role profiles: everything their public pages show, their slugs (old ones keep working) and whether seekers see them at all.</summary>
[Route("admin/roles")]
public sealed class RoleProfilesController(AppDbContext db, RoleEditing editing, MarkdownRenderer markdown)
    : AdminController(db)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Db.RoleProfiles.OrderBy(r => r.SortOrder).ThenBy(r => r.Title)
            .Select(r => new RoleRow(r.Id, r.Slug, r.Title, r.IsPublished))
            .ToListAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var form = new RoleForm
        {
            DataSourceId = await FirstSourceIdAsync(cancellationToken),
            SortOrder = (await Db.RoleProfiles.MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? 0) + 1,
        };
        return Editor(await EditorAsync(form, null, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(RoleForm form, string? intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (intent == "preview" || !ModelState.IsValid)
        {
            return await ReshowAsync(form, null, intent, cancellationToken);
        }

        var role = await editing.CreateAsync(form, User.ToAuditActor(), cancellationToken);
        return RedirectToAction(nameof(Edit), new { id = role.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var role = await editing.FindAsync(id, cancellationToken);
        return role is null ? NotFound() : Editor(await EditorAsync(RoleForm.From(role), role, cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save(int id, RoleForm form, string? intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var role = await editing.FindAsync(id, cancellationToken);
        if (role is null)
        {
            return NotFound();
        }

        if (intent == "preview" || !ModelState.IsValid)
        {
            return await ReshowAsync(form, role, intent, cancellationToken);
        }

        var result = await editing.SaveAsync(role, form, User.ToAuditActor(), cancellationToken);
        if (result.Outcome == EditOutcome.Saved)
        {
            return RedirectToAction(nameof(Index));
        }

        form.Version = result.StoredVersion;
        var current = (await editing.FindAsync(id, cancellationToken))!;
        return Editor(await EditorAsync(form, current, cancellationToken) with { Conflict = result.Stored }, StatusCodes.Status409Conflict);
    }

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) => SetPublishedAsync(id, publish: true, cancellationToken);

    [HttpPost("{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) => SetPublishedAsync(id, publish: false, cancellationToken);

    private async Task<IActionResult> SetPublishedAsync(int id, bool publish, CancellationToken cancellationToken)
    {
        var role = await editing.FindAsync(id, cancellationToken);
        if (role is null)
        {
            return NotFound();
        }

        return (await editing.PublishAsync(role, publish, User.ToAuditActor(), cancellationToken)).Outcome == EditOutcome.Saved
            ? RedirectToAction(nameof(Edit), new { id })
            : Refusal("Saved by someone else", "Another editor saved this role at the same moment. Open it again to see its current state.");
    }

    /// <summary>The form again, as sent: with the Markdown rendered for a preview (200), or with the messages next to the fields (400).</summary>
    private async Task<IActionResult> ReshowAsync(RoleForm form, RoleProfile? stored, string? intent, CancellationToken cancellationToken)
    {
        var model = await EditorAsync(form, stored, cancellationToken);
        // A preview shows the text as it would be stored, so a value the binder or the validator refused gets its message (400) instead.
        if (intent == "preview" && ModelState.IsValid)
        {
            return Editor(model with
            {
                DescriptionPreview = markdown.ToSafeHtml(form.Description ?? ""),
                BackgroundPreview = markdown.ToSafeHtml(form.BackgroundAndEducation ?? ""),
            });
        }

        return Editor(model, StatusCodes.Status400BadRequest);
    }

    private async Task<RoleEditorViewModel> EditorAsync(RoleForm form, RoleProfile? stored, CancellationToken cancellationToken)
    {
        var choices = new RoleChoices(
            await SourcesAsync(cancellationToken),
            await Db.Skills.OrderBy(s => s.Name).Select(s => Choice.For(s.Id, s.Name)).ToListAsync(cancellationToken),
            await Db.CareerAreas.OrderBy(a => a.SortOrder).Select(a => Choice.For(a.Id, a.Name)).ToListAsync(cancellationToken),
            await Db.RoleProfiles.Where(r => r.Id != form.RoleId).OrderBy(r => r.SortOrder).Select(r => Choice.For(r.Id, r.Title)).ToListAsync(cancellationToken));
        return new RoleEditorViewModel(form, choices) { Stored = stored is null ? null : new RoleRow(stored.Id, stored.Slug, stored.Title, stored.IsPublished) };
    }
}
