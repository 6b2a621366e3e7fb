using Fairwatch.Campaigns;

namespace Fairwatch.Web;

/// <summary>What a person is told when a public form's stamp (see <see cref="FormStamps"/>) is refused, in words that fit any form.</summary>
public static class StampProblems
{
    public static ChangeResult? For(StampCheck check) => check switch
    {
        StampCheck.TooFast => ChangeResult.Fail("That was quicker than anyone can fill in a form. Please check your details, then send the form again."),
        StampCheck.Expired => ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please send it again."),
        StampCheck.Invalid => ChangeResult.Fail("We could not check this form. Please send it again."),
        _ => null,
    };
}
