using Fairwatch.Web;

namespace Fairwatch.Cases;

public static class CasesSetup
{
    public static IServiceCollection AddFairwatchCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section));
        services.AddScoped<CaseService>();
        services.AddScoped<AnonymousReports>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section));
        services.AddScoped<CaseRetention>();
        services.AddHostedService<RetentionJob>();
        services.AddPublicFormRateLimit<ReportOptions>(ReportRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }

    /// <summary>
    /// On the anonymous report pages, forgets the visitor's network address, browser and referring
    /// page as soon as the rate limiter has counted the request (in memory, see <see cref="NetworkAddressKey"/>),
    /// so that nothing later in the request (the page, its logs, an error report) can record them,
    /// and tells browsers and proxies to keep no copy of the answer.
    /// </summary>
    public static IApplicationBuilder UseAnonymousReportPrivacy(this IApplicationBuilder app) =>
        app.UseWhen(IsReportPath, report => report.Use(async (context, next) =>
        {
            context.Connection.RemoteIpAddress = null;
            context.Connection.RemotePort = 0;
            context.Request.Headers.UserAgent = default;
            context.Request.Headers.Referer = default;
            context.Request.Headers.Remove("X-Forwarded-For");
            context.Request.Headers.Remove("X-Real-IP");
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next(context);
        }));

    public static bool IsReportPath(HttpContext context) => context.Request.Path.StartsWithSegments("/report");
}

/// <summary>The rate-limiter policy of the report and follow-up forms (posts per network address, counted in memory only).</summary>
public static class ReportRateLimitPolicy
{
    public const string Name = "report-forms";
}
