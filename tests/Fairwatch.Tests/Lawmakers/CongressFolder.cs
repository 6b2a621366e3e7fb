using Fairwatch.Lawmakers;

namespace Fairwatch.Tests.Lawmakers;

/// <summary>A throw-away Congress data folder: small hand-made files, or a copy of the shipped ones.</summary>
public sealed class CongressFolder : IDisposable
{
    public const string LegislatorsHeader =
        "last_name,first_name,middle_name,suffix,nickname,full_name,birthday,gender,type,state,district,senate_class,party,url,address,phone,contact_form,bioguide_id";

    public const string OfficesHeader = "bioguide,thomas,govtrack,id,address,building,city,fax,hours,phone,state,suite,zip,latitude,longitude";

    public const string ZipHeader = "state_fips,state_abbr,zcta,cd";

    /// <summary>Two senators and two districts of an imaginary-but-valid Oregon, with district 2 vacant.</summary>
    public static readonly string[] Legislators =
    [
        LegislatorsHeader,
        "Senator,One,,,,One Senator,1960-01-01,F,sen,OR,,2,Democrat,https://one.senate.gov,,202-224-0001,https://one.senate.gov/contact,S000001",
        "Senator,Two,,,,Two Senator,1960-01-01,M,sen,OR,,3,Republican,https://two.senate.gov,,202-224-0002,,S000002",
        "Member,First,,,,First Member,1970-01-01,F,rep,OR,1,,Independent,https://first.house.gov,,202-225-0001,https://first.house.gov/write,H000001",
    ];

    public static readonly string[] Offices =
    [
        OfficesHeader,
        "S000001,,,S000001-far,1 Far St.,,Far Town,,,541-000-0001,OR,,97801,,",
        "S000001,,,S000001-near,1 Near St.,,Portland,,,503-000-0001,OR,Suite 1,97205,,",
        "H000001,,,H000001-main,2 Main St.,,Portland,,,503-000-0002,OR,,97204-1234,,",
    ];

    public static readonly string[] Zips =
    [
        ZipHeader,
        "41,OR,97201,1",
        "41,OR,97202,1",
        "41,OR,97202,2",
        "41,OR,97801,2",
    ];

    private CongressFolder(string path) => Path = path;

    public string Path { get; }

    public static CongressFolder Create(
        string[]? legislators = null, string[]? offices = null, string[]? zips = null, string? asOf = "2026-01-02", string zipFileName = "zcta-to-district-cd119.csv")
    {
        var folder = new CongressFolder(NewPath());
        folder.Write(CongressFiles.LegislatorsFile, legislators ?? Legislators);
        folder.Write(CongressFiles.OfficesFile, offices ?? Offices);
        folder.Write(zipFileName, zips ?? Zips);
        if (asOf is not null)
        {
            folder.Write(CongressFiles.AsOfFile, ["# test data", asOf]);
        }

        return folder;
    }

    /// <summary>A copy of the data that ships with the app.</summary>
    public static CongressFolder CopyOfShipped()
    {
        var folder = new CongressFolder(NewPath());
        foreach (var file in Directory.GetFiles(ShippedPath))
        {
            File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    public static string ShippedPath => new CongressOptions().ResolveDataDirectory();

    public void Write(string file, IEnumerable<string> lines) =>
        File.WriteAllText(System.IO.Path.Combine(Path, file), string.Join("\n", lines) + "\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string NewPath()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fairwatch-congress", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
