/**
 * The closed word classes around personal names: salutations, tussenvoegsels and the capitalised
 * words that start sentences or address groups and so must never be read as a name.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Titles before a name ("Dhr. Jansen", "Mr Smith"): whatever capitalised words follow are a name. */
export const titles = set(`
Dhr Mevr Mw Mr Mrs Ms Miss Dr Drs Ir Ing Prof Heer Mevrouw Meneer Juffrouw Sir Lady Mx
dhr mevr mw mr mrs ms dr drs ir ing prof heer mevrouw meneer juffrouw
`);

/** Greetings before a name ("Beste Sanne", "Dear John"): weaker than a title, the name may be absent. */
export const greetings = set(
  'Dear Beste Geachte Hallo Hoi Hi Hello Hey Lieve Goedemorgen Goedemiddag Goedenavond Dag',
);

/**
 * Tussenvoegsels, lower case as written after a given name or initials ("Jan van der Berg"); the
 * surname after them is capitalised. Also the particles of French, German, Arabic and Portuguese
 * names common in the Netherlands.
 */
export const particles = set(
  `van de der den het 't ’t ten ter te in op aan uit onder bij over voor von zu la le du da di del della des dos el al d' l'`,
);

/** Particles that may open a surname written without given name ("De Vries", "Van der Berg"). */
export const leadingParticles = set(`De Van Den Der Ter Ten Te Het 'T 'T Op In Von La Le Du Da Di Del El Al`);

/**
 * Capitalised words that are not names: sentence openers, pronouns, days and months, the
 * collective nouns of salutations ("Beste klant", "Dear Customer", "Hallo allemaal"), and the
 * institutions, departments and job titles that sign mail and fill From: lines ("Politie eenheid
 * Limburg", "Technical Support", "Dear Data Protection Officer", "Mail Delivery System").
 */
export const notNames = set(`
De Het Een En Of Maar Want Dus Als Dan Toen Omdat Dat Die Dit Deze Wat Wie Waar Wanneer Hoe Waarom Ik Jij
Je U Hij Zij Ze Wij We Jullie Hun Hen Mijn Jouw Uw Zijn Haar Ons Onze Hier Daar Er Niet Geen Wel Ook Nog Al
Alle Alleen Met Van Voor Na Naar Op In Aan Bij Uit Over Onder Tot Door Tegen Zonder Om Te Per Via Is Was
Heeft Had Wordt Werd Kan Kunt Kon Moet Mag Wil Zal Zou Graag Dank Bedankt Hartelijk Vriendelijke Groet
Groeten Hallo Hoi Beste Geachte Lieve Klant Klanten Collega Collega's Team Afdeling Support Helpdesk
Service Klantenservice Gemeente Bank Ja Nee Oké Ok Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag
Zondag Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December Heer
Mevrouw Meneer Heren Dames Allemaal Iedereen Lezer Relatie Gebruiker Abonnee Bewoner Bewoners Ouders
Vrienden Beheerder Medewerker Hierbij Namens Betreft Onderwerp Datum Bijlage Adres Telefoon Factuur
Bestelling Order Ticket Vraag Antwoord Opmerking Graag Alvast Tot Morgen Vandaag Gisteren Groetjes
The A An And Or But So If Then When While Because That This These Those What Who Where Why How I You He
She It They Me Him Her Us Them My Your His Its Our Their Here There Not No Yes All Only With From For To
Of On At By About Into Under After Before Are Were Be Been Has Have Do Does Did Can Could Would Should
Might Must Please Thanks Thank Kind Best Regards Dear Hi Hello Hey Customer Customers Support
Department Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March May June
August July October
Sir Madam Everyone Everybody Friends Colleagues Members Member User Users Admin Team Subject Date
Attachment Address Phone Invoice Order Question Answer Note Today Tomorrow Yesterday Cheers Sincerely
Yours Welcome Congratulations Sorry Also Just Still Now New Old Our Mr Mrs Ms Dr Dhr Mevr Street Road
Amsterdam Rotterdam Utrecht Den Haag Eindhoven Groningen Nederland Netherlands Holland Europe Google
Microsoft Apple Windows Android Linux Chrome Firefox Safari Mozilla Edge iPhone KvK BSN IBAN CloudAware
Politie Police Rechtbank Court Gerechtshof Kantongerecht Belastingdienst Deurwaarder Gerechtsdeurwaarder
Incassobureau Notariskantoor Advocatenkantoor Functionaris Gegevensbescherming Data Protection Privacy
Officer Manager Director Office Technical Technische Billing Facturatie Planning Installatie Hosting
Sales Marketing Finance Legal Compliance Security Services Delivery System Mail Mailer Postmaster
Administrator Coordinator Specialist Consultant Undelivered Returned Gemachtigde Nabestaande Overleden
Related
`);
