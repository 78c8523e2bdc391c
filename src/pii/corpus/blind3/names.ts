/**
 * Given names and surnames of the people in a South Limburg operator's records: the Dutch (with a
 * Limburg streak), the large Turkish, Moroccan, Surinamese, Moluccan/Indonesian, Antillean, Polish,
 * Syrian, Chinese, Ghanaian, Eritrean and Ukrainian communities, Flemish and German neighbours over
 * the border, and the English-speaking expats of the Brightlands campuses. Dutch surnames keep
 * their tussenvoegsel apart ("van der|Meer") because it is written, capitalised and sorted
 * differently depending on where the name stands.
 */
export type Origin =
  | 'dutch'
  | 'limburg'
  | 'turkish'
  | 'moroccan'
  | 'hindustani'
  | 'creole'
  | 'moluccan'
  | 'antillean'
  | 'polish'
  | 'syrian'
  | 'chinese'
  | 'ghanaian'
  | 'eritrean'
  | 'ukrainian'
  | 'flemish'
  | 'german'
  | 'english'
  | 'irish'
  | 'scottish'
  | 'indian';

interface NamePool {
  m: readonly string[];
  f: readonly string[];
  surnames: readonly string[];
}

// biome-ignore format: name lists read better packed
export const pools: Record<Origin, NamePool> = {
  dutch: {
    m: ['Jan', 'Kees', 'Bart', 'Daan', 'Ruud', 'Sjoerd', 'Joost', 'Thijs', 'Wim', 'Pieter', 'Maarten', 'Gert-Jan', 'Rik', 'Bas', 'Henk', 'Jeroen', 'Niels', 'Tim', 'Lars', 'Freek', 'Arjen', 'Wouter', 'Koen', 'Jasper', 'Teun', 'Dirk'],
    f: ['Sanne', 'Lotte', 'Ingrid', 'Mieke', 'Femke', 'Anouk', 'Esther', 'Gerda', 'Lieke', 'Marloes', 'Ilse', 'Janneke', 'Wilma', 'Karin', 'Annemieke', 'Marieke', 'Romy', 'Fleur', 'Tessa', 'Nienke', 'Hanneke', 'Petra', 'Joke', 'Yvonne', 'Lisanne'],
    surnames: ['van der|Meer', 'de|Groot', 'van den|Berg', 'ter|Horst', "in 't|Veld", "van 't|Hof", 'van de|Ven', 'de|Jong', 'van|Dijk', 'op de|Beek', 'van|Gestel', 'Bakker', 'Visser', 'Mulder', 'Verbeek', 'Jansen', 'de|Vries', 'Hendriks', 'van|Leeuwen', 'Dekker', 'Brouwer', 'de|Wit', 'Kok', 'van der|Linden', 'Vermeulen', 'van|Beek', 'Prins', 'Bosman', 'ten|Brink', 'van der|Heijden', 'Postma', 'Kramer', 'van|Wijk', 'de|Haan', 'Schouten', 'Huisman', 'van|Rooij', 'van der|Wal', 'den|Hartog', 'Blom', 'de|Bruijn', 'Koster'],
  },
  limburg: {
    m: ['Sjef', 'Har', 'Jo', 'Leon', 'Huub', 'Jeu', 'Ger', 'Roel', 'Math', 'Pierre', 'Guido', 'Twan', 'Noud', 'Frans', 'Jos', 'Bèr', 'Sjra', 'Lei', 'Mathieu', 'Stijn', 'Luc', 'Ramon'],
    f: ['Truus', 'Mia', 'Trees', 'Fien', 'Yvonne', 'Nicole', 'Mariëlle', 'Ellen', 'Bianca', 'Anja', 'Miriam', 'Danielle', 'Chantal', 'Jacqueline', 'Lieske', 'Noor', 'Ilona', 'Marly', 'Anke', 'Josje'],
    surnames: ['Smeets', 'Peeters', 'Hermans', 'Vossen', 'Schreurs', 'Ramakers', 'Lemmens', 'Crijns', 'Wetzels', 'Bemelmans', 'Claessens', 'Frijns', 'Houben', 'Pluijmen', 'Coenen', 'Dassen', 'Kurvers', 'Wijnands', 'Lenssen', 'Nijsten', 'Meertens', 'Kuijpers', 'Timmermans', 'Janssen', 'Spronck', 'Goffin', 'Bessems', 'Ubachs', 'Senden', 'Thewissen', 'Ackermans', 'Knops', 'Hamers', 'Canisius', 'Verheggen', 'Boumans', 'Muijrers', 'Heuts', 'Pelzer', 'Quaedvlieg', 'Vroomen', 'Geurts'],
  },
  turkish: {
    m: ['Mehmet', 'Emre', 'Burak', 'Hüseyin', 'Murat', 'Serkan', 'Ömer', 'Gökhan', 'Mustafa', 'Cem', 'Kerem', 'Yusuf', 'Erdal', 'Volkan', 'Oğuz', 'Tayfun', 'Baran', 'Hakan'],
    f: ['Ayşe', 'Zeynep', 'Elif', 'Fatma', 'Büşra', 'Kübra', 'Hatice', 'Sevda', 'Tuğba', 'Esra', 'Merve', 'Özlem', 'Gülşen', 'Dilek', 'Hülya', 'Şeyma', 'Derya', 'Nurcan'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Aksoy', 'Korkmaz', 'Güneş', 'Bulut', 'Koç', 'Kurt', 'Özdemir', 'Polat', 'Erdem', 'Tekin', 'Uysal', 'Karaca', 'Akgül', 'Çakır', 'Ateş'],
  },
  moroccan: {
    m: ['Mohamed', 'Youssef', 'Said', 'Abdelkader', 'Hamza', 'Soufiane', 'Bilal', 'Zakaria', 'Redouan', 'Anouar', 'Karim', 'Mourad', 'Rachid', 'Ayoub', 'Mustapha', 'Nordin', 'Achraf', 'Ilias'],
    f: ['Fatima', 'Khadija', 'Naima', 'Samira', 'Ilham', 'Nadia', 'Meryem', 'Houda', 'Salma', 'Loubna', 'Hafsa', 'Imane', 'Zineb', 'Malika', 'Siham', 'Hanane', 'Yasmina', 'Nora'],
    surnames: ['El Amrani', 'Bouzidi', 'Ait Haddou', 'El Idrissi', 'Benali', 'Azzouzi', 'Boukhari', 'El Khattabi', 'Ouali', 'Aarab', 'Chaouch', 'Ben Ali', 'Tahiri', 'Ahajjam', 'El Bouazzaoui', 'Amghar', 'Boutaleb', 'Ezzahraoui', 'Mimouni', 'Lamrabet', 'Essafi', 'Bakkali', 'El Ouahabi', 'Zaouiat'],
  },
  hindustani: {
    m: ['Rajesh', 'Anil', 'Ravi', 'Dewkoemar', 'Navin', 'Kiran', 'Sunil', 'Vikash', 'Roshan', 'Ashwin', 'Pravin', 'Rakesh'],
    f: ['Shanti', 'Sunita', 'Priya', 'Sharmila', 'Anita', 'Reshma', 'Kavita', 'Sita', 'Nandini', 'Ashanti', 'Radha', 'Indira'],
    surnames: ['Ramdin', 'Jagessar', 'Mahabier', 'Ramsaran', 'Sewnath', 'Baldewsingh', 'Jhinkoe', 'Kalloe', 'Ramautar', 'Bhoelai', 'Soekhlal', 'Tewari', 'Mohabir', 'Gangadin', 'Ramlal', 'Biharie'],
  },
  creole: {
    m: ['Errol', 'Glenn', 'Marciano', 'Romano', 'Jerrel', 'Clyde', 'Ricardo', 'Dino', 'Orlando', 'Delano', 'Humphrey'],
    f: ['Ruthline', 'Sharon', 'Gracia', 'Jolanda', 'Mavis', 'Shirley', 'Nathalie', 'Jennifer', 'Ingrid', 'Rosita', 'Vanessa'],
    surnames: ['Pinas', 'Vyent', 'Brunings', 'Kross', 'Dors', 'Emanuelson', 'Fränkel', 'Sabajo', 'Wijngaarde', 'Biswane', 'Tjon A Fong', 'Lieveld', 'Amatdjais', 'Pengel', 'Zschuschen', 'Linger'],
  },
  moluccan: {
    m: ['Johannes', 'Budi', 'Ronald', 'Yopie', 'Rudy', 'Marlon', 'Nico', 'Hendrik', 'Agus', 'Benny', 'Frans', 'Dominggus'],
    f: ['Agnes', 'Dewi', 'Wati', 'Femmy', 'Sandra', 'Yolanda', 'Sari', 'Wulan', 'Martha', 'Elly', 'Anneke', 'Ratna'],
    surnames: ['Latuheru', 'Pattiasina', 'Tuhumury', 'Sahetapy', 'Wattimena', 'Manuhutu', 'Soeratman', 'Siswanto', 'Nanlohy', 'Tehupeiory', 'Leiwakabessy', 'Huwae', 'Matulessy', 'Pesulima', 'Soumokil', 'Wairata'],
  },
  antillean: {
    m: ['Jurgen', 'Shurandy', 'Giovanni', 'Shaquille', 'Jeandrick', 'Ruthmilo', 'Eldrick', 'Quincy', 'Rignald', 'Kendrick'],
    f: ['Rubiela', 'Shanaira', 'Kimberly', 'Naomi', 'Shurelly', 'Jeanine', 'Nuriëlla', 'Mayra', 'Shaïra', 'Angelique'],
    surnames: ['Martina', 'Isenia', 'Rojer', 'Felida', 'Doran', 'Janga', 'Maduro', 'Winklaar', 'Cijntje', 'Rosaria', 'Zimmerman', 'Koeyers', 'Leito', 'Sulvaran', 'Statie', 'Trinidad'],
  },
  polish: {
    m: ['Piotr', 'Tomasz', 'Łukasz', 'Paweł', 'Wojciech', 'Krzysztof', 'Marcin', 'Grzegorz', 'Michał', 'Jakub', 'Dariusz', 'Andrzej'],
    f: ['Katarzyna', 'Agnieszka', 'Magdalena', 'Małgorzata', 'Joanna', 'Ewa', 'Aleksandra', 'Monika', 'Dorota', 'Justyna', 'Beata', 'Izabela'],
    surnames: ['Kowalczyk', 'Wiśniewski', 'Nowak', 'Zieliński', 'Wójcik', 'Kamińska', 'Lewandowski', 'Dąbrowska', 'Szymański', 'Grabowska', 'Mazur', 'Krawczyk', 'Piątek', 'Jabłoński', 'Sikora', 'Wróbel', 'Pawlak', 'Michalska'],
  },
  syrian: {
    m: ['Mohammed', 'Ahmad', 'Omar', 'Khaled', 'Bashar', 'Samer', 'Tarek', 'Firas', 'Majd', 'Yazan', 'Abdulrahman', 'Rami'],
    f: ['Rania', 'Lina', 'Hiba', 'Nour', 'Rama', 'Dima', 'Reem', 'Lama', 'Ghalia', 'Amal', 'Rasha', 'Bayan'],
    surnames: ['Al-Hassan', 'Haddad', 'Alkhatib', 'Darwish', 'Shamma', 'Al Masri', 'Khoury', 'Sabbagh', 'Alhamwi', 'Al-Ahmad', 'Hamdan', 'Zaher', 'Kassab', 'Al Halabi', 'Mardini', 'Jabour'],
  },
  chinese: {
    m: ['Wei', 'Hao', 'Kai Yuen', 'Jun', 'Ming', 'Zhiwei', 'Chi Wai', 'Bo', 'Lei', 'Tao'],
    f: ['Jing', 'Mei Ling', 'Xiaoyu', 'Yan', 'Li Na', 'Hui', 'Fang', 'Siu Ling', 'Ying', 'Xin'],
    surnames: ['Chen', 'Wang', 'Zhang', 'Lin', 'Huang', 'Wong', 'Cheung', 'Lam', 'Liu', 'Zhou', 'Chan', 'Ho', 'Yeung', 'Tsang', 'Xu'],
  },
  ghanaian: {
    m: ['Kwame', 'Kofi', 'Yaw', 'Kwabena', 'Kojo', 'Kwasi', 'Emmanuel', 'Nana', 'Ebenezer', 'Fiifi'],
    f: ['Akosua', 'Ama', 'Abena', 'Efua', 'Adwoa', 'Akua', 'Esi', 'Afia', 'Gifty', 'Comfort'],
    surnames: ['Mensah', 'Boateng', 'Owusu', 'Asante', 'Appiah', 'Osei', 'Adjei', 'Agyeman', 'Ofori', 'Amponsah', 'Darko', 'Frimpong', 'Acheampong', 'Quaye'],
  },
  eritrean: {
    m: ['Yonas', 'Filmon', 'Tesfay', 'Merhawi', 'Robel', 'Dawit', 'Habtom', 'Aman', 'Samuel', 'Kibrom'],
    f: ['Semhar', 'Helen', 'Senait', 'Saba', 'Luwam', 'Selam', 'Mebrat', 'Rahwa', 'Yordanos', 'Eden'],
    surnames: ['Tesfamariam', 'Ghebremedhin', 'Haile', 'Berhane', 'Kidane', 'Tekle', 'Weldemichael', 'Abraha', 'Gebrehiwet', 'Mehari', 'Tsegay', 'Habte', 'Yohannes', 'Andemariam'],
  },
  ukrainian: {
    m: ['Oleksandr', 'Dmytro', 'Andrii', 'Bohdan', 'Serhii', 'Mykola', 'Yurii', 'Taras', 'Vitalii', 'Maksym', 'Ihor'],
    f: ['Olena', 'Iryna', 'Yuliia', 'Kateryna', 'Svitlana', 'Oksana', 'Nataliia', 'Tetiana', 'Viktoriia', 'Anastasiia', 'Halyna'],
    surnames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Oliinyk', 'Havryliuk', 'Marchenko', 'Lysenko', 'Rudenko', 'Savchuk', 'Moroz', 'Pavlenko', 'Kovalchuk', 'Hrytsenko'],
  },
  flemish: {
    m: ['Wout', 'Jef', 'Koen', 'Bram', 'Stijn', 'Pieter-Jan', 'Dries', 'Jens', 'Wim', 'Tom', 'Gert', 'Lode'],
    f: ['Lies', 'Els', 'Griet', 'Ann', 'Tine', 'Katrien', 'Leen', 'Hilde', 'Sofie', 'An', 'Veerle', 'Nele'],
    surnames: ['Maes', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Van Damme', 'Vandenbroucke', 'Jacobs', 'Willems', 'Mertens', 'Lambrechts', 'Vanhoutte', 'Dubois', 'Lejeune', 'Van Acker', 'Bosmans', 'Vanderstraeten', 'Stevens', 'Geerts', 'Daems'],
  },
  german: {
    m: ['Jürgen', 'Lukas', 'Matthias', 'Jonas', 'Stefan', 'Uwe', 'Tobias', 'Florian', 'Klaus', 'Dieter', 'Sebastian', 'Maximilian'],
    f: ['Anke', 'Katrin', 'Sabine', 'Ute', 'Birgit', 'Julia', 'Lena', 'Susanne', 'Heike', 'Claudia', 'Franziska', 'Anja'],
    surnames: ['Müller', 'Schmitz', 'Becker', 'Hoffmann', 'Schäfer', 'Krüger', 'Weber', 'Zimmermann', 'Keller', 'Braun', 'Meyer', 'Jansen', 'Offermann', 'Kreutzer', 'Lohmann', 'Vogt', 'Hilgers', 'Wolff', 'Schneider'],
  },
  english: {
    m: ['Oliver', 'James', 'Harry', 'George', 'Tom', 'Daniel', 'Matthew', 'Ben', 'Jack', 'Richard', 'Mark', 'Andrew', 'Chris', 'Paul'],
    f: ['Charlotte', 'Emily', 'Sophie', 'Hannah', 'Lucy', 'Rebecca', 'Laura', 'Jessica', 'Claire', 'Amy', 'Katie', 'Helen', 'Sarah', 'Victoria'],
    surnames: ['Thompson', 'Walker', 'Harris', 'Clarke', 'Wright', 'Hughes', 'Roberts', 'Turner', 'Bennett', 'Cooper', 'Ashworth', 'Holloway', 'Pemberton', 'Fletcher', 'Barnes', 'Whitfield', 'Lawson', 'Marsh', 'Price', 'Gardner'],
  },
  irish: {
    m: ['Ciarán', 'Seán', 'Pádraig', 'Declan', 'Eoin', 'Cormac', 'Niall', 'Darragh', 'Oisín', 'Ronan'],
    f: ['Siobhán', 'Niamh', 'Aoife', 'Orla', 'Caoimhe', 'Róisín', 'Sinéad', 'Clodagh', 'Aisling', 'Gráinne'],
    surnames: ["O'Sullivan", 'Murphy', 'Kelly', "O'Connor", 'McCarthy', 'Fitzgerald', 'Ó Briain', 'Byrne', 'Walsh', 'Doherty', 'Ní Bhriain', 'Gallagher', "O'Donovan", 'Keane'],
  },
  scottish: {
    m: ['Callum', 'Hamish', 'Fraser', 'Alasdair', 'Euan', 'Ruaridh', 'Gregor', 'Angus'],
    f: ['Eilidh', 'Isla', 'Morag', 'Kirsty', 'Catriona', 'Mhairi', 'Fiona', 'Ailsa'],
    surnames: ['MacLeod', 'Campbell', 'McKenzie', 'Fraser', 'Stewart', 'MacDonald', 'Robertson', 'Sinclair', 'Cameron', 'Ross', 'McIntyre', 'Buchanan'],
  },
  indian: {
    m: ['Arjun', 'Rahul', 'Vikram', 'Sandeep', 'Karthik', 'Aditya', 'Rohan', 'Suresh', 'Nikhil', 'Abhishek'],
    f: ['Priya', 'Deepika', 'Ananya', 'Lakshmi', 'Meera', 'Divya', 'Pooja', 'Shreya', 'Kavya', 'Neha'],
    surnames: ['Sharma', 'Nair', 'Iyer', 'Reddy', 'Patel', 'Krishnan', 'Gupta', 'Menon', 'Rao', 'Subramanian', 'Venkatesh', 'Banerjee', 'Kulkarni', 'Joshi'],
  },
};

/** How often each community turns up in a Dutch-language and an English-language record. */
// biome-ignore format: a table reads better packed
export const originWeights: Record<'nl' | 'en', readonly (readonly [Origin, number])[]> = {
  nl: [
    ['dutch', 22], ['limburg', 20], ['turkish', 8], ['moroccan', 8], ['hindustani', 3], ['creole', 3],
    ['moluccan', 3], ['antillean', 3], ['polish', 5], ['syrian', 4], ['chinese', 2], ['ghanaian', 2],
    ['eritrean', 2], ['ukrainian', 4], ['flemish', 4], ['german', 4], ['english', 1], ['indian', 1],
  ],
  en: [
    ['english', 10], ['irish', 5], ['scottish', 4], ['german', 7], ['flemish', 5], ['dutch', 8],
    ['limburg', 6], ['polish', 5], ['ukrainian', 5], ['turkish', 4], ['moroccan', 3], ['syrian', 4],
    ['chinese', 4], ['ghanaian', 3], ['eritrean', 3], ['indian', 6], ['hindustani', 1], ['creole', 1],
    ['moluccan', 1], ['antillean', 2],
  ],
};
