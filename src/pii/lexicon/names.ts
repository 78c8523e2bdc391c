/**
 * Name lexicon for the person-name detector: common given names and surnames in the Netherlands and
 * in English-speaking countries. Written for Grondslag from general knowledge of which names are
 * common (no list was copied); Apache-2.0 like the rest of the project. See README.md here.
 *
 * Surnames are stored without their tussenvoegsel ("Vries" for "de Vries", "Berg" for "van den
 * Berg"): the detector reads the particles itself. Words separated by whitespace; one string per
 * group keeps the file compact and loads into a Set once.
 */

export const dutchGivenNames = `
Aad Aart Abel Adriaan Adrianus Ahmed Albert Alex Alexander Ali Alwin Andre André Andries Anton Antonius
Arend Arie Arjan Arjen Arnold Arnoud Auke Ayoub Barend Bart Bas Bastiaan Ben Benjamin Berend Bernard Bert
Bilal Bjorn Björn Bob Boris Boudewijn Bouke Bram Brian Casper Cees Chris Christiaan Christian Cor Coen
Cornelis Daan Daniel Daniël David Dennis Dick Diederik Dirk Dolf Douwe Durk Dylan Edwin Eelco Emre Erik
Eric Ernst Evert Ewout Fabian Felix Ferdinand Finn Floris Frank Frans Frederik Freek Frits Gert Gerard
Gerben Gerrit Gerhard Gijs Gijsbert Guus Hamza Hans Harm Harold Hassan Hein Hendrik Henk Herman Hessel
Hidde Hugo Huib Ibrahim Ivo Jaap Jacob Jacobus Jakob Jan Janus Jasper Jelle Jelmer Jelte Jens Jeroen
Jesper Jesse Job Jochem Joep Joeri Johan Johannes John Jonas Joost Joris Jorrit Jort Jos Joop Joshua
Jouke Julian Jurgen Jurre Jurriaan Justin Kai Karel Karim Kasper Kees Kerem Kevin Klaas Koen Kees Laurens
Lars Leendert Lennart Leon Levi Liam Lieuwe Lodewijk Luc Lucas Ludo Luuk Maarten Marco Marcel Mark
Mart Martijn Martin Mathijs Mats Matthijs Maurits Max Mees Mehmet Menno Merijn Michael Michel Michiel
Mick Mike Milan Mohamed Mohammed Morris Murat Mustafa Nathan Nick Nico Niek Niels Noah Nout Olaf Olivier
Omar Onno Otto Owen Patrick Paul Pepijn Peter Piet Pieter Pim Quinten Raymond Reinier Remco Rens Richard
Rick Rik Rob Robert Robin Roel Rogier Roland Ronald Roy Ruben Rudi Rutger Ruud Said Sam Sander Sebastiaan
Sem Siebe Siem Sietse Simon Sjaak Sjoerd Stan Stefan Stephan Sten Stijn Sven Teun Theo Thijmen Thijs
Thom Thomas Tiemen Tijn Tim Tobias Tom Ton Twan Valentijn Victor Vincent Ward Wessel Wiebe Wijnand Wilco
Willem Wim Wout Wouter Yannick Yusuf Youssef Youri Zeger Aaltje Adrie Aisha Alida Amber Amy Angela Anita
Anja Anke Anna Anne Annebel Annelies Annemarie Annemieke Annemiek Annet Annette Annie Anouk Ans Antje
Astrid Aukje Ayse Babette Barbara Beatrix Bianca Bo Brenda Brigitte Carla Carlijn Carolien Caroline
Charlotte Chantal Cindy Claudia Corinne Corrie Daphne Demi Diana Dieuwke Dina Dorien Dorothea Elif Elise
Elisabeth Ellen Eline Els Elsa Emma Emmy Esmee Esmée Esther Eva Evelien Evi Evy Fatima Fatma Femke Fenna
Fenne Fleur Floor Francien Froukje Gea Gerda Geertje Greet Hanna Hannah Hanneke Hatice Heleen Helen
Hendrika Henny Hilde Ilona Ilse Imke Ineke Inge Ingrid Iris Isa Isabel Isabella Isabelle Jacqueline
Janna Janneke Jantje Jasmijn Jeanette Jennifer Jessica Jet Jildou Johanna Joke Jolanda Jolien Josephine
Judith Julia Julie Karin Karlijn Khadija Kim Kirsten Kitty Lara Laura Lauren Lea Lieke Lies Liesbeth
Linda Lisa Lisanne Liselotte Liv Lina Loes Lonneke Lotte Louise Luna Lydia Lynn Maaike Madelief Manon
Margot Margriet Maria Marianne Marieke Marijke Marina Marisa Mariska Marit Marja Marjan Marjolein
Marleen Marloes Martha Martine Mathilde Meike Merel Meryem Mieke Mila Milou Miriam Mirjam Monique Myrthe
Nadia Natasja Nathalie Nienke Nina Noa Noor Nora Nova Olivia Paula Patricia Petra Priscilla Renate
Renske Rianne Riet Rita Romy Roos Rosa Rosalie Ruth Sabine Salma Samira Sandra Sanne Sara Sarah Saskia
Selma Sietske Silvia Simone Sofie Sonja Sophie Stephanie Suzanne Suus Sylvia Tamara Tanja Tessa Tineke
Tirza Trudy Vera Wendy Wietske Wilhelmina Willeke Willemijn Wilma Yara Yasmina Yvonne Zeynep Zoë Zoe
Ad Aldert Boaz Chiel Dex Edo Eelke Egbert Fedde Folkert Gosse Harmen Hendrikus Ids IJsbrand Jacco Jelger
Jip Jop Joram Jorn Koos Lammert Lex Lourens Luca Marinus Marius Marnix Meindert Mink Moos Nanne Obbe Okke
Orlando Otis Pascal Pier Reinout René Rene Rinus Roelof Sepp Sjors Steven Sybren Taco Teunis Thies Ties
Tijmen Tjalling Tjeerd Tjerk Vince Wilbert Wilfred Wopke Wybren Ype Yorick Youp Abdel Ahmet Anas Ayman
Bayram Cem Deniz Driss Ercan Fatih Hakan Hicham Ilias Imran Ismail Jamal Kadir Khalid Mehdi Mounir Nordin
Rachid Redouan Samir Soufiane Tarik Yasin Yassine Zakaria Anand Ravi Rajesh Sunil Vikash Agnes Aleida Alie
Anneke Antoinette Bep Betsy Carina Catharina Cobi Conny Corry Dineke Dirkje Elin Elly Erna Fay Fenny Fien
Gerdien Grietje Hennie Hester Hetty Hilda Ina Jannie Janny Jara Jenny Jente Jill Joyce Juul Klaasje Lana
Leny Lenie Lidy Lien Lieve Linde Liselot Liz Lize Lois Loïs Lot Maartje Mare Marga Margreet Marian Mariëlle
Marjon Maud Mette Miep Mies Mirte Naomi Nel Nelly Nicole Noortje Nore Nynke Paulien Pien Puck Quinty Ria
Rietje Rina Rini Roelie Roosmarijn Saar Sanna Senna Sientje Sofia Sterre Tamar Tara Tess Thea Trees Truus
Veerle Wies Willy Yentl Yfke Ymke Yolanda Zara Zoey Aicha Amal Asma Dounia Fadoua Hafsa Hanan Ikram Imane
Kaoutar Layla Loubna Malika Rachida Sanae Siham Souad Wafa Yousra Zineb Büşra Derya Ebru Emine Esra Hülya
Merve Özlem Sevgi Sibel Songül Tuğba Yasemin Priya Sunita Shanti Radha Kavita
Ahmet Cem Deniz Fatih Gökhan Kemal Mert Onur Orhan Serkan Sinan Tolga Volkan Ercan Erkan Levent Ufuk
Burak Ömer Oğuz Selin Zeynep Kübra Cansu Şeyma Gülsen Sevda Hanife
Adil Anouar Anass Driss Fouad Hicham Ilias Jamal Nordin Redouan Soufiane Yassine Zakaria Younes Mounir
Mourad Othman Khadija Imane Latifa Naima Meryem Yasmina Hanane Hafsa Ilham Ikram Najat Noura Zohra
Anil Ashwin Dinesh Kiran Navin Radjesh Rishi Sandjai Sunil Vishal Dewanand Anjali Sharda Usha Reshma
Winston Quincy Glenn Marvin Milton Errol Jerrel Ramon Ricardo Germaine Cheryl Rudy Ricky
Dewi Wulan Indah Putri Agus Budi Ming
Agnieszka Katarzyna Krzysztof Łukasz Magdalena Marcin Michał Monika Paweł Piotr Tomasz Wojciech Ewa
Joanna Małgorzata Grzegorz Kamil Jakub
`;

export const englishGivenNames = `
Aaron Adam Adrian Alan Albert Alex Alexander Alfie Andrew Anthony Archie Arthur Austin Ben Benjamin
Billy Bobby Bradley Brandon Brian Bruce Bryan Callum Carl Charles Charlie Christopher Colin Connor Craig
Daniel Darren David Dean Dennis Derek Dominic Donald Douglas Dylan Edward Elijah Eric Ethan Eugene Evan
Finley Francis Frank Frederick Freddie Gabriel Gareth Gary Gavin George Gerald Gordon Graham Gregory
Harold Harrison Harry Harvey Henry Hugh Ian Isaac Jack Jacob Jake James Jamie Jason Jeffrey Jeremy Jerry
Jesse Joe Joel John Johnny Jonathan Jordan Joseph Joshua Justin Keith Kenneth Kevin Kyle Larry Lawrence
Leo Leon Lewis Liam Logan Louis Luke Malcolm Marcus Mark Martin Mason Matthew Max Michael Mitchell Nathan
Neil Nicholas Nigel Noah Oliver Oscar Owen Patrick Paul Peter Philip Phillip Ralph Raymond Reece Richard
Riley Robert Roger Ronald Ross Roy Russell Ryan Samuel Scott Sean Sebastian Simon Stanley Stephen Steven
Stuart Terry Theo Theodore Thomas Timothy Toby Tony Trevor Tyler Victor Vincent Walter Wayne William
Zachary Abigail Alice Alison Amanda Amber Amelia Amy Andrea Angela Ann Anna Anne Ashley Ava Barbara
Betty Beverly Brenda Brittany Carol Caroline Carolyn Catherine Charlotte Cheryl Chloe Christina
Christine Claire Cynthia Daisy Danielle Deborah Debra Denise Diana Diane Donna Doris Dorothy Eleanor
Elizabeth Ella Ellie Emily Emma Erin Evelyn Evie Fiona Florence Frances Freya Georgia Gillian Gloria
Hannah Harriet Heather Helen Holly Imogen Isabel Isabella Isla Jacqueline Jane Janet Janice Jean
Jennifer Jessica Joan Joanne Jodie Joyce Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn
Katie Kayla Kelly Kimberly Laura Lauren Leah Linda Lisa Lily Lucy Lydia Madison Margaret Maria Marie
Marilyn Martha Mary Megan Melissa Mia Michelle Molly Nancy Natalie Nicola Nicole Olivia Pamela Patricia
Paula Phoebe Poppy Rachel Rebecca Rose Ruby Ruth Samantha Sandra Sarah Scarlett Sharon Shirley Sienna
Sophia Sophie Stephanie Susan Teresa Theresa Tracy Victoria Virginia Wendy Zoe
Grace Harper Aria Hazel Aurora Violet Stella Savannah Audrey Skylar Paisley Emilia Maya Willow Naomi
Aaliyah Elena Ariana Allison Gabriella Madelyn Cora Eva Autumn Adeline Hailey Gianna Valentina Eliana
Quinn Ivy Sadie Piper Alexa Josephine Emery Delilah Vivian Madeline Bethany Carly Chelsea Courtney Gemma
Hayley Jade Jasmine Kirsty Leanne Lindsay Natasha Shannon Sian Stacey Tamsin Vanessa Zara Aiden Ashton
Blake Caleb Cameron Chase Christian Colton Declan Eli Elliot Ezra Felix Finn Grayson Hudson Hunter Isaiah
Jace Jaxon Jeremiah Jonah Josiah Julian Kai Landon Levi Lincoln Luca Mateo Miles Nolan Robin Rory Rowan
Ryder Sawyer Silas Tristan Wyatt Xavier Zane Harley Jenson Kian Louie Reggie Ronnie Rupert Teddy Tommy
Arlo Hugo Rhys Ewan Fraser Angus Hamish Niall Ciaran Conor Seamus Raj Arjun Rohan Amir Priya
`;

export const dutchSurnames = `
Aalbers Aarts Akkerman Akkermans Alberts Arts Baas Bakker Bakkers Balkenende Beek Beekman Berg Bergen
Bergman Beumer Bijl Blok Blom Boer Boers Boersma Bogaert Bol Boom Boon Bos Bosch Bosma Bosman Bouma
Bouwman Brands Brink Broek Brouwer Bruijn Bruin Bruins Brug Buijs Burg Claassen Claessen Coenen Dam
Dekker Dijk Dijkman Dijkstra Dirksen Doorn Driessen Dongen Eijk Elzinga Engelen Es Evers Franke Franken
Franssen Geerts Gerritsen Graaf Groen Groot Grootveld Haan Hart Heijden Heijnen Hendriks Hermans Heuvel
Hoek Hoekstra Hof Hofman Hogeveen Hoogendoorn Hoogland Horst Houten Huisman Jacobs Jager Jansen Janssen
Janssens Jong Jonge Jonker Kalk Kamp Kok Koning Kooij Kooijman Koopman Koster Kramer Kroon Kuijpers
Kuiper Kuipers Laan Lammers Lange Leeuw Leeuwen Linden Loon Maas Martens Meer Meijer Meijers Mertens
Meulen Mol Molenaar Mulder Nijhuis Nijland Oosterhuis Oosting Os Pauwels Peeters Peters Pieters Pol
Post Postma Prins Pronk Ramaker Rijn Roos Ruiter Rutte Sanders Schipper Scholten Schouten Schreuder
Sluiter Smeets Smit Smits Snijders Stam Steen Swart Terpstra Timmer Timmermans Tromp Veen Veenstra
Velde Velden Ven Verbeek Verheij Verhoeven Verkerk Vermeer Vermeulen Verschoor Visscher Visser Vliet
Vos Vries Wal Wals Wijk Wijnands Wijnen Wijngaarden Willems Willemsen Wit Wolters Wouters Zijlstra
Zwart Zwarts Boekhout Broekman Dijkhuis Groenewoud Hulst Kamphuis Kloosters Lubbers Mensink Nauta
Oudshoorn Ploeg Reijnders Rietveld Schaap Spijker Stoffels Tijssen Valk Veldman Westra Zandstra
Yilmaz Kaya Demir Şahin Sahin Çelik Celik Öztürk Ozturk Aydın Aydin Yıldız Yildiz Arslan Doğan Dogan
Amrani Idrissi Benali Bouzid Haddou Ouali Tahiri Ahmadi Hosseini Nguyen Tran Wong Chen Kartosen
Soerjadi Wijngaard Pinas Sno Kromosoeto Biharie Ramdin Mahabier Ramautar Kowalski Nowak Wiśniewski
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Koch
Veld Velthuis Verbruggen Vink Wessels Wijers Wiersma Wijma Zuidema Wolf Bruggeman Dekkers Derksen
Dijkhuizen Donker Drost Faber Feenstra Gerrits Goossens Haverkamp Heijmans Hendriksen Hermsen Hoekman
Holwerda Hoogstra Huijbregts Jongsma Kemper Klaassen Knol Koenen Kolk Koops Kosters Kuijper Lambers
Leenders Loos Luijten Maassen Meester Michels Mulders Nieuwenhuis Nijboer Noordhuis Oosterveld Oostra
Otten Ottens Paap Peek Pieterse Raaijmakers Reinders Rijnders Rikken Roelofs Roest Rombouts Ruijter
Schaafsma Smeenk Spaan Stegeman Stevens Strijbos Teunissen Theunissen Thijssen Tol Veldhuis Veenman
Verburg Verhagen Verhoef Verweij Vissers Vonk Voskuilen Vrolijk Wagenaar Weijers Wiegman Wijnberg
Zandbergen Zeeman Zijl
`;

export const englishSurnames = `
Adams Allen Anderson Bailey Baker Barker Barnes Bell Bennett Brooks Brown Butler Campbell Carter
Chapman Clark Clarke Cole Coleman Collins Cook Cooper Cox Davies Davis Dixon Doe Edwards Ellis Evans
Fisher Foster Fox Garcia Gibson Graham Gray Green Griffiths Hall Hamilton Harris Harrison Hart Hayes
Henderson Hill Holmes Howard Hughes Hunt Jackson James Jenkins Johnson Johnston Jones Kelly Kennedy King
Knight Lawrence Lee Lewis Lloyd Long Marshall Martin Mason Matthews Miller Mills Mitchell Moore Morgan
Morris Murphy Murray Myers Nelson Owen Palmer Parker Patel Patterson Perry Peterson Phillips Powell
Price Reed Reynolds Richards Richardson Roberts Robinson Rodriguez Rogers Ross Russell Saunders Scott
Shaw Simpson Smith Spencer Stevens Stewart Stone Sullivan Taylor Thomas Thompson Thomson Turner Walker
Wallace Walsh Ward Watson Webb Wells West White Williams Wilson Wood Wright Young O'Brien O'Connor
O'Neill McDonald MacDonald McCarthy Murphy Kelly Byrne Ryan Doyle Gallagher Hernandez Lopez Martinez
Gonzalez Perez Sanchez Ramirez Torres Nguyen Kim Singh Khan Ahmed Ali
`;

/**
 * Surnames that are also ordinary capitalised words ("Green", "Long", "Post", "Bos" 'forest'):
 * they count as a surname after a given name or a salutation, not on the strength of the lexicon
 * alone.
 */
export const ambiguousSurnames = `
Baas Bakker Bell Berg Blok Boer Bol Boom Boon Bos Brink Brown Brug Cook Dam Fox Graaf Gray Green Groen Groot
Haan Hall Hart Hill Hoek Hof Jager Kalk Kamp Kok Koning Kroon Laan Lange Long Maas Meester Mol Os Ploeg Pol Post Spaan Tol Veld Wolf
Price Prins Reed Roos Ruiter Schaap Smit Stam Steen Stone Valk Veen Ven Vos Wal Ward West White Wit Wood
Young Zwart
`;
