/**
 * Words for a person's relation or role, after which capitalised words are a name: "mijn partner
 * Ria Prins", "De monteur, Maud Kok,", "notaris S. Brinkman", "monteur Kenneth". Lower case ASCII,
 * 3–20 letters (person-name.ts and native/pii/detectors/person_name.cc read them from here).
 *
 * Left out on purpose: words that also stand before product or company names ("driver Intel
 * Wireless", "client Microsoft Outlook", "user Google Chrome", "courier PostNL") and before job
 * titles ("Kandidaat Product Owner", "candidate Security Officer", "stagiair Marketing").
 */
export const nameRoles: readonly string[] = `
partner collega colleague monteur engineer technician manager echtgenoot echtgenote vrouw man zoon
dochter moeder vader broer zus buurman buurvrouw husband wife son daughter mother father brother sister
neighbour neighbor huisgenoot huurder verhuurder landlord tenant advocaat lawyer accountant adviseur
advisor medewerker employee klant customer eigenaar owner vriend vriendin friend
notaris notary bewindvoerder guardian curator mentor erfgenaam heir executeur executor
opsporingsambtenaar rechercheur inspecteur inspector wijkagent officer getuige witness
contactpersoon klantadviseur consulent behandelaar directeur director teamleider supervisor
bewoner bewoonster resident ondernemer zaakvoerder overledene deceased weduwe widow weduwnaar widower
oom tante uncle aunt neef nicht nephew niece cousin opa oma grandpa grandma grandfather grandmother
kleinzoon kleindochter grandson granddaughter schoonzoon schoondochter schoonmoeder schoonvader
stiefvader stiefmoeder stepfather stepmother zwager schoonzus aanvrager requester melder
reporter beller caller abonnee subscriber rekeninghouder
werknemer medewerkster receptionist secretaresse secretary boekhouder bookkeeper makelaar
huisbaas verpleegkundige nurse huisarts dokter doctor
`
  .trim()
  .split(/\s+/);
