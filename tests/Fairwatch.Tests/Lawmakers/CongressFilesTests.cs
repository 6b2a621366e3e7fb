using Fairwatch.Lawmakers;

namespace Fairwatch.Tests.Lawmakers;

/// <summary>Reading a data folder: small hand-made files, good and broken.</summary>
public sealed class CongressFilesTests
{
    [Fact]
    public void A_district_with_no_current_member_is_reported_vacant_and_the_rest_is_found()
    {
        using var folder = CongressFolder.Create();
        var directory = LawmakerDirectory.Load(folder.Path);

        var split = directory.Lookup("97202");
        Assert.True(split.MustChooseRepresentative);
        Assert.Equal<District>([new District("OR", 1), new District("OR", 2)], split.Districts);
        Assert.Equal("H000001", Assert.Single(split.Representatives).Lawmaker.BioguideId);
        Assert.Equal<District>([new District("OR", 2)], split.VacantSeats);

        var vacantOnly = directory.Lookup("97801");
        Assert.Empty(vacantOnly.Representatives);
        Assert.Equal<District>([new District("OR", 2)], vacantOnly.VacantSeats);
        Assert.Equal(2, vacantOnly.Senators.Length);
        // The island areas' seats exist whatever the files say (their ZIP codes are built in), so they count as vacant here.
        Assert.Equal<District>([new("AS", 0), new("GU", 0), new("MP", 0), new("OR", 2), new("VI", 0)], directory.VacantSeats);
        Assert.Equal(new DateOnly(2026, 1, 2), directory.AsOf);
    }

    [Fact]
    public void A_state_short_of_a_senator_is_reported()
    {
        using var folder = CongressFolder.Create(legislators: CongressFolder.Legislators.Where(l => !l.EndsWith("S000002", StringComparison.Ordinal)).ToArray());

        var result = LawmakerDirectory.Load(folder.Path).Lookup("97201");

        Assert.Equal("S000001", Assert.Single(result.Senators).Lawmaker.BioguideId);
        Assert.Equal<string>(["OR"], result.StatesWithVacantSenateSeat);
    }

    [Fact]
    public void Offices_and_links_come_through_and_the_nearest_office_is_first()
    {
        using var folder = CongressFolder.Create();
        var directory = LawmakerDirectory.Load(folder.Path);

        var fromPortland = directory.Lookup("97201").Senators.Single(s => s.Lawmaker.BioguideId == "S000001");
        Assert.Equal(["97205", "97801"], fromPortland.Offices.Select(o => o.Zip));
        var fromPendleton = directory.Lookup("97801").Senators.Single(s => s.Lawmaker.BioguideId == "S000001");
        Assert.Equal(["97801", "97205"], fromPendleton.Offices.Select(o => o.Zip));
        Assert.Equal("https://one.senate.gov/contact", fromPortland.Lawmaker.ContactForm);
        Assert.Equal(new DistrictOffice("1 Near St.", null, "Suite 1", "Portland", "OR", "97205", "503-000-0001"), fromPortland.Offices[0]);
        Assert.Empty(directory.Lookup("97201").Senators.Single(s => s.Lawmaker.BioguideId == "S000002").Offices);
    }

    [Fact]
    public void Without_an_as_of_file_the_data_is_dated_by_its_newest_file_and_says_so()
    {
        using var folder = CongressFolder.Create(asOf: null);
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, CongressFiles.LegislatorsFile), new DateTime(2025, 3, 4, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, CongressFiles.OfficesFile), new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, "zcta-to-district-cd119.csv"), new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc));

        var result = CongressFiles.Read(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(new DateOnly(2025, 3, 4), result.Data!.AsOf);
        Assert.Contains(result.Warnings, w => w.Contains("No as-of.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_congress_number_comes_from_the_zip_file_name()
    {
        using var folder = CongressFolder.Create(zipFileName: "zcta-to-district-cd120.csv");

        Assert.Equal(120, LawmakerDirectory.Load(folder.Path).CongressNumber);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_file_and_line()
    {
        using var folder = CongressFolder.Create(
            legislators:
            [
                .. CongressFolder.Legislators,
                "Bad,Type,,,,Bad Type,1970-01-01,F,delegate,OR,3,,Democrat,,,,,H000002",
                "Bad,District,,,,Bad District,1970-01-01,F,rep,OR,x,,Democrat,,,,,H000003",
                "Bad,State,,,,Bad State,1970-01-01,F,rep,ZZ,1,,Democrat,,,,,H000004",
                "Dup,Licate,,,,Duplicate,1970-01-01,F,rep,OR,4,,Democrat,,,,,H000001",
                "Same,Seat,,,,Same Seat,1970-01-01,F,rep,OR,1,,Democrat,,,,,H000005",
                "DC,Senator,,,,DC Senator,1970-01-01,F,sen,DC,,,Democrat,,,,,S000003",
            ],
            offices: [.. CongressFolder.Offices, "H000001,,,x,1 St.,,Salem,,,,OR,,9730,,"],
            zips: [.. CongressFolder.Zips, "41,OR,9720,1", "41,OR,97203,one"]);

        var result = CongressFiles.Read(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "legislators-current.csv, line 5: type must be \"sen\" or \"rep\", not \"delegate\".",
            "legislators-current.csv, line 6: district must be a number from 0 (at large) to 99 for a representative, not \"x\".",
            "legislators-current.csv, line 7: state must be a two-letter state or territory code, not \"ZZ\".",
            "legislators-current.csv, line 8: H000001 appears twice.",
            "legislators-current.csv, line 9: OR-1 already has a member (line 4).",
            "legislators-current.csv, line 10: District of Columbia has no senators, but S000003 is one.",
            "legislators-district-offices.csv, line 5: zip must be 5 digits or ZIP+4 (12345-6789), not \"9730\".",
            "zcta-to-district-cd119.csv, line 6: zcta must be 5 digits, not \"9720\".",
            "zcta-to-district-cd119.csv, line 7: cd must be a district number from 0 (at large) to 99, not \"one\".",
        ], result.Errors);
    }

    [Fact]
    public void Broken_csv_is_reported_with_its_line()
    {
        using var folder = CongressFolder.Create(zips: [CongressFolder.ZipHeader, "41,OR,97201,1", "41,OR,97202", "41,OR,\"97203,1"]);

        var result = CongressFiles.Read(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Contains("zcta-to-district-cd119.csv, line 3: the number of fields differs from the header.", result.Errors);
        Assert.Contains(result.Errors, e => e.StartsWith("zcta-to-district-cd119.csv, line 4:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_column_an_empty_file_and_a_file_not_in_utf8_are_refused()
    {
        using var folder = CongressFolder.Create(zips: ["state_fips,state_abbr,zip,cd", "41,OR,97201,1"]);
        folder.Write(CongressFiles.OfficesFile, []);
        File.WriteAllBytes(Path.Combine(folder.Path, CongressFiles.LegislatorsFile),
            System.Text.Encoding.Latin1.GetBytes(string.Join("\n", CongressFolder.Legislators).Replace("One Senator", "José Senator", StringComparison.Ordinal)));

        var errors = CongressFiles.Read(folder.Path).Errors;

        Assert.Contains("legislators-current.csv is not UTF-8 text; save it as UTF-8 and try again.", errors);
        Assert.Contains("legislators-district-offices.csv is empty.", errors);
        Assert.Contains("zcta-to-district-cd119.csv, line 1: the header lacks the column(s) zcta.", errors);
    }

    [Fact]
    public void Links_that_are_not_web_addresses_are_left_out_with_a_warning()
    {
        using var folder = CongressFolder.Create(legislators:
        [
            CongressFolder.LegislatorsHeader,
            "Senator,One,,,,One Senator,1960-01-01,F,sen,OR,,2,Democrat,javascript:alert(1),,202-224-0001,hhttps://one.senate.gov/contact,S000001",
            "Member,First,,,,First Member,1970-01-01,F,rep,OR,1,,Independent,https://first.house.gov,,call us,https://first.house.gov/write,H000001",
        ]);

        var result = CongressFiles.Read(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var senator = result.Data!.Members.Single(m => m.BioguideId == "S000001");
        Assert.Null(senator.Website);
        Assert.Null(senator.ContactForm);
        Assert.Null(result.Data.Members.Single(m => m.BioguideId == "H000001").Phone);
        Assert.Contains("legislators-current.csv, line 2: url \"javascript:alert(1)\" is not a web address and is left out.", result.Warnings);
        Assert.Contains("legislators-current.csv, line 3: phone \"call us\" is not a 10-digit US number and is left out.", result.Warnings);
    }

    [Fact]
    public void At_large_numbering_that_disagrees_between_the_files_is_refused()
    {
        using var folder = CongressFolder.Create(zips: [.. CongressFolder.Zips, "41,OR,97301,0"]);

        var result = CongressFiles.Read(folder.Path);

        Assert.Equal(["zcta-to-district-cd119.csv: OR at large does not match legislators-current.csv, where OR has numbered districts."], result.Errors);
    }

    [Fact]
    public void A_folder_without_the_files_or_with_two_zip_files_is_refused()
    {
        using var folder = CongressFolder.Create();
        folder.Write("zcta-to-district-cd120.csv", CongressFolder.Zips);

        Assert.Contains("more than one ZIP-to-district file", Assert.Single(CongressFiles.Read(folder.Path).Errors), StringComparison.Ordinal);
        Assert.Contains("does not exist", Assert.Single(CongressFiles.Read(Path.Combine(folder.Path, "nope")).Errors), StringComparison.Ordinal);
        File.Delete(Path.Combine(folder.Path, CongressFiles.OfficesFile));
        Assert.Contains("lacks legislators-district-offices.csv", Assert.Single(CongressFiles.Read(folder.Path).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_broken_folder_throws_with_every_problem()
    {
        using var folder = CongressFolder.Create(zips: [.. CongressFolder.Zips, "41,XX,97203,1"]);

        var error = Assert.Throws<InvalidOperationException>(() => LawmakerDirectory.Load(folder.Path));

        Assert.Contains("zcta-to-district-cd119.csv, line 6: state_abbr must be a two-letter state or territory code, not \"XX\".", error.Message, StringComparison.Ordinal);
    }
}
