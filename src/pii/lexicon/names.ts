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
Tang Bui Chin Tam Balk Bouwmeester Braam Broers Brouwers Buurman Harms Hofstede Hutten Ketelaar
Kluit Lindeboom Luiten Pals Plomp Remmers Rijken Smid Timmerman Veerman Weerd Welling Wever Brons
Dassen Slangen Schoenmakers Vossen Gevers Dalen Dijken Wetering Klaveren Stralen Mortier Teugels
Finch Griffin Lynch Dunne Bishop Parks Gill Garnier Barbier Arias Gentile Papas Kraft Bose Bentley
Forbes Warner Dunlop Norton Miles Verkade
Smink Marino Cruz Domingo Anthonis
`;

/**
 * More Dutch and Flemish given names: older baptismal forms, their everyday short forms, Frisian,
 * Groningen, Limburg and Brabant names, and names given since 2000. Parts of double names
 * ("Jan-Willem", "Anne-Marie") are listed on their own: the detector reads a hyphenated word whose
 * first part is a given name.
 */
export const dutchGivenNamesMore = `
Gerardus Wilhelmus Petrus Franciscus Theodorus Lambertus Hermanus Hermannus Arnoldus Everardus Gijsbertus
Martinus Nicolaas Josephus Jozef Leonardus Ludovicus Paulus Rudolf Rudolphus Stephanus Aalt Aalbert
Albertus Alphons Alphonsus Ambrosius Andreas Anthonie Anthonius Bartholomeus Bartel Bauke Benedictus
Bernardus Bertus Christoffel Coenraad Constantijn Cornelius Egbertus Elbert Engbert Engelbert
Evertus Fredericus Frederikus Gerbrand Gerlof Gijsbrecht Godefridus Gerhardus Hendricus Henricus Hubertus
Huibert Huub Izaak Joachim Jodocus Johannis Jurriaan Koenraad Laurentius Lambert Machiel Melchior
Reinder Reindert Rochus Ruurd Salomon Servaas Servatius Siebrand Theodoor Willibrordus Wolter Zacharias
Harrie Henny Hennie Tonnie Tonny Dries Driek Drikus Joos Jef Kobus Sjef Sjeng Sjra Har Bèr Ber Zjef
Sef Fons Frenk Gerrie Hannes Hanno Lowie Nol Noël Rien Rinie Tiem Tinus Nelis Naad Dorus Janus
Sytse Sytze Jildert Eppo Fokke Freerk Haye Hayo Hotse Hylke Jetze Jitse Jitze Jochum Lolke Minne Oene
Oeds Popke Pyter Reitse Rintje Ruerd Sieds Sipke Sjirk Sybe Taeke Tiede Tsjalling Wietse Wybe Yde Ytsen
Eeltsje Atse Bote Binne Bonne Feike Haitze Harke Heine Hette Hindrik Hinne Hoite Jarich Jeen Jurjen
Luitzen Meint Menne Obe Oebele Remmelt Rommert Rudmer Sieger Sjouke Teake Tjipke Uilke Watse Wiebren
Wierd Wobbe Ynze Yge Harmen Geert Gerlof Jentje Klaas-Jan Roelf Sijbren Tonko Ubbo Wubbo Eltjo Harko
Jannes Lukas Remko Rieks Roelof Berend-Jan Egbert Hilbrand Jakob Jurn
Geertruida Cornelia Adriana Petronella Antonia Theodora Gerarda Gerharda Jacoba Helena Albertha Albertina
Alberdina Arendina Berendina Bernardina Christina Clasina Klasina Klazina Egberdina Engelina Everdina
Francisca Frederika Gerdina Gezina Hendrina Hermina Hillegonda Jacomina Jannetje Jantina Josina Juliana
Lamberdina Louisa Lucia Magdalena Margaretha Marretje Martina Neeltje Nicolina Pieternella Pietertje
Roelofje Sijtje Teuntje Trijntje Willemina Willempje Gerritje Hendrikje Geesje Janke Jansje Marchien
Harmina Harmke Wubbechien Aagje Aafje Aagtje Dieuwertje Elbertje Evertje Fennechien Gerbrecht Grada
Heiltje Hilletje Hiltje Hinderika Jacobje Lijsbeth Marijtje Reintje Stijntje Baukje Geartsje Aaltsje Akke
Antsje Boukje Doutzen Fardau Feikje Fokje Foekje Geeske Gerbrich Gerbrig Griet Hiske Hiltsje Hinke Ieke
Jantsje Jeltje Jikke Jitske Joukje Klaske Lolkje Lysbeth Minke Rixt Sjoukje Sytske Tetje Tjitske Wytske
Ymkje Ytje Yke Aafke Afke Atsje Eelkje Femmy Grietsje Gryt Hylkje Ida Jetske Lutske Marrit Menke
Rinske Sieke Swaantje Trynke Wike Wypkje Ybeltje Mia Mina Miet Trees Lies Jeanne Jeannette Mariëtte
Mariet Lenie Liesje Anny Bertha Betje Betsie Cato Dina Dora Fientje Fieke Gonnie Guusje Heintje Jopie
Jose José Josje Kaat Keetje Leentje Lena Lidwien Lidwina Mien Mientje Nelie Nellie Nettie Nelleke Riek
Rika Sjaan Sjaantje Stien Stientje Tine Toos Trien Truike Wilhelmien Willemien Wijntje Pietje Tonnie
Annie Corrie Greetje Hetty Jannie Joke Mieke Mies Riet Rie Leni Hanny Ali Annemie Marie-Louise Gerry
Henriëtte Henriette Jolande Josien Josée Josee Marian Marieke Marijn Marlies Mirjam Wilma Yolande
Teije Tieme Sepp Luc Jurre Senn Lenn Loek Lev Noud Tygo Tijs Cas Kaj Vik Faas Siep Sil Ole Kyan Mylan
Jayden Jaydon Jairo Mauro Quin Thijmen Pepijn Gijsbert Hein Huib Joppe Morris Jesper Wessel Vigo
Xavi Zayd Zayn Ilyas Ayoub Rayan Adam Elias Ezra Jace Jax Abel Tobias Damian Joah Jonah Bobby
Benthe Bente Britt Demi Fiene Floortje Indy Jolie Kiki Linn Myla Nikki Pleun Vajèn Jaylinn Jaylin
Jinthe Kaylee Kayleigh Kyara Chayenne Shanna Shanice Nadine Annabel Annabelle Amélie Amelie Eliza Emilie
Faye Fabienne Flore Imme Ines Inès Janne Jette Josefien Juna Lenthe Lilly Liva Loua Malou Nena Nola
Philou Roza Valerie Yasmin Yente Yvie Evie Saar Sem Mees Olivia Liv Noor Nora Norah Mila Lotte Fenna
Lieke Roos Sofie Elin Isa Maud Fien Elif Amira Lola Livia Lise Ise Juul Noa Puck Mare Merel Nienke
Suus Evy Fenne Jente Lana Lara Lois Lot Maartje Marit Maya Meike Pien Quinty Sterre Tessa Veerle Yfke
Zoey Jasmijn Hailey Lizzy Esmee Zara Jade Julie Floor Femke Sanne Dewi Isabel Isabelle Jara
Lieve Lindsey Madelief Minke Myrthe Rosa Sophia Tara Teuntje
Jozef Pieter Wouter Bart Koen Stijn Kris Dirk Marc Geert Filip Philippe Johan Rudi Rudy Eddy Danny
Dries Lieven Joris Brecht Seppe Arne Robbe Warre Wannes Ferre Vic Mathis Jens Jonas Wout Jef
Gert Frederik Koenraad Wim Walter Willy Gustaaf Jules Lowie Maarten Maurice
Nand Rik Remi Tuur Cyriel Jozefien Hilde Katrien Kathleen Karolien Kaat Nele Fien Febe Jana
Laure Mona Ine Tine Liesbet Hanne Griet Marleen Martine Mieke Nathalie Veerle Ann Els Ilse
Lien Lotte Sofie Marijke Inge Ingrid Hilde Godelieve Bieke Annemie Trees Jeanine Mireille Rita Simonne
Viviane Yvette Ginette Noortje Lisse Lauren Mirte Inez Liesje Ria
`;

/** Given names of Dutch citizens and residents of Turkish and Kurdish descent; native and ASCII spellings. */
export const turkishGivenNames = `
Ahmet Mehmet Mustafa Hasan Hüseyin Huseyin İbrahim İsmail Osman Yusuf Murat Ömer Omer Ramazan Halil
Süleyman Suleyman Abdullah Mahmut Recep Salih Fatih Kemal Hakan Kadir Emre Burak Serkan Orhan Erkan
Gökhan Gokhan Volkan Tolga Onur Uğur Ugur Oğuz Oguz Selim Sinan Cem Deniz Kerem Mert Barış Baris Berk
Eren Emir Yiğit Yigit Efe Arda Alp Batuhan Kaan Furkan Enes Emirhan Yunus Yasin Bilal Hamza Metin
Cengiz Erdal Erdoğan Erdogan Ersin Ertan Ertuğrul Ertugrul Fikret Fırat Firat Gürkan Gurkan Hayri
Hikmet İlhan Ilhan İlker Ilker Kenan Koray Levent Mesut Necati Nihat Özgür Ozgur Ozan Savaş Savas
Sedat Selçuk Selcuk Semih Serdar Sezer Şükrü Sukru Taner Tarık Tarik Tayfun Tuncay Turgut Umut Ünal
Unal Yavuz Zafer Zeki Abdulkadir Abdurrahman Akın Alper Aydın Aydin Bekir Birol Bülent
Bulent Cafer Cahit Celal Cemal Cihan Coşkun Coskun Davut Doğan Dogan Ekrem Engin Ercan Erol Ferhat Fuat
Gökay Gokay Hacı Haci Hakkı Hakki Haluk Hamdi Harun Haydar Hilmi İsa Isa İlyas Kazım Kazim Kubilay
Mücahit Mucahit Muhammet Muhammed Musa Nazım Nazim Necdet Nedim Nevzat Nuri Nurettin Oktay Rıza Riza
Sabri Sadık Sadik Sami Selahattin Serhat Sertaç Sertac Sezgin Şenol Senol Şeref Seref Tahsin Talha
Tuncer Turan Uğurcan Ugurcan Vedat Veli Yakup Yaşar Yasar Yücel Yucel Yüksel Yuksel Zekeriya Zeynel
Erdem Ergün Ergun Eyüp Eyup Gökmen Hüsnü Husnu İhsan Ihsan Mahir Mehmet-Ali Muharrem Necmettin
Nejat Orçun Orcun Rasim Remzi Rüstem Rustem Sefa Selami Şaban Saban Şükrü Tevfik Timur Tuğrul Tugrul
Uğurhan Yalçın Yalcin Yılmaz Yilmaz Zülfikar Zulfikar Ayşe Ayse Fatma Emine Hatice Zeynep Elif Meryem
Şerife Serife Zehra Hacer Hülya Hulya Esra Merve Büşra Busra Kübra Kubra Tuğba Tugba Derya Ebru Özlem
Ozlem Sevgi Sibel Songül Songul Yasemin Gülay Gulay Gülsüm Gulsum Hanife Havva Nurcan Nuray Nurten
Özge Ozge Pınar Pinar Selin Sema Semra Serpil Sevda Sevim Sevil Seda Şeyma Seyma Şule Sule Tülay Tulay
Türkan Turkan Ümran Umran Yeliz Zerrin Zuhal Aslı Asli Aysel Aysun Ayten Bahar Berna Betül Betul Burcu
Cansu Ceren Damla Dilek Dilara Ece Eda Elçin Elcin Emel Esma Feride Figen Filiz Gamze Gizem Gökçe
Gokce Gönül Gonul Gülşen Gulsen Hande İlknur Ilknur İpek Ipek İrem Irem Leyla Melek Melike Melis
Meltem Nazlı Nazli Neslihan Nilay Nihan Nesrin Nermin Rabia Reyhan Saadet Sabahat Saliha Sena Serap
Sinem Ümmühan Yağmur Yagmur Zübeyde Zubeyde Zeliha Azra Ecrin Eylül Eylul Defne Nisa Buse Beyza
Hilal Hira Miray Sude Tuana Yaren Zümra Zumra Elanur Ayla Aynur Canan Dilan Dilşad Gülcan Gulcan
Gülten Gulten Hayriye Kevser Lale Medine Münevver Nagihan Necla Nergis Nuran Perihan Sabiha
Safiye Sakine Seher Sevinç Sevinc Süheyla Suheyla Tülin Tulin Ülkü Ulku Yıldız Zekiye Zeynep
`;

/** Given names of Dutch citizens and residents of Moroccan descent: Arabic and Amazigh (Riffian, Tashelhit). */
export const maghrebGivenNames = `
Mohammed Mohammad Muhammad Mohamad Ahmad Abdelkader Abdellah Abdellatif Abdelaziz Abdelhak Abdelhamid
Abdelilah Abdelkrim Abdelmajid Abdelali Abdeslam Abdessamad Abderrahim Abderrahman Abdelghani Abdelmalek
Abdelouahed Abdelfattah Abdelkarim Abdou Achraf Adnan Aziz Badr Brahim Chakib Chafik Elias Fouad Hakim
Hamid Hassane Houssine Hussein Ilyas Imad Jawad Kamal Karim Khaled Lahcen Larbi Miloud Mimoun Mohcine
Mohsin Mokhtar Mostafa Mustapha Nabil Najib Noureddine Nourdin Rashid Redouane Reda Ridouan Saïd
Salah Sofian Tarek Taoufik Toufik Youness Yousef Yahya Zakariya Zouhair Amine Anwar Ilyass Marouane
Marwan Nassim Othmane Ouassim Saad Walid Wassim Yasser Zaid Ismael Oussama Osama Mounim Faysal Faisal
Fayçal Hafid Jilali Kaddour Lhoussaine Mbarek Mhamed Mohand Moha Aissa Hammou Amar Fikri Hatim Idir
Massin Yuba Juba Anir Amayas Aksel Aksil Menad Amnay Azdin Azzedine Bouchaib Driss Abdelhadi Abdelwahid
Ayyoub Hamid Hassan Houssam Ibrahim Ismaïl Jaouad Mehdi Moussa Mourad Nordin Rida Rachid Said Soufyan
Soufian Tawfik Yassir Younès Zakaria Zouhir Mounir Abdelhafid Abdelmounaim Aboubakr Abderrazak Faouzi
Hassan Jamal Khalid Mimount Itto Ijja Fadma Yamna Tuda Tiziri Thiziri Tilelli Dihya Tanirt Tamimount
Fatiha Fatna Aïcha Naïma Nora Noura Nour Rachida Saida Saïda Samira Siham Souad Soumaya Soumia Sanae
Salma Samia Hanane Hanan Houda Ikram Ilham Imane Iman Jamila Karima Latifa Laila Leila Loubna Mariam
Maryam Naoual Nawal Nisrine Nezha Rahma Rajae Rania Safae Safia Salima Sanaa Sihame Soukaina Soukayna
Wafae Warda Yasmine Yousra Zahra Zainab Zaynab Zohra Zoubida Zakia Asmae Asma Chaimae Chaima Douae
Ghizlane Hajar Hiba Ibtissam Kawtar Khaoula Lamia Malak Manal Maroua Marwa Meriem Mouna Nadira
Najoua Nihad Oumaima Sabrina Sakina Touria Wiam Yamina Zahira Ilhame Nassima Chadia Btissam Ghita
Inas Israe Kenza Lamyae Nisrin Sabah Widad Zina Hafida Khadija Fatima Malika Naima Najat Nadia Meryem
Amal Ikram Dounia Fadoua Hafsa Kaoutar Layla Sara Sarah Souhaila Hasna Hayat Ilona Loubna Mariem
`;

/**
 * Given names of Dutch citizens and residents of Surinamese (Hindustani, Creole, Javanese,
 * Chinese), Antillean, Aruban, Indonesian and Moluccan descent.
 */
export const caribbeanIndonesianGivenNames = `
Vikas Naresh Ramesh Suresh Mahesh Rakesh Ritesh Sanjay Amit Arvind Ashok Bhagwan Deepak Devanand Girish
Harish Jairam Jagdew Jitendra Kishan Kishen Krishna Lachman Madan Mahendra Manoj Mukesh Narendra Prakash
Pravin Radjinder Rajendra Randjiet Ranjit Roshan Sanjiv Satish Shiva Soeresh Soenil Soerindre Surindre
Sarwan Sewdien Shailesh Shyam Umesh Vijay Vinod Vishnu Wiresh Yogesh Ramdien Rabin Sharief Farid Roshni
Anita Asha Chandra Devi Geeta Gita Indira Kamla Kamala Lakshmi Laxmi Mala Meena Mira Nalini Nisha
Poonam Pooja Rani Rekha Sangita Sarita Savitri Seema Shanta Shakuntala Sita Soenita Sushila Sunaina
Vanita Vandana Varsha Vidya Shivani Shalini Sheila Sushma Renuka Nirmala Premila Pushpa Rajwantie
Sandhya Sabita Nandini Nandita Anoeska Sharmila Sharmilla Radjkumari Indra Chandani Soeniel Ravindra
Humphrey Romeo Clarence Clifton Clyde Delano Desi Desiré Dino Dwight Edgar Edson Elvis Eugène Gerold
Gilbert Iwan Lucien Marciano Orlando Otmar Purcy Regilio Rinaldo Romano Sheldon Sergio Stanley
Sylvester Virgil Wilfried Wensley Xander Humberto Hensley Urvin Roel Jerry Gregory Giovanni Reynaldo
Rolando Marlon Kenrick Sherwin Edsel Jurickson Churandy Shurandy Sheraldo Luigi Ramiro Gilberto Rignald
Sharlon Dyron Kenji Jeremain Rigino Ruchella Migdalia Gisela Marlène Sherida Sherita Sonia Sylvana
Tatiana Ursula Gwendolyn Gwen Jocelyn Leonie Lucretia Marisca Mavis Sherina Shantal Sharlene Shanella
Gracia Carmen Edith Elvira Hortence Josta Juliëtte Juliette Katja Liliane Maureen Marcia Melanie
Mildred Norma Olga Rosita Roxanne Tanisha Zoraida Joan Marlene Cheryl Germaine Sukirman Soekirman Sarmo
Paiman Wagimin Ponirah Sarijem Tukiman Soemini Wagiran Soeparman Suparman Supardi Soepardi Kasmin Karijo
Paidi Sarinah Waginem Tumirah Sumiati Soemiati Partini Sriwati Agus Budi Dewi Wulan Indah Adi Bambang
Joko Eko Hadi Hendra Heru Slamet Teguh Wahyu Yudi Yanti Wati Yuli Sari Siti Tuti Rina Ratna Ratih
Lestari Kartika Ayu Nurul Dian Fitri Intan Wayan Ketut Nyoman Gede Putu Komang Kadek Bagus Dimas Rizky
Fajar Ilham Irfan Andi Arief Bayu Dedi Doni Endang Gunawan Haryanto Iwan Kurniawan Sutrisno
Susanti Wahyuni Yulia Nining Fransiska Melati Mawar Puspita Ningsih Sulastri Sumarni Kusuma Ratnasari
Tjoe Tjong Tjin Fong Fung Akong
`;

/** Given names of Dutch residents from Poland, Romania, Bulgaria, Ukraine and Russia; native and ASCII spellings. */
export const easternEuropeanGivenNames = `
Andrzej Antoni Arkadiusz Artur Bartosz Bartłomiej Bartlomiej Bogdan Bogusław Boguslaw Czesław Czeslaw
Damian Dariusz Dawid Dominik Edward Emil Filip Franciszek Henryk Hubert Ignacy Jacek Janusz Jarosław
Jaroslaw Jerzy Józef Jozef Kacper Karol Kazimierz Konrad Krystian Leszek Lukasz Maciej Marek Mariusz
Mateusz Michal Mieczysław Mieczyslaw Mikołaj Mikolaj Miłosz Milosz Norbert Oskar Patryk Pawel
Przemysław Przemyslaw Radosław Radoslaw Rafał Rafal Ryszard Sebastian Sławomir Slawomir Stanisław
Stanislaw Stefan Sylwester Szymon Tadeusz Waldemar Wiesław Wieslaw Witold Władysław Wladyslaw
Zbigniew Zdzisław Zdzislaw Zenon Zygmunt Wiktor Tymon Igor Kuba Oliwer Aleksander Maksymilian Ksawery
Agata Aleksandra Alicja Alina Aneta Aniela Beata Bożena Bozena Danuta Dominika Dorota Edyta Elżbieta
Elzbieta Emilia Ewelina Grażyna Grazyna Halina Helena Irena Iwona Izabela Jadwiga Janina Jolanta
Justyna Kamila Karolina Kinga Klaudia Krystyna Lucyna Malgorzata Marianna Marta Marzena Natalia Nikola
Oliwia Patrycja Paulina Renata Sylwia Stanisława Urszula Wanda Weronika Wiesława Wioletta Zofia Zuzanna
Żaneta Zaneta Gabriela Wiktoria Lena Milena Martyna Magda Kasia Basia Gosia Ania Ola
Andrei Alexandru Cătălin Catalin Constantin Cristian Dragoș Dragos Florin Gheorghe Ioan Ionuț Ionut
Iulian Lucian Marian Marius Mihai Mihail Mircea Nicolae Ovidiu Petru Radu Răzvan Razvan Sorin Ștefan
Teodor Traian Valentin Vasile Viorel Vlad Costel Cosmin Claudiu Eugen Liviu Laurențiu Laurentiu Sergiu
Silviu Tudor Andreea Anca Camelia Cătălina Catalina Daniela Florentina Georgiana Ioana Irina Iulia
Larisa Loredana Luminița Luminita Mădălina Madalina Mihaela Mirela Nicoleta Oana Raluca Ramona Roxana
Simona Violeta Viorica Adina Corina Denisa Sorina Ileana Lavinia Rodica Aurelia Doina Elisabeta
Georgi Dimitar Nikolay Petar Hristo Stoyan Todor Vasil Atanas Krasimir Plamen Aleksandar Yordan Boyan
Borislav Kaloyan Momchil Nikola Rumen Svetoslav Tsvetan Veselin Zhivko Lyubomir Radoslav Miroslav Iliya
Kiril Lachezar Ivanka Yordanka Penka Mariya Gergana Desislava Dimitrinka Galina Iliana Ivelina Kalina
Katya Margarita Nadezhda Nikol Petya Radka Rositsa Snezhana Stefka Svetla Svetlana Tanya Tsvetelina
Vanya Velichka Vesela Yana Zlatka Boryana Denitsa Dobrinka Ekaterina Evgeniya Raya Viktoria Anelia
Antoaneta Bilyana Donka Kremena Lilia Neli Nevena Polina Rumyana Siyka Tatyana Veneta Yoana Zornitsa
Oleksandr Olexandr Oleksiy Oleksii Andriy Andrii Serhiy Serhii Volodymyr Vitaliy Vitalii Dmytro Mykola
Mykhailo Yuriy Yurii Ihor Vasyl Taras Bohdan Petro Pavlo Yaroslav Maksym Artem Denys Anatoliy Vadym
Vladyslav Yevhen Ruslan Stanislav Kostiantyn Oleh Borys Valentyn Valeriy Vladimir Sergei Sergey Alexei
Aleksei Alexey Dmitri Dmitry Nikolai Mikhail Yuri Anatoly Evgeny Yevgeny Grigory Konstantin Oleg
Pyotr Vadim Valery Vasily Vitaly Vyacheslav Arkady Artyom Daniil Fyodor Gennady Ilya Kirill Leonid
Matvey Nikita Semyon Timofey Yegor Egor Olena Olha Oksana Tetiana Tetyana Iryna Nataliya Nataliia
Svitlana Yuliia Kateryna Anastasiia Anastasia Viktoriia Halyna Lyudmyla Liudmyla Mariia Larysa Inna
Nadiya Oleksandra Khrystyna Solomiia Daryna Veronika Valentyna Zoya Lesya Ulyana Vira Olga Tatiana
Natalya Yekaterina Yelena Lyudmila Ksenia Kseniya Daria Darya Valeria Alyona Anya Dasha Masha Nastya
Olya Sveta Zhanna Lidia Raisa Lyuba Evgenia Yevgenia Alevtina Oxana Elizaveta Kristina Karina
`;

/** Given names of Dutch residents with roots in Syria, Iraq, Afghanistan and Iran. */
export const middleEasternGivenNames = `
Mahmoud Mahmud Abdulrahman Abdul Samer Sameer Fadi Rami Bashar Basel Bassel Tareq Firas Wael Wissam
Ammar Ayham Aiham Majd Muhannad Mohanad Nizar Qusay Raed Rafat Riad Riyad Saleh Salem Taha Yaser
Ziad Ziyad Zaher Feras Ghaith Haitham Hazem Hisham Iyad Karam Louay Luay Maher Majed Mazen Mouaz
Muaz Munir Nasser Obada Ubada Rabie Rashad Saeed Shadi Suleiman Sulaiman Wajdi Yazan Yamen Hadi
Haider Hayder Abbas Alaa Mohannad Mortada Murtada Sajjad Karrar Hussam Husam Qasim Kassem Jaafar Jafar
Ayad Laith Layth Muhanad Sarmad Duraid Faris Ayman Hani Jamil Jameel Emad Nawaf Rakan Safwan
Talal Asmaa Aya Bushra Dalia Dima Duaa Ghada Hala Huda Jana Joud Lubna Maha Manar Maysa Mays Muna
Rana Rasha Rawan Reem Ruba Rula Rahaf Razan Sahar Samar Sana Sawsan Shahd Suha Tala
Zeina Zeinab Zahraa Aseel Batoul Bayan Dana Ghina Hadeel Israa Lamis Lujain Maram Nisreen Raghad
Ruqaya Safa Shaima Tasneem Wafaa Ahmadullah Habibullah Hamidullah Najibullah Rahmatullah Zabiullah
Sayed Sayyed Fawad Fazel Ghulam Hamed Javed Mahmood Massoud Masoud Mirwais Mujtaba Nasir Naser
Omid Qadir Rahim Sadiq Samiullah Shafiq Sharif Sohrab Tariq Wahid Waheed Zabihullah Zalmai Zaki Ashraf
Bashir Daoud Dawood Elyas Fahim Haroon Hekmat Idris Jamshid Latif Mansoor Mansour Matiullah Mirza
Naweed Navid Nazir Qasem Rafi Rafiullah Shafi Sohail Suhail Waris Yousuf Zarif Fereshta Freshta Farida
Farzana Habiba Homa Lida Mahbooba Malalai Marzia Mursal Nargis Nasrin Nazifa Parwana Parisa Roya
Shabnam Shakila Shukria Soraya Tahmina Zarghona Zarmina Zohal Zuhal Mina Madina Masooma Rahila Razia
Setara Sitara Wahida Alireza Amirhossein Mohammadreza Hossein Hamidreza Majid Saeid Behrouz Behrooz
Babak Bahram Dariush Davood Ehsan Farhad Farshad Farzad Hooman Houman Javad Kamran Kaveh Keyvan Kourosh
Koorosh Mahdi Mehran Mehrdad Milad Mojtaba Morteza Nima Payam Pedram Peyman Pouya Ramin Reza Roozbeh
Saman Sasan Shahin Shahram Siamak Sina Vahid Arash Arman Aram Ardalan Armin Arya Ashkan Behnam Behzad
Ebrahim Esmaeil Faramarz Fariborz Foad Ghasem Hesam Jalal Kambiz Kiarash Mahyar Manouchehr Masih Mazdak
Parviz Parsa Pejman Pooya Pouria Rostam Sajad Salar Sepehr Shahab Shervin Soheil Yashar Fatemeh Mahsa
Setareh Shirin Neda Niloufar Nilufar Parvaneh Sanaz Sepideh Shiva Simin Soheila Tahereh Yasaman Azadeh
Azar Behnaz Elham Elaheh Farnaz Fariba Farzaneh Fereshteh Golnaz Golnar Haleh Hamideh Jaleh Kimia
Ladan Mahnaz Mahtab Mandana Marjan Mehrnoosh Minoo Mitra Mojgan Nahid Nazanin Negar Negin Noushin
Pardis Pegah Parinaz Raha Samaneh Shahla Shahrzad Sheida Sima Somayeh Taraneh Zohreh Ziba Zeynab
Atefeh Bita Donya Golnoosh Hasti Helia Kiana Ayda Aida Arezoo Ghazal Mahdieh Mahboubeh Marzieh
Masoumeh Narges Nooshin Parastoo Shima Shokoufeh
`;

/** Given names of Dutch residents with roots in Eritrea, Ethiopia, Somalia, Ghana, Nigeria and Cape Verde. */
export const africanGivenNames = `
Tesfaye Tesfay Tekle Mehari Mehreteab Mussie Yonas Yohannes Dawit Haile Hailu Habte Habtom Kidane Kibrom
Kiflom Berhane Berhe Bereket Biniam Biniyam Amanuel Aron Filmon Fitsum Goitom Henok Mikael Merhawi Nahom
Robel Semere Senai Tedros Tewelde Tekeste Teklit Teame Tesfalem Weldu Yemane Yared Yosief Zerai Zerihun
Abiel Alem Asmerom Awet Efrem Eyob Ezana Filimon Gebre Gebremedhin Gebremichael Gebrehiwet Ghebremedhin
Girmay Hagos Hailemariam Kesete Kidus Mekonnen Mulugeta Negash Okbay Tadesse Tekie Tesfu Tewolde Woldu
Yacob Zecarias Zekarias Senait Saba Freweyni Fiori Feven Rahel Rahwa Lwam Luwam Meron Mebrat
Medhin Mihret Milen Nardos Semhar Tsega Tsegereda Tsion Winta Yordanos Yodit Yeshi Kidist Bethlehem
Betelhem Hiwet Hiwot Meseret Tigist Almaz Aster Azeb Tirhas Tsehay Abeba Hirut Mahlet Meaza Rediet
Selamawit Tigest Tirsit Weini Yohana Zewdi Zufan Samrawit Senayt Luam Abdi Abdirahman Abdullahi Abdiaziz
Abdikarim Abdirashid Abdiqadir Abdirizak Abdiwali Abdisalam Abdifatah Mohamud Mahamud Warsame Jama Hersi
Dahir Aden Adan Isse Faisal Guled Liban Mahad Mukhtar Sakariye Yonis Zakariye Ayanle Elmi Egal
Gedi Hirsi Kahin Roble Samatar Siad Abdalla Mohamoud Abdinasir Fadumo Faduma Hodan Amina Ayan
Deqa Fartun Filsan Halima Hawa Hibo Idil Ifrah Khadra Luul Maryan Nasra Nimco Sahra Shukri Sucaad Ubah
Warsan Zamzam Sagal Sumaya Amran Anab Ikran Istar Nafisa Ruqia
Kwame Kwabena Kwaku Kofi Kojo Kwesi Kweku Akwasi Kwadwo Ekow Kobina Kwamena Akua Abena Adwoa Afua Afia
Akosua Efua Ekua Adjoa Amma Ebo Kwasi Ebenezer Gifty Chinedu Chukwuemeka Emeka Chidi Chibuike Chijioke
Chinonso Chika Chioma Chiamaka Chinwe Ngozi Nneka Obinna Ikenna Ifeanyi Ifeoma Uchenna Kelechi Nnamdi
Okechukwu Oluwaseun Seun Olumide Oluwatobi Tobi Tunde Babatunde Adewale Adebayo Ayodele Femi
Folake Funmilayo Funmi Kemi Bolaji Bisi Biodun Damilola Dayo Gbenga Jide Kayode Kunle Lanre Olufemi
Segun Shola Temitope Tope Tolu Toyin Yemi Yetunde Abimbola Adaeze Adaora Amaka Chinyere Ebere Ijeoma
Nkechi Obiageli Onyeka Uche Ugochi Nkem Amara Aminu Abubakar Usman Sani Bello Yakubu Garba Danladi
Haruna Lawal Aliyu Hauwa Binta Hadiza Bukola Modupe Omolara Adunni Titilayo Osagie Osaro Efosa Ehis
Eghosa Ejiro Tega Joao João Domingos Adilson Jailson Hélio Helio Filomena Djamila Neusa Elisângela
Sónia Celeste Edna Ivanilda Zenaida Arlindo Evandro Nelson Dulce
`;

/** Given names of Dutch residents with Chinese (pinyin, Cantonese), Vietnamese, Indian and Filipino roots. */
export const asianGivenNames = `
Wei Hui Jing Ling Yan Yang Hua Jie Jian Tao Feng Chao Chen Fei Hao Jia Jin Lin Ning Peng
Qiang Qing Rui Shan Tian Ting Wen Xin Xia Xiao Xue Ying Yong Yuan Yun Zhen Zhi Zhong Xiaoming Jianguo
Zhiwei Weiwei Lili Jingjing Yingying Haiyan Xiaoyan Xiaohong Jianhua Guoqiang Zhiqiang Jianjun Jianping
Yuxuan Zihan Haoran Yichen Yuhang Zixuan Yutong Xinyi Ziyi Jiahao Junjie Wenjie Jiayi Yiming Haoyu
Zhihao Mingyu Ruoxi Siyu Xinyu Yuting Yuxin Zhiyuan Jiawei Zhenyu Xiaowei Xiaojun Xiaolong Xiaofeng
Hongwei Jianwei Lihua Lijun Liping Meiling Xiulan Guiying Yumei Yulan Xiuying Chunmei Kwok Yuen
Anh Minh Linh Huong Hương Thanh Hùng Tuan Tuấn Duc Đức Hoa Hieu Huy Khanh Khánh Ngoc Nhung
Phuong Phương Quang Thao Thảo Thuy Trang Trung Vinh Bao Cuong Hanh Hien Hoai Khoa Luan Nga Nhi Phong
Phuc Quyen Quynh Thien Thinh Thuan Toan Tung Uyen Xuan Duy Hau Huyen Nhu Oanh Tuyet Giang
Diem Thi
Aarav Aditya Akash Ankit Anuj Arun Ashish Gaurav Hemant Kunal Manish Mohit Naveen Nikhil Nitin
Pankaj Pradeep Prashant Rahul Rajiv Rohit Sachin Sandeep Saurabh Siddharth Sumit Tarun Varun Vikram
Vinay Vivek Yash Abhishek Ajay Akhil Alok Aman Amol Aniket Anirudh Anshul Anurag Ayush Chetan Darshan
Dhruv Gautam Gopal Hitesh Ishaan Jatin Jayesh Kapil Karan Kartik Lalit Mayank Neeraj Nilesh Nishant
Omkar Parth Piyush Pranav Prateek Puneet Rajat Sameer Sanket Santosh Shashank Shivam Shubham Somesh
Sourabh Sudhir Sushant Tushar Utkarsh Vaibhav Vipul Balaji Ganesh Karthik Karthikeyan Murugan Prabhu
Raghav Rajkumar Saravanan Senthil Shankar Sivakumar Srinivasan Subramanian Venkatesh Vignesh Aravind
Gopinath Hari Kannan Kumar Lokesh Madhavan Muthu Palani Sathish Selvam Siva Sridhar Sundar Vasanth
Venkata Srinivas Ramakrishna Praveen Chaitanya Kalyan Nagaraju Prasad Raju Sekhar Teja Vamsi Vamshi
Venu Harsha Phani Sudheer Sravan Srikanth Madhu Pavan Abhijit Amitava Anirban Arnab Arijit Debashis
Debasish Indranil Joydeep Partha Prosenjit Rajib Sourav Subhash Sudipta Supriyo Tanmoy Sanjib
Soumya Biswajit Dipankar Kaushik Rupam Shubhankar Sayan Gurpreet Harpreet Manpreet Jaspreet Amandeep
Arshdeep Gurdeep Harjit Jasbir Jaswinder Kuldeep Manjit Navdeep Parminder Rajinder Sukhwinder Sukhdev
Baljit Balwinder Gurmeet Harbhajan Inderjit Jagdeep Kamaljit Lakhwinder Navjot Paramjit Simran
Simranjit Tejinder Amrit Amarjit Aishwarya Ananya Ankita Anushka Aparna Archana Arti Aarti Bhavna Deepa
Deepika Divya Garima Isha Jyoti Kavya Komal Madhuri Manisha Meera Megha Namrata Neha Nidhi Nikita
Pallavi Preeti Priyanka Radhika Rashmi Ritu Rupali Sakshi Sangeeta Sapna Shilpa Shreya Shruti Shweta
Smita Sneha Sonal Supriya Swati Tanvi Vrinda Yamini Lavanya Revathi Sangeetha Sowmya Keerthana Kavitha
Malathi Padma Rajeshwari Sarala Sudha Suganya Anusha Bhavani Haritha Madhavi Swathi Sirisha Sravani
Tejaswi Aditi Ahana Debjani Ishita Moumita Paramita Riya Rituparna Sudeshna Tanusree Mitali Harleen
Jasleen Gurleen Navneet Kiranjit Amrita Rupinder Parveen
Angelo Carlo Jericho Jerome Kristine Rowena Marites Maricel Marilou Marivic Lorna Teresita Imelda
Corazon Ferdinand Rodrigo Rogelio Ramil Danilo Eduardo Ernesto Efren Jojo Manny Noel Ronaldo Arnel
Edgardo Wilfredo Virgilio Leonardo Lito Nestor Allan Alvin Jayson Jomar Jonel Renato Mylene
Maricar Marlyn Jennylyn Liza Luz Maribel Mariel Marjorie Merlie Nenita Perla Rhea Susana Rosario
Lourdes Divina Erlinda Estrella Evangeline Josefina Leonora Lilibeth Luzviminda Milagros Remedios
Rosemarie Vilma Cecilia Charmaine Geraldine Maryjoy Analyn Angelica Arlene Aileen Glenda Jessa Jovelyn
Rachelle Rhodora
`;

/** Spanish, Portuguese (also Cape Verdean and Brazilian), Italian and Greek given names. */
export const southernEuropeanGivenNames = `
Alejandro Álvaro Alvaro Andrés Andres Antonio Carlos Diego Emilio Enrique Fernando Francisco Guillermo
Ignacio Iker Javier Jesús Joaquín Joaquin Jorge José Jose Juan Julio Luis Manuel Marcos Mario Martín
Miguel Nicolás Óscar Pablo Pedro Rafael Ramón Raúl Raul Roberto Rubén Salvador Santiago Tomás Vicente
Víctor Adrián Agustín Alfonso Alberto Arturo Gonzalo Héctor Hector Jaime Julián Lorenzo Mateo Mauricio
Moisés Xavier Xabier Jordi Oriol Beatriz Clara Cristina Elena Laura Lucía Luisa Marta María Natalia
Nuria Paloma Pilar Raquel Rocío Rocio Silvia Sofía Teresa Alba Alicia Ainhoa Blanca Concepción Consuelo
Dolores Esperanza Eugenia Inés Irene Josefa Juana Leticia Lorena Macarena Manuela Montserrat Nerea
Noelia Rebeca Verónica Ximena Alejandra Ángela Camila Mariana Fernanda Guadalupe Lupita Jimena Paola
João Tiago Thiago Rui Nuno Luís Paulo Bruno Vítor Vitor Filipe Gonçalo Goncalo Duarte Afonso Diogo
Sérgio Fábio Fabio Márcio Marcio Rúben Henrique Gustavo Matheus Mateus Felipe Vinícius Vinicius Caio
Renan Leandro Marcelo Cláudio Claudio Fabrício Fabricio Rogério Rogerio Júlio António Joaquim Mário
Armando Catarina Joana Leonor Francisca Matilde Margarida Filipa Patrícia Cláudia Andreia Cátia Catia
Juliana Larissa Letícia Luana Luciana Bruna Amanda Aline Débora Priscila Thaís Vitória Vitoria Rafaela
Adriana Elisa Graça Conceição Fátima Lurdes Rosário
Alessandro Carlo Daniele Davide Enrico Federico Filippo Francesco Gabriele Giacomo Gianluca Giorgio
Giulio Giuseppe Massimo Matteo Mattia Michele Paolo Pietro Raffaele Riccardo Stefano Tommaso Vincenzo
Alessio Antonello Cristiano Dario Emanuele Enzo Fabrizio Franco Gianni Gino Guido Luciano Maurizio
Nicolò Niccolò Pasquale Piero Rocco Umberto Valerio Vittorio Domenico Edoardo Ettore Fausto Gaetano Ugo
Aldo Camillo Corrado Elio Fulvio Gennaro Ignazio Italo Livio Marcello Ottavio Raimondo Remo Sandro
Silvio Tiziano Tullio Alessandra Alessia Antonella Arianna Beatrice Camilla Caterina Chiara Daniela
Eleonora Elisabetta Emanuela Federica Francesca Gabriella Giada Giorgia Giovanna Giulia Ilaria Letizia
Michela Monica Patrizia Raffaella Roberta Rossella Serena Simona Stefania Valentina Benedetta
Carlotta Donatella Fabiola Flavia Giuseppina Graziella Lorenza Loredana Marcella Margherita Mariangela
Mirella Nicoletta Noemi Ornella Rosanna Rosaria Tiziana Vittoria
Georgios Giorgos Dimitrios Dimitris Konstantinos Kostas Ioannis Giannis Yannis Nikolaos Nikos
Panagiotis Christos Vasileios Vasilis Athanasios Thanasis Evangelos Vangelis Michail Michalis Spyridon
Spyros Anastasios Tasos Theodoros Emmanouil Manolis Stavros Stelios Stylianos Petros Pavlos Alexandros
Antonios Apostolos Charalampos Babis Ilias Kyriakos Leonidas Marios Nektarios Sotiris Stathis Thanos
Vasilios Achilleas Aristotelis Angelos Fotis Grigoris Lambros Miltiadis Nikitas Odysseas Orestis
Prodromos Savvas Sokratis Stefanos Takis Thodoris Triantafyllos Yiannis Zisis Eleni Aikaterini Katerina
Vasiliki Angeliki Dimitra Ioanna Konstantina Paraskevi Evangelia Panagiota Eirini Irini Despina
Stavroula Chrysa Chrysoula Athina Fotini Kalliopi Kyriaki Magdalini Niki Sotiria Efthymia Foteini Zoi
Artemis Danai Eftychia Elpida Kassiani Myrto Rena Smaragda Styliani Xanthi
`;

/** German, French and Walloon given names. */
export const germanFrenchGivenNames = `
Jürgen Juergen Klaus Dieter Uwe Horst Helmut Helmuth Manfred Wolfgang Werner Günter Gunter Guenter Karl
Heinz Friedrich Fritz Ludwig Rolf Rainer Reinhard Siegfried Ulrich Udo Volker Bernd Jörg Joerg Thorsten
Torsten Lukas Maximilian Moritz Niklas Nils Florian Matthias Christoph Markus Holger Ralf Timo Jannik
Philipp Benedikt Konstantin Leopold Malte Hendrik Bjoern Gregor Henning Ingo Lutz Detlef Egon Erich
Georg Gottfried Gustav Hartmut Kurt Lothar Rüdiger Ruediger Siegmund Wilfried Winfried Axel Carsten
Jochen Steffen Sascha Jannis Henri Mattis Fynn Linus Ute Ulrike Gabriele Gisela Helga Birgit Christa
Christiane Erika Gertrud Hannelore Heike Heidi Hildegard Irmgard Jutta Katrin Kerstin Margarete
Silke Stefanie Bettina Dagmar Franziska Gudrun Katharina Kathrin Leonie Greta Frieda Mathilda Luise
Annika Carolin Svenja Verena Wiebke Beate Carola Elfriede Friederike Gertraud Gundula Heidrun Lieselotte
Marlies Regina Roswitha Sieglinde Theresa Waltraud
Jean Pierre Jacques Philippe Alain Christophe Claude Didier Dominique Éric François Francois Frédéric
Frederic Gilles Guillaume Hervé Herve Julien Sébastien Sebastien Stéphane Stephane Thierry Yves Antoine
Arnaud Benoît Benoit Cédric Cedric Damien Denis Emmanuel Fabien Fabrice Florent Franck Georges Gérard
Grégory Henri Jérôme Jerome Jérémy Jeremy Joël Lionel Loïc Loic Ludovic Matthieu Maxime Mickaël Raphaël
Raphael Rémi Romain Sylvain Théo Thibault Thibaut Yann Adrien Alexandre Aurélien Aurelien Baptiste
Bastien Clément Clement Corentin Cyril Étienne Etienne Gaël Gaetan Gaëtan Kévin Killian Kylian Léo Mael
Maël Timothée Timothee Gauthier Sacha Noé Nathalie Sylvie Françoise Francoise Valérie Sandrine Stéphanie
Véronique Veronique Céline Celine Laurence Aurélie Aurelie Émilie Virginie Mélanie Karine Delphine
Elodie Élodie Camille Léa Chloé Anaïs Anais Pauline Océane Oceane Justine Margaux Maëlle Maelle
Clémence Clemence Éloïse Eloise Amandine Agathe Cécile Cecile Colette Geneviève Genevieve Huguette
Josette Josiane Madeleine Marguerite Michèle Michele Micheline Odette Paulette Solange Annick Béatrice
Claudine Évelyne Evelyne Ghislaine Hélène Helene Léonie Marcelle Maryse Murielle Myriam Noémie Noemie
Séverine Severine Sylvianne Zoé Léna Thérèse Therese Bernadette
`;

/** More English, Irish, Scottish and Welsh given names. */
export const englishGivenNamesMore = `
Aidan Alastair Alasdair Alistair Alfred Ambrose Andy Archibald Ashley Barry Benedict Bertie Blair
Brendan Brett Brody Bryce Calum Calvin Cecil Cedric Clifford Clive Cody Conall Cormac Curtis Damien
Danny Darragh Darryl Dave Davey Desmond Donal Donovan Duncan Dustin Dwayne Eamon Eamonn Eddie Edmund
Elliott Emmett Enda Ernest Eoin Euan Everett Fergal Fergus Finbar Finlay Fionn Floyd Fred Freddy Garrett
Geoff Geoffrey Gerry Greg Herbert Huw Iain Ieuan Iestyn Ivan Ivor Jaden Jarrod Jeff Jim Jimmy Jody Joey
Jon Jonny Josh Julius Karl Kenny Kieran Kieron Kirk Lachlan Lenny Leonard Leslie Lester Lorcan Luther
Lyle Mackenzie Malachy Matt Maurice Melvin Micheal Mickey Nathaniel Ned Neville Oisin Oisín Ollie
Padraig Pádraig Percy Pete Quentin Randall Reginald Rhodri Robbie Rodney Rodger Ron Ronan Rufus Sammy
Shane Shaun Shawn Sidney Steve Stevie Tadhg Terence Terrence Todd Travis Troy Tyrone Vernon Wallace
Warren Wesley Willie Aled Bryn Dafydd Dai Deiniol Emyr Gethin Glyn Gruffydd Gwilym Hywel Llewellyn
Llywelyn Macsen Meirion Owain Rhydian Siôn Sion Steffan Tomos Trystan Wyn Alun Aneurin Ceri Deio Elis
Emrys Ianto Islwyn Aodhán Barra Breandán Caoimhín Cathal Cian Cillian Colm Colum Daithí Dermot Diarmuid
Donncha Eoghan Fearghal Feidhlim Fiachra Finnian Mairtín Naoise Odhrán Oran Peadar Rónán Ruairí
Ruairi Seán Séamus Shay Tiernan Dougal Dougie Innes Kenzie Lorne Murdo Ruaridh Struan Torquil
Abbie Abby Ada Adele Ailsa Aimee Alana Alexandra Alexis Alicia Alisha Alyssa Anastasia Angelina Annie
Antonia Arabella Ashleigh Aoife Becky Belinda Bella Beth Bethan Beverley Billie Bridget Brigid Bronwen
Caitlin Caitlín Cara Carmel Carrie Cassandra Cerys Charlene Ciara Clare Cleo Connie Cordelia Dana
Daniella Darcey Darcy Deirdre Delia Della Dervla Dionne Dora Dorothea Edith Edna Eileen Elaine Eloise
Elsie Emer Enid Erica Esme Eunice Felicity Fionnuala Francesca Freda Gail Georgina Gertrude Gina Gwen
Gwendolyn Gwyneth Hattie Helena Hilary Hillary Imelda Isobel Jackie Jayne Jemima Jenna Jess Jessie
Joanna Josie Julianne Juliet Kara Kathy Katrina Keeley Kiera Kimberley Lacey Laila Laurie Lesley Lexi
Libby Lilian Lillian Lucille Lucinda Mabel Maddie Maddison Maeve Maggie Mairead Mairéad Maisie Mandy
Margo Marion Marnie Matilda Maureen Maxine Mhairi Miranda Moira Morag Muriel Myra Nell Nellie
Nessa Niamh Olwen Orla Orlaith Paige Pauline Peggy Penelope Philippa Polly Rachael Rebekah Rhiannon
Rhona Rosalind Rosie Roxanne Sally Saoirse Seren Shauna Shelley Sinead Sinéad Siobhan Siobhán
Stacy Susanna Susie Tammy Tegan Tilly Tina Toni Tracey Trudy Una Vicky Vivienne Ailbhe Aisling Caoimhe
Clodagh Eabha Eimear Grainne Gráinne Laoise Muireann Nuala Sorcha Úna Aine Áine Blodwen Carys Ffion
Gwenllian Mair Nerys Nia Rhian Tegwen Angharad Eirlys Eluned Glenys Heulwen Lowri Myfanwy Catriona
Eilidh Kirstin Mairi Morven Shona Elspeth Ishbel Fenella Iona
`;

/**
 * More Dutch and Flemish surnames, without tussenvoegsel: Frisian (-stra, -sma, -inga), Groningen,
 * Twente and Achterhoek (-ink, -huis), Brabant and Limburg names, and "van" names that are not also
 * the name of a large town.
 */
export const dutchSurnamesMore = `
Aalders Aarsen Abbink Achterberg Adema Alkema Altena Ament Ammerlaan Andriessen Arends Arendsen Atsma
Baars Baarda Bakx Balk Barendregt Barendse Beckers Beekhuis Beemster Beens Beentjes Bekker Bekkers
Bennink Benning Bergsma Berends Berendsen Beukema Beukers Beuving Bierma Bijlsma Bijma Blaauw Bleeker
Blokland Boekel Boekhorst Boelens Boerma Boersen Bolhuis Bolk Bomhof Bonnema Boogaard Boomsma Borgman
Bosscher Bouwens Bouwmeester Braam Brandsma Breedveld Brinkman Broekhuis Broekhuizen Broers Broekema
Brouwers Bruggink Brugman Bruinsma Bruning Buijsman Buitenhuis Bulthuis Buter Buurman Buys Claasen
Cornelissen Dalhuisen Damen Dammers Dekema Derks Deurloo Diepenbroek Dijkema Dijkhoff Dijksma Dolman
Doornbos Draaisma Driesen Drenth Duijn Duijvestein Duindam Eekhof Eijkelenboom Eikelenboom Elbers
Elferink Elsinga Engbers Ensing Erkens Eijkman Feijen Fennema Flokstra Fokkema Folkerts Fransen Frederiks
Gaastra Galama Geels Geerdink Geertsma Geerlings Gelderman Gerritse Geurts Geurtsen Gijsbers Goedhart
Gorter Goudsmit Graafland Groeneveld Groenen Groenendijk Groenewegen Grootendorst Haagsma Hakvoort Halma
Hamstra Hanekamp Harms Harmsen Hartman Hartog Heerink Heida Hekman Hellinga Hemmes Hendrix Hengeveld
Henkens Hermus Heeringa Hiemstra Hilbrands Hoeks Hofstede Hofstra Hogendoorn Holleman Holtrop Holtkamp
Hommes Hoogendijk Hoogenboom Hoogerwerf Hoogeboom Hoving Hovius Huijsman Huizinga Hulshof Hulsman
Hummel Hupkes Hutten IJzerman Jaarsma Jacobse Janse Jansma Jeuken Jochems Jongejan Jongeneel Jongman
Jonkers Joosten Jorritsma Kamminga Kanters Kappert Karsten Keijzer Kerkhoven Kersten Ketelaar
Kloppenburg Kluit Koelewijn Kolkman Koopmans Koot Kortekaas Kouwenhoven Kranenburg Kroes Kroeze Kruijt
Kruithof Kruize Kruse Kuijk Kuik Kuijten Kwakman Lagerwerf Lagerweij Langeveld Leijten Lemmens Lensink
Leusink Lieftink Lindeboom Linders Loman Looman Loonstra Luiten Manders Marsman Meerman Meijerink Melis
Meulenbelt Meurs Middelkoop Minnema Moerman Mooij Mooijman Moonen Mostert Mulderij Munnik Nederlof
Nelissen Niemeijer Nieuwenhuizen Nieuwland Nijenhuis Nijkamp Nijman Nijssen Nolten Noordam Noordhoek
Noorman Nooteboom Oldenburger Olthof Olthuis Onstenk Oomen Oosterbaan Oosterhof Oosterwijk Oostveen
Oskam Overbeek Overdijk Pals Pennings Peperkamp Plomp Poelman Poels Poortman Posthuma Raats Rademaker
Rademakers Rakers Reijnen Remmers Renkema Reuvers Riemersma Rietberg Rijken Rijkers Rinsma Roelofsen
Roeleveld Roossien Ruijs Rutten Ruitenberg Schoemaker Scholte Scholtens Schoonderwoerd Schuurman
Schuiling Sibma Siebring Sijbrands Sikkema Slagter Slagman Smeding Smid Smink Spoelstra Steenhuis
Steggink Stuij Swinkels Talsma Teeuwen Terlouw Teunis Thijsen Tiemens Tiemersma Timmerman Tjeerdema
Toonen Tuinstra Uittenbogaard Ubbink Vaessen Veenhuis Veerman Veldkamp Veldhuizen Velthuizen Verbaan
Verboom Verbrugge Verdonk Verhaar Verheijen Verheul Verhey Verkade Verkuijlen Verlaan Vermaas Vermeij
Vermolen Verploegen Verschuren Verstappen Verwey Vijn Visch Vlaar Voorhoeve Vreeken Vreugdenhil Vrieling
Walraven Warmerdam Weening Weerd Weijer Welling Wennink Westerhof Westerhuis Westerman Westerveld Wever
Wiersema Wieringa Wijbenga Wijnhoven Wilbers Willemse Witteveen Woltjer Wouda Wubs Zandvliet Zegers
Zeilstra Zuidhof Zwanenburg Zwiers Zwijnenberg Algra Anema Beetstra Boonstra Buma Damstra Douma
Gerbrandy Haitsma Halbersma Haringsma Hettinga Hilverda Idema Jellema Kamstra Keuning Klijnstra Kingma
Kooistra Lolkema Mellema Miedema Nijdam Ottema Pietersma Reitsma Rienstra Rijpma Rispens Roorda Santema
Sietsma Sijtsma Sinnema Sjoerdsma Stegenga Steenstra Stienstra Tamminga Tiemstra Tilma Tjalsma
Tjeerdsma Veenhoven Walinga Wielinga Wijnia Yntema Ypma Abma Algera Bakema Banga Bergstra Boekema Brons
Hazenberg Hofstee Huizing Kremer Nienhuis Ritsema Siersema Tammeling Wierenga Wolthuis Lansink Leferink
Lenferink Lohuis Morsink Nijhof Pierik Reimink Rouwhorst Vrielink Wansink Wolbers Wissink Brinke
Bemelmans Brouns Crombach Dassen Dirix Erens Frissen Geelen Gielen Houben Kerckhoffs Knops Kusters
Lenssen Linssen Meertens Meulenberg Nijsten Notermans Quaedvlieg Ramakers Roumen Schreurs Slangen
Schoenmakers Thissen Verheggen Vossen Wetzels Widdershoven Wolfs Zeegers Zweegers Bogers Bressers
Claassens Donkers Gevers Hendrikx Mutsaers Schellekens Sengers Smulders Tielemans Verbakel Verbunt
Goedegebuure Harthoorn Kodde Lievense Louwerse Minderhoud Moerland Poppe Quist Roelse Sinke Verhage
Wisse Ravesteijn Rijsdijk Spaans Versteeg Davelaar Hendriksen Lamers Pouwels Zweers Beusekom Bommel
Buuren Daalen Dalen Deursen Dijken Gaal Gelder Gemert Genderen Ginkel Gool Gorp Grinsven Haaften Hemert
Hooff Iersel Kessel Kooten Laar Maanen Marle Nispen Noort Oort Ooijen Raaij Rhee Roosmalen Rossum
Santen Schaik Spronsen Straaten Venrooij Vuuren Welie Wely Werkhoven Wetering Zanten Zelst Zuijlen
Zwieten Asseldonk Beurden Brakel Dommelen Eekelen Gils Haasteren Helvoort Hooren Kemenade Kesteren
Klaveren Lankveld Lieshout Meegen Milligen Moorsel Muijen Oers Overveld Rijt Rooij Rooijen Rossem
Ruijven Setten Sinderen Stralen Ulden Vlimmeren Wanrooij Zijderveld Amerongen Bakel Vugt Bemmel Gestel
Eeden Houtum Kuijk Wijnen Leeuwen Dooren Gils Oijen
Knippenberg Ommeren Beek Doorn Hulten Mourik Poppel Riel Wessem
Maes Claes Michiels Aerts Desmet Declercq Claeys Verstraete Vandenberghe Leclercq Lemaire Renard
Dumont Damme Wuyts Verhaegen Cools Lenaerts Hendrickx Verbeke Acker Smets Vandamme Vandevelde Declerck
Decock Backer Coppens Bogaerts Segers Broeck Jansens Thys Verlinden Huysmans Verschueren Baert
Govaerts Bosmans Vercammen Nys Verbeeck Dewulf Vervoort Vanhoutte Vandeputte Vanlerberghe Deprez Denys
Desmedt Mahieu Bauwens Verhelst Willaert Vanneste Vandewalle Vandenbroucke Verstraeten Vanhove Moens
Claessens Verheyen Heylen Mortier Hoste Lievens Verdonck Dyck Verhulst Maertens Vermeersch Verplancke
Vermeire Vanderhaegen Goethals Deboeck Dierickx Daems Celis Cuypers Anthonis Vanhaecke Bossche Roels
Schepens Teugels Vanacker Vandenbussche Dhondt Dewaele Derycke Demeyer Dekeyser Devos Dierckx Geens
Kenis Lauwers Leemans Luyten Meeus Nuyts Beeck Peetermans Raes Reynaerts Sels Sterckx Swinnen Theunis
Verachtert Verbist Verbiest Vranckx Wijns Wyns Vandersteen Vanderlinden Vandenbosch Vanhoof Vanparys
Pieters Geukens Smolders Vos
`;

/** Surnames of Dutch citizens and residents of Turkish and Kurdish descent; native and ASCII spellings. */
export const turkishSurnames = `
Yildirim Özdemir Ozdemir Kılıç Kilic Aslan Çetin Cetin Kara Koç Koc Özkan Ozkan Şimşek Simsek
Polat Özcan Ozcan Korkmaz Karakaya Erdoğan Erdogan Yavuz Acar Aksoy Güneş Gunes Tekin Ünal Unal Bulut
Keskin Yüksel Yuksel Ateş Ates Güler Guler Bozkurt Turan Uçar Ucar Kaplan Altun Özer Ozer Avcı Avci Sarı
Sari Işık Isik Erdem Karaca Çakır Cakir Özbek Ozbek Tunç Tunc Yalçın Yalcin Aktaş Aktas Kaçar Kacar
Sönmez Sonmez Duman Karaman Tuncer Coşkun Coskun Ekinci Bayram Bayrak Demirci Gündoğdu Gundogdu Temiz
Uysal Kocaman Altıntaş Altintas Akın Çiftçi Ciftci Eren Güven Guven Koçak Kocak Savaş Savas
Aydoğan Aydogan Akbulut Akgül Akgul Kalkan Sevim Başaran Basaran Demirtaş Demirtas Durmaz Akdoğan
Akdogan Arıkan Arikan Toprak Ayhan Ceylan Kahraman Çınar Cinar Soylu Uzun Kurtuluş Kurtulus Karagöz
Karagoz Ergün Ergun Gündüz Gunduz Karataş Karatas Aksu Akyol Orhan Bilgin Çolak Colak Genç Genc
Kocabaş Kocabas Kandemir Dönmez Donmez Ekici Erol Şen Yücel Yucel Mutlu Dinç Dinc Tüfekçi Tufekci
Kaymaz Özkaya Ozkaya Sezer Tosun Altın Altin Çalışkan Caliskan Cengiz Kurt Aydemir Akyüz Akyuz Balcı
Balci Bayraktar Beyaz Bingöl Bingol Boz Cinar Dağ Demirel Dikmen Doğru Dogru Duran Ekinci Elmas Eroğlu
Eroglu Gök Gök Gül Gumus Gümüş Günay Gunay Kabak Karabulut Karadağ Karadag Kartal Kaya Keleş
Keles Kılınç Kilinc Kocatürk Kocaturk Koçyiğit Kocyigit Kuş Metin Oğuz Oguz Okur Önal Onal Öner
Oner Özen Ozen Özgür Ozgur Özmen Ozmen Öztürk Ozturk Sağlam Saglam Sarıkaya Sarikaya Selçuk Selcuk
Şeker Seker Sevinç Sevinc Taşdemir Tasdemir Tatlı Tatli Tekin Topal Topçu Topcu Türkoğlu Turkoglu
Uğur Ugur Ünlü Unlu Usta Yaman Yazıcı Yazici Yeşil Yesil Yiğit Yigit Yurt Yurtsever Zengin Akkaya
Akçay Akcay Alkan Arı Ari Atalay Aydın Baysal Bilgiç Bilgic Çakmak Cakmak Çoban Coban Demirbaş Demirbas
Durak Ercan Esen Gezer Gök Işıklı Kahya Karakuş Karakus Koca Kök Kok Kuru Özkan Sayın Sayin Soysal
Taş Tekeli Ulusoy Uslu Yalçınkaya Yalcinkaya Yaşar Yasar Yurdakul
Yıldırım
`;

/** Surnames of Dutch citizens and residents of Moroccan descent (Arabic and Amazigh), as commonly spelled in Dutch records. */
export const maghrebSurnames = `
Abdellaoui Abid Aboutaleb Achahbar Ahaddad Akrouh Alaoui Allouch Amghar Ammari Aouragh Aznag Azzouzi
Bakkali Bakali Bahri Belhaj Belkadi Benaissa Benhaddou Bennani Berrada Bouazza Boukhari Bouchta Boudaoud
Boulahrouz Boussaid Bouchikhi Chaib Chaouch Chahid Chakir Charif Cherif Chergui Daoudi Dahmani Driouech
Haddouchi Hajji Hamdaoui Harrak Hassani Jabri Karroumi Kharbouch Khattabi Lahlou Lamrani Mansouri
Marzouki Mernissi Messaoudi Moussaoui Naciri Nasri Ouahabi Ouazzani Rahmouni Rifi Saidi Sebbar Senhaji
Talbi Tazi Tounsi Yahyaoui Zaidi Ziani Zeroual Ziyech Amrabat Afellay Boufal Mazraoui Ghazi Khayati
Aboukhlal Amallah Akhannouch Bouazzaoui Achaoui Azarkan Bentaleb Benhammou Boukiour Chadli Dahri
Bouazzati Elkhadir Fadili Ghallab Haddaoui Harchaoui Kaddouri Lachhab Mahdaoui Marzouk Meziane Mimouni
Mohandi Ouarrak Rachidi Rouass Sadiki Sarroukh Soussi Tahri Toutouh Zarrouk Zouhri Amezian Bouharrou
Abarkan Abdelkader Aberkan Achbab Adahchour Aharrar Ait Aït Akachar Akhiyat Allach Amajjar Amaroch
Azaouagh Azaroual Azzaoui Baddou Bahaddou Bakkouri Belarbi Benabdellah Bendriss Bensaid Boujdaini
Boukhriss Boulaich Bouyaghrouni Chaara Chahbar Chakor Dahhan Ennaji Essafi Fahmi Ghanem Hadouchi
Hamdi Hamouchi Harrouch Jaouhari Kaddour Karrouch Kasmi Khalfi Laarbi Lahbib Lahmar Loukili Maataoui
Mahjoubi Moumou Mrabet Nouri Oualid Ouaali Oulad Rahali Saadi Salhi Sbai Semlali Taouil Tijani Yousfi
Zaari Zaoui Zouggari Zriouil Bouali Bouhali Bouziane Chaoui Haddi Hamdan Hmaidi Jebari Khalil Lamghari
Mezouar Rami Ramdani Sabri Sahli Serghini Touzani Yacoubi Yaakoubi Zerrouki Zitouni
`;

/** Surnames of Dutch citizens of Surinamese, Antillean, Aruban, Indonesian and Moluccan descent. */
export const caribbeanIndonesianSurnames = `
Ramdjan Ramsaran Ramsahai Ramkisoen Ramlal Ramnath Ramcharan Ramkhelawan Ramdhan Ramadhin Ramsoekh Ramdas
Ramsingh Ramdihal Jagroep Jairam Kalloe Kanhai Lachman Lalbahadoersing Mohan Mohabier Mangal Mangroe Matai
Mathoera Nandoe Narain Panday Persad Pertab Raghoenath Raghoebir Rambaran Rampersad Rampertab Ramphal
Sardjoe Sewdien Sewnarain Sewtahal Sital Soekhoe Soekhlal Soerdjbalie Somai Tewari Tewarie Tulsie
Bhagwandin Bhaggoe Baldewsingh Bishoen Bissessar Chotkan Debipersad Doerga Dwarka Gajadhar Gangaram
Girjasing Goerdin Gobardhan Hanoeman Harpal Jhinkoe Jiawan Kalka Kisoensingh Lalji Lutchman Madho
Mahadewsing Mahabir Mahes Malhoe Mangre Manohar Matoewa Misiedjan Mungra Nankoe Oemrawsingh Parbhoe
Parmessar Phagoe Pherai Radhakishun Raghosing Rajkoemar Rambali Ramjiawan Ramnandan Ramratan Santokhi
Sewpersad Sheombar Sitaldin Soekdew Somaroo Sukul Adhin Bajnath Chedi Gangapersad Hoebba Jankipersad
Kalpoe Kandhai Ketwaru Ladoe Mahangi Nanhoe Orie Parmanand Rajaram Ramautar Ramsundersingh Sanchit
Seedorf Davids Kluivert Rijkaard Gullit Bouterse Venetiaan Wijdenbosch Pengel Misiekaba Esajas Sabajo
Zeefuik Lackin Nerkust Zalmijn Kross Ormskerk Redan Ferrier Emanuels Headley Nelom Liesdek
Sedney Vanenburg Polanen Wijngaarde Doelwijt Refos Vlijter Wongsodikromo Pawirodikromo
Kromodihardjo Karijodikromo Setrowidjojo Sastrodihardjo Atmodikoro Kasanmoentalib Sowirono Amatdjais
Dipokromo Djosetiko Kromodimedjo Moestadja Paitoe Sarmo Soekhai Soemodihardjo Somohardjo Tjokro
Wagiman Wirjosentono Tjon Tjoe Tjin Fong Chin Akong Afoeng Asjoe Lieuw Tjong Kwie Tsang Fung Liauw
Martina Profar Isenia Girigorie Croes Eman Maduro Schotborgh Rosaria Cijntje Isidora Leito Winklaar
Rojer Janga Koeiman Wernet Geerman Mercelina Martis Pinedo Balentien Balentina Clemencia Henriquez
Bislip Statius Sulvaran Celestijn Petronia Felida Wout Ellis Ricardo Gomes Lampe Trappenberg
Latuhihin Manuhutu Pattiradjawane Pattipeilohy Tuhumury Wattimena Sahetapy Sapulette Latumahina
Lewerissa Leiwakabessy Pattinama Tahapary Tutuarima Soumokil Manusama Lokollo Huwae Matulessy Matulessya
Pattikawa Pattinasarany Nanlohy Nanuru Tuankotta Tutuhatunewa Latuperisa Leatemia Pesulima Tanamal
Tehupeiory Titaley Sopacua Souisa Syauta Hukom Hahury Kakiay Kastanja Lekatompessy Loppies Maitimu
Pelupessy Rehatta Ririmasse Sahertian Sopamena Tamaela Wattilete Watimena Siahaya Aponno Anakotta
Kailola Lilipaly Lilipory Matakupan Mailoa Parinussa Pattiasina Ralahalu Risakotta Salakory Siwabessy
Soselisa Tanasale Tomasoa Uneputty Pattiwael Santoso Wijaya Wibowo Gunawan Halim Susanto Setiawan
Hartono Saputra Pratama Hidayat Nugroho Siregar Simanjuntak Sihombing Nasution Harahap Sitompul
Situmorang Lubis Hutapea Tanjung Kurniawan Purnomo Wahyudi Irawan Setiadi Sutanto Hadiwijaya Sukarno
Suharto Soetomo Sudirman Pardede Panjaitan Manurung Simatupang Hutagalung Sinaga Tambunan Effendi
Rusli Salim Hasibuan Limbong
`;

/** Polish (both -ski and -ska forms), Romanian, Bulgarian, Ukrainian and Russian surnames; native and ASCII spellings. */
export const easternEuropeanSurnames = `
Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski Zieliński Zielinski Szymański Szymanski
Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
Grabowski Nowakowski Pawłowski Pawlowski Michalski Nowicki Adamczyk Dudek Zając Zajac Wieczorek
Jabłoński Jablonski Król Krol Majewski Olszewski Jaworski Wróbel Wrobel Malinowski Pawlak Witkowski
Walczak Stępień Stepien Górski Gorski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk
Tomaszewski Pietrzak Marciniak Wróblewski Wroblewski Zalewski Jakubowski Jasiński Jasinski Zawadzki
Sadowski Bąk Chmielewski Włodarczyk Wlodarczyk Borkowski Czarnecki Sawicki Sokołowski Sokolowski
Urbański Urbanski Kubiak Maciejewski Szczepański Szczepanski Kucharski Wilk Kalinowski Lis Mazurek
Wysocki Adamski Kaźmierczak Kazmierczak Wasilewski Sobczak Czerwiński Czerwinski Andrzejewski Cieślak
Cieslak Głowacki Glowacki Zakrzewski Kołodziej Kolodziej Sikorski Krajewski Gajewski Szymczak Szulc
Baranowski Laskowski Brzeziński Brzezinski Makowski Ziółkowski Ziolkowski Przybylski Domański Domanski
Nowacki Borowski Błaszczyk Blaszczyk Chojnacki Ciesielski Mróz Mroz Szczepaniak Wesołowski Wesolowski
Górecki Gorecki Krupa Kaczmarek Kaczmarczyk Leśniak Lesniak Kowalewski Wojciechowski Kaczyński
Kaczynski Lewicki Stachowiak Olejnik Kowal Kowalska Wiśniewska Wisniewska Kamińska Kaminska
Lewandowska Zielińska Zielinska Szymańska Szymanska Dąbrowska Dabrowska Kozłowska Kozlowska Jankowska
Kwiatkowska Piotrowska Grabowska Nowakowska Pawłowska Pawlowska Michalska Nowicka Jabłońska Jablonska
Majewska Olszewska Jaworska Malinowska Witkowska Górska Gorska Rutkowska Ostrowska Tomaszewska
Wróblewska Wroblewska Zalewska Jakubowska Jasińska Jasinska Zawadzka Sadowska Chmielewska Borkowska
Czarnecka Sawicka Sokołowska Sokolowska Maciejewska Kucharska Kalinowska Wysocka Adamska Wasilewska
Krajewska Gajewska Baranowska Laskowska Makowska Wojciechowska Lewicka Górecka Kowalewska Przybylska
Popa Popescu Ionescu Dumitru Stoica Matei Ciobanu Rusu Munteanu Moldovan Lazăr Lazar Florea Dobre
Barbu Nistor Ilie Diaconu Dinu Voicu Oprea Dumitrescu Georgescu Constantinescu Stanciu Toma Sandu Neagu
Cristea Ardelean Mocanu Anghel Preda Bălan Balan Iordache Mihăilă Mihaila Coman Avram Niculescu
Nedelcu Pavel Petrescu Manea Marinescu Dragomir Enache Tănase Tanase Lungu Cozma Zamfir Olteanu Suciu
Ursu Sârbu Sarbu Iliescu Pătrașcu Patrascu Grigore Stănescu Stanescu Vlaicu Florescu Dobrescu Păun
Paun Ungureanu Ivanova Georgiev Georgieva Dimitrov Dimitrova Petrov Petrova Nikolov Nikolova Hristov
Hristova Stoyanov Stoyanova Todorov Todorova Iliev Ilieva Vasilev Vasileva Atanasov Atanasova Petkov
Petkova Angelov Angelova Kolev Koleva Yordanov Yordanova Marinov Marinova Popov Popova Stefanov
Stefanova Mihaylov Mihaylova Krastev Krasteva Kostov Kostova Dimov Dimova Pavlov Pavlova Tsvetkov
Tsvetkova Penev Peneva Mitev Miteva Yankov Yankova Stanev Staneva Genov Genova Ganchev Kirov Kirova
Rusev Ruseva Valchev Zhelev Zheleva Slavov Slavova Aleksandrov Aleksandrova Asenov Asenova Borisov
Borisova Dobrev Dobreva Donchev Hadzhiev Kostadinov Kostadinova Lazarov Lazarova Mladenov Mladenova
Nedelchev Nenov Radev Radeva Simeonov Simeonova Spasov Spasova Stoev Stoeva Tanev Taneva Tomov Tomova
Velikov Velikova Yanev Yaneva Zahariev Zaharieva Bonev Boneva Ivanov
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boyko Kovalchuk Oliynyk Oliinyk Shevchuk
Polishchuk Lysenko Marchenko Rudenko Savchenko Petrenko Melnyk Melnik Pavlenko Levchenko Kharchenko
Klymenko Ponomarenko Tkachuk Yurchenko Karpenko Vasylenko Sydorenko Kuzmenko Zinchenko Ivanenko
Hrytsenko Fedorenko Kozak Kozachenko Lytvynenko Lytvyn Savchuk Hnatyuk Romanenko Demchenko Zhuk
Ostapenko Popovych Kushnir Holovko Martynenko Nazarenko Yaremchuk Andriyenko Smirnov Kuznetsov Vasiliev
Vasilyev Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Kozlov Stepanov
Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Soloviev Yakovlev Grigoriev Romanov Vorobiev
Sergeev Kuzmin Frolov Alexandrov Dmitriev Korolev Gusev Kiselev Ilyin Maksimov Polyakov Sorokin
Vinogradov Kovalev Belov Medvedev Antonov Tarasov Zhukov Baranov Filippov Komarov Davydov Belyaev
Gerasimov Bogdanov Osipov Sidorov Matveev Titov Markov Mironov Krylov Kulikov Karpov Vlasov Melnikov
Denisov Gavrilov Tikhonov Kazakov Afanasiev Danilov Timofeev Fomin Chernov Abramov Martynov Efimov
Nazarov Kalinin Isaev Bykov Maslov Rodionov Konovalov Lazarev Voronin Klimov Filatov Ponomarev Golubev
Kudryavtsev Prokhorov Naumov Potapov Zhuravlev Trofimov Leonov Sobolev Kolesnikov Goncharov Nikiforov
Kotov Grishin Gromov Kirillov Malyshev Panov Moiseev Akimov Gorbunov Anisimov Eremin Tikhomirov
Galkin Lukyanov Nesterov Simonov Knyazev Voronov Aksenov Loginov Krasnov Demidov Rybakov Plotnikov
Ignatov Litvinov Ushakov Ryabov Mukhin Kalashnikov Lobanov Borodin Platonov Nekrasov Bobrov Zhdanov
Smirnova Kuznetsova Sokolova Volkova Morozova Novikova Fedorova Kozlova Orlova Lebedeva Semenova Egorova
Vasilieva Mikhailova Alekseeva Makarova Nikitina Zakharova Romanova Sergeeva Kovaleva Medvedeva Belova
Tarasova Antonova Markova Titova Karpova Melnikova Zaitseva Kuzmina Frolova Andreeva Stepanova
Nikolaeva Maksimova Polyakova Sorokina Vinogradova Bogdanova Kiseleva Kovalchuk
`;

/** Surnames of Dutch residents with roots in Syria, Iraq, Afghanistan and Iran. */
export const middleEasternSurnames = `
Khalil Mahmoud Saleh Youssef Haddad Khoury Nasser Darwish Hamdan Hamoud Hammoud Halabi Homsi Masri Shami
Kurdi Othman Abbas Omar Rashid Jaber Jabbour Sabbagh Atassi Kassab Najjar Hamadeh Hamada Daher Fakhoury
Moussa Musa Issa Aziz Tahan Kanaan Qasim Sulaiman Suleiman Yassin Zidan Zeidan Alkhatib Khatib Alhamwi
Hamwi Mansour Mansur Hamid Habib Nassar Khalaf Hilal Sayed Sayyid Saeed Farah Bakri Shaaban Kaddour
Rahal Alali Alahmad Alhussein Alhasan Almohammad Alkhalil Alibrahim Alsaleh Alabdullah Alomar Alhamad
Almasri Alkurdi Alrashid Aljaber Alyousef Alsayed Alkhatib Alobaidi Aljubouri Aljuboori Aldulaimi
Altamimi Alshammari Alsaadi Alazzawi Alrubaie Alzubaidi Alkhafaji Alsaedi Alhashimi Alani Almusawi
Alhakim Alkaabi Alasadi Aljanabi Jubouri Dulaimi Tamimi Obaidi Shammari Azzawi Rubaie Zubaidi Khafaji
Hashimi Janabi Musawi Kadhim Kazem Jassim Jasim Abdulla Hameed Jawad Kareem Mahdi Salman Saleem Salih
Taher Yaseen Younis Majeed Abdulkareem Hussein Hassan Ibrahim Mohammad Ahmad Ahmadzai Popal Karimi
Hashimi Noori Nuri Sultani Stanikzai Safi Mohammadi Hussaini Rahmani Sadat Amiri Azizi Hakimi Haidari
Haideri Jalali Nazari Naseri Qaderi Qadiri Rasuli Rasouli Rezai Sharifi Wardak Yousufzai Yousafzai
Zadran Barakzai Durrani Popalzai Kakar Niazi Sarwari Samadi Taheri Wahidi Zazai Ghani Hamidi Nabizada
Sediqi Siddiqi Siddiqui Akbari Sahak Faizi Noorzai Alokozai Achakzai Karzai Omari Salehi Yousufi
Rezaei Moradi Jafari Hashemi Ghasemi Kazemi Sadeghi Mousavi Musavi Heidari Hosseinzadeh Alizadeh Amini
Bagheri Ebrahimi Ghorbani Mahmoudi Mirzaei Rostami Shahbazi Soltani Yousefi Zamani Abbasi Asadi
Bahrami Esmaeili Fallahi Farahani Ghaffari Javadi Kamali Khalili Khani Najafi Naderi Norouzi Nourouzi
Rahmati Rashidi Saberi Tehrani Shirazi Isfahani Tabrizi Vahidi Zarei Ansari Mohseni Rezaie Mortazavi
Sohrabi Kiani Mehrabi Moghaddam Khosravi Farahmand Fathi Golestani Hamedani Jahani Keshavarz Latifi
Mahdavi Motamedi Navabi Pakzad Rahnama Rouhani Sabzevari Sadri Shahidi Tavakoli Vaziri Yazdani Ziaei
Tabatabaei Behzadi Darvishi Dehghan Eskandari Ghaemi Hosseinpour Jamshidi Kamrani Mahmoudian Rahimi
`;

/** Surnames (often a father's name) of Dutch residents with Eritrean, Ethiopian, Somali, Ghanaian, Nigerian and Cape Verdean roots. */
export const africanSurnames = `
Tesfamariam Tesfay Tesfaye Tekle Kidane Haile Hailu Berhane Berhe Gebremedhin Gebreyesus Ghebreyesus
Gebremariam Ghebremariam Habte Habtemariam Mehari Mesfin Negash Tedla Tsegay Tsegaye Weldemichael
Woldemichael Yohannes Zerai Asfaw Alemu Abebe Bekele Girma Kebede Mekonnen Mulugeta Tadesse Tefera
Worku Wolde Getachew Desta Assefa Ayele Gebru Hagos Kahsay Kiros Mebrahtu Tewolde
Teklemariam Weldegebriel Woldegiorgis Araya Asmelash Andemariam Abraha Fesseha Gebrekidan Ghebrehiwet
Gebremichael Tesfamichael Tsegai Yemane Zemichael Abdi Mohamed Farah Warsame Jama Hersi Dahir Aden Adan
Osman Yusuf Ismail Nur Mohamud Mohamoud Egal Elmi Gedi Hirsi Roble Samatar Abdullahi Abdirahman
Abdalla Guled Kahin Mahamed Isse Dualeh Hashi Jibril Nuur Waberi Warfa Yonis
Abdille Awale Bihi Hurre Igal Noor Sahal Tahlil Yare Afrah Abdinur Ahmednur
Mensah Owusu Boateng Asante Osei Agyeman Agyemang Appiah Acheampong Adjei Addo Amoah Ampofo Annan Antwi
Asamoah Ansah Baah Badu Bonsu Darko Donkor Frimpong Gyamfi Kuffour Kufuor Nkrumah Obeng Ofori Oppong
Opoku Otoo Quaye Sarpong Tetteh Yeboah Amponsah Anane Aidoo Boakye Danso Dankwa Fosu Gyasi Kusi Manu
Nyarko Ofosu Okyere Sarfo Tawiah Wiredu Quartey Lamptey Ankrah Nortey Laryea Kwarteng Essien Awuah
Nkansah Amankwah Asiedu Akoto Ampadu Kissi Asare Okafor Okeke Okonkwo Okoro Nwosu Nwachukwu Chukwu
Okoye Okonjo Igwe Nnadi Nwankwo Obiora Ogbu Okpara Onuoha Uzoma Ezeh Adeyemi Adebayo Adewale Adeleke
Akinyemi Ogunleye Ogundipe Oyelaran Oyewole Olawale Olaniyan Adeniyi Afolabi Ajayi Akande Alabi
Babatunde Balogun Bankole Fashola Lawal Oladipo Olayinka Olatunji Omotoso Sanusi Bello Abubakar
Danjuma Garba Osagie Omoruyi Igbinedion Okoh Edeh Etim Bassey Akpan Udoh Okon Effiong Ekpo Semedo
Varela Andrade Pina Delgado Évora Evora Furtado Livramento Medina Spencer Tavares Monteiro
`;

/** Chinese (pinyin and Cantonese), Vietnamese, Indian and Filipino surnames. */
export const asianSurnames = `
Zhang Liu Huang Zhao Zhou Zhu Guo Lin Luo Gao Liang Zheng Xie Tang Han Feng Deng Cao Peng
Zeng Xiao Tian Yuan Cai Jiang Cheng Wei Shen Yao Cui Zhong Liao Jin Shi Jia Xia Qiu Xiong
Qin Bai Yan Xue Duan Shao Qian Mao Dai Kang Lai Chan Cheung Leung Lau Lee Chau
Kwok Yip Tsang Tse Fung Yeung Chiu Tam Choi Kwan Siu Poon Tsui Fong Ngai Ngan Yau
Nguyen Nguyễn Trần Pham Phan Hoang Hoàng Huynh Dang Bui Bùi Ngo Ngô Duong Truong Dinh Luong
Trinh Dao Quach Vuong Luu Kieu
Kumar Sharma Verma Gupta Agarwal Aggarwal Jain Mehta Shah Joshi Mishra Pandey Tiwari Yadav Chauhan
Reddy Rao Naidu Nair Menon Pillai Iyer Iyengar Krishnan Subramanian Srinivasan Raman Venkatesan
Natarajan Rajan Sundaram Ganesan Chandrasekaran Ramachandran Balasubramanian Narayanan Swaminathan
Gopalan Raghavan Murthy Shetty Hegde Kulkarni Deshpande Desai Patil Pawar Jadhav Shinde Chavan Gaikwad
Kadam Bhat Bhatt Chatterjee Banerjee Mukherjee Bose Dutta Ghosh Sengupta Chakraborty Bhattacharya
Mitra Sarkar Saha Dey Majumdar Sandhu Sidhu Dhillon Grewal Brar Bajwa Kaur Malhotra Kapoor Khanna Arora
Bhatia Chopra Sethi Ahuja Bedi Chawla Kohli Oberoi Saxena Srivastava Tripathi Dubey Dwivedi Trivedi
Chaturvedi Upadhyay Pathak Rathore Rajput Thakur Sinha Choudhary Chaudhary Chaudhry Goyal Goel Bansal
Mittal Singhal Garg Kashyap Bhardwaj Rastogi Khurana Malik Mathur Nagpal Tandon Tyagi Vohra Walia Kaul
Raina Dhar Bakshi Mehra Batra Chadha Gandhi Nanda Puri Sachdeva Suri Talwar Uppal Varma Acharya
Ahluwalia Bhalla Balakrishnan Dasgupta Dixit Gokhale Hussain Iqbal Jha Kamath Karnik Kamat Mahajan
Nayak Nambiar Naik Pandit Parekh Parikh Pillay Purohit Rana Rathod Rawat Sahu Shukla Sood Thakkar
Thapar Vyas Wadhwa Zaveri Venkatraman Ramaswamy Raghunathan Sundararajan Karthikeyan Kannan Muthusamy
Palaniswamy Ramasamy Arumugam Velusamy Selvaraj Rajagopal Murugan Shanmugam Thangaraj Qureshi Chaudhri
Mirza Akhtar Anwar Aslam Bhatti Rehman Javed Hashmi Siddique
Santos Reyes Bautista Ocampo Mendoza Castillo Flores Villanueva Aquino Navarro Salazar Mercado Gonzales
Domingo Pascual Soriano Aguilar Gutierrez Valdez Marquez Fernandez Dizon Manalo Santiago Sison
Tolentino Pineda Vergara Manalastas Macaraeg Dimaculangan Panganiban Magbanua Lacson Lim Ong Chua
Gatchalian Macapagal Marcos Estrada Bernardo Cabrera Cortez Enriquez Evangelista Galang Javier
Lacsamana Legaspi Lualhati Mangubat Padilla Quiambao Quizon Roxas Sarmiento Tuazon Valenzuela
Velasco Villareal
Wang
`;

/** Spanish, Portuguese (also Cape Verdean and Brazilian), Italian and Greek surnames. */
export const southernEuropeanSurnames = `
García Rodríguez González Fernández Fernandez López Martínez Sánchez Pérez Gómez Gomez Martín Jiménez
Jimenez Ruiz Hernández Díaz Diaz Moreno Muñoz Munoz Álvarez Alvarez Romero Alonso Gutiérrez Gutierrez
Navarro Domínguez Dominguez Vázquez Vazquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez
Suarez Ortega Delgado Castro Ortiz Rubio Marín Marin Sanz Núñez Nunez Iglesias Medina Garrido Cortés
Cortes Castillo Santos Lozano Guerrero Cano Prieto Méndez Mendez Cruz Calvo Gallego Vidal León Márquez
Marquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar
Santana Herrero Montero Hidalgo Giménez Gimenez Ibáñez Ibanez Ferrer Durán Duran Benítez Benitez Mora
Arias Carmona Crespo Román Soto Sáez Saez Velasco Moya Soler Parra Esteban Gallardo Rojas Pardo
Merino Espinosa Izquierdo Rivas Silva Rivera Casado Camacho Arroyo Redondo Otero Luna Mendoza Salazar
Contreras Guzmán Guzman Castañeda Rosales Acosta Aguirre Sandoval Villalobos Zamora Cordero Figueroa
Orozco Quintero Miranda Paredes Ponce Salinas Trujillo Escobar Maldonado Mejía Mejia Pacheco Ríos Rios
Cervantes Ávila Avila Bermúdez Bermudez Cuevas Fajardo Galindo Ibarra Montoya Montes Ochoa Osorio
Quiroga Rincón Rincon Salas Solís Solis Valdés Valdes Zapata
Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Souza Fernandes Gonçalves Goncalves Gomes Lopes
Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira
Monteiro Cardoso Rocha Neves Coelho Cunha Pires Simões Simoes Antunes Matos Fonseca Machado Araújo
Araujo Barbosa Tavares Lourenço Lourenco Figueiredo Azevedo Freitas Magalhães Magalhaes Henriques Lima
Guerreiro Baptista Batista Pinheiro Faria Barros Morais Nogueira Esteves Andrade Mota Brito Leite
Cordeiro Amaral Valente Vaz Borges Dias Paiva Macedo Brandão Brandao Abreu Sequeira Caldeira Loureiro
Melo Sampaio Moura Domingues Peixoto Vasconcelos Tomé Guimarães Guimaraes Bastos Branco Serra Falcão
Falcao Silveira Salgado Cabral Fontes Medeiros Couto Carneiro Queirós Queiroz Cavaco Meireles Bento
Diniz Veloso Gaspar Aguiar Fragoso Paixão Assunção Nascimento Conceição Sobral Teles Mesquita Vilela
Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti Mancini Giordano Rizzo
Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Galli Longo Gentile Martinelli
Vitale Lombardo Coppola Santis Marchetti Parisi Conte Ferraro Ferri Fabbri Bianco Marini Grasso
Valentini Pellegrini Palumbo Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Grassi
Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino
Fiore Ferretti Bellini Basile Donati Piras Vitali Battaglia Sartori Neri Costantini Milani Pagano
Ruggiero Sorrentino D'Angelo D'Amico Damico Negri Cirillo Fumagalli Bassi Brambilla Lombardini
Papadopoulos Papadopoulou Papadakis Papageorgiou Georgiou Dimitriou Nikolaou Ioannou Konstantinou
Christodoulou Vasileiou Antoniou Pappas Oikonomou Economou Karagiannis Makris Alexiou Athanasiou
Panagiotou Angelopoulos Georgiadis Nikolaidis Papanikolaou Theodorou Michailidis Karalis Katsaros
Kostopoulos Lambrou Papas Spanos Stavrou Tsakiris Vlachos Zervas Anagnostou Apostolou Christou
Demetriou Dimopoulos Kyriakou Laskaris Petrou Samaras Triantafyllou Vasilopoulos Xenakis Karamanlis
`;

/** German, French and Walloon surnames. */
export const germanFrenchSurnames = `
Mueller Schulz Schäfer Schaefer Bauer Richter Schröder Schroeder Neumann Schwarz Zimmermann Braun Krüger
Krueger Hofmann Hartmann Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Koehler
Herrmann König Koenig Mayer Huber Fuchs Scholz Möller Moeller Weiß Weiss Jung Hahn Schubert Keller
Günther Guenther Berger Winkler Roth Beck Lorenz Baumann Albrecht Schuster Böhm Boehm Kraus Schumacher
Krämer Kraemer Vogt Jäger Jaeger Sommer Seidel Brandt Schreiber Schulte Dietrich Ziegler Kuhn Kühn
Kuehn Pohl Busch Bergmann Voigt Sauer Wolff Pfeiffer Frey Hermann Kraft Lindner Ludwig Thiel Beyer Franz
Seifert Kuhlmann Martens Schröter Hildebrandt Engelhardt Schütz Schuetz Wendt Ebert Lindemann Kessler
Kempf Stahl Gerber Nowak Ernst Bender Hesse
Dubois Lambert Dupont Laurent Mathieu Denis Collard Lejeune Leroy Gérard Fontaine Lefebvre Lefèvre
Lefevre Marchal Noël Piette Remacle Thiry Wilmotte Delvaux Dethier Dubuisson Jacquet Lecomte Legrand
Lemoine Maréchal Marechal Masson Pirard Pirotte Poncelet Renson Servais Warnier Wauters Dupuis Durand
Moreau Girard Roux Fournier Morel Mercier Blanc Guérin Guerin Boyer Garnier Chevalier Faure Rousseau
Blanchard Gauthier Perrin Clément Morin Roussel Gautier Marchand Duval Meunier Leblanc Barbier Brun
Dumas Brunet Rolland Fabre Aubert Caron Dufour Giraud Moulin Bertrand Leroux Picard Renaud Rivière
Riviere Carpentier Benoît Benoit Gaillard Lacroix Guillaume Charpentier Deschamps Royer Bouvier Collet
Poirier Perrot Lemaître Lemaitre Hubert Lambrecht Delcourt Dumoulin Gilson Hanssens Henrard Jadot
Lebrun Leonard Libert Mignon Pire Simonis Stassart Thonon Vandenbroeck
`;

/** More English, Irish, Scottish and Welsh surnames. */
export const englishSurnamesMore = `
Abbott Ainsworth Allison Ashworth Atkins Atkinson Austin Barlow Barnett Barrett Barton Bates Baxter
Bentley Blake Bowen Bowman Boyd Bradley Bradshaw Brady Brennan Briggs Bryant Buckley Burgess Burke
Byrne Cameron Carr Carroll Cartwright Chandler Clayton Coates Cochrane Connolly Conway Cooke Corbett
Craig Crawford Cunningham Curtis Dalton Daly Daniels Davidson Dawson Dennis Dickinson Dobson Donnelly
Doherty Douglas Duffy Duncan Dunn Dyer Eaton Elliott Farrell Fenton Ferguson Finch Fitzgerald Fleming
Fletcher Flynn Forbes Fowler Francis Fraser Freeman Gibbs Gilbert Goodwin Gordon Gough Gould Gregory
Greenwood Griffin Hale Hammond Hancock Hanson Harper Harrington Hartley Harvey Hawkins Haynes Hayward
Hewitt Hicks Higgins Hobbs Hodgson Holden Holloway Holt Hooper Hopkins Horton Houghton Howe Howell
Hudson Humphreys Hutchinson Ingram Jarvis Jennings Kemp Kerr Kirby Knowles Lambert Lawson Leach Lowe
Lucas Lynch McCann McGrath McKenzie Mackenzie McLean McLaughlin McMahon Mellor Middleton Newman Newton
Nicholls Nicholson Nolan Norris Nugent O'Sullivan O'Donnell O'Reilly O'Shea O'Connell O'Leary
O'Donovan O'Callaghan O'Mahony O'Keeffe O'Driscoll O'Hara O'Rourke O'Dwyer Osborne Parsons
Payne Pearce Pearson Perkins Pickering Pollard Poole Pratt Quinn Randall Reid Rhodes Riley Robertson
Rowe Rowley Sharpe Sinclair Slater Steele Stephens Stephenson Stevenson Stokes Sutton Talbot Thornton
Todd Townsend Tucker Vaughan Walters Warner Warren Watkins Webster Welch Wheeler Whitehead
Wilkinson Willis Wyatt Yates Callaghan Casey Coughlan Cullen Deegan Delaney Dempsey Devlin Dolan Donovan
Dowling Duggan Dunne Egan Fahey Fallon Finnegan Fitzpatrick Flanagan Foley Geraghty Gorman Hanlon Healy
Hegarty Hennessy Hogan Horgan Keane Keating Kearney Keegan Kehoe Kavanagh Kenny Keogh Kiernan Madden
Maguire Mahon Malone Maloney Moloney McAllister McBride McCabe McCormack McDermott McDonnell McGee
McGovern McGuinness McGuire McHugh McKenna McLoughlin McNamara Molloy Monaghan Mooney Moran Morrissey
Mulligan Noonan Quigley Quinlan Regan Reilly Rooney Scanlon Sheehan Sheridan Tierney Tobin Whelan
Buchanan Drummond Forsyth Lindsay Mackay MacKay MacKenzie MacLeod McLeod MacDougall MacGregor McGregor
MacLean McIntosh Mackintosh McIntyre MacIntyre McKay McKinnon Macpherson McPherson Morrison Munro
Murdoch Paterson Ramsay Sutherland Boyle Dunlop Gillespie Kirkpatrick Lamont Ogilvie Ritchie Urquhart
Rees Reese Pritchard Parry Probert Pugh Prosser Gwynne Llewellyn Meredith Howells Jeffreys Bevan Beynon
Gittins Hopkin Rowlands Harries Mathias Wynne Simmons Gonzales Alexander Owens Gardner Pierce Andrews
Ruiz Armstrong Greene Elliott Chavez Sims Kelley Franklin Vasquez Williamson Montgomery Bishop McCoy
Hansen Garza Burton Stanley Fuller Garrett Romero Larson Frazier Hanson Bowman Carlson Hoffman Jensen
Vargas Byrd Terry Neal Caldwell Jennings Shelton Castro McKinney Miles Lambert Newman Haynes McDaniel
Vaughn Parks Norris Schultz Barker Guzman Keller Leonard Lyons Ramsey Wolfe Mullins Benson Daniel
Cummings Hines Baldwin Griffith Hubbard Reeves Tate Garner Mack Manning Cohen Harmon Rodgers Robbins
Hampton Patton Swanson Goodman Erickson Hodges Conner Adkins Malone Cobb Maxwell Osborne Sherman
Christensen Zimmerman Copeland Pittman McCormick Brock Morton Norton Huff Massey Carson Bowers Roberson
Wilkins Cain Underwood Collier Phelps Wilkerson Nash Atkins Gill Foley Fox Duffy Gallagher
`;
