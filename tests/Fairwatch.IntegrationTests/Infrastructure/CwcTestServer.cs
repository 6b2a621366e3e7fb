using System.Collections.Concurrent;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Fairwatch.IntegrationTests.Infrastructure;

/// <summary>
/// A real HTTP server on loopback that answers like the House's CWC service: POST /v2/message?apikey=KEY
/// takes a document, 200 when it accepts it, 400 with its errors when it refuses it, 401 for a wrong key.
/// It refuses the constituents whose last name is "Refused", and keeps every request it got.
/// </summary>
public sealed class CwcTestServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123456789";
    public const string RefusedLastName = "Refused";

    private readonly WebApplication _app;
    private int _disposed;

    private CwcTestServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<(string? ApiKey, string ContentType, string Body)> Received { get; } = new();

    public static async Task<CwcTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        CwcTestServer? server = null;
        app.MapPost("/v2/message", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var key = request.Query["apikey"].ToString();
            server!.Received.Enqueue((key, request.ContentType ?? "", body));
            if (key != ApiKey)
            {
                return Results.Text("<Errors><Error>Invalid API key</Error></Errors>", "application/xml", statusCode: 401);
            }

            var lastName = XDocument.Parse(body).Root?.Element("Constituent")?.Element("LastName")?.Value;
            return lastName == RefusedLastName
                ? Results.Text("<Errors><Error>Constituent address could not be verified</Error></Errors>", "application/xml", statusCode: 400)
                : Results.Text("Message accepted for delivery", "text/plain", statusCode: 200);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new CwcTestServer(app, address);
        return server;
    }

    /// <summary>Starts a server and points the app (before its first request) at it with the right key.</summary>
    public static async Task<CwcTestServer> StartForAsync(FairwatchFactory app)
    {
        var server = await StartAsync();
        app.Set("Cwc:Endpoint", server.Url);
        app.Set("Cwc:ApiKey", ApiKey);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _app.DisposeAsync();
        }
    }
}
