using Fairwatch;

var app = FairwatchApp.Build(args);
if (FairwatchCommands.IsCommand(args))
{
    return await FairwatchCommands.RunAsync(app, args);
}

if (!app.Environment.IsEnvironment("Testing"))
{
    StartupBanner.PrintWhenStarted(app);
}
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
