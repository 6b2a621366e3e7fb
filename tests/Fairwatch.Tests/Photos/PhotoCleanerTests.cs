using System.Buffers.Binary;
using System.Text;
using Fairwatch.Uploads;

namespace Fairwatch.Tests.Photos;

/// <summary>
/// The photo wall's promise: a real photo with GPS tags goes in, and the bytes kept hold no
/// metadata at all, while the picture itself is intact. Checked two ways: by walking the stored
/// file's structure (every segment or chunk left must be one that draws the picture), and by
/// searching its raw bytes for the tell-tale signatures and for the values that were written.
/// </summary>
public sealed class PhotoCleanerTests
{
    private static readonly string[] Leaks =
    [
        "Exif", "GPS", "http://ns.adobe.com", "xmpmeta", "ICC_PROFILE", "FairwatchTestPhone", "Model X1", "SN-0042",
        "Ana Example", "Elm Street", "Motion photo", "ExifTool",
    ];

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Photos", "Fixtures", name));

    [Fact]
    public void The_fixture_really_carries_gps_tags_and_the_other_metadata()
    {
        var jpeg = Fixture("gps-photo.jpg");
        Assert.Contains(JpegSegments(jpeg), s => s.Marker == 0xE1 && s.Payload.AsSpan().StartsWith("Exif\0\0"u8));
        // The GPS IFD pointer tag (0x8825) in the EXIF's first directory.
        Assert.True(jpeg.AsSpan().IndexOf(new byte[] { 0x88, 0x25 }) > 0);
        foreach (var text in new[] { "Exif", "FairwatchTestPhone", "SN-0042", "Elm Street", "xmpmeta" })
        {
            Assert.True(Contains(jpeg, text), text);
        }

        Assert.True(Contains(Fixture("gps-photo.png"), "FairwatchTestPhone"));
    }

    [Fact]
    public void A_jpeg_keeps_its_picture_and_loses_exif_gps_xmp_comments_icc_profiles_and_what_follows_its_end()
    {
        // The real photo, plus what phones add that exiftool did not: an ICC profile naming the
        // device, and a "motion photo" video appended after the image's end.
        var original = WithTrailer(WithIccProfile(Fixture("gps-photo.jpg")), "Motion photo: GPS 40.689247,-74.044502");

        var cleaned = PhotoCleaner.Clean(original);

        Assert.NotNull(cleaned);
        Assert.Equal(("image/jpeg", 64, 48), (cleaned.ContentType, cleaned.Width, cleaned.Height));
        var segments = JpegSegments(cleaned.Content);
        Assert.All(segments, s => Assert.True(s.Marker is (>= 0xC0 and <= 0xCF) or 0xDA or 0xDB or 0xDC or 0xDD or 0xD9, $"segment 0x{s.Marker:X2} kept"));
        Assert.True(segments.Count(s => s.Marker == 0xDA) > 1, "every scan of the progressive JPEG is kept");
        Assert.Equal(0xD9, segments[^1].Marker);
        Assert.Equal([0xFF, 0xD9], cleaned.Content[^2..]);
        foreach (var leak in Leaks)
        {
            Assert.False(Contains(cleaned.Content, leak), $"\"{leak}\" is still in the stored bytes");
        }

        // The compressed picture is byte for byte the original's.
        Assert.Equal(ScanBytes(Fixture("gps-photo.jpg")), ScanBytes(cleaned.Content));
    }

    [Fact]
    public void A_png_keeps_only_the_chunks_that_draw_it()
    {
        var cleaned = PhotoCleaner.Clean(Fixture("gps-photo.png"));

        Assert.NotNull(cleaned);
        Assert.Equal(("image/png", 40, 30), (cleaned.ContentType, cleaned.Width, cleaned.Height));
        var chunks = PngChunks(cleaned.Content);
        Assert.All(chunks, c => Assert.Contains(c, new[] { "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "pHYs" }));
        Assert.Equal("IEND", chunks[^1]);
        foreach (var leak in Leaks)
        {
            Assert.False(Contains(cleaned.Content, leak), $"\"{leak}\" is still in the stored bytes");
        }
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("%PDF-1.4\n%%EOF")]
    public void Anything_but_a_jpeg_or_png_is_refused_whatever_it_is_called(string content) =>
        Assert.Null(PhotoCleaner.Clean(Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void A_webp_is_refused_by_the_photo_wall() =>
        Assert.Null(PhotoCleaner.Clean(Uploads.TestImages.WebPWithExif()));

    [Fact]
    public void A_truncated_jpeg_is_refused() =>
        Assert.Null(PhotoCleaner.Clean(Fixture("gps-photo.jpg")[..40]));

    private static bool Contains(byte[] data, string text) =>
        data.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private static byte[] WithIccProfile(byte[] jpeg)
    {
        var payload = Encoding.ASCII.GetBytes("ICC_PROFILE\0\u0001\u0001desc: Ana's FairwatchTestPhone display");
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE2;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static byte[] WithTrailer(byte[] jpeg, string trailer) => [.. jpeg, .. Encoding.ASCII.GetBytes(trailer)];

    /// <summary>The markers of a JPEG in order (entropy-coded data skipped), each with its payload.</summary>
    private static List<(byte Marker, byte[] Payload)> JpegSegments(byte[] data)
    {
        var segments = new List<(byte, byte[])>();
        var position = 2;
        while (position + 1 < data.Length)
        {
            var marker = data[position + 1];
            if (marker == 0xD9)
            {
                segments.Add((marker, []));
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position + 2));
            segments.Add((marker, data[(position + 4)..(position + 2 + length)]));
            position += 2 + length;
            if (marker == 0xDA)
            {
                while (!(data[position] == 0xFF && data[position + 1] is not (0x00 or (>= 0xD0 and <= 0xD7))))
                {
                    position++;
                }
            }
        }

        return segments;
    }

    private static byte[] ScanBytes(byte[] jpeg)
    {
        var start = jpeg.AsSpan().IndexOf(new byte[] { 0xFF, 0xDA });
        var end = jpeg.AsSpan().LastIndexOf(new byte[] { 0xFF, 0xD9 });
        return jpeg[start..end];
    }

    private static List<string> PngChunks(byte[] data)
    {
        var chunks = new List<string>();
        for (var position = 8; position + 12 <= data.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(position));
            chunks.Add(Encoding.ASCII.GetString(data, position + 4, 4));
            position += 12 + length;
        }

        return chunks;
    }
}
