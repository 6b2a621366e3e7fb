using Fairwatch.Actions;
using Fairwatch.Lawmakers;
using Fairwatch.Tests.Lawmakers;

namespace Fairwatch.Tests.Actions;

/// <summary>Whom an action addresses, from the shipped Congress data; a choice that matters is never guessed.</summary>
public sealed class ActionTargetingTests
{
    private static readonly Lazy<ActionTargeting> Shipped = new(() => new ActionTargeting(LawmakerDirectory.Load(CongressFolder.ShippedPath)));

    private static ActionTargeting Targeting => Shipped.Value;

    [Fact]
    public void A_zip_code_in_one_district_gives_two_senators_and_one_representative()
    {
        var found = Targeting.Find(LawmakerTargets.Both, "94110", null);

        Assert.Equal(TargetLookupStatus.Found, found.Status);
        Assert.Equal(["Adam B. Schiff", "Alex Padilla"], found.Senators.Select(s => s.Lawmaker.Name).Order(StringComparer.Ordinal));
        Assert.Equal("P000197", Assert.Single(found.Representatives).Lawmaker.BioguideId);
        Assert.True(found.DistrictKnown);
        Assert.Equal(new District("CA", 11), found.District);
    }

    [Fact]
    public void Only_the_lawmakers_the_action_wants_are_targets()
    {
        Assert.Empty(Targeting.Find(LawmakerTargets.Senators, "94110", null).Representatives);
        Assert.Empty(Targeting.Find(LawmakerTargets.Representative, "94110", null).Senators);
        var none = Targeting.Find(LawmakerTargets.None, null, null);
        Assert.Equal(TargetLookupStatus.Found, none.Status);
        Assert.Empty(none.Lawmakers);
    }

    [Fact]
    public void A_split_zip_code_asks_which_representative_and_then_uses_the_choice()
    {
        var choose = Targeting.Find(LawmakerTargets.Both, "60614", null);

        Assert.Equal(TargetLookupStatus.ChooseDistrict, choose.Status);
        Assert.Empty(choose.Lawmakers);
        Assert.Equal(["IL-3", "IL-5", "IL-7"], choose.Choices.Select(c => c.Key));
        Assert.All(choose.Choices, c => Assert.NotNull(c.Representative));

        // A district that is not one of the ZIP code's is no choice at all.
        Assert.Equal(TargetLookupStatus.ChooseDistrict, Targeting.Find(LawmakerTargets.Both, "60614", "IL-9").Status);
        Assert.Equal(TargetLookupStatus.ChooseDistrict, Targeting.Find(LawmakerTargets.Both, "60614", "nonsense").Status);

        var chosen = Targeting.Find(LawmakerTargets.Both, "60614", "IL-5");
        Assert.Equal(TargetLookupStatus.Found, chosen.Status);
        Assert.Equal("Mike Quigley", Assert.Single(chosen.Representatives).Lawmaker.Name);
        Assert.Equal(2, chosen.Senators.Length);
        Assert.True(chosen.DistrictKnown);
    }

    [Fact]
    public void Senators_alone_need_no_choice_within_one_state_but_do_across_a_state_line()
    {
        var illinois = Targeting.Find(LawmakerTargets.Senators, "60614", null);
        Assert.Equal(TargetLookupStatus.Found, illinois.Status);
        Assert.Equal(2, illinois.Senators.Length);
        Assert.False(illinois.DistrictKnown);

        var acrossStates = Targeting.Find(LawmakerTargets.Senators, "30165", null);
        Assert.Equal(TargetLookupStatus.ChooseDistrict, acrossStates.Status);
        var georgia = Targeting.Find(LawmakerTargets.Senators, "30165", acrossStates.Choices.Single(c => c.District.State == "GA").Key);
        Assert.Equal(["GA", "GA"], georgia.Senators.Select(s => s.Lawmaker.State));
    }

    [Fact]
    public void Washington_dc_gives_its_delegate_only_and_says_it_has_no_senators()
    {
        var dc = Targeting.Find(LawmakerTargets.Both, "20001", null);

        Assert.Equal(TargetLookupStatus.Found, dc.Status);
        Assert.Empty(dc.Senators);
        Assert.True(dc.NoSenators);
        var delegate_ = Assert.Single(dc.Representatives).Lawmaker;
        Assert.Equal((LawmakerTitle.Delegate, "DC", 0), (delegate_.Title, delegate_.State, delegate_.District!.Value));
    }

    [Theory]
    [InlineData("99999", TargetLookupStatus.UnknownZip)]
    [InlineData("1234", TargetLookupStatus.InvalidZip)]
    [InlineData("", TargetLookupStatus.InvalidZip)]
    [InlineData(null, TargetLookupStatus.NeedZip)]
    public void Zip_codes_that_lead_nowhere_say_why(string? zip, TargetLookupStatus status) =>
        Assert.Equal(status, Targeting.Find(LawmakerTargets.Both, zip, null).Status);

    [Theory]
    [InlineData("CA-11", "CA", 11)]
    [InlineData("AK-0", "AK", 0)]
    public void District_keys_round_trip(string key, string state, int number)
    {
        Assert.True(DistrictKeys.TryParse(key, out var district));
        Assert.Equal(new District(state, number), district);
        Assert.Equal(key, DistrictKeys.Format(district));
    }

    [Theory]
    [InlineData("CA11")]
    [InlineData("CA-")]
    [InlineData("CA-100")]
    [InlineData("C-11")]
    [InlineData("CA-+1")]
    public void Malformed_district_keys_are_refused(string key) => Assert.False(DistrictKeys.TryParse(key, out _));
}
