using System.Threading.RateLimiting;
using Fairwatch.Accounts;
using Fairwatch.Actions;
using Fairwatch.Blog;
using Fairwatch.Campaigns;
using Fairwatch.Cases;
using Fairwatch.Comments;
using Fairwatch.Detention;
using Fairwatch.Contact;
using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Events;
using Fairwatch.Lawmakers;
using Fairwatch.Press;
using Fairwatch.Protection;
using Fairwatch.Search;
using Fairwatch.Videos;
using Fairwatch.Visits;
using Fairwatch.Petitions;
using Fairwatch.Photos;
using Fairwatch.Pledges;
using Fairwatch.Sharing;
using Fairwatch.Signups;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch;

/// <summary>Services and pipeline of the one Fairwatch web app, shared by Program, the tests and the benchmarks.</summary>
public static class FairwatchApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddServices(builder);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    public static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddOptions<OrganisationOptions>().Bind(configuration.GetSection(OrganisationOptions.Section));
        services.AddOptions<QuickExitOptions>().Bind(configuration.GetSection(QuickExitOptions.Section));
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section));
        services.AddScoped<PublicUrls>();
        services.AddHttpContextAccessor();
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        services.AddSingleton(TimeProvider.System);

        // Resolved when first used, so that configuration added later (tests, commands) is honoured;
        // built once (singleton options), not on every request: a public action then costs EF little more than its query.
        services.AddDbContext<FairwatchDb>(
            (sp, options) =>
            {
                var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                var connectionString = database.ResolveConnectionString(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    options.UseNpgsql(connectionString);
                }
                else
                {
                    // Search folds case and accents with a function of ours, registered on each connection.
                    options.UseSqlite(connectionString).AddInterceptors(new SqliteFunctions());
                }
            },
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddOptions<ActionWriterOptions>().Bind(configuration.GetSection(ActionWriterOptions.Section));
        services.AddSingleton<ActionWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ActionWriter>());
        services.AddScoped<MigrationRunner>();
        services.AddScoped<DemoSeed>();
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<KeyRingRefresher>();
        services.AddHealthChecks().AddDbContextCheck<FairwatchDb>("database");

        services.AddDataProtection().SetApplicationName("Fairwatch");
        services.AddSingleton<DataProtectionKeyStore>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<DataProtectionKeyStore>((o, store) => o.XmlRepository = store);

        services.AddFairwatchAccounts();
        services.AddScoped<Uploads.UploadService>();
        services.AddFairwatchCampaigns();
        services.AddFairwatchVideos();
        services.AddFairwatchComments(configuration);
        services.AddFairwatchBlog();
        services.AddFairwatchPress();
        services.AddFairwatchContact(configuration);
        services.AddFairwatchSearch();
        services.AddFairwatchEvents(configuration);
        services.AddOutputCache(o => o.AddPolicy(OutputCachePolicies.PublicContent, b => b
            .Expire(TimeSpan.FromMinutes(10))
            .Tag(Campaigns.CampaignService.CacheTag)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", Cultures.Current))
            // Staff see links and notices that visitors do not; their pages are never cached or served from cache.
            .With(context => context.HttpContext.User.Identity?.IsAuthenticated != true)));
        services.AddFairwatchLawmakers(configuration);
        services.AddFairwatchActions(configuration);
        services.AddFairwatchPetitions(configuration);
        services.AddFairwatchDetention(configuration);
        services.AddFairwatchProtection(configuration);
        services.AddFairwatchCases(configuration);
        services.AddFairwatchVisits(configuration);
        services.AddFairwatchPledges(configuration);
        services.AddFairwatchPhotoWall(configuration);
        services.AddFairwatchSignups(configuration);
        services.AddFairwatchSharing(configuration);

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<EmailPickupFolder>();
        services.AddSingleton<EmailTransport>();
        services.AddSingleton<EmailTemplates>();
        services.AddScoped<Outbox>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());

        services.AddProblemDetails();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder("Staff", "/", StaffPolicies.AnyStaff);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Admin", StaffPolicies.Administration);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Campaigns", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Films", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Blog", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Comments", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Press", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Actions", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Events", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Petitions", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Facilities", StaffPolicies.Facilities);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Cases", StaffPolicies.Cases);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Hotline", StaffPolicies.Hotline);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Volunteers", StaffPolicies.Volunteers);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Visits", StaffPolicies.Visits);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Slots", StaffPolicies.Visits);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Groups", StaffPolicies.Volunteers);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Pledges", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Photos", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Signups", StaffPolicies.Campaigns);
                o.Conventions.AuthorizeAreaFolder("Staff", "/Referrals", StaffPolicies.Campaigns);
            })
            .AddViewLocalization(Microsoft.AspNetCore.Mvc.Razor.LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedBindingMessages>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".Fairwatch.Antiforgery";
            o.FormFieldName = "__RequestVerificationToken";
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Partitioned by address in memory only; nothing about the visitor is stored.
            var permits = configuration.GetValue("RateLimits:AccountFormPostsPerFiveMinutes", 20);
            o.AddPolicy(RateLimits.AccountForms, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(5), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reads"));
        });

        if (configuration.GetValue<bool>("ReverseProxy:Enabled"))
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }
    }

    public static void UsePipeline(WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("ReverseProxy:Enabled"))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeaders>();
        // JSON clients get problem details; people get the bilingual error page.
        app.UseWhen(IsApi, api =>
        {
            if (!app.Environment.IsDevelopment())
            {
                api.UseExceptionHandler();
            }

            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), site =>
        {
            if (!app.Environment.IsDevelopment())
            {
                site.UseExceptionHandler("/error");
            }

            site.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseRequestLocalization(Cultures.LocalizationOptions());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        // After the rate limiter has counted the request: nothing later can see who sent a report.
        app.UseAnonymousReportPrivacy();
        app.UseAuthentication();
        // Before authorization, so that a user who must enrol sees enrolment, not "access denied".
        app.UseMiddleware<TwoFactorEnrolmentGate>();
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapRazorPages();
        Campaigns.CampaignFeeds.MapCampaignFeeds(app);
        Uploads.MediaEndpoints.MapMedia(app);
        app.MapDiscovery();
        Blog.BlogFeeds.MapBlogFeeds(app);
        app.MapEventCalendar();
        app.MapHealthChecks("/health").DisableHttpMetrics();
        app.MapLawmakersApi();
        app.MapPetitionsApi();
        app.MapFacilityMap();
        app.MapLanguageSwitch();
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static bool IsLocalUrl(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}

public static class OutputCachePolicies
{
    /// <summary>Public pages that are the same for every visitor in one language; evicted by tag when staff publish.</summary>
    public const string PublicContent = "public-content";
}

public static class RateLimits
{
    public const string AccountForms = "account-forms";
}
