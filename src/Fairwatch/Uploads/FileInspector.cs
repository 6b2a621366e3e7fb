using System.Buffers.Binary;
using System.Text;

namespace Fairwatch.Uploads;

public enum FileKind
{
    Image = 0,
    Pdf = 1,
}

/// <summary>What a file really is, judged by its bytes, and the bytes to keep.</summary>
public sealed record InspectedFile(FileKind Kind, string ContentType, string Extension, byte[] Content, int? Width, int? Height);

/// <summary>
/// Recognises PNG, JPEG, WebP and PDF by their structure (never by name or declared type) and
/// removes image metadata: EXIF (which can hold the GPS position where a photo was taken), XMP,
/// IPTC, comments and text chunks. The pixels are left untouched. No image library is served by
/// the registry here (see docs/decisions/0005-uploads.md), so this works at the container level.
/// </summary>
public static class FileInspector
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static InspectedFile? Inspect(ReadOnlySpan<byte> data)
    {
        try
        {
            if (data.StartsWith(PngSignature))
            {
                return Png(data);
            }

            if (data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
            {
                return Jpeg(data);
            }

            if (data.Length > 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
            {
                return WebP(data);
            }

            if (data.StartsWith("%PDF-"u8) && data[^Math.Min(data.Length, 1024)..].IndexOf("%%EOF"u8) >= 0)
            {
                return new InspectedFile(FileKind.Pdf, "application/pdf", ".pdf", data.ToArray(), null, null);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // A truncated or malformed file: refused below like any other unknown content.
        }

        return null;
    }

    private static InspectedFile? Png(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length);
        output.AddRange(data[..8]);
        var position = 8;
        int? width = null, height = null;
        var sawEnd = false;
        while (position + 12 <= data.Length && !sawEnd)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data[position..]);
            if (length < 0 || position + 12 + length > data.Length)
            {
                return null;
            }

            var type = Encoding.ASCII.GetString(data.Slice(position + 4, 4));
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data[(position + 8)..]);
                height = BinaryPrimitives.ReadInt32BigEndian(data[(position + 12)..]);
            }

            sawEnd = type == "IEND";
            if (type is not ("tEXt" or "zTXt" or "iTXt" or "eXIf" or "tIME"))
            {
                output.AddRange(data.Slice(position, 12 + length));
            }

            position += 12 + length;
        }

        return sawEnd && width is > 0 && height is > 0
            ? new InspectedFile(FileKind.Image, "image/png", ".png", [.. output], width, height)
            : null;
    }

    private static InspectedFile? Jpeg(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length) { 0xFF, 0xD8 };
        var position = 2;
        int? width = null, height = null;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (length < 2 || position + 2 + length > data.Length)
            {
                return null;
            }

            var segment = data.Slice(position, 2 + length);
            var payload = segment[4..];
            // Start of frame (baseline, progressive...) carries the size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                height = BinaryPrimitives.ReadUInt16BigEndian(payload[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(payload[3..]);
            }

            if (marker == 0xDA)
            {
                // Start of scan: the compressed image follows to the end; keep it as it is.
                output.AddRange(data[position..]);
                return width is > 0 && height is > 0
                    ? new InspectedFile(FileKind.Image, "image/jpeg", ".jpg", [.. output], width, height)
                    : null;
            }

            if (KeepJpegSegment(marker, payload))
            {
                output.AddRange(segment);
            }

            position += 2 + length;
        }

        return null;
    }

    // APP0 (JFIF), the ICC colour profile in APP2 and Adobe's APP14 affect how the image looks;
    // every other application segment (EXIF and XMP in APP1, IPTC in APP13...) and comments go.
    private static bool KeepJpegSegment(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        0xE0 => true,
        0xE2 => payload.StartsWith("ICC_PROFILE\0"u8),
        0xEE => payload.StartsWith("Adobe"u8),
        >= 0xE1 and <= 0xEF => false,
        0xFE => false,
        _ => true,
    };

    private static InspectedFile? WebP(ReadOnlySpan<byte> data)
    {
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if (declared + 8 > data.Length || declared < 4)
        {
            return null;
        }

        var body = new List<byte>();
        body.AddRange("WEBP"u8.ToArray());
        var position = 12;
        var end = (int)declared + 8;
        int? width = null, height = null;
        var vp8xAt = -1;
        while (position + 8 <= end)
        {
            var fourCc = Encoding.ASCII.GetString(data.Slice(position, 4));
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(data[(position + 4)..]);
            var padded = size + (size & 1);
            if (size < 0 || position + 8 + size > end)
            {
                return null;
            }

            var chunk = data.Slice(position + 8, size);
            switch (fourCc)
            {
                case "VP8X":
                    width = 1 + (chunk[4] | (chunk[5] << 8) | (chunk[6] << 16));
                    height = 1 + (chunk[7] | (chunk[8] << 8) | (chunk[9] << 16));
                    vp8xAt = body.Count + 8;
                    break;
                case "VP8 " when width is null:
                    width = BinaryPrimitives.ReadUInt16LittleEndian(chunk[6..]) & 0x3FFF;
                    height = BinaryPrimitives.ReadUInt16LittleEndian(chunk[8..]) & 0x3FFF;
                    break;
                case "VP8L" when width is null:
                    var bits = BinaryPrimitives.ReadUInt32LittleEndian(chunk[1..]);
                    width = (int)(bits & 0x3FFF) + 1;
                    height = (int)((bits >> 14) & 0x3FFF) + 1;
                    break;
            }

            if (fourCc is not ("EXIF" or "XMP "))
            {
                body.AddRange(data.Slice(position, 8 + Math.Min(padded, end - position - 8)));
            }

            position += 8 + padded;
        }

        if (vp8xAt >= 0)
        {
            // The extended header announces EXIF (bit 3) and XMP (bit 2); they are gone now.
            body[vp8xAt] = (byte)(body[vp8xAt] & ~0b0000_1100);
        }

        var output = new List<byte>(body.Count + 8);
        output.AddRange("RIFF"u8.ToArray());
        var sizeBytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(sizeBytes, (uint)body.Count);
        output.AddRange(sizeBytes);
        output.AddRange(body);
        return width is > 0 && height is > 0
            ? new InspectedFile(FileKind.Image, "image/webp", ".webp", [.. output], width, height)
            : null;
    }
}
