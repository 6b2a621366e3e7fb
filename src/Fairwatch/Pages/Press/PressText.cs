using Fairwatch.Press;
using Fairwatch.Uploads;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Press;

public static class PressText
{
    /// <summary>What a journalist needs to know before downloading: "PNG image, 1200 × 630 pixels, 84 KB" or "PDF, 1.2 MB".</summary>
    public static LocalizedString Describe(this IStringLocalizer localizer, MediaKitItem item)
    {
        var size = UploadService.DisplaySize(item.FileSize);
        var format = Path.GetExtension(item.FileName).ToLowerInvariant() switch
        {
            ".jpg" => "JPEG",
            ".webp" => "WebP",
            ".png" => "PNG",
            _ => "PDF",
        };
        return item.Kind == FileKind.Image && item.Width is { } width && item.Height is { } height
            ? localizer["{0} image, {1} × {2} pixels, {3}", format, width, height, size]
            : localizer["{0}, {1}", format, size];
    }
}
