/**
 * Names by background, chosen to reach past the most common Dutch and English lists a detector is
 * likely to know: Frisian and Gronings, Surinamese-Hindustani and Creole, Antillean, Turkish,
 * Moroccan, Polish, Indonesian and Moluccan, Flemish, German, British and Indian names, next to
 * Dutch names with tussenvoegsels. A surname's tussenvoegsel is kept apart (`prefix`), because
 * Dutch writing capitalises it only when no given name or initial stands before it.
 */
export type Origin =
  | 'dutch'
  | 'frisian'
  | 'surinamese'
  | 'antillean'
  | 'turkish'
  | 'moroccan'
  | 'polish'
  | 'indonesian'
  | 'flemish'
  | 'german'
  | 'british'
  | 'indian';

export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  /** "prefix|surname" or a plain surname. */
  surnames: readonly string[];
}

// biome-ignore format: word lists read better packed
export const namePools: Record<Origin, NamePool> = {
  dutch: {
    male: ['Teun', 'Gijs', 'Wessel', 'Hidde', 'Rutger', 'Joost', 'Gerrit', 'Hennie', 'Harm', 'Bart-Jan', 'Koen', 'Menno', 'Ubbo', 'Eppo', 'Derk', 'Jelle', 'Stijn', 'Mees'],
    female: ['Femke', 'Marit', 'Floor', 'Lotte', 'Berber', 'Aaltje', 'Harmke', 'Fenna', 'Jantine', 'Willemijn', 'Geesje', 'Roelie', 'Anne-Marie', 'Ilse', 'Noor', 'Trijntje'],
    surnames: ["van 't|Hof", "in 't|Veld", 'van der|Zwaag', 'ter|Borg', 'ten|Cate', 'op den|Kamp', 'van de|Kamp', 'de|Haan', 'van|Dijk', 'van den|Hoek', 'de|Boer', 'Verhoeven', 'Bolhuis', 'Huizinga', 'Oosting', 'Kuipers', 'Bosscher', 'Stoffers', 'Hamminga', 'Lubbers', 'Nijboer', 'Mulder', 'Brinkman', 'Eilers', 'Tammeling', 'van|Wijngaarden', "'t|Hart", 'van der|Meulen'],
  },
  frisian: {
    male: ['Sjoerd', 'Wytze', 'Hylke', 'Tsjalling', 'Jelmer', 'Auke', 'Douwe', 'Sybren', 'Oebele', 'Wiebe', 'Jouke', 'Bauke'],
    female: ['Tjitske', 'Geartsje', 'Jildou', 'Sjoukje', 'Froukje', 'Atsje', 'Wietske', 'Baukje', 'Hiltsje', 'Ymkje'],
    surnames: ['Wiersma', 'Hiemstra', 'Terpstra', 'Bergsma', 'Zijlstra', 'Postma', 'Talsma', 'Sikkema', 'Feenstra', 'Jongsma', 'Okkema', 'Nijdam', 'Hoekstra', 'Dykstra', 'Visser', 'Rypma', 'Tolsma', 'van der|Ploeg'],
  },
  surinamese: {
    male: ['Ravi', 'Anand', 'Rishi', 'Sunil', 'Dinesh', 'Clyde', 'Romeo', 'Errol', 'Kenneth', 'Wensley'],
    female: ['Roshni', 'Sharda', 'Sita', 'Kavita', 'Reshma', 'Ingrid', 'Marlies', 'Shanice', 'Gerda', 'Naomi'],
    surnames: ['Ramdin', 'Jagessar', 'Mahabier', 'Sewnath', 'Ramlal', 'Kartosen', 'Pinas', 'Eersel', 'Mangroelal', 'Doekhie', 'Soekhoe', 'Kromodimedjo', 'Lachman', 'Bhoelai', 'Biharie', 'Wijngaarde', 'Zschuschen', 'Ramsaransing'],
  },
  antillean: {
    male: ['Jurensly', 'Shurandy', 'Giomar', 'Ruthmilo', 'Jairzinho', 'Edsel', 'Churandy', 'Giovanni'],
    female: ['Sharetta', 'Jomaira', 'Xiomara', 'Sulaika', 'Giselle', 'Rosemarie', 'Yuleisy'],
    surnames: ['Martina', 'Isenia', 'Cijntje', 'Rosalia', 'Koeiman', 'Doran', 'Pietersz', 'Croes', 'Wernet', 'Statia', 'Maduro', 'Maria', 'Janga', 'Leito'],
  },
  turkish: {
    male: ['Emre', 'Yusuf', 'Mehmet', 'Burak', 'Hakan', 'Oğuz', 'Serkan', 'Kerem', 'Tolga', 'Furkan'],
    female: ['Elif', 'Zeynep', 'Büşra', 'Ayşe', 'Merve', 'Esra', 'Gülşen', 'Derya', 'Hatice', 'Sibel'],
    surnames: ['Yılmaz', 'Öztürk', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Koç', 'Kurt', 'Özdemir', 'Erdoğan', 'Yıldırım', 'Aksoy'],
  },
  moroccan: {
    male: ['Mohammed', 'Youssef', 'Soufiane', 'Bilal', 'Hamza', 'Anouar', 'Mustafa', 'Khalid', 'Nordin', 'Ilias'],
    female: ['Fatima', 'Khadija', 'Nadia', 'Imane', 'Samira', 'Hafsa', 'Ikram', 'Loubna', 'Naima', 'Rachida'],
    surnames: ['El Amrani', 'Bouzid', 'Azzouzi', 'Benali', 'El Khattabi', 'Ouali', 'Aït Taleb', 'Tahiri', 'Boukhari', 'El Idrissi', 'Chaouch', 'Ben Haddou', 'Essafi', 'Amrani', 'El Ouahabi', 'Bakkali'],
  },
  polish: {
    male: ['Krzysztof', 'Paweł', 'Tomasz', 'Grzegorz', 'Łukasz', 'Wojciech', 'Marek', 'Piotr', 'Jarosław', 'Szymon'],
    female: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Magdalena', 'Dorota', 'Ewelina', 'Justyna', 'Beata', 'Aleksandra'],
    surnames: ['Kowalski', 'Nowak', 'Wiśniewska', 'Wójcik', 'Lewandowski', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Kamińska', 'Jankowski', 'Mazur', 'Krawczyk', 'Grabowski', 'Pawłowska', 'Michalak', 'Sobczak'],
  },
  indonesian: {
    male: ['Wahyu', 'Budi', 'Agus', 'Bambang', 'Hendrik', 'Johannis', 'Ferry', 'Rudy'],
    female: ['Dewi', 'Sri', 'Ratna', 'Wulan', 'Lientje', 'Yvonne', 'Noni', 'Indah'],
    surnames: ['Latuheru', 'Pattiasina', 'Tuhumury', 'Sahetapy', 'Siahaya', 'Wattimena', 'Sumampouw', 'Soplanit', 'Lekransy', 'Matulessy', 'Tahitu', 'Nanlohy', 'Setiawan', 'Kusumo', 'Sastrowardoyo'],
  },
  flemish: {
    male: ['Wout', 'Jens', 'Bram', 'Jef', 'Lowie', 'Seppe', 'Stijn', 'Pieter-Jan', 'Dries', 'Warre'],
    female: ['Lieselot', 'Griet', 'Annelies', 'Fien', 'Elke', 'Hanne', 'Marijke', 'Nele', 'Ine', 'Lotte'],
    surnames: ['Claes', 'Peeters', 'Janssens', 'Maes', 'Vandenbroucke', 'Van Damme', 'De Smet', 'Vermeulen', 'Goossens', 'Wouters', 'Verhaegen', 'Van den Eynde', 'Vanhoutte', 'De Clercq', 'Verstraete', 'Lambrechts'],
  },
  german: {
    male: ['Jürgen', 'Lukas', 'Matthias', 'Henning', 'Uwe', 'Torsten', 'Florian', 'Björn', 'Rüdiger', 'Jannik'],
    female: ['Henrike', 'Anneliese', 'Sabine', 'Friederike', 'Ute', 'Birgit', 'Jana', 'Hannelore', 'Svenja', 'Wiebke'],
    surnames: ['Schmitz', 'Müller', 'Hoffmann', 'Becker', 'Schröder', 'Krämer', 'Weißenborn', 'Kühn', 'Janßen', 'Ahlers', 'Brüggemann', 'Ostendorf', 'Hinrichs', 'Bühler', 'Tiedemann', 'Löwenstein'],
  },
  british: {
    male: ['Callum', 'Rhys', 'Alistair', 'Hamish', 'Declan', 'Rupert', 'Gareth', 'Nigel', 'Ewan', 'Tristan'],
    female: ['Siobhan', 'Imogen', 'Niamh', 'Harriet', 'Bronwen', 'Philippa', 'Maisie', 'Eilidh', 'Gemma', 'Tamsin'],
    surnames: ['Pritchard', 'McAllister', 'Whitfield', 'Ashworth', 'Fairclough', "O'Donnell", 'Llewellyn', 'Blackwood', 'Featherstone', 'Cartwright', 'MacLeod', 'Thistlethwaite', 'Abernethy', 'Kershaw', 'Pemberton', 'Quigley'],
  },
  indian: {
    male: ['Arjun', 'Vikram', 'Rohan', 'Karthik', 'Siddharth', 'Aditya', 'Rahul', 'Nikhil', 'Sanjay', 'Venkat'],
    female: ['Priya', 'Ananya', 'Lakshmi', 'Deepika', 'Meenakshi', 'Shreya', 'Kavya', 'Divya', 'Pooja', 'Aishwarya'],
    surnames: ['Iyer', 'Chatterjee', 'Raghunathan', 'Kulkarni', 'Venkataraman', 'Subramanian', 'Banerjee', 'Deshpande', 'Nair', 'Reddy', 'Krishnamurthy', 'Mukherjee', 'Bhattacharya', 'Gopalakrishnan', 'Menon', 'Joshi'],
  },
};

/** How often each background occurs among the operator's customers, per language of the text. */
export const originWeights: Record<'nl' | 'en', readonly (readonly [Origin, number])[]> = {
  nl: [
    ['dutch', 9],
    ['frisian', 5],
    ['surinamese', 3],
    ['antillean', 2],
    ['turkish', 3],
    ['moroccan', 3],
    ['polish', 2],
    ['indonesian', 2],
    ['flemish', 2],
    ['german', 2],
  ],
  en: [
    ['british', 5],
    ['indian', 4],
    ['polish', 3],
    ['german', 3],
    ['dutch', 3],
    ['frisian', 1],
    ['turkish', 2],
    ['moroccan', 1],
    ['indonesian', 1],
    ['flemish', 1],
    ['surinamese', 1],
  ],
};
