using System.Globalization;
using CsvHelper;
using Fairwatch.Data;
using Fairwatch.Lawmakers;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Detention;

/// <summary>A row the import could not read, and why, by its line in the file.</summary>
public sealed record ImportProblem(int Line, string Message);

/// <param name="Unplaced">Facilities of the file that have no place on the map: their ZIP code has no known centre, and staff have not set one.</param>
public sealed record FacilityImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string>? Unplaced = null);

/// <summary>
/// Imports ICE's facility statistics (the "Facilities" sheet flattened to CSV, as in
/// data/detention/ice-facilities-fy26.csv). Importing the same file twice changes nothing; a newer
/// file updates the facilities it names (matched by name and ZIP code) and adds the new ones.
/// Facilities that are no longer in a file stay: an empty month is not a closure. Rows that cannot
/// be read are skipped and reported; the rest are saved together.
/// </summary>
public sealed class FacilityImport(FairwatchDb db, TimeProvider clock)
{
    public const string BundledFile = "data/detention/ice-facilities-fy26.csv";

    public const string BundledSource = "ICE detention statistics, fiscal year 2026 spreadsheet of 2026-02-12";

    public const string BundledPeriod = "Fiscal year 2026 to 2026-02-05";

    private static readonly string[] Columns =
    [
        "name", "address", "city", "state", "zip", "aor", "type_detailed", "gender", "fy26_alos_days", "fy26_adp",
        "guaranteed_minimum", "last_inspection_type", "last_inspection_end_date", "last_inspection_standard", "last_final_rating",
    ];

    /// <summary>The bundled file, beside the app in a build or a publish.</summary>
    public static string BundledPath => Path.Combine(AppContext.BaseDirectory, BundledFile);

    public async Task<FacilityImportReport> ImportAsync(byte[] csv, string source, string period, CancellationToken cancellationToken = default)
    {
        var problems = new List<ImportProblem>();
        var rows = Read(csv, problems);
        if (rows is null)
        {
            return new(0, 0, 0, problems);
        }

        var existing = await db.Set<Facility>().Where(f => f.ImportKey != null).ToDictionaryAsync(f => f.ImportKey!, cancellationToken);
        var slugs = (await db.Set<Facility>().Select(f => f.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0, unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unplaced = new List<string>();
        foreach (var (line, row) in rows)
        {
            if (!seen.Add(row.ImportKey))
            {
                problems.Add(new(line, $"\"{row.Name}\" at ZIP code {row.PostalCode} is already in the file; the first one was kept."));
                continue;
            }

            if (existing.TryGetValue(row.ImportKey, out var facility))
            {
                Place(facility, unplaced);
                if (row.CopyTo(facility, source, period))
                {
                    facility.UpdatedAt = now;
                    updated++;
                }
                else
                {
                    unchanged++;
                }

                continue;
            }

            facility = new Facility { Slug = UniqueSlug(row, slugs), Name = row.Name, ImportKey = row.ImportKey, CreatedAt = now, UpdatedAt = now };
            row.CopyTo(facility, source, period);
            facility.Operator = FacilityCodes.OperatorOf(facility.Type);
            Place(facility, unplaced);
            db.Add(facility);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new(added, updated, unchanged, problems, unplaced);
    }

    // Coordinates staff set are kept; the others come from the ZIP code's centre.
    private static void Place(Facility facility, List<string> unplaced)
    {
        if (facility.Latitude is not null)
        {
            return;
        }

        if (ZipCentroids.Find(facility.PostalCode) is { } centre)
        {
            (facility.Latitude, facility.Longitude) = centre;
        }
        else
        {
            unplaced.Add($"{facility.Name} ({facility.PostalCode})");
        }
    }

    /// <summary>The rows that could be read, with their line numbers; null when the file itself is not the expected one.</summary>
    private static List<(int Line, FacilityRow Row)>? Read(byte[] content, List<ImportProblem> problems)
    {
        // Strict UTF-8: a file saved in another encoding is refused rather than read with mangled names.
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            problems.Add(new(1, "The file is not UTF-8 text; save it as UTF-8 and try again."));
            return null;
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => problems.Add(new((int)record.LineNumber, record.Reason == CsvMalformedReason.FieldCountMismatch
                ? "The number of fields differs from the header."
                : "A quoted field is not closed properly.")),
        };
        try
        {
            using var csv = CsvReader.Create(content, options);
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < csv.Headers.Count; i++)
            {
                columns.TryAdd(csv.Headers[i], i);
            }

            if (columns.Count == 0)
            {
                problems.Add(new(1, "The file is empty."));
                return null;
            }

            var missing = Columns.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new(1, $"The file lacks the column(s) {string.Join(", ", missing)}."));
                return null;
            }

            var rows = new List<(int, FacilityRow)>();
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                try
                {
                    rows.Add((line, FacilityRow.Parse(column => csv[columns[column]].ToString())));
                }
                catch (FormatException e)
                {
                    problems.Add(new(line, e.Message));
                }
            }

            return rows;
        }
        catch (CsvFormatException e)
        {
            problems.Add(new(1, e.Message));
            return null;
        }
    }

    private static string UniqueSlug(FacilityRow row, HashSet<string> taken)
    {
        // Names repeat across states ("CLINTON COUNTY JAIL"), so the state, then the city, tell them apart.
        foreach (var candidate in new[] { row.Name, $"{row.Name} {row.Region}", $"{row.Name} {row.City} {row.Region}" })
        {
            var slug = Slugs.From(candidate);
            if (taken.Add(slug))
            {
                return slug;
            }
        }

        for (var n = 2; ; n++)
        {
            var slug = Slugs.From($"{row.Name} {n}");
            if (taken.Add(slug))
            {
                return slug;
            }
        }
    }

    /// <summary>One row of the file, read and checked.</summary>
    private sealed record FacilityRow(
        string Name, string? Address, string? City, string? Region, string PostalCode, string? AreaOfResponsibility, string? Type,
        string? GenderHoused, decimal? AverageStayDays, decimal? AverageDailyPopulation, int? GuaranteedMinimum,
        string? InspectionType, DateOnly? InspectedOn, string? InspectionNote, string? InspectionStandard, string? InspectionRating)
    {
        public string ImportKey => $"{Name.ToUpperInvariant()}|{PostalCode}";

        public static FacilityRow Parse(Func<string, string> field)
        {
            var name = Text(field("name"), FacilityLimits.Name) ?? throw new FormatException("The facility has no name.");
            var zip = field("zip");
            if (zip.Length != 5 || !zip.All(char.IsAsciiDigit))
            {
                throw new FormatException($"\"{name}\": the ZIP code must be 5 digits, not \"{zip}\".");
            }

            var state = field("state").ToUpperInvariant();
            if (!Jurisdictions.ByCode.ContainsKey(state))
            {
                throw new FormatException($"\"{name}\": \"{state}\" is not a U.S. state or territory code.");
            }

            // ICE writes what is planned where a date should be ("Scheduled FY26"): kept as a note, never as a date.
            var inspected = field("last_inspection_end_date");
            DateOnly? inspectedOn = DateOnly.TryParseExact(inspected, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            return new(
                name, Text(field("address"), FacilityLimits.Address), Text(field("city"), FacilityLimits.City), state, zip,
                Text(field("aor"), FacilityLimits.Code)?.ToUpperInvariant(), Text(field("type_detailed"), FacilityLimits.Type),
                Text(field("gender"), FacilityLimits.Code),
                Number(name, "fy26_alos_days", field("fy26_alos_days")), Number(name, "fy26_adp", field("fy26_adp")),
                (int?)Number(name, "guaranteed_minimum", field("guaranteed_minimum")),
                Text(field("last_inspection_type"), FacilityLimits.Code), inspectedOn,
                inspectedOn is null ? Text(inspected, FacilityLimits.Note) : null,
                Text(field("last_inspection_standard"), FacilityLimits.Note), Text(field("last_final_rating"), FacilityLimits.Code));
        }

        /// <summary>Copies the published facts onto the facility; true when anything changed.</summary>
        public bool CopyTo(Facility facility, string source, string period)
        {
            var before = Snapshot(facility);
            facility.Name = Name;
            facility.Address = Address;
            facility.City = City;
            facility.Region = Region;
            facility.PostalCode = PostalCode;
            facility.Country = Countries.UnitedStates;
            facility.AreaOfResponsibility = AreaOfResponsibility;
            facility.Type = Type;
            facility.GenderHoused = GenderHoused;
            facility.AverageStayDays = AverageStayDays;
            facility.AverageDailyPopulation = AverageDailyPopulation;
            facility.GuaranteedMinimum = GuaranteedMinimum;
            facility.FiguresPeriod = string.IsNullOrWhiteSpace(period) ? null : period;
            facility.LastInspectionType = InspectionType;
            facility.LastInspectedOn = InspectedOn;
            facility.LastInspectionNote = InspectionNote;
            facility.LastInspectionStandard = InspectionStandard;
            facility.LastInspectionRating = InspectionRating;
            facility.Source = source;
            return before != Snapshot(facility);
        }

        private static string Snapshot(Facility f) => string.Join('\u001f',
            f.Name, f.Address, f.City, f.Region, f.PostalCode, f.Country, f.AreaOfResponsibility, f.Type, f.GenderHoused,
            f.AverageStayDays, f.AverageDailyPopulation, f.GuaranteedMinimum, f.FiguresPeriod, f.LastInspectionType,
            f.LastInspectedOn, f.LastInspectionNote, f.LastInspectionStandard, f.LastInspectionRating, f.Source);

        private static string? Text(string value, int maxLength)
        {
            var text = value.Trim();
            return text.Length == 0 ? null
                : text.Length <= maxLength ? text
                : throw new FormatException($"\"{text[..Math.Min(40, text.Length)]}…\" is longer than {maxLength} characters.");
        }

        private static decimal? Number(string name, string column, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= 0
                ? number
                : throw new FormatException($"\"{name}\": {column} must be a number, not \"{value}\".");
        }
    }
}
