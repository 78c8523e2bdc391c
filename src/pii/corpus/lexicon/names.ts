/**
 * Given names and surnames for the corpus, written for this project from common knowledge of Dutch
 * and English naming (no name list was copied). Dutch surnames keep their tussenvoegsel apart,
 * because how it is capitalised depends on what precedes it ("Jan van Dijk", "mevrouw Van Dijk").
 */

// biome-ignore format: a word list reads better packed
export const dutchGivenNamesMale = [
  'Jan', 'Pieter', 'Kees', 'Willem', 'Hendrik', 'Johannes', 'Gerrit', 'Dirk', 'Bram', 'Daan', 'Sem',
  'Lucas', 'Levi', 'Finn', 'Milan', 'Thijs', 'Ruben', 'Jesse', 'Stijn', 'Bas', 'Joost', 'Maarten',
  'Wouter', 'Sander', 'Jeroen', 'Erik', 'Martijn', 'Niels', 'Rik', 'Koen', 'Lars', 'Jasper', 'Arjen',
  'Gert-Jan', 'Jan-Willem', 'Mohammed', 'Youssef', 'Mehmet', 'Emre', 'Hans', 'Frank', 'Marco', 'Bart',
  'Ruud', 'Henk', 'Gijs', 'Teun', 'Siem', 'Mees', 'Olivier', 'Hidde', 'Floris', 'Tijmen', 'Wessel',
] as const;

// biome-ignore format: a word list reads better packed
export const dutchGivenNamesFemale = [
  'Anna', 'Emma', 'Julia', 'Sophie', 'Lotte', 'Sanne', 'Fleur', 'Lisa', 'Eva', 'Femke', 'Anouk',
  'Iris', 'Noor', 'Sara', 'Tess', 'Lieke', 'Marieke', 'Ingrid', 'Annemarie', 'Joke', 'Wilma', 'Els',
  'Petra', 'Monique', 'Esther', 'Linda', 'Mirjam', 'Saskia', 'Ilse', 'Charlotte', 'Maud', 'Yara',
  'Fatima', 'Elif', 'Nina', 'Anne-Marie', 'Marloes', 'Hanneke', 'Karin', 'Ria', 'Geertje', 'Jolien',
  'Merel', 'Isa', 'Zoë', 'Liv', 'Evi', 'Nienke', 'Sietske', 'Willemijn', 'Mila', 'Loes', 'Renée',
] as const;

/** Surnames written without a tussenvoegsel. */
// biome-ignore format: a word list reads better packed
export const dutchSurnamesPlain = [
  'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks',
  'Dekker', 'Brouwer', 'Dijkstra', 'Smits', 'Janssen', 'Willems', 'Kok', 'Jacobs', 'Schouten',
  'Hermans', 'Verbeek', 'Vermeulen', 'Postma', 'Kuipers', 'Veenstra', 'Koster', 'Prins', 'Huisman',
  'Peeters', 'Kramer', 'Maas', 'Wouters', 'Hoekstra', 'Timmermans', 'Groen', 'Koning', 'Blom',
  'Gerritsen', 'Kuijpers', 'Verhoeven', 'Bosman', 'Scholten', 'Yilmaz', 'Kaya', 'Öztürk', 'Bouzid',
  'Hoogeveen', 'Zwart', 'Sluiter', 'Wijnands', 'Claassen', 'Martens', 'Lammers', 'Nijhuis', 'Evers',
  'Boersma', 'Wolters', 'Hofman', 'Molenaar', 'Stam', 'Çelik', 'Pronk', 'Driessen', 'Rutten',
] as const;

/** Surnames with their tussenvoegsel, in lower case as after a given name. */
// biome-ignore format: a word list reads better packed
export const dutchSurnamesWithPrefix: readonly (readonly [string, string])[] = [
  ['de', 'Vries'], ['de', 'Jong'], ['van den', 'Berg'], ['van', 'Dijk'], ['van der', 'Meer'],
  ['de', 'Boer'], ['van', 'Leeuwen'], ['de', 'Groot'], ['van der', 'Linden'], ['van', 'Beek'],
  ['de', 'Graaf'], ['van der', 'Heijden'], ['de', 'Wit'], ['van', 'Vliet'], ['van den', 'Broek'],
  ['van der', 'Veen'], ['de', 'Bruijn'], ['van', 'Dam'], ['ter', 'Horst'], ['ten', 'Brink'],
  ["van 't", 'Hof'], ["in 't", 'Veld'], ['van', 'Wijk'], ['de', 'Haan'], ['van der', 'Wal'],
  ['van', 'Rijn'], ['van der', 'Laan'], ['de', 'Lange'], ['van', 'Loon'], ['van de', 'Kamp'],
  ['van', 'Dongen'], ['den', 'Hartog'], ['van', 'Gelder'], ['ter', 'Beek'], ['van der', 'Steen'],
  ['de', 'Ruiter'], ['van', 'Es'], ['van de', 'Ven'], ['op de', 'Weegh'], ['van', 'Houten'],
];

// biome-ignore format: a word list reads better packed
export const englishGivenNames = [
  'Oliver', 'Harry', 'George', 'Jack', 'James', 'William', 'Thomas', 'Emily', 'Olivia', 'Amelia',
  'Isla', 'Grace', 'Charlotte', 'Sophie', 'Michael', 'David', 'Sarah', 'Jennifer', 'Daniel',
  'Matthew', 'Laura', 'Rachel', 'Andrew', 'Chloe', 'Hannah', 'Jessica', 'Samuel', 'Benjamin',
  'Eleanor', 'Alice', 'Henry', 'Edward', 'Lucy', 'Megan', 'Ryan', 'Connor', 'Aisha', 'Priya',
] as const;

// biome-ignore format: a word list reads better packed
export const englishSurnames = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson',
  'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson',
  'Clarke', 'Murphy', "O'Brien", 'Hughes', 'Edwards', 'Price', 'Bennett', 'Fletcher', 'Harrison',
  'Patel', 'Khan', 'Campbell', 'Stewart', 'MacDonald', 'Kelly', 'Turner', 'Parker', 'Collins',
] as const;
