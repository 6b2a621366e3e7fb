namespace Fairwatch.Web;

public sealed class OrganisationOptions
{
    public const string Section = "Organisation";

    public string Name { get; set; } = "Fairwatch";

    /// <summary>A site-relative path or a file under wwwroot; never a third-party address.</summary>
    public string LogoPath { get; set; } = "/img/logo.svg";

    public string? ContactEmail { get; set; }
}

public sealed class QuickExitOptions
{
    public const string Section = "QuickExit";

    /// <summary>The neutral site that replaces the page. GOV.UK's "Exit this page" uses a weather page for the same reason: it looks ordinary.</summary>
    public string Url { get; set; } = "https://www.bbc.com/weather";
}
