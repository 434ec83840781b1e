<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../../ui/src/receipt_printer.cpp" line="+35"/>
        <source>COPY</source>
        <extracomment>Printed large on a reprinted receipt.</extracomment>
        <translation>KOOPIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Tagastus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Tšekk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back</source>
        <translation>Tagastatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Sularaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included</source>
        <translation>Sh käibemaks</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+41"/>
        <source>X report</source>
        <translation>X-aruanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report</source>
        <translation>Z-aruanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Suletud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>Algkassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Müük</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Tagastused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Sularaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Sissemakse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Väljamakse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in drawer</source>
        <translation>Kassas peaks olema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Loetud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over (+) / short (-)</source>
        <translation>Ülejääk (+) / puudujääk (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in drawer</source>
        <translation>Kassasse jäetud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods before discounts</source>
        <translation>Kaubad enne allahindlusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Allahindlused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Punktidega makstud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>Kokku makstud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Tšekke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns made</source>
        <translation>Tagastusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt numbers</source>
        <translation>Tšekkide numbrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed: no count yet</source>
        <translation>Sulgemata: kassa on lugemata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included (rate, sales, VAT)</source>
        <translation>Sh käibemaks (määr, müük, km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exempt</source>
        <translation>maksuvaba</translation>
    </message>
</context>
<context>
    <name>kassa::Main</name>
    <message>
        <location filename="../../app/kassa/main.cpp" line="+54"/>
        <source>Kassa cannot start</source>
        <translation>Kassa ei käivitu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>USB scanners and card readers cannot be read on this computer (%1); scanners typing like a keyboard still work.</source>
        <translation>Selles arvutis ei saa USB-skannereid ja kaardilugejaid lugeda (%1); klaviatuurina trükkivad skannerid töötavad.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kassa: the till of a shop with a loyalty programme</source>
        <translation>Kassa: püsikliendiprogrammiga poe kassa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file (made by kassactl db init or demo).</source>
        <translation>Poe fail (loob käsk kassactl db init või demo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translatorcomment>Nagu allpool „kassa --db TEE“.</translatorcomment>
        <translation>TEE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till&apos;s id (default till-1).</source>
        <translation>Selle kassa tunnus (vaikimisi till-1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screen&apos;s language: en, ru or et (default: the shop&apos;s).</source>
        <translation>Ekraani keel: en, ru või et (vaikimisi poe keel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>KEEL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the whole screen (the kiosk session of a dedicated till).</source>
        <translation>Täida kogu ekraan (eraldi kassa kioskiseanss).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start Kassa with the shop&apos;s file: kassa --db PATH.
A demo shop is made with: kassactl demo --db PATH</source>
        <translation>Käivita Kassa poe failiga: kassa --db TEE.
Demopoe loob käsk: kassactl demo --db TEE</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Unknown language %1: use en, ru or et.</source>
        <translation>Tundmatu keel %1: kasuta en, ru või et.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The owner&apos;s account</source>
        <translation>Omaniku konto</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CameraDialog</name>
    <message>
        <location filename="../../ui/src/camera_reader.cpp" line="+162"/>
        <source>Read with the camera</source>
        <translation>Lugemine kaameraga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold the loyalty card, or its code on the phone&apos;s screen, up to the camera.</source>
        <translation>Hoidke kliendikaarti või selle koodi telefoni ekraanil kaamera ees.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The camera cannot be used. Scan the card or type the phone number instead.</source>
        <translation>Kaamerat ei saa kasutada. Skannige kaart või sisestage telefoninumber.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is a bank card, not a loyalty card. Hold up the loyalty card or its code.</source>
        <translation>See on pangakaart, mitte kliendikaart. Näita kliendikaarti või selle koodi.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CancelDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+269"/>
        <source>Cancel the sale</source>
        <translation>Müügi tühistamine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is the sale cancelled?</source>
        <translation>Miks müük tühistatakse?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer changed their mind</source>
        <translation>Klient muutis meelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not enough money</source>
        <translation>Raha ei jätkunud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned by mistake</source>
        <translation>Ekslikult skannitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price dispute</source>
        <translation>Vaidlus hinna üle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the sale (Enter)</source>
        <translation>Tühista müük (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose or type a reason.</source>
        <translation>Vali või kirjuta põhjus.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CashMovementDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+48"/>
        <source>Cash in</source>
        <translation>Sissemakse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash out</source>
        <translation>Väljamakse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. change from the bank</source>
        <translation>nt vahetusraha pangast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. to the bank, a delivery</source>
        <translation>nt panka, tarne eest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record (Enter)</source>
        <translation>Salvesta (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type an amount above zero, such as %1.</source>
        <translation>Sisesta nullist suurem summa, nt %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CloseShiftDialog</name>
    <message>
        <location line="+18"/>
        <source>Close the shift (Z report)</source>
        <translation>Sulge vahetus (Z-aruanne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the drawer: how many of each note and coin, or type the total below.</source>
        <translation>Loe kassa üle: mitu tükki igat kupüüri ja münti, või sisesta allpool kogusumma.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counted in total</source>
        <translation>Kokku loetud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in the drawer for the next shift</source>
        <translation>Järgmiseks vahetuseks jääb kassasse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the shift (Enter)</source>
        <translation>Sulge vahetus (Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Count whole notes and coins: %1 is not a count.</source>
        <translation>Loe terveid kupüüre ja münte: %1 ei ole kogus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the counted cash, such as %1.</source>
        <translation>Sisesta loetud summa, nt %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the float left in the drawer, such as %1.</source>
        <translation>Sisesta kassasse jäetav summa, nt %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CompanyPage</name>
    <message>
        <location filename="../../ui/src/company_page.cpp" line="+115"/>
        <source>From</source>
        <translation>Alates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>kuni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shop</source>
        <translation>Pood</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the whole company&apos;s figures from the office…</source>
        <translation>Kogu ettevõtte näitajaid loetakse kontorist…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2 to %3, by shop: what the tills have sent to the office (sales a till has not sent yet are not counted).</source>
        <translation>%1, %2 kuni %3, poodide kaupa: mida kassad on kontorisse saatnud (kassa veel saatmata müüke ei arvestata).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole company&apos;s figures could not be read; call support.</source>
        <translation>Kogu ettevõtte näitajaid ei õnnestunud lugeda; helistage toele.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole company</source>
        <translation>Kogu ettevõte</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CompanyText</name>
    <message>
        <location line="-168"/>
        <source>The office cannot be reached, so the whole company&apos;s figures cannot be shown now. The till keeps selling; try again later.</source>
        <translation>Kontoriga ei saa ühendust, seega ei saa kogu ettevõtte näitajaid praegu näidata. Kassa müüb edasi; proovige hiljem uuesti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office refused this till&apos;s login; the owner must check this till&apos;s password.</source>
        <translation>Kontor keeldus selle kassa sisselogimisest; omanik peab kontrollima selle kassa parooli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office database is newer than this till; install the newer Kassa.</source>
        <translation>Kontori andmebaas on uuem kui see kassa; paigaldage uuem Kassa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office database does not know this till; join it again.</source>
        <translation>Kontori andmebaas ei tunne seda kassat; liitke see uuesti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office did not give the figures; try again later or call support.</source>
        <translation>Kontor ei andnud näitajaid; proovige hiljem uuesti või helistage toele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipts</source>
        <translation>Tšekid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross</source>
        <translation>Brutosumma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounts</source>
        <translation>Allahindlused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Käive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT</source>
        <translation>Käibemaks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>Tagastused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money back</source>
        <translation>Tagastatav raha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points earned</source>
        <translation>Teenitud punktid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points redeemed</source>
        <translation>Tasutud punktidega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>Uued kliendid</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ConflictsPage</name>
    <message>
        <location filename="../../ui/src/conflicts_page.cpp" line="+24"/>
        <source>Two tills that could not reach the office did the same thing twice. Nothing was lost: both are kept until you settle them here.</source>
        <translation>Kaks kassat, mis ei saanud kontoriga ühendust, tegid sama asja kaks korda. Midagi ei läinud kaotsi: mõlemad on alles, kuni te need siin lahendate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the settled ones too</source>
        <translation>Näita ka lahendatuid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Leitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other customer</source>
        <translation>Teine klient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep</source>
        <translation>Jäta alles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge customers</source>
        <translation>Ühenda kliendid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other customer&apos;s cards, points, purchases, consents, notes and history move to the one you keep; her phone is freed.</source>
        <translation>Teise kliendi kaardid, punktid, ostud, nõusolekud, märkmed ja ajalugu lähevad alles jäetavale kliendile; tema telefon vabaneb.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as dealt with</source>
        <translation>Märgi lahendatuks</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Points spent twice</source>
        <translation>Punktid kulutati kaks korda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone enrolled twice</source>
        <translation>Telefon registreeriti kaks korda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card given twice</source>
        <translation>Kaart anti välja kaks korda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited at two tills</source>
        <translation>Muudetud kahes kassas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon used twice</source>
        <translation>Kupong kasutati kaks korda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged both ways</source>
        <translation>Ühendatud mõlemat pidi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to keep her data</source>
        <translation>Nõusolek andmete hoidmiseks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS consent</source>
        <translation>SMS-i nõusolek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail consent</source>
        <translation>E-posti nõusolek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure</source>
        <translation>Andmete kustutamine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card status</source>
        <translation>Kaardi olek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement card</source>
        <translation>Asenduskaart</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>aktiivne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked</source>
        <translation>blokeeritud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lost</source>
        <translation>kadunud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced</source>
        <translation>asendatud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not in this till&apos;s file)</source>
        <translation>(selle kassa failis puudub)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(nimeta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card %1</source>
        <translation>kaart %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merged</source>
        <translation>ühendatud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points missing: %1</source>
        <translation>Puuduvaid punkte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card %1</source>
        <translation>Kaart %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: kept %2, the other till&apos;s %3 is in the audit log</source>
        <translation>%1: jäeti %2, teise kassa väärtus (%3) on logis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coupon %1: receipt %2 took off %3, then receipt %4 took off %5; both sales stand</source>
        <translation>Kupong %1: tšekk %2 andis soodustust %3, seejärel tšekk %4 andis soodustust %5; mõlemad müügid jäävad kehtima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged into each other at two tills: every till keeps the first merge made</source>
        <translation>Kahes kassas teineteisega ühendatud: kõik kassad jätavad alles esimesena tehtud ühendamise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open</source>
        <translation>avatud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merged by %1, %2</source>
        <translation>ühendas %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dealt with by %1, %2</source>
        <translation>lahendas %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No conflict was ever found.</source>
        <translation>Konflikte pole kunagi leitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open conflicts: the tills agree.</source>
        <translation>Avatud konflikte pole: kassad on ühel meelel.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a phone or a card enrolled twice first.</source>
        <translation>Valige kõigepealt kaks korda registreeritud telefon või kaart.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was merged into %2; her balance: %3 points.</source>
        <translation>%1 ühendati kliendiga %2; punkte kontol: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an open conflict first.</source>
        <translation>Valige kõigepealt avatud konflikt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marked as dealt with: %1.</source>
        <translation>Märgitud lahendatuks: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CouponDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="-183"/>
        <source>Coupons</source>
        <translation>Kupongid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan or type the coupon code, then Enter</source>
        <translation>Skanni või sisesta kupongi kood ja vajuta Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Del: remove the selected coupon</source>
        <translation>Del: eemalda valitud kupong</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done (Esc)</source>
        <translation>Valmis (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerCardDialog</name>
    <message>
        <location filename="../../ui/src/customer_card_dialog.cpp" line="+45"/>
        <source>Customer card: %1 %2</source>
        <translation>Kliendikaart: %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note or attribute</source>
        <translation>Märkus või tunnus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>A note for the next visit: &quot;prefers SMS after 18:00&quot;</source>
        <translation>Märkus järgmiseks külastuseks: „SMS pigem pärast 18:00“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Lisa märkus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>size, colours, ...</source>
        <translation>suurus, värvid, ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value (empty removes it)</source>
        <translation>väärtus (tühi eemaldab)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set</source>
        <translation>Määra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot her card? Scan a new one here to bind it to her</source>
        <translation>Kaart ununes? Skannige siin uus kaart, et see temaga siduda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind card</source>
        <translation>Seo kaart</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No personal-data consent: notes cannot be kept</source>
        <translation>Isikuandmete nõusolekut pole: märkusi ei saa hoida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Kliendist</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Points</source>
        <translation>Punktid</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points history</source>
        <translation>Punktide ajalugu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Receipt</source>
        <translation>Tšekk</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Paid</source>
        <translation>Makstud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Kaubad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Ostud</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replaced</source>
        <translation>Vahetatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Raha tagastatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points credited (owner)</source>
        <translation>Punktid kantud (omanik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Mida tehti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points credited</source>
        <translation>Kantud punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt number (optional)</source>
        <translation>tšeki number (valikuline)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the complaint</source>
        <translation>Salvesta kaebus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>Kaebused</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Change</source>
        <translation>Muudatus</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Earned</source>
        <translation>Teenitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>Kasutatud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Aegunud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction</source>
        <translation>Korrigeerimine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back on a return</source>
        <translation>Tagastusel tagasi võetud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given back on a return</source>
        <translation>Tagastusel tagasi antud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purchase</source>
        <translation>Ost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome points for joining</source>
        <translation>Liitumise tervituspunktid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid with points</source>
        <translation>Tasutud punktidega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The points expired</source>
        <translation>Punktid aegusid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods were returned</source>
        <translation>Kaup tagastati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points paid for returned goods</source>
        <translation>Tagastatud kauba eest makstud punktid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought from the shop&apos;s old system</source>
        <translation>Toodud üle poe vanast süsteemist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill credit for a complaint: %1</source>
        <translation>Hüvituspunktid kaebuse eest: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>E-mail: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday: %1</source>
        <translation>Sünnipäev: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consent: %1</source>
        <translation>Nõusolek: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (blocked)</source>
        <translation> (blokeeritud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards: %1</source>
        <translation>Kaardid: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: %1; purchases: %2; spent in all: %3</source>
        <translation>Punktid: %1; oste: %2; kulutatud kokku: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier: none reached yet</source>
        <translation>Tase: veel saavutamata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no tier from %1</source>
        <translation>tasemeta alates %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1 alates %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier history: %1</source>
        <translation>Tasemete ajalugu: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Buys about every %n day(s)</source>
        <translation>
            <numerusform>Ostab umbes iga %n päeva järel</numerusform>
            <numerusform>Ostab umbes iga %n päeva järel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few purchases to tell how often she buys</source>
        <translation>Liiga vähe oste, et öelda, kui tihti ta ostab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamps: %1</source>
        <translation>Templid: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coupons not used yet: %1</source>
        <translation>Kasutamata kupongid: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Type the note first.</source>
        <translation>Kirjutage kõigepealt märkus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note kept.</source>
        <translation>Märkus salvestatud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the attribute first (size, colours, ...).</source>
        <translation>Nimetage kõigepealt tunnus (suurus, värvid, ...).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribute kept.</source>
        <translation>Tunnus salvestatud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the new card first.</source>
        <translation>Skannige kõigepealt uus kaart.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new card is hers now; her points stay with her.</source>
        <translation>Uus kaart on nüüd tema oma; punktid jäävad talle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what the complaint is about first.</source>
        <translation>Kirjeldage kõigepealt kaebust.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a receipt number.</source>
        <translation>„%1“ ei ole tšeki number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say how many points are credited.</source>
        <translation>Märkige, mitu punkti kanda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A goodwill credit of points needs the owner&apos;s PIN.</source>
        <translation>Heastamiseks punktide kandmine vajab omaniku PIN-koodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded.</source>
        <translation>Midagi ei salvestatud.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Complaint recorded.</source>
        <translation>Kaebus salvestatud.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerSearchDialog</name>
    <message>
        <location filename="../../ui/src/search_dialogs.cpp" line="+105"/>
        <source>Find a customer</source>
        <translation>Kliendi otsing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number or name, then Enter</source>
        <translation>Telefoninumber või nimi, siis Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>F9: take the customer off the sale</source>
        <translation>F9: eemalda klient ostult</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DeviceBridge</name>
    <message>
        <location filename="../../ui/src/device_bridge.cpp" line="+51"/>
        <source>The card could not be read. Please swipe it again.</source>
        <translation>Kaarti ei õnnestunud lugeda. Tõmba see uuesti läbi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>See on pangakaart, mitte kliendikaart. Sellest ei salvestatud midagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card has no loyalty number on its stripe.</source>
        <translation>Selle kaardi magnetribal pole kliendikaardi numbrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanner sent a code that is not text. Please scan it again.</source>
        <translation>Skanner saatis koodi, mis ei ole tekst. Skanni uuesti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scanner is plugged in but Kassa may not read it: install the udev rules (69-kassa-usb.rules) and plug it in again.</source>
        <translation>Skanner on ühendatud, kuid Kassa ei tohi seda lugeda: paigalda udev-reeglid (69-kassa-usb.rules) ja ühenda skanner uuesti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scanner is plugged in but another program holds it. Close that program or plug the scanner in again.</source>
        <translation>Skanner on ühendatud, kuid seda kasutab teine programm. Sulge see programm või ühenda skanner uuesti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scanner stopped answering. Plug it in again.</source>
        <translation>Skanner ei vasta enam. Ühenda see uuesti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be read.</source>
        <translation>Pilti ei õnnestunud lugeda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scanner reported a problem. Please scan it again.</source>
        <translation>Skanner teatas probleemist. Skanni uuesti.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Dialogs</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="+28"/>
        <location filename="../../ui/src/util.hpp" line="+68"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/src/enrol_dialog.cpp" line="+36"/>
        <source>Enrol a customer</source>
        <translation>Kliendi registreerimine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5123 4567 or +372 5123 4567</source>
        <translation>5123 4567 või +372 5123 4567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (optional)</source>
        <translation>%1 (valikuline)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>valikuline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translatorcomment>Vormi väli: uue kliendikaardi number.</translatorcomment>
        <translation>Kliendikaart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scan the new card (optional)</source>
        <translation>skanni uus kaart (valikuline)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data: the customer agrees</source>
        <translation>Isikuandmed: klient nõustub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I agree that the shop keeps my name, phone, birthday, e-mail and purchases for its loyalty programme. I may ask for a copy of them or for their erasure at any time. Without this consent only an anonymous card can be issued.</source>
        <translation>Nõustun, et pood säilitab minu nime, telefoni, sünnipäeva, e-posti ja ostud oma püsikliendiprogrammi jaoks. Võin igal ajal küsida neist koopiat või nende kustutamist. Ilma selle nõusolekuta saab väljastada ainult anonüümse kaardi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS: offers and birthday wishes by text message</source>
        <translation>SMS: pakkumised ja sünnipäevasoovid sõnumiga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail: offers and news by e-mail</source>
        <translation>E-post: pakkumised ja uudised e-postiga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing consents can be withdrawn at any time at the till.</source>
        <translation>Turundusnõusoleku saab igal ajal kassas tagasi võtta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrol (Enter)</source>
        <translation>Registreeri (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The birthday does not read as a date: type it like %1.</source>
        <translation>Sünnipäev ei ole loetav kuupäev: sisesta kujul %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without the customer&apos;s consent to keep personal data, only an anonymous card can be issued: tick the consent or clear the name, phone, birthday and e-mail.</source>
        <translation>Ilma kliendi nõusolekuta isikuandmete säilitamiseks saab väljastada ainult anonüümse kaardi: märgi nõusolek või tühjenda nimi, telefon, sünnipäev ja e-post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the customer&apos;s name and phone, or scan a card for an anonymous customer.</source>
        <translation>Sisesta kliendi nimi ja telefon või skanni anonüümse kliendi jaoks kaart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A marketing consent needs the phone or e-mail it is for.</source>
        <translation>Turundusnõusoleku jaoks on vaja telefoni või e-posti.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::FirstOwnerDialog</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="+55"/>
        <source>The owner&apos;s account</source>
        <translation>Omaniku konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This shop has no accounts yet. Create the owner&apos;s account: the owner approves returns, cancellations and corrections with this PIN.</source>
        <translation>Selles poes pole veel kontosid. Loo omaniku konto: selle PIN-koodiga kinnitab omanik tagastused, tühistamised ja parandused.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>4 to 8 digits</source>
        <translation>4 kuni 8 numbrit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN uuesti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create (Enter)</source>
        <translation>Loo (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the owner&apos;s name.</source>
        <translation>Sisesta omaniku nimi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-koodid ei ühti; sisesta need uuesti.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Formatter</name>
    <message>
        <location filename="../../ui/src/formatter.cpp" line="+87"/>
        <location line="+86"/>
        <source>kg</source>
        <extracomment>kilograms after a weight</extracomment>
        <translatorcomment>Loetakse ka kaalu sisestamisel: „0,25 kg“.</translatorcomment>
        <translation>kg</translation>
    </message>
</context>
<context>
    <name>kassa::ui::HeldDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+167"/>
        <source>Hold the basket</source>
        <translatorcomment>Ostukorv = ekraanil olev pooleli ost.</translatorcomment>
        <translation>Ostukorv ootele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name to find this basket again (optional):</source>
        <translation>Nimi, mille järgi ostukorv hiljem üles leida (valikuline):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume a held basket</source>
        <translation>Ootel ostukorv tagasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(nimeta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, held at %2</source>
        <translation>%1, ootele pandud %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No basket is on hold.</source>
        <translation>Ootel ostukorve ei ole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold (Enter)</source>
        <translation>Ootele (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume (Enter)</source>
        <translation>Võta tagasi (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ListsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+928"/>
        <source>Days</source>
        <translation>Päevi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>vaikimisi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV…</source>
        <translation>Salvesta CSV-na…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Called</source>
        <translation>Helistatud</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n customer(s) to contact; a tick stays for %1 days.</source>
        <translation>
            <numerusform>%n klient, kellega ühendust võtta; märge kehtib %1 päeva.</numerusform>
            <numerusform>%n klienti, kellega ühendust võtta; märge kehtib %1 päeva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The list could not be written to %1: check the folder and the free space.</source>
        <translation>Nimekirja ei õnnestunud kirjutada faili %1: kontrollige kausta ja vaba ruumi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Salvestatud: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the list</source>
        <translation>Salvesta nimekiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="-91"/>
        <source>Log in</source>
        <translation>Sisselogimine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (owner)</source>
        <translation>%1 (omanik)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cashier</source>
        <translation>Kassiir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in (Enter)</source>
        <translation>Logi sisse (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose who is at the till.</source>
        <translation>Vali, kes on kassas.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NoReceiptReturnDialog</name>
    <message>
        <location filename="../../ui/src/no_receipt_return_dialog.cpp" line="+27"/>
        <source>Return without a receipt</source>
        <translation>Tagastus ilma tšekita</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan the product or type its SKU, then Enter (F3: find by name)</source>
        <translation>Skaneerige toode või sisestage tootekood, siis Enter (F3: otsi nime järgi)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Item</source>
        <translation>Toode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Kogus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Ühiku hind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Her card or phone, if she wants it on her record, then Enter</source>
        <translation>Tema kaart või telefon, kui ta soovib seda oma ajalukku, siis Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is it brought back without a receipt?</source>
        <translation>Miks kaup tuuakse tagasi ilma tšekita?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points are taken back or given back: without the receipt nothing says what these goods earned.</source>
        <translation>Punkte ei võeta ega anta tagasi: ilma tšekita pole teada, mida need kaubad teenisid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money back</source>
        <translation>Raha tagasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F3: find a product</source>
        <translation>F3: otsi toodet</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Approved by the owner. Money goes back without a receipt: check the goods.</source>
        <translation>Omanik kinnitas. Raha makstakse tagasi ilma tšekita: kontrollige kaupa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>catalog price %1</source>
        <translation>kataloogihind %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer: the return is on nobody&apos;s record.</source>
        <translation>Klienti pole: tagastus ei lähe kellegi ajalukku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan what comes back.</source>
        <translation>Skaneerige tagastatav kaup.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NoticeText</name>
    <message>
        <location filename="../../ui/src/notice_text.cpp" line="+57"/>
        <source>The disk is full: the sale could not be saved.</source>
        <translation>Ketas on täis: müüki ei saanud salvestada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is read-only: nothing can be saved.</source>
        <translation>Poe fail on kirjutuskaitsega: midagi ei saa salvestada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is busy; try again in a moment.</source>
        <translation>Poe fail on hõivatud; proovi hetke pärast uuesti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is damaged; call the owner.</source>
        <translation>Poe fail on rikutud; kutsu omanik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is missing.</source>
        <translation>Poe faili ei leitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a Kassa shop.</source>
        <translation>See fail ei ole Kassa pood.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file was written by a newer Kassa; update this till.</source>
        <translation>Poe faili kirjutas uuem Kassa; uuenda seda kassat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store refused the data.</source>
        <translation>Andmebaas ei võtnud andmeid vastu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store failed; try again.</source>
        <translation>Andmebaasi viga; proovi uuesti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the basket.</source>
        <translation>Lisatud ostukorvi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 added.</source>
        <translation>Lisatud: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity changed.</source>
        <translation>Kogus muudetud.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity of %1 changed.</source>
        <translation>Kogus muudetud: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line removed.</source>
        <translation>Rida eemaldatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is known under &quot;%1&quot;: not a product, card, phone or receipt.</source>
        <translation>„%1“ ei leitud: see pole toode, kaart, telefon ega tšekk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer sold.</source>
        <translation>Toodet %1 enam ei müüda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That quantity cannot be used: pieces are whole numbers above zero, weights are in kg.</source>
        <translation>Seda kogust ei saa kasutada: tükkide arv on täisarv üle nulli, kaal on kilogrammides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is sold by weight: enter the weight.</source>
        <translation>Toodet %1 müüakse kaalu järgi: sisesta kaal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1 identified.</source>
        <translation>Klient %1 tuvastatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer found for &quot;%1&quot;.</source>
        <translation>„%1“ järgi klienti ei leitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card is blocked or reported lost: it cannot be used.</source>
        <translation>See kaart on blokeeritud või kadunuks teatatud: seda ei saa kasutada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+289"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>See on pangakaart, mitte kliendikaart. Sellest ei salvestatud midagi.</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Customer removed from the basket.</source>
        <translation>Klient eemaldati ostukorvist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon %1 added.</source>
        <translation>Kupong %1 lisatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coupon was not accepted.</source>
        <translation>Kupongi ei võetud vastu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon removed.</source>
        <translation>Kupong eemaldatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points payment set.</source>
        <translation>Punktidega tasumine määratud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points cannot be used for this purchase.</source>
        <translation>Selle ostu eest ei saa punktidega tasuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs the owner&apos;s PIN.</source>
        <translation>Selleks on vaja omaniku PIN-i.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong owner PIN.</source>
        <translation>Vale omaniku PIN.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New loyalty rules from the office apply from this sale.</source>
        <translation>Kontori uued lojaalsusreeglid kehtivad alates sellest müügist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loyalty rules arrived that this till cannot use; it keeps the current ones. Tell the owner.</source>
        <translation>Saabusid uued lojaalsusreeglid, mida see kassa kasutada ei saa; kehtivad senised. Teatage omanikule.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>first name</source>
        <translation>eesnimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name</source>
        <translation>perekonnanimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>e-posti aadress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone number</source>
        <translation>telefoninumber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card number</source>
        <translation>kaardi number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>märkus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute name</source>
        <translation>tunnuse nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute value</source>
        <translation>tunnuse väärtus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint</source>
        <translation>kaebus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return reason</source>
        <translation>tagastuse põhjus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason for cancelling</source>
        <translation>tühistamise põhjus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash movement&apos;s reason</source>
        <translation>sularaha liikumise põhjus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correction&apos;s reason</source>
        <translation>paranduse põhjus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call note</source>
        <translation>kõne märkus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cashier&apos;s name</source>
        <translation>kassiiri nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of who did it</source>
        <translation>tegija nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>tootekood</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product name</source>
        <translation>toote nimetus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>kategooria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barcode</source>
        <translation>vöötkood</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shop name</source>
        <translation>poe nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt header</source>
        <translation>tšeki päis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting</source>
        <translation>seadistus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer address</source>
        <translation>printeri aadress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logo file</source>
        <translation>logo fail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer model</source>
        <translation>printeri mudel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon code</source>
        <translation>kupongi kood</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basket&apos;s label</source>
        <translation>ootel ostukorvi nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office database address</source>
        <translation>kontori andmebaasi aadress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password file</source>
        <translation>paroolifail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>till name</source>
        <translation>kassa nimi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-kood on 4 kuni 8 numbrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cashier needs a name.</source>
        <translation>Kassiiril peab olema nimi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such cashier.</source>
        <translation>Sellist kassiiri ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An audit entry needs who did it and what was done.</source>
        <translation>Logikirjes peab olema, kes mida tegi.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrong PIN: %n attempt(s) left.</source>
        <translation>
            <numerusform>Vale PIN: jäänud on %n katse.</numerusform>
            <numerusform>Vale PIN: jäänud on %n katset.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1: %2 wrong PINs in a row.</source>
        <translation>Lukustatud kuni %1: valesid PIN-koode järjest: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cashier&apos;s account is switched off: ask the owner.</source>
        <translation>Selle kassiiri konto on välja lülitatud: pöörduge omaniku poole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cashier is not known here: ask the owner.</source>
        <translation>Seda kassiiri siin ei tunta: pöörduge omaniku poole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner is set up at this shop: the owner must be added first.</source>
        <translation>Poel pole omanikku: kõigepealt tuleb lisada omanik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in first: every change on the card names who made it.</source>
        <translation>Logige kõigepealt sisse: iga muudatuse juures kaardil on kirjas, kes selle tegi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale has no receipt number: start the sale again.</source>
        <translation>Müügil pole tšeki numbrit: alustage müüki uuesti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment cannot be negative.</source>
        <translation>Makse ei saa olla negatiivne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payments are %1 short of the total.</source>
        <translation>Kogusummast puudu: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cash can give change: the card payment is more than the total.</source>
        <translation>Vahetusraha saab anda ainult sularahast: kaardimakse on suurem kui kogusumma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket cannot be priced as it is: check its lines.</source>
        <translation>Ostukorvi ei saa sellisena hinnastada: kontrollige ridu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is not in the shop&apos;s file.</source>
        <translation>Seda klienti poe andmetes ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is not in the shop&apos;s file, or her data was erased.</source>
        <translation>Seda klienti poe andmetes ei ole või tema andmed on kustutatud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card %1 already belongs to a customer.</source>
        <translation>Kaart %1 kuulub juba kliendile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card %1 is not registered.</source>
        <translation>Kaart %1 ei ole registreeritud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ei ole telefoninumber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with phone %1 is already enrolled.</source>
        <translation>Telefoniga %1 klient on juba registreeritud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal details need the customer&apos;s consent to keep personal data.</source>
        <translation>Isikuandmete jaoks on vaja kliendi nõusolekut nende säilitamiseks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has not agreed to the shop keeping personal data, so notes and details cannot be saved.</source>
        <translation>Klient ei ole nõustunud isikuandmete säilitamisega, seega märkusi ja andmeid ei saa salvestada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer cannot be merged into herself: choose two different customers.</source>
        <translation>Klienti ei saa iseendaga ühendada: valige kaks erinevat klienti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer was already merged into another.</source>
        <translation>See klient on juba teisega ühendatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no open conflict %1.</source>
        <translation>Avatud konflikti %1 pole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product with SKU %1.</source>
        <translation>Tootekoodiga %1 toodet ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs a SKU.</source>
        <translation>Tootel peab olema tootekood.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product %1: the price must not be negative and the minimum price not above it.</source>
        <translation>Toode %1: hind ei tohi olla negatiivne ega miinimumhind sellest suurem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note needs some text.</source>
        <translation>Märkusel peab olema tekst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An attribute needs a name (size, colours, ...).</source>
        <translation>Tunnusel peab olema nimi (suurus, värvid, ...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint needs a reason.</source>
        <translation>Kaebusel peab olema põhjus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint needs the name of who recorded it.</source>
        <translation>Kaebusel peab olema selle salvestaja nimi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points credit needs a number of points above 0.</source>
        <translation>Kantavate punktide arv peab olema suurem kui 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points are only given with a goodwill credit.</source>
        <translation>Punkte antakse ainult heastamiseks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint is recorded against a receipt or a customer.</source>
        <translation>Kaebus salvestatakse tšeki või kliendi kohta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points can only be credited to a customer; the receipt was an anonymous sale.</source>
        <translation>Punkte saab kanda ainult kliendile; see tšekk oli anonüümne müük.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That receipt belongs to another customer.</source>
        <translation>See tšekk kuulub teisele kliendile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a month.</source>
        <translation>See ei ole kuu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product cannot be suggested with itself.</source>
        <translation>Toodet ei saa soovitada iseendaga koos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period needs at least one day.</source>
        <translation>Periood peab olema vähemalt üks päev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is computed by Kassa and cannot be set by hand.</source>
        <translation>„%1“ arvutab Kassa, seda ei saa käsitsi määrata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kassa makes 1 to 10,000 coupon codes at a time.</source>
        <translation>Kassa teeb korraga 1 kuni 10 000 kupongikoodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points correction needs a reason.</source>
        <translation>Punktide parandusel peab olema põhjus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points correction of 0 changes nothing.</source>
        <translation>Punktide parandus 0 võrra ei muuda midagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has only %1 spendable points; nothing was taken.</source>
        <translation>Kliendil on kasutatavaid punkte ainult: %1; midagi ei võetud maha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket cannot be kept: this till has no name in its settings.</source>
        <translation>Ostukorvi ei saa hoida: selle kassa seadetes pole nime.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty basket cannot be kept.</source>
        <translation>Tühja ostukorvi ei saa hoida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty basket cannot be held.</source>
        <translation>Tühja ostukorvi ei saa ootele panna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs its own number and the receipt it returns against.</source>
        <translation>Tagastusel peab olema oma number ja tšekk, mille alusel see tehakse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs its own number.</source>
        <translation>Tagastusel peab olema oma number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what is returned.</source>
        <translation>Valige, mida tagastatakse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was already made against another receipt.</source>
        <translation>See tagastus on juba tehtud teise tšeki alusel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was already made against a receipt.</source>
        <translation>See tagastus on juba tehtud tšeki alusel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such receipt.</source>
        <translation>Sellist tšekki ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt line %1 does not exist.</source>
        <translation>Tšekil pole rida %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return does not fit the receipt.</source>
        <translation>Tagastus ei vasta tšekile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity of %1 is not one that can be returned.</source>
        <translation>Toote „%1“ sellist kogust ei saa tagastada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price of %1 cannot be below zero.</source>
        <translation>Toote „%1“ hind ei saa olla alla nulli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return without a receipt needs a reason.</source>
        <translation>Tagastus ilma tšekita vajab põhjust.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs the cashier who makes it.</source>
        <translation>Tagastusel peab olema kassiir, kes selle teeb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return without a receipt needs the owner&apos;s approval.</source>
        <translation>Tagastus ilma tšekita vajab omaniku luba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s time zone &quot;%1&quot; is not known to this computer, so its business days cannot be told apart.</source>
        <translation>Poe ajavöönd „%1“ pole sellele arvutile tuttav, seega ei saa tööpäevi eristada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scanner timing is out of range: the pause between keys must be %1-%2 ms and the shortest scan %3-%4 characters.</source>
        <translation>Skanneri ajastus on lubatust väljas: paus klahvide vahel peab olema %1–%2 ms ja lühim skaneering %3–%4 märki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client-day list needs its promotion.</source>
        <translation>Kliendipäeva nimekiri vajab oma kampaaniat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current rules have no promotion &quot;%1&quot;.</source>
        <translation>Kehtivates reeglites pole kampaaniat „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>Aruannet „%1“ ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends (%2) before it starts (%1).</source>
        <translation>Periood lõpeb (%2) enne, kui see algab (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no list &quot;%1&quot;.</source>
        <translation>Nimekirja „%1“ ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of days cannot be negative.</source>
        <translation>Päevade arv ei saa olla negatiivne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The margin of the due list is at least 100% of the customer&apos;s cycle.</source>
        <translation>Nimekirja „Külastus on käes“ varu on vähemalt 100% kliendi ostutsüklist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call on the list needs who made it.</source>
        <translation>Nimekirja kõnel peab olema kirjas, kes helistas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft cannot be saved while it has problems: see the list of checks.</source>
        <translation>Mustandit ei saa salvestada, kuni selles on vigu: vaadake kontrollide nimekirja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rules do not pass today&apos;s checks.</source>
        <translation>Need reeglid ei läbi tänaseid kontrolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules are in the time zone &quot;%1&quot;, which this computer does not know.</source>
        <translation>Reeglid on ajavööndis „%1“, mida see arvuti ei tunne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rules are in another currency (%1) than the shop&apos;s.</source>
        <translation>Need reeglid on teises valuutas (%1) kui poe oma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed since the saved version.</source>
        <translation>Salvestatud versioonist alates pole midagi muutunud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rules version %1.</source>
        <translation>Reeglite versiooni %1 ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop&apos;s own rules need a till that has joined the office database; save them for the whole company instead.</source>
        <translation>Poe enda reegleid saab salvestada ainult kontori andmebaasiga liitunud kassas; salvestage need kogu ettevõttele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Väli „%1“ on pikem kui %2 märki.</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Wrong owner PIN: %1</source>
        <translation>Vale omaniku PIN: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment added.</source>
        <translation>Makse lisatud.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment of %1 added.</source>
        <translation>Lisatud makse %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid in full yet: %1 still to pay.</source>
        <translation>Pole veel täielikult tasutud: tasuda veel %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card payment cannot be more than what is left to pay (%1).</source>
        <translation>Kaardimakse ei saa olla suurem kui tasumata summa (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale saved. Thank you!</source>
        <translation>Müük salvestatud. Aitäh!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1 saved. Thank you!</source>
        <translation>Tšekk %1 salvestatud. Aitäh!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>Ei salvestatud: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+242"/>
        <source>The basket is empty.</source>
        <translation>Ostukorv on tühi.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Basket put on hold.</source>
        <translation>Ostukorv pandi ootele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basket &quot;%1&quot; put on hold.</source>
        <translation>Ostukorv „%1“ pandi ootele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held basket resumed.</source>
        <translation>Ootel ostukorv võeti tagasi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basket &quot;%1&quot; resumed.</source>
        <translation>Ostukorv „%1“ võeti tagasi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basket cancelled.</source>
        <translation>Ostukorv tühistatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt found for &quot;%1&quot;.</source>
        <translation>Tšekki „%1“ ei leitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 opened for a return.</source>
        <translation>Tšekk %1 avatud tagastuseks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This return cannot be made.</source>
        <translation>Seda tagastust ei saa teha.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Return refused: %1</source>
        <translation>Tagastust ei saa teha: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return saved.</source>
        <translation>Tagastus salvestatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome, %1! The customer is enrolled.</source>
        <translation>Tere tulemast, %1! Klient on registreeritud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer could not be enrolled.</source>
        <translation>Klienti ei õnnestunud registreerida.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not enrolled: %1</source>
        <translation>Ei registreeritud: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in first.</source>
        <translation>Logi kõigepealt sisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in.</source>
        <translation>Sisse logitud.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello, %1! You are logged in.</source>
        <translation>Tere, %1! Oled sisse logitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN.</source>
        <translation>Vale PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment has started: the basket cannot change now. Clear the payments first.</source>
        <translation>Tasumine on alanud: ostukorvi ei saa nüüd muuta. Tühista kõigepealt maksed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish, hold or cancel the basket on the screen first.</source>
        <translation>Lõpeta, pane ootele või tühista kõigepealt ekraanil olev ostukorv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That basket was already resumed at another till.</source>
        <translation>See ostukorv on juba teises kassas tagasi võetud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason for cancelling the basket.</source>
        <translation>Märgi ostukorvi tühistamise põhjus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a line first.</source>
        <translation>Vali kõigepealt rida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points need a loyalty card: identify the customer first.</source>
        <translation>Punktide jaoks on vaja kliendikaarti: tuvasta kõigepealt klient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 has already been returned in full.</source>
        <translation>Tšekk %1 on juba täielikult tagastatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket that was on the screen when the till stopped is back.</source>
        <translation>Ostukorv, mis oli ekraanil kassa seiskumise ajal, on taastatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return without a receipt approved by the owner.</source>
        <translation>Omanik kinnitas tagastuse ilma tšekita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That price cannot be used for &quot;%1&quot;.</source>
        <translation>Seda hinda ei saa kasutada tootele „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason for the return.</source>
        <translation>Sisestage tagastuse põhjus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>No shift is open: open it with the cash counted in the drawer (Ctrl+F10).</source>
        <translation>Vahetus ei ole avatud: ava see kassas oleva sularaha summaga (Ctrl+F10).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Shift opened.</source>
        <translation>Vahetus avatud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shift refused it.</source>
        <translation>Vahetus ei luba seda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded.</source>
        <translation>Salvestatud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift closed with Z report %1.</source>
        <translation>Vahetus suletud, Z-aruanne %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer is open (no sale).</source>
        <translation>Rahasahtel on avatud (ilma müügita).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A shift is already open: close it with a Z report first.</source>
        <translation>Vahetus on juba avatud: sulge see esmalt Z-aruandega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shift was closed meanwhile: open a new shift, then finish the sale.</source>
        <translation>Vahetus on vahepeal suletud: ava uus vahetus ja lõpeta müük.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an amount above zero.</source>
        <translation>Sisesta nullist suurem summa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than any drawer holds: check the amount.</source>
        <translation>Nii palju ei mahu ühtegi kassasse: kontrolli summat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the cash goes in or out.</source>
        <translation>Kirjuta, miks raha sisse või välja läheb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason is too long: write it in at most %1 characters.</source>
        <translation>Põhjus on liiga pikk; lühenda seda (kõige rohkem märke: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The float left in the drawer cannot be more than the cash counted.</source>
        <translation>Kassasse ei saa jätta rohkem, kui loeti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such Z report.</source>
        <translation>Sellist Z-aruannet ei ole.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OfficeStatusText</name>
    <message>
        <location filename="../../ui/src/office_status.cpp" line="+27"/>
        <source>Office: connecting</source>
        <translation>Kontor: ühendamine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: in sync</source>
        <translation>Kontor: sünkroonis</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Office: offline since %1, %n sales to send</source>
        <translation>
            <numerusform>Kontor: ühenduseta alates %1, %n müük saatmata</numerusform>
            <numerusform>Kontor: ühenduseta alates %1, %n müüki saatmata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Office: offline since %1, %n changes to send</source>
        <translation>
            <numerusform>Kontor: ühenduseta alates %1, %n muudatus saatmata</numerusform>
            <numerusform>Kontor: ühenduseta alates %1, %n muudatust saatmata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: offline since %1</source>
        <translation>Kontor: ühenduseta alates %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Office: the login was refused; the owner must check this till&apos;s password.</source>
        <translation>Kontor: sisselogimine lükati tagasi; omanik peab selle kassa parooli kontrollima.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: this till&apos;s password file cannot be used; the owner must fix it.</source>
        <translation>Kontor: selle kassa paroolifaili ei saa kasutada; omanik peab selle parandama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database is newer than this till; install the newer Kassa.</source>
        <translation>Kontor: kontori andmebaas on sellest kassast uuem; paigaldage Kassa uuem versioon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database is not set up yet.</source>
        <translation>Kontor: kontori andmebaas pole veel seadistatud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: the office database does not know this till; join it again.</source>
        <translation>Kontor: kontori andmebaas ei tunne seda kassat; liitke see uuesti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database&apos;s disk is full; the sales wait here.</source>
        <translation>Kontor: kontori andmebaasi ketas on täis; müügid ootavad siin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: the office address saved in this till is wrong.</source>
        <translation>Kontor: sellesse kassasse salvestatud kontori aadress on vale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: the office database refused the sync; the sales wait here.</source>
        <translation>Kontor: kontori andmebaas keeldus sünkroonimisest; müügid ootavad siin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office: the shop file was busy; the next sync tries again.</source>
        <translation>Kontor: poe fail oli hõivatud; järgmine sünkroonimine proovib uuesti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: rows from the office could not be written here; call support.</source>
        <translation>Kontor: kontori andmeid ei õnnestunud siia kirjutada; helistage toele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the shop file could not be synced; call support.</source>
        <translation>Kontor: poe faili ei õnnestunud sünkroonida; helistage toele.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OpenShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="-171"/>
        <source>Open the shift</source>
        <translation>Ava vahetus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the cash in the drawer and type the amount. It is the shift&apos;s opening float.</source>
        <translation>Loe kassas olev sularaha üle ja sisesta summa. See on vahetuse algkassa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the shift (Enter)</source>
        <translation>Ava vahetus (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type an amount such as %1.</source>
        <translation>Sisesta summa, nt %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OwnerPinDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="-284"/>
        <location line="+8"/>
        <source>Owner&apos;s PIN</source>
        <translation>Omaniku PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve (Enter)</source>
        <translation>Kinnita (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OwnerWindow</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+800"/>
        <source>Owner&apos;s desk</source>
        <translation>Omaniku töölaud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whom to call</source>
        <translation>Kellele helistada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Aruanded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Vahetused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit rules</source>
        <translation>Muuda reegleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty rules</source>
        <translation>Püsikliendireeglid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rates</source>
        <translation>Käibemaksumäärad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>Poe seaded</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentDialog</name>
    <message>
        <location filename="../../ui/src/payment_dialog.cpp" line="+21"/>
        <source>Payment</source>
        <translation>Tasumine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To pay</source>
        <translation>Tasuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Tasutud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to pay</source>
        <translation>Tasumata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translatorcomment>Vahetusraha, mitte „muuda“; „Tagasi“ on siin juba nupu Tagasi (Esc) sõna.</translatorcomment>
        <translation>Vahetusraha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount received (empty: exactly what is left)</source>
        <translation>Saadud summa (tühi: täpselt tasumata summa)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cash (Enter)</source>
        <translation>Sularaha (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2: card</source>
        <translatorcomment>Klahv F2: tasu pangakaardiga.</translatorcomment>
        <translation>F2: kaardiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8: clear payments</source>
        <translation>F8: tühista maksed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>Tagasi (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type an amount such as %1.</source>
        <translation>Sisesta summa, näiteks %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cash</source>
        <translation>Sularaha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <translatorcomment>Makseviis: pangakaart, mitte kliendikaart.</translatorcomment>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductSearchDialog</name>
    <message>
        <location filename="../../ui/src/search_dialogs.cpp" line="-89"/>
        <source>Find a product</source>
        <translation>Toote otsing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name or SKU; arrows choose, Enter adds</source>
        <translation>Nimi või tootekood; nooled valivad, Enter lisab</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 per kg</source>
        <translation>%1/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found.</source>
        <translation>Midagi ei leitud.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProgrammeForm</name>
    <message>
        <location filename="../../ui/src/rules_editor.cpp" line="+306"/>
        <source>Type to find</source>
        <translation>Kirjuta otsimiseks</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Add a row</source>
        <translation>Lisa rida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the row</source>
        <translation>Eemalda rida</translation>
    </message>
    <message>
        <location line="+605"/>
        <source>must be a group of fields</source>
        <translation>peab olema väljade rühm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a field Kassa knows</source>
        <translation>Kassa ei tunne sellist välja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be filled in</source>
        <translation>tuleb täita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>peab olema täisarv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number</source>
        <translation>peab olema arv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 and %2</source>
        <translation>peab olema vahemikus %1 kuni %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+15"/>
        <source>Percent off</source>
        <translation>Protsent maha</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Amount off</source>
        <translation>Summa maha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of one</source>
        <translation>Ühe hind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy (pieces)</source>
        <translation>Osta (tükki)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get free (pieces)</source>
        <translation>Tasuta (tükki)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of the set</source>
        <translation>Komplekti hind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of the set</source>
        <translation>Komplekti osad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Products (SKUs, with commas)</source>
        <translation>Tooted (tootekoodid komadega)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories (with commas)</source>
        <translation>Kategooriad (komadega)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pieces</source>
        <translation>Tükke</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>(choose the gift)</source>
        <translation>(valige kingitus)</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Gift product</source>
        <translation>Kingitav toode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift&apos;s name for the cashier</source>
        <translation>Kingituse nimi kassiirile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points times (2 = double)</source>
        <translation>Punktide kordaja (2 = topelt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Punktid</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Points expire after (days)</source>
        <translation>Punktid aeguvad (päeva pärast)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The cheapest item free</source>
        <translation>Odavaim toode tasuta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More points</source>
        <translation>Rohkem punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift points</source>
        <translation>Kingipunktid</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Short name (id)</source>
        <translation>Lühinimi (id)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the cashier reads</source>
        <translation>Nimi kassiirile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>Kehtib</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From (first day)</source>
        <translation>Alates (esimene päev)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until (last day)</source>
        <translation>Kuni (viimane päev)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority (lower goes first)</source>
        <translation>Prioriteet (väiksem enne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With other discounts</source>
        <translation>Koos teiste allahindlustega</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Exclusive: only the best one on a line</source>
        <translation>Välistav: real ainult parim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combinable: applies on top of the others</source>
        <translation>Kombineeritav: lisandub teistele</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Points back (% of what is paid)</source>
        <translation>Punkte tagasi (% makstust)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other rates by category (%)</source>
        <translation>Muud määrad kategooriate kaupa (%)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points back (%)</source>
        <translation>Punkte tagasi (%)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Outside the programme</source>
        <translation>Programmist väljas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most paid with points (%)</source>
        <translation>Punktidega kõige rohkem (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest points to pay with</source>
        <translation>Vähim punktide arv maksmiseks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point is worth (money)</source>
        <translation>Ühe punkti väärtus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points usable after (days)</source>
        <translation>Punktid kasutatavad (päeva pärast)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome points at enrolment</source>
        <translation>Tervituspunktid liitumisel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points also on the part paid with points</source>
        <translation>Punktid ka punktidega makstud osale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points also on discounted lines</source>
        <translation>Punktid ka soodushinnaga ridadele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding</source>
        <translation>Ümardamine</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Down, once per receipt</source>
        <translation>Alla, üks kord tšeki kohta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point per full amount</source>
        <translation>Punkt iga täissumma eest</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Full amount for one point</source>
        <translation>Täissumma ühe punkti eest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend counted</source>
        <translation>Arvestatav ostusumma</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Since enrolment</source>
        <translation>Liitumisest alates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a rolling window</source>
        <translation>Libiseva perioodi jooksul</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Window (days)</source>
        <translation>Periood (päeva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels</source>
        <translation>Tasemed</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Level</source>
        <translation>Tase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From spend</source>
        <translation>Ostusummast</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Discount (%)</source>
        <translation>Allahindlus (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra points (%)</source>
        <translation>Lisapunktid (%)</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Card holders (segments)</source>
        <translation>Kaardi omanikud (segmendid)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Only these categories</source>
        <translation>Ainult need kategooriad</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stamps for the reward</source>
        <translation>Templeid preemiani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest purchase for a stamp</source>
        <translation>Väikseim ost templi eest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>Preemia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward&apos;s name in hints</source>
        <translation>Preemia nimi vihjetes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code for everybody</source>
        <translation>Kood kõigile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-use codes (one per line)</source>
        <translation>Ühekordsed koodid (üks real)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Make new codes</source>
        <translation>Loo uued koodid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the codes</source>
        <translation>Prindi koodid</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What it gives</source>
        <translation>Mida annab</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Smallest basket</source>
        <translation>Väikseim ostukorv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can be used with other coupons</source>
        <translation>Kehtib koos teiste kupongidega</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Weekdays</source>
        <translation>Nädalapäevad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Kellaajad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers of segments</source>
        <translation>Ainult segmentide kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with a card</source>
        <translation>Ainult kaardiga kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Tooted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategooriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest pieces</source>
        <translation>Vähemalt tükke</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fixed price</source>
        <translation>Kindel hind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy N, get M free</source>
        <translation>Osta N, saa M tasuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set price</source>
        <translation>Komplekti hind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift</source>
        <translation>Kingitus</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>must be text</source>
        <translation>peab olema tekst</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>on pikem kui %n märk</numerusform>
            <numerusform>on pikem kui %n märki</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be yes or no</source>
        <translation>peab olema jah või ei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list of words</source>
        <translation>peab olema sõnade loend</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>has more than %n item(s)</source>
        <translation>
            <numerusform>sisaldab üle %n elemendi</numerusform>
            <numerusform>sisaldab üle %n elemendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>must not be empty</source>
        <translation>ei tohi olla tühi</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must be a list</source>
        <translation>peab olema loend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date</source>
        <translation>peab olema kuupäev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of: %1</source>
        <translation>peab olema üks järgmistest: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a weekday from Monday to Sunday</source>
        <translation>peab olema nädalapäev esmaspäevast pühapäevani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time of day: write HH:MM between 00:00 and 24:00</source>
        <translation>„%1” ei ole kellaaeg: kirjutage HH:MM vahemikus 00:00 kuni 24:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hours must start and end at different times</source>
        <translation>tunnid peavad algama ja lõppema eri ajal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name its products or its categories</source>
        <translation>nimetage selle tooted või kategooriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a currency code (ISO 4217, such as EUR)</source>
        <translation>„%1” ei ole valuutakood (ISO 4217, näiteks EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone Kassa knows (such as Europe/Tallinn)</source>
        <translation>„%1” ei ole Kassale tuntud ajavöönd (näiteks Europe/Tallinn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this Kassa reads version 1 of the rules only</source>
        <translation>see Kassa loeb ainult reeglite versiooni 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is the short name of another programme</source>
        <translation>„%1” on teise programmi lühinimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day comes before the first day</source>
        <translation>viimane päev on enne esimest päeva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above 0 when a point is given per full amount</source>
        <translation>peab olema üle 0, kui punkt antakse täissumma eest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is outside the programme, so it earns no points at any rate</source>
        <translation>„%1” on programmist väljas, seega ei teeni see punkte ühegi määraga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs at least one level</source>
        <translation>vaja on vähemalt üht taset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above the spend of the level before</source>
        <translation>peab olema suurem kui eelmise taseme ostusumma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names another level too</source>
        <translation>„%1” on ka teise taseme nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coupon needs single-use codes or a code for everybody</source>
        <translation>kupong vajab ühekordseid koode või kõigile ühist koodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code &quot;%1&quot; belongs to another coupon</source>
        <translation>kood „%1” kuulub teisele kupongile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a set needs at least one item</source>
        <translation>komplektis peab olema vähemalt üks toode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the customer segments that hold this card</source>
        <translation>nimetage kliendisegmendid, kellel see kaart on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is outside the loyalty programme: it never takes a discount</source>
        <translation>„%1” on püsikliendiprogrammist väljas: sellele ei tehta kunagi allahindlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one points programme can run at a time</source>
        <translation>korraga saab kehtida ainult üks punktiprogramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one levels programme can run at a time</source>
        <translation>korraga saab kehtida ainult üks tasemeprogramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programmes that give points need a points programme (it sets what a point is worth)</source>
        <translation>punkte andvad programmid vajavad punktiprogrammi (see määrab punkti väärtuse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be read</source>
        <translation>ei ole loetav</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+22"/>
        <source>%1, row %2</source>
        <translation>%1, rida %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>from</source>
        <translation>alates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>until</source>
        <translation>kuni</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Programmes</source>
        <translation>Programmid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version of the rules</source>
        <translation>Reeglite versioon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Ajavöönd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules</source>
        <translation>Reeglid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the whole document changed</source>
        <translation>kogu dokument muutus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new programme %1 (%2)</source>
        <translation>uus programm %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme %1 (%2) removed</source>
        <translation>programm %1 (%2) eemaldatud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Why it runs (for the reports)</source>
        <translation>Miks see kehtib (aruannetele)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slogan</source>
        <translation>Loosung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite days before</source>
        <translation>Kutsu päevi ette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before the birthday</source>
        <translation>Päevi enne sünnipäeva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the birthday</source>
        <translation>Päevi pärast sünnipäeva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Kui tihti</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>One purchase a year</source>
        <translation>Üks ost aastas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every purchase in the window</source>
        <translation>Iga ost neil päevil</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>What the first purchase gets</source>
        <translation>Mida saab esimene ost</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Points for who recommended</source>
        <translation>Punktid soovitajale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points for the new customer</source>
        <translation>Punktid uuele kliendile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase for (days)</source>
        <translation>Ostuta (päevi)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Points to win her back</source>
        <translation>Punktid kliendi tagasivõitmiseks</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Spend that earns the coupon</source>
        <translation>Ostusumma kupongi saamiseks</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>What the coupon gives</source>
        <translation>Mida kupong annab</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Valid for (days)</source>
        <translation>Kehtib (päeva)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::QuantityDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+13"/>
        <source>Weight</source>
        <translation>Kaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Kogus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weight, kg</source>
        <translation>Kaal, kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pieces</source>
        <translation>Kogus, tk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the weight in kilograms, for example 0.250.</source>
        <translation>Sisesta kaal kilogrammides, näiteks 0,250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a whole number of pieces above zero.</source>
        <translation>Sisesta tükkide arv: täisarv üle nulli.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptDialog</name>
    <message>
        <location filename="../../ui/src/receipt_dialog.cpp" line="+39"/>
        <location line="+26"/>
        <source>Receipt</source>
        <translation>Tšekk</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Cashier</source>
        <translation>Kassiir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Vahesumma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Soodustus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Tasutud punktidega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>KOKKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Sularaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translatorcomment>Makseviis tšekil: pangakaart.</translatorcomment>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translatorcomment>Tšekil on tavaks „Tagasi“ (vahetusraha).</translatorcomment>
        <translation>Tagasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Teenitud punktid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points balance</source>
        <translation>Punktisaldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To %1</source>
        <extracomment>on the receipt: how much more to spend for the next tier; %1 is the tier&apos;s name</extracomment>
        <translation>Tasemeni %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon for your next visit</source>
        <translation>Kupong järgmiseks ostuks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Täname ostu eest!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1 of %2</source>
        <extracomment>The VAT included in the receipt at one rate: %1 the rate (24%), %2 the amount paid at that rate.</extracomment>
        <translation>Käibemaks %1 summast %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt</source>
        <extracomment>A VAT rate on the receipt: goods without VAT (gift cards).</extracomment>
        <translation>maksuvaba</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print (F12)</source>
        <translation>Prindi (F12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Enter)</source>
        <translation>Sulge (Enter)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Print the receipt</source>
        <translation>Tšeki printimine</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptPrinter</name>
    <message>
        <location filename="../../ui/src/receipt_printer.cpp" line="+7"/>
        <source>Printer: ready.</source>
        <translation>Printer: valmis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: out of paper. The sale is saved; the receipt prints when paper is in.</source>
        <translation>Printer: paber on otsas. Müük on salvestatud; tšekk prinditakse, kui paber on sees.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: the cover is open. The sale is saved; the receipt prints when it is closed.</source>
        <translation>Printer: kaas on lahti. Müük on salvestatud; tšekk prinditakse, kui kaas on kinni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: it reports an error. The sale is saved; check the printer and the receipt prints.</source>
        <translation>Printer: teatab veast. Müük on salvestatud; kontrolli printerit ja tšekk prinditakse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer: it does not answer. The sale is saved; check its cable and power, the receipt prints when it is back.</source>
        <translation>Printer: ei vasta. Müük on salvestatud; kontrolli kaablit ja toidet, tšekk prinditakse, kui printer on tagasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer: not plugged in. The sale is saved; the receipt prints when it is plugged in.</source>
        <translation>Printer: ei ole ühendatud. Müük on salvestatud; tšekk prinditakse, kui printer on ühendatud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: Kassa may not use it. Install the udev rules (69-kassa-usb.rules) and plug it in again.</source>
        <translation>Printer: Kassa ei tohi seda kasutada. Paigalda udev-reeglid (69-kassa-usb.rules) ja ühenda printer uuesti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer: another program is using it. The receipt prints when it is free.</source>
        <translation>Printer: teine programm kasutab seda. Tšekk prinditakse, kui printer vabaneb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: the receipt could not be sent. The sale is saved; reprint it from the shift screen.</source>
        <translation>Printer: tšekki ei õnnestunud saata. Müük on salvestatud; prindi koopia vahetuse ekraanilt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer: the address &quot;%1&quot; in the shop&apos;s settings is not usable (it must be like tcp://192.168.1.50:9100 or usb:04b8:0202). Receipts wait in the queue and print once the owner fixes it.</source>
        <translation>Printer: poe seadetes olev aadress „%1“ ei sobi (see peab olema kujul tcp://192.168.1.50:9100 või usb:04b8:0202). Tšekid ootavad järjekorras ja prinditakse, kui omanik aadressi parandab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer model in the shop&apos;s settings is unknown: choose epson_tm_t20, xprinter_80, generic_80 or generic_58.</source>
        <translation>Poe seadetes olev printeri mudel on tundmatu: vali epson_tm_t20, xprinter_80, generic_80 või generic_58.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt logo could not be read (a PNG file is needed): receipts print without it.</source>
        <translation>Tšeki logo ei õnnestunud lugeda (vaja on PNG-faili): tšekid prinditakse ilma selleta.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RedeemDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+87"/>
        <source>Pay with points</source>
        <translation>Tasumine punktidega</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance: %1 points</source>
        <translatorcomment>Arv kooloni järel: nii ei sõltu sõna vorm arvust.</translatorcomment>
        <translation>Punktisaldo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 points can be used for this purchase.</source>
        <translation>Selle ostu eest saab kasutada kõige rohkem punkte: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit for this purchase: %1 points.</source>
        <translation>Selle ostu punktilimiit: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying with points starts at %1 points.</source>
        <translation>Punktidega tasumise miinimum: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s rules do not take points for this purchase.</source>
        <translation>Poe reeglite järgi ei saa selle ostu eest punktidega tasuda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points to use (empty: as many as allowed)</source>
        <translation>Kasutatavad punktid (tühi: nii palju kui lubatud)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use these (Enter)</source>
        <translation>Kasuta (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F6: use the most</source>
        <translation>F6: kasuta maksimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F9: no points</source>
        <translation>F9: punktideta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type a whole number of points.</source>
        <translation>Sisesta punktide arv täisarvuna.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReportText</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-1818"/>
        <source>By</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted</source>
        <translation>Korrigeeritud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Keskmine ostukorv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days between purchases</source>
        <translation>Keskmiselt päevi ostude vahel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check with it</source>
        <translation>Keskmine ostukorv sellega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check without it</source>
        <translation>Keskmine ostukorv ilma selleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check difference</source>
        <translation>Ostukorvide vahe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client day</source>
        <translation>Kliendipäev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May contact by</source>
        <translation>Võib ühendust võtta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue from customers</source>
        <translation>Käive klientidelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle, days</source>
        <translation>Tsükkel, päeva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Päevi möödas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount cost</source>
        <translation>Allahindluste kulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>Teenitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Aegunud</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Points expiring</source>
        <translation>Aeguvad punktid</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Expiring through</source>
        <translation>Aeguvad kuni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value expiring</source>
        <translation>Aeguv väärtus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First expiry</source>
        <translation>Esimene aegumine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed</source>
        <translation>Järgiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed, share</source>
        <translation>Järgitud osakaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Vahed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Viimane ost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Kohustus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back</source>
        <translation>Raha tagasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Uued kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next birthday</source>
        <translation>Järgmine sünnipäev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ootel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point value</source>
        <translation>Punkti väärtus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Punktid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points cost</source>
        <translation>Punktide kulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points issued</source>
        <translation>Väljastatud punktid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given back</source>
        <translation>Punkte tagasi antud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken back</source>
        <translation>Punkte tagasi võetud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: average check with it</source>
        <translation>Varem: keskmine ostukorv sellega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: average check without it</source>
        <translation>Varem: keskmine ostukorv ilma selleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: customers</source>
        <translation>Varem: kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: discount cost</source>
        <translation>Varem: allahindluste kulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: points cost</source>
        <translation>Varem: punktide kulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: points issued</source>
        <translation>Varem: väljastatud punktid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: receipts</source>
        <translation>Varem: tšekid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: revenue</source>
        <translation>Varem: käive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Tšekk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Tšekid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption ratio</source>
        <translation>Lunastamise määr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat customers</source>
        <translation>Korduvkliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat rate</source>
        <translation>Korduvostude määr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Mida tehti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored by refunds</source>
        <translation>Tagastustega taastatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>Naasnud kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Tagastused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Käive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue uplift</source>
        <translation>Käibe kasv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue uplift, %</source>
        <translation>Käibe kasv, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by refunds</source>
        <translation>Tagastustega tühistatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segmendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>Näidatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slogan</source>
        <translation>Loosung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spendable</source>
        <translation>Kasutatav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Kasutatud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers</source>
        <translation>Parimad kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers&apos; revenue</source>
        <translation>Parimate klientide käive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers&apos; share</source>
        <translation>Parimate klientide osakaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in all</source>
        <translation>Päevi kokku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual category</source>
        <translation>Tavaline kategooria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual products</source>
        <translation>Tavalised tooted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Nädal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starts</source>
        <translation>Nädala algus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promotions and client days</source>
        <translation>Kampaaniad ja kliendipäevad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 20% of customers (Pareto)</source>
        <translation>Parimad 20% klientidest (Pareto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchases</source>
        <translation>Korduvostud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between purchases</source>
        <translation>Päevi ostude vahel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check by segment</source>
        <translation>Keskmine ostukorv segmentide kaupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and returning customers by week</source>
        <translation>Uued ja naasnud kliendid nädalate kaupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: redemption, liability, expiring</source>
        <translation>Punktid: lunastamine, kohustus, aegumine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions followed</source>
        <translation>Järgitud soovitused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints and what was done</source>
        <translation>Kaebused ja mida tehti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns with and without a receipt</source>
        <translation>Tagastused tšekiga ja ilma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Birthdays</source>
        <translation>Sünnipäevad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client-day invitations</source>
        <translation>Kliendipäeva kutsed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant customers</source>
        <translation>Uinunud kliendid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for a visit</source>
        <translation>Külastus on käes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>personal data</source>
        <translation>isikuandmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced</source>
        <translation>Vahetatud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Raha tagastatud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points credited</source>
        <translation>Punktid kantud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dormant</source>
        <translation>uinunud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>uued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>periodic</source>
        <translation>perioodilised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regular</source>
        <translation>püsikliendid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VIP</source>
        <translation>VIP-kliendid</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&quot;%1&quot; does not run on %2, %n day(s) from today: today is not its announcement day, so nobody is invited.</source>
        <translation>
            <numerusform>„%1“ ei toimu %2, %n päeva pärast tänasest: täna ei ole selle väljakuulutamise päev, seega kedagi ei kutsuta.</numerusform>
            <numerusform>„%1“ ei toimu %2, %n päeva pärast tänasest: täna ei ole selle väljakuulutamise päev, seega kedagi ei kutsuta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The owner&apos;s bundles</source>
        <translation>Omaniku komplektid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often bought together</source>
        <translation>Sageli ostetakse koos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>With a receipt</source>
        <translation>Tšekiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a receipt</source>
        <translation>Ilma tšekita</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReportsPage</name>
    <message>
        <location line="+822"/>
        <source>This shop</source>
        <translation>See pood</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>Alates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>kuni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV…</source>
        <translation>Salvesta CSV-na…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as PNG…</source>
        <translation>Salvesta graafik PNG-na…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whole company</source>
        <translation>Kogu ettevõte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, %2 kuni %3.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The report could not be written to %1: check the folder and the free space.</source>
        <translation>Aruannet ei õnnestunud kirjutada faili %1: kontrollige kausta ja vaba ruumi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Saved to %1.</source>
        <translation>Salvestatud: %1.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The chart could not be written to %1: check the folder and the free space.</source>
        <translation>Graafikut ei õnnestunud kirjutada faili %1: kontrollige kausta ja vaba ruumi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the report</source>
        <translation>Salvesta aruanne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the chart</source>
        <translation>Salvesta graafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-pilt (*.png)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReprintDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+296"/>
        <source>Reprint a receipt</source>
        <translation>Tšeki kordusprint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt number</source>
        <translation>Tšeki number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a copy (Enter)</source>
        <translation>Prindi koopia (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnDialog</name>
    <message>
        <location filename="../../ui/src/return_dialog.cpp" line="+28"/>
        <source>Return</source>
        <translation>Tagastus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan the receipt&apos;s barcode or type its number, then Enter</source>
        <translation>Skanni tšeki ribakood või sisesta selle number ja vajuta Enter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Item</source>
        <translation>Toode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Ostetud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned before</source>
        <translation>Varem tagastatud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Tasutud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back now</source>
        <translation>Tagastatakse nüüd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why is it brought back? (size, fault, changed mind)</source>
        <translation>Miks tagastatakse? (suurus, defekt, meelemuutus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money back</source>
        <translation>Tagastatav raha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken back</source>
        <translatorcomment>Ostu eest antud punktid võetakse tagasi.</translatorcomment>
        <translation>Tagasi võetud punktid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given back</source>
        <translatorcomment>Punktid, millega tasuti, antakse kliendile tagasi.</translatorcomment>
        <translation>Tagastatud punktid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5: return everything</source>
        <translation>F5: tagasta kõik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4: no receipt</source>
        <translation>F4: tšekita</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No receipt chosen yet.</source>
        <translation>Tšekki pole veel valitud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt %1 of %2, paid %3</source>
        <translation>Tšekk %1 (%2), tasutud %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2 kept for points already spent)</source>
        <translation>%1 (%2 jääb kinni juba kasutatud punktide eest)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what comes back: type the quantity in the last column (F5: all).</source>
        <translation>Vali, mis tagastatakse: sisesta kogus viimasesse veergu (F5: kõik).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnDialogBase</name>
    <message>
        <location filename="../../ui/src/return_dialog_base.cpp" line="+48"/>
        <source>Cash</source>
        <translation>Sularaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>F12: confirm the return</source>
        <translation>F12: kinnita tagastus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Money back by</source>
        <translation>Raha tagastamise viis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RulesEditorPage</name>
    <message>
        <location filename="../../ui/src/rules_editor.cpp" line="+423"/>
        <source>Add a programme</source>
        <translation>Lisa programm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the programme</source>
        <translation>Eemalda programm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What would the draft have done? (last 30 days)</source>
        <translation>Mida oleks mustand teinud? (viimased 30 päeva)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a new version</source>
        <translation>Salvesta uue versioonina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For this shop only</source>
        <translation>Ainult selle poe jaoks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop&apos;s own promotions: the other shops keep the company&apos;s rules.</source>
        <translation>Poe enda kampaaniad: teised poed jäävad ettevõtte reeglite juurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over from the saved rules</source>
        <translation>Alusta uuesti salvestatud reeglitest</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current rules</source>
        <translation>Praegused reeglid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bonus points</source>
        <translation>Boonuspunktid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Club card levels</source>
        <translation>Kliendikaardi tasemed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff or partner discount</source>
        <translation>Töötaja- või partnerisoodustus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp card</source>
        <translation>Templikaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon codes</source>
        <translation>Kupongikoodid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion or client day</source>
        <translation>Kampaania või kliendipäev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome: first purchase</source>
        <translation>Tervitus: esimene ost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend a friend</source>
        <translation>Soovita sõpra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win back a dormant customer</source>
        <translation>Võida tagasi uinunud klient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon for the next visit</source>
        <translation>Kupong järgmiseks külastuseks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 are both exclusive on every line: a line gets only the one worth more. Make one combinable to give both.</source>
        <translation>%1 ja %2 on mõlemad välistavad igal real: rida saab ainult soodsama. Tehke üks kombineeritavaks, et anda mõlemad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 are both exclusive on %3: a line gets only the one worth more. Make one combinable to give both.</source>
        <translation>%1 ja %2 on mõlemad välistavad kategoorias %3: rida saab ainult soodsama. Tehke üks kombineeritavaks, et anda mõlemad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended on %2: it will not run again.</source>
        <translation>%1 lõppes %2: see ei kehti enam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 never runs: none of its weekdays falls between its first and last day.</source>
        <translation>%1 ei kehti kunagi: ükski selle nädalapäev ei jää esimese ja viimase päeva vahele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is switched off.</source>
        <translation>%1 on välja lülitatud.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a programme, or choose one on the left.</source>
        <translation>Lisage programm või valige see vasakult.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n new code(s) added; print them before saving or after.</source>
        <translation>
            <numerusform>Lisati %n uus kood; printige see enne või pärast salvestamist.</numerusform>
            <numerusform>Lisati %n uut koodi; printige need enne või pärast salvestamist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last 30 days: %1 receipts, %2 customers. With the draft %3 receipts and %4 customers would get another discount or other points.</source>
        <translation>Viimased 30 päeva: %1 tšekki, %2 klienti. Mustandiga saaks %3 tšekki ja %4 klienti teise allahindluse või teised punktid.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved as rules version %1 for this shop. Its tills use it from their next sale.</source>
        <translation>Salvestatud reeglite versioonina %1 selle poe jaoks. Poe kassad kasutavad seda alates järgmisest müügist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as rules version %1. The tills use it from their next sale.</source>
        <translation>Salvestatud reeglite versioonina %1. Kassad kasutavad seda alates järgmisest müügist.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RulesPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+13"/>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Mis muutus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What would it have done? (last 30 days)</source>
        <translation>Mida see oleks andnud? (viimased 30 päeva)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this version</source>
        <translation>Taasta see versioon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current rules</source>
        <translation>Praegused reeglid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That version</source>
        <translation>See versioon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version %1 says what the current rules say.</source>
        <translation>Versioon %1 ütleb sama mis praegused reeglid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Going back to version %1 changes:</source>
        <translation>Versiooni %1 taastamine muudab:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>Choose a version first.</source>
        <translation>Valige kõigepealt versioon.</translation>
    </message>
    <message>
        <location line="-1032"/>
        <source>Discount cost</source>
        <translation>Allahindluste kulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points issued</source>
        <translation>Väljastatud punktid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales before discounts</source>
        <translation>Müük enne allahindlusi</translation>
    </message>
    <message>
        <location line="+1010"/>
        <source>Last 30 days: %1 receipts, %2 customers. With that version %3 receipts and %4 customers would get another discount or other points.</source>
        <translation>Viimased 30 päeva: tšekke %1, kliente %2. Selle versiooniga saaks %3 tšekki ja %4 klienti teise allahindluse või teised punktid.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version %1 is saved again as version %2. The till uses it from its next start.</source>
        <translation>Versioon %1 on uuesti salvestatud versioonina %2. Kassa kasutab seda järgmisest käivitusest.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SaleScreen</name>
    <message>
        <location filename="../../ui/src/sale_screen.cpp" line="+65"/>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item</source>
        <translation>Toode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Kogus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Hind</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Discount</source>
        <translation>Soodustus</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Total</source>
        <translatorcomment>Veerg: rea summa.</translatorcomment>
        <translation>Summa</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+81"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Totals</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subtotal</source>
        <translation>Vahesumma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid with points</source>
        <translation>Tasutud punktidega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>Tasuda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points to earn</source>
        <translation>Teenitavad punktid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translatorcomment>Vahetusraha (nagu maksedialoogis), mitte „muuda“.</translatorcomment>
        <translation>Vahetusraha</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scan or type a barcode, card, phone or receipt number, then Enter</source>
        <translation>Skanni või sisesta ribakood, kaart, telefon või tšeki number ja vajuta Enter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer card</source>
        <translation>Kliendikaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Kogus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find product</source>
        <translation>Otsi toodet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon</source>
        <translation>Kupong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translatorcomment>Nupp F6: tasumine punktidega.</translatorcomment>
        <translation>Punktid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol</source>
        <translatorcomment>Nupp F7: uue kliendi registreerimine püsikliendiks.</translatorcomment>
        <translation>Registreeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translatorcomment>Nupp F8: kauba tagastus tšeki alusel.</translatorcomment>
        <translation>Tagastus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold / resume</source>
        <translatorcomment>Nupp F9: pane ostukorv ootele või võta ootel ostukorv tagasi.</translatorcomment>
        <translation>Ootele / tagasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sale</source>
        <translation>Tühista müük</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Eemalda rida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translatorcomment>Nupp F12; lühidalt: „Tasumine“.</translatorcomment>
        <translation>Tasumine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kaamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Vahetus</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>A return without a receipt needs the owner&apos;s PIN.</source>
        <translation>Tagastus ilma tšekita vajab omaniku PIN-koodi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The owner&apos;s desk is not available on this till.</source>
        <translation>Omaniku töölaud pole selles kassas saadaval.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s desk (settings, whom to call, reports) needs the owner&apos;s PIN.</source>
        <translation>Omaniku töölaud (seaded, kellele helistada, aruanded) vajab omaniku PIN-koodi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No camera is connected to this till: scan the card or type the phone number.</source>
        <translation>Selle kassaga pole kaamerat ühendatud: skannige kaart või sisestage telefoninumber.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identify the customer first: scan her card or find her with F4.</source>
        <translation>Tuvastage kõigepealt klient: skannige kaart või leidke F4-ga.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Goes well with: %1</source>
        <translation>Sobib kokku: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling a sale after payment has started needs the owner&apos;s PIN.</source>
        <translation>Müügi tühistamiseks pärast tasumise algust on vaja omaniku PIN-i.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removing &quot;%1&quot; after payment has started needs the owner&apos;s PIN.</source>
        <translation>„%1“ eemaldamiseks pärast tasumise algust on vaja omaniku PIN-i.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The shift opened on %1 is still open: it goes on until its Z report (Ctrl+F10).</source>
        <translation>Vahetus, mis avati %1, on veel avatud: see kestab Z-aruandeni (Ctrl+F10).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cashier: %1</source>
        <translation>Kassiir: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not logged in</source>
        <translation>Pole sisse logitud</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (punktid: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, usable from %2</source>
        <translation>%1, kasutatavad alates %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>paid %1, left %2</source>
        <translation>tasutud %1, jääk %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer. Scan a loyalty card or type a phone number (F4).</source>
        <translation>Klienti pole. Skanni kliendikaart või sisesta telefoninumber (F4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good morning!</source>
        <translation>Tere hommikust!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good morning, %1!</source>
        <translation>Tere hommikust, %1!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good afternoon!</source>
        <translation>Tere päevast!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good afternoon, %1!</source>
        <translation>Tere päevast, %1!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good evening!</source>
        <translation>Tere õhtust!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good evening, %1!</source>
        <translation>Tere õhtust, %1!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points: %1</source>
        <translation>Punktid: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On hold: %1, usable from %2</source>
        <translatorcomment>Ootel punktid (veel mitte kasutatavad), mitte ootele pandud ostukorv.</translatorcomment>
        <translation>Ootel: %1, alates %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold: %1</source>
        <translatorcomment>Ootel punktid (veel mitte kasutatavad), mitte ootele pandud ostukorv.</translatorcomment>
        <translation>Ootel: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tier yet</source>
        <translation>Taset veel pole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier: %1</source>
        <translation>Tase: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with this purchase!</source>
        <translation>Selle ostuga %1!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more for %2</source>
        <translation>Veel %1 tasemeni %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3 for %4</source>
        <translation>%1: %2 / %3 (auhind: %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Birthday week! Congratulate the customer.</source>
        <translation>Sünnipäevanädal! Õnnitle klienti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday: %1</source>
        <translation>Sünnipäev: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 points expire on %2</source>
        <translatorcomment>%1 on punktide arv, %2 kuupäev; arv lõpus, et sõna vorm ei sõltuks arvust.</translatorcomment>
        <translation>%2 aeguvad punktid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent: personal data %1, SMS %2, e-mail %3</source>
        <translation>Nõusolek: isikuandmed %1, SMS %2, e-post %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tip: </source>
        <translatorcomment>Lõputühik on vajalik: sellele järgneb tekst.</translatorcomment>
        <translation>Vihje: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift: </source>
        <translatorcomment>Lõputühik on vajalik: sellele järgneb tekst.</translatorcomment>
        <translation>Kingitus: </translation>
    </message>
</context>
<context>
    <name>kassa::ui::SettingsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-1012"/>
        <source>Shop name</source>
        <translation>Poe nimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time zone</source>
        <translation>Ajavöönd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country of phone numbers typed without +</source>
        <translation>Ilma +-ta sisestatud telefoninumbrite riik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed above every receipt: address, VAT number (up to %1 lines of %2 characters)</source>
        <translation>Trükitakse iga tšeki kohale: aadress, KMKR number (kuni %1 rida %2 märgiga)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt header</source>
        <translation>Tšeki päis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printer and cash drawer</source>
        <translation>Tšekiprinter ja rahasahtel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tcp://192.168.1.50:9100 or usb:04b8:0e15; empty: the office printer</source>
        <translation>tcp://192.168.1.50:9100 või usb:04b8:0e15; tühi: kontoriprinter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find USB printers</source>
        <translation>Otsi USB-printereid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer address</source>
        <translation>Printeri aadress</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Any other ESC/POS printer</source>
        <translation>Muu ESC/POS-printer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 mm paper)</source>
        <translation>%1 (paber %2 mm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer model</source>
        <translation>Printeri mudel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a PNG printed above the header; empty: none</source>
        <translation>PNG, trükitakse päise kohale; tühi: logota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt logo</source>
        <translation>Tšeki logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pin 2 (most drawers)</source>
        <translation>Kontakt 2 (enamik sahtleid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin 5</source>
        <translation>Kontakt 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer on</source>
        <translation>Rahasahtel kontaktil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash in or out above this needs the owner&apos;s PIN</source>
        <translation>Sellest suurem sissemakse või väljamakse vajab omaniku PIN-i</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scanners and card readers</source>
        <translation>Skannerid ja kaardilugejad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest pause between the keys of one scan</source>
        <translation>Pikim paus ühe skannimise klahvide vahel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortest scan (characters)</source>
        <translation>Lühim skannimine (märki)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab ends a scan, as Enter does</source>
        <translation>Tab lõpetab skannimise nagu Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Seadmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office database</source>
        <translation>Kontori andmebaas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the office every</source>
        <translation>Sünkrooni kontoriga iga</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save settings</source>
        <translation>Salvesta seaded</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The receipt logo</source>
        <translation>Tšeki logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-pilt (*.png)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a printer address: write tcp://HOST:PORT for a network printer or usb:VID:PID for a USB one, or leave it empty.</source>
        <translation>„%1“ ei ole printeri aadress: kirjuta võrguprinterile tcp://HOST:PORT või USB-printerile usb:VID:PID, või jäta tühjaks.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer&apos;s network name or IP address is missing or wrong: write it like tcp://192.168.1.50:9100.</source>
        <translation>Printeri võrgunimi või IP-aadress puudub või on vale: kirjuta näiteks tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The port must be a number from 1 to 65535; receipt printers listen on 9100.</source>
        <translation>Port on arv 1 kuni 65535; tšekiprinterid kuulavad porti 9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A USB printer is written usb:VID:PID with four hexadecimal digits each, like usb:04b8:0e15 (kassactl devices lists them).</source>
        <translation>USB-printer kirjutatakse usb:VID:PID, kumbki neli kuueteistkümnendnumbrit, näiteks usb:04b8:0e15 (need näitab kassactl devices).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no picture file %1.</source>
        <translation>Pildifaili %1 ei ole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a PNG picture Kassa can read.</source>
        <translation>%1 ei ole PNG-pilt, mida Kassa suudab lugeda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a receipt logo: use a PNG a few hundred pixels wide.</source>
        <translation>%1 on tšeki logoks liiga suur: kasuta mõnesaja piksli laiust PNG-d.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the cash limit as an amount, like %1.</source>
        <translation>Kirjuta piirmäär summana, näiteks %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(set by the loyalty rules)</source>
        <translation>(määrab püsikliendiprogrammi reeglistik)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>See the sentences next to the fields.</source>
        <translation>Vaata selgitusi väljade kõrval.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The limit must be from 0 to %1.</source>
        <translation>Piirmäär on 0 kuni %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The shop needs a name: it is printed on every receipt.</source>
        <translation>Poel peab olema nimi: see trükitakse igale tšekile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer does not know the time zone &quot;%1&quot;: write it like Europe/Tallinn.</source>
        <translation>See arvuti ei tunne ajavööndit „%1“: kirjutage see kujul Europe/Tallinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a country code for phone numbers: write two letters like EE or LV.</source>
        <translation>„%1“ ei ole telefoninumbrite riigikood: kirjutage kaks tähte, nt EE või LV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The till speaks English, Russian and Estonian only.</source>
        <translation>Kassa räägib ainult inglise, vene ja eesti keelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt header is at most %1 lines of %2 characters; &quot;%3&quot; does not fit.</source>
        <translation>Tšeki päis on kuni %1 rida %2 märgiga; „%3“ ei mahu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cash limit for the owner&apos;s PIN cannot be below zero or above what a drawer holds.</source>
        <translation>Omaniku PIN-koodi sularahalimiit ei saa olla alla nulli ega üle kassa mahu.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Settings saved. The till uses the new receipt printer from its next start.</source>
        <translation>Seaded salvestatud. Kassa kasutab uut tšekiprinterit järgmisest käivitusest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shop settings were saved, the scanner timing was not.</source>
        <translation>Poe seaded salvestati, skanneri ajastus jäi salvestamata.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The shop&apos;s currency &quot;%1&quot; is not a currency code: the shop&apos;s file needs the owner&apos;s or support&apos;s attention.</source>
        <translation>Poe valuuta „%1“ ei ole valuutakood: poe faili peab üle vaatama omanik või tugi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office sync interval must be %1 to %2 seconds.</source>
        <translation>Kontoriga sünkroonimise intervall peab olema %1 kuni %2 sekundit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pause between the keys of a scan must be %1 to %2 ms; people type slower than that, scanners faster.</source>
        <translation>Skannimise klahvide vaheline paus peab olema %1 kuni %2 ms: inimesed trükivad aeglasemalt, skannerid kiiremini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shortest scan must be %1 to %2 characters.</source>
        <translation>Lühim skannimine peab olema %1 kuni %2 märki.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No USB receipt printer is plugged in, or this computer does not let Kassa read USB devices (see docs/packaging.md, udev rules).</source>
        <translation>Ühtegi USB-tšekiprinterit pole ühendatud või see arvuti ei luba Kassal USB-seadmeid lugeda (vt docs/packaging.md, udev-reeglid).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Found: %1. The first one&apos;s address is filled in; save to use it.</source>
        <translation>Leitud: %1. Esimese aadress on sisse kirjutatud; salvestage, et seda kasutada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scanners typing like a keyboard: read by the timing above</source>
        <translation>Klaviatuurina trükkivad skannerid: loetakse ülaltoodud ajastuse järgi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unplugged</source>
        <translation>%1: lahti ühendatud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connected</source>
        <translation>%1: ühendatud</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n connected</source>
        <translation>
            <numerusform>%1: %n ühendatud</numerusform>
            <numerusform>%1: %n ühendatud</numerusform>
        </translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+22"/>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation>Midagi ei salvestatud.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The receipt printer address &quot;%1&quot; is not usable: write tcp://HOST:9100 or usb:VID:PID in the printer&apos;s field, or leave it empty.</source>
        <translation>Tšekiprinteri aadress „%1“ ei sobi: kirjutage printeri väljale tcp://HOST:9100 või usb:VID:PID või jätke see tühjaks.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Settings saved.</source>
        <translation>Seaded salvestatud.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="-139"/>
        <source>Shift</source>
        <translation>Vahetus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cash in</source>
        <translation>sissemakse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash out</source>
        <translation>väljamakse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sale</source>
        <translation>ilma müügita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print X</source>
        <translation>prindi X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reprint receipt</source>
        <translation>tšeki koopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close the shift (Z)</source>
        <translation>sulge vahetus (Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>Tagasi (Esc)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cash above the shop&apos;s limit needs the owner&apos;s PIN.</source>
        <translation>Poe limiidist suurem summa vajab omaniku PIN-koodi.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the drawer without a sale needs the owner&apos;s PIN.</source>
        <translation>Sahtli avamiseks ilma müügita on vaja omaniku PIN-koodi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>No receipt printer is set up in the shop&apos;s settings.</source>
        <translation>Poe seadetes ei ole tšekiprinterit määratud.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The X report goes to the printer.</source>
        <translation>X-aruanne saadeti printerisse.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receipt %1 goes to the printer, marked COPY.</source>
        <translation>Tšekk %1 saadeti printerisse märkega KOOPIA.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+951"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Suletud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Kassiir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Float</source>
        <translation>Vahetusraha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Oodatud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Loendatud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over / short</source>
        <translation>Ülejääk / puudujääk</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+84"/>
        <source>Print the X report</source>
        <translation>Trüki X-aruanne</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>open</source>
        <translation>avatud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, closed by %2</source>
        <translation>%1, sulges %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No shift yet: the till opens one at the first login of the day.</source>
        <translation>Vahetusi veel pole: kassa avab vahetuse päeva esimesel sisselogimisel.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print Z %1 again (copy)</source>
        <translation>Trüki Z %1 uuesti (koopia)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No receipt printer is set up in the shop&apos;s settings.</source>
        <translation>Poe seadetes pole tšekiprinterit määratud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Z report %1 goes to the printer, marked COPY.</source>
        <translation>Z-aruanne %1 läheb printerisse märkega KOOPIA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The X report goes to the printer.</source>
        <translation>X-aruanne läheb printerisse.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShopRefusalText</name>
    <message>
        <location filename="../../ui/src/shop_refusal_text.cpp" line="+21"/>
        <source>The shop&apos;s file %1 does not exist.
A demo shop is made with: kassactl demo --db %1</source>
        <translation>Poe faili %1 ei ole olemas.
Demopoe loob käsk: kassactl demo --db %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Kassa shop&apos;s file. Check the path given with --db.</source>
        <translation>%1 ei ole Kassa poe fail. Kontrolli --db abil antud teed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s file %1 is damaged. Do not delete it: restore the latest backup or call support.</source>
        <translation>Poe fail %1 on rikutud. Ära kustuta seda: taasta viimane varukoopia või võta ühendust toega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file %1 was written by a newer Kassa (version %2 of the file; this Kassa reads up to %3). Install the newer Kassa on this till.</source>
        <translation>Poe faili %1 kirjutas uuem Kassa (faili versioon %2; see Kassa loeb kuni versioonini %3). Paigalda sellesse kassasse uuem Kassa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shop&apos;s file %1 is locked by another program. Close it, or wait a moment, and start Kassa again.</source>
        <translation>Poe faili %1 hoiab lukus teine programm. Sulge see või oota hetk ja käivita Kassa uuesti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file %1 cannot be read and written by this user. Check its permissions and the disk.</source>
        <translation>See kasutaja ei saa poe faili %1 lugeda ja kirjutada. Kontrolli faili õigusi ja ketast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk of the shop&apos;s file %1 is full: the file could not be brought up to this Kassa. Free some space and start Kassa again.</source>
        <translation>Poe faili %1 ketas on täis: faili ei saanud selle Kassa jaoks uuendada. Vabasta ruumi ja käivita Kassa uuesti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>The shop&apos;s file %1 cannot be opened. Call support.</source>
        <translation>Poe faili %1 ei saa avada. Võta ühendust toega.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The shop has no loyalty rules yet. Save them with: kassactl rules save --db %1 RULES.json --by NAME</source>
        <translation>Poel pole veel püsikliendiprogrammi reegleid. Salvesta need käsuga: kassactl rules save --db %1 RULES.json --by NAME</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The shop&apos;s loyalty rules (version %1) have %n problem(s). See them all with: kassactl rules show --db %2 | kassactl rules check</source>
        <translation>
            <numerusform>Poe püsikliendiprogrammi reeglites (versioon %1) on %n viga. Kõik vead näitab käsk: kassactl rules show --db %2 | kassactl rules check</numerusform>
            <numerusform>Poe püsikliendiprogrammi reeglites (versioon %1) on %n viga. Kõik vead näitab käsk: kassactl rules show --db %2 | kassactl rules check</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The time zone %1 of the shop&apos;s loyalty rules is not known to this computer. Install the time zone data (tzdata) or correct the rules.</source>
        <translation>See arvuti ei tunne püsikliendiprogrammi reeglite ajavööndit %1. Paigalda ajavööndite andmed (tzdata) või paranda reeglid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s time zone %1 is not known to this computer. Install the time zone data (tzdata) or correct it with: kassactl settings set --db %2 time_zone=ZONE --actor NAME</source>
        <translation>See arvuti ei tunne poe ajavööndit %1. Paigalda ajavööndite andmed (tzdata) või paranda see käsuga: kassactl settings set --db %2 time_zone=ZONE --actor NAME</translation>
    </message>
</context>
<context>
    <name>kassa::ui::VatPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-405"/>
        <source>Estonia</source>
        <translation>Eesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Läti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Leedu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Soome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Saksamaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Venemaa</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+17"/>
        <source>exempt</source>
        <translation>maksuvaba</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prices include VAT. Each product is sold at its category&apos;s rate unless it has its own. A change applies to the next sales; receipts already made keep their rates.</source>
        <translation>Hinnad sisaldavad käibemaksu. Toodet müüakse tema kategooria määraga, kui tal pole oma määra. Muudatus kehtib järgmistele müükidele; juba tehtud tšekid jäävad oma määradega.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country&apos;s rates</source>
        <translation>Riigi määrad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard rate for every category</source>
        <translation>Põhimäär kõigile kategooriatele</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Tooteid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rate</source>
        <translation>Käibemaksumäär</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the rates</source>
        <translation>Salvesta määrad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One product&apos;s own rate</source>
        <translation>Ühe toote oma määr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU</source>
        <translation>Tootekood</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>24, 9 or exempt; empty: its category&apos;s rate</source>
        <translation>24, 9 või maksuvaba; tühi: kategooria määr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Määra</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 standard</source>
        <translation>%1 põhimäär</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reduced</source>
        <translation>%1 vähendatud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 zero-rated</source>
        <translation>%1 nullmäär</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no category)</source>
        <translation>(kategooriata)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type 24, 25,5 or exempt</source>
        <translation>Sisesta 24, 25,5 või maksuvaba</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Categories without a rate: %1. Their products are sold at 0% until one is set.</source>
        <translation>Kategooriaid ilma määrata: %1. Nende tooteid müüakse 0% määraga, kuni määr on seatud.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every category has the standard rate now (%1: %2). Type the reduced rate where it applies, then save.</source>
        <translation>Nüüd on kõigil kategooriatel põhimäär (%1: %2). Sisesta vähendatud määr, kus see kehtib, ja salvesta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; for %2 is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt.</source>
        <translation>„%1“ kategooriale %2 ei ole käibemaksumäär: kirjuta protsent 0 kuni 100, näiteks 24 või 25,5, või maksuvaba.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Nothing was saved.</source>
        <translation>Midagi ei salvestatud.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rates saved: %1.</source>
        <translation>Salvestatud määrasid: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the product&apos;s SKU.</source>
        <translation>Sisesta toote kood.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt; leave it empty for the category&apos;s rate.</source>
        <translation>„%1“ ei ole käibemaksumäär: kirjuta protsent 0 kuni 100, näiteks 24 või 25,5, või maksuvaba; kategooria määra jaoks jäta tühjaks.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no product with the SKU %1.</source>
        <translation>Tootekoodiga %1 toodet ei ole.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is sold at %3.</source>
        <translation>%1 (%2) müüakse määraga %3.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2) follows its category again: %3.</source>
        <translation>%1 (%2) järgib taas oma kategooria määra: %3.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WedgeFilter</name>
    <message>
        <location filename="../../ui/src/wedge_filter.cpp" line="+67"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>See on pangakaart, mitte kliendikaart. Sellest ei salvestatud midagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card could not be read: swipe it again.</source>
        <translation>Kaarti ei õnnestunud lugeda: tõmba see uuesti läbi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card carries no loyalty number.</source>
        <translation>Sellel kaardil pole kliendikaardi numbrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanner sent unreadable text: scan again.</source>
        <translation>Skanner saatis loetamatu teksti: skanni uuesti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be read.</source>
        <translation>Pilti ei õnnestunud lugeda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scanner or card reader stopped working: check its cable.</source>
        <translation>Skanner või kaardilugeja lakkas töötamast: kontrolli kaablit.</translation>
    </message>
</context>
</TS>
