using System.Collections.Immutable;
using System.Globalization;
using Fairwatch.Lawmakers;

namespace Fairwatch.Actions;

public enum TargetLookupStatus
{
    /// <summary>The action writes to lawmakers and the supporter has not given a ZIP code yet.</summary>
    NeedZip,
    InvalidZip,
    UnknownZip,

    /// <summary>The ZIP code spans districts (or states) that matter here: the supporter must say which is theirs.</summary>
    ChooseDistrict,
    Found,
}

/// <summary>A district the supporter may live in, with the representative who holds it (none when vacant).</summary>
public sealed record DistrictChoice(District District, LawmakerMatch? Representative)
{
    public string Key => DistrictKeys.Format(District);
}

/// <summary>Whom an action addresses for one supporter, and what the page must explain.</summary>
public sealed record TargetLookup(
    TargetLookupStatus Status,
    LawmakerLookup? Lookup,
    District? District,
    ImmutableArray<LawmakerMatch> Senators,
    ImmutableArray<LawmakerMatch> Representatives,
    ImmutableArray<DistrictChoice> Choices)
{
    /// <summary>The action wants senators but the supporter's place has none (DC, the territories).</summary>
    public bool NoSenators { get; init; }

    public bool SenateSeatVacant { get; init; }

    /// <summary>The action wants the representative but the seat is empty.</summary>
    public bool HouseSeatVacant { get; init; }

    /// <summary>Whether <see cref="District"/> is the supporter's own district, not just one in their state.</summary>
    public bool DistrictKnown { get; init; }

    public string? Zip => Lookup?.Zip;

    public IEnumerable<LawmakerMatch> Lawmakers => Senators.Concat(Representatives);

    public static TargetLookup Missing(TargetLookupStatus status, LawmakerLookup? lookup = null) => new(status, lookup, null, [], [], []);
}

/// <summary>"CA-11" in addresses and forms; district 0 is an at-large seat ("AK-0").</summary>
public static class DistrictKeys
{
    public static string Format(District district) => string.Create(CultureInfo.InvariantCulture, $"{district.State}-{district.Number}");

    public static bool TryParse(string? key, out District district)
    {
        district = default;
        var dash = key?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (key is null || dash != 2 || !int.TryParse(key.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 99)
        {
            return false;
        }

        district = new District(key[..2], number);
        return true;
    }
}

/// <summary>
/// Finds the lawmakers an action addresses from the supporter's ZIP code and, where the ZIP code
/// spans districts, the district they chose. It never guesses: a choice that matters is asked for.
/// </summary>
public sealed class ActionTargeting(LawmakerDirectory directory)
{
    public DateOnly AsOf => directory.AsOf;

    public TargetLookup Find(LawmakerTargets wanted, string? zip, string? districtKey)
    {
        if (wanted == LawmakerTargets.None)
        {
            return new TargetLookup(TargetLookupStatus.Found, null, null, [], [], []);
        }

        if (zip is null)
        {
            return TargetLookup.Missing(TargetLookupStatus.NeedZip);
        }

        var lookup = directory.Lookup(zip);
        if (lookup.Status != ZipLookupStatus.Found)
        {
            return TargetLookup.Missing(lookup.Status == ZipLookupStatus.InvalidZip ? TargetLookupStatus.InvalidZip : TargetLookupStatus.UnknownZip, lookup);
        }

        var wantsSenators = wanted.HasFlag(LawmakerTargets.Senators);
        var wantsRepresentative = wanted.HasFlag(LawmakerTargets.Representative);
        District? chosen = DistrictKeys.TryParse(districtKey, out var parsed) && lookup.Districts.Contains(parsed) ? parsed : null;
        var mustChoose = (wantsRepresentative && lookup.MustChooseRepresentative) || (wantsSenators && lookup.CrossesStateLine);
        if (mustChoose && chosen is null)
        {
            var choices = lookup.Districts.Select(d => new DistrictChoice(
                d, lookup.Representatives.FirstOrDefault(r => r.Lawmaker.State == d.State && r.Lawmaker.District == d.Number))).ToImmutableArray();
            return TargetLookup.Missing(TargetLookupStatus.ChooseDistrict, lookup) with { Choices = choices };
        }

        var district = chosen ?? lookup.Districts[0];
        var senators = wantsSenators ? lookup.Senators.Where(s => s.Lawmaker.State == district.State).ToImmutableArray() : [];
        var representatives = wantsRepresentative
            ? lookup.Representatives.Where(r => r.Lawmaker.State == district.State && r.Lawmaker.District == district.Number).ToImmutableArray()
            : [];
        return new TargetLookup(TargetLookupStatus.Found, lookup, district, senators, representatives, [])
        {
            NoSenators = wantsSenators && !Jurisdictions.Get(district.State).HasSenators,
            SenateSeatVacant = wantsSenators && lookup.StatesWithVacantSenateSeat.Contains(district.State),
            HouseSeatVacant = wantsRepresentative && lookup.VacantSeats.Contains(district),
            DistrictKnown = chosen is not null || lookup.Districts.Length == 1,
        };
    }
}
