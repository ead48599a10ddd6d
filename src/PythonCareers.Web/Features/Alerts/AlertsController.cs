using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PythonCareers.Core;
using PythonCareers.Core.Alerts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Mail;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Alerts;

/// <summary>
/// Job alerts, without an account: subscribe to a search, confirm from the mail, manage every alert of the address from a
/// signed link, and unsubscribe in one click (RFC 8058). Every answer is the same whether the address has alerts or not.
/// </summary>
[Route("alerts")]
public sealed class AlertsController(AppDbContext db, JobAlerts alerts, MailOutbox outbox, AlertLinks links, TimeProvider clock) : Controller
{
    private const string CheckYourEmail = "If that address can have another alert, we have sent it a link to confirm this one. Nothing is sent until it is followed.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The form behind "Email me new jobs like these": the search comes in the query string, as on /jobs.</summary>
    [HttpGet("new")]
    public IActionResult New([FromQuery] JobSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!ModelState.IsValid)
        {
            return Invalid(query, new AlertForm());
        }

        return View(new NewAlertViewModel(query.ToCriteria(), new AlertForm()));
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.Alerts)]
    public async Task<IActionResult> Create([FromForm] JobSearchQuery query, AlertForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return Invalid(query, form);
        }

        var search = query.ToCriteria();
        await db.InOneTransactionAsync(
            async () =>
            {
                if (await alerts.SubscribeAsync(form.Email!, search, form.Frequency, cancellationToken) is not { } alert)
                {
                    return false;
                }

                outbox.Queue(
                    alert.Email,
                    "Confirm your PythonCareers job alert",
                    $"Someone asked for {alert.Frequency.ToString().ToLowerInvariant()} emails with new Python jobs matching {AlertWording.Describe(alert.Search)}.\n\nIf it was you, confirm here:\n\n{links.Confirm(alert)}\n\nIf it was not you, ignore this email: nothing will be sent, and the request is forgotten after {JobAlerts.UnconfirmedLifetime.Days} days.\n\nAll alerts of this address:\n\n{links.Manage(alert.Email)}\n",
                    links.Unsubscribe(alert));
                return true;
            },
            cancellationToken);

        ViewData["Title"] = "Check your email";
        return View("Message", CheckYourEmail);
    }

    /// <summary>The emailed link shows a button and changes nothing: mail scanners open links on their own.</summary>
    [HttpGet("confirm")]
    public IActionResult Confirm(string? token) =>
        links.ConfirmedAlert(token) is null ? BadLink() : View(new TokenForm { Token = token });

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(TokenForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (links.ConfirmedAlert(form.Token) is not { } key || await alerts.FindAsync(key, cancellationToken) is not { } alert)
        {
            return BadLink();
        }

        alert.Confirm(Now);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(Manage), new { token = links.ManageToken(alert.Email) });
    }

    [HttpGet("manage")]
    public async Task<IActionResult> Manage(string? token, CancellationToken cancellationToken)
    {
        if (links.ManagedAddress(token) is not { } email)
        {
            return BadLink();
        }

        return View(new ManageAlertsViewModel(email, token!, await alerts.OfAddressAsync(email, cancellationToken)));
    }

    [HttpPost("manage")]
    public async Task<IActionResult> Manage(ManageAlertForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (links.ManagedAddress(form.Token) is not { } email)
        {
            return BadLink();
        }

        if (form.Action == ManageAlertAction.ForgetMe)
        {
            await db.InOneTransactionAsync(
                async () =>
                {
                    await alerts.ForgetAddressAsync(email, cancellationToken);
                    return true;
                },
                cancellationToken);
            ViewData["Title"] = "Forgotten";
            return View("Message", "Every alert of this address and every mail we kept for it are deleted.");
        }

        // Only the address's own alerts: another address's key is not found here.
        var alert = (await alerts.OfAddressAsync(email, cancellationToken)).SingleOrDefault(a => a.Key == form.Alert);
        if (alert is null)
        {
            return NotFound();
        }

        switch (form.Action)
        {
            case ManageAlertAction.Pause:
                alert.Pause(Now);
                break;
            case ManageAlertAction.Resume:
                alert.Resume(Now);
                break;
            case ManageAlertAction.Daily or ManageAlertAction.Weekly:
                alert.ChangeFrequency(form.Action == ManageAlertAction.Daily ? AlertFrequency.Daily : AlertFrequency.Weekly, Now);
                break;
            case ManageAlertAction.Delete:
                db.JobAlerts.Remove(alert);
                break;
            default:
                return BadRequest();
        }

        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(Manage), new { token = form.Token });
    }

    /// <summary>The unsubscribe link opened in a browser: a button, and nothing changed yet.</summary>
    [HttpGet("unsubscribe")]
    public IActionResult Unsubscribe(string? token) =>
        links.UnsubscribedAlert(token) is null ? BadLink() : View(new TokenForm { Token = token });

    /// <summary>
    /// RFC 8058 one-click unsubscribe: mail clients POST here without cookies or a form of ours, so no antiforgery token
    /// can be asked for; the signed token in the address is what proves the right to it.
    /// </summary>
    [HttpPost("unsubscribe")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Unsubscribe([FromQuery] string? token, CancellationToken cancellationToken)
    {
        if (links.UnsubscribedAlert(token) is not { } key)
        {
            return BadLink();
        }

        if (await alerts.FindAsync(key, cancellationToken) is { } alert)
        {
            db.JobAlerts.Remove(alert);
            await db.SaveChangesAsync(cancellationToken);
        }

        ViewData["Title"] = "Unsubscribed";
        return View("Message", "You will get no more mail from this alert.");
    }

    private ViewResult Invalid(JobSearchQuery query, AlertForm form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var search = ModelState.Where(e => e.Value?.Errors.Count > 0).All(e => e.Key is nameof(AlertForm.Email) or nameof(AlertForm.Frequency))
            ? query.ToCriteria()
            : JobSearchCriteria.Everything;
        return View(nameof(New), new NewAlertViewModel(search, form));
    }

    private ViewResult BadLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Title"] = "This link does not work";
        return View("Message", "This link has expired, was changed, or was never ours. The newest mail about your alerts has links that work.");
    }
}
