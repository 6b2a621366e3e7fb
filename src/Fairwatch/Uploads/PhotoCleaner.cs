using System.Buffers.Binary;
using System.Text;

namespace Fairwatch.Uploads;

/// <summary>
/// Makes a photo from the public safe to publish: a JPEG or PNG (recognised by
/// <see cref="FileInspector"/>, by content) is rebuilt from the parts a decoder needs to draw the
/// picture and nothing else. What is kept is a short allow-list; everything else goes, whatever it
/// is called: EXIF (with the GPS position and the camera's serial number), XMP, IPTC, comments,
/// embedded thumbnails (which can show the photo before it was cropped), ICC colour profiles
/// (whose descriptions can name the device), maker notes, and anything after the image's end
/// (some phones append a video there). The pixels are not touched. No image library is served by
/// the registry here, so this cannot re-encode; see docs/decisions/0012-pledges-and-the-photo-wall.md.
/// </summary>
public static class PhotoCleaner
{
    // Enough for decoders to draw the picture the same way: the header, palette, pixels, end,
    // transparency, and the colour facts that are numbers rather than text (gamma, chromaticities, sRGB).
    private static readonly HashSet<string> PngChunksKept = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "pHYs"];

    public static InspectedFile? Clean(byte[] data)
    {
        var inspected = FileInspector.Inspect(data);
        var content = inspected?.ContentType switch
        {
            "image/jpeg" => Jpeg(data),
            "image/png" => Png(data),
            _ => null,
        };
        return content is null ? null : inspected! with { Content = content };
    }

    private static byte[]? Png(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data[..8]);
        var position = 8;
        while (position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data[position..]);
            if (length < 0 || position + 12 + length > data.Length)
            {
                return null;
            }

            var type = Encoding.ASCII.GetString(data.Slice(position + 4, 4));
            if (PngChunksKept.Contains(type))
            {
                output.Write(data.Slice(position, 12 + length));
            }

            if (type == "IEND")
            {
                return output.ToArray();
            }

            position += 12 + length;
        }

        return null;
    }

    private static byte[]? Jpeg(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write([0xFF, 0xD8]);
        var position = 2;
        while (position + 2 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                // Fill byte before a marker.
                position++;
                continue;
            }

            if (marker == 0xD9)
            {
                // End of image: whatever follows (a phone's appended video, a trailer) is dropped.
                output.Write([0xFF, 0xD9]);
                return output.ToArray();
            }

            if (marker is (>= 0xD0 and <= 0xD7) or 0x01)
            {
                output.Write(data.Slice(position, 2));
                position += 2;
                continue;
            }

            if (position + 4 > data.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (length < 2 || position + 2 + length > data.Length)
            {
                return null;
            }

            var segment = data.Slice(position, 2 + length);
            if (KeepJpegSegment(marker, segment[4..]))
            {
                output.Write(segment);
            }

            position += 2 + length;
            if (marker == 0xDA)
            {
                // The compressed picture follows a start of scan, up to the next marker that is not a
                // stuffed 0xFF or a restart; a progressive JPEG has several scans, with tables between.
                var end = ScanEnd(data, position);
                output.Write(data[position..end]);
                if (end >= data.Length)
                {
                    // A file cut off after its picture: ended properly so decoders do not guess.
                    output.Write([0xFF, 0xD9]);
                    return output.ToArray();
                }

                position = end;
            }
        }

        return null;
    }

    private static int ScanEnd(ReadOnlySpan<byte> data, int position)
    {
        while (position + 1 < data.Length)
        {
            if (data[position] == 0xFF && data[position + 1] is not (0x00 or (>= 0xD0 and <= 0xD7)))
            {
                return position;
            }

            position += data[position] == 0xFF ? 2 : 1;
        }

        return data.Length;
    }

    // Frames, Huffman and arithmetic tables, quantisation tables, restart interval, scans and line
    // counts draw the picture. Of the application segments only Adobe's fixed 12-byte APP14 stays:
    // it says how the colours of a CMYK JPEG are encoded, and holds no text. Everything else goes:
    // APP0 (JFIF, which can carry a thumbnail), APP1 (EXIF, XMP), APP2 (ICC profile, FlashPix),
    // APP13 (IPTC), other application data, comments, and markers a decoder does not need.
    private static bool KeepJpegSegment(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        >= 0xC0 and <= 0xCF => true,
        0xDA or 0xDB or 0xDC or 0xDD => true,
        0xEE => payload.Length == 12 && payload.StartsWith("Adobe"u8),
        _ => false,
    };
}
