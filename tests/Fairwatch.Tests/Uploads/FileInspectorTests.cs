using System.Text;
using Fairwatch.Uploads;

namespace Fairwatch.Tests.Uploads;

public sealed class FileInspectorTests
{
    [Fact]
    public void A_jpeg_loses_exif_xmp_and_comments_but_keeps_its_pixels()
    {
        var inspected = FileInspector.Inspect(TestImages.JpegWithExif(640, 480));

        Assert.NotNull(inspected);
        Assert.Equal("image/jpeg", inspected.ContentType);
        Assert.Equal((640, 480), (inspected.Width, inspected.Height));
        var text = Encoding.Latin1.GetString(inspected.Content);
        Assert.DoesNotContain("GPS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xmpmeta", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Elm Street", text, StringComparison.Ordinal);
        Assert.Contains("JFIF", text, StringComparison.Ordinal);
        Assert.True(inspected.Content.AsSpan().IndexOf(TestImages.ScanData) > 0);
        Assert.Equal([0xFF, 0xD9], inspected.Content[^2..]);
    }

    [Fact]
    public void A_png_loses_its_text_and_exif_chunks()
    {
        var inspected = FileInspector.Inspect(TestImages.PngWithText(32, 16));

        Assert.NotNull(inspected);
        Assert.Equal("image/png", inspected.ContentType);
        Assert.Equal((32, 16), (inspected.Width, inspected.Height));
        var text = Encoding.Latin1.GetString(inspected.Content);
        Assert.DoesNotContain("GPS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tEXt", text, StringComparison.Ordinal);
        Assert.Contains("IDAT", text, StringComparison.Ordinal);
        Assert.EndsWith("IEND\xAE\x42\x60\x82", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webp_loses_exif_and_xmp_and_no_longer_announces_them()
    {
        var inspected = FileInspector.Inspect(TestImages.WebPWithExif(100, 50));

        Assert.NotNull(inspected);
        Assert.Equal("image/webp", inspected.ContentType);
        Assert.Equal((100, 50), (inspected.Width, inspected.Height));
        var text = Encoding.Latin1.GetString(inspected.Content);
        Assert.DoesNotContain("GPS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xmpmeta", text, StringComparison.Ordinal);
        var vp8xFlags = inspected.Content[20];
        Assert.Equal(0, vp8xFlags & 0b0000_1100);
        Assert.Equal(inspected.Content.Length - 8, BitConverter.ToInt32(inspected.Content, 4));
    }

    [Theory]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("photo.png", "image/png")]
    [InlineData("photo.webp", "image/webp")]
    public void Real_photos_tagged_with_a_gps_position_by_exiftool_come_out_clean(string file, string contentType)
    {
        var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Uploads", "Fixtures", file));
        Assert.Contains("Ana Example", Encoding.Latin1.GetString(original), StringComparison.Ordinal);

        var inspected = FileInspector.Inspect(original);

        Assert.NotNull(inspected);
        Assert.Equal(contentType, inspected.ContentType);
        Assert.Equal((48, 32), (inspected.Width, inspected.Height));
        var text = Encoding.Latin1.GetString(inspected.Content);
        Assert.DoesNotContain("Ana Example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Elm Street", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_is_recognised_by_its_content()
    {
        var inspected = FileInspector.Inspect(TestImages.Pdf());

        Assert.NotNull(inspected);
        Assert.Equal(FileKind.Pdf, inspected.Kind);
        Assert.Equal("application/pdf", inspected.ContentType);
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("GIF89a")]
    [InlineData("%PDF-1.4 but never finished")]
    [InlineData("")]
    public void Anything_else_is_refused(string content) =>
        Assert.Null(FileInspector.Inspect(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void A_truncated_image_is_refused_not_crashed_on()
    {
        var png = TestImages.PngWithText();
        var jpeg = TestImages.JpegWithExif();
        var webp = TestImages.WebPWithExif();

        for (var cut = 1; cut < 60; cut++)
        {
            Assert.Null(FileInspector.Inspect(png.AsSpan(0, png.Length - cut)));
            Assert.Null(FileInspector.Inspect(webp.AsSpan(0, Math.Max(12, webp.Length - cut))));
        }

        Assert.Null(FileInspector.Inspect(jpeg.AsSpan(0, 30)));
    }

    [Theory]
    [InlineData("Informe Anual 2026.pdf", ".pdf", "informe-anual-2026.pdf")]
    [InlineData("../../etc/passwd", ".pdf", "passwd.pdf")]
    [InlineData("niño_año.JPG", ".jpg", "nino-ano.jpg")]
    [InlineData("évil.html", ".png", "evil.png")]
    [InlineData("", ".png", "file.png")]
    public void File_names_are_made_safe_and_take_the_extension_of_the_content(string original, string extension, string expected) =>
        Assert.Equal(expected, UploadService.SafeName(original, extension));
}
