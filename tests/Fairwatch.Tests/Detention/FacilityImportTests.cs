using System.Text;
using Fairwatch.Data;
using Fairwatch.Detention;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Detention;

public sealed class FacilityImportTests : IAsyncLifetime
{
    private const string Header =
        "name,address,city,state,zip,aor,type_detailed,gender,fy26_alos_days,fy26_adp,guaranteed_minimum,last_inspection_type,last_inspection_end_date,last_inspection_standard,last_final_rating";

    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_bundled_file_imports_all_220_facilities_with_its_quirks_kept_honest()
    {
        var report = await ImportAsync(await File.ReadAllBytesAsync(FacilityImport.BundledPath));

        Assert.Empty(report.Problems);
        Assert.Equal((220, 0, 0), (report.Added, report.Updated, report.Unchanged));
        await using var scope = _app.Scope();
        var facilities = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Facility>().ToListAsync();
        Assert.Equal(220, facilities.Select(f => f.Slug).Distinct().Count());

        var adams = facilities.Single(f => f.Name == "ADAMS COUNTY CORRECTIONAL CENTER");
        Assert.Equal(("NATCHEZ", "MS", "39120", "US", "NOL", "DIGSA"), (adams.City, adams.Region, adams.PostalCode, adams.Country, adams.AreaOfResponsibility, adams.Type));
        Assert.Equal((2191.3m, 36.9m, 1436), (adams.AverageDailyPopulation!.Value, adams.AverageStayDays!.Value, adams.GuaranteedMinimum!.Value));
        Assert.Equal(new DateOnly(2025, 1, 16), adams.LastInspectedOn);
        Assert.Equal(OperatorType.LocalGovernment, adams.Operator);
        Assert.Equal(FacilityImport.BundledSource, adams.Source);

        // "Scheduled FY26" where a date should be is kept as a note, never turned into a date.
        var scheduled = facilities.Where(f => f.LastInspectionNote == "Scheduled FY26").ToList();
        Assert.Equal(39, scheduled.Count);
        Assert.All(scheduled, f => Assert.Null(f.LastInspectedOn));
        Assert.Equal(4, facilities.Count(f => f.GenderHoused is null));
        Assert.Equal(159, facilities.Count(f => f.GuaranteedMinimum is null));
        Assert.Equal(OperatorType.PrivateCompany, facilities.Single(f => f.Name == "ADELANTO ICE PROCESSING CENTER").Operator);

        // The same name in two states gets two addresses.
        var clinton = facilities.Where(f => f.Name == "CLINTON COUNTY JAIL").Select(f => f.Slug).Order().ToList();
        Assert.Equal(2, clinton.Count);
        Assert.Equal("clinton-county-jail", clinton[0]);
    }

    [Fact]
    public async Task Importing_again_changes_nothing_and_a_newer_file_updates_only_what_changed()
    {
        var file = await File.ReadAllBytesAsync(FacilityImport.BundledPath);
        await ImportAsync(file);
        var slugs = await SlugsAsync();

        var again = await ImportAsync(file);
        Assert.Equal((0, 0, 220), (again.Added, again.Updated, again.Unchanged));

        var newer = Encoding.UTF8.GetString(file)
            .Replace("ADAMS COUNTY CORRECTIONAL CENTER,20 HOBO FORK RD.,NATCHEZ,MS,39120,NOL,DIGSA,Male,36.9,2191.3", "ADAMS COUNTY CORRECTIONAL CENTER,20 HOBO FORK RD.,NATCHEZ,MS,39120,NOL,DIGSA,Male,38.0,2300.5", StringComparison.Ordinal)
            + "NEW PROCESSING CENTER,1 MAIN ST,EL PASO,TX,79901,ELP,SPC,Male,10,100,,,,,\n";
        var update = await ImportAsync(Encoding.UTF8.GetBytes(newer));

        Assert.Empty(update.Problems);
        Assert.Equal((1, 1, 219), (update.Added, update.Updated, update.Unchanged));
        await using var scope = _app.Scope();
        var adams = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Facility>().SingleAsync(f => f.Name == "ADAMS COUNTY CORRECTIONAL CENTER");
        Assert.Equal(2300.5m, adams.AverageDailyPopulation);
        Assert.Equal(slugs.Append("new-processing-center").Order(), (await SlugsAsync()).Order());
    }

    [Fact]
    public async Task Rows_that_cannot_be_read_are_reported_by_line_and_the_others_are_imported()
    {
        var csv = string.Join('\n',
            Header,
            "GOOD JAIL,1 A ST,TOWN,TX,75001,DAL,IGSA,Male,3.5,12.0,,ODO,2025-03-01,NDS 2019,Pass",
            ",1 B ST,TOWN,TX,75001,DAL,IGSA,Male,1,1,,,,,",
            "SHORT ZIP JAIL,1 C ST,TOWN,NJ,7001,NEW,IGSA,Male,1,1,,,,,",
            "WORDS JAIL,1 D ST,TOWN,TX,75002,DAL,IGSA,Male,about ten,1,,,,,",
            "NOWHERE JAIL,1 E ST,TOWN,ZZ,75003,DAL,IGSA,Male,1,1,,,,,",
            "GOOD JAIL,1 A ST,TOWN,TX,75001,DAL,IGSA,Male,3.5,12.0,,ODO,2025-03-01,NDS 2019,Pass",
            "");

        var report = await ImportAsync(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(1, report.Added);
        Assert.Equal([3, 4, 5, 6, 7], report.Problems.Select(p => p.Line));
        Assert.Contains("no name", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("5 digits, not \"7001\"", report.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("fy26_alos_days must be a number, not \"about ten\"", report.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("\"ZZ\" is not a U.S. state", report.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("already in the file", report.Problems[4].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name,city\nA JAIL,TOWN\n", "lacks the column(s) address, state, zip")]
    [InlineData("", "empty")]
    public async Task A_file_of_another_shape_imports_nothing_and_says_why(string csv, string expected)
    {
        var report = await ImportAsync(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(0, report.Added);
        Assert.Contains(expected, Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(await SlugsAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused()
    {
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\nCÁRCEL,1 A ST,TOWN,TX,75001,DAL,IGSA,Male,1,1,,,,,\n");

        var report = await ImportAsync(latin1);

        Assert.Contains("not UTF-8", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(await SlugsAsync());
    }

    [Fact]
    public async Task Facilities_are_placed_at_their_zip_codes_centre_unless_staff_placed_them_and_the_rest_are_named()
    {
        var report = await ImportAsync(await File.ReadAllBytesAsync(FacilityImport.BundledPath));

        // Post-office-box ZIP codes and the naval base's military ZIP have no area, so no centre.
        Assert.Equal(
            ["BURLEIGH COUNTY (58502)", "CCA, FLORENCE CORRECTIONAL CENTER (85232)", "FLORENCE STAGING FACILITY (85232)", "JTF CAMP SIX (34009)", "MIGRANT OPS CENTER MAIN A (34009)", "WARD COUNTY JAIL (58702)"],
            report.Unplaced!.Order(StringComparer.Ordinal));
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var adams = await db.Set<Facility>().SingleAsync(f => f.Name == "ADAMS COUNTY CORRECTIONAL CENTER");
        Assert.Equal((31.508801, -91.357371), (adams.Latitude!.Value, adams.Longitude!.Value));
        Assert.Equal(214, await db.Set<Facility>().CountAsync(f => f.Latitude != null));

        // Staff put the camp where it is; a later import keeps it there.
        var camp = await db.Set<Facility>().SingleAsync(f => f.Name == "JTF CAMP SIX");
        (camp.Latitude, camp.Longitude) = (19.9025, -75.0966);
        await db.SaveChangesAsync();
        var again = await ImportAsync(await File.ReadAllBytesAsync(FacilityImport.BundledPath));
        Assert.DoesNotContain(again.Unplaced!, u => u.StartsWith("JTF CAMP SIX", StringComparison.Ordinal));
        await using var check = _app.Scope();
        Assert.Equal(19.9025, (await check.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Facility>().SingleAsync(f => f.Name == "JTF CAMP SIX")).Latitude);
    }

    [Theory]
    [InlineData("39120", 31.508801, -91.357371)]
    [InlineData("39120-4401", 31.508801, -91.357371)]
    public void A_zip_codes_centre_is_found_with_or_without_its_last_four_digits(string zip, double latitude, double longitude)
    {
        Assert.Equal((latitude, longitude), ZipCentroids.Find(zip));
        Assert.True(ZipCentroids.Count > 33_000);
        Assert.Null(ZipCentroids.Find("00000"));
        Assert.Null(ZipCentroids.Find(null));
    }

    private async Task<FacilityImportReport> ImportAsync(byte[] csv)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<FacilityImport>().ImportAsync(csv, FacilityImport.BundledSource, FacilityImport.BundledPeriod);
    }

    private async Task<List<string>> SlugsAsync()
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Facility>().Select(f => f.Slug).ToListAsync();
    }
}
