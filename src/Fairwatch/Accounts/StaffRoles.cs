namespace Fairwatch.Accounts;

/// <summary>Staff roles. Each staff section names the roles that may open it; nobody gets a section by default.</summary>
public static class StaffRoles
{
    public const string Administrator = "Administrator";
    public const string CampaignStaff = "CampaignStaff";
    public const string HotlineStaff = "HotlineStaff";
    public const string VisitCoordinator = "VisitCoordinator";
    public const string Volunteer = "Volunteer";
    public const string DataAnalyst = "DataAnalyst";

    public static readonly IReadOnlyList<string> All =
        [Administrator, CampaignStaff, HotlineStaff, VisitCoordinator, Volunteer, DataAnalyst];

    /// <summary>Roles that can read sensitive records (cases, reports, the audit log): they always sign in with two factors, whatever the setting says.</summary>
    public static readonly IReadOnlyList<string> ReadSensitiveRecords = [Administrator, HotlineStaff, VisitCoordinator];

    /// <summary>Roles that use two-factor sign-in until an administrator says otherwise.</summary>
    public static readonly IReadOnlyList<string> TwoFactorByDefault = [.. ReadSensitiveRecords, DataAnalyst];

    public static string Describe(string role) => role switch
    {
        Administrator => "Users, roles, security settings and the outbox",
        CampaignStaff => "Campaigns, films, posts, actions and supporters",
        HotlineStaff => "Hotline calls, reports and case follow-up",
        VisitCoordinator => "Visitation groups, volunteers and visit slots",
        Volunteer => "Visit sign-up and visit reports",
        DataAnalyst => "Trends, complaints and dashboards",
        _ => role,
    };

    public static string DisplayName(string role) => role switch
    {
        CampaignStaff => "Campaign staff",
        HotlineStaff => "Hotline staff",
        VisitCoordinator => "Visit coordinator",
        DataAnalyst => "Data analyst",
        _ => role,
    };
}

/// <summary>Authorization policy names, one per staff section.</summary>
public static class StaffPolicies
{
    public const string AnyStaff = "staff";
    public const string Administration = "staff.admin";
    public const string Campaigns = "staff.campaigns";
    public const string Hotline = "staff.hotline";
    public const string Visits = "staff.visits";
    public const string Data = "staff.data";
    public const string Facilities = "staff.facilities";
    public const string Cases = "staff.cases";
    public const string Volunteers = "staff.volunteers";

    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [AnyStaff] = [.. StaffRoles.All],
        [Administration] = [StaffRoles.Administrator],
        [Campaigns] = [StaffRoles.Administrator, StaffRoles.CampaignStaff],
        [Hotline] = [StaffRoles.Administrator, StaffRoles.HotlineStaff],
        [Visits] = [StaffRoles.Administrator, StaffRoles.VisitCoordinator, StaffRoles.Volunteer],
        [Data] = [StaffRoles.Administrator, StaffRoles.DataAnalyst, StaffRoles.HotlineStaff],
        // The registry is public information; those who follow facilities keep it right.
        [Facilities] = [StaffRoles.Administrator, StaffRoles.VisitCoordinator, StaffRoles.HotlineStaff],
        // Cases hold what people told us in confidence: those who follow them up, and nobody else.
        [Cases] = [StaffRoles.Administrator, StaffRoles.HotlineStaff, StaffRoles.VisitCoordinator],
        // Applicants' contact details and coordinators' notes about them.
        [Volunteers] = [StaffRoles.Administrator, StaffRoles.VisitCoordinator],
    };
}
