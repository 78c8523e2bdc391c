import { describe, expect, it } from 'vitest';
import { generateBlindCorpus } from '../src/pii/corpus/blind/generate.js';
import { generateBlind2Corpus } from '../src/pii/corpus/blind2/generate.js';
import { generateCorpus } from '../src/pii/corpus/generate.js';
import { generateHeldoutCorpus } from '../src/pii/corpus/heldout/generate.js';
import { cueEntries } from '../src/pii/cue-index.js';
import { allDetectors } from '../src/pii/detectors/all.js';
import type { PiiFinding } from '../src/pii/finding.js';
import { loadNativeAddon, scanEngine, unpackFindings } from '../src/pii/native/engine.js';
import { type ScanOptions, scanTextInJs, scanTextWith } from '../src/pii/scan.js';
import { resolveContextWords, ScanContext } from '../src/pii/scan-context.js';
import { parseHeader, type TableHeader } from '../src/pii/table-header.js';

/**
 * The native scanner (native/pii, built by `npm install`) must find exactly what the JavaScript
 * detectors find: same findings, order and scores, detector by detector and for scanText as a
 * whole, over both corpora and variants of them (case, line endings, joined lines, accents) that
 * move the same values into other surroundings. Like the database tests, it is skipped visibly
 * where the addon is not built, and an error under GRONDSLAG_REQUIRE_SERVICES=1 (CI builds it).
 */
const addon = loadNativeAddon();
const required =
  process.env.GRONDSLAG_REQUIRE_SERVICES === '1' || process.env.GRONDSLAG_PII_ENGINE === 'native';
if (!addon && required)
  throw new Error('the native PII scanner is required but not built: run npm run build:native');

function variants(text: string): string[] {
  return [
    text,
    text.toUpperCase(),
    text.toLowerCase(),
    text.replace(/\n/g, '\r\n'),
    text.replace(/\n/g, ' '),
    text.replace(/ /g, '  '),
    text.replace(/e/g, 'é').replace(/a/g, 'ä'),
    text.slice(text.indexOf('\n') + 1),
  ];
}

function texts(): string[] {
  const out: string[] = [];
  for (const seed of [1, 2]) {
    for (const doc of generateCorpus({ seed, bytes: 150_000 }).documents) out.push(...variants(doc.text));
  }
  for (const doc of generateHeldoutCorpus({ seed: 1, bytes: 150_000 }).documents)
    out.push(...variants(doc.text));
  // The blind corpus: JSON and XML payloads, split-address exports, chat logs.
  for (const doc of generateBlindCorpus({ seed: 1, bytes: 150_000 }).documents)
    out.push(...variants(doc.text));
  // The second blind corpus: vCards, LDIF, chat exports, DHCP and RADIUS logs, dumps without columns.
  for (const doc of generateBlind2Corpus({ seed: 1, bytes: 150_000 }).documents)
    out.push(...variants(doc.text));
  out.push('', 'a', '1', '\n', 'naam;bsn\n', 'Ünïcödé;Naam;BSN\nJan;Jansen;111222333', 'x'.repeat(3000));
  // Organisation contact points, and the edges of their rules (organisation-contacts.ts).
  out.push(
    'Vragen? Bel <a href="tel:+31887654300">088 765 4300</a> of mail INFO+x@acme.nl, jan@x.nl',
    'Bel ons op 020-5551234 of mij op 06-12345678. Je kunt ons ook wel bellen op 088 765 4300.',
    'Questions?Call 0800 0612; questions?  call 0800-0612 < 06-12345678',
    'Polderlink B.V. · Postbus 19044 · 3501 DA Utrecht\nCreditor address: Europalaan 420, 3526 KS',
    'KvK 1234. Per 1 mei woon ik op Beukenlaan 46, 7429 SB; btw NL1B01 | IBAN NL87 INGB 0007 7889 12',
    'naar NL87 INGB 0007 7889 12 t.n.v. Acme B.V., naar NL91 ABNA 0417 1643 00 tnv J. de Vries! B.V.',
    'Ωmega Ltd\u2014 Kerkstraat 1, 1234 AB; Ünïcödé NV Kerkstraat 2, 1234 AC; 39 bv 1360 TT',
    `${'Acme B.V. '.repeat(30)}Kerkstraat 1, 1234 AB ${'x'.repeat(100)} 1234 AC`,
  );
  // Attendance lines (labelled-name.ts listedNames) and repeated names (repeated-names.ts).
  out.push(
    "Aanwezig: Elke Van Damme, R. van den Hoek, Mohammed Ouali; gast: Fatima Ben Haddou (Stichting Noord)\r\nAfwezig m.k.: Hennie\n1. Elke zit voor. Klant Ouali belt. OualiX Ouali's",
    "  Present: Jan Jansen and Piet de Vries & A.B. Smit en  (open, Attendees: x\nApologies:\nabsent: Mees (ziek\nInvited: Ömer Şahin; Anna-Lena van 't Hof",
    `Aanwezig: ${'Jan de Boer, '.repeat(60)}\nJan. Boer! Mark Rutte and Mark the box; De heer Mark.`,
  );
  // Split addresses: headerless rows with additions, and street lines of a form.
  out.push(
    '59470828|Teun|ten|Cate|Schepperij|84|hs|8601LN|Sneek\n955343835|Wulan||Matulessy|Hunzeweg|102|2|8047EV|Zwolle\n98919411|Agnieszka||Pawłowska|Stationsweg|181B|zw|9930ZS|Delfzijl\n1|Geartsje||Tolsma|Kanaalweg Oost|112||8802BS|Franeker',
    'Nieuw adres\n  Straat: Molenerf\n  Huisnummer: 204b\n  Toevoeging: 1\nStreet: see above\nStraatnaam: Kanaalweg Oost 12\nstreet name: Spui',
  );
  // Self-introductions in transcripts (labelled-name.ts holderNames, spoken).
  out.push(
    '"goeiemorgen eh ja dit is wessel van wijngaarden van hoofdweg 152\n"hi yeah this is lukas müller um calling; this is mark from x; this is really bad; it\'s Anna Jansen; u spreekt met J. de Boer',
    "INSERT INTO c VALUES (1, 'Floor', '''t', 'Hart', 'a');\nINSERT INTO c VALUES (2, 'Floor', 'in ''t', 'Veld', 'b');\nINSERT INTO c VALUES (3, 'Gülşen', NULL, 'Koç', 'c');\nINSERT INTO c VALUES (4, 'Jan', '''', 'Koç', 'c');",
  );
  // Roles, ticket fields and weak candidates holding a repeated name (person-name.ts, repeated-names.ts).
  out.push(
    'Morgen komt monteur Kenneth langs; notaris S. Brinkman tekent; Kandidaat Product Owner; driver Intel Wireless\nRequester: Vikram Chatterjee <v@x.in>\nOpsporingsambtenaar: C. Eersel, Politie; consument:  Ayla Doğan',
    'Dear Mr Yıldırım,\n\nsent to M. Yıldırım, Ł.W. Yıldırım and jan@Yıldırım.nl; J. van Yıldırım; Comment by Femke; met Fatima; by Will',
  );
  // Additions and streets without a street word (postal-address.ts).
  out.push(
    "Stationsweg 209hs; Molenerf 120B rd; Noorderstraat 235c-rd; Rode Weeshuisstraat 189II; De Wieken 176Azw, 9713KJ; 'Noorderstraat 162 2', 'x'; Kerkstraat 12 3 keer; Hoofdweg 8 12th; Tjalk 7b-IIIx; Tjalk 7b zwart; Tjalk 7Ab",
    'Philippa\nZuiderdiep 50, 2570 tp Den Haag; Zuiderdiep 51\r\n2570 tp; wonende De Wieken 145 te Utrecht. Versie 12, 2019 en. Vorig adres: (tot February 6, 2024). Sinds 15-09-2023; Windows 10, 1500 ms',
  );
  // Equipment words against coordinates (geo-coordinates.ts, cue kind equipment).
  out.push(
    'fault in 6102, cabinet at 50.85199, 6.04611 is down\nStreet cabinet: MWL-RMD-31667 @ 51.09215, 5.70419\nGPS-locatie kast: 52.396204, 4.740286\nlocatie toestel (zendmast-schatting): 53.12671, 6.99383\nmast €12,50: 52.1234, 4.5678',
  );
  // Chat speakers who speak twice, roles before "is", mailed, signing dashes (person-name.ts); a dash after a holder's name.
  out.push(
    '[20:52] Fiifi: look\n[21:00] Lieke: ok\n[21:30] Fiifi: thanks\n[22:00] Related: 584000583\n07:18 Chloe: x\n07:19 Chloe: y\nxFiifi: z\nYour engineer is Wout. Uw monteur is Marloes. mailed Sophie; van VH-583-T — Yvonne; on behalf of Zeynep Kaya - not; namens Jan Jansen — geen',
  );
  // Streets headed by a preposition, colour additions (postal-address.ts).
  out.push(
    'I live at In de Kamp 196 and; Op de Berg 12, 6211 AB; In de Kerkstraat 12 woont; Wilhelminasingel 227 zwart; 8 Beneden; Aan het Water 3, 1234 AB; Tussen de Bruggen 4 rood',
  );
  // Neighbours' national numbers after a cue (phone.ts), a BSN label across a remark (bsn.ts).
  out.push(
    'Wij sturen een sms naar 0479 31 87 90. bereikbaar op 07479 840122. tel: 030 1234 5678; Order 0479 31 87 90. tel C/03/305826; tel 2202d6ab-0444-4792-8101; tel 14:05  2999630250; SIM: 8931 6266 0864 7648 395; tel (0479) 31 87 90',
    'BSN (stond op het ID, klant schreef het zelf over): 111222333\nOrdernummer (zie factuur): 111222333\nBSN (a) (b): 111222333\nBSN (x\ny): 111222333',
  );
  // Postcodes in the cells after an address, Dutch ones in lower case (postcodes-after-addresses.ts).
  out.push(
    "INSERT INTO k VALUES ('Hoogstraat 68','6005 lp','Weert'), ('Bahnhofstraße 9','52511','Geilenkirchen');\nK-1;Ann;Mertens;Kerkplein;176;;3630;Maasmechelen\nCRM: 3 / Gewandeweg 101 / 3536 vp\nKerkstraat 12;;;;;;;;3630;X; Kerkstraat 14 | 0630 | Gent; Kerkstraat 15 1234 abc; Kerkstraat 16, 1234 é",
  );
  // Names in capitals after a label (person-name.ts); the holder key of payment logs (column-values.ts).
  out.push(
    'Klant: TINE WOUTERS\nSubscriber: NIKHIL SHARMA, born 1962-03-08\nKlant:  "GERDA VAN DER MEER"\nStatus: OPEN TICKET\nKlant: ACME HOLDING\nKlant: WOUTERS\nKlant: TINE WOUTERS belt\nNaam: ŞÜKRÜ YILMAZ|x\nName: O\'BRIEN-VAN DAM JAN;\n{"iban":"NL81ASNB0557703823","holder":"OKSANA SAVCHUK"} Klant: Jan Jansen, Naam: X',
  );
  // Agents in access logs and after cues (user-agent.ts); postcodes after a country's letters.
  out.push(
    '84.240.25.50 - - [02/Jul/2025] "GET /mijn HTTP/1.1" 401 36087 "-" "okhttp/4.9.3"\n1.2.3.4 - - [x] "GET / HTTP/2.0" 200 2998 "https://m.nl/" "MijnApp/4.5.1 CFNetwork/1494.0.7 Darwin/23.4.0"\n"GET / HTTP/2" 200 - "-" "-"\n"x HTTP/1.1" 20 5 "-" "a/1"\n"HTTP/1.0" 200 1 "r" "App/x App/2 (iPhone; iOS 17)"\n{"ua":"MijnApp/2.5.3 CFNetwork/1 Darwin/2","v":"App/1.0"} ua=Tool/ ua=T/1.2/3',
    'Adres: Am Markt 66, D-41180 Mönchengladbach; Kerkstraat 12, B-3500 Hasselt; Hauptstraße 3, DE-52062 Aachen; Kerkstraat 1, L-1234 Xy; Kerkstraat 2, LE-1234 Xy',
  );
  // Health-check probes in access logs (organisation-contacts.ts).
  out.push(
    '185.104.89.20 - - [11/Sep] "GET /healthz HTTP/1.1" 200 2 "-" "-"\n185.104.89.21 - - [x] "HEAD /status?full=1 HTTP/1.1" 200\n188.233.206.52 - - [x] "GET /healthz-report.pdf HTTP/2.0" 200\n10.0.0.9 "get /ping"\n10.0.0.8 - "GETTINGLONGMETHOD /ping x"',
  );
  // Proxies and mail servers (organisation-contacts.ts), organisations as senders (display-names.ts).
  out.push(
    '185.104.88.201 - - [05/Oct/2025:19:33:01 +0200] "GET / HTTP/1.1" 200 512 "-" "curl/8" xff="87.197.51.181"\n185.104.88.202 - - x X-Forwarded-For: 2a01:1::5\n10.0.0.1 axff="1.2.3.4" xff=abc\n<m@hotmial.com>: host mx.hotmial.com[213.75.95.218] said; user[10.1.2.3]; a.b[10.1.2.4]',
    'From: Mergelweb Planning <planning@mergelweb.nl>\nFrom: Mergelweb Technical Support <klantenservice@mergelweb.nl>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.mergelweb.nl>\nTo: Kees Akkerboom <kees@akkerboom.nl>\nCc: Anouk Zwanenburg <anouk.z@ziggo.nl>; Zorg Noord <@x>\nDear Data Protection Officer,',
  );
  // Namesakes' initials, sides of canals, German streets, indented postcode lines (postal-address.ts).
  out.push(
    'Klopt het adres Dr. A.F. Philipsweg 52B 2, 6541 TN nog? Vaart ZZ 230B, 3042 tp; J. P. Coenstraat 4; Wilhelminakade 82c A 7902 CH; Kerkpad NZ 1\n9101 AB',
    'Bezorgen op:\n\n  Turfschip 155III\n  3515RJ Utrecht\n\t\tTjalk 7\r\n\t 9101 bt\nof Hauptstraße 51a, Emden; Ubbo-Emmius-Straße 32; Zuiderdiep 191; STRASSE 4; Straße 5\n[21:52] Aansluitadres Zuiderdiep 43 (1881MT); lees NZ 12 keer; x NZ 12; A.F. Jansen 12 keer; Dr. A. B. Kerkweg 3; 12 Kerkweg 108B 1; Kerkweg 108B 12345',
  );
  // Keys of configuration files and directory entries (person-name.ts).
  out.push(
    '[contact.noc]\nname = Jannik Ostendorf\nname  = Anna Smit\n name =Piet Jansen\ndn: cn=Wiebke Weißenborn,ou=finance\ncn: Jürgen Ahlers\nversion = Debian Bookworm\nacn: Sales Team',
  );
  // A particle column empty in every row of a dump (table-inference.ts).
  out.push(
    "INSERT INTO c VALUES (1, 'Florian', NULL, 'Krämer', 'x');\nINSERT INTO c VALUES (2, 'Yusuf', NULL, 'Yılmaz', 'y');\nINSERT INTO c VALUES (3, 'Derk', NULL, 'Lubbers', NULL);\nINSERT INTO c VALUES (4, 'Hendrik', NULL, NULL, 'z');",
  );
  // Display names spelled by their address (display-names.ts).
  out.push(
    'From: "callum blackwood" <callumblackwood62@ziggo.nl>\nCc: "Oosting, Derk" <derk.oosting@t-online.de>, Divya Krishnamurthy <divya.k@example.in>; "Şükrü Yılmaz" <sukru.yilmaz@x.com>\nCc: "support desk" <support@example.nl>, "Polderlink Noord" <polderlink.noord@polderlink.nl>; "acme b.v." <acme.orders@shop.nl>; "jan 2 jansen" <jan.jansen@x.nl>; "a, b, c" <abc@x.nl>; "bart-jan o\'neill" <bj.oneill@x.ie>; "Anna <anna@x.nl> "" <x@y.nl> (Lisa) <lisa@z.nl>',
  );
  // Postcodes after addresses (postcodes-after-addresses.ts).
  out.push(
    'Koningin Astridlaan 52 bus 8, 3509 Hasselt; Grote Markt 32/20,2300 Turnhout\r\n  Turnhoutsebaan 140\n  3500 HASSELT\nAm Alten Hafen 47, 52062 Aachen; Kerkstraat 12, 0123 Gent; Kerkstraat 12, 2024 klanten; Kerkstraat 1\n\n1234 Gent; Spui 1, 1234 A',
  );
  // Device host names (labelled-name.ts deviceNames).
  out.push(
    'client-hostname "Galaxy-Reshma";\nhost iPhone-Joost.lan MacBook-Pro "Galaxy-Note" x-Galaxy-Mirte Galaxy-De pc-Anna-2 GALAXY-Anna\'s PIXEL-Ömer',
    'client-hostname "iPhone-van-Roelie";\nMalgorzatas-MBP; MacBook-Pro-van-Jan-Willem x-van-Der y-van-jan Hofman-van Dijk Thomass-Server los-pc -van-X ÇelikS-iPad Ans-PC2 Ans-pc',
  );
  // Footers, PO boxes and the organisation's own systems (organisation-contacts.ts).
  out.push(
    'Eemsvezel · Handelskade 41 · 9934 AR Delfzijl · KvK 71829304\nPostbus 2210\n9930 AE Delfzijl\n  Postbus 1\n 1234 AB\nPostbus\n1234 AC',
    'Kerkstraat 12, 1234 AB Utrecht. KvK 1; Spui 1 kvkx; Spui 2, 1234 AD \u2014 btw\nNAS-IP-Address = 193.93.172.17\nFramed-IP-Address = 84.1.2.3',
    'kom ik binnen via 88.193.109.82; (host) via 1.2.3.4; aa-bb-cc-dd-ee-ff via 2.3.4.5; a:b via 3.4.5.6\nt.n.v. Renée Koning? tnv Jan Jansen!',
    'kom ik binnen via 88.193.109.82; (host) via 1.2.3.4; aa-bb-cc-dd-ee-ff via 2.3.4.5; a:b via 3.4.5.6\nt.n.v. Renée Koning? tnv Jan Jansen!',
    'DHCPACK on 109.90.251.26 to 3C:A6:2F:69:65:AF via 185.57.10.57\nby mx2.ex.nl (185.57.8.4) resolvers: [1.2.3.4, 5.6.7.8, 9.9.9.9, 8.8.8.8, 7.7.7.7] byx.nl (1.1.1.1) Server=2a0e:8b40:2::98',
  );
  // Loose licence plates and comma cells (licence-plate.ts loosePlateStart, number-boundary.ts).
  out.push(
    'datum,naam,kenteken,mobiel,bsn\n1-2-2023,Jan,2 VBX 62,0651403922,111222333\n1-2-2023,Bo,17-fxb-6,31612345678,',
    'kenteken 12 34 BD, kenteken GB 12 34, auto P 74 PHV; auto 5-mrt-24 1 KM 500 ab-12-c auto',
    'kenteken 9 HG 260,FT DF 50 x-465-gx xbv-23-f, licence plate: 17-FXB-6-',
  );
  // Names after holder cues (labelled-name.ts holderNames), with a label match before them.
  out.push(
    'Naam: JAN DE VRIES\nzoon belt namens klant: tim hoogendoorn, tel; tnv r. benali. acct holder m. liu\nNAAM: PIET',
    "in the name of Bronwen O'Donnell.\nnamens Anna Maria van der Berg-Jansen, tnv Acme BV. t.n.v. \u212Alant x.",
    'namens iedereen bedankt. tnv de klant. namens Jan. on behalf of The Company. namens Jan en Piet. tnv Şahin Öz;',
  );
  // Exports without a header row (table-inference.ts): columns named from their values.
  out.push(
    '47441811;"Wilma";;Roelofs;Kerkstraat;12;;4336 PG\n2;Remco;van;"Ommen";Dorpssingel;34;3e verd.;1788 XK\n3;Yusuf;;Koç;Damrak;27;;3841 CG\r\n4;Kim;;Lemmens;Spui;2;H;9729 pn',
    'x1,A.M.G.,Jansen,1\nx2,S.,De Vries,2\nx3,J.A.,Bakker,3\n\nx4,P.,Visser,4\n1|Sharon Jagessar|a|b\n2|Emre Şahin|a|b',
    '1|Sharon Jagessar|a|b\n2|Emre Şahin|a|b\n3|Wybren Dekker|"a|b"|c\n4|Jan|x',
    '1;Harmke;;Bolhuis;Middenstraat 213;2003-02-27\n2;Jelle;de;Boer;Hoofdweg 101-II;13-09-1993\n3;Ute;;Bühler;Oude Ebbingestraat 139;1962-01-16',
  );
  // vCards, LDIF and chat exports (keyed-values.ts vcardValues).
  out.push(
    'BEGIN:VCARD\r\nN:El Amrani;Bilal;Jan;;\r\nFN:Bilal El Amrani\r\nADR;TYPE=WORK:;;Wilhelminakade 160-II;Lelystad\r\nADR:;x\r\nN:\r\nFN;CHARSET=UTF-8:Ayşe Demir\nBDAY:1992-07-10\nEND:VCARD',
    'N:El Amrani;Bilal;;;\nADR:;;Wilhelminakade 160-II;Lelystad\ngivenName: Wojciech\nsn: Sobczak\nSN: ZTEGE19FA78B',
    '{"user_profile": {"real_name": "Sri Nanlohy", "display_name": "Sri N."}}, {"display_name": "sri"}, {"display_name": "jan-willem"}, {"display_name": "team42"}, {"displayName": "a."}',
    'Deceased: Ewelina Sobczak\nOverledene: Jan de Boer\nsn: Sobczak',
  );
  // SQL dumps without a column list (sql-dump-values.ts inferredReaders).
  out.push(
    [
      "INSERT INTO c VALUES (1, 'K631', 'Harmke', NULL, 'Bolhuis', 'Middenstraat 213', '2003-02-27', 'a');",
      "INSERT INTO o VALUES (1, 'x', 'y', 'z');",
      "INSERT INTO c VALUES (2, '3127', 'Jelle', 'de', 'Boer', 'Hoofdweg 101-II', '1993-09-13', 'b'),(3, 'K8', 'Tsjalling', NULL, 'Wiersma', 'Tjalk 151 zw', '1988-06-17', 'a'),",
      "(4, 'K9', 'Ute', NULL, 'Bühler', 'Oude Ebbingestraat 139', '1962-01-16', 'a'), (5, 'K1', 'Jan (x)', NULL, 'Visser', 'Spui 1', '1970-01-01');",
      "INSERT INTO c VALUES (6, 'K2', 'Ab', 'van der', 'Berg', 'Kerkstraat 3', '1980-02-02', 'a');",
      "INSERT INTO d VALUES (1, 'Unterminated",
    ].join('\n'),
  );
  return out;
}

/** Rows of a text whose first line is a header, each with that header passed (the stream scanner's way). */
function rowsWithHeader(all: string[]): { row: string; header: TableHeader }[] {
  const out: { row: string; header: TableHeader }[] = [];
  for (const text of all) {
    const nl = text.indexOf('\n');
    const header = nl > 0 ? parseHeader(text.slice(0, nl)) : undefined;
    if (!header) continue;
    for (const row of text.slice(nl + 1).split('\n')) out.push({ row, header });
  }
  return out;
}

const tuple = (f: PiiFinding) => `${f.type} ${f.start}-${f.end} ${f.score} ${f.detector}`;

function firstDifference(
  cases: { text: string; header?: TableHeader }[],
  js: (text: string, header?: TableHeader) => PiiFinding[],
  native: (text: string, header?: TableHeader) => PiiFinding[],
): string | undefined {
  for (const { text, header } of cases) {
    const a = js(text, header).map(tuple);
    const b = native(text, header).map(tuple);
    if (a.join('\n') !== b.join('\n')) {
      const missing = a.filter((x) => !b.includes(x));
      const extra = b.filter((x) => !a.includes(x));
      return `text ${JSON.stringify(text.slice(0, 600))}${header ? ` (header ${header.cells.join('|')})` : ''}\nonly JS: ${missing.join('; ') || '-'}\nonly native: ${extra.join('; ') || '-'}\n(same findings in another order when both are empty)`;
    }
  }
  return undefined;
}

describe.skipIf(!addon)('native PII scanner gives the JavaScript engine’s findings', () => {
  const all = texts();
  const cases = [
    ...all.map((text) => ({ text })),
    ...rowsWithHeader(all).map(({ row, header }) => ({ text: row, header })),
  ];
  const available = addon?.available() ?? [];
  const words = resolveContextWords();
  const matcher = addon ? addon.matcher(cueEntries(words)) : {};
  const headers = new WeakMap<TableHeader, object>();
  const headerHandle = (h?: TableHeader) => {
    if (!h || !addon) return null;
    let handle = headers.get(h);
    if (!handle) {
      handle = addon.header(h.delimiter, h.cells);
      headers.set(h, handle);
    }
    return handle;
  };

  it.each(allDetectors.map((d, index) => ({ name: d.name, index })))('detector $name', ({ name, index }) => {
    expect(available[index], `native detector ${name} is not compiled in`).toBe(true);
    const detector = allDetectors[index]!;
    const diff = firstDifference(
      cases,
      (text, header) => detector.find(text, new ScanContext(text, words, header)),
      (text, header) => unpackFindings(addon!, addon!.detect(index, text, matcher, headerHandle(header))),
    );
    expect(diff).toBeUndefined();
  });

  const optionSets: [string, ScanOptions][] = [
    ['default options', {}],
    ['minScore 0', { minScore: 0 }],
    ['English context words only', { languages: ['en'] }],
    ['some types', { types: ['bsn', 'phone', 'person_name', 'postal_address'] }],
    ['a replaced BSN context list', { context: { nl: { bsn: ['sofi'] } }, minScore: 0.3 }],
    ['organisation contacts reported', { organisationContacts: 'report' }],
  ];
  it.each(optionSets)('scanText with %s', (_label, options) => {
    expect(scanEngine(), 'scanText runs on the native scanner when every detector is compiled in').toEqual({
      engine: 'native',
    });
    const diff = firstDifference(
      cases,
      (text, header) => scanTextInJs(text, options, header),
      (text, header) => scanTextWith(text, options, header),
    );
    expect(diff).toBeUndefined();
  });
});
