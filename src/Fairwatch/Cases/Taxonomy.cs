namespace Fairwatch.Cases;

/// <summary>
/// The one taxonomy of abuses shared by hotline calls, web reports and visit reports, so that
/// cases and trends count the same things. The numbers are stored: never reuse or renumber one.
/// </summary>
public enum AbuseCategory
{
    MedicalNeglect = 1,
    SolitaryConfinement = 2,
    SexualAbuse = 3,
    UseOfForce = 4,
    DenialOfLegalAccess = 5,
    Retaliation = 6,
    FamilySeparation = 7,
    LanguageAccess = 8,
    Conditions = 9,
    DeathInCustody = 10,
    Other = 11,
}

public static class AbuseCategories
{
    public static readonly IReadOnlyList<AbuseCategory> All = Enum.GetValues<AbuseCategory>();

    /// <summary>The English name, which is also the key of its Spanish translation.</summary>
    public static string Name(AbuseCategory category) => category switch
    {
        AbuseCategory.MedicalNeglect => "Medical neglect",
        AbuseCategory.SolitaryConfinement => "Solitary confinement",
        AbuseCategory.SexualAbuse => "Sexual abuse",
        AbuseCategory.UseOfForce => "Use of force",
        AbuseCategory.DenialOfLegalAccess => "Denial of legal access",
        AbuseCategory.Retaliation => "Retaliation",
        AbuseCategory.FamilySeparation => "Family separation",
        AbuseCategory.LanguageAccess => "Language access",
        AbuseCategory.Conditions => "Conditions",
        AbuseCategory.DeathInCustody => "Death in custody",
        _ => "Other",
    };

    /// <summary>Only the categories that exist, once each, in taxonomy order.</summary>
    public static IReadOnlyList<AbuseCategory> Clean(IEnumerable<AbuseCategory>? categories) =>
        [.. (categories ?? []).Where(Enum.IsDefined).Distinct().Order()];
}

public enum CaseSource
{
    HotlineCall = 0,
    WebReport = 1,
    VisitReport = 2,
}

/// <summary>The workflow of a case; <see cref="CaseWorkflow"/> says which step may follow which.</summary>
public enum CaseStatus
{
    New = 0,
    Triaged = 1,
    InFollowUp = 2,
    Referred = 3,
    Closed = 4,
}

public enum CaseUrgency
{
    Routine = 0,
    Urgent = 1,

    /// <summary>Someone's life or safety is at risk now.</summary>
    Emergency = 2,
}

public enum CallerType
{
    PersonDetained = 0,
    Family = 1,
    Lawyer = 2,
    Other = 3,
}

public static class CaseWorkflow
{
    /// <summary>Where a case may go from each status. A closed case can be reopened into follow-up.</summary>
    public static IReadOnlyList<CaseStatus> Next(CaseStatus status) => status switch
    {
        CaseStatus.New => [CaseStatus.Triaged, CaseStatus.Closed],
        CaseStatus.Triaged => [CaseStatus.InFollowUp, CaseStatus.Referred, CaseStatus.Closed],
        CaseStatus.InFollowUp => [CaseStatus.Referred, CaseStatus.Closed],
        CaseStatus.Referred => [CaseStatus.InFollowUp, CaseStatus.Closed],
        _ => [CaseStatus.InFollowUp],
    };

    public static string Name(CaseStatus status) => status switch
    {
        CaseStatus.New => "New",
        CaseStatus.Triaged => "Triaged",
        CaseStatus.InFollowUp => "In follow-up",
        CaseStatus.Referred => "Referred",
        _ => "Closed",
    };

    public static string Name(CaseUrgency urgency) => urgency switch
    {
        CaseUrgency.Urgent => "Urgent",
        CaseUrgency.Emergency => "Emergency",
        _ => "Routine",
    };

    public static string Name(CaseSource source) => source switch
    {
        CaseSource.HotlineCall => "Hotline call",
        CaseSource.WebReport => "Web report",
        _ => "Visit report",
    };

    public static string Name(CallerType caller) => caller switch
    {
        CallerType.PersonDetained => "Person detained",
        CallerType.Family => "Family",
        CallerType.Lawyer => "Lawyer",
        _ => "Other",
    };
}

/// <summary>Where a report stands, in the words its reporter reads (English keys of the Spanish translations).</summary>
public static class ReportStatusText
{
    public static string For(CaseStatus status) => status switch
    {
        CaseStatus.New => "Received: waiting for our hotline staff to read it",
        CaseStatus.Triaged => "Read by our hotline staff",
        CaseStatus.InFollowUp => "Our staff are following it up",
        CaseStatus.Referred => "Passed on to people who can act on it, such as lawyers or an oversight office",
        _ => "Closed: our work on it has ended",
    };
}
