namespace Fairwatch.Web;

/// <summary>Marks an endpoint that partner sites may put in an iframe; only such endpoints relax frame-ancestors.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowFramingAttribute : Attribute;

/// <summary>
/// Sets the security headers on every response, including static files and error pages.
/// The policy allows nothing from other hosts: no scripts, styles, fonts or beacons, because a
/// visitor's safety can depend on no third party learning that they came here. The one
/// exception is the privacy-enhanced film players, which a page inserts only when the visitor
/// presses play (see wwwroot/js/player.js).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IWebHostEnvironment environment)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self'; object-src 'none'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; child-src 'none'; " +
        "worker-src 'none'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), " +
        "payment=(), usb=(), interest-cohort=(), browsing-topics=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var framingAllowed = context.GetEndpoint()?.Metadata.GetMetadata<AllowFramingAttribute>() is not null;
            // An endpoint may set a stricter policy of its own (uploaded files do); keep it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = framingAllowed
                    ? ContentSecurityPolicy.Replace("frame-ancestors 'none'", "frame-ancestors *", StringComparison.Ordinal)
                    : ContentSecurityPolicy;
            }
            if (!framingAllowed)
            {
                headers.XFrameOptions = "DENY";
            }

            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["X-Permitted-Cross-Domain-Policies"] = "none";
            if (!environment.IsDevelopment())
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
