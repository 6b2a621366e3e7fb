using System.Text.RegularExpressions;
using System.Xml.Linq;
using Fairwatch.Accounts;
using Fairwatch.Areas.Staff.Pages;
using Fairwatch.Areas.Staff.Pages.Admin;

namespace Fairwatch.Tests.Web;

/// <summary>Every UI string the code asks the localizer for has a Spanish translation.</summary>
public sealed partial class TranslationTests
{
    private static readonly string SourceRoot = Path.Combine(RepositoryRoot(), "src", "Fairwatch");

    [Fact]
    public void Every_string_used_in_pages_and_code_has_a_spanish_translation()
    {
        var spanish = SpanishKeys();
        var used = UsedKeys();

        Assert.True(used.Count > 100, $"Found only {used.Count} strings; the scan is broken.");
        var missing = used.Where(k => !spanish.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Missing from Resources/SharedResource.es.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_spanish_entry_is_still_used()
    {
        var used = UsedKeys();
        var stale = SpanishKeys().Where(k => !used.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, "Unused in Resources/SharedResource.es.resx:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Every_long_form_content_page_has_a_spanish_version()
    {
        var english = Directory.GetFiles(Path.Combine(SourceRoot, "Pages", "Content"), "*.cshtml")
            .Where(f => !f.EndsWith(".es.cshtml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(english);
        foreach (var file in english)
        {
            Assert.True(File.Exists(file.Replace(".cshtml", ".es.cshtml", StringComparison.Ordinal)), $"{file} has no .es.cshtml");
        }
    }

    private static HashSet<string> SpanishKeys() =>
        [.. XDocument.Load(Path.Combine(SourceRoot, "Resources", "SharedResource.es.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static HashSet<string> UsedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SourceRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var pattern in new[] { LocalizerCall(), ValidationMessage(), DisplayName(), ServiceError() })
            {
                keys.UnionWith(pattern.Matches(text).Select(m => Regex.Unescape(m.Groups[1].Value)));
            }
        }

        // Strings the code picks at run time.
        keys.UnionWith(StaffRoles.All.Select(StaffRoles.DisplayName));
        keys.UnionWith(StaffRoles.All.Select(StaffRoles.Describe));
        keys.UnionWith(IndexModel.AllSections.SelectMany(s => new[] { s.Name, s.Description }));
        keys.UnionWith(Enum.GetNames<Fairwatch.Email.OutboxStatus>());
        keys.UnionWith(Enum.GetValues<Fairwatch.Campaigns.CampaignStatus>().Select(Fairwatch.Pages.Campaigns.CampaignModel.StatusName));
        keys.UnionWith(Fairwatch.Lawmakers.Jurisdictions.ByCode.Values.Select(j => j.Name));
        keys.UnionWith(Fairwatch.Detention.FacilityCodes.AreasOfResponsibility.Values);
        keys.UnionWith(Fairwatch.Cases.AbuseCategories.All.Select(Fairwatch.Cases.AbuseCategories.Name));
        keys.UnionWith(Enum.GetValues<Fairwatch.Cases.CaseStatus>().Select(Fairwatch.Cases.CaseWorkflow.Name));
        keys.UnionWith(Enum.GetValues<Fairwatch.Cases.CaseStatus>().Select(Fairwatch.Cases.ReportStatusText.For));
        keys.UnionWith(Enum.GetValues<Fairwatch.Cases.CaseUrgency>().Select(Fairwatch.Cases.CaseWorkflow.Name));
        keys.UnionWith(Enum.GetValues<Fairwatch.Cases.CaseSource>().Select(Fairwatch.Cases.CaseWorkflow.Name));
        keys.UnionWith(Enum.GetValues<Fairwatch.Cases.CallerType>().Select(Fairwatch.Cases.CaseWorkflow.Name));
        keys.UnionWith(Enum.GetNames<Fairwatch.Protection.AuditAction>());
        keys.UnionWith(Enum.GetNames<Fairwatch.Visits.ApplicantStatus>());
        keys.UnionWith(Fairwatch.Visits.VisitConditions.All.Select(Fairwatch.Visits.VisitConditions.Name));
        keys.UnionWith(Enum.GetValues<Fairwatch.Visits.ConditionAnswer>().Select(Fairwatch.Visits.VisitConditions.Name));
        keys.UnionWith(Fairwatch.Detention.FacilityCodes.Types.Values.Select(t => t.Description));
        keys.UnionWith(Enum.GetValues<Fairwatch.Detention.OperatorType>().Select(Fairwatch.Detention.FacilityCodes.OperatorName));
        keys.UnionWith(new[] { "Male", "Female", "Female/Male", null }.Select(Fairwatch.Detention.FacilityCodes.GenderName));
        keys.UnionWith(Enum.GetValues<Fairwatch.Comments.CommentStatus>().Select(Fairwatch.Areas.Staff.Pages.Comments.IndexModel.StatusName));
        keys.UnionWith(Enum.GetValues<Fairwatch.Comments.CommenterStanding>().Select(Fairwatch.Areas.Staff.Pages.Comments.IndexModel.StandingName));
        keys.UnionWith(new[] { "Disabled", "Locked out", "Invited", "Active" }.Where(s => s == UsersModel.StatusOf(Member(s))));
        return keys;
    }

    private static StaffMember Member(string status) => new(
        "x", "x@example.org", "X", [], false, status == "Disabled", status != "Invited", status == "Locked out", null, null);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Fairwatch.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Fairwatch.slnx).");
    }

    [GeneratedRegex(@"(?:\bL|localizer)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"ErrorMessage = ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ValidationMessage();

    [GeneratedRegex("""\[Display\(Name = "((?:[^"\\]|\\.)*)"\)\]""")]
    private static partial Regex DisplayName();

    [GeneratedRegex("""(?:StaffResult|ChangeResult|UploadResult)\.Fail\("((?:[^"\\]|\\.)*)"[,)]""")]
    private static partial Regex ServiceError();
}
