using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Fairwatch.Lawmakers;

public enum ZipLookupStatus
{
    Found,

    /// <summary>Not a ZIP code at all: the supporter mistyped.</summary>
    InvalidZip,

    /// <summary>A well-formed ZIP code with no district in the data (PO box, business, military, or not in use).</summary>
    UnknownZip,
}

/// <summary>A lawmaker found for a ZIP code, with their district offices in that state, nearest first.</summary>
public sealed record LawmakerMatch(Lawmaker Lawmaker, ImmutableArray<DistrictOffice> Offices);

public sealed record LawmakerLookup(
    ZipLookupStatus Status,
    string? Zip,
    ImmutableArray<District> Districts,
    ImmutableArray<LawmakerMatch> Senators,
    ImmutableArray<LawmakerMatch> Representatives,
    ImmutableArray<District> VacantSeats,
    ImmutableArray<string> StatesWithVacantSenateSeat)
{
    /// <summary>The ZIP code spans districts: the supporter must say which one is theirs.</summary>
    public bool MustChooseRepresentative => Districts.Length > 1;

    /// <summary>The ZIP code spans a state line, so even the senators depend on where the supporter lives.</summary>
    public bool CrossesStateLine => States.Length > 1;

    public ImmutableArray<string> States => [.. Districts.Select(d => d.State).Distinct()];

    public IEnumerable<LawmakerMatch> All => Senators.Concat(Representatives);

    internal static LawmakerLookup Failed(ZipLookupStatus status, string? zip) => new(status, zip, [], [], [], [], []);
}

/// <summary>
/// Every current member of Congress and the districts of every ZIP code, read once at start-up
/// and never changed: a lookup takes no lock and touches no database.
/// </summary>
public sealed class LawmakerDirectory
{
    private const int ZipCodes = 100_000;

    // Indexed by the ZIP code's number: one array read per lookup, no hashing of the input.
    private readonly District[]?[] _districtsByZip = new District[]?[ZipCodes];
    private readonly FrozenDictionary<string, ImmutableArray<Lawmaker>> _senatorsByState;
    private readonly FrozenDictionary<District, Lawmaker> _memberBySeat;

    public LawmakerDirectory(CongressData data, string folder)
    {
        Folder = folder;
        AsOf = data.AsOf;
        CongressNumber = data.CongressNumber;
        Members = data.Members;
        _senatorsByState = data.Members.Where(m => m.Chamber == Chamber.Senate)
            .GroupBy(m => m.State, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(m => m.Name, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        _memberBySeat = data.Members.Where(m => m.Chamber == Chamber.House)
            .ToFrozenDictionary(m => new District(m.State, m.District!.Value));

        foreach (var group in data.ZipDistricts.GroupBy(z => z.Zip))
        {
            _districtsByZip[group.Key] = [.. group.Select(z => z.District).Distinct().Order()];
        }

        foreach (var (zip, code) in IslandAreaZips())
        {
            _districtsByZip[zip] ??= [new District(code, 0)];
        }

        ZipCount = _districtsByZip.Count(d => d is not null);
        VacantSeats = [.. _districtsByZip.Where(d => d is not null).SelectMany(d => d!).Distinct()
            .Where(d => !_memberBySeat.ContainsKey(d)).Order()];
    }

    public string Folder { get; }

    /// <summary>When the member files were built: who holds a seat can change after this date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The Congress whose district boundaries the ZIP file describes (119 for 2025–2027).</summary>
    public int CongressNumber { get; }

    public ImmutableArray<Lawmaker> Members { get; }

    public int ZipCount { get; }

    /// <summary>Districts that have ZIP codes but no current member.</summary>
    public ImmutableArray<District> VacantSeats { get; }

    /// <summary>Reads a data folder, or throws with every problem found in it.</summary>
    public static LawmakerDirectory Load(string folder)
    {
        var result = CongressFiles.Read(folder);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The Congress data in {folder} cannot be used:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", result.Errors));
        }

        return new LawmakerDirectory(result.Data!, folder);
    }

    /// <summary>
    /// Accepts a 5-digit ZIP code or ZIP+4 (<c>12345-6789</c>), with surrounding spaces; the
    /// districts are known for the first five digits only.
    /// </summary>
    public static bool TryNormaliseZip(string? input, out int zip)
    {
        zip = 0;
        var text = input.AsSpan().Trim();
        if (text.Length == 10 && text[5] == '-' && AllDigits(text[6..]))
        {
            text = text[..5];
        }

        if (text.Length != 5 || !AllDigits(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            zip = (zip * 10) + (c - '0');
        }

        return true;
    }

    public LawmakerLookup Lookup(string? input)
    {
        if (!TryNormaliseZip(input, out var zip))
        {
            return LawmakerLookup.Failed(ZipLookupStatus.InvalidZip, null);
        }

        var zipText = zip.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        if (_districtsByZip[zip] is not { } districts)
        {
            return LawmakerLookup.Failed(ZipLookupStatus.UnknownZip, zipText);
        }

        var senators = ImmutableArray.CreateBuilder<LawmakerMatch>();
        var shortOfSenators = ImmutableArray.CreateBuilder<string>();
        string? previousState = null;
        foreach (var district in districts)
        {
            // Districts are sorted by state, so each state's senators are added once.
            if (district.State == previousState)
            {
                continue;
            }

            previousState = district.State;
            var state = _senatorsByState.GetValueOrDefault(district.State, []);
            senators.AddRange(state.Select(s => Match(s, zip)));
            if (Jurisdictions.Get(district.State).HasSenators && state.Length < 2)
            {
                shortOfSenators.Add(district.State);
            }
        }

        var representatives = ImmutableArray.CreateBuilder<LawmakerMatch>(districts.Length);
        var vacant = ImmutableArray.CreateBuilder<District>();
        foreach (var district in districts)
        {
            if (_memberBySeat.TryGetValue(district, out var member))
            {
                representatives.Add(Match(member, zip));
            }
            else
            {
                vacant.Add(district);
            }
        }

        return new LawmakerLookup(ZipLookupStatus.Found, zipText, [.. districts], senators.ToImmutable(),
            representatives.ToImmutable(), vacant.ToImmutable(), shortOfSenators.ToImmutable());
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The data has no location for a ZIP code, so offices are ordered by how close their ZIP
    /// code is: the same ZIP, then the same 3-digit area (one postal sorting centre), then by
    /// numeric distance, which follows geography roughly within a state.
    /// </summary>
    private static LawmakerMatch Match(Lawmaker lawmaker, int zip)
    {
        if (lawmaker.Offices.Length < 2)
        {
            return new LawmakerMatch(lawmaker, lawmaker.Offices);
        }

        var ordered = lawmaker.Offices.OrderBy(o => Closeness(o, zip)).ToImmutableArray();
        return new LawmakerMatch(lawmaker, ordered);
    }

    private static (int, int) Closeness(DistrictOffice office, int zip)
    {
        if (!TryNormaliseZip(office.Zip, out var officeZip))
        {
            return (3, 0);
        }

        var band = officeZip == zip ? 0 : officeZip / 100 == zip / 100 ? 1 : 2;
        return (band, Math.Abs(officeZip - zip));
    }

    private static IEnumerable<(int Zip, string Code)> IslandAreaZips()
    {
        for (var zip = 0; zip < ZipCodes; zip++)
        {
            if (Jurisdictions.IslandAreaFor(zip) is { } code)
            {
                yield return (zip, code);
            }
        }
    }
}
