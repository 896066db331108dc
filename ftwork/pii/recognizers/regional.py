"""Given names and surnames that Faker's locales leave out, by where they are at home: Spain's regions (Basque,
Catalan, Galician, Asturian, Canarian), Latin America's own coinages (Caribbean, Andean, Central American) and
its indigenous peoples (Quechua, Aymara, Maya, Nahua, Mapuche, Guaraní), the Philippines, and the communities of
the UK and Ireland that the English locales miss (Welsh, Scottish Gaelic, Nigerian, Ghanaian, Somali, Pakistani,
Punjabi, Gujarati, South Indian, Bengali, Hong Kong Chinese) and of Spain (Moroccan, Ukrainian): Faker's Pakistani
locale has few of them and its Arabic, Ukrainian, Hindi and Chinese ones are not in Latin script; and the
old-fashioned, upper-class, Cornish and Welsh given names of Britain and the saints' names of rural Spain and Latin
America that Faker's English and Spanish locales lack (Esme, Tamsin, Peregrine, Demelza; Basilia, Gualberto, Eustaquia).

These are names people carry, written with their accents; `lexicon` folds them and leaves out those that are
ordinary words too ("Olvido", "Lago"), which only a name's shape makes a name."""

GIVEN = """
Aitor Aitziber Alaitz Amaia Amaiur Ander Andoni Ane Ane Ainara Ainhoa Ainoa Aingeru Aintzane Amets Anartz
Arantxa Arantza Arkaitz Arrate Asier Asun Aritz Axier Beñat Bittor Edurne Eider Eneko Enara Erlantz Estibaliz
Garazi Garbiñe Gaizka Gartzen Gorka Haizea Haritz Hodei Ibai Ibon Idoia Igone Iker Ilargi Imanol Inaxio Iñaki Iñigo
Irati Iratxe Irune Itsaso Itxaso Itziar Izaro Jaione Joseba Josu Josune Julen Jokin Kepa Kerman Koldo Leire Lorea
Maialen Maider Maite Markel Mikel Naiara Nagore Nahia Nekane Nerea Oier Oihana Oihane Olatz Oskar Peio
Saioa Unai Urko Uxue Usue Xabat Xabi Xabier Yon Zuriñe Zigor Ekain Eñaut Etxahun Iraia Uxia Alazne Begoña Idurre
Mertxe Txema Txetxu Kike Patxi Mirentxu Ainize Josean Yeray
Jordi Núria Montse Montserrat Oriol Arnau Marc Gerard Laia Aina Berta Mireia Meritxell Roser Neus Txell
Quim Ferran Lluís Lluc Jaume Pere Martí Biel Ona Jana Bruna Queralt Carles Enric Ignasi Sergi Clàudia Eulàlia
Xènia Gemma Rut Anaïs Joan Josep Jofre Guillem Genís Bernat Blai Adrià Aniol Eudald Isidre Narcís Xevi
Agnès Assumpta Carme Conxita Dolors Elisenda Glòria Imma Maria Mercè Mercè Montse Nuri Pilar Rosalia Teresa
Sílvia Ester Estel Ariadna Judit Helena Cristina Júlia Mariona Gisela Sió Sònia Txell Vinyet Aleix Albert
Xavi Bernat Magí Toni Tomeu Miquel Biel Xisco Catalina Margalida Aina Francina Antònia
Xosé Xoán Xan Uxía Antía Iria Brais Breixo Xiana Sabela Anxo Xurxo Fiz Lois Manoel Maruxa Rosalía Noela Alba
Olalla Nuria Uxío Xacobe Xoel Iago Martiño Bieito Antón Eloi Xulio Xaime Xosefa Xesús Xenxo Mariña Carmiña Lúa
Aldara Icía Noa Sabela Xela Tareixa Ledicia Xandra Branca Xisela Candela Xuan Xicu Pelayo Aurelio
Acoidan Guacimara Tanausú Chaxiraxi Ayoze Itahisa Yeray Tinerfe Beneharo Guayarmina Idaira Nayra Yurena Dácil
Jonay Airam Echedey Iballa Yaiza Xerach Bentor Aythami Yanira Tibiabin Nauzet Tazirga Tenesor
Jhon Jhonatan Jhonny Jhony Jhoan Jhojan Yeison Yeisson Jeison Jeisson Brayan Brayhan Bryan Estiven Stiven Steven
Kevin Leidy Leydi Dayana Dayanna Yurani Yesenia Yuliana Yulieth Yuleidy Maryuri Mayerly Marisol Wilson Wilmer Edwin
Yorman Deiby Deivid Deiver Keiner Keyner Yamile Yaneth Lizeth Nini Johana Yohana Nelcy Dairo Yair Duvan Duván
Arley Ferney Jair Norbey Yuber Heiner Yeferson Jefferson Dilan Maikol Yónatan Lisbeth Yusleidy Yanelis Yoandri
Yunior Yordanis Osmany Yaimara Yoel Yasmani Yulieski Yadira Yanet Yanetsy Yaneisy Yamilé Yusimí Dayron Yoan Yosvany
Yoanka Odalys Maikel Yasiel Yunieski Arianny Yokasta Yocasta Ramfis Frandy Franklin Yeudy Yahaira
Anyelo Anyeli Yeimy Yeimi Yerlin Leomar Yulisa Yanitza Yomaira Deisy Daysi Yesica Yessica Yessenia Karla Mayra
Yarisleidy Yanisleidy Yuniel Yandel Yeriel Dariel Adonis Yeremi Jeremías Yenifer Yennifer Jennifer Yurleidy
Ysmaelis Ysmael Yulissa Yaritza Mileidy Mildred Iveth Ivette Lisandro Leonel Rosmery Rosmeri Gianella Giannella
Giuliana Fiorella Milagros Marleny Maribel Marisabel Edith Nilda Olinda Maruja Yolanda Betzabé Yesenia Yeny
Nayeli Citlali Citlalli Xóchitl Itzel Yaretzi Ximena Tonatiuh Cuauhtémoc Quetzalli Yatzil Metztli Nicté Itzamná
Tenoch Xiadani Yaotl Ameyali Nayelli Izel Atzín Ehécatl Itzayana Yareli Yamileth Anahí
Killa Inti Yupanqui Kusi Wayra Ayar Túpac Amaru Sumaq Qori Illari Urpi Ñusta Kantuta Waman
Ayelén Aylén Nahuel Millaray Rayén Antú Lautaro Ailín Maitén Amancay Rayen Pehuén Tayel Licán Llanquiray Relmu
Ayinhual Calfucura Huenu Lemu Quimey Yenien Aukan Manque Painé Huilén Collen Aliwen Anahí Yanina Jazmín Abril
Araceli Marianela Florencia Agustina Milagros Rocío Soledad Belén Guadalupe Lupita Itatí Arasy
Ñasaindy Jasy Tupã Yerutí Araí Yasy Mirta Gladys Nélida Ramona Rufina
Marites Maricel Maricris Marijo Rodel Jericho Macoy Jhun Rommel Reynaldo Rolando Arnel Jomar Jovelyn
Jocelyn Lorna Rowena Analyn Rosalyn Mylene Jennelyn Charmaine Rizalina
Jinky Gemmalyn Marilou Rhea Remedios Lualhati Bituin Dalisay Ligaya Mayumi
Ffion Siân Sian Rhys Dafydd Cerys Gwen Llinos Iolo Bethan Eluned Gethin Aled Rhiannon Carys Delyth Eirlys Elin
Ffraid Geraint Gwilym Hywel Ieuan Iwan Lowri Meinir Nia Owain Rhodri Seren Tegan Heledd Alaw Angharad Bryn
Eilidh Ailsa Morag Catriona Iain Ruaridh Ruairidh Seonaidh Mhairi Ishbel Kirsty Lachlan Hamish Fionn Fionnlagh
Calum Eòghann Murdo Torquil Sorcha Peigi Raonaid Beathag Euan Ewan Coinneach Dougal Uisdean Seumas Somhairle
Oluwaseun Seun Chidi Chinedu Ngozi Adaeze Tunde Babatunde Folake Emeka Obinna Chiamaka Olumide Temitope
Oluwadamilare Damilare Ifeoma Nnamdi Uchenna Kelechi Babajide Ayodele Funmilayo Yetunde Adebayo Bolanle Chukwuemeka
Chiamaka Ebere Ifeanyi Ikenna Kehinde Taiwo Titilayo Toyin Uche Yewande Abimbola Adaobi Amaka Bisola Chioma Dapo
Femi Funke Gbenga Ije Jumoke Kunle Lanre Lola Nkechi Nneka Tobi Tolu Wale Yemi Zainab
Kwame Kofi Kojo Kwabena Kwaku Kwesi Yaw Akosua Abena Adwoa Afia Akua Efua Yaa Esi Kweku Ekow Fiifi
Abdirahman Abdirizak Abdiaziz Ayaan Faadumo Hodan Hibaaq Ilhaan Khadar Maryan Nimco Sahra Shukri Warsame Xaliimo
Deqa Farhiya Hamdi Idil Muna Ubah Yasmiin Abdullahi Mahamed Cabdi Faarax Guuleed Liban Saciid
Zubair Javed Shahid Adeel Abul Mehwish Jahanara Imran Kamran Asif Tariq Tahir Sajid Waqar Waqas Zeeshan Faisal
Nadeem Naveed Naveen Rizwan Irfan Arshad Arshid Junaid Usman Umair Bilal Hamza Haris Talha Saqib Shoaib Shahzad Sohail
Sarfraz Mushtaq Iftikhar Zulfiqar Ghulam Nasir Naeem Anwar Aslam Akram Azhar Mazhar Tanveer Pervez Parvez Rehan Rehana
Shabana Shazia Nazia Saima Samina Rubina Tahira Nasreen Nusrat Farzana Yasmeen Tasneem Humaira Sadia Aneela Sobia
Ayesha Aisha Amna Anum Hira Iqra Maryam Mahnoor Rabia Sana Sidra Zara Zahra Bushra Fozia Kausar Razia Shamim
Jaswinder Harjit Harpreet Gurpreet Gurdeep Manpreet Kuljit Sukhwinder Baljit Rajinder Paramjit Jaspreet Amrit Navdeep
Rajesh Suresh Ramesh Mahesh Dinesh Ganesh Naresh Mukesh Rakesh Hitesh Jignesh Nilesh Paresh Bhavesh Kamlesh Ketan
Pradeep Sandeep Kuldeep Anand Arjun Vikram Vijay Sanjay Ajay Rohit Rahul Amit Sumit Ankit Nikhil Varun Karan Sunil
Anil Kiran Deepak Manoj Prakash Ashok Alok Gaurav Pankaj Sachin Ravindra Sunita Anita Kavita Savita Geeta Seema
Reena Meena Neelam Pooja Priya Priyanka Divya Shreya Sneha Ananya Lakshmi Padma Deepa Rekha Usha Asha Nisha Swati
Bhavna Hema Jyoti Komal Mamta Nirmala Pushpa Radha Shanti Sarita Shilpa Smita Vandana Aarav Ishaan Reyansh Vihaan
Tahmina Nasima Rokeya Shirin Nazma Momtaz Salma Rashida Rumana Sharmin Farhana Nasrin Ruksana Shahana Shapla
Abdul Anwarul Mizanur Mahbub Habibur Rafiqul Shafiqul Aminul Saiful Shahidul Nurul Mohammed Mohammad Muhammad
Mohamed Mohamad Mehmet Ahmed Ahmad Youssef Yousef Yusuf Khalid Rachid Rachida Karim Karima Mustapha Mustafa Abdelkader
Abdellah Abdelaziz Abderrahim Abdeslam Hassan Hicham Hamid Said Driss Brahim Mourad Nabil Rachid Redouane Samir
Soufiane Zakaria Ayoub Bilal Othmane Anas Yassine Hamza Ilyas Ismail Jamal Larbi Omar Oussama Tarik Walid Younes
Khadija Fatima Fatiha Malika Naima Nadia Saida Souad Hanane Latifa Zineb Zohra Rkia Meriem Hafsa Ikram Imane Kaoutar
Loubna Nawal Salma Siham Wafaa Yasmina Houda Ilham Asmae Btissam Hayat Hajar Chaimae Oumaima Fadoua Mounia
Oleksandr Oleksii Oleksiy Mykola Mykhailo Volodymyr Vasyl Serhii Serhiy Andrii Dmytro Yurii Bohdan Taras Ostap
Vitalii Ihor Petro Yaroslav Olena Oksana Tetiana Nataliia Iryna Halyna Mariia Yuliia Svitlana Liudmyla Larysa
Khrystyna Solomiia Viktoriia Anastasiia Daryna Zlata Sofiia Vladyslav Maksym Artem Denys Kateryna Ruslana
Xiuying Xiaoling Xiaoming Xiaohong Xiaoyan Jiahui Jiayi Zhiwei Zhihao Weijie Yuxuan Zihan Haoran Yichen Mingyu
Ming Wei Hao Ling Hui Yan Jie Jing Xin Lei Ping Qing Tao Chun Wingyan Kayan Chunkit Kaming Siuming Waiman Kwokwai
Pakho Hoiyan Mankit Yuki Haruto Sakura Hiroshi Kenji Takeshi
Esme Esmé Tamsin Cressida Persephone Clemency Hermione Maisie Rosamund Fiadh Barnaby Crispin Jolyon Piers Tarquin
Alasdair Torin Struan Innes Myfanwy Tegwen Nerys Elowen Demelza Morwenna Kerensa Peregrine Ptolemy Fenella Perdita
Xanthe Verity Lettice Artemis Elspeth Ginevra Hebe Jessamy Liberty Minty Ottoline Romilly Seraphina Zinnia Alaric
Auberon Digby Fitzroy Lysander Monty Rollo Cuthbert Islwyn Meirion Emrys Taliesin Caradog Cadoc Gawain Brychan
Basilia Sebastiana Gualberto Rigoberta Cirilo Nicasio Melquíades Escolástica Gumersinda Eustaquia Presentación
Iluminada Covadonga Restituto Abundio Sinforoso Emeterio Atanasio Aquilino Balbino Estanislao Pancracio Tranquilino
Eufrasio Nemesio Justa Casilda Maximina Benedicta Eduviges Eufrasia Genara Honorata Leoncia Nemesia Patrocinio
Quiteria Sinforosa Telesfora Valeriana Wenceslada Ifigenia
"""

SURNAMES = """
Etxeberria Etxebarria Echeverría Goikoetxea Goicoechea Agirre Aguirre Urrutia Zubizarreta Arrieta Bengoetxea Olaizola
Aranburu Iturbe Elizondo Larrañaga Mendizabal Zabaleta Aizpurua Arregi Arregui Gorostiza Uriarte Ibarguren Loinaz
Txurruka Arrizabalaga Azkue Bidaurreta Olabarrieta Olabarria Aramburu Arrieta Arteaga Aurrekoetxea Azkarate Azpiazu
Barrenetxea Basterretxea Beitia Berasategi Bilbao Egaña Elorza Elustondo Errasti Etxaniz Etxeandia Etxegarai Ezkurdia
Galdos Garaikoetxea Garitano Goenaga Goñi Gorriti Ibarra Idiakez Igartua Iriarte Iribar Irigoien Iturralde
Iturriaga Izagirre Jauregi Lasa Lasarte Legarreta Lertxundi Lizarraga Lizaso Madariaga Manterola Markaida Mendizábal
Mugika Murua Odriozola Olano Olazabal Ormaetxea Otegi Otxoa Oyarzabal Oyarzábal Sagastume Salaberria Telleria
Txapartegi Ugarte Unzueta Urkiza Urkullu Urrestarazu Urretxu Usabiaga Zabala Zubeldia Zubiri Zuloaga Zumarraga
Agirrezabala Alberdi Altuna Amezaga Anduaga Aristegi Arrasate Arruti Astigarraga Bereziartua Eizagirre Elkoro
Soldevila Casals Pujol Puigdemont Puigcercós Vilaró Vilanova Bosch Coll Prat Ribas Batlle Rovira Grau Feliu Bonet
Castells Comas Creus Dalmau Espinàs Farré Folch Fontanals Gasull Guardiola Llobet Llorens Llull Mallol
Marsal Massagué Miralles Montagut Noguera Oliveras Palau Parera Pedrola Pijoan Pladevall Portabella Puigvert
Rabassa Riba Rigau Riu Sabaté Sagarra Sallent Sanmartí Sardà Serrat Sitjes Solà Subirats Tarradellas Tàpies
Trias Triadó Vallverdú Verdaguer Vidal-Quadras Xirau Pagès Fàbregas Ferrer Canals Carbonell Codina Ferrés Gispert
Outeiriño Otero Seoane Castiñeira Louzao Barreiro Vilariño Souto Pazos Regueiro Couto Bouzas Cerdeira
Fraga Gestoso Iglesias Lamas Loureiro Moure Noya Outeda Paredes Quintela Rivadulla Rouco Tellado Varela
Vilas Abelleira Amoedo Baamonde Bugallo Carballeira Castro Dopico Eiroa Feijoo Figueiras Fraiz Gondar
Lago Leirós Lestón Meixide Mouriño Neira Nogueira Novoa Piñeiro Portela Queiruga Raña Regos Rodicio Sanjurjo
Sobrino Taboada Teijeiro Vázquez Vieites Viñas Xunqueira Cividanes Curras Fandiño Fontán Gesteira
Quispe Mamani Condori Huamán Huaman Choque Apaza Ccama Ticona Cusi Yupanqui Huanca Chambi Coaquira Cutipa Colque
Limachi Poma Illanes Huarachi Laime Ccahuana Ccori Huillca Mendoza Paucar Sonco
Taipe Tupa Vilca Yapura Aguilar Huayta Quisbert Callisaya Chuquimia Tarqui Ramos Alanoca Aruquipa
Choquehuanca Flores Gutiérrez Huallpa Llanque Quenta Vargas Yujra Zapana Huarcaya Chávez Ccopa Layme
Tzul Tzoc Xicay Batz Cojtí Ixcot Tuyuc Chocooj Caal Ical Tiul Ajpop Cuxil Xoyón
Ixcoy Tzunun Yaxón Chumil Chiyal Sirín Tumax Quiej Saquic Sicán Tzaj Xitumul Xuc Cumes Cúmez Tecún Choguaj
Canul Couoh Dzib Euan Kantún Pech Poot Uicab Cocom Chablé Balam Cauich
Millaqueo Painemal Huenchullán Ñancupil Catrileo Curilef Quilaqueo Huenchumilla Nahuelpán Antileo Lefimil
Calfuqueo Llancaqueo Marileo Paillal Quidel Queupumil Ancalaf Cheuquelaf Huenchuñir Millapán Nahuelcura Painequeo
Quintrequeo Raipán Cayupán Colipán Huaiquimilla Lienlaf Llancapán Marimán Melinao Millanao Nancucheo Paillalef
Tlapanco Xicoténcatl Cuauhtli Tepox Ixtláhuac Tlacuilo Tezoco Tecuapetla Xochihua Cuautle Tecpa Tlatelpa
Cuateco Tlaxcalteca Mixcóatl Necoechea Xolalpa Acatitla Ahuatzi Popoca Tecalco
Aquino Benítez Ayala Cáceres Cabañas Duarte Giménez Irala Ojeda Riquelme Sanabria Villalba Aranda Ortiz Ocampos
Mosquera Palacios Rentería Córdoba Mena Cuesta Asprilla Murillo Perea Caicedo Riascos Valoyes Lozano Moreno
Macaraeg Dimaculangan Dimagiba Manalo Mangubat Pangilinan Sarmiento Tolentino Bautista Cruz Santos
Dizon Pascual Sison Soriano Tuazon Villanueva Agbayani Bulatao Dumalagan Ilagan Lacson Lualhati Magsaysay Nepomuceno
Penhaligon Trelawney Tregenza Pengelly Polglase Pascoe Trevithick Chenoweth Rowe Jago Hocking Nankervis Tremayne
Adeyemi Okonkwo Okafor Okeke Adebayo Afolabi Akinola Babatunde Balogun Chukwu Ibekwe Nwosu Oduya Ogunleye
Okoro Olawale Oyelaran Uzor Adeleke Adewale Ajayi Akande Alabi Ayodele Bello Fashola Nwachukwu Obiora
Mensah Owusu Boateng Asante Osei Agyeman Appiah Amoah Darko Gyamfi Kuffour Ofori Opoku Quaye Sarpong Tetteh Yeboah
Warsame Abdi Farah Hussein Mohamud Osman Yusuf Jama Hassan Samatar Dualeh Ismail Gedi Hersi
Bhriain Giolla Phádraig Phadraig Súilleabháin Dálaigh Ceallaigh Briain Conchúir Domhnaill Néill Mathúna Murchú
Siddiqui Qureshi Chaudhry Chaudhary Choudhury Chowdhury Rahman Rehman Hussain Hossain Iqbal Akhtar Bhatti Butt Malik
Mirza Sheikh Shaikh Khokhar Rana Raja Awan Abbasi Ansari Rizvi Zaidi Naqvi Jafri Hashmi Gilani Durrani Yousafzai
Mahmood Mehmood Saeed Rashid Nawaz Aziz Ashraf Ahmed Haider Haq Javed Latif Majeed Mughal Minhas Bajwa Cheema Gondal
Miah Begum Uddin Islam Alam Bhuiyan Talukdar Sarkar Majumder Mondal Akter Khatun Sultana Howlader Mridha Sikder
Patel Shah Mehta Desai Joshi Parekh Trivedi Pandya Modi Thakkar Gandhi Amin Chauhan Solanki Parmar Rathod Ruparelia
Pillai Nair Menon Iyer Iyengar Reddy Rao Naidu Krishnan Subramanian Venkatesh Ramaswamy Chatterjee Banerjee Mukherjee
Ghosh Bose Sen Das Dutta Roy Chakraborty Bhattacharya Sandhu Sidhu Gill Dhillon Grewal Bains Johal Virdi Atwal
Kaur Sahota Sangha Kalsi Bhogal Dhaliwal Mann Kapoor Khanna Malhotra Chopra Arora Bhatia Sethi Tandon Verma Sharma
Mishra Tiwari Pandey Dubey Yadav Agarwal Gupta Jain Saxena Srivastava Kumar Singh Rajput Rai Lal Prasad
El Amrani Benali Bennani Alaoui Idrissi Tazi Berrada Chraibi Fassi Lahlou Ouazzani Bouzid Benjelloun Bennis Belkadi
Benmoussa Boukhari Cherkaoui Elidrissi Haddad Hamdaoui Kabbaj Lamrani Mansouri Naciri Ouali Rahmouni Sabri Tahiri
Zerouali Ziani Bouazza Belhaj Benhaddou Amrani Azzouzi Bakkali Bouchta Chakir Daoudi Elfassi Hajji Jebari Kettani
Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Polishchuk Lysenko Melnyk Moroz Marchenko
Savchenko Rudenko Petrenko Klymenko Pavlenko Boiko Kovalchuk Tkachuk Kravchuk Hnatiuk Levchenko Ponomarenko Karpenko
Yakovenko Sydorenko Zinchenko Honcharenko Vasylenko Kuzmenko Hrytsenko Romanenko Ostapenko Fedorenko Demchenko
Leung Cheung Wong Chan Chow Lau Yeung Tsang Kwok Fung Lam Tam Mak Siu Yip Chiu Hui Kwan Lai Poon Ngai Tse Szeto
"""

# What people are called at work and in notes, in English and Spanish: short forms and diminutives ("phil", "Pili",
# "Juanca"). Frequent as they are, the lists take them where a given name may stand but never alone as a word would
# be (`lexicon` puts the frequent ones only among the names that need a name's shape).
NICKNAMES = """
Phil Matt Manny Dave Steve Chris Andy Tony Jimmy Nick Rick Danny Jon Katie Liz Becky Jenny Sally Mandy Kath Cath Vicky
Ollie Olly Charlie Harry Jamie Jess Abi Ellie Millie Tommy Robbie Freddie Alfie Archie Ronnie Teddy Kev Gav Baz Gaz
Daz Jase Stevie Davy Tam Rab Dougie Lachie Gerry Mick Mikey Paddy Seamus Dessie Frankie Joey Benji Nico Theo Zach
Pepe Paco Paquita Pili Mari Maripili Charo Lolita Nacho Chema Chus Quique Rafa Manu Fran Javi Dani Edu Isra Juanma
Juanjo Josemi Chelo Conchi Merche Nines Tere Rosi Loli Puri Encarni Inma Reme Susi Chari Pepa Toñi Paqui Mariví
Mayte Anabel Yoli Sole Guille Nando Lalo Pancho Beto Lupe Chuy Memo Toño Tincho Juanca Maca Fede Rodri Santi
Nacha Tati Migue Chente Chiqui Maritere Marimar Maricarmen Mariángeles Marisa Marité Josefa Chito
"""
