using Fairwatch.Videos;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Films;

/// <summary>The words for each kind of offer, for the public pages and the staff form.</summary>
public static class OfferText
{
    public static LocalizedString KindName(this IStringLocalizer localizer, OfferKind kind) => kind switch
    {
        OfferKind.Dvd => localizer["DVD"],
        OfferKind.Streaming => localizer["Streaming"],
        OfferKind.EducationalLicence => localizer["Educational screening licence"],
        _ => localizer["Other"],
    };

    /// <summary>What the link to the offer says: what the visitor will do there.</summary>
    public static LocalizedString Action(this IStringLocalizer localizer, OfferKind kind) => kind switch
    {
        OfferKind.Dvd => localizer["Buy the DVD"],
        OfferKind.Streaming => localizer["Watch it online"],
        OfferKind.EducationalLicence => localizer["Get a screening licence"],
        _ => localizer["See the offer"],
    };

    /// <summary>The host an external offer is on ("shop.example"), so visitors know where the link leads; null for pages of this site.</summary>
    public static string? Host(FilmOffer offer) =>
        Uri.TryCreate(offer.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.Host : null;
}
