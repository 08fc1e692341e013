namespace Osby.TeamsBot.Tests.AppManifest;

/// <summary>color.png and outline.png follow Teams' icon rules (drawn by eng/draw-icons.py).</summary>
public sealed class AppIconsTests
{
    [Fact]
    public void Color_Always_Is192By192AndOpaque()
    {
        PngImage color = PngImage.Read(AppManifestFiles.Icon("color.png"));

        (color.Width, color.Height).Should().Be((192, 192));
        color.Pixels().Should().OnlyContain(p => p.A == 255);
        color.Pixels().Select(p => (p.R, p.G, p.B)).Distinct().Should().HaveCountGreaterThan(2, "a full-colour icon");
    }

    [Fact]
    public void Outline_Always_Is32By32()
    {
        PngImage outline = PngImage.Read(AppManifestFiles.Icon("outline.png"));

        (outline.Width, outline.Height).Should().Be((32, 32));
    }

    [Fact]
    public void Outline_Always_HasATransparentBackground()
    {
        PngImage outline = PngImage.Read(AppManifestFiles.Icon("outline.png"));

        new[] { outline[0, 0], outline[31, 0], outline[0, 31], outline[31, 31] }.Should().OnlyContain(p => p.A == 0);
        outline.Pixels().Count(p => p.A == 0).Should().BeGreaterThan(32 * 32 / 2);
        outline.Pixels().Count(p => p.A == 255).Should().BeGreaterThan(32, "the outline must be visible");
    }

    [Fact]
    public void Outline_Always_HasOnlyWhiteVisiblePixels()
    {
        PngImage outline = PngImage.Read(AppManifestFiles.Icon("outline.png"));

        outline.Pixels().Where(p => p.A > 0).Should().OnlyContain(p => p.R == 255 && p.G == 255 && p.B == 255);
    }

    [Fact]
    public void Read_NotAPng_Throws()
    {
        Action read = () => PngImage.Read("{}"u8.ToArray().Concat(new byte[16]).ToArray());

        read.Should().Throw<InvalidDataException>();
    }
}
