using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Web;

/// <summary>Model-binding messages ("The value '' is invalid.") in the visitor's language.</summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustNotBeNullAccessor(_ => localizer["This field is required."]);
        messages.SetMissingBindRequiredValueAccessor(_ => localizer["This field is required."]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["This field is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["This field is required."]);
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => localizer["The value entered is not valid."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => localizer["The value entered is not valid."]);
        messages.SetUnknownValueIsInvalidAccessor(_ => localizer["The value entered is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The value entered is not valid."]);
        messages.SetValueIsInvalidAccessor(_ => localizer["The value entered is not valid."]);
        messages.SetValueMustBeANumberAccessor(_ => localizer["Enter a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Enter a number."]);
    }
}
