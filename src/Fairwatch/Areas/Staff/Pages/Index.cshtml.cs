using Fairwatch.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages;

public sealed record StaffSection(string Name, string Description, string Path, string Policy);

public sealed class IndexModel(StaffDirectory directory, UserManager<StaffUser> users, IAuthorizationService authorization) : PageModel
{
    /// <summary>Every staff section that exists; the dashboard lists those the user's roles open.</summary>
    public static readonly IReadOnlyList<StaffSection> AllSections =
    [
        new("Campaigns", "Campaign pages, their ladder of actions, impact figures, updates and partners.", "/staff/campaigns", StaffPolicies.Campaigns),
        new("Films", "The video library: films, their facts and players, and the issues they are tagged with.", "/staff/films", StaffPolicies.Campaigns),
        new("Blog", "Posts and their authors, facts with sources, and sample posts to share.", "/staff/blog", StaffPolicies.Campaigns),
        new("Comments", "Read comments before they appear; trust or ban addresses.", "/staff/comments", StaffPolicies.Campaigns),
        new("Press room", "Press releases, coverage in the news and the media kit.", "/staff/press", StaffPolicies.Campaigns),
        new("Actions", "Letters, calls and posts to lawmakers: write them, deliver every letter, see the figures.", "/staff/actions", StaffPolicies.Campaigns),
        new("Events", "Screenings and other events, their replies and waiting lists, and requests to host a screening.", "/staff/events", StaffPolicies.Campaigns),
        new("Petitions", "Petitions, their counts and updates, signature exports and delivery documents.", "/staff/petitions", StaffPolicies.Campaigns),
        new("Detention facilities", "The facility registry: import ICE's statistics, add facilities anywhere, correct their facts.", "/staff/facilities", StaffPolicies.Facilities),
        new("Cases", "Hotline calls, anonymous web reports and visit concerns: the queue, follow-up tasks and notes.", "/staff/cases", StaffPolicies.Cases),
        new("Hotline", "Log a call to the hotline as a new case.", "/staff/hotline/call", StaffPolicies.Hotline),
        new("Visits", "Your groups' visits to come: sign up, give a place back, get a reminder the day before.", "/staff/slots", StaffPolicies.Visits),
        new("Visit reports", "File what you saw on a visit; coordinators read every report.", "/staff/visits", StaffPolicies.Visits),
        new("Volunteers", "Applications to visit people in detention: screening, training, and inviting active volunteers.", "/staff/volunteers", StaffPolicies.Volunteers),
        new("Visitation groups", "Groups adopt facilities and publish visits; coordinators add their volunteers.", "/staff/groups", StaffPolicies.Volunteers),
        new("Pledges", "Pledges and their allies: who is featured on the home page, and exports.", "/staff/pledges", StaffPolicies.Campaigns),
        new("Photo walls", "Photos sent to the campaigns' walls, waiting for approval.", "/staff/photos", StaffPolicies.Campaigns),
        new("Sign-ups and sharing", "Subscribers to the updates lists and their exports, and the actions shared links brought in.", "/staff/signups", StaffPolicies.Campaigns),
        new("Users and roles", "Invite staff, assign roles, disable accounts.", "/staff/admin/users", StaffPolicies.Administration),
        new("Security", "Choose which roles must use two-factor sign-in.", "/staff/admin/security", StaffPolicies.Administration),
        new("Outbox", "E-mail waiting to be sent, sent, or failed.", "/staff/admin/outbox", StaffPolicies.Administration),
        new("Audit log", "Who opened, exported or changed which sensitive record, and when.", "/staff/admin/audit", StaffPolicies.Administration),
    ];

    public StaffMember Member { get; private set; } = null!;

    public IReadOnlyList<StaffSection> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var member = await directory.FindAsync(users.GetUserId(User)!);
        if (member is null)
        {
            return Challenge();
        }

        Member = member;
        var open = new List<StaffSection>();
        foreach (var section in AllSections)
        {
            if ((await authorization.AuthorizeAsync(User, section.Policy)).Succeeded)
            {
                open.Add(section);
            }
        }

        Sections = open;
        return Page();
    }
}
