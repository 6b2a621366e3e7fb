using System.Collections.Immutable;
using System.Globalization;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Fairwatch.Lawmakers;

/// <summary>
/// The outcome of reading a Congress data folder. Errors make the data unusable (nothing is
/// returned); warnings are rows or fields left out, which real files have (a mistyped link, an
/// office of a member who has left).
/// </summary>
public sealed record CongressReadResult(CongressData? Data, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Data is not null;
}

/// <summary>
/// Reads and checks the three files of a Congress data folder: the members, their district
/// offices, and the ZIP-code-area-to-district table, plus <c>as-of.txt</c> with the date the
/// member files were built. Every problem is reported with its file and line.
/// </summary>
public static partial class CongressFiles
{
    public const string DefaultFolder = "data/congress";
    public const string LegislatorsFile = "legislators-current.csv";
    public const string OfficesFile = "legislators-district-offices.csv";
    public const string ZipFilePattern = "zcta-to-district-cd*.csv";
    public const string AsOfFile = "as-of.txt";

    private const int MaxProblemsPerFile = 20;

    private static readonly string[] LegislatorColumns =
        ["bioguide_id", "type", "state", "district", "full_name", "first_name", "last_name", "suffix", "party", "phone", "contact_form", "url"];

    private static readonly string[] OfficeColumns = ["bioguide", "address", "building", "suite", "city", "state", "zip", "phone"];

    private static readonly string[] ZipColumns = ["state_abbr", "zcta", "cd"];

    /// <summary>The data files of a folder, or an error saying what is missing.</summary>
    public static (string[] Files, string? Error) Find(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return ([], $"The folder {folder} does not exist.");
        }

        var missing = new[] { LegislatorsFile, OfficesFile }.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        var zipFiles = Directory.GetFiles(folder, ZipFilePattern).Where(f => ZipFileName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToArray();
        if (zipFiles.Length == 0)
        {
            missing.Add("zcta-to-district-cdNNN.csv (NNN: the Congress, e.g. 119)");
        }

        if (missing.Count > 0)
        {
            return ([], $"{folder} lacks {string.Join(", ", missing)}.");
        }

        if (zipFiles.Length > 1)
        {
            return ([], $"{folder} has more than one ZIP-to-district file ({string.Join(", ", zipFiles.Select(Path.GetFileName))}); keep only the current one.");
        }

        return ([Path.Combine(folder, LegislatorsFile), Path.Combine(folder, OfficesFile), zipFiles[0]], null);
    }

    /// <param name="asOf">The data's date; without it, <c>as-of.txt</c> in the folder, or else the newest file's modification date.</param>
    public static CongressReadResult Read(string folder, DateOnly? asOf = null)
    {
        var (files, findError) = Find(folder);
        if (findError is not null)
        {
            return new(null, [findError], []);
        }

        var errors = new List<string>();
        var warnings = new List<string>();
        try
        {
            return Read(folder, files, asOf, errors, warnings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, [.. errors, $"Cannot read the files in {folder}: {e.Message}"], warnings);
        }
    }

    private static CongressReadResult Read(string folder, string[] files, DateOnly? asOf, List<string> errors, List<string> warnings)
    {
        var date = asOf ?? ReadAsOf(folder, files, errors, warnings);
        var congress = int.Parse(ZipFileName().Match(Path.GetFileName(files[2])).Groups[1].Value, CultureInfo.InvariantCulture);

        var members = ReadLegislators(files[0], errors, warnings);
        var offices = ReadOffices(files[1], members, errors, warnings);
        var zips = ReadZipDistricts(files[2], errors);
        if (errors.Count > 0)
        {
            return new(null, errors, warnings);
        }

        CheckDistrictNumbering(Path.GetFileName(files[2]), members.Values, zips, errors);
        if (errors.Count > 0)
        {
            return new(null, errors, warnings);
        }

        var linked = members.Values
            .Select(m => m with { Offices = offices.TryGetValue(m.BioguideId, out var own) ? [.. own] : [] })
            .ToImmutableArray();
        return new(new CongressData(date, congress, linked, zips), errors, warnings);
    }

    private static DateOnly ReadAsOf(string folder, string[] files, List<string> errors, List<string> warnings)
    {
        var path = Path.Combine(folder, AsOfFile);
        if (File.Exists(path))
        {
            var line = File.ReadLines(path).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
            if (DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add($"{AsOfFile}: the first line that is not a comment must be the data's date as YYYY-MM-DD, not \"{line}\".");
            return default;
        }

        var newest = files.Max(f => File.GetLastWriteTimeUtc(f));
        warnings.Add($"No {AsOfFile} in {folder}: the data is dated by its newest file's modification time, {newest:yyyy-MM-dd}.");
        return DateOnly.FromDateTime(newest);
    }

    private static Dictionary<string, Lawmaker> ReadLegislators(string path, List<string> errors, List<string> warnings)
    {
        var members = new Dictionary<string, Lawmaker>(StringComparer.Ordinal);
        var seats = new Dictionary<District, long>();
        var senators = new Dictionary<string, int>(StringComparer.Ordinal);
        ReadRows(path, LegislatorColumns, errors, (row, problems) =>
        {
            var id = row["bioguide_id"];
            var type = row["type"];
            var state = row["state"];
            var districtText = row["district"];
            if (id is null || !BioguideId().IsMatch(id))
            {
                problems.Add(row.Line, $"bioguide_id must be a letter and 6 digits, not \"{id}\".");
                return;
            }

            if (members.ContainsKey(id))
            {
                problems.Add(row.Line, $"{id} appears twice.");
                return;
            }

            if (state is null || !Jurisdictions.ByCode.TryGetValue(state, out var place))
            {
                problems.Add(row.Line, $"state must be a two-letter state or territory code, not \"{state}\".");
                return;
            }

            Chamber chamber;
            int? district = null;
            if (type == "sen")
            {
                chamber = Chamber.Senate;
                if (!place.HasSenators)
                {
                    problems.Add(row.Line, $"{place.Name} has no senators, but {id} is one.");
                    return;
                }

                if (districtText is not null)
                {
                    problems.Add(row.Line, $"a senator has no district, but {id} has \"{districtText}\".");
                    return;
                }

                senators[state] = senators.GetValueOrDefault(state) + 1;
                if (senators[state] > 2)
                {
                    problems.Add(row.Line, $"{place.Name} would have more than two senators with {id}.");
                    return;
                }
            }
            else if (type == "rep")
            {
                chamber = Chamber.House;
                if (!TryParseDistrict(districtText, out var number))
                {
                    problems.Add(row.Line, $"district must be a number from 0 (at large) to 99 for a representative, not \"{districtText}\".");
                    return;
                }

                var seat = new District(state, number);
                if (seats.TryGetValue(seat, out var firstLine))
                {
                    problems.Add(row.Line, $"{seat} already has a member (line {firstLine}).");
                    return;
                }

                seats[seat] = row.Line;
                district = number;
            }
            else
            {
                problems.Add(row.Line, $"type must be \"sen\" or \"rep\", not \"{type}\".");
                return;
            }

            var name = row["full_name"] ?? JoinName(row["first_name"], row["last_name"], row["suffix"]);
            if (name is null)
            {
                problems.Add(row.Line, $"{id} has neither full_name nor first_name and last_name.");
                return;
            }

            members[id] = new Lawmaker(
                id, name, chamber, state, district, row["party"] ?? "",
                Phone(row, "phone", warnings), WebAddress(row, "contact_form", warnings), WebAddress(row, "url", warnings), [],
                Handle(row, "twitter", TwitterHandle(), warnings), Handle(row, "mastodon", MastodonHandle(), warnings) is { } mastodon ? "@" + mastodon : null);
        });
        return members;
    }

    private static Dictionary<string, List<DistrictOffice>> ReadOffices(
        string path, Dictionary<string, Lawmaker> members, List<string> errors, List<string> warnings)
    {
        var offices = new Dictionary<string, List<DistrictOffice>>(StringComparer.Ordinal);
        var formerMembers = 0;
        var elsewhere = 0;
        ReadRows(path, OfficeColumns, errors, (row, problems) =>
        {
            var id = row["bioguide"];
            var state = row["state"];
            var zip = row["zip"];
            if (id is null || !BioguideId().IsMatch(id))
            {
                problems.Add(row.Line, $"bioguide must be a letter and 6 digits, not \"{id}\".");
                return;
            }

            if (state is null || !Jurisdictions.ByCode.ContainsKey(state))
            {
                problems.Add(row.Line, $"state must be a two-letter state or territory code, not \"{state}\".");
                return;
            }

            if (zip is not null && !ZipOrZipPlusFour().IsMatch(zip))
            {
                problems.Add(row.Line, $"zip must be 5 digits or ZIP+4 (12345-6789), not \"{zip}\".");
                return;
            }

            if (!members.TryGetValue(id, out var member))
            {
                formerMembers++;
                return;
            }

            // Supporters are sent to offices in their own state only.
            if (member.State != state)
            {
                elsewhere++;
                return;
            }

            var office = new DistrictOffice(row["address"], row["building"], row["suite"], row["city"] ?? "", state, zip, Phone(row, "phone", warnings));
            if (!offices.TryGetValue(id, out var list))
            {
                offices[id] = list = [];
            }

            list.Add(office);
        });
        if (formerMembers > 0)
        {
            warnings.Add($"{OfficesFile}: left out {formerMembers} office(s) of people not in {LegislatorsFile}.");
        }

        if (elsewhere > 0)
        {
            warnings.Add($"{OfficesFile}: left out {elsewhere} office(s) outside their member's state.");
        }

        return offices;
    }

    private static ImmutableArray<(int Zip, District District)> ReadZipDistricts(string path, List<string> errors)
    {
        var rows = ImmutableArray.CreateBuilder<(int, District)>(45_000);
        ReadRows(path, ZipColumns, errors, (row, problems) =>
        {
            var state = row["state_abbr"];
            var zcta = row["zcta"];
            var cd = row["cd"];
            if (state is null || !Jurisdictions.ByCode.ContainsKey(state))
            {
                problems.Add(row.Line, $"state_abbr must be a two-letter state or territory code, not \"{state}\".");
            }
            else if (zcta is null || zcta.Length != 5 || !zcta.All(char.IsAsciiDigit))
            {
                problems.Add(row.Line, $"zcta must be 5 digits, not \"{zcta}\".");
            }
            else if (!TryParseDistrict(cd, out var number))
            {
                problems.Add(row.Line, $"cd must be a district number from 0 (at large) to 99, not \"{cd}\".");
            }
            else
            {
                rows.Add((int.Parse(zcta, CultureInfo.InvariantCulture), new District(state, number)));
            }
        });
        return rows.ToImmutable();
    }

    /// <summary>
    /// A vacant seat is normal, but a state whose files disagree on at-large numbering (0 in one,
    /// 1 in the other) would leave every supporter there without a representative.
    /// </summary>
    private static void CheckDistrictNumbering(string zipFile, IEnumerable<Lawmaker> members, ImmutableArray<(int Zip, District District)> zips, List<string> errors)
    {
        var memberSeats = members.Where(m => m.District is not null).Select(m => new District(m.State, m.District!.Value)).ToHashSet();
        var atLargeByMembers = memberSeats.Where(d => d.IsAtLarge).Select(d => d.State).ToHashSet(StringComparer.Ordinal);
        var numberedByMembers = memberSeats.Where(d => !d.IsAtLarge).Select(d => d.State).ToHashSet(StringComparer.Ordinal);
        foreach (var district in zips.Select(z => z.District).Distinct().Order())
        {
            if (!memberSeats.Contains(district)
                && (district.IsAtLarge ? numberedByMembers.Contains(district.State) : atLargeByMembers.Contains(district.State)))
            {
                errors.Add($"{zipFile}: {district} does not match {LegislatorsFile}, where {district.State} " +
                    (district.IsAtLarge ? "has numbered districts." : "is one at-large district (0)."));
            }
        }
    }

    private static void ReadRows(string path, string[] required, List<string> errors, Action<Row, Problems> onRow)
    {
        var file = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        // Strict UTF-8: a file saved in another encoding is refused rather than read with mangled names.
        if (!Utf8.IsValid(bytes))
        {
            errors.Add($"{file} is not UTF-8 text; save it as UTF-8 and try again.");
            return;
        }

        var problems = new Problems(file);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => problems.Add(record.LineNumber, record.Reason switch
            {
                CsvMalformedReason.FieldCountMismatch => "the number of fields differs from the header.",
                CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed.",
                _ => "a field has a stray quote.",
            }),
        };
        try
        {
            using var csv = CsvReader.Create(bytes, options);
            var header = csv.Headers;
            if (header.Count == 0)
            {
                errors.Add($"{file} is empty.");
                return;
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                columns.TryAdd(header[i], i);
            }

            var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                errors.Add($"{file}, line 1: the header lacks the column(s) {string.Join(", ", missing)}.");
                return;
            }

            var rows = 0;
            while (csv.Read())
            {
                rows++;
                onRow(new Row(csv, columns, file, csv.LineNumber), problems);
            }

            if (rows == 0 && problems.Count == 0)
            {
                errors.Add($"{file} has a header but no rows.");
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(e.LineNumber, $"cannot be read as CSV ({e.Message}).");
        }

        problems.CopyTo(errors);
    }

    private static bool TryParseDistrict(string? text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number <= 99;

    private static string? JoinName(string? first, string? last, string? suffix) =>
        first is null || last is null ? null : suffix is null ? $"{first} {last}" : $"{first} {last}, {suffix}";

    /// <summary>A phone number that a <c>tel:</c> link can dial, or nothing.</summary>
    private static string? Phone(Row row, string column, List<string> warnings)
    {
        var value = row[column];
        if (value is null || value.Count(char.IsAsciiDigit) == 10 && value.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '(' or ')' or '.'))
        {
            return value;
        }

        warnings.Add($"{row.File}, line {row.Line}: {column} \"{value}\" is not a 10-digit US number and is left out.");
        return null;
    }

    /// <summary>
    /// Only http and https addresses become links: a page must never carry a <c>javascript:</c>
    /// link from a data file. Anything else is left out (the live data has an "hhttps://").
    /// </summary>
    private static string? WebAddress(Row row, string column, List<string> warnings)
    {
        var value = row[column];
        if (value is null
            || Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host))
        {
            return value;
        }

        warnings.Add($"{row.File}, line {row.Line}: {column} \"{value}\" is not a web address and is left out.");
        return null;
    }

    /// <summary>
    /// A social account from an optional column: the data's own spelling, or nothing when the
    /// column is missing or the value could not be an account (it goes into a post as typed).
    /// </summary>
    private static string? Handle(Row row, string column, Regex pattern, List<string> warnings)
    {
        var value = row.Optional(column);
        if (value is null)
        {
            return null;
        }

        var match = pattern.Match(value);
        if (match.Success)
        {
            return match.Groups["account"].Value;
        }

        warnings.Add($"{row.File}, line {row.Line}: {column} \"{value}\" is not an account name and is left out.");
        return null;
    }

    private readonly struct Row(CsvReader csv, Dictionary<string, int> columns, string file, long line)
    {
        public string File => file;

        public long Line => line;

        /// <summary>The trimmed field, or null when it is empty.</summary>
        public string? this[string column]
        {
            get
            {
                var value = csv[columns[column]].ToString();
                return string.IsNullOrEmpty(value) ? null : value;
            }
        }

        /// <summary>Like the indexer, for a column that older files may not have.</summary>
        public string? Optional(string column) => columns.ContainsKey(column) ? this[column] : null;
    }

    private sealed class Problems(string file)
    {
        private readonly List<string> _shown = [];
        private int _count;

        public int Count => _count;

        public void Add(long line, string message)
        {
            _count++;
            if (_shown.Count < MaxProblemsPerFile)
            {
                _shown.Add($"{file}, line {line}: {message}");
            }
        }

        public void CopyTo(List<string> errors)
        {
            errors.AddRange(_shown);
            if (_count > _shown.Count)
            {
                errors.Add($"{file}: {_count - _shown.Count} more problems not shown.");
            }
        }
    }

    [GeneratedRegex("^zcta-to-district-cd([0-9]{2,3})\\.csv$")]
    private static partial Regex ZipFileName();

    [GeneratedRegex("^[A-Z][0-9]{6}$")]
    private static partial Regex BioguideId();

    // X allows 1 to 15 letters, digits and underscores; the data writes them without the @.
    [GeneratedRegex("^@?(?<account>[A-Za-z0-9_]{1,15})$")]
    private static partial Regex TwitterHandle();

    // @user@server, as Mastodon shows an account; the server is a host name.
    [GeneratedRegex("^@?(?<account>[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)$")]
    private static partial Regex MastodonHandle();

    [GeneratedRegex("^[0-9]{5}(-[0-9]{4})?$")]
    private static partial Regex ZipOrZipPlusFour();
}
