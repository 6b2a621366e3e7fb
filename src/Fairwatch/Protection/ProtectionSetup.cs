namespace Fairwatch.Protection;

public static class ProtectionSetup
{
    public static IServiceCollection AddFairwatchProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProtectionOptions>().Bind(configuration.GetSection(ProtectionOptions.Section));
        services.AddSingleton<KeyRing>();
        services.AddScoped<RecordProtector>();
        services.AddScoped<KeyRotation>();
        services.AddScoped<AuditLog>();
        return services;
    }
}
