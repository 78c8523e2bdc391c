/**
 * The words that point at a name in the person-name detector (src/pii/detectors/person-name.ts),
 * in one place for both engines: `src/pii/native/tables.ts` hands them to the native scanner
 * (native/pii/detectors/person_name.cc) when it loads.
 */

/** Field labels right before a name: "Naam: Wessel Akkerman", "From: …". */
export const nameLabels: readonly string[] = [
  'naam:',
  'name:',
  'klant:',
  'contactpersoon:',
  'aanvrager:',
  'betrokkene:',
  'customer:',
  'contact:',
  'van:',
  'from:',
  'aan:',
  'to:',
  'patient:',
  'patiënt:',
  'attn:',
  'cc:',
  'behandelaar:',
  'analyst:',
  'ondertekenaar:',
  'signatory:',
  'signature:',
  'cardholder:',
  'rekeninghouder:',
  'account holder:',
  // Ticket and case fields.
  'requester:',
  'assignee:',
  'reporter:',
  'melder:',
  'assigned to:',
  'toegewezen aan:',
  'reported by:',
  'submitted by:',
  'ingediend door:',
  'caller:',
  'beller:',
  // Parties of a dispute, a demand, an estate or a guardianship.
  'consumer:',
  'consument:',
  'officer:',
  'opsporingsambtenaar:',
  'heir:',
  'erfgenaam:',
  'notary:',
  'notaris:',
  'bewindvoerder:',
  'guardian:',
  'executor:',
  'executeur:',
  'tenant:',
  'huurder:',
  'employee:',
  'werknemer:',
  // A directory entry's common name (LDIF): "cn: Wiebke Weißenborn".
  'cn:',
  'subscriber:',
  'abonnee:',
];

/** Keys of key=value records whose value is a person: `holder="T. Hoekstra"`, `name = Wahyu Setiawan`, `cn=Jürgen Ahlers`. */
export const nameKeyLabels: readonly string[] = [
  'holder',
  'name',
  'naam',
  'customer',
  'klant',
  'contact',
  'agent',
  'cn',
];

/**
 * Who handled or was spoken to: "Behandeld door Mirjam", "Spoke to G. Whitfield", "t.n.v. I. Tjon";
 * the agent of a call note ("medew. Sophie T.", "agent Gerrit O."), a name someone goes by
 * ("roepnaam Rachid") and a greeting on the same line ("groet Petra").
 */
export const agentPhrases: readonly string[] = [
  'behandeld door',
  'handled by',
  'gesproken met',
  'spoke to',
  'spoke with',
  't.n.v.',
  'ten name van',
  'op naam van',
  'in the name of',
  'medew.',
  'medewerker',
  'agent',
  'roepnaam',
  'goes by',
  'groet',
  'groeten',
  'gr',
  'gr.',
  'cheers',
  'cc',
  // Who wrote or was given a note, a comment or a ticket.
  'note',
  'notitie',
  'comment by',
  'reactie van',
  'reported by',
  'gemeld door',
  'submitted by',
  'ingediend door',
  'assigned to',
  'toegewezen aan',
  'written by',
  'geschreven door',
  'opgesteld door',
  'door',
  'by',
  // "Goedemorgen, met Fatima": how a caller or an agent gives their name on the phone.
  'met',
  // "ok, mailed Sophie at …": whom an agent wrote to or called.
  'mailed',
  'emailed',
  'texted',
  'called',
];
