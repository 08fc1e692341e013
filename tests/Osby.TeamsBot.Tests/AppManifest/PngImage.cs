using System.Buffers.Binary;
using System.IO.Compression;

namespace Osby.TeamsBot.Tests.AppManifest;

/// <summary>A decoded 8-bit RGBA, non-interlaced PNG: what <c>eng/draw-icons.py</c> writes.</summary>
/// <remarks>Test-side only, so the icon tests need no imaging package. Other PNG kinds are refused, not guessed at.</remarks>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>), from the top left.</summary>
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            int i = ((y * Width) + x) * 4;
            return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
        }
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                yield return this[x, y];
            }
        }
    }

    public static PngImage Read(byte[] png)
    {
        if (!png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0;
        using var idat = new MemoryStream();
        int offset = Signature.Length;
        while (offset < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            string type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            ReadOnlySpan<byte> data = png.AsSpan(offset + 8, length);
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            if (crc != Crc32(png.AsSpan(offset + 4, length + 4)))
            {
                throw new InvalidDataException($"Bad CRC in chunk {type}.");
            }

            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    (byte depth, byte colorType, byte interlace) = (data[8], data[9], data[12]);
                    if (depth != 8 || colorType != 6 || interlace != 0)
                    {
                        throw new InvalidDataException($"Only 8-bit RGBA non-interlaced PNGs are read (depth {depth}, color type {colorType}, interlace {interlace}).");
                    }

                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    return new PngImage(width, height, Unfilter(Inflate(idat.ToArray()), width, height));
            }

            offset += 12 + length;
        }

        throw new InvalidDataException("No IEND chunk.");
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    // PNG filters (spec §9): each scanline starts with a filter type byte; 4 bytes per pixel.
    private static byte[] Unfilter(byte[] raw, int width, int height)
    {
        int stride = width * 4;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Image data is {raw.Length} bytes, expected {height * (stride + 1)}.");
        }

        var rgba = new byte[height * stride];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            for (int i = 0; i < stride; i++)
            {
                int value = raw[(y * (stride + 1)) + 1 + i];
                int left = i >= 4 ? rgba[(y * stride) + i - 4] : 0;
                int up = y > 0 ? rgba[((y - 1) * stride) + i] : 0;
                int upLeft = i >= 4 && y > 0 ? rgba[((y - 1) * stride) + i - 4] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown filter type {filter} on row {y}."),
                };
                rgba[(y * stride) + i] = (byte)(value + predictor);
            }
        }

        return rgba;
    }

    // CRC-32 (ISO 3309, reflected 0xEDB88320), as PNG chunks carry it.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
