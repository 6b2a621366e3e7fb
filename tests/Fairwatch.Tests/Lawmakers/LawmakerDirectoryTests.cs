using Fairwatch.Lawmakers;

namespace Fairwatch.Tests.Lawmakers;

/// <summary>Lookups against the Congress data that ships with the app.</summary>
public sealed class LawmakerDirectoryTests
{
    private static readonly Lazy<LawmakerDirectory> Shipped = new(() => LawmakerDirectory.Load(CongressFolder.ShippedPath));

    private static LawmakerDirectory Directory => Shipped.Value;

    [Fact]
    public void The_shipped_data_loads_whole_with_its_date()
    {
        Assert.Equal(537, Directory.Members.Length);
        Assert.Equal(100, Directory.Members.Count(m => m.Chamber == Chamber.Senate));
        Assert.Equal(new DateOnly(2026, 6, 15), Directory.AsOf);
        Assert.Equal(119, Directory.CongressNumber);
        Assert.True(Directory.ZipCount > 33_774, $"{Directory.ZipCount} ZIP codes");
    }

    [Fact]
    public void A_zip_code_in_one_district_gives_two_senators_and_one_representative()
    {
        var result = Directory.Lookup("94110");

        Assert.Equal(ZipLookupStatus.Found, result.Status);
        Assert.Equal("94110", result.Zip);
        Assert.Equal<District>([new District("CA", 11)], result.Districts);
        Assert.False(result.MustChooseRepresentative);
        Assert.Equal(["Adam B. Schiff", "Alex Padilla"], result.Senators.Select(s => s.Lawmaker.Name).Order(StringComparer.Ordinal));
        Assert.All(result.Senators, s => Assert.Equal(LawmakerTitle.Senator, s.Lawmaker.Title));
        var representative = Assert.Single(result.Representatives).Lawmaker;
        Assert.Equal(("P000197", "Nancy Pelosi", 11, LawmakerTitle.Representative), (representative.BioguideId, representative.Name, representative.District, representative.Title));
        Assert.Equal("202-225-4965", representative.Phone);
        Assert.Empty(result.VacantSeats);
    }

    [Fact]
    public void Social_accounts_come_from_the_data_as_people_write_them()
    {
        var cantwell = Directory.Members.Single(m => m.BioguideId == "C000127");
        Assert.Equal("SenatorCantwell", cantwell.Twitter);
        Assert.Null(cantwell.Mastodon);
        var norton = Directory.Members.Single(m => m.State == "DC");
        Assert.Equal("@CongresswomanNorton@Mastodon.social", norton.Mastodon);
        Assert.Equal(13, Directory.Members.Count(m => m.Mastodon is not null));
        Assert.True(Directory.Members.Count(m => m.Twitter is not null) > 500);
    }

    [Fact]
    public void A_zip_code_split_between_districts_lists_every_candidate_and_asks_to_choose()
    {
        var result = Directory.Lookup("60614");

        Assert.True(result.MustChooseRepresentative);
        Assert.False(result.CrossesStateLine);
        Assert.Equal<District>([new District("IL", 3), new District("IL", 5), new District("IL", 7)], result.Districts);
        Assert.Equal([3, 5, 7], result.Representatives.Select(r => r.Lawmaker.District!.Value));
        Assert.Equal(2, result.Senators.Length);
    }

    [Fact]
    public void A_zip_code_across_a_state_line_gives_both_states_senators()
    {
        var result = Directory.Lookup("30165");

        Assert.True(result.MustChooseRepresentative);
        Assert.True(result.CrossesStateLine);
        Assert.Equal<string>(["AL", "GA"], result.States);
        Assert.Equal(["AL", "AL", "GA", "GA"], result.Senators.Select(s => s.Lawmaker.State));
        Assert.Equal(["R000575", "F000485"], result.Representatives.Select(r => r.Lawmaker.BioguideId));
    }

    [Fact]
    public void Washington_DC_has_its_delegate_and_no_senators()
    {
        var result = Directory.Lookup("20001");

        Assert.Equal<District>([new District("DC", 0)], result.Districts);
        Assert.Empty(result.Senators);
        Assert.Empty(result.StatesWithVacantSenateSeat);
        var delegate_ = Assert.Single(result.Representatives).Lawmaker;
        Assert.Equal("Eleanor Holmes Norton", delegate_.Name);
        Assert.Equal(LawmakerTitle.Delegate, delegate_.Title);
        Assert.Equal(Chamber.House, delegate_.Chamber);
    }

    [Theory]
    [InlineData("82001", "WY", "Harriet M. Hageman")]
    [InlineData("99501", "AK", "Nicholas J. Begich III")]
    [InlineData("05401", "VT", "Becca Balint")]
    public void An_at_large_state_has_two_senators_and_its_one_representative(string zip, string state, string representative)
    {
        var result = Directory.Lookup(zip);

        Assert.Equal<District>([new District(state, 0)], result.Districts);
        Assert.Equal(2, result.Senators.Length);
        var member = Assert.Single(result.Representatives).Lawmaker;
        Assert.Equal((representative, 0), (member.Name, member.District));
    }

    [Fact]
    public void Puerto_Rico_has_its_resident_commissioner_and_no_senators()
    {
        var result = Directory.Lookup("00901");

        Assert.Empty(result.Senators);
        var member = Assert.Single(result.Representatives).Lawmaker;
        Assert.Equal(("H001103", LawmakerTitle.ResidentCommissioner), (member.BioguideId, member.Title));
    }

    [Theory]
    [InlineData("96910", "GU", "M001219")]
    [InlineData("00802", "VI", "P000610")]
    [InlineData("96799", "AS", "R000600")]
    [InlineData("96950", "MP", "K000404")]
    public void The_island_areas_missing_from_the_census_file_find_their_delegate(string zip, string code, string bioguide)
    {
        var result = Directory.Lookup(zip);

        Assert.Equal(ZipLookupStatus.Found, result.Status);
        Assert.Equal<District>([new District(code, 0)], result.Districts);
        Assert.Empty(result.Senators);
        var member = Assert.Single(result.Representatives).Lawmaker;
        Assert.Equal((bioguide, LawmakerTitle.Delegate), (member.BioguideId, member.Title));
    }

    [Theory]
    [InlineData("94110-1234")]
    [InlineData("  94110 ")]
    [InlineData("\t94110-0001\n")]
    public void ZIP_plus_four_and_spaces_are_accepted(string input)
    {
        var result = Directory.Lookup(input);

        Assert.Equal(ZipLookupStatus.Found, result.Status);
        Assert.Equal("94110", result.Zip);
        Assert.Equal("P000197", Assert.Single(result.Representatives).Lawmaker.BioguideId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("9411")]
    [InlineData("941100")]
    [InlineData("94110-12")]
    [InlineData("94110 1234")]
    [InlineData("9411O")]
    [InlineData("-9411")]
    [InlineData("９４１１０")]
    [InlineData("94110-123a")]
    [InlineData("<script>")]
    public void Anything_but_five_digits_or_ZIP_plus_four_is_invalid(string? input)
    {
        var result = Directory.Lookup(input);

        Assert.Equal(ZipLookupStatus.InvalidZip, result.Status);
        Assert.Null(result.Zip);
        Assert.Empty(result.All);
    }

    [Theory]
    [InlineData("00000")]
    [InlineData("99999")]
    [InlineData("96940")] // Palau: a U.S. ZIP code, but no member of Congress.
    public void A_well_formed_zip_code_without_a_district_is_unknown_not_invalid(string zip)
    {
        var result = Directory.Lookup(zip);

        Assert.Equal(ZipLookupStatus.UnknownZip, result.Status);
        Assert.Equal(zip, result.Zip);
        Assert.Empty(result.All);
    }

    [Fact]
    public void A_vacant_seat_in_the_shipped_data_is_reported_not_skipped()
    {
        // CA-14 had no member when the data was built.
        var result = Directory.Lookup("94541");

        Assert.Equal<District>([new District("CA", 14)], result.VacantSeats);
        Assert.Empty(result.Representatives);
        Assert.Equal(2, result.Senators.Length);
        Assert.Contains(new District("CA", 14), Directory.VacantSeats);
    }

    [Fact]
    public void Offices_are_the_lawmakers_own_in_the_state_nearest_zip_first()
    {
        var result = Directory.Lookup("94103");

        var pelosi = Assert.Single(result.Representatives);
        Assert.Equal("94103", pelosi.Offices[0].Zip);
        Assert.All(result.All.SelectMany(m => m.Offices), o => Assert.Equal("CA", o.State));
        var schiff = result.Senators.Single(s => s.Lawmaker.BioguideId == "S001150");
        Assert.Equal(schiff.Lawmaker.Offices.Length, schiff.Offices.Length);
        Assert.Equal(["94104", "93721", "92101"], schiff.Offices.Select(o => o.Zip));
        // Los Angeles: no office in its postal area, so the numerically closest ZIP (San Diego) comes first.
        var fromLosAngeles = Directory.Lookup("90012").Senators.Single(s => s.Lawmaker.BioguideId == "S001150");
        Assert.Equal(["92101", "93721", "94104"], fromLosAngeles.Offices.Select(o => o.Zip));
    }

    [Fact]
    public void A_member_with_a_mistyped_contact_link_keeps_the_rest_of_the_record()
    {
        // The live file has "hhttps://" for one member: no link is better than a broken or unsafe one.
        var fine = Directory.Members.Single(m => m.Name.Contains("Fine", StringComparison.Ordinal) && m.State == "FL");

        Assert.Null(fine.ContactForm);
        Assert.StartsWith("https://", fine.Website, StringComparison.Ordinal);
        Assert.NotNull(fine.Phone);
    }

    [Fact]
    public void A_member_without_a_full_name_is_named_from_first_and_last()
    {
        var member = Directory.Members.Single(m => m.BioguideId == "G000607");

        Assert.Equal("James Gallagher", member.Name);
        Assert.Null(member.Phone);
    }
}
