using System.Text;
using Osby.Policy.Routing;
using Osby.Policy.Text;

namespace Osby.Policy.Tests.Routing;

public sealed partial class MailboxDirectoryTests
{
    private static readonly MailboxDirectory Example = MailboxDirectory.Example;

    [Fact]
    public void Example_OfficialMailbox_IsKommunHandledByKontaktcenter()
    {
        FunctionMailbox official = Example.Official;
        official.Address.Should().Be("kommun@osby.se");
        official.Kind.Should().Be(MailboxKind.Official);
        official.IsActive.Should().BeTrue();
        official.IsExample.Should().BeFalse("the guideline names this address");
        official.Owner.Should().Contain("Kontaktcenter");
    }

    [Fact]
    public void Example_KontaktcenterMailbox_IsInternalForSickReportsAndPhoneReferrals()
    {
        FunctionMailbox kontaktcenter = Example.Find(MailboxDirectory.KontaktcenterAddress)!;
        kontaktcenter.Kind.Should().Be(MailboxKind.Internal);
        kontaktcenter.IsExample.Should().BeFalse();
        kontaktcenter.Areas.Select(a => a.Name).Should().Equal("Anmälan om sjukdom", "Telefonhänvisningar");
        Example.Unit(UnitRole.Kontaktcenter).Address.Should().Be(MailboxDirectory.KontaktcenterAddress);
    }

    [Fact]
    public void Example_EveryOtherEntry_IsMarkedAsAnExample()
    {
        var named = new[] { MailboxDirectory.OfficialAddress, MailboxDirectory.KontaktcenterAddress };
        Example.Mailboxes.Where(m => !named.Contains(m.Address)).Should().OnlyContain(m => m.IsExample && m.Name.StartsWith("EXEMPEL:", StringComparison.Ordinal));
        Example.Managers.Should().NotBeEmpty().And.OnlyContain(m => m.IsExample && m.Name.StartsWith("EXEMPEL:", StringComparison.Ordinal));
        Example.Units.Where(u => u.Role != UnitRole.Kontaktcenter).Should().OnlyContain(u => u.IsExample);
        Example.HasExampleEntries.Should().BeTrue();
    }

    [Theory]
    [InlineData("bygglov@osby.se", "bygglovsansökan")]
    [InlineData("samhallsbyggnad@osby.se", "snöröjning")]
    [InlineData("miljo@osby.se", "enskilt avlopp")]
    [InlineData("socialtjanst@osby.se", "försörjningsstöd")]
    [InlineData("bou@osby.se", "skolskjuts")]
    [InlineData("kulturfritid@osby.se", "föreningsbidrag")]
    [InlineData("ekonomi@osby.se", "faktura")]
    [InlineData("overformyndare@osby.se", "god man")]
    [InlineData("kansli@osby.se", "allmän handling")]
    public void Example_CentralMailboxes_HaveAreasWithTheKeywordsStaffUse(string address, string keyword)
    {
        FunctionMailbox mailbox = Example.Find(address)!;
        mailbox.Kind.Should().Be(MailboxKind.Central);
        mailbox.IsActive.Should().BeTrue();
        mailbox.Registrators.Should().NotBeEmpty();
        mailbox.Areas.SelectMany(a => a.Keywords).Should().Contain(keyword);
    }

    [Fact]
    public void Example_DeactivatedMailbox_RedirectsToAnActiveOneUntilADate()
    {
        FunctionMailbox old = Example.Mailboxes.Single(m => !m.IsActive);
        old.RedirectTo.Should().Be("kulturfritid@osby.se");
        old.RedirectUntil.Should().Be(new LocalDate(2026, 12, 31));
        Example.Find(old.RedirectTo!)!.IsActive.Should().BeTrue();
    }

    [Fact]
    public void Example_UnitMailbox_IsThere()
    {
        Example.Mailboxes.Should().Contain(m => m.Kind == MailboxKind.Unit);
    }

    [Fact]
    public void Example_Units_OnePerRoleInRoleOrder()
    {
        Example.Units.Select(u => u.Role).Should().Equal(UnitRole.Kontaktcenter, UnitRole.Kanslienheten, UnitRole.Kommunikationsenheten, UnitRole.ChiefRegistrator);
        Example.Unit(UnitRole.Kanslienheten).Name.Should().Be("Kanslienheten");
        Example.Unit(UnitRole.Kommunikationsenheten).Name.Should().Be("Kommunikationsenheten");
        Example.Unit(UnitRole.ChiefRegistrator).Name.Should().Contain("Huvudregistrator");
    }

    [Fact]
    public void Unit_UndefinedRole_Throws()
    {
        Action act = () => Example.Unit((UnitRole)0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Example_Managers_IncludeHeadsOfAdministrationAndAPresidium()
    {
        Example.Managers.Should().Contain(m => m.Role == ManagerRole.HeadOfAdministration && m.Unit == "Barn- och utbildningsförvaltningen");
        Example.Managers.Should().Contain(m => m.Role == ManagerRole.Presidium && m.Unit == "Kommunstyrelsen");
        Example.Managers.Should().Contain(m => m.TeamsUpn != null);
    }

    [Fact]
    public void Example_SameInstanceEveryTime()
    {
        MailboxDirectory.Example.Should().BeSameAs(MailboxDirectory.Example);
    }

    [Theory]
    [InlineData("kommun@osby.se")]
    [InlineData("KOMMUN@OSBY.SE")]
    [InlineData("Kommun@Osby.se")]
    [InlineData("  kommun@osby.se ")]
    public void Find_AnyCaseOrSurroundingSpaces_FindsTheMailbox(string address)
    {
        Example.Find(address).Should().BeSameAs(Example.Official);
        Example.TryFind(address, out FunctionMailbox? found).Should().BeTrue();
        found.Should().BeSameAs(Example.Official);
    }

    [Fact]
    public void Find_UnknownAddress_ReturnsNull()
    {
        Example.Find("finns.inte@osby.se").Should().BeNull();
        Example.TryFind("finns.inte@osby.se", out FunctionMailbox? found).Should().BeFalse();
        found.Should().BeNull();
    }

    [Fact]
    public void Find_DeactivatedMailbox_IsFound()
    {
        Example.Find("FRITID@osby.se")!.IsActive.Should().BeFalse();
    }

    [Fact]
    public void Find_Null_Throws()
    {
        Action act = () => Example.Find(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Load_Minimal_ReadsEveryField()
    {
        MailboxDirectory directory = MailboxDirectory.Load(DirectoryDocuments.Minimal);

        directory.Mailboxes.Select(m => m.Address).Should().Equal("kommun@osby.se", "kontaktcenter@osby.se", "bygglov@osby.se", "gamla@osby.se");
        FunctionMailbox bygglov = directory.Find("bygglov@osby.se")!;
        bygglov.Name.Should().Be("Bygglov");
        bygglov.Owner.Should().Be("Samhällsbyggnadsförvaltningen");
        bygglov.Areas.Should().ContainSingle().Which.Keywords.Should().Equal("bygglov", "rivningslov");
        bygglov.Registrators.Should().ContainSingle().Which.ToString().Should().Be("Registrator <registrator.sbf@osby.se>");
        bygglov.Substitute!.Name.Should().Be("Ersättare");
        bygglov.Substitute.Email.Should().BeNull();
        bygglov.IsActive.Should().BeTrue();
        bygglov.RedirectTo.Should().BeNull();
        bygglov.RedirectUntil.Should().BeNull();
        bygglov.IsExample.Should().BeFalse();
        bygglov.ToString().Should().Be("Bygglov <bygglov@osby.se>");

        Manager chef = directory.Managers.Should().ContainSingle().Subject;
        (chef.Name, chef.Email, chef.Unit, chef.Role, chef.TeamsUpn).Should().Be(
            ("Förvaltningschef", "chef.sbf@osby.se", "Samhällsbyggnadsförvaltningen", ManagerRole.HeadOfAdministration, (string?)null));
        directory.Unit(UnitRole.ChiefRegistrator).ToString().Should().Be("Huvudregistrator <huvudregistrator@osby.se>");
        directory.HasExampleEntries.Should().BeFalse();
    }

    [Fact]
    public void Load_WithoutManagers_HasNone()
    {
        string json = DirectoryDocuments.Minimal.Replace(
            """
            ,
              "managers": [
                { "name": "Förvaltningschef", "email": "chef.sbf@osby.se", "unit": "Samhällsbyggnadsförvaltningen", "role": "headOfAdministration" }
              ]
            """,
            string.Empty,
            StringComparison.Ordinal);
        json.Should().NotContain("managers");
        MailboxDirectory.Load(json).Managers.Should().BeEmpty();
    }

    [Fact]
    public void Load_StreamWithByteOrderMark_Loads()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(DirectoryDocuments.Minimal)]);
        MailboxDirectory.Load(stream).Mailboxes.Should().HaveCount(4);
    }

    [Fact]
    public void Load_NonSeekableStream_Loads()
    {
        using var inner = new MemoryStream(Encoding.UTF8.GetBytes(DirectoryDocuments.Minimal));
        using var stream = new BufferedStream(inner);
        MailboxDirectory.Load(stream).Official.Address.Should().Be("kommun@osby.se");
    }

    [Fact]
    public void Load_Null_Throws()
    {
        Action fromString = () => MailboxDirectory.Load((string)null!);
        Action fromStream = () => MailboxDirectory.Load((Stream)null!);
        fromString.Should().Throw<ArgumentNullException>();
        fromStream.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Areas_KeywordTerms_AreTheSwedishPipelinesTerms()
    {
        ResponsibilityArea bygglov = Example.Find("bygglov@osby.se")!.Areas[0];
        for (int i = 0; i < bygglov.Keywords.Count; i++)
        {
            bygglov.KeywordTerms[i].Should().Equal(SwedishTextAnalysis.Default.DistinctTerms(bygglov.Keywords[i]));
        }

        bygglov.Terms.Should().BeEquivalentTo(bygglov.KeywordTerms.SelectMany(t => t).Distinct());
    }

    [Theory]
    [InlineData("bygglov@osby.se", "Hej, jag undrar hur det går med bygglovet för vårt garage")]
    [InlineData("bygglov@osby.se", "Frågor om bygglovsansökningar")]
    [InlineData("bygglov@osby.se", "Två bygglovsfrågor")]
    [InlineData("ekonomi@osby.se", "Påminnelse: obetalda fakturor")]
    [InlineData("kontaktcenter@osby.se", "Sjukanmäler mig idag")]
    public void Areas_Terms_MeetInflectedWordsInAMessage(string address, string message)
    {
        IReadOnlyList<string> terms = SwedishTextAnalysis.Default.DistinctTerms(message);
        Example.Find(address)!.Areas.Should().Contain(a => terms.Any(a.Terms.Contains));
    }

    [Fact]
    public void Areas_ToString_IsTheName()
    {
        Example.Official.Areas[0].ToString().Should().Be(Example.Official.Areas[0].Name);
    }
}
