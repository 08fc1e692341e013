using static Osby.Policy.Tests.Routing.LabelledMail;

namespace Osby.Policy.Tests.Routing;

/// <summary>The advertising and routine half of the labelled set (see <see cref="RoutineMailCorpus"/>).</summary>
internal static partial class RoutineMailCorpus
{
    private static LabelledMail[] Advertising() =>
    [
        // ---- Newsletters ----
        Routine("newsletter", "SKR Nyheter <nyhetsbrev@skr.se>",
            "SKR Nyheter: Ekonomirapporten, ny vägledning om AI och mycket mer",
            """
            Visa nyhetsbrevet i webbläsaren

            Veckans nyheter från Sveriges Kommuner och Regioner

            Ekonomirapporten maj 2026: Kommunernas resultat försämras
            Skatteunderlaget växer långsammare än väntat. Läs hela rapporten på skr.se.

            Ny vägledning: Generativ AI i kommunal verksamhet
            Vägledningen ger stöd i frågor om upphandling, informationssäkerhet och juridik.

            Kalendarium
            14–15 oktober: Konferensen Kommunal ekonomi, Stockholm

            Du får det här nyhetsbrevet eftersom du prenumererar på SKR Nyheter.
            Avsluta prenumeration | Ändra dina inställningar
            """,
            "List-Unsubscribe: <https://skr.se/nyhetsbrev/avregistrera?id=8842>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk"),

        Routine("newsletter", "Boverket <nyhetsbrev@boverket.se>",
            "Boverkets nyhetsbrev: Nya föreskrifter om bygglov och tillgänglighet",
            """
            Nyheter från Boverket – nummer 5, 2026

            Nya föreskrifter om tillgänglighet träder i kraft 1 juli
            Föreskrifterna påverkar hur ni som kommun handlägger bygglov för flerbostadshus.

            Uppdaterad vägledning i PBL kunskapsbanken
            Vi har uppdaterat avsnitten om attefallsåtgärder och strandskydd.

            Webbinarium för byggnadsnämnder den 3 september – anmälan öppnar snart.

            Du får detta mejl eftersom du har anmält dig till Boverkets nyhetsbrev.
            Avregistrera dig här.
            """,
            "List-Unsubscribe: <mailto:unsubscribe@boverket.se?subject=avregistrera>",
            "List-Id: Boverkets nyhetsbrev <nyhetsbrev.boverket.se>"),

        Routine("newsletter", "Upphandlingsmyndigheten <info@uhmynd.se>",
            "Nyhetsbrev april: Nya tröskelvärden och vårens webbinarier",
            """
            Hej!

            Här är aprils nyheter från Upphandlingsmyndigheten.

            • Nya tröskelvärden gäller från 1 januari – se tabellen på vår webbplats.
            • Vårens webbinarieserie om hållbar upphandling: fem tillfällen, kostnadsfritt.
            • Nytt stöd för upphandling av livsmedel till skolor och äldreomsorg.

            Läs mer på upphandlingsmyndigheten.se

            Vill du inte längre få nyhetsbrevet? Klicka här för att avsluta din prenumeration.
            """,
            "List-Unsubscribe: <https://uhmynd.se/u?e=kommun%40osby.se>",
            "Precedence: bulk",
            "X-Mailer: Ungapped"),

        Routine("newsletter", "Dagens Samhälle <morgon@dagenssamhalle.se>",
            "Morgonbrief: Kommunerna som lyckas halvera sjukfrånvaron",
            """
            God morgon!

            Dagens viktigaste nyheter för dig som arbetar i offentlig sektor:

            1. Tre kommuner som halverade sjukfrånvaron – så gjorde de
            2. Regeringen vill se över det kommunala utjämningssystemet
            3. Debatt: ”Låt kommunerna styra vuxenutbildningen själva”

            Läs alla artiklar på dagenssamhalle.se

            Visa i webbläsaren · Hantera prenumeration · Avregistrera
            """,
            "List-Unsubscribe: <https://dagenssamhalle.se/unsub/99213>",
            "Feedback-ID: 71:morgonbrief:newsletter:dsam"),

        Routine("newsletter", "Atea Sverige <nyheter@atea.se>",
            "Nyheter inom Microsoft 365 för offentlig sektor – juni",
            """
            Hej!

            I månadens nyhetsbrev:
            – Copilot för kommuner: vad säger GDPR?
            – Så migrerar ni till Teams Premium utan avbrott
            – Kundcase: Hässleholms kommun effektiviserade sin IT-support

            Missa inte vårt sommarerbjudande: 25 % rabatt på utbildningspaketet ”Modern arbetsplats”.

            Läs mer och boka ett möte med din kundansvarige.

            Du får det här utskicket som kund hos Atea. Avregistrera dig från framtida utskick.
            """,
            "List-Unsubscribe: <https://atea.se/preferences/unsubscribe?c=44121>",
            "X-Campaign: atea-nl-2026-06-public"),

        Routine("newsletter", "Länsstyrelsen Skåne <noreply@lansstyrelsen.se>",
            "Nyheter från Länsstyrelsen Skåne – vecka 19",
            """
            Nyheter från Länsstyrelsen Skåne

            Nu kan du söka bidrag för lokala naturvårdsprojekt
            Sista ansökningsdag är 30 september.

            Rapport: Bostadsmarknaden i Skåne 2026
            Läs om läget i länets kommuner.

            Kalender: Regional träff om krisberedskap, 12 juni i Malmö.

            Du prenumererar på nyheter från Länsstyrelsen Skåne. Ändra eller avsluta din prenumeration på lansstyrelsen.se.
            """,
            "List-Unsubscribe: <https://www.lansstyrelsen.se/prenumerera/avsluta>",
            "Precedence: bulk",
            "Auto-Submitted: auto-generated"),

        Routine("newsletter", "Arbetsmiljöverket <nyhetsbrev@av.se>",
            "Nyhetsbrev: Nya föreskrifter om arbetsmiljö – det här gäller för arbetsgivare",
            """
            Nyhetsbrev från Arbetsmiljöverket

            Den 1 januari trädde de nya föreskrifterna i kraft. I det här numret går vi igenom vad som har ändrats för
            arbetsgivare inom vård och omsorg, skola och bygg.

            Kommande kostnadsfria webbinarier:
            – Organisatorisk och social arbetsmiljö, 22 maj
            – Arbetsmiljö vid ensamarbete, 5 juni

            Avregistrera dig | Visa i webbläsaren
            """,
            "List-Unsubscribe: <mailto:nyhetsbrev-unsubscribe@av.se>",
            "List-Id: <nyhetsbrev.av.se>",
            "Precedence: list"),

        Routine("newsletter", "Skånes Hembygdsförbund <kansliet@skaneshembygd.se>",
            "Nyhetsbrev maj – vårmöte, kurser och nya medlemsförmåner",
            """
            Hej alla medlemsföreningar och vänner!

            Vårmötet hålls i år i Tomelilla den 24 maj. Anmälan senast 10 maj till kansliet.

            I höst anordnar vi en kurs i släktforskning för nybörjare – tre kvällar i Höör.

            Som medlem får du nu 10 % rabatt i Hembygdsbutiken.

            Vill du inte längre få vårt nyhetsbrev? Svara på detta mejl med ordet ”avregistrera”.

            Med vänliga hälsningar
            Styrelsen
            """),

        Routine("newsletter", "Visma Public <no-reply@info.visma.com>",
            "Visma Nyheter: Nytt i lönesystemet och vårens användarträffar",
            """
            Hej!

            Nu släpper vi version 26.2 med förbättrad semesterberäkning och ny rapportmodul.

            Välkommen till våra användarträffar i Malmö, Göteborg och Stockholm. Platserna är begränsade – boka din plats i dag.

            Läs hela releasenoten i kundportalen.

            Visma · Avsluta prenumeration · Integritetspolicy
            """,
            "List-Unsubscribe: <https://info.visma.com/unsub?id=52211>",
            "X-Mailer: Eloqua",
            "Feedback-ID: 1.eu-west-1.aZ3:AmazonSES"),

        Routine("newsletter", "Fastighetsägarna Syd <nyhetsbrev@fastighetsagarna.se>",
            "Fastighetsnytt: räntor, energipriser och nya regler för OVK",
            """
            Fastighetsnytt – juni

            Räntorna: vad betyder Riksbankens besked för ditt fastighetsbestånd?
            Energipriserna väntas stiga i vinter – fem råd inför eldningssäsongen.
            Nya regler för OVK – se vår checklista.

            Anmäl dig till höstens seminarier redan nu. Tidig anmälan ger rabatt.

            Vill du inte ha fler nyhetsbrev? Avregistrera dig här.
            """,
            "List-Unsubscribe: <https://fastighetsagarna.se/nl/unsubscribe/77431>",
            "X-Mailer: Get a Newsletter"),

        Routine("newsletter", "Smart City Weekly <hello@smartcityweekly.com>",
            "The Smart City Newsletter – May edition",
            """
            View this email in your browser

            This month in Smart Cities:
            • How Aarhus cut street lighting costs by 40%
            • 5 IoT trends every municipality should know
            • Webinar: Digital twins for city planning – register now

            Special offer for public sector subscribers: 30% off our annual report.

            You are receiving this email because you opted in via our website.
            Unsubscribe from this list | Update subscription preferences
            """,
            "List-Unsubscribe: <https://smartcityweekly.us1.list-manage.com/unsubscribe?u=ab12&id=cd34>",
            "X-Mailer: MailChimp Mailer - **CID8842a1b2c3**",
            "X-Campaign: mailchimp8842a1b2c3.cd34ef",
            "Precedence: bulk"),

        // ---- Course offers ----
        Routine("course", "Förvaltningsakademin <info@forvaltningsakademin.se>",
            "Få platser kvar: Offentlighet och sekretess i praktiken",
            """
            Hej!

            Nu är det bara fyra platser kvar på vår populära kurs ”Offentlighet och sekretess i praktiken” den 16 september i Malmö.

            Under dagen går vi igenom:
            – när en handling blir allmän
            – sekretessprövning och menprövning
            – hur ni hanterar en begäran om allmän handling snabbt och rätt

            Pris: 6 900 kr exkl. moms. Lunch och kaffe ingår.

            Anmäl dig nu via länken nedan!

            Med vänlig hälsning
            Förvaltningsakademin

            Vill du inte få fler utskick från oss? Avregistrera dig här.
            """,
            "List-Unsubscribe: <https://forvaltningsakademin.se/avregistrera?m=kommun%40osby.se>"),

        Routine("course", "Lena Ek, Dokumenta Utbildning <lena.ek@dokumenta.se>",
            "Utbildning i diarieföring och dokumenthantering – hösten 2026",
            """
            Hej,

            Vi på Dokumenta Utbildning erbjuder en tvådagarsutbildning för registratorer och administratörer i kommuner.

            Innehåll:
            • Diarieföring enligt OSL och arkivlagen
            • Gallring och bevarande
            • Digital informationshantering

            Datum: 7–8 oktober, Lund. Pris 9 800 kr per deltagare, 10 % rabatt från andra deltagaren från samma kommun.

            Anmälan sker på dokumenta.se/kurser. Sprid gärna till berörda kollegor!

            Vänliga hälsningar
            Lena Ek
            Kursansvarig, Dokumenta Utbildning AB
            """),

        Routine("course", "Ledarskapsinstitutet <program@ledarskapsinstitutet.se>",
            "Ledarskapsprogram för chefer i offentlig sektor – start i september",
            """
            Utveckla ditt ledarskap!

            Vårt ledarskapsprogram för första linjens chefer i kommuner och regioner startar 15 september.
            Sex träffar, handledning och ett personligt ledarskapstest.

            ”Den bästa utbildning jag gått” – enhetschef, Ystads kommun

            Begränsat antal platser. Boka senast 30 juni och få early bird-pris.

            Anmäl dig här · Avsluta prenumeration
            """,
            "List-Unsubscribe: <https://ledarskapsinstitutet.se/unsubscribe?cid=3321>",
            "X-Mailer: HubSpot",
            "X-HS-Cid: 3321"),

        Routine("course", "Upphandlingsskolan <kurs@upphandlingsskolan.se>",
            "LOU för nybörjare – 20 % rabatt vid anmälan före 31 maj",
            """
            Ny på upphandling?

            På vår grundkurs i LOU lär du dig hela upphandlingsprocessen, från behovsanalys till avtal.
            Kursen ges digitalt den 10–11 juni.

            Anmäl dig före 31 maj och få 20 % rabatt med kampanjkoden VÅR20.

            Välkommen!
            Upphandlingsskolan

            Du får detta mejl eftersom du tidigare har visat intresse för våra utbildningar. Avsluta utskick.
            """,
            "List-Unsubscribe: <mailto:avregistrera@upphandlingsskolan.se>",
            "Precedence: bulk"),

        Routine("course", "Mikael Holm <mikael@hlrgruppen.se>",
            "Första hjälpen och HLR för er personal – vi kommer till er",
            """
            Hej!

            Jag heter Mikael och driver HLR-gruppen i Skåne. Vi håller kurser i första hjälpen och hjärt-lungräddning på plats hos
            arbetsgivare, anpassat för förskola, skola och äldreomsorg.

            Just nu har vi ett specialpris för kommuner: 895 kr per deltagare vid minst tio deltagare.

            Hör av er så bokar vi in ett datum som passar!

            Med vänliga hälsningar
            Mikael Holm
            HLR-gruppen Syd AB
            070-123 45 67
            """),

        Routine("course", "Excelakademin <info@excelakademin.se>",
            "Excelkurs för ekonomer i kommuner – pivottabeller, Power Query och prognoser",
            """
            Bli expert på Excel!

            Kursen är framtagen för ekonomer och controllers i offentlig sektor. Två halvdagar på distans.

            Nästa kurstillfälle: 3 och 5 september
            Pris: 4 500 kr exkl. moms

            Anmäl dig nu – endast 12 platser per kurs.

            Visa i webbläsaren | Avregistrera
            """,
            "List-Unsubscribe: <https://excelakademin.gan.se/unsub/4412>",
            "X-Mailer: Get a Newsletter"),

        Routine("course", "Klarspråksbyrån <hej@klarsprak.nu>",
            "Skriv så att medborgarna förstår – kurs i klarspråk",
            """
            Hej!

            Myndighetstexter ska enligt språklagen vara vårdade, enkla och begripliga. Men hur gör man i praktiken?

            På vår endagskurs i klarspråk får dina medarbetare verktyg för att skriva beslut, brev och webbtexter som läsarna förstår.

            Vi erbjuder kursen som företagsintern utbildning hos er eller som öppen kurs i Malmö den 22 oktober.

            Boka en kostnadsfri rådgivning så berättar vi mer.

            Vänliga hälsningar
            Klarspråksbyrån
            """),

        Routine("course", "Prevent Utbildning <utbildning@prevent-utb.se>",
            "BAM – Bättre arbetsmiljö för chefer och skyddsombud, höstens datum",
            """
            Hej!

            Nu är höstens datum för BAM-utbildningen klara. Utbildningen ger chefer och skyddsombud kunskap om
            arbetsmiljölagen, systematiskt arbetsmiljöarbete och organisatorisk och social arbetsmiljö.

            Kristianstad: 8, 15 och 22 oktober
            Distans: 5, 12 och 19 november

            Boka din plats redan i dag – förra hösten blev alla kurser fullbokade.

            Avsluta prenumeration på utbildningsnyheter här.
            """,
            "List-Unsubscribe: <https://prevent-utb.se/nl/avsluta?id=77>",
            "X-Mailer: Apsis"),

        Routine("course", "Lunds universitet Uppdragsutbildning <uppdrag@lu.se>",
            "Uppdragsutbildning: Förvaltningsrätt för handläggare, 7,5 hp",
            """
            Vill du fördjupa dig i förvaltningsrätt?

            Lunds universitet erbjuder kursen Förvaltningsrätt för handläggare som uppdragsutbildning på kvartsfart,
            helt på distans. Kursen vänder sig till handläggare i kommuner och statliga myndigheter.

            Kursstart: 1 september
            Sista dag för intresseanmälan: 15 juni

            Kontakta oss för offert för er arbetsgrupp.

            Du får det här mejlet eftersom du finns i vårt register över kontaktpersoner. Avregistrera dig här.
            """,
            "List-Unsubscribe: <mailto:uppdrag-unsubscribe@lu.se>"),

        Routine("course", "Sara Lind, Konfliktakademin <sara@konfliktakademin.se>",
            "Kurs i konflikthantering för skolpersonal – boka din plats",
            """
            Hej,

            Upplever era lärare och fritidspedagoger att konflikterna mellan eleverna tar allt mer tid?

            Vår kurs ”Lugn i klassrummet” ger konkreta metoder för att förebygga och hantera konflikter.
            Kursen hålls på er skola en studiedag, 12 500 kr för hela personalgruppen.

            Sista chansen att boka till hösten – vi har tre datum kvar i augusti.

            Vänliga hälsningar
            Sara Lind
            Konfliktakademin
            """),

        Routine("course", "Liftutbildarna Syd <info@liftutbildarna.se>",
            "Truckkort och liftutbildning – specialpris för kommuner i maj",
            """
            Hej!

            Behöver personalen på tekniska förvaltningen förnya sina truckkort eller liftkort?

            I maj erbjuder vi kommuner i Skåne och Blekinge specialpris:
            Truckutbildning A+B: 3 200 kr (ord. pris 3 900 kr)
            Liftutbildning: 2 800 kr (ord. pris 3 400 kr)

            Vi kommer till er arbetsplats. Boka före 31 maj för att få kampanjpriset.

            Avregistrera dig från våra utskick genom att klicka här.
            """,
            "List-Unsubscribe: <https://liftutbildarna.se/unsub?e=kommun%40osby.se>",
            "Precedence: bulk"),

        // ---- Webinar invitations ----
        Routine("webinar", "Digitaliseringsforum <event@digitaliseringsforum.se>",
            "Webbinarium 12 juni: Så lyckas ni med AI i kommunen",
            """
            Välkommen till ett kostnadsfritt webbinarium!

            AI i kommunen – från pilot till drift
            Torsdag 12 juni kl. 9.00–10.00

            Tre kommuner berättar hur de har infört AI-stöd i kundtjänst, ekonomi och socialtjänst.

            Anmäl dig nu – begränsat antal platser.

            Visa i webbläsaren | Avsluta prenumeration
            """,
            "List-Unsubscribe: <https://digitaliseringsforum.se/unsubscribe/5521>",
            "X-Mailer: Sendinblue",
            "X-sib-id: 5521abcd"),

        Routine("webinar", "Signera.se <marknad@signera.se>",
            "Gratis webinar: Digital signering för offentlig sektor",
            """
            Hej!

            Hur kan er kommun spara tid och papper med digital signering av avtal, protokoll och beslut?

            Anmäl dig till vårt gratis webinar den 28 maj kl. 13.00. Vi visar hur det fungerar och svarar på era frågor.

            Alla deltagare får dessutom en kostnadsfri provperiod i 30 dagar.

            Boka din plats här.

            Signera.se · Avregistrera
            """,
            "List-Unsubscribe: <https://signera.se/u/8812>",
            "X-Mailjet-Campaign: 8812",
            "X-MJ-Mid: AAAAB12"),

        Routine("webinar", "CyberSkydd <info@cyberskydd.se>",
            "Inbjudan till frukostwebbinarium: Cybersäkerhet och NIS2 för kommuner",
            """
            Hej!

            Den nya cybersäkerhetslagen ställer krav på kommunerna. Är ni förberedda?

            Välkommen till vårt frukostwebbinarium onsdag 4 juni kl. 8.00–8.45. Våra experter går igenom
            de nya kraven och vad ni behöver göra redan i år.

            Webbinariet är kostnadsfritt. Anmäl dig senast 2 juni.

            Varmt välkommen!
            CyberSkydd Sverige AB
            """),

        Routine("webinar", "Contoso Public Sector <events@contoso-cloud.com>",
            "Join our webinar: Modernizing public sector IT with the cloud",
            """
            Hello,

            Join our experts for a live webinar on how municipalities across the Nordics are moving to the cloud securely.

            Date: June 18, 10:00 CET
            Duration: 45 minutes

            Register now – seats are limited!

            You received this email because you are subscribed to Contoso Public Sector updates.
            Unsubscribe | Privacy statement
            """,
            "List-Unsubscribe: <https://contoso-cloud.com/unsubscribe?id=55a>",
            "Feedback-ID: 55a:public-sector:marketo",
            "X-Mailer: Marketo"),

        Routine("webinar", "Skolappen <nyheter@skolappen.se>",
            "Sista chansen att anmäla dig till torsdagens webbinarium",
            """
            Hej!

            På torsdag visar vi nya Skolappen 4.0 – med närvarohantering, frånvaroanmälan och föräldrakontakt i en och samma app.

            Det är sista chansen att anmäla sig. Webbinariet är kostnadsfritt och tar 30 minuter.

            Anmäl dig nu!

            Du får detta mejl eftersom du är kontaktperson för en skola. Avregistrera.
            """,
            "List-Unsubscribe: <https://skolappen.se/avreg?id=991>",
            "X-Mailer: Rule"),

        Routine("webinar", "Friskvårdspartner <info@friskvardspartner.se>",
            "Webbinarium: Minska sjukfrånvaron med digitalt stöd",
            """
            Hej HR-ansvarig!

            Sjukfrånvaron i kommunal sektor är fortsatt hög. I vårt webbinarium den 10 juni visar vi hur digital
            hälsocoachning har minskat korttidsfrånvaron med 18 % hos våra kunder.

            Delta kostnadsfritt – anmälan via länken.

            Vänliga hälsningar
            Friskvårdspartner

            Avsluta prenumeration
            """,
            "List-Unsubscribe: <https://friskvardspartner.se/unsub/3310>"),

        Routine("webinar", "Energismart <webinar@energismart.se>",
            "Inspelningen från webbinariet om solceller finns nu tillgänglig",
            """
            Tack för ditt intresse!

            Missade du vårt webbinarium om solceller på kommunala fastigheter? Nu kan du se inspelningen i efterhand.

            Se inspelningen här.

            Vill du veta vad solceller skulle ge just era fastigheter? Boka en kostnadsfri analys med våra energirådgivare.

            Energismart Sverige · Avregistrera dig från våra utskick
            """,
            "List-Unsubscribe: <https://energismart.se/u/771>",
            "X-Campaign: es-webinar-followup-771",
            "Precedence: bulk"),

        Routine("webinar", "Fastighetsteknik Syd <info@fastighetstekniksyd.se>",
            "Välkommen på lunchwebbinar om energieffektivisering i skolfastigheter",
            """
            Hej!

            Välkommen till vårt lunchwebbinar tisdag 27 maj kl. 12.00–12.45.

            Vi berättar hur kommuner har sänkt energikostnaderna i skolor med upp till 30 % genom smart styrning av ventilation och värme.

            Anmälan: svara på detta mejl eller anmäl dig via vår webbplats.

            Med vänliga hälsningar
            Johan Berg
            Fastighetsteknik Syd AB
            """),

        // ---- Trade fairs and conferences ----
        Routine("fair", "Kommunmässan <info@kommunmassan.se>",
            "Välkommen till Kommunmässan 2026 – registrera dig kostnadsfritt",
            """
            Kommunmässan 2026
            22–23 oktober, Malmömässan

            Över 150 utställare, 40 seminarier och Sveriges viktigaste mötesplats för kommuner.

            Registrera dig kostnadsfritt före 1 oktober. Därefter kostar inträdet 495 kr.

            Vi ses i Malmö!

            Visa i webbläsaren · Avsluta prenumeration
            """,
            "List-Unsubscribe: <https://kommunmassan.se/unsub?u=7781>",
            "Precedence: bulk",
            "X-Mailer: Apsis One"),

        Routine("fair", "Offentliga Rummet <info@offentligarummet.se>",
            "Inbjudan: Offentliga Rummet 2026 i Norrköping",
            """
            Välkommen till Offentliga Rummet!

            Mötesplatsen för dig som arbetar med offentlig förvaltning. Två dagar med seminarier om tillit, digitalisering och
            kompetensförsörjning.

            Early bird-pris till och med 31 mars: 3 950 kr.

            Anmäl dig på offentligarummet.se.

            Du får denna inbjudan eftersom du deltog tidigare år. Avregistrera dig här.
            """,
            "List-Unsubscribe: <mailto:avreg@offentligarummet.se>"),

        Routine("fair", "Lärverktyg AB <monter@larverktyg.se>",
            "Möt oss på Skolforum – vi bjuder på kaffe i monter B:12",
            """
            Hej!

            Kommer du till Skolforum i Stockholm 27–28 oktober? Besök oss i monter B:12 så bjuder vi på kaffe och visar
            nyheterna i vårt digitala läromedel för mellanstadiet.

            Boka en personlig visning i montern så får du en gratis provlicens för hela skolan i tre månader.

            Välkommen!
            Lärverktyg AB

            Avregistrera dig från våra utskick
            """,
            "List-Unsubscribe: <https://larverktyg.se/unsubscribe?id=441>",
            "X-Mailer: HubSpot"),

        Routine("fair", "Fastighetsmässan <biljetter@fastighetsmassan.se>",
            "Fastighetsmässan Malmö – säkra din gratisbiljett",
            """
            Fastighetsmässan Malmö 2026
            4–5 november

            Nyheter inom förvaltning, energi och hållbarhet. Träffa leverantörer och lyssna på branschens experter.

            Säkra din kostnadsfria biljett nu – erbjudandet gäller till 15 oktober.

            Läs mer och registrera dig på fastighetsmassan.se.

            Avsluta prenumeration | Visa i webbläsaren
            """,
            "List-Unsubscribe: <https://fastighetsmassan.se/u/5512>",
            "Feedback-ID: 5512:fastighet:getanewsletter"),

        Routine("fair", "Äldreomsorgsdagarna <konferens@aldreomsorgsdagarna.se>",
            "Konferens: Framtidens äldreomsorg – early bird-pris till 30 april",
            """
            Välkommen till Äldreomsorgsdagarna 2026!

            Två dagar om välfärdsteknik, kompetensförsörjning och nya arbetssätt i hemtjänst och särskilt boende.

            Early bird-pris: 4 400 kr (ordinarie pris 5 600 kr) om du anmäler dig senast 30 april.
            Grupprabatt: anmäl tre, betala för två.

            Anmäl dig nu på aldreomsorgsdagarna.se.

            Avregistrera dig från konferensutskick
            """,
            "List-Unsubscribe: <https://aldreomsorgsdagarna.se/avregistrera/1109>",
            "Precedence: bulk"),

        Routine("fair", "Per Nilsson, Nordic Pumps <per.nilsson@nordicpumps.se>",
            "Inbjudan till vår kundträff i Kristianstad 11 september",
            """
            Hej,

            Vi vill gärna bjuda in er som arbetar med VA till vår kundträff i Kristianstad den 11 september.

            Program:
            09.00 Kaffe och registrering
            09.30 Nyheter i vårt pumpsortiment
            11.00 Visning av vår nya pumpstation
            12.00 Lunch

            Deltagandet är kostnadsfritt. Anmäl er senast 1 september genom att svara på detta mejl.

            Med vänliga hälsningar
            Per Nilsson
            Säljansvarig Södra Sverige, Nordic Pumps AB
            """),

        Routine("fair", "Nordic Public Sector Summit <tickets@npss.eu>",
            "Last chance: early bird tickets for the Nordic Public Sector Summit",
            """
            Hi there,

            Early bird pricing for the Nordic Public Sector Summit in Copenhagen ends this Friday!

            Save 25% on your ticket and join 1,200 leaders from municipalities and agencies across the Nordics.

            Book now – don't miss out.

            Unsubscribe from summit updates
            """,
            "List-Unsubscribe: <https://npss.eu/unsubscribe?t=55>",
            "X-Campaign: npss-earlybird-final",
            "Precedence: bulk"),

        // ---- Supplier offers ----
        Routine("supplier", "Kontorsmöbler Direkt <kampanj@kontorsmoblerdirekt.se>",
            "Vårkampanj: 30 % rabatt på höj- och sänkbara skrivbord",
            """
            Vårkampanj hos Kontorsmöbler Direkt!

            Just nu: 30 % rabatt på alla höj- och sänkbara skrivbord och 20 % på kontorsstolar.
            Fri frakt vid beställning över 10 000 kr.

            Kampanjen gäller till och med 31 maj. Köp nu – först till kvarn!

            Handla på kontorsmoblerdirekt.se eller kontakta vår säljavdelning.

            Vill du inte längre få erbjudanden? Avregistrera dig.
            """,
            "List-Unsubscribe: <https://kontorsmoblerdirekt.se/unsub?id=9012>",
            "X-Mailer: Klaviyo",
            "Precedence: bulk"),

        Routine("supplier", "TonerExpress <erbjudande@tonerexpress.se>",
            "Toner till lägsta pris – fri frakt över 500 kr",
            """
            Hej!

            Slut på toner igen? Hos oss hittar du original- och kompatibla toner till alla vanliga skrivare.

            ✔ Lägsta pris-garanti
            ✔ Fri frakt över 500 kr
            ✔ Leverans inom 24 timmar

            Använd koden KOMMUN15 för 15 % rabatt på din första beställning.

            Beställ idag på tonerexpress.se

            Avsluta prenumeration
            """,
            "List-Unsubscribe: <https://tonerexpress.se/unsubscribe/4471>"),

        Routine("supplier", "Ahmed Hassan <ahmed@glansstad.se>",
            "Städtjänster för era lokaler – offert inom 24 timmar",
            """
            Hej,

            Mitt namn är Ahmed och jag är VD på Glans Städ & Service AB. Vi har lång erfarenhet av lokalvård i skolor,
            förskolor och kontor i Skåne.

            Vi erbjuder:
            – daglig lokalvård
            – storstädning och fönsterputs
            – golvvård

            Vi lämnar gärna en kostnadsfri offert inom 24 timmar. Vem på kommunen ska jag vända mig till?

            Med vänliga hälsningar
            Ahmed Hassan
            Glans Städ & Service AB
            """),

        Routine("supplier", "SecureNord <info@securenord.se>",
            "Är er kommun redo för NIS2? Boka en kostnadsfri genomlysning",
            """
            Hej!

            Från och med i år omfattas kommuner av nya krav på cybersäkerhet. Många är inte redo.

            SecureNord erbjuder en kostnadsfri genomlysning av er IT-miljö – utan förpliktelser.
            Ni får en rapport med era största risker och en åtgärdsplan.

            Boka demo och genomlysning här. Erbjudandet gäller de tio första kommunerna som anmäler sig.

            SecureNord AB
            Avregistrera
            """,
            "List-Unsubscribe: <https://securenord.se/unsub/1122>",
            "X-Mailer: HubSpot"),

        Routine("supplier", "InfoSkärm Sverige <sales@infoskarm.se>",
            "Digitala informationsskärmar till receptionen – boka demo",
            """
            Hej!

            Vill ni visa aktuell information för besökare i kommunhuset, på biblioteket och i simhallen?

            Med InfoSkärm styr ni alla skärmar från en webbportal. Vi har över 80 kommuner som kunder.

            Boka en demo på 20 minuter så visar vi hur det fungerar. Just nu ingår installationen kostnadsfritt.

            Vänliga hälsningar
            Säljteamet, InfoSkärm Sverige AB

            Avregistrera dig från våra utskick här.
            """,
            "List-Unsubscribe: <mailto:unsubscribe@infoskarm.se>",
            "Feedback-ID: 22:sales:infoskarm:pardot"),

        Routine("supplier", "Kaffekompaniet <kontor@kaffekompaniet.se>",
            "Kaffemaskiner till personalrummet – prova en månad gratis",
            """
            Hej!

            Gott kaffe gör arbetsdagen bättre. Nu kan ni prova en av våra bönmaskiner gratis i en månad – helt utan bindningstid.

            Efter provperioden: från 495 kr/mån inklusive service.

            Boka din provmånad i dag – erbjudandet gäller till 30 juni.

            Kaffekompaniet Syd
            Visa i webbläsaren | Avregistrera
            """,
            "List-Unsubscribe: <https://kaffekompaniet.se/u/331>",
            "X-Mailer: Mailchimp"),

        Routine("supplier", "Profilkläder Nord <info@profilkladernord.se>",
            "Arbetskläder med kommunens logga – beställ före 15 juni",
            """
            Hej!

            Behöver personalen inom hemtjänst, park eller kök nya arbetskläder inför hösten?

            Vi trycker eller broderar kommunens logga på jackor, pikéer och västar. Beställ före 15 juni så får ni
            tryck på köpet och leverans före semestern.

            Kontakta oss för offert!

            Profilkläder Nord AB
            Vill du inte ha fler erbjudanden? Avsluta prenumeration.
            """,
            "List-Unsubscribe: <https://profilkladernord.se/unsubscribe/882>",
            "Precedence: bulk"),

        Routine("supplier", "LjusTeknik <projekt@ljusteknik.se>",
            "Byt till LED i gatubelysningen – spara upp till 60 %",
            """
            Hej,

            Vi hjälper kommuner att byta ut gammal gatubelysning mot energisnål LED med smart styrning.

            Typisk besparing: 60 % lägre elförbrukning och halverade underhållskostnader.

            Vi erbjuder en kostnadsfri inventering av er gatubelysning. Svara på detta mejl så bokar vi ett möte.

            Med vänliga hälsningar
            Karl Åberg
            Projektsäljare, LjusTeknik AB
            """),

        Routine("supplier", "Vårdbemanning Syd <rekrytering@vardbemanningsyd.se>",
            "Svårt att rekrytera sjuksköterskor? Vi hjälper er",
            """
            Hej!

            Många kommuner har svårt att rekrytera sjuksköterskor till äldreomsorgen. Vi på Vårdbemanning Syd har ett nätverk
            av legitimerade sjuksköterskor som kan börja med kort varsel.

            Vi har ramavtal med flera skånska kommuner och erbjuder nu nya kunder 10 % rabatt på de första tre månaderna.

            Boka ett förutsättningslöst möte med oss!

            Vänliga hälsningar
            Vårdbemanning Syd AB

            Avregistrera dig från framtida utskick
            """,
            "List-Unsubscribe: <https://vardbemanningsyd.se/avregistrera?id=66>"),

        Routine("supplier", "Språkbro Översättningar <info@sprakbro.se>",
            "Auktoriserade översättningar till ramavtalspriser",
            """
            Hej!

            Behöver ni översätta beslut, informationsmaterial eller webbtexter till arabiska, somaliska, dari eller tigrinja?

            Språkbro erbjuder auktoriserade översättare i över 60 språk och snabb leverans. Kommuner får samma priser som på statens ramavtal.

            Begär en kostnadsfri offert på sprakbro.se.

            Med vänliga hälsningar
            Språkbro Översättningar AB
            """),

        Routine("supplier", "Luftfoto Skåne <hej@luftfotoskane.se>",
            "Drönarfoto av kommunens fastigheter – introduktionserbjudande",
            """
            Hej!

            Vi fotograferar och filmar fastigheter, naturområden och byggprojekt från luften med drönare. Perfekt för
            kommunens webbplats, turistinformation och planarbete.

            Introduktionserbjudande: fotografering av tre objekt för 4 900 kr (ord. pris 7 500 kr).

            Se exempel på luftfotoskane.se och hör av er för bokning!

            Hälsningar
            Luftfoto Skåne
            """),

        Routine("supplier", "FakturaFlöde <info@fakturaflode.se>",
            "Automatisera er fakturahantering – så sparade Kristianstad 40 %",
            """
            Hej!

            Hanterar ni fortfarande leverantörsfakturor manuellt? Med FakturaFlöde tolkas, konteras och attesteras
            fakturorna automatiskt.

            Kundcase: Kristianstads kommun minskade tiden för fakturahantering med 40 % första året.

            Boka en kostnadsfri demo med oss – det tar bara 30 minuter.

            FakturaFlöde AB
            Avsluta prenumeration
            """,
            "List-Unsubscribe: <https://fakturaflode.se/unsubscribe?id=45>",
            "X-Mailer: HubSpot"),

        Routine("supplier", "Lekplatsbolaget <katalog@lekplatsbolaget.se>",
            "Nya lekplatskatalogen 2026 är här – beställ ditt exemplar",
            """
            Hej!

            Nu finns vår nya katalog med över 400 lekredskap, utegym och parkmöbler.

            Beställ ditt kostnadsfria exemplar eller bläddra i den digitala versionen.

            Kampanj: 10 % rabatt på alla gungor och klätterställningar som beställs före midsommar.

            Lekplatsbolaget
            Visa i webbläsaren · Avregistrera
            """,
            "List-Unsubscribe: <https://lekplatsbolaget.se/u/8812>",
            "X-Mailer: Ungapped",
            "Precedence: bulk"),

        // ---- Advertising written like a question or a personal note ----
        Routine("ad-question", "Jonas Wik <jonas@synligwebb.se>",
            "Snabb fråga om er webbplats",
            """
            Hej!

            Jag heter Jonas och jobbar med sökmotoroptimering. Jag tittade på osby.se och undrade: vill ni att fler invånare
            hittar rätt information direkt på Google?

            Vi har hjälpt flera kommuner att öka trafiken till e-tjänsterna med över 50 %.

            Kan vi boka 15 minuter nästa vecka så berättar jag mer?

            Vänliga hälsningar
            Jonas Wik
            Synlig Webb AB
            """),

        Routine("ad-question", "Emma Strand <emma.strand@printpartner.se>",
            "Re: Vårt samtal förra veckan",
            """
            Hej igen!

            Jag följer upp mitt tidigare mejl om våra skrivarlösningar. Många kommuner betalar för mycket för sina skrivare
            utan att veta om det.

            Vi erbjuder en kostnadsfri analys av er utskriftsmiljö och garanterar minst 20 % lägre kostnad.

            Passar det med ett kort möte på tisdag eller onsdag?

            Vänliga hälsningar
            Emma Strand
            Print Partner AB
            """),

        Routine("ad-question", "LicensKoll <info@licenskoll.se>",
            "Har ni koll på era licenskostnader?",
            """
            Hej!

            Visste du att en genomsnittlig kommun betalar för 15–20 % fler programlicenser än den använder?

            Med LicensKoll ser ni direkt vilka licenser som inte används. Boka demo så visar vi hur mycket ni kan spara.

            Erbjudande: den första analysen är kostnadsfri.

            LicensKoll AB · Avregistrera
            """,
            "List-Unsubscribe: <https://licenskoll.se/unsub/12>"),

        Routine("ad-question", "Elpartner Syd <forsaljning@elpartnersyd.se>",
            "Kan ni tänka er att halvera elkostnaden i era fastigheter?",
            """
            Hej!

            Elpriset är fortfarande högt. Med solceller och batterilager kan kommuner halvera elkostnaden i skolor och idrottshallar.

            Vi erbjuder en kostnadsfri besiktning av era tak och en kalkyl på återbetalningstiden.

            Svara på detta mejl eller ring oss på 040-12 34 56 så bokar vi en tid.

            Med vänliga hälsningar
            Elpartner Syd AB
            """),

        Routine("ad-question", "Maria Sjöberg <maria.sjoberg@rentbolaget.se>",
            "Vem ansvarar för inköp av städmaterial hos er?",
            """
            Hej!

            Jag söker den som ansvarar för inköp av städ- och hygienartiklar i kommunen. Kan du hjälpa mig att hitta rätt person?

            Vi på Rentbolaget levererar miljömärkta produkter till över 40 kommuner och har just nu ett introduktionserbjudande
            med 25 % rabatt på första ordern.

            Tack på förhand!

            Maria Sjöberg
            Key Account Manager, Rentbolaget AB
            """),

        Routine("ad-question", "Kommunikationsbyrån Klar <hej@byranklar.se>",
            "Fråga om er kommunikationsavdelning",
            """
            Hej!

            Har er kommunikationsavdelning tid att ta fram allt material ni behöver inför valåret?

            Vi är en kommunikationsbyrå som specialiserat oss på offentlig sektor och hjälper till med allt från kampanjer
            till tillgängliga webbtexter.

            Vill ni ha inspiration? Ladda ner vår kostnadsfria guide ”10 tips för bättre medborgardialog”.

            Med vänliga hälsningar
            Byrån Klar
            """),

        Routine("ad-question", "Telefonia Företag <foretag@telefonia.se>",
            "Är ni nöjda med er nuvarande telefonilösning?",
            """
            Hej!

            Är ni nöjda med er nuvarande växellösning? Många kommuner byter till Telefonia Molnväxel för lägre kostnader och
            bättre tillgänglighet för invånarna.

            Just nu: tre månader utan månadsavgift för nya kunder.

            Boka ett möte med en av våra rådgivare – det är helt kostnadsfritt.

            Telefonia Företag
            Avregistrera dig här
            """,
            "List-Unsubscribe: <https://telefonia.se/foretag/unsub?id=771>",
            "Feedback-ID: 771:foretag:telefonia:sfmc"),

        Routine("ad-question", "Sommarpersonal.se <info@sommarpersonal.se>",
            "Jag undrar om ni behöver tillfällig personal i sommar?",
            """
            Hej!

            Jag undrar om ni har behov av tillfällig personal under sommaren? Vi förmedlar undersköterskor, vårdbiträden
            och lokalvårdare till kommuner i hela Skåne.

            Alla våra konsulter har svenska kunskaper och referenser. Vi kan leverera personal med en veckas varsel.

            Hör av er för prisuppgift!

            Med vänliga hälsningar
            Daniel Öst
            Sommarpersonal.se
            """),

        // ---- Other marketing ----
        Routine("marketing", "Presentbolaget <jul@presentbolaget.se>",
            "Julklappar till personalen – 15 % rabatt vid beställning före 1 november",
            """
            Dags att tänka på årets julklapp till medarbetarna!

            Välj bland över 200 presenter eller låt personalen välja själv med vårt presentkort.
            Beställ före 1 november och få 15 % rabatt.

            Vi levererar direkt till varje arbetsplats.

            Köp nu på presentbolaget.se

            Avsluta prenumeration · Visa i webbläsaren
            """,
            "List-Unsubscribe: <https://presentbolaget.se/unsubscribe?cid=9>",
            "X-Mailer: Klaviyo",
            "Precedence: bulk"),

        Routine("marketing", "Dagens Samhälle Prenumeration <kundservice@dagenssamhalle.se>",
            "Prenumerera på Dagens Samhälle – tre månader för 99 kr",
            """
            Hej!

            Få fullständig tillgång till alla artiklar, analyser och debatter om offentlig sektor.

            Erbjudande: tre månader för endast 99 kr. Därefter ordinarie pris. Ingen bindningstid.

            Teckna prenumeration här.

            Dagens Samhälle · Avregistrera dig från erbjudanden
            """,
            "List-Unsubscribe: <https://dagenssamhalle.se/unsub/offers/331>",
            "Feedback-ID: 331:offers:dsam"),

        Routine("marketing", "Mötesplatsen Online <info@motesplatsen-online.se>",
            "Din gratis provperiod avslutas snart – uppgradera med 40 % rabatt",
            """
            Hej!

            Din gratis provperiod av Mötesplatsen Online Pro avslutas om tre dagar.

            Uppgradera nu och få 40 % rabatt första året. Då får ni obegränsade digitala möten, inspelning och
            textning för hela organisationen.

            Uppgradera nu

            Mötesplatsen Online
            """,
            "List-Unsubscribe: <https://motesplatsen-online.se/u/771>",
            "Auto-Submitted: auto-generated",
            "X-SG-EID: 8a7b6c5d"),

        Routine("marketing", "Hotell Skånegården <konferens@skanegarden.se>",
            "Sommarerbjudande: konferenspaket för personalgruppen",
            """
            Hej!

            Planerar ni planeringsdagar eller kickoff i höst?

            Boka vårt konferenspaket före 30 juni: helpension, konferenslokal och teknik från 1 395 kr per person.
            Gäller för grupper om minst 10 personer.

            Välkommen till Skånegården!

            Hotell Skånegården
            Avregistrera dig från våra nyhetsbrev
            """,
            "List-Unsubscribe: <https://skanegarden.se/nyhetsbrev/avreg>"),

        Routine("marketing", "Kommunindex <rapport@kommunindex.se>",
            "Årets kommunranking är här – beställ rapporten nu",
            """
            Hej!

            Hur står sig Osby kommun jämfört med andra kommuner i Skåne? Årets ranking av kommunernas service och
            företagsklimat är klar.

            Beställ den fullständiga rapporten med analys av just er kommun för 2 900 kr. Rabatt för medlemmar.

            Beställ här

            Kommunindex · Avregistrera
            """,
            "List-Unsubscribe: <https://kommunindex.se/u/55>",
            "Precedence: bulk"),
    ];
}
