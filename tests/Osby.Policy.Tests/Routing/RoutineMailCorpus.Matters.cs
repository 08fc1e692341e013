using static Osby.Policy.Tests.Routing.LabelledMail;

namespace Osby.Policy.Tests.Routing;

/// <summary>The real-matter half of the labelled set (see <see cref="RoutineMailCorpus"/>).</summary>
internal static partial class RoutineMailCorpus
{
    private static LabelledMail[] Matters() =>
    [
        // ---- Citizens' questions ----
        Matter("question", "Karin Nilsson <karin.nilsson72@gmail.com>",
            "Sophämtning",
            """
            Hej!

            Vi bor på Västra Storgatan 12 och soporna har inte hämtats på två veckor nu. Kärlet är överfullt och det börjar lukta.
            Vem ska jag kontakta?

            Mvh Karin Nilsson
            """),

        Matter("question", "bengt.olsson@telia.com",
            "snöröjning ekvägen",
            """
            hej. när kommer plogbilen till ekvägen i lönsboda? vi har inte kunnat ta oss ut med bilen sen i söndags och min fru
            har en läkartid på torsdag. tacksam för svar
            bengt olsson
            """),

        Matter("question", "Sofia Andersson <sofia.a@outlook.com>",
            "Skolplacering till hösten",
            """
            Hej,

            Vi flyttar till Osby i augusti och undrar hur vi ansöker om plats i årskurs 4 för vår dotter. Kan vi önska skola?
            Vi kommer att bo nära Parkskolan.

            Tack på förhand!
            Sofia Andersson
            """),

        Matter("question", "Lars Persson <lars.persson@hotmail.com>",
            "Behöver jag bygglov för ett växthus?",
            """
            Hej!

            Jag vill bygga ett växthus på ca 12 kvadratmeter i trädgården, ungefär 3 meter från tomtgränsen. Behöver jag söka
            bygglov eller räcker det med en anmälan? Fastigheten är Osby Sågen 3.

            Vänliga hälsningar
            Lars Persson
            """),

        Matter("question", "Gunilla Ek <gunilla.ek@gmail.com>",
            "Parkeringstillstånd",
            """
            Hej

            Min man har fått svårt att gå efter sin stroke och läkaren tycker att han ska söka parkeringstillstånd för
            rörelsehindrade. Hur gör vi och vilka papper behövs?

            Med vänlig hälsning
            Gunilla Ek
            """),

        Matter("question", "Ahmad Rahimi <a.rahimi@gmail.com>",
            "Biblioteket i Lönsboda i sommar",
            """
            Hej! Har biblioteket i Lönsboda öppet under sommaren? Jag hittar inga sommartider på hemsidan. Tack! /Ahmad
            """),

        Matter("question", "Eva Karlsson <eva.karlsson@bredband2.com>",
            "Trasig gatlampa",
            """
            Hej,

            Gatlampan utanför Storgatan 45 har varit släckt i över en vecka. Det är väldigt mörkt på kvällarna och många
            barn går där till skolan. Kan ni laga den?

            Eva Karlsson
            """),

        Matter("question", "Thomas Berg <thomas.berg@icloud.com>",
            "Hemtjänst för min mamma",
            """
            Hej,

            Min mamma är 87 år och bor ensam i Killeberg. Hon klarar inte längre att handla och städa själv. Hur ansöker man om
            hemtjänst, och kan jag som anhörig göra det åt henne? Hon vill gärna bo kvar hemma.

            Tacksam för hjälp.
            Thomas Berg
            """),

        Matter("question", "Johanna Lind <johanna.lind@gmail.com>",
            "Registrering av hund",
            """
            Hej! Vi har köpt en valp och har hört att man måste registrera hunden. Gör man det hos kommunen? Vad kostar det?

            Hälsningar Johanna
            """),

        Matter("question", "Nils Svensson <nils.svensson@telia.com>",
            "Träd på kommunens mark bakom vårt hus",
            """
            Hej,

            Bakom vårt hus på Björkvägen 8 står två stora granar på kommunens mark. Den ena lutar kraftigt mot vårt tak
            efter stormen i helgen. Kan någon från kommunen komma och titta på dem? Vi är oroliga att den ska falla.

            Med vänliga hälsningar
            Nils och Birgitta Svensson
            """),

        Matter("question", "Maja Holm <maja.holm@gmail.com>",
            "Borgerlig vigsel i juni",
            """
            Hej!

            Jag och min sambo vill gifta oss borgerligt en lördag i juni, helst vid Osbysjön. Går det att boka vigselförrättare
            till en lördag, och hur långt i förväg behöver vi höra av oss?

            Glada hälsningar
            Maja Holm
            """),

        Matter("question", "Rolf Jönsson <rolf.jonsson@gmail.com>",
            "Bostadsanpassning",
            """
            Hej,

            Jag sitter sedan i höstas i rullstol och behöver få bort tröskarna och bygga om badrummet hemma. Kan jag få
            bostadsanpassningsbidrag för det? Hur lång tid tar det att få ett beslut?

            Mvh Rolf Jönsson
            Lönsboda
            """),

        // ---- Complaints and feedback ----
        Matter("complaint", "Peter Åkesson <peter.akesson@gmail.com>",
            "Klagomål: hål i vägen på Kristianstadsvägen",
            """
            Hej,

            Jag vill lämna ett klagomål på vägen vid Kristianstadsvägen 20–30. Det är flera djupa hål i asfalten och i går
            fick jag en punktering. Jag har tidigare ringt om detta men inget har hänt.

            Vem ersätter mitt däck?

            Peter Åkesson
            """),

        Matter("complaint", "Anna Bengtsson <anna.bengtsson@outlook.com>",
            "Synpunkt på bemötandet i receptionen",
            """
            Hej,

            Jag var i kommunhuset i tisdags för att lämna in en blankett och blev mycket otrevligt bemött i receptionen.
            Personen suckade och sa att jag fick ”läsa på hemsidan”. Jag tycker att man ska kunna förvänta sig bättre
            service från kommunen.

            Anna Bengtsson
            """),

        Matter("complaint", "Fredrik Mårtensson <fredrik.m@gmail.com>",
            "Skolmaten på Hasslarödsskolan",
            """
            Hej,

            Mina barn kommer hem hungriga varje dag och berättar att maten tar slut innan alla har ätit. I går fanns det bara
            knäckebröd kvar till mellanstadiet. Är det verkligen så det ska vara? Jag förväntar mig en förklaring.

            Fredrik Mårtensson
            """),

        Matter("complaint", "Lisa Ahlgren <lisa.ahlgren@gmail.com>",
            "Byggbuller klockan sex på morgonen",
            """
            Hej!

            Bygget vid torget har börjat med spontning klockan 06.00 hela veckan. Vi bor precis bredvid och har en bebis
            som vaknar varje morgon. Vilka tider får de egentligen hålla på? Jag vill att ni kontrollerar detta.

            Lisa Ahlgren
            Torggatan 3
            """),

        Matter("complaint", "Jenny Paulsson <jenny.paulsson@hotmail.com>",
            "Lekplatsen i Killeberg",
            """
            Hej

            Lekplatsen vid skolan i Killeberg har varit avstängd med byggstaket i över ett halvår. Ingen verkar veta när den
            ska öppna igen. Barnen har ingenstans att leka. Vad är planen?

            Jenny Paulsson, förälder
            """),

        Matter("complaint", "Mohammed Ali <m.ali85@gmail.com>",
            "Klagomål på hemtjänsten – ingen kom i söndags",
            """
            Hej,

            Min pappa har hemtjänst tre gånger om dagen. I söndags kom ingen på kvällen och han fick inte sina mediciner.
            Det är andra gången i månaden. Jag vill att det här utreds och att någon ringer mig.

            Mohammed Ali
            0701-22 33 44
            """),

        Matter("complaint", "Ulla Hansson <ulla.hansson@telia.com>",
            "Dålig snöröjning – igen!",
            """
            Nu är det tredje gången i vinter som gång- och cykelvägen till vårdcentralen inte är plogad. Jag är 78 år och
            vågar inte gå ut. Varför prioriteras inte gångvägarna? Det här måste bli bättre.

            Ulla Hansson
            """),

        Matter("complaint", "Osby Naturskyddsförening <osby@naturskyddsforeningen.se>",
            "Synpunkter på samrådsförslaget till ny översiktsplan",
            """
            Hej,

            Osby Naturskyddsförening lämnar härmed synpunkter på samrådsförslaget till översiktsplan 2040.

            1. Vi motsätter oss att området vid Osbysjöns norra strand pekas ut för bostadsbebyggelse.
            2. Grönstrukturen i centralorten bör stärkas.

            Våra synpunkter i sin helhet finns i bifogad fil.

            För föreningen
            Kerstin Malm, ordförande
            """),

        // ---- Invoices ----
        Matter("invoice", "Osby Måleri AB <ekonomi@osbymaleri.se>",
            "Faktura 20260412 – målning Parkskolan",
            """
            Hej,

            Bifogat finner ni faktura 20260412 för målningsarbete i Parkskolan enligt order 4512.

            Belopp att betala: 84 375 kr inkl. moms
            Förfallodatum: 2026-05-30
            Bankgiro: 123-4567
            Er referens: Anders Lund

            Med vänlig hälsning
            Osby Måleri AB
            """),

        Matter("invoice", "InExchange <noreply@einvoice.inexchange.se>",
            "Ny faktura från Nordic Kontorsmaterial AB",
            """
            Du har fått en ny faktura.

            Avsändare: Nordic Kontorsmaterial AB
            Fakturanummer: 88213
            Belopp: 4 312,50 SEK
            Förfallodatum: 2026-06-15
            Referens: 4410 Kontaktcenter

            Fakturan finns som bilaga i PDF-format. Detta är ett automatiskt meddelande och går inte att svara på.
            """,
            "Auto-Submitted: auto-generated",
            "Precedence: bulk"),

        Matter("invoice", "Anna Persson Konsult <anna@perssonkonsult.se>",
            "Faktura – konsulttjänster april",
            """
            Hej Maria!

            Här kommer fakturan för april enligt vårt avtal om stöd i upphandlingen av skolskjuts. 32 timmar à 1 150 kr.
            Referens: Maria Holmberg, dnr KS 2026/118.

            Betalningsvillkor 30 dagar.

            Tack för gott samarbete!
            Anna Persson
            """)
        with { Channel = Channel.PersonalEmail, To = "maria.holmberg@osby.se" },

        Matter("invoice", "Nordic Kontorsmaterial AB <faktura@nordickontor.se>",
            "Kreditfaktura avseende faktura 7781",
            """
            Hej,

            Vi har krediterat faktura 7781 eftersom två av stolarna levererades skadade. Kreditfakturan på 5 980 kr bifogas.
            Kvitta gärna beloppet mot nästa betalning.

            Vänliga hälsningar
            Ekonomiavdelningen, Nordic Kontorsmaterial AB
            """),

        Matter("invoice", "Skånes Trädgårdsservice <info@skanestradgard.se>",
            "Faktura 1043 – gräsklippning maj",
            """
            Hej!

            Bifogar faktura 1043 för gräsklippning av kommunens grönytor i Lönsboda under maj enligt ramavtal.

            OCR: 104320265
            Att betala: 27 500 kr
            Förfaller: 30 juni

            Hälsningar
            Skånes Trädgårdsservice
            """,
            "X-Mailer: Fortnox",
            "Feedback-ID: 1.eu-north-1.xyz:AmazonSES"),

        Matter("invoice", "Lönsboda El & VVS <kontor@lonsbodaelvvs.se>",
            "Faktura för akut reparation av värmepump, Killebergs skola",
            """
            Hej,

            Här kommer fakturan för den akuta reparationen av värmepumpen på Killebergs skola den 3 februari.
            Arbetsorder 2211, beställare Göran Nord.

            Totalt 18 640 kr inkl. moms. Betalning till bankgiro 555-1234 senast 2026-03-10.

            Mvh
            Lönsboda El & VVS AB
            """),

        // ---- Invoice reminders ----
        Matter("reminder", "Kontorsservice Syd <reskontra@kontorsservicesyd.se>",
            "Betalningspåminnelse – faktura 55102",
            """
            Hej,

            Enligt vår bokföring är faktura 55102 på 12 400 kr med förfallodatum 2026-04-30 fortfarande obetald.

            Vänligen betala snarast till bankgiro 432-1098 och ange fakturanumret. Har ni redan betalat kan ni bortse från
            denna påminnelse.

            Med vänlig hälsning
            Kontorsservice Syd AB
            """),

        Matter("reminder", "Bygg & Mark i Osby <ekonomi@byggmarkosby.se>",
            "Påminnelse: obetald faktura 2026-118",
            """
            Hej!

            Vi har ännu inte fått betalt för faktura 2026-118 avseende markarbeten vid återvinningscentralen (order 7731).
            Fakturan förföll för tre veckor sedan. Kan ni kontrollera om den har fastnat i attesten?

            Tacksam för snabbt besked.

            Robert Lind
            Bygg & Mark i Osby AB
            """),

        Matter("reminder", "Svea Inkasso <noreply@sveainkasso.se>",
            "Inkassokrav – ärende 4478-2211",
            """
            Inkassokrav

            Borgenär: Skånska Maskinuthyrning AB
            Ursprunglig faktura: 9921, förfallen 2026-03-15
            Kapitalbelopp: 6 250 kr
            Påminnelseavgift: 60 kr
            Inkassoavgift: 180 kr

            Betala senast 2026-05-20 för att undvika ytterligare åtgärder. Har ni invändningar mot kravet ska ni meddela oss
            skriftligt inom samma tid.
            """,
            "Auto-Submitted: auto-generated"),

        Matter("reminder", "Fortnox Påminnelse <noreply@fortnox.se>",
            "Vänlig påminnelse om förfallen faktura 312",
            """
            Hej!

            Detta är en vänlig påminnelse om att faktura 312 från Osby Fönsterputs på 3 750 kr förföll till betalning 2026-04-12.

            OCR-nummer: 31220264
            Bankgiro: 5050-1122

            Vid frågor om fakturan, kontakta Osby Fönsterputs på 0479-100 20.
            """,
            "Auto-Submitted: auto-generated",
            "Feedback-ID: fortnox:reminder:312"),

        // ---- Requests for public documents ----
        Matter("document-request", "Erik Johansson <erik.johansson@gmail.com>",
            "Begäran om allmän handling",
            """
            Hej,

            Jag begär att få ta del av protokollet från kommunstyrelsens sammanträde den 12 mars, inklusive bilagor.
            Skicka det gärna som pdf till den här adressen.

            Med vänlig hälsning
            Erik Johansson
            """),

        Matter("document-request", "Hanna Lundqvist, Norra Skåne <hanna.lundqvist@nsk.se>",
            "Begäran om utlämnande av e-post",
            """
            Hej,

            Jag är reporter på tidningen Norra Skåne. Med stöd av offentlighetsprincipen begär jag ut all e-post mellan
            kommunstyrelsens ordförande och Osby Energi AB under perioden 1 januari–31 mars i år.

            Jag vill gärna ha handlingarna elektroniskt. Om någon del sekretessprövas ber jag om ett överklagbart beslut.

            Hanna Lundqvist
            Reporter, Norra Skåne
            """),

        Matter("document-request", "Mats Olsson <mats.olsson@gmail.com>",
            "Ritningar Osby 4:12",
            """
            Hej

            Jag funderar på att köpa huset på Osby 4:12 och vill begära ut bygglovsritningarna och slutbeskedet för
            fastigheten. Går det att få dem digitalt?

            Mvh Mats Olsson
            """),

        Matter("document-request", "Britt Larsson <britt.larsson@telia.com>",
            "Kopia på beslut om färdtjänst",
            """
            Hej,

            Kan jag få en kopia av beslutet om avslag på min ansökan om färdtjänst? Jag har tappat bort brevet och vill
            överklaga. Mitt personnummer har jag inte med här men ansökan gjordes i februari.

            Britt Larsson
            """),

        Matter("document-request", "Anbudsbyrån Syd <info@anbudsbyran.se>",
            "Begäran om kopia av avtal – skolskjuts",
            """
            Hej,

            Vi begär en kopia av det tecknade avtalet med vinnande leverantör i upphandlingen av skolskjutsar 2025,
            dnr KS 2025/77, samt utvärderingsprotokollet.

            Med vänlig hälsning
            Anbudsbyrån Syd AB
            """),

        Matter("document-request", "Oskar Nyberg <oskar.nyberg@proton.me>",
            "Upphandlingsunderlag",
            """
            Skicka mig upphandlingsunderlaget och samtliga inkomna anbud för städtjänsterna som upphandlades i höstas.
            Oskar Nyberg
            """)
        with { Channel = Channel.PublicDocumentRequest },

        // ---- Job applications ----
        Matter("job-application", "Amina Yusuf <amina.yusuf@gmail.com>",
            "Ansökan: Undersköterska hemtjänsten, ref 2026/123",
            """
            Hej!

            Jag söker härmed tjänsten som undersköterska inom hemtjänsten i Osby. Jag har arbetat fem år inom äldreomsorgen
            i Hässleholm och har undersköterskeexamen sedan 2019.

            Bifogar CV och personligt brev. Jag ser fram emot att höra från er!

            Med vänliga hälsningar
            Amina Yusuf
            """),

        Matter("job-application", "David Wennberg <david.wennberg@outlook.com>",
            "Spontanansökan – ekonom",
            """
            Hej,

            Jag är civilekonom och har arbetat som redovisningsekonom på en revisionsbyrå i Kristianstad i fyra år. Nu vill
            jag gärna arbeta i kommunal verksamhet och skickar därför en spontanansökan till ekonomiavdelningen.

            CV bifogas. Jag nås på 073-456 78 90.

            Vänliga hälsningar
            David Wennberg
            """),

        Matter("job-application", "Elin Sandberg <elin.sandberg06@gmail.com>",
            "Sommarjobb 2026",
            """
            Hej!

            Jag heter Elin, är 17 år och går på Göingegymnasiet. Jag vill söka sommarjobb inom kommunen i sommar, gärna på
            fritidsgård eller i parkförvaltningen. Jag kan jobba hela juli.

            Tack för att ni läser min ansökan!
            Elin Sandberg
            """),

        Matter("job-application", "Fatima Haddad <fatima.haddad@hotmail.com>",
            "Intresseanmälan timvikarie förskola",
            """
            Hej,

            Jag vill anmäla mitt intresse för att arbeta som timvikarie i förskolan. Jag har barnskötarutbildning och har
            vikarierat i Hässleholms kommun. Jag kan börja direkt.

            Vänliga hälsningar
            Fatima Haddad
            """),

        Matter("job-application", "Johan Ekström <johan.ekstrom@gmail.com>",
            "Ansökan lärare i matematik åk 7–9",
            """
            Hej!

            Jag söker tjänsten som lärare i matematik och NO för åk 7–9 på Örkenedskolan. Jag är legitimerad lärare och har
            arbetat sex år på högstadiet.

            Bifogar CV, personligt brev och lärarlegitimation.

            Med vänlig hälsning
            Johan Ekström
            """),

        // ---- Other authorities ----
        Matter("authority", "Länsstyrelsen Skåne <skane@lansstyrelsen.se>",
            "Remiss: Förslag till beslut om naturreservatet Hovdala utvidgning, dnr 511-1234-2026",
            """
            Osby kommun ges tillfälle att yttra sig över bifogat förslag till beslut om utvidgning av naturreservatet.

            Yttrandet ska ha kommit in till Länsstyrelsen senast den 15 juni 2026. Ange diarienummer 511-1234-2026.

            Har ni frågor, kontakta handläggare Sven Ljung, 010-224 10 00.

            Länsstyrelsen Skåne
            Naturvårdsenheten
            """),

        Matter("authority", "Skatteverket <folkbokforing@skatteverket.se>",
            "Förfrågan om uppgifter – folkbokföringsärende",
            """
            Skatteverket utreder var en person ska vara folkbokförd och behöver uppgifter från kommunen om
            vilken adress som finns registrerad för eleven i bifogad förfrågan.

            Svara gärna senast den 20 maj. Ange vårt ärendenummer 131 445566-26/1212 i svaret.

            Med vänlig hälsning
            Skatteverket, Folkbokföringen
            """),

        Matter("authority", "Försäkringskassan <handlaggning@forsakringskassan.se>",
            "Begäran om uppgifter enligt 110 kap. socialförsäkringsbalken",
            """
            Försäkringskassan begär uppgifter om beviljat bistånd för den person som anges i bifogad blankett.
            Uppgifterna behövs för handläggningen av ett ärende om bostadsbidrag.

            Skicka uppgifterna via säker e-post eller med post senast den 2 juni.

            Försäkringskassan
            """),

        Matter("authority", "Polismyndigheten <registrator.syd@polisen.se>",
            "Remiss: Ansökan om tillstånd för offentlig tillställning – Osby Marknad",
            """
            Polismyndigheten har tagit emot en ansökan om tillstånd för offentlig tillställning (Osby Marknad 22–23 augusti).

            Kommunen ombeds yttra sig över ansökan, särskilt i fråga om markupplåtelse och trafik. Yttrande senast 30 juni.

            Diarienummer: A123.456/2026

            Polismyndigheten, Region Syd, Tillståndsenheten
            """),

        Matter("authority", "Skolinspektionen <skolinspektionen@skolinspektionen.se>",
            "Anmälan om kränkande behandling – begäran om yttrande, dnr 2026:3321",
            """
            Skolinspektionen har tagit emot en anmälan som rör en elev vid Parkskolan i Osby kommun.

            Huvudmannen ska senast den 5 juni yttra sig över anmälan och redovisa vilka åtgärder som vidtagits.
            Anmälan bifogas.

            Med vänlig hälsning
            Skolinspektionen
            """),

        Matter("authority", "Trafikverket <trafikverket@trafikverket.se>",
            "Samråd om ombyggnad av väg 15 genom Osby",
            """
            Trafikverket planerar att bygga om väg 15 genom Osby och inleder nu samråd om vägplanen.

            Osby kommun bjuds in att lämna synpunkter på samrådshandlingen senast den 31 augusti. Välkommen också på
            samrådsmöte i Osby Folkets hus den 18 juni kl. 18.00.

            Ärendenummer: TRV 2026/44512

            Trafikverket, Region Syd
            """),

        Matter("authority", "Inspektionen för vård och omsorg <registrator@ivo.se>",
            "Tillsyn av särskilt boende Ekbacken – begäran om handlingar",
            """
            IVO genomför tillsyn av särskilt boende Ekbacken. Vi begär att nämnden senast den 10 juni skickar in:

            1. Rutiner för avvikelsehantering
            2. Bemanningsschema för maj
            3. Senaste egenkontrollen

            Ange dnr 3.5.1-12345/2026.

            Inspektionen för vård och omsorg, avdelning syd
            """),

        Matter("authority", "Lantmäteriet <fastighetsbildning@lm.se>",
            "Underrättelse om sammanträde – fastighetsreglering berörande Osby 5:7",
            """
            Lantmäteriet handlägger en förrättning som berör kommunens fastighet Osby 5:7.

            Ni kallas till sammanträde den 12 juni kl. 10.00 på plats vid fastigheten. Kan ni inte närvara kan ni lämna
            skriftliga synpunkter före sammanträdet.

            Ärende M12345
            Lantmäteriet
            """),

        // ---- Real matters that mention courses, offers, discounts or newsletters ----
        Matter("tricky", "Linnea Åström <linnea.astrom@gmail.com>",
            "Förskoleplats Solgläntan",
            """
            Hej!

            Jag tackade ja till ert erbjudande om förskoleplats på Solgläntan via e-tjänsten för två veckor sedan, men har inte
            fått någon bekräftelse. Inskolningen ska börja den 4 augusti. Kan ni kolla att allt är klart?

            Linnea Åström
            """),

        Matter("tricky", "Kristoffer Ahl <kristoffer.ahl@gmail.com>",
            "Simkursen",
            """
            Hej,

            Min son går på simkursen i Osby simhall på tisdagar. I tisdags var det ingen instruktör där och barnen fick vänta
            i 40 minuter innan de skickades hem. Blir det någon ersättningslektion?

            Kristoffer Ahl
            """),

        Matter("tricky", "Ingrid Mattsson <ingrid.mattsson@telia.com>",
            "Varför fick jag inget nyhetsbrev om vägarbetet?",
            """
            Hej,

            Varför fick jag inget nyhetsbrev om vägarbetet på Skolgatan? Jag prenumererar på kommunens nyhetsbrev men fick veta
            först när grävmaskinerna stod utanför och jag inte kunde köra ut bilen. Hur länge ska arbetet hålla på?

            Ingrid Mattsson
            """),

        Matter("tricky", "Per Gustafsson <per.gustafsson@hotmail.com>",
            "Avregistrera mig från nyhetsbrevet",
            """
            Hej,

            Jag vill inte längre få kommunens nyhetsbrev om evenemang. Jag hittar ingen länk för att avregistrera mig.
            Kan ni ta bort min e-postadress ur er utskickslista och radera mina uppgifter?

            Per Gustafsson
            """),

        Matter("tricky", "Gösta Lindgren <gosta.lindgren@telia.com>",
            "Pensionärsrabatt på busskort?",
            """
            Hej!

            Jag fyller 65 i höst. Får man någon rabatt på busskortet som pensionär i Osby kommun, eller är det
            Skånetrafiken som bestämmer det? Tack för svar.

            Gösta Lindgren
            """),

        Matter("tricky", "Ebba Nord <ebba.nord@gmail.com>",
            "Tackar ja till sommarjobbet",
            """
            Hej!

            Tack för erbjudandet om sommarjobb på tekniska förvaltningen! Jag tackar ja. Behöver jag skicka in något mer,
            till exempel kontouppgifter eller utdrag ur belastningsregistret?

            Ebba Nord
            """),

        Matter("tricky", "Hiwet Tesfay <hiwet.tesfay@gmail.com>",
            "Fråga om SFI-kursen",
            """
            Hej,

            Jag går på SFI-kursen på Komvux, kurs C. Jag har fått jobb på dagtid och kan inte komma på lektionerna längre.
            Finns det kvällskurs eller distanskurs? Jag vill inte sluta.

            Tack
            Hiwet
            """),

        Matter("tricky", "Sven-Erik Palm <svenerik.palm@telia.com>",
            "Är detta bluff? Erbjudande om ny vattenmätare",
            """
            Hej,

            Jag fick i dag ett erbjudande på telefonen från en firma som sa att de jobbar på uppdrag av kommunen med att byta
            vattenmätare. Jag skulle få 20 % rabatt om jag bokade i dag och betalade i förskott. Stämmer det? Det kändes konstigt.

            Sven-Erik Palm
            """),

        Matter("tricky", "Skånetak AB <anbud@skanetak.se>",
            "Offert: takrenovering Hasslarödsskolan, er förfrågan dnr 2026/55",
            """
            Hej,

            Tack för er förfrågan. Här kommer vår offert på takrenovering av Hasslarödsskolans gymnastiksal enligt
            förfrågningsunderlaget, dnr 2026/55.

            Pris: 1 240 000 kr exkl. moms. Vi erbjuder 5 % rabatt om arbetet kan utföras under veckorna 27–31.
            Offerten gäller till och med 30 juni.

            Med vänlig hälsning
            Stefan Holm, Skånetak AB
            """),

        Matter("tricky", "Annika Wall <annika.wall@gmail.com>",
            "Matavfallskampanjen – inga påsar",
            """
            Hej,

            Ni hade en kampanj i våras om att alla hushåll ska sortera matavfall och att påsar skulle delas ut. Vi har aldrig
            fått några papperspåsar till Storgatan 8. Var kan vi hämta dem?

            Annika Wall
            """),

        Matter("tricky", "Bo Fransson <bo.fransson@gmail.com>",
            "Presentationen från webbinariet om fiber",
            """
            Hej!

            Jag var med på ert webbinarium i går om fiberutbyggnaden på landsbygden. Kan jag få presentationen? Och när
            kommer grävningen till Visseltofta? Vi har väntat i tre år.

            Bo Fransson
            """),

        Matter("tricky", "Camilla Ek <camilla.ek@outlook.com>",
            "Ingen bekräftelse på sommarkursen",
            """
            Hej,

            Min dotter anmälde sig till kulturskolans sommarkurs i teater för tre veckor sedan men har inte fått någon
            bekräftelse. Kursen börjar på måndag. Har hon fått en plats?

            Camilla Ek
            """),

        Matter("tricky", "Marcus Lund <marcus.lund@gmail.com>",
            "Är vuxenutbildningen kostnadsfri?",
            """
            Hej, jag funderar på att läsa upp mina gymnasiebetyg på Komvux i höst. Är utbildningen kostnadsfri eller måste
            jag betala för kurserna och böckerna? Mvh Marcus
            """),

        Matter("tricky", "Sara Hedlund <sara.hedlund@gmail.com>",
            "Nyhetsbrevet från skolan – fel uppgifter om mitt barn",
            """
            Hej,

            I veckans nyhetsbrev från Parkskolan stod min sons fullständiga namn och att han har särskilt stöd. Det ska inte
            stå i ett brev som går ut till alla föräldrar! Jag vill veta hur det kunde hända och att det inte händer igen.

            Sara Hedlund
            """),

        Matter("tricky", "Lönsboda Hemslöjdsförening <lonsboda.hemslojd@gmail.com>",
            "Ansökan om föreningsbidrag för stickkurs",
            """
            Hej,

            Lönsboda Hemslöjdsförening ansöker om aktivitetsbidrag för vår kurs i stickning för nybörjare under hösten.
            Kursen är kostnadsfri för deltagarna. Budget och verksamhetsplan bifogas.

            Med vänlig hälsning
            Gun Persson, kassör
            """),

        Matter("tricky", "Lena Åkerlund <lena.akerlund@gmail.com>",
            "VB: Sista chansen – 50 % rabatt på solceller!",
            """
            Hej,

            Jag fick det här mejlet där det står att företaget samarbetar med Osby kommun och att kommunen står för halva
            kostnaden. Stämmer det? Jag vill inte bli lurad.

            /Lena

            -------- Vidarebefordrat meddelande --------
            Från: SolEnergi Direkt <kampanj@solenergidirekt.se>
            Ämne: Sista chansen – 50 % rabatt på solceller!

            I samarbete med din kommun erbjuder vi nu solceller till halva priset. Boka kostnadsfri hembesiktning i dag!
            Avsluta prenumeration
            """),

        Matter("tricky", "Mikael och Sanna Berg <bergs.familj@gmail.com>",
            "Kurs för familjehem i november",
            """
            Hej,

            Vi är familjehem åt socialtjänsten i Osby sedan i fjol. Vår handläggare Karin nämnde att det finns en utbildning
            för familjehem i november. Vi vill gärna anmäla oss. Vart ska vi vända oss?

            Mikael och Sanna Berg
            """),

        Matter("tricky", "Hans Olofsson <hans.olofsson@gmail.com>",
            "Erbjudande om fiber – förstörd gräsmatta",
            """
            Hej,

            Vi tackade ja till erbjudandet om fiberanslutning i fjol. Nu har entreprenören grävt upp hela vår gräsmatta
            och lämnat en lerig vall som legat i två månader. Vem ansvarar för återställningen, kommunen eller
            fiberbolaget?

            Hans Olofsson
            Hjärsås
            """),

        Matter("tricky", "Stefan Larsson, Brandskyddsgruppen <stefan@brandskyddsgruppen.se>",
            "Offert utbildning i systematiskt brandskyddsarbete",
            """
            Hej Maria,

            Tack för samtalet i går. Som vi kom överens om skickar jag här vår offert på utbildning i systematiskt
            brandskyddsarbete för 25 medarbetare på Ekbackens äldreboende.

            Pris: 18 500 kr exkl. moms. Offerten gäller till 30 juni. Hör av dig om ni har frågor.

            Vänliga hälsningar
            Stefan Larsson
            """)
        with { Channel = Channel.PersonalEmail, To = "maria.holmberg@osby.se" },

        // ---- Notifications, contact forms, contracts and other matters ----
        Matter("notification", "Osby kommun e-tjänster <noreply@osby.se>",
            "Ny ansökan om bygglov har inkommit",
            """
            En ny ansökan har kommit in via e-tjänsten Ansökan om bygglov.

            Sökande: Karl Nilsson
            Fastighet: Osby Ekorren 7
            Åtgärd: Tillbyggnad av enbostadshus

            Logga in i handläggarsystemet för att se ärendet. Detta meddelande är automatiskt genererat.
            """,
            "Auto-Submitted: auto-generated")
        with { Channel = Channel.FunctionMailbox, To = "bygglov@osby.se" },

        Matter("notification", "Webbplatsen osby.se <webbplats@osby.se>",
            "Meddelande via kontaktformuläret på osby.se",
            """
            Namn: Agneta Svärd
            E-post: agneta.svard@gmail.com
            Ämne: Fråga om färdtjänst

            Meddelande:
            Hej, jag undrar hur lång tid det tar att få beslut om färdtjänst. Jag skickade in min ansökan för fem veckor sedan
            och har inte hört något.
            """,
            "X-Mailer: PHPMailer 6.8.1",
            "Auto-Submitted: auto-generated"),

        Matter("other", "Kopieringsteknik AB <avtal@kopieringsteknik.se>",
            "Uppsägning av avtal – kopiatorer kommunhuset",
            """
            Hej,

            Vi har mottagit er uppsägning av hyresavtal 2019-044 avseende sex kopiatorer i kommunhuset. Avtalet löper ut den
            31 december. Vi kontaktar er i december för att boka hämtning av maskinerna.

            Vänliga hälsningar
            Kopieringsteknik AB, avtalsavdelningen
            """),

        Matter("other", "Advokatfirman Lindh <info@lindhadvokat.se>",
            "Ansökan om överprövning – upphandling av skolmåltider",
            """
            Till Osby kommun

            Vår klient Skånes Storkök AB har i dag ansökt om överprövning hos Förvaltningsrätten i Malmö av kommunens
            tilldelningsbeslut i upphandlingen av skolmåltider, dnr KS 2026/31. Ansökan bifogas för kännedom.

            Med vänlig hälsning
            Advokat Eva Lindh
            """),

        Matter("other", "Osby IBK <kansli@osbyibk.se>",
            "Bokning av Parkhallen för innebandycup",
            """
            Hej!

            Osby IBK vill boka Parkhallen lördag–söndag 15–16 november för vår årliga ungdomscup. Vi räknar med ca 30 lag.
            Vi behöver också låna skolans matsal för servering. Vad kostar det och hur bokar vi?

            Hälsningar
            Jimmy Sjögren, ordförande Osby IBK
            """),

        Matter("other", "Kent Åberg <kent.aberg@gmail.com>",
            "Nedfallet träd över gångvägen vid Osbysjön",
            """
            Hej! Ett stort träd har fallit över gångvägen mellan badplatsen och campingen vid Osbysjön. Det går inte att ta
            sig förbi med barnvagn eller rullator. /Kent
            """),

        Matter("other", "Hässleholms kommun socialtjänst <socialtjansten@hassleholm.se>",
            "Överflyttning av ärende",
            """
            Hej,

            Vi skickar här underlag inför överflyttning av ett ärende enligt SoL till Osby kommun, då den enskilde har flyttat.
            Vi föreslår ett gemensamt möte vecka 23.

            Med vänlig hälsning
            Socialsekreterare, Hässleholms kommun
            """)
        with { Channel = Channel.Sefos, To = "socialtjansten@osby.se" },

        Matter("other", "Facebook: Moa Lindström",
            "Privat meddelande",
            """
            Hej! När öppnar badplatsen i Hjärsås i år? Och kommer det finnas badvakt i sommar?
            """)
        with { Channel = Channel.SocialMediaMessage, To = "Osby kommun (Facebook)" },
    ];
}
