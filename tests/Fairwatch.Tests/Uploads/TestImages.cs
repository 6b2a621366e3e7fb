using System.Buffers.Binary;
using System.Text;

namespace Fairwatch.Tests.Uploads;

/// <summary>Small but well-formed image files carrying the metadata a phone would add, GPS position included.</summary>
public static class TestImages
{
    public static readonly byte[] ScanData = [0x12, 0x34, 0x56, 0x78, 0x9A, 0xFF, 0x00, 0xBC];

    public static byte[] JpegWithExif(int width = 640, int height = 480)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        Segment(output, 0xE0, [.. "JFIF\0"u8.ToArray(), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(output, 0xE1, [.. "Exif\0\0"u8.ToArray(), .. "GPSLatitude 40.7128 N GPSLongitude 74.0060 W"u8.ToArray()]);
        Segment(output, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8.ToArray(), .. "<x:xmpmeta>Camera owner: Ana</x:xmpmeta>"u8.ToArray()]);
        Segment(output, 0xFE, [.. "Taken at 12 Elm Street"u8.ToArray()]);
        var sof = new byte[] { 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(3), (ushort)width);
        Segment(output, 0xC0, sof);
        Segment(output, 0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0]);
        output.AddRange(ScanData);
        output.AddRange([0xFF, 0xD9]);
        return [.. output];
    }

    public static byte[] PngWithText(int width = 32, int height = 16)
    {
        var output = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        Chunk(output, "tEXt", [.. "Location\0"u8.ToArray(), .. "GPS 40.7128,-74.0060"u8.ToArray()]);
        Chunk(output, "eXIf", "MM\0*GPS"u8.ToArray());
        Chunk(output, "IDAT", ScanData);
        Chunk(output, "IEND", []);
        return [.. output];
    }

    public static byte[] WebPWithExif(int width = 100, int height = 50)
    {
        var body = new List<byte>("WEBP"u8.ToArray());
        var vp8x = new byte[10];
        vp8x[0] = 0b0000_1100;
        WriteUInt24(vp8x.AsSpan(4), width - 1);
        WriteUInt24(vp8x.AsSpan(7), height - 1);
        RiffChunk(body, "VP8X", vp8x);
        RiffChunk(body, "VP8L", [0x2F, .. ScanData]);
        RiffChunk(body, "EXIF", "GPS 40.7128 -74.0060"u8.ToArray());
        RiffChunk(body, "XMP ", "<x:xmpmeta>owner</x:xmpmeta>"u8.ToArray());
        var output = new List<byte>("RIFF"u8.ToArray());
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Count);
        output.AddRange(size);
        output.AddRange(body);
        return [.. output];
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static void Segment(List<byte> output, byte marker, byte[] payload)
    {
        output.AddRange([0xFF, marker]);
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        output.AddRange(length);
        output.AddRange(payload);
    }

    private static void Chunk(List<byte> output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.AddRange(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.AddRange(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.AddRange(crc);
    }

    private static void RiffChunk(List<byte> output, string fourCc, byte[] data)
    {
        output.AddRange(Encoding.ASCII.GetBytes(fourCc));
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        output.AddRange(size);
        output.AddRange(data);
        if (data.Length % 2 == 1)
        {
            output.Add(0);
        }
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void WriteUInt24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }
}
