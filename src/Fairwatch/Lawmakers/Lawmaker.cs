using System.Collections.Immutable;

namespace Fairwatch.Lawmakers;

public enum Chamber
{
    Senate,
    House,
}

public enum LawmakerTitle
{
    Senator,
    Representative,
    Delegate,
    ResidentCommissioner,
}

/// <summary>A congressional district; number 0 is an at-large seat (a whole state, DC or a territory).</summary>
public readonly record struct District(string State, int Number) : IComparable<District>
{
    public bool IsAtLarge => Number == 0;

    public int CompareTo(District other)
    {
        var byState = string.CompareOrdinal(State, other.State);
        return byState != 0 ? byState : Number.CompareTo(other.Number);
    }

    public override string ToString() => IsAtLarge ? $"{State} at large" : $"{State}-{Number}";
}

public sealed record DistrictOffice(
    string? Address, string? Building, string? Suite, string City, string State, string? Zip, string? Phone);

/// <param name="Twitter">The X (Twitter) account, without the @.</param>
/// <param name="Mastodon">The Mastodon account as @user@server.</param>
public sealed record Lawmaker(
    string BioguideId,
    string Name,
    Chamber Chamber,
    string State,
    int? District,
    string Party,
    string? Phone,
    string? ContactForm,
    string? Website,
    ImmutableArray<DistrictOffice> Offices,
    string? Twitter = null,
    string? Mastodon = null)
{
    public LawmakerTitle Title => Chamber == Chamber.Senate
        ? LawmakerTitle.Senator
        : Jurisdictions.Get(State).Representation switch
        {
            Representation.Delegate => LawmakerTitle.Delegate,
            Representation.ResidentCommissioner => LawmakerTitle.ResidentCommissioner,
            _ => LawmakerTitle.Representative,
        };
}

/// <summary>What the three files hold, checked and linked; <see cref="LawmakerDirectory"/> indexes it.</summary>
public sealed record CongressData(
    DateOnly AsOf,
    int CongressNumber,
    ImmutableArray<Lawmaker> Members,
    ImmutableArray<(int Zip, District District)> ZipDistricts);
