using Microsoft.Extensions.Options;

namespace Fairwatch.Lawmakers;

public static class LawmakersSetup
{
    public static IServiceCollection AddFairwatchLawmakers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CongressOptions>().Bind(configuration.GetSection(CongressOptions.Section));
        services.AddSingleton(sp => LawmakerDirectory.Load(sp.GetRequiredService<IOptions<CongressOptions>>().Value.ResolveDataDirectory()));
        services.AddHostedService<LawmakerDirectoryStartup>();
        return services;
    }
}

/// <summary>
/// Loads the Congress data before the server takes requests, so that a broken or missing data
/// folder stops the app at start with the list of problems, not at a supporter's first lookup.
/// </summary>
public sealed partial class LawmakerDirectoryStartup(IServiceProvider services, ILogger<LawmakerDirectoryStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = services.GetRequiredService<LawmakerDirectory>();
        Loaded(logger, directory.Members.Length, directory.ZipCount, directory.AsOf, directory.Folder);
        if (directory.VacantSeats.Length > 0)
        {
            Vacant(logger, string.Join(", ", directory.VacantSeats));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Congress data: {Members} members, {Zips} ZIP codes, dated {AsOf:yyyy-MM-dd}, from {Folder}")]
    private static partial void Loaded(ILogger logger, int members, int zips, DateOnly asOf, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vacant House seats in the Congress data: {Seats}")]
    private static partial void Vacant(ILogger logger, string seats);
}
