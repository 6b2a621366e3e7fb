using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Fairwatch.Uploads;

namespace Fairwatch.Data;

/// <summary>
/// Small files made in code for the demo content (a logo, a poster, a fact sheet), so that the
/// repository ships no binary demo files. Each is stored through <see cref="FileInspector"/>, like
/// an upload: what is stored is what its bytes prove it to be.
/// </summary>
public static class DemoFiles
{
    /// <summary>A PNG image whose pixels <paramref name="colour"/> paints (red, green, blue for each x and y).</summary>
    public static byte[] Png(int width, int height, Func<int, int, (byte R, byte G, byte B)> colour)
    {
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (width * 3)];
            for (var y = 0; y < height; y++)
            {
                // Filter "Sub": each byte is stored as its difference from the pixel to its left, so flat areas and gradients compress to little.
                row[0] = 1;
                var previous = (R: (byte)0, G: (byte)0, B: (byte)0);
                for (var x = 0; x < width; x++)
                {
                    var pixel = colour(x, y);
                    row[1 + (x * 3)] = (byte)(pixel.R - previous.R);
                    row[2 + (x * 3)] = (byte)(pixel.G - previous.G);
                    row[3 + (x * 3)] = (byte)(pixel.B - previous.B);
                    previous = pixel;
                }

                zlib.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour, no alpha
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A one-page PDF (US Letter) with a bold title and paragraphs of plain text in Helvetica.</summary>
    public static byte[] Pdf(string title, IEnumerable<string> paragraphs)
    {
        var content = new StringBuilder();
        content.Append("BT /F1 20 Tf 72 720 Td (").Append(PdfText(title)).Append(") Tj ET\n");
        var y = 690;
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in Wrap(paragraph, 88))
            {
                content.Append(CultureInfo.InvariantCulture, $"BT /F2 11 Tf 72 {y} Td (").Append(PdfText(line)).Append(") Tj ET\n");
                y -= 15;
            }

            y -= 9;
        }

        var stream = Encoding.Latin1.GetBytes(content.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write(pdf, "%PDF-1.4\n");
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        offsets.Add(pdf.Position);
        Write(pdf, $"6 0 obj\n<< /Length {stream.Length} >>\nstream\n");
        pdf.Write(stream);
        Write(pdf, "\nendstream\nendobj\n");
        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(pdf, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(pdf, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Adds the file to the DbContext as an upload would be stored; the caller saves it.</summary>
    public static StoredFile Store(FairwatchDb db, byte[] bytes, string name, DateTime now)
    {
        var inspected = FileInspector.Inspect(bytes) ?? throw new InvalidOperationException($"Demo file {name} is not a valid image or PDF.");
        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            Kind = inspected.Kind,
            ContentType = inspected.ContentType,
            FileName = UploadService.SafeName(name, inspected.Extension),
            Size = inspected.Content.Length,
            Width = inspected.Width,
            Height = inspected.Height,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(inspected.Content)),
            CreatedAt = now,
            Content = inspected.Content,
        };
        db.Add(file);
        return file;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        png.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static string PdfText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
