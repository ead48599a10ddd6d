using Microsoft.Playwright;
using PythonCareers.Browser.Tests.Infrastructure;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Journeys;

/// <summary>
/// The recruiter's journey with the keyboard alone: Tab and Shift+Tab to move, Enter and Space to act, typing into whatever
/// has the focus. After every key that moves the focus, the focused control must show a focus indicator and be in view.
/// </summary>
public sealed class KeyboardJourneyTests(BrowserSite site) : Journey(site)
{
    private const string Email = "keys@snakeoil.example";
    private const string Title = "Senior Django Developer";
    private const string ChangedTitle = "Lead Django Developer";

    /// <summary>More presses than any page here needs to reach a control from the one before it.</summary>
    private const int MostPresses = 120;

    /// <summary>
    /// Where the focus is, for a target element: whether it has the focus, the focused element's name (unique within a
    /// form), and what is wrong with how it shows, or an empty string: it must draw an outline or a box shadow (the site's
    /// :focus-visible style) and be on the screen. One call per key press, as the page is asked after every one.
    /// </summary>
    private const string FocusOnTarget = """
        target => {
            const element = document.activeElement;
            const control = element ? element.tagName + ':' + (element.id || element.name + '=' + element.value) : '';
            if (!element || element === document.body) return { IsTarget: false, Control: control, Problem: 'nothing has the focus' };
            const style = getComputedStyle(element);
            const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadowed = style.boxShadow !== 'none';
            const box = element.getBoundingClientRect();
            const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
            const shown = element.outerHTML.slice(0, 160);
            const problem = !outlined && !shadowed ? 'no focus indicator on ' + shown : !inView ? 'out of view: ' + shown : '';
            return { IsTarget: element === target, Control: control, Problem: problem };
        }
        """;

    /// <summary>Every control of the form the focus is in that a keyboard must be able to reach, named as above.</summary>
    private const string ControlsOfFocusedForm = """
        () => [...document.activeElement.form.elements]
            .filter(e => !e.disabled && e.type !== 'hidden' && e.tagName !== 'FIELDSET')
            .map(e => e.tagName + ':' + (e.id || e.name + '=' + e.value))
        """;

    [Fact]
    public async Task A_recruiter_signs_up_posts_fixes_and_changes_a_job_with_the_keyboard_alone_and_always_sees_the_focus()
    {
        await Page.GotoAsync("/");
        await ActivateAsync(MainNavigation(Page).GetByRole(AriaRole.Link, new() { Name = "Sign in" }));
        await ActivateAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Create a recruiter account" }));
        await TypeIntoAsync(Page.GetByLabel("Work email"), Email);
        await TypeIntoAsync(Page.GetByLabel("Password"), Visitor.StrongPassword);
        await TypeIntoAsync(Page.GetByLabel("Name", new() { Exact = true }), "Snake Oil GmbH");
        await TypeIntoAsync(Page.GetByLabel("Website"), "https://snakeoil.example");
        await TypeIntoAsync(Page.GetByLabel("What the company does"), "We build Python tools.");
        await ActivateAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }));
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Follow the link in it to confirm the address");

        await Page.GotoAsync(CareersSite.LinkIn(Assert.Single(await Site.MailToAsync(Email)), "/account/confirm-email").AbsoluteUri);
        await ActivateAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }), "Space");
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Your address is confirmed.");

        await ActivateAsync(MainNavigation(Page).GetByRole(AriaRole.Link, new() { Name = "Sign in" }));
        await TypeIntoAsync(Page.GetByLabel("Email"), Email);
        await TypeIntoAsync(Page.GetByLabel("Password"), Visitor.StrongPassword);
        await ActivateAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Your postings");
        await ActivateAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Post a new role" }));

        // The form filled in its own order; every control of it, from the title to the draft button, is reached with Tab.
        var title = Page.GetByLabel("Title", new() { Exact = true });
        var reached = await TabToAsync(title);
        var controls = await Page.EvaluateAsync<string[]>(ControlsOfFocusedForm);
        await Page.Keyboard.TypeAsync(Title);
        reached.AddRange(await ChooseAsync(Page.GetByLabel("Role profile"), "Python Web", "Python Web Developer"));
        reached.AddRange(await ChooseAsync(Page.GetByLabel("Employment type"), "Full", "Full-time"));
        reached.AddRange(await ChooseAsync(Page.GetByLabel("Level", new() { Exact = true }), "Senior", "Senior"));
        reached.AddRange(await TypeIntoAsync(Page.GetByLabel("City"), "Berlin"));
        reached.AddRange(await ChooseAsync(Page.GetByLabel("Country", new() { Exact = true }), "Germany", "Germany"));
        reached.AddRange(await ChooseAsync(Page.GetByLabel("Workplace"), "Hybrid", "Hybrid"));
        reached.AddRange(await TypeIntoAsync(Page.GetByLabel("From", new() { Exact = true }), "70000"));
        reached.AddRange(await TypeIntoAsync(Page.GetByLabel("To", new() { Exact = true }), "7000"));
        reached.AddRange(await ChooseAsync(Page.GetByLabel("Currency"), "EUR", "EUR"));
        reached.AddRange(await ChooseAsync(Page.GetByLabel("Per", new() { Exact = true }), "year", "year"));
        reached.AddRange(await TypeIntoAsync(Page.GetByLabel("Description (Markdown)"), "Build **Django** services for our platform."));
        var django = Page.GetByRole(AriaRole.Checkbox, new() { Name = "Django", Exact = true });
        reached.AddRange(await ActivateAsync(django, "Space"));
        await Assertions.Expect(django).ToBeCheckedAsync();
        reached.AddRange(await TypeIntoAsync(Page.GetByLabel("Application page"), "https://jobs.snakeoil.example/apply"));
        reached.AddRange(await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" })));
        Assert.Empty(controls.Except(reached));

        // One step back to the button that sends the posting for review.
        var send = Page.GetByRole(AriaRole.Button, new() { Name = "Save and send for review" });
        await ActivateAsync(send, backwards: true);

        // The refused form puts the focus on the field to correct; the keyboard user replaces its value where they land.
        var highest = Page.GetByLabel("To", new() { Exact = true });
        await Assertions.Expect(highest).ToBeFocusedAsync();
        await Assertions.Expect(highest).ToHaveAccessibleDescriptionAsync("The highest pay must not be below the lowest.");
        Assert.Equal("", (await highest.EvaluateAsync<Focus>(FocusOnTarget)).Problem);
        await Page.Keyboard.PressAsync("ControlOrMeta+A");
        await Page.Keyboard.TypeAsync("90000");

        // Enter in a field sends the form with its first button, as it would for any keyboard user.
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync(Title);
        await Assertions.Expect(Content(Page)).ToContainTextAsync("In review");

        await using (var editing = await EditorAsync())
        {
            await ApproveAsync(editing.Pages[0], Title);
        }

        // The live posting changed from the keyboard: the live version stays until the change is approved.
        await Page.ReloadAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Published");
        await ActivateAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }));
        await TabToAsync(title);
        await Page.Keyboard.PressAsync("ControlOrMeta+A");
        await Page.Keyboard.TypeAsync(ChangedTitle);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Your changes are waiting for review.");
        await ActivateAsync(Page.GetByRole(AriaRole.Link, new() { Name = "See it as job seekers do" }));
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync(Title);
    }

    /// <summary>Tabs to <paramref name="target"/> and presses <paramref name="key"/> on it: Enter for a link or a button, Space for a button or a checkbox.</summary>
    private async Task<List<string>> ActivateAsync(ILocator target, string key = "Enter", bool backwards = false)
    {
        var passed = await TabToAsync(target, backwards);
        await Page.Keyboard.PressAsync(key);
        return passed;
    }

    private async Task<List<string>> TypeIntoAsync(ILocator field, string text)
    {
        var passed = await TabToAsync(field);
        await Page.Keyboard.TypeAsync(text);
        return passed;
    }

    /// <summary>Tabs to a select and types the start of an option's text, as a keyboard user picks from a closed list.</summary>
    private async Task<List<string>> ChooseAsync(ILocator select, string typed, string option)
    {
        var passed = await TabToAsync(select);
        await Page.Keyboard.TypeAsync(typed);
        await Assertions.Expect(select.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveJSPropertyAsync("selected", true);
        return passed;
    }

    /// <summary>
    /// Presses Tab (or Shift+Tab) until <paramref name="target"/> has the focus, checking after each press that the focus
    /// shows; answers every control the focus passed through, the target last.
    /// </summary>
    private async Task<List<string>> TabToAsync(ILocator target, bool backwards = false)
    {
        var passed = new List<string>();
        var focus = await target.EvaluateAsync<Focus>(FocusOnTarget);
        while (!focus.IsTarget)
        {
            Assert.True(passed.Count < MostPresses, $"{MostPresses} presses of Tab did not reach {target}; they reached {string.Join(", ", passed)}.");
            await Page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            focus = await target.EvaluateAsync<Focus>(FocusOnTarget);
            Assert.Equal("", focus.Problem);
            passed.Add(focus.Control);
        }

        return passed;
    }

    /// <summary>What <see cref="FocusOnTarget"/> answers; Playwright fills it from the script's object, by its property names.</summary>
    private sealed class Focus
    {
        public bool IsTarget { get; init; }

        public string Control { get; init; } = "";

        public string Problem { get; init; } = "";
    }
}
