"""Hand-built labelled PII test set "pii_dev17" (English + Spanish), generator script.

Provenance
----------
Built 2026-12-04 by a separate author given only the label conventions and the domains; the author did not read
the detector, its tests, docs, data samples or any other pii_*.jsonl / make_pii_*.py file. Every name pool, street
pool, company pool, reference format and template below was written by hand for this set. Python standard library
only (no Faker, no network).

Domains
-------
* English half (60 docs, ids d17-en-000 … d17-en-059): an IT helpdesk ("Tidewater IT Support Ltd") and a payroll
  bureau ("Bracken & Wren Payroll Services LLP") serving small businesses in England, Wales, Scotland and Northern
  Ireland. Staff and employees come from many backgrounds (English, Welsh, Scottish, Irish/NI, Nigerian, Ghanaian,
  Polish, Romanian, Portuguese/Brazilian, Pakistani/Bangladeshi, Somali, Vietnamese, Filipino, Greek, Turkish).
* Spanish half (60 docs, ids d17-es-000 … d17-es-059): schools, escuelas infantiles, academies and after-school
  providers, and a school-transport/canteen contractor ("Autocares y Comedores Alborada S.L.") across Madrid,
  Catalonia, the Basque Country, Galicia, Valencia, Andalusia and the Canary Islands; families from Spain, Cuba,
  Venezuela, Ecuador, Bolivia, Paraguay, Honduras, Morocco, Romania and China. Children and parents are persons.

Document kinds
--------------
EN (21 templates): helpdesk tickets with work notes; password-reset/AD audit logs (lower-case usernames and
display names); onboarding and offboarding checklists (tab-separated access table); payroll change-request forms;
P45/P60 e-mail threads with quoted "-----Original Message-----" replies and signatures; auto-enrolment pension
letters with multi-line address blocks; Slack exports; Teams exports ("Surname, Given  10:02"); on-call rotas (TSV);
post-incident reviews; payroll CSV imports with surname/forename columns; voicemail transcripts; on-call SMS
gateway logs; forwarded new-starter e-mails; hurried lower-case CRM call notes; client complaint forms; monthly
service-review minutes (present/apologies/actions); invoices; public reviews signed "Name S."; SSP/fit-note e-mails
(NHS / CHI numbers).
ES (21 templates): circulares por e-mail con aviso legal (RGPD/LOPDGDD); solicitud de matrícula en MAYÚSCULAS con
apellidos en campos separados; justificantes de falta + nota de agenda; actas de tutoría (con intérprete);
listados de ruta de autobús (CSV con ';'); listados de alergias del comedor ("APELLIDOS, Nombre"); solicitudes de
beca de comedor/libros; actas de asamblea del AMPA; WhatsApp del claustro (formato Android "dd/mm/aa, hh:mm -") y de
familias (formato iOS "[dd/mm/aa, hh:mm:ss]"); hilos de correo con respuesta citada ("El mié, … escribió:");
facturas de academias; inscripciones a extraescolares (TSV); informes de incidencia de comedor/transporte; notas de
secretaría en minúsculas y sin tildes; transcripciones del buzón de voz de escuelas infantiles; registros de SMS de
rutas; cartas municipales de absentismo; opiniones de Google; correos reenviados de la Consejería; autorizaciones
de recogida de menores.

Labels and labelling choices
----------------------------
PERSON, ORG, ADDRESS, CUSTOMER_ID, PHONE, EMAIL, IBAN, NATIONAL_ID.
* PERSON: names exactly as written – full names, given names alone, surnames alone (titles Mr/Ms/Sr./Sra./D./Dña.
  are outside the span), "Surname, Given" and "APELLIDOS, Nombre" as one span, names split over CSV/form columns as
  one span per column, ALL-CAPS and lower-case names, nicknames (Dai, Kasia, Pepe, Mari Carmen), initials attached
  to a surname ("F. Fraser", reviews "Sorin N."), user handles built from names (j.okafor, asmith2, lloydhugheso,
  TWIT\\m.raza -> only the handle), WhatsApp/Teams sender columns. "Lucía mamá Hugo" style contact names give two
  PERSON spans. Staff of the author companies are persons too.
* ORG: companies, schools, nurseries, AMPAs, academies, clubs, banks, councils, regional education departments,
  hospitals/health centres, courts, NGOs, HMRC/NEST etc., also in lower case in notes ("alborada", "hmrc") and
  upper case in forms. A person's name inside an organisation name stays inside the ORG span (CEIP Clara Campoamor,
  Okonkwo & Daughters Pharmacy, Colegio San Juan Bosco). Product/brand mentions are not ORG (Outlook, Jenkins,
  Grafana, Sage 50, Xero, Dell Latitude, the "brother"/"ricoh" printer, the BT router, Nutella, Colacao, Raíces,
  iPasen, Itaca, Abalar, ClassDojo, Irizar i4).
* ADDRESS: street + number (+ flat/floor) (+ postcode + town when written together), including multi-line UK letter
  blocks (one span across the line breaks) and lower-case addresses in notes. In the ALL-CAPS matrícula form the
  address is split into fields: only the DOMICILIO field (street, number, floor) is labelled; the separate C.P. and
  LOCALIDAD fields are left unlabelled. Bare street names without a number (bus stops "Rambla de Catalunya
  (marquesina)", "la parada de Calle León y Castillo") are not addresses and are not labelled.
* CUSTOMER_ID: ticket/incident/change/request numbers, client/account codes, payroll/employee numbers, pension member
  references, invoice/PO/contract/mandate numbers, complaint and query references, expediente numbers, beca
  application codes, AMPA membership numbers, registry entry numbers, absentismo references.
* PHONE: UK, Spanish and foreign (Cuba, Venezuela, Ecuador, Bolivia, Paraguay, Honduras, Morocco, Romania, China)
  numbers in many formats; masked numbers ("+44 7*** ***412") are not labelled.
* EMAIL: all addresses, including shared/role mailboxes (payroll@, oncall@, secretaria@).
* IBAN: GB and ES IBANs with valid mod-97 check digits (ES ones also with valid internal control digits), spaced,
  compact and lower case.
* NATIONAL_ID: Spanish DNI and NIE (valid letters), NUSS (valid mod-97 pair), UK NI numbers (valid prefixes), NHS and
  CHI numbers (valid mod-11), UK and foreign passport numbers, BRP numbers, Ecuadorian cédula (valid mod-10),
  Romanian CNP (valid check digit), Chinese resident ID (valid ISO 7064 check), Venezuelan cédula, Cuban carné de
  identidad, Bolivian CI with department, Paraguayan cédula, Honduran DNI, Moroccan CIN.
Left unlabelled on purpose: dates (incl. dates of birth), times, amounts, towns/countries alone, URLs, IP addresses,
hostnames, product names, vehicle plates, route names ("Ruta 4 «Colón»"), classroom names ("aula Girasoles"),
card/account endings ("ending 4417"), tax codes (1257L), masked numbers, festivals and saints' days (San José, Sant
Jordi, Olentzero, St David's Day), methods/theorems (Pitágoras) and service accounts (svc_scan2email,
jenkins-agent). Company tax numbers are never emitted. Names that are ordinary words or towns (Rosa, Campos, Bueno,
Sevilla, Toledo, Marsh, Young, Baker, Chester, Hamilton, Jenkins) are labelled when they are people, while the
same words appear unlabelled as towns, products or street names elsewhere.

Counts (this file, seed 17017)
------------------------------
    label          en     es   total
    PERSON        612    530    1142
    ORG           187    187     374
    ADDRESS        30     26      56
    CUSTOMER_ID   133     42     175
    PHONE         108    166     274
    EMAIL         104     72     176
    IBAN           12     13      25
    NATIONAL_ID    46     42      88
    TOTAL        1232   1078    2310
    120 documents (60 en, 60 es); 19.2 spans per document on average (min 10, max 34); 923 characters per
    document on average (min 525, max 1712); name pools hold 1129 distinct given names and 856 distinct surnames.

Determinism
-----------
One random.Random(SEED) drives every choice; pools are lists (no set iteration), no hash(), no time or environment
input. Spans are recorded by the Doc builder while text segments are appended – never by searching the text
afterwards. The output is byte-identical across runs and PYTHONHASHSEED values.

How to run
----------
    python3 make_pii_dev17.py            # writes pii_dev17.jsonl next to this file
    python3 make_pii_dev17.py OUT.jsonl  # or to another path
self_check() verifies span text/offsets, sorting, non-overlap, whitespace, the label set, IBAN mod-97, DNI/NIE
letters and the other check-digit schemes, document counts, average spans per document and name-pool sizes, and
prints the per-label/per-language counts.
"""
import datetime
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 17017
R = random.Random(SEED)

PER, ORG, ADR, CID, PHO, EML, IBN, NID = (
    "PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL", "IBAN", "NATIONAL_ID")
LABELS = [PER, ORG, ADR, CID, PHO, EML, IBN, NID]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def fill(fmt):
    """Replace '#' by digits (first '#' never 0/1) and 'L' by A-Z letters (when asked)."""
    out = []
    first = True
    for ch in fmt:
        if ch == "#":
            out.append(str(R.randrange(2, 10) if first else R.randrange(10)))
            first = False
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------
# NAME POOLS (written by hand for this set)
# ----------------------------------------------------------------------------

ES_F = """Lucía Martina Sofía María Paula Julia Daniela Valeria Alba Emma Carla Sara Noa Carmen
Claudia Valentina Alma Ana Vega Lara Irene Elena Marina Nerea Laura Cristina Marta Raquel Beatriz
Silvia Rocío Inmaculada Pilar Montserrat Rosario Encarnación Dolores Mercedes Consuelo Remedios
Esperanza Amparo Begoña Macarena Triana Candela Aitana Olivia Jimena Adriana Lola Manuela Victoria
Abril Celia Blanca Ainhoa Estrella Nieves Milagros Yolanda Sonia Patricia Verónica Susana Natalia
Eva Lorena Noelia Vanesa Tamara Miriam Rebeca Gema Almudena Soledad Azucena Luz Paloma Reyes Rosa
Fátima Chelo Maite Purificación Asunción Josefa Antonia Francisca Ángela Concepción Nuria""".split()
ES_F_COMPOUND = ["María José", "María del Carmen", "Ana Belén", "María Jesús", "María Ángeles",
                 "María Luisa", "Ana Isabel", "María Teresa", "Rosa María", "Mari Luz",
                 "María de los Ángeles", "Eva María", "María Dolores", "Ana María"]
ES_M = """Hugo Martín Lucas Mateo Leo Daniel Alejandro Pablo Manuel Álvaro Adrián David Mario Enzo
Diego Marcos Izan Javier Marco Álex Bruno Oliver Miguel Thiago Antonio Marc Carlos Ángel Juan Gonzalo
Gabriel Nicolás Sergio Iker Jorge Rodrigo Rubén Raúl Óscar Iván Fernando Francisco José Jesús Pedro
Luis Ramón Andrés Emilio Joaquín Rafael Ignacio Alberto Eduardo Enrique Salvador Tomás Vicente
Agustín Germán Gregorio Julián Lorenzo Matías Santiago Sebastián Valentín Domingo Rosendo Benito
Aarón Eric Unai Samuel Héctor Arturo Marcelino Cristóbal Baltasar Ezequiel Leandro""".split()
ES_M_COMPOUND = ["José Luis", "Juan Carlos", "José Antonio", "Francisco Javier", "Juan Manuel",
                 "Miguel Ángel", "José Manuel", "Juan José", "Luis Miguel", "José María",
                 "Juan Antonio", "Pedro Pablo"]
EU_F = """Ane Irati Maialen Nahia Uxue Garazi Leire Amaia Itziar Arantxa Edurne Nekane Izaskun Miren
Oihane Haizea Izaro June Libe Ainara Maddi Jone Iratxe Karmele""".split()
EU_M = """Aitor Iñaki Ander Asier Gorka Jon Mikel Xabier Eneko Ibai Julen Oier Urko Beñat Markel Peio
Koldo Josu Ekaitz Aimar Imanol Txema Gaizka Unax""".split()
CA_F = """Montse Núria Laia Mireia Meritxell Ona Jana Aina Berta Queralt Roser Neus Gemma Anna Clàudia
Júlia Txell Mariona Carlota Xènia""".split()
CA_M = """Jordi Pau Pol Arnau Oriol Jaume Joan Josep Xavier Biel Nil Roger Quim Albert Lluís Ferran
Gerard Eloi Martí Vicent Batiste Sergi""".split()
GL_F = """Uxía Antía Iria Sabela Noela Xiana Lúa Aldara Carme Rosalía Maruxa Olalla Tareixa Nerea Icía""".split()
GL_M = """Xoán Brais Anxo Iago Roi Breixo Uxío Xurxo Martiño Xosé Fiz Bieito Antón Lois Xacobe""".split()
CN_F_CANARY = """Yurena Acerina Guacimara Nayra Idaira Cathaysa Dácil Chaxiraxi Yaiza Tania""".split()
CN_M_CANARY = """Yeray Echedey Aday Acorán Airam Tanausú Beneharo Iballa Jonay Cristo""".split()

CU_F = """Yusleidy Yaneisy Yuliet Dayana Yamilé Yudelkis Mailén Yanet Odalys Yaimara Leidy Mayelín
Yarisleidy Anisleydis""".split()
CU_M = """Yordanis Yasiel Osmany Maikel Dayron Yoandry Yunior Reinier Alexei Yosvany Lázaro Raidel Yoel
Orlando""".split()
VE_F = """Yorgelis Oriana Génesis Mariangel Yusmary Andreína Yelitza Marbelys Yuleisy Rosangela
Maryuri Nathaly""".split()
VE_M = ["Wilmer", "Jhonny", "Yeferson", "Deivis", "Leonardo", "Richard", "Darwin", "Keiver",
        "Yonaiker", "Jesús Alberto", "Franyer", "Luis Eduardo", "Yorman"]
EC_F = """Kerly Mishell Anahí Nayeli Jomaira Jessenia Tatiana Maribel Gissela Jhoselyn""".split()
EC_M = """Jhon Bryan Byron Stalin Wilson Jhonatan Klever Segundo Fausto Washington Édison""".split()
BO_F = """Jhenny Wara Roxana Nelly Marisol Janeth Ximena Mayra Sdenka""".split()
BO_M = """Wilber Grover Ronald Freddy Limbert Teodoro Ademar Edwin Rolando Gualberto""".split()
PY_F = """Liz Nilda Ramona Zunilda Mirna Lourdes Gladys Perla Sady""".split()
PY_M = """Derlis Blas Nery Celso Arnaldo Osvaldo Ever Hugo Aníbal Rodney""".split()
HN_F = """Kenia Dilcia Wendy Nohemí Sindy Yessenia Reina Ilsa Glenda Karla""".split()
HN_M = """Elvin Nelson Marvin Wilfredo Denis Olvin Jairo Kevin Edgardo Selvin""".split()
MA_F = """Fatima Khadija Salma Aya Imane Nadia Houda Zineb Meryem Hajar Sanae Loubna Siham Naima
Rachida Malika Hanane Ikram Nisrine Asmae Chaimae Kawtar""".split()
MA_M = """Mohamed Youssef Hamza Ayoub Ilyas Adam Rayan Bilal Said Abdelkader Rachid Mustafa Karim Anas
Hicham Nabil Omar Othmane Soufiane Yassine Amine Ismail Zakaria Brahim Abdellah Mehdi""".split()
RO_F = """Ioana Andreea Elena Mihaela Alexandra Bianca Daria Raluca Roxana Denisa Larisa Cătălina
Florentina Nicoleta Georgiana Alina Corina Irina Oana Simona""".split()
RO_M = """Ioan Andrei Mihai Florin Cristian Vasile Gheorghe Ionuț Marius Sorin Adrian Cosmin Ștefan
Costel Dorin Radu Bogdan Alin Darius Petru Liviu Ovidiu Valentin Traian""".split()
ZH_F = """Jiayi Yutong Mei Lan Hui Xin Ying Yan Fang Hong Ping Xiaoyu Ruoxi Shuang Xiuying Lihua Haiyan
Jing Lina Qian Yue""".split()
ZH_M = """Wei Xiaoming Zihan Haoran Yichen Jun Ming Qiang Lei Tao Bo Yuxuan Zixuan Jianguo Guohua
Jianhua Hao Peng Chao Kai""".split()

UK_F = """Olivia Amelia Ava Mia Grace Freya Lily Sophie Emily Charlotte Jessica Hannah Lucy Ellie Chloe
Holly Megan Rebecca Rachel Sarah Emma Laura Claire Karen Joanne Nicola Lisa Michelle Julie Helen Susan
Alison Diane Jacqueline Gemma Stacey Danielle Kayleigh Leanne Abigail Poppy Harriet Imogen Florence
Matilda Rosie Daisy Phoebe Beth Hayley Zoe Natasha Vicky Bernadette Pauline Maureen Brenda Gillian
Tracey Faith Hope Jade Amber Kirsty Rhiannon Elizabeth Margaret Katherine""".split()
UK_M = """Oliver George Harry Jack Jacob Charlie Thomas Oscar William James Henry Alfie Joshua Freddie
Archie Ethan Samuel Daniel Matthew Luke Adam Ben Joseph Benjamin Jamie Liam Nathan Ryan Kieran Connor
Lewis Scott Craig Darren Lee Wayne Gary Paul Mark Neil Stephen Andrew Richard Robert David Michael
Christopher Anthony Simon Graham Nigel Colin Keith Trevor Barry Derek Malcolm Ian Stuart Martin Philip
Jonathan Tom Sam Toby Reggie Stanley Albert Arthur Theo Elliot Dean Carl Jason Kevin Dominic Rory
Patrick Frank""".split()
CY_F = """Siân Cerys Eleri Ffion Rhian Carys Bethan Elin Sioned Gwen Gwenllian Llinos Catrin Meinir Nia
Heledd Lowri Angharad Mared Cadi Manon Non Eirlys Gwawr""".split()
CY_M = """Dafydd Rhys Gethin Iwan Owain Gareth Huw Aled Dylan Emyr Geraint Ieuan Iestyn Osian Tomos
Rhodri Llŷr Elis Hywel Dewi Cai Macsen Gruffudd Idris""".split()
SC_F = """Ailsa Eilidh Morag Isla Mhairi Fiona Iona Catriona Shona Sorcha Rona Ishbel Kirstin Morven
Elspeth Marsali""".split()
SC_M = """Hamish Fraser Euan Callum Ruaridh Angus Struan Lachlan Ewan Murdo Alasdair Finlay Innes Kenzie
Kenneth Duncan Gregor Alistair Torquil Dougie""".split()
IE_F = """Aoife Niamh Siobhan Orla Ciara Caoimhe Roisin Grainne Saoirse Eimear Fionnuala Deirdre
Clodagh Maeve""".split()
IE_M = """Ciaran Padraig Cathal Eoin Oisin Ronan Declan Conor Seamus Darragh Colm Brendan Fergal
Turlough""".split()
NG_F = """Chiamaka Ngozi Adaeze Ifeoma Funmilayo Yetunde Folake Temitope Olamide Damilola Bukola Nkechi
Amarachi Zainab Chidinma Ebele Omolara Titilayo""".split()
NG_M = """Chinedu Emeka Obinna Uchenna Oluwaseun Tunde Adebayo Babatunde Segun Ifeanyi Chukwuemeka
Tobiloba Musa Olumide Kelechi Ikenna Femi Gbenga""".split()
GH_F = """Ama Akosua Abena Efua Esi Adjoa Afia Akua Yaa Adwoa""".split()
GH_M = """Kwame Kofi Yaw Kwabena Kojo Nana Kwesi Kwaku Fiifi Ekow""".split()
PL_F = """Agnieszka Katarzyna Małgorzata Magdalena Joanna Aleksandra Monika Karolina Dorota Ewa Justyna
Beata Zofia Weronika Jolanta Grażyna Halina Iwona""".split()
PL_M = """Paweł Piotr Krzysztof Tomasz Łukasz Grzegorz Michał Marcin Wojciech Bartosz Kamil Jakub
Mateusz Sławomir Dariusz Zbigniew Przemysław Radosław Szymon""".split()
PT_F = """Renata Fernanda Juliana Inês Mariana Leonor Thaís Larissa Camila Luana Vanessa Joana Filipa
Sónia Conceição Gabriela Letícia""".split()
PT_M = """João Tiago Rui Gonçalo Vitor Rodrigo Luiz Leandro Gustavo Fábio Marcelo Thiago Caio Diogo
Nuno Wellington""".split()
PK_F = """Ayesha Sana Mariam Saima Rabia Hina Amna Noor Shabnam Rubina Nasreen Sadia Tahmina Farhana
Nusrat Rumana Mahmuda Shirin Parveen""".split()
PK_M = """Imran Asif Usman Faisal Tariq Zeeshan Kamran Adeel Mohammed Abdul Rahim Shahid Jahangir
Rafiq Anwar Mithu Sabbir Tanvir Arif Waqas Junaid Rezaul""".split()
SO_F = """Hodan Hibo Ayan Faadumo Ubah Sagal Asha Idil Nasra Hamdi Shukri Ilhan Ifrah""".split()
SO_M = """Abdirahman Abdullahi Mahad Liban Mohamud Abdiqani Farhan Guled Abdiwali Bashir""".split()
VN_F = """Thu Trang Linh Huong Hoa Phuong Ngoc Vy Thao Mai""".split()
VN_M = """Minh Tuan Duc Hung Quang Thanh Hai Long Khanh Dung Huy""".split()
PH_F = """Maricel Rowena Jocelyn Marites Rhea Joy Cherry Lovely Analyn Divina Rosario Emelita Princess
Kristine Lorna""".split()
PH_M = ["Jomar", "Rodel", "Jerome", "Arnel", "Ronaldo", "Mark Anthony", "John Paul", "Jonel",
        "Reynaldo", "Marvin", "Efren", "Ariel"]
GR_F = """Eleni Aikaterini Despina Dimitra Georgia Vasiliki Ioanna Chrysa Theodora Evangelia Athina""".split()
GR_M = """Georgios Dimitrios Konstantinos Nikolaos Ioannis Panagiotis Vasileios Christos Athanasios
Spyros Stavros Kyriakos""".split()
TR_F = """Elif Zeynep Ayşe Fatma Emine Merve Büşra Özlem Derya Tuğba Selin Deniz Gülsüm""".split()
TR_M = """Mehmet Ahmet Emre Burak Serkan Hakan Murat Kemal Cem Gökhan Oğuz Volkan Barış""".split()

ES_S = """García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz
Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil
Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias
Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León
Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar
Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora
Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo
Gallardo Rojas Pardo Merino Franco Espinosa Izquierdo Lara Rivas Silva Rivera Casado Arroyo Redondo
Camacho Rey Vera Otero Luque Galán Montes Ríos Sierra Segura Carrillo Marcos Soriano Mendoza Bueno
Rosa Robles Cordero Lobo Toledo Palacios Bermúdez Cuesta Salas Escobar Manzano Blázquez Valle Pozo
Trujillo Barrios Mateo Aguado Aparicio Bernal Lorente Hurtado Beltrán Miranda Conde Cid Cabello Olmo
Peral Toro Moreno Cantero Pineda Villar Ballesteros Plaza Calderón Sevilla Granados Cañete Tirado""".split()
ES_S_PARTICLE = ["de la Fuente", "del Río", "de los Santos", "San Martín", "de la Torre", "del Pino",
                 "de Miguel", "de la Cruz", "del Valle", "de Diego", "de la Rosa", "del Castillo"]
CN_S_CANARY = """Perdomo Déniz Betancor Padrón Melián Febles Brito Afonso Cubas Quintana Ojeda Guedes
Morales Alemán Sosa""".split()
EU_S = """Etxeberria Agirre Goikoetxea Arrieta Zubizarreta Larrañaga Ibarra Mendizabal Olabarria Uriarte
Garmendia Elizondo Aranburu Iturbe Lasa Etxebarria Arregi Zabala Bengoetxea Ugarte Artola Azkue
Lizarazu Gorostiza Otxoa Ormaetxea Txurruka Landa Egaña Beitia Urrutia Aramburu""".split()
CA_S = """Puig Vila Serra Pujol Roca Font Casals Riera Bosch Mas Sala Batlle Comas Pons Rovira Grau Camps
Roig Coll Prat Sabaté Vilalta Bonet Torrent Ribas Llopis Ferrandis Climent Cervera Gisbert Mompó Fuster
Sanchis Boix Peris Alberola Tortosa Vilanova Bertran""".split()
GL_S = """Piñeiro Varela Souto Lema Seoane Louro Carballo Pazos Mosquera Fraga Barreiro Castiñeira
Figueiras Cotelo Bouzas Pereiro Lamas Couto Regueiro Vilariño Abelleira Outeiral Rial""".split()
LA_S = """Quispe Mamani Condori Choque Huanca Apaza Chávez Guamán Chimbo Tenesaca Cando Yupanqui
Ayala Cáceres Duarte Villalba Aquino Galeano Britez Zelaya Maradiaga Mejía Banegas Alvarado Padilla
Sosa Lemus Matamoros Hechavarría Cepero Valdés Fonseca Ravelo Milanés Acosta Betancourt Urdaneta Briceño
Uzcátegui Colmenares Chirinos Rondón Carvajal Villegas Zambrano Loor Cedeño Vaca Arteaga Paredes
Benítez Espínola Recalde Funes Reyes Oyuela""".split()
MA_S = ["El Amrani", "Benali", "Bennani", "El Idrissi", "Alaoui", "Tazi", "Berrada", "Chraibi",
        "El Fassi", "Ouazzani", "Bouzid", "Belhaj", "Ziani", "Lahlou", "Mansouri", "El Khatib",
        "Boukhari", "Tahiri", "Hajji", "Bakkali", "El Ouardi", "Azzouzi", "Saidi", "Cherkaoui",
        "Kabbaj", "Laaroussi", "Zerouali", "Naciri", "Ben Abdallah", "El Mrabet", "Amraoui"]
RO_S = """Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghe Rusu Munteanu Matei Constantin Mocanu
Lungu Sârbu Dobre Ene Ciobanu Toma Moldovan Barbu Nistor Florea Tudor Cristea Oprea Diaconu Pavel
Neagu Bălan Vasilescu Iordache Ungureanu Dragomir""".split()
ZH_S = """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Ye
Pan Dong Jiang Xie Qiu""".split()

UK_S = """Smith Jones Taylor Brown Wilson Johnson Walker Wright Robinson Thompson White Hughes Edwards
Green Hall Wood Harris Clarke Jackson Turner Hill Moore Cooper Ward Martin Baker Harrison Morris
Clark Young Allen King Wright Scott Mitchell Carter Phillips Shaw Lee Parker Marsh Rose Fox Bishop
Mason Cook Page Read Hope Bell Lamb Best Street Moss Frost Snow Gold Little Long Sharp Swift Power
Fisher Hunter Archer Carpenter Wells Brooks Banks Ford Field Lane Dean Rich Noble Hart Cross Small
Short Pope Knight May Day Summers Winter Black Grey Booth Holt Cartwright Whitaker Thornton Ashworth
Barlow Holroyd Pickering Sutcliffe Hodgson Atkinson Nuttall Crowther Dobson Greenwood""".split()
UK_S_DOUBLE = ["Harrington-Smith", "Vaughan-Jones", "Ashby-Clarke", "Pryce-Jones", "Heath-Stubbs",
               "Lloyd-Hughes", "Fenwick-Hart", "Carter-Bowen", "Wynn-Parry", "Stuart-Menteth",
               "Okafor-Reid", "Bailey-Nkemelu", "Sinclair-Dunn", "Fraser-Mensah"]
CY_S = """Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price Rees Owen
Pritchard Bowen Jenkins Lloyd Powell Parry Vaughan Pugh Prosser Llewellyn Gwynne Meredith Probert
Bevan Howells Watkins Cadwaladr Rowlands Gruffydd Humphreys""".split()
CY_S += ["ap Gwilym", "ap Rhys"]
SC_S = """MacDonald MacLeod Campbell Stewart Robertson Murray Fraser Ross Mackenzie McGregor Sinclair
Gunn Munro Cameron Grant Henderson Buchanan Drummond Ferguson Macaulay MacInnes McAllister Rennie
Baird Kerr Paterson Urquhart Lamont Cairns Dalgleish Mackay Morrison""".split()
IE_S = """O'Neill McCann Quinn Doherty Gallagher O'Hare McKeown Devlin Mulholland Maguire Hegarty
McLaughlin Donnelly Kearney Brennan Magee McAteer Hamill Toner Cassidy O'Driscoll Fitzpatrick Moran
Boyle McGuinness""".split()
NG_S = """Okafor Okonkwo Eze Nwosu Obi Adeyemi Adebayo Oyelaran Ogunleye Balogun Afolabi Bello Ibrahim
Abubakar Okoro Chukwu Nnamdi Onyeka Uzoma Akinola Olatunji Adewale Nwachukwu Eke""".split()
GH_S = """Mensah Asante Boateng Owusu Osei Agyeman Appiah Darko Ofori Amoah Antwi Quaye Tetteh Addo
Acheampong Annan""".split()
PL_S = """Kowalczyk Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawlak Michalski Zając Król
Wieczorek Jabłoński Majewski Olszewski Stępień Dudek Górecki Sikora Baran Rutkowski Wróbel""".split()
PT_S = """Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes
Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira
Monteiro Cardoso Rocha Barbosa Araújo Nascimento Cavalcanti""".split()
PK_S = """Khan Ahmed Hussain Ali Shah Malik Iqbal Akhtar Butt Chaudhry Raza Qureshi Siddiqui Sheikh
Mirza Javed Aslam Rashid Begum Uddin Rahman Islam Hossain Miah Chowdhury Karim Haque Sarkar Talukdar
Bhuiyan""".split()
SO_S = """Warsame Farah Abdi Hassan Omar Mohamed Jama Egal Duale Aden Hirsi Nur Ismail Yusuf Osman""".split()
VN_S = """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly""".split()
PH_S = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz",
        "Villanueva", "Aquino", "Ramos", "Castillo", "Pascual", "Manalo", "Dimaculangan",
        "Macaraeg", "Soriano", "Tolentino", "Lacson", "Magbanua", "Dizon", "Navarro", "delos Reyes"]
GR_S = """Papadopoulos Georgiou Nikolaidis Konstantinou Dimitriou Papageorgiou Karagiannis Vlachos
Oikonomou Christodoulou Antoniou Pappas Makris Alexiou Stavrou Ioannou Theodorou Kyriakou Panagiotou
Mavridis""".split()
TR_S = """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
Çetin Kara Koç Kurt Özkan Şimşek Polat Erdem""".split()

NICK = {
    "Robert": "Rob", "William": "Will", "Elizabeth": "Liz", "Margaret": "Maggie", "Katherine": "Kate",
    "Christopher": "Chris", "Oluwaseun": "Seun", "Babatunde": "Tunde", "Chukwuemeka": "Emeka",
    "Małgorzata": "Gosia", "Aleksandra": "Ola", "Katarzyna": "Kasia", "Grzegorz": "Grzesiek",
    "Przemysław": "Przemek", "Dafydd": "Dai", "Gwenllian": "Gwen", "Alasdair": "Ally",
    "Mohammed": "Mo", "Abdirahman": "Abdi", "Jonathan": "Jon", "Matthew": "Matt", "Michael": "Mike",
    "Anthony": "Tony", "Samuel": "Sam", "Benjamin": "Ben", "Joseph": "Joe", "Rebecca": "Becky",
    "Jacqueline": "Jackie", "Nicola": "Nicky", "Stephen": "Steve", "Andrew": "Andy", "Kenneth": "Ken",
    "Georgios": "George", "Konstantinos": "Kostas", "Dimitrios": "Dimitris", "Panagiotis": "Panos",
    "Funmilayo": "Funmi", "Temitope": "Tope", "Damilola": "Dami", "Abdullahi": "Abdul",
    "José": "Pepe", "Francisco": "Paco", "Dolores": "Lola", "Rosario": "Charo", "Ignacio": "Nacho",
    "Enrique": "Quique", "Mercedes": "Merche", "Pilar": "Pili", "Concepción": "Concha",
    "María del Carmen": "Mari Carmen", "María José": "Majo", "Francisco Javier": "Fran",
    "Purificación": "Puri", "Inmaculada": "Inma", "Encarnación": "Encarna", "Asunción": "Asun",
    "Montserrat": "Montse", "Guadalupe": "Lupe", "Alejandro": "Álex", "Jesús": "Chus",
    "Josefa": "Pepa", "Antonio": "Toni", "Salvador": "Salva", "Sebastián": "Sebas",
    "Guillermo": "Guille", "Manuel": "Manolo", "Nicolás": "Nico", "Ionuț": "Nelu",
    "Yusleidy": "Yusle", "Mohamed": "Moha", "Abdelkader": "Kader", "Fatima": "Fati",
}

# ----------------------------------------------------------------------------
# PEOPLE
# ----------------------------------------------------------------------------

def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


COMPOUND_GIVEN = set(ES_F_COMPOUND + ES_M_COMPOUND + ["Jesús Alberto", "Luis Eduardo", "Mark Anthony",
                                                      "John Paul"])


class Person:
    def __init__(self, given, surnames, sex, origin, middle=""):
        self.given = given
        self.surnames = list(surnames)
        self.sex = sex
        self.origin = origin
        self.middle = middle
        self.n = R.randrange(2, 9)

    @property
    def first(self):
        if self.given in COMPOUND_GIVEN:
            return self.given
        return self.given.split(" ")[0]

    @property
    def nick(self):
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def sur(self):
        return " ".join(self.surnames)

    @property
    def s1(self):
        return self.surnames[0]

    @property
    def full(self):
        parts = [self.given]
        if self.middle:
            parts.append(self.middle)
        parts.append(self.sur)
        return " ".join(parts)

    @property
    def short(self):
        return f"{self.first} {self.s1}"

    @property
    def s_initial(self):
        for w in self.s1.split(" "):
            if w[:1].isupper():
                return w[0]
        return self.s1[0].upper()

    @property
    def inv(self):
        return f"{self.sur}, {self.given}"

    @property
    def initial_sur(self):
        return f"{self.first[0]}. {self.s1}"

    def title_en(self):
        if self.sex == "m":
            return "Mr"
        return pick(["Ms", "Mrs", "Miss", "Ms"])

    def title_es(self):
        return "Sr." if self.sex == "m" else "Sra."

    def don(self):
        return "D." if self.sex == "m" else "Dña."

    def username(self, style, n=None):
        g = slug(self.first.split(" ")[0])
        s = slug(self.s1)
        if style == 0:
            return f"{g[0]}.{s}"
        if style == 1:
            return f"{g[0]}{s}"
        if style == 2:
            return f"{g}.{s}"
        if style == 3:
            return f"{s}{g[0]}"
        if style == 4:
            return f"{g[0]}{s}{n if n else self.n}"
        if style == 5:
            return f"{g}{s[0]}"
        return f"{g}_{s}"


def _pool(origin, sex):
    F = {
        "es": ES_F + ES_F_COMPOUND, "eu": EU_F + ES_F[:20], "ca": CA_F + ES_F[:15], "gl": GL_F + ES_F[:15],
        "ic": CN_F_CANARY + ES_F, "cu": CU_F + ES_F[:10], "ve": VE_F + ES_F[:10], "ec": EC_F + ES_F[:8],
        "bo": BO_F + ES_F[:8], "py": PY_F + ES_F[:8], "hn": HN_F + ES_F[:8], "ma": MA_F, "ro": RO_F,
        "zh": ZH_F, "en": UK_F, "cy": CY_F, "sc": SC_F + UK_F[:10], "ie": IE_F, "ng": NG_F, "gh": GH_F,
        "pl": PL_F, "pt": PT_F, "pk": PK_F, "so": SO_F, "vn": VN_F, "ph": PH_F, "gr": GR_F, "tr": TR_F,
    }
    M = {
        "es": ES_M + ES_M_COMPOUND, "eu": EU_M + ES_M[:20], "ca": CA_M + ES_M[:15], "gl": GL_M + ES_M[:15],
        "ic": CN_M_CANARY + ES_M, "cu": CU_M + ES_M[:10], "ve": VE_M + ES_M[:10], "ec": EC_M + ES_M[:8],
        "bo": BO_M + ES_M[:8], "py": PY_M + ES_M[:8], "hn": HN_M + ES_M[:8], "ma": MA_M, "ro": RO_M,
        "zh": ZH_M, "en": UK_M, "cy": CY_M, "sc": SC_M + UK_M[:10], "ie": IE_M, "ng": NG_M, "gh": GH_M,
        "pl": PL_M, "pt": PT_M, "pk": PK_M, "so": SO_M, "vn": VN_M, "ph": PH_M, "gr": GR_M, "tr": TR_M,
    }
    return (F if sex == "f" else M)[origin]


def _surpool(origin):
    return {
        "es": ES_S + ES_S_PARTICLE, "eu": EU_S + EU_S + ES_S, "ca": CA_S + CA_S + ES_S, "gl": GL_S + GL_S + ES_S,
        "ic": CN_S_CANARY + ES_S, "cu": LA_S + ES_S, "ve": LA_S + ES_S, "ec": LA_S + ES_S, "bo": LA_S + ES_S,
        "py": LA_S + ES_S, "hn": LA_S + ES_S, "ma": MA_S, "ro": RO_S, "zh": ZH_S, "en": UK_S + UK_S_DOUBLE,
        "cy": CY_S, "sc": SC_S, "ie": IE_S, "ng": NG_S, "gh": GH_S, "pl": PL_S, "pt": PT_S, "pk": PK_S,
        "so": SO_S, "vn": VN_S, "ph": PH_S, "gr": GR_S, "tr": TR_S,
    }[origin]


HISPANIC = ["es", "eu", "ca", "gl", "ic", "cu", "ve", "ec", "bo", "py", "hn"]
PL_FEM = {"ski": "ska", "cki": "cka", "dzki": "dzka"}


def person(origin, sex=None, surnames=None, given=None):
    sex = sex or pick("fm")
    given = given or pick(_pool(origin, sex))
    sp = _surpool(origin)
    middle = ""
    if surnames is None:
        if origin in HISPANIC:
            a = pick(sp)
            b = pick(sp)
            while b == a:
                b = pick(sp)
            surnames = [a, b]
            if chance(0.04):
                surnames = [a, "y", b]
        elif origin == "zh":
            surnames = [pick(sp)]
        elif origin == "ph":
            surnames = [pick(sp)]
            if chance(0.5):
                middle = pick(sp)
        elif origin == "pt" and chance(0.5):
            surnames = [pick(sp), pick(sp)]
        elif origin == "so":
            surnames = [pick(SO_M + SO_S)]
        else:
            s = pick(sp)
            if origin == "pl" and sex == "f":
                for k, v in PL_FEM.items():
                    if s.endswith(k):
                        s = s[: -len(k)] + v
            surnames = [s]
            if origin in ("en", "cy", "sc", "ie", "ng", "gh") and chance(0.25):
                middle = pick(_pool(pick(["en", "cy", "sc", "ie"]), sex))
                if middle == given:
                    middle = ""
    return Person(given, surnames, sex, origin, middle)


OLD_GIVEN = ["Inmaculada", "Rosario", "Encarnación", "Dolores", "Mercedes", "Consuelo", "Remedios", "Esperanza",
             "Amparo", "Yolanda", "Sonia", "Patricia", "Verónica", "Susana", "Milagros", "Soledad", "Azucena",
             "Purificación", "Asunción", "Josefa", "Antonia", "Francisca", "Concepción", "Chelo", "Maite", "Montserrat",
             "Pilar", "Reyes", "Luz", "Paloma", "Gema", "Almudena", "Nieves", "Begoña", "Rosa", "Karmele", "Nekane",
             "Izaskun", "Roser", "Carme", "Maruxa", "Tareixa", "Ramona", "Zunilda", "Gladys", "Nilda", "Odalys",
             "Ramón", "Emilio", "Joaquín", "Agustín", "Germán", "Gregorio", "Domingo", "Rosendo", "Benito", "Salvador",
             "Marcelino", "Cristóbal", "Baltasar", "Ezequiel", "Koldo", "Txema", "Segundo", "Teodoro", "Gualberto",
             "Wilfredo", "Jianguo", "Guohua", "Jianhua", "Xiuying", "Lihua", "Abdelkader", "Gheorghe", "Vasile",
             "Costel", "Traian"]


def kid_given(origin, sx, avoid):
    pool = [g for g in _pool(origin, sx) if g not in OLD_GIVEN and g not in COMPOUND_GIVEN and g not in avoid]
    return pick(pool)


def family(origin, n_children=None):
    """Return (mother, father, [children]); children share surnames by the origin's custom."""
    mo = person(origin, "f")
    fa = person(origin, "m")
    n = n_children if n_children is not None else pick([1, 1, 1, 2, 2, 3])
    kids = []
    for _ in range(n):
        sx = pick("fm")
        avoid = [mo.given, fa.given] + [k.given for k in kids]
        if origin in HISPANIC:
            s = [fa.surnames[0], mo.surnames[0]]
            k = person(origin, sx, surnames=s, given=kid_given(origin, sx, avoid))
        elif origin == "zh":
            g = kid_given("es", sx, avoid) if chance(0.5) else kid_given("zh", sx, avoid)
            k = person("zh", sx, surnames=[fa.s1], given=g)
            if chance(0.4):
                k.surnames = [fa.s1, mo.s1]
        elif origin == "ma":
            g = kid_given("es", sx, avoid) if chance(0.15) else kid_given("ma", sx, avoid)
            k = person("ma", sx, surnames=[fa.s1], given=g)
        elif origin == "ro":
            k = person("ro", sx, surnames=[fa.s1], given=kid_given("ro", sx, avoid))
        else:
            k = person(origin, sx, surnames=list(fa.surnames), given=kid_given(origin, sx, avoid))
        kids.append(k)
    return mo, fa, kids


ES_ORIGINS = ["es", "es", "es", "es", "cu", "ve", "ec", "bo", "py", "hn", "ma", "ma", "ro", "zh"]
UK_ORIGINS = ["en", "en", "en", "cy", "cy", "sc", "sc", "ie", "ng", "gh", "pl", "pl", "ro", "pt", "pk",
              "pk", "so", "vn", "ph", "gr", "tr"]


# ----------------------------------------------------------------------------
# IDENTIFIERS (with check digits where the scheme has them)
# ----------------------------------------------------------------------------

ID_SCHEME = {}   # generated NATIONAL_ID string -> scheme name (used by self_check)
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def reg(value, scheme):
    ID_SCHEME[value] = scheme
    return value


def dni(fmt=None):
    n = R.randrange(1000000, 99999999)
    num = f"{n:08d}"
    let = DNI_LETTERS[n % 23]
    fmt = fmt if fmt is not None else pick([0, 0, 0, 1, 2, 3])
    if fmt == 0:
        s = f"{num}{let}"
    elif fmt == 1:
        s = f"{num}-{let}"
    elif fmt == 2:
        s = f"{num[:2]}.{num[2:5]}.{num[5:]}-{let}"
    else:
        s = f"{num} {let}"
    return reg(s, "DNI")


def nie(fmt=None):
    p = pick("XXYYZ")
    n = R.randrange(0, 10000000)
    val = int(str("XYZ".index(p)) + f"{n:07d}")
    let = DNI_LETTERS[val % 23]
    fmt = fmt if fmt is not None else pick([0, 0, 1, 2])
    if fmt == 0:
        s = f"{p}{n:07d}{let}"
    elif fmt == 1:
        s = f"{p}-{n:07d}-{let}"
    else:
        s = f"{p} {n:07d} {let}"
    return reg(s, "NIE")


def nuss(prov=None):
    prov = prov if prov is not None else pick([28, 8, 48, 20, 1, 36, 15, 46, 3, 41, 29, 35, 38, 4, 30])
    n = R.randrange(10000000, 99999999)
    c = int(f"{prov:02d}{n:08d}") % 97
    s = pick([f"{prov:02d}/{n:08d}/{c:02d}", f"{prov:02d} {n:08d} {c:02d}", f"{prov:02d}{n:08d}{c:02d}"])
    return reg(s, "NUSS")


def es_passport():
    return reg("PA" + pick("ABCDEFGHJKLM") + f"{R.randrange(10**5, 10**6):06d}", "PASSPORT")


def ec_cedula():
    while True:
        prov = R.randrange(1, 25)
        d = [prov // 10, prov % 10, R.randrange(0, 6)] + [R.randrange(10) for _ in range(6)]
        tot = 0
        for i, x in enumerate(d):
            y = x * (2 if i % 2 == 0 else 1)
            tot += y - 9 if y > 9 else y
        chk = (10 - tot % 10) % 10
        s = "".join(map(str, d)) + str(chk)
        return reg(pick([s, s[:9] + "-" + s[9]]), "EC_CEDULA")


def ve_cedula():
    n = R.randrange(10000000, 32000000)
    s = f"{n:,}".replace(",", ".")
    return reg(pick([f"V-{s}", f"V{n}", f"V-{n}"]), "VE_CEDULA")


def cu_carne():
    yy = R.randrange(70, 100)
    mm = R.randrange(1, 13)
    dd = R.randrange(1, 29)
    s = f"{yy:02d}{mm:02d}{dd:02d}{R.randrange(0, 6)}{R.randrange(1000, 9999):04d}"
    return reg(s, "CU_CI")


def bo_ci():
    return reg(f"{R.randrange(1000000, 13000000)} {pick(['LP', 'CB', 'SC', 'OR', 'PT', 'CH', 'TJ', 'BE'])}", "BO_CI")


def py_ci():
    n = R.randrange(1500000, 7000000)
    return reg(f"{n:,}".replace(",", "."), "PY_CI")


def hn_dni():
    muni = pick(["0801", "0501", "0101", "0301", "1804", "0209", "1601", "0107"])
    return reg(f"{muni}-{R.randrange(1972, 2004)}-{R.randrange(100, 99999):05d}", "HN_DNI")


def ma_cin():
    pre = pick(["BE", "BK", "AB", "CD", "EE", "G", "JC", "K", "BJ", "T", "FA", "ZT"])
    return reg(f"{pre}{R.randrange(10000, 999999)}", "MA_CIN")


def ro_cnp(sex=None, year=None):
    sex = sex or pick("fm")
    year = year or R.randrange(1972, 2000)
    s = (1 if sex == "m" else 2) if year < 2000 else (5 if sex == "m" else 6)
    body = f"{s}{year % 100:02d}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}{R.randrange(1, 47):02d}{R.randrange(1, 999):03d}"
    w = "279146358279"
    c = sum(int(a) * int(b) for a, b in zip(body, w)) % 11
    c = 1 if c == 10 else c
    return reg(body + str(c), "RO_CNP")


def cn_id():
    area = pick(["331121", "330302", "330381", "330327", "350102", "330106", "320102", "370202"])
    y = R.randrange(1975, 2000)
    body = f"{area}{y}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}{R.randrange(1, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return reg(body + c, "CN_ID")


def foreign_passport(origin):
    if origin == "zh":
        s = pick(["E", "EA", "EB", "EJ"])
        s += f"{R.randrange(10**7, 10**8)}" if len(s) == 1 else f"{R.randrange(10**6, 10**7)}"
    elif origin == "ma":
        s = pick(["AB", "BZ", "UN", "VB", "ZT"]) + f"{R.randrange(10**6, 10**7)}"
    elif origin == "cu":
        s = pick(["K", "L", "M"]) + f"{R.randrange(10**5, 10**6):06d}"
    elif origin == "ro":
        s = f"{R.randrange(10**8, 10**9)}"
    elif origin == "ve":
        s = f"{R.randrange(10**8, 10**9)}"
    elif origin == "hn":
        s = pick(["E", "F"]) + f"{R.randrange(10**6, 10**7)}"
    else:
        s = pick(["A", "B", "C", "N"]) + f"{R.randrange(10**6, 10**7)}"
    return reg(s, "PASSPORT")


def latam_id(origin, sex="f"):
    """National identity document appropriate for the person's country of origin."""
    if origin == "ro":
        return ro_cnp(sex)
    fn = {"cu": cu_carne, "ve": ve_cedula, "ec": ec_cedula, "bo": bo_ci, "py": py_ci, "hn": hn_dni,
          "ma": ma_cin, "zh": cn_id}.get(origin)
    return fn() if fn else nie()


def id_label_es(origin):
    return {"cu": "carné de identidad cubano", "ve": "cédula venezolana", "ec": "cédula ecuatoriana",
            "bo": "CI boliviano", "py": "cédula paraguaya", "hn": "DNI hondureño", "ma": "CIN marroquí",
            "zh": "documento de identidad chino", "ro": "CNP rumano"}.get(origin, "documento")


def adult_id_es(p):
    """Document an adult living in Spain would write on a form."""
    if p.origin in ("es", "eu", "ca", "gl", "ic"):
        return "DNI", dni()
    r = R.random()
    if r < 0.6:
        return "NIE", nie()
    if r < 0.8:
        return "Pasaporte", foreign_passport(p.origin)
    return id_label_es(p.origin), latam_id(p.origin, p.sex)


NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]


def nino(fmt=None):
    while True:
        pre = pick(NINO_A) + pick(NINO_B)
        if pre not in NINO_BAD:
            break
    d = f"{R.randrange(10**6):06d}"
    suf = pick("ABCD")
    fmt = fmt if fmt is not None else pick([0, 0, 1, 2])
    if fmt == 0:
        s = f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    elif fmt == 1:
        s = f"{pre}{d}{suf}"
    else:
        s = f"{pre} {d} {suf}"
    return reg(s, "NINO")


def _mod11_tail(d9):
    s = sum(int(x) * (10 - i) for i, x in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs(fmt=None):
    while True:
        d = str(R.randrange(4, 7)) + "".join(str(R.randrange(10)) for _ in range(8))
        c = _mod11_tail(d)
        if c is not None:
            break
    s = d + str(c)
    fmt = fmt if fmt is not None else pick([0, 0, 1])
    return reg(f"{s[:3]} {s[3:6]} {s[6:]}" if fmt == 0 else s, "NHS")


def chi():
    while True:
        d = f"{R.randrange(1, 29):02d}{R.randrange(1, 13):02d}{R.randrange(60, 100):02d}{R.randrange(0, 1000):03d}"
        c = _mod11_tail(d)
        if c is not None:
            return reg(d + str(c), "CHI")


def uk_passport():
    return reg(f"{R.randrange(100000000, 599999999)}", "PASSPORT")


def brp():
    return reg(pick(["ZR", "ZU", "RF", "ZT"]) + f"{R.randrange(10**6, 10**7)}", "BRP")


# ----------------------------------------------------------------------------
# IBAN
# ----------------------------------------------------------------------------

def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) >= 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


def _iban(cc, bban, spaced):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


ES_BANKS = [("2100", "CaixaBank"), ("0182", "BBVA"), ("0049", "Banco Santander"), ("2085", "Ibercaja"),
            ("2095", "Kutxabank"), ("2080", "Abanca"), ("3058", "Cajamar"), ("2103", "Unicaja"),
            ("0081", "Banco Sabadell"), ("1465", "ING"), ("0128", "Bankinter")]


def es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)


def es_iban(bank=None, spaced=None):
    ent = bank or pick(ES_BANKS)[0]
    ofi = f"{R.randrange(1, 9999):04d}"
    acc = f"{R.randrange(10**10):010d}"
    bban = f"{ent}{ofi}{es_dc('00' + ent + ofi)}{es_dc(acc)}{acc}"
    return _iban("ES", bban, spaced if spaced is not None else chance(0.75))


GB_BANKS = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("SRLG", "60"),
            ("MONZ", "04"), ("TSBS", "77"), ("RBOS", "16"), ("CLYD", "82"), ("NAIA", "07"),
            ("ULSB", "98"), ("BOFS", "80")]


GB_BANK_NAMES = {"NWBK": "NatWest", "BARC": "Barclays", "LOYD": "Lloyds Bank", "HBUK": "HSBC UK",
                 "SRLG": "Starling Bank", "MONZ": "Monzo", "TSBS": "TSB", "RBOS": "Royal Bank of Scotland",
                 "CLYD": "Clydesdale Bank", "NAIA": "Nationwide", "ULSB": "Ulster Bank", "BOFS": "Bank of Scotland"}


def bank_of(iban):
    c = iban.replace(" ", "")
    if c.startswith("GB"):
        return GB_BANK_NAMES[c[4:8]]
    return dict(ES_BANKS)[c[4:8]]


def gb_iban(spaced=None):
    b, sc = pick(GB_BANKS)
    bban = f"{b}{sc}{R.randrange(10**4):04d}{R.randrange(10**7, 10**8)}"
    return _iban("GB", bban, spaced if spaced is not None else chance(0.7))


# ----------------------------------------------------------------------------
# PHONES
# ----------------------------------------------------------------------------

def es_mobile(fmt=None):
    first = pick(["6", "6", "6", "7"])
    d = first + ("" if first == "6" else pick("1234"))
    rest = "".join(str(R.randrange(10)) for _ in range(9 - len(d)))
    n = d + rest
    fmt = fmt if fmt is not None else pick([0, 0, 1, 2, 3, 4, 5])
    if fmt == 0:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if fmt == 1:
        return n
    if fmt == 2:
        return f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if fmt == 3:
        return f"+34 {n[:3]} {n[3:6]} {n[6:]}"
    if fmt == 4:
        return f"0034 {n}"
    return f"+34{n}"


UK_MOB_FMT = ["07### ######", "07### ######", "+44 7### ######", "+44 (0)7### ######", "07### ### ###",
              "+447#########"]


def uk_mobile():
    f = pick(UK_MOB_FMT)
    s = f.replace("7###", "7" + pick("4578") + "##", 1).replace("7#########", "7" + pick("4579") + "########", 1)
    return "".join(str(R.randrange(10)) if c == "#" else c for c in s)


FOREIGN_MOB = {
    "cu": ["+53 5### ####", "+53 5#######"], "ve": ["+58 412-###-####", "+58 414 ### ####", "+58 424 #######"],
    "ec": ["+593 9# ### ####", "+593 99#######"], "bo": ["+591 7#######", "+591 6### ####"],
    "py": ["+595 981 ### ###", "+595 982 ######", "+595 971 ### ###"], "hn": ["+504 9###-####", "+504 3### ####"],
    "ma": ["+212 6##-######", "+212 6 ## ## ## ##", "00212 7## ### ###"], "ro": ["+40 7## ### ###", "0040 7########"],
    "zh": ["+86 13# #### ####", "+86 15#########", "+86 18# #### ####"],
}


def foreign_mobile(origin):
    return "".join(str(R.randrange(10)) if c == "#" else c for c in pick(FOREIGN_MOB[origin]))


def digits(fmt):
    return "".join(str(R.randrange(10)) if c == "#" else c for c in fmt)


# ----------------------------------------------------------------------------
# SPAIN: places, streets, organisations
# ----------------------------------------------------------------------------

ES_REGIONS = {
    "mad": dict(
        origins=["es"],
        towns=[("Getafe", 28901, 7), ("Leganés", 28911, 8), ("Fuenlabrada", 28940, 7),
               ("Alcalá de Henares", 28801, 6), ("Madrid", 28011, 30), ("Móstoles", 28931, 7),
               ("Parla", 28980, 4), ("Torrejón de Ardoz", 28850, 1)],
        streets=["Calle Toledo", "Calle Madrid", "Avenida de las Ciudades", "Calle Ramón y Cajal",
                 "Calle Hospital de San José", "Avenida de España", "Calle Leganés", "Paseo de la Estación",
                 "Calle Isaac Peral", "Calle Cervantes", "Avenida Juan de la Cierva", "Calle Jardines",
                 "Calle Alonso de Mendoza", "Plaza de la Constitución", "Calle Gabriel Celaya"],
        land=["91 ### ## ##", "91 #######", "916 ## ## ##"], floors="es",
        schools=["CEIP Antonio Machado", "CEIP Clara Campoamor", "IES Laguna de Joatzel",
                 "Colegio Nuestra Señora de los Ángeles", "CEIP Gloria Fuertes", "IES Satafi"],
        nurseries=["Escuela Infantil Los Gorriones", "Escuela Infantil Pasito a Paso",
                   "Escuela Infantil Municipal El Bosque Encantado"],
        council="Ayuntamiento de {town}", edu="Consejería de Educación, Ciencia y Universidades",
        health=["Centro de Salud Sector III", "Hospital Universitario de Getafe",
                "Hospital Infantil Universitario Niño Jesús", "Hospital Universitario Severo Ochoa"],
        domain="educa.madrid.org"),
    "cat": dict(
        origins=["ca", "es"],
        towns=[("Barcelona", 8001, 40), ("L'Hospitalet de Llobregat", 8901, 8), ("Badalona", 8911, 8),
               ("Sabadell", 8201, 8), ("Terrassa", 8221, 8), ("Mataró", 8301, 4), ("Girona", 17001, 7),
               ("Lleida", 25001, 8), ("Reus", 43201, 6)],
        streets=["Carrer de Sants", "Carrer de Pau Claris", "Avinguda Meridiana", "Carrer Major",
                 "Rambla de Catalunya", "Carrer de la Riera", "Passeig de Gràcia", "Carrer de Sant Joan",
                 "Carrer de Mossèn Jacint Verdaguer", "Avinguda de Francesc Macià", "Carrer del Rec",
                 "Carrer de Girona", "Carrer de Blasco de Garay"],
        land=["93 ### ## ##", "93 #######", "972 ## ## ##", "973 ### ###"], floors="ca",
        schools=["Escola Pau Casals", "Institut Joan Miró", "Escola Sant Josep Oriol", "Institut Can Puig",
                 "Escola Mare de Déu de Montserrat", "Escola Els Xiprers"],
        nurseries=["Escola Bressol Municipal El Follet", "Escola Bressol Els Pinyons",
                   "Llar d'Infants La Baldufa"],
        council="Ajuntament de {town}", edu="Departament d'Educació i Formació Professional",
        health=["CAP Sant Andreu", "Hospital Sant Joan de Déu", "Hospital Universitari Parc Taulí",
                "CAP Raval Nord"],
        domain="xtec.cat"),
    "eus": dict(
        origins=["eu", "es"],
        towns=[("Bilbao", 48001, 15), ("Barakaldo", 48901, 3), ("Vitoria-Gasteiz", 1001, 15),
               ("Donostia-San Sebastián", 20001, 18), ("Getxo", 48990, 4), ("Irun", 20300, 5),
               ("Eibar", 20600, 1)],
        streets=["Calle Iparraguirre", "Zumalakarregi kalea", "Kale Nagusia", "Calle Autonomía",
                 "Avenida Gasteiz", "Calle San Francisco", "Elkano kalea", "Calle Licenciado Poza",
                 "Portal de Castilla", "Calle Urbieta", "Avenida de Zarautz", "Calle Sabino Arana"],
        land=["944 ## ## ##", "945 ### ###", "943 ## ## ##"], floors="eu",
        schools=["Lauaizeta Ikastola", "CEIP Gurutzeta HLHI", "Urdaneta Ikastetxea", "Zubiri-Manteo BHI",
                 "Txurdinaga Behekoa HLHI", "Ibaiondo Ikastola"],
        nurseries=["Txantxangorri Haurreskola", "Kirikiño Haurreskola", "Haurreskola Urtxintxa"],
        council="Ayuntamiento de {town}", edu="Departamento de Educación del Gobierno Vasco",
        health=["Osakidetza", "Hospital Universitario Cruces", "Centro de Salud Otxarkoaga",
                "Hospital Universitario Donostia"],
        domain="euskadi.eus"),
    "gal": dict(
        origins=["gl", "es"],
        towns=[("Vigo", 36201, 16), ("A Coruña", 15001, 11), ("Santiago de Compostela", 15701, 7),
               ("Ourense", 32001, 5), ("Lugo", 27001, 4), ("Pontevedra", 36001, 5)],
        streets=["Rúa do Príncipe", "Rúa Rosalía de Castro", "Avenida de Castelao", "Rúa Urzaiz",
                 "Rúa San Pedro de Mezonzo", "Rúa do Hórreo", "Avenida de Lugo", "Rúa Curros Enríquez",
                 "Praza de Galicia", "Rúa García Barbón", "Rúa da Raíña"],
        land=["986 ### ###", "981 ## ## ##", "988 ### ###"], floors="gl",
        schools=["CEIP Rosalía de Castro", "CPI Os Dices", "IES Castelao", "Colexio Montecastelo",
                 "CEIP Emilia Pardo Bazán", "IES Rosalía Mera"],
        nurseries=["Escola Infantil A Galiña Azul", "Escola Infantil Mar de Vigo", "Galescola de Bertamiráns"],
        council="Concello de {town}", edu="Consellería de Educación, Ciencia, Universidades e FP",
        health=["Servizo Galego de Saúde", "Hospital Álvaro Cunqueiro", "Centro de Saúde de Teis",
                "Complexo Hospitalario Universitario de Santiago"],
        domain="edu.xunta.gal"),
    "val": dict(
        origins=["ca", "es"],
        towns=[("València", 46001, 26), ("Alicante", 3001, 16), ("Elche", 3201, 8),
               ("Castellón de la Plana", 12001, 6), ("Torrent", 46900, 3), ("Gandia", 46700, 3)],
        streets=["Carrer de Cuba", "Avenida del Puerto", "Calle San Vicente", "Avinguda de Blasco Ibáñez",
                 "Calle Pintor Sorolla", "Carrer de Sueca", "Avenida de Alfonso el Sabio", "Calle Mayor",
                 "Calle Reina Victoria", "Carrer del Pare Jofré"],
        land=["96 ### ## ##", "963 ## ## ##", "965 ### ###", "964 ## ## ##"], floors="ca",
        schools=["CEIP Vicente Blasco Ibáñez", "IES Lluís Vives", "CEIP Mare Nostrum",
                 "Col·legi Sagrada Família", "CEIP Cervantes", "IES Joanot Martorell"],
        nurseries=["Escoleta Infantil Els Menuts", "Escuela Infantil Pequeñín", "Escoleta El Grillet"],
        council="Ajuntament de {town}", edu="Conselleria d'Educació, Universitats i Ocupació",
        health=["Hospital Universitari i Politècnic La Fe", "Centro de Salud Benimaclet",
                "Hospital General Universitario Dr. Balmis"],
        domain="gva.es"),
    "and": dict(
        origins=["es"],
        towns=[("Sevilla", 41001, 20), ("Málaga", 29001, 18), ("Córdoba", 14001, 14), ("Granada", 18001, 15),
               ("Almería", 4001, 9), ("El Ejido", 4700, 1), ("Huelva", 21001, 7),
               ("Jerez de la Frontera", 11401, 8), ("Dos Hermanas", 41700, 4)],
        streets=["Avenida Blas Infante", "Calle Feria", "Calle Larios", "Avenida de la Constitución",
                 "Calle Federico García Lorca", "Calle Sierpes", "Calle Recogidas", "Avenida de Andalucía",
                 "Calle Ancha", "Calle Virgen de la Cabeza", "Calle Juan Ramón Jiménez", "Calle Puerto Real"],
        land=["954 ## ## ##", "955 ### ###", "952 ## ## ##", "958 ### ###", "950 ## ## ##"], floors="es",
        schools=["CEIP Blas Infante", "IES Murillo", "CEIP Andalucía", "CEIP Menéndez Pidal",
                 "Colegio San Juan Bosco", "IES Al-Ándalus"],
        nurseries=["Escuela Infantil Los Delfines", "Escuela Infantil Triana", "Escuela Infantil Arco Iris"],
        council="Ayuntamiento de {town}", edu="Consejería de Desarrollo Educativo y Formación Profesional",
        health=["Hospital Universitario Virgen del Rocío", "Centro de Salud El Cachorro",
                "Hospital Materno Infantil de Málaga", "Hospital de Poniente"],
        domain="juntadeandalucia.es"),
    "can": dict(
        origins=["ic", "es"],
        towns=[("Las Palmas de Gran Canaria", 35001, 19), ("Santa Cruz de Tenerife", 38001, 10),
               ("San Cristóbal de La Laguna", 38200, 6), ("Telde", 35200, 19), ("Arrecife", 35500, 1),
               ("Puerto del Rosario", 35600, 1)],
        streets=["Calle León y Castillo", "Calle Mesa y López", "Avenida Marítima", "Calle Castillo",
                 "Calle Pérez Galdós", "Rambla de Santa Cruz", "Calle Obispo Rey Redondo",
                 "Avenida Tres de Mayo", "Calle Doctor Juan Negrín", "Calle Triana"],
        land=["928 ## ## ##", "922 ### ###", "928 ######"], floors="es",
        schools=["CEIP Tamaraceite", "IES Poeta Tomás Morales", "CEIP Aguere", "IES Teobaldo Power",
                 "CEIP Atlántida", "Colegio Hispano Inglés"],
        nurseries=["Escuela Infantil Los Tarajales", "Escuela Infantil El Drago", "Escuela Infantil Pasitos"],
        council="Ayuntamiento de {town}",
        edu="Consejería de Educación, Formación Profesional, Actividad Física y Deportes",
        health=["Hospital Universitario Materno Infantil de Canarias", "Hospital Universitario de Canarias",
                "Centro de Salud Escaleritas"],
        domain="gobiernodecanarias.org"),
}
REGION_KEYS = ["mad", "cat", "eus", "gal", "val", "and", "can"]

FLOORS = {
    "es": ["1º A", "2º B", "3º izda.", "4º dcha.", "bajo", "bajo B", "5º C", "1º 2ª", "esc. 2, 3º D", "ático",
           "2º", "6º A", "3º 1ª"],
    "ca": ["1r 2a", "2n 1a", "3r 4a", "baixos", "àtic 1a", "4t 3a", "pral. 2a", "5è 1a", "entl. 2a"],
    "eu": ["2. eskuma", "3. ezkerra", "1. A", "4º izda.", "5. B", "bajo", "6º dcha."],
    "gl": ["1º dta.", "2º esq.", "baixo", "3º A", "4º B", "5º C", "2º"],
}


def es_place(rk):
    t, base, n = pick(ES_REGIONS[rk]["towns"])
    return t, f"{base + R.randrange(n):05d}"


def es_street(rk, abbrev=None):
    st = pick(ES_REGIONS[rk]["streets"])
    if abbrev is None:
        abbrev = chance(0.4)
    if abbrev:
        st = (st.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ").replace("Plaza ", "Pza. ")
              .replace("Carrer de ", "C/ ").replace("Avinguda ", "Av. ").replace("Paseo ", "Pº "))
    return st


def es_addr_parts(rk, town=None):
    """Return (street + number + floor, postcode, town) for forms that split the fields."""
    reg_ = ES_REGIONS[rk]
    st = es_street(rk)
    num = str(R.randrange(1, 180))
    fl = pick(FLOORS[reg_["floors"]])
    t, cp = es_place(rk)
    return f"{st}, {num}, {fl}" if chance(0.5) else f"{st} {num} {fl}", cp, t


def es_address(rk, with_town=True, town=None, style=None):
    """Return (address, town)."""
    reg_ = ES_REGIONS[rk]
    st = es_street(rk)
    num = str(R.randrange(1, 180))
    if chance(0.1):
        num += pick(["A", "B", " bis"])
    fl = pick(FLOORS[reg_["floors"]])
    if town is None:
        town, cp = es_place(rk)
    else:
        cp = None
        for t, base, n in reg_["towns"]:
            if t == town:
                cp = f"{base + R.randrange(n):05d}"
        cp = cp or f"{R.randrange(1000, 52999):05d}"
    if st.endswith("kalea") or st.startswith("Kale "):
        head = f"{st} {num}"
    else:
        head = pick([f"{st}, {num}", f"{st} {num}", f"{st}, nº {num}", f"{st} {num}"])
    if chance(0.12) and not st.startswith("Pza"):
        fl_part = ""
    else:
        fl_part = pick([f", {fl}", f", {fl}", f" {fl}", f" - {fl}"])
    if not with_town:
        return head + fl_part, town
    style = style if style is not None else R.randrange(4)
    if style == 0:
        s = f"{head}{fl_part}, {cp} {town}"
    elif style == 1:
        s = f"{head}{fl_part} - {cp} {town}"
    elif style == 2:
        s = f"{head}{fl_part}. {cp} {town}"
    else:
        s = f"{head}{fl_part} {cp} {town}"
    return s, town


def es_land(rk):
    return digits(pick(ES_REGIONS[rk]["land"]))


def council(rk, town):
    return ES_REGIONS[rk]["council"].format(town=town)


ACADEMIES = ["Academia Nova Idiomas", "Centro de Estudios Atenea", "Escuela de Música Allegro Vivace",
             "Academia de Repaso Pitágoras", "Robótica Educativa Píxel S.L.", "Ludoteca El Trasto",
             "Club de Ajedrez Alfil Blanco", "Judo Club Hiru Haritz", "Escola de Música Les Corts",
             "Academia Cervantes", "Club Deportivo Ciudad de Telde", "Inglés Divertido Little Owls S.L.",
             "Academia Aldebarán", "Taller de Teatro La Chistera", "Escuela de Natación Delfín Azul"]
CONTRACTOR = "Autocares y Comedores Alborada S.L."
CONTRACTOR_DOM = "alborada-escolar.es"
CONTRACTOR_SHORT = ["Alborada", "Autocares Alborada", "Comedores Alborada"]
ES_MAIL = ["gmail.com", "gmail.com", "hotmail.com", "hotmail.es", "outlook.es", "yahoo.es", "icloud.com",
           "telefonica.net", "gmail.com", "live.com"]
ES_NGO = ["Cruz Roja", "Cáritas Diocesana", "Fundación La Caixa", "Save the Children", "ACCEM",
          "Fundación Secretariado Gitano", "CEAR"]


def school_domain(school):
    w = slug(school.replace("CEIP ", "").replace("IES ", "").replace("Escuela Infantil ", "ei")
             .replace("Escola Bressol ", "eb"))
    return w[:18] + pick([".es", ".org", ".com", ".net"])


def es_email(p, domain=None):
    g = slug(p.first.split(" ")[0])
    s = slug(p.s1)
    s2 = slug(p.surnames[-1]) if len(p.surnames) > 1 else ""
    dom = domain or pick(ES_MAIL)
    style = R.randrange(7)
    if style == 0:
        u = f"{g}.{s}"
    elif style == 1:
        u = f"{g}{s}{R.randrange(70, 99)}"
    elif style == 2:
        u = f"{g[0]}{s}{s2[:1]}"
    elif style == 3:
        u = f"{g}_{s}{R.randrange(1, 30)}"
    elif style == 4:
        u = f"{s}.{g}"
    elif style == 5:
        u = f"{g}{s2 or s}"
    else:
        u = f"{g}.{s}.{s2 or 'x'}"
    return f"{u}@{dom}"


def work_email(p, domain, style=0):
    return f"{p.username(style)}@{domain}"


# ----------------------------------------------------------------------------
# UK: places, streets, organisations
# ----------------------------------------------------------------------------

UK_PLACES = [
    # town, nation, outward codes, landline format, streets, districts
    ("Cardiff", "Wales", ["CF10", "CF11", "CF14", "CF23", "CF24", "CF5"], "029 20## ####",
     ["Heol y Parc", "Cathedral Road", "Albany Road", "Cowbridge Road East", "Clive Street", "Heol Llanishen Fach",
      "Inverness Place", "Ninian Road"], ["Canton", "Roath", "Whitchurch", "Llanishen", "Grangetown"]),
    ("Swansea", "Wales", ["SA1", "SA2", "SA4", "SA5"], "01792 ######",
     ["St Helen's Road", "Walter Road", "Heol Pentre Bach", "Uplands Crescent", "Mansel Street"],
     ["Uplands", "Sketty", "Gorseinon", "Morriston"]),
    ("Bangor", "Wales", ["LL57"], "01248 ######", ["Ffordd Caergybi", "Stryd Fawr", "Ffordd Garth", "Lôn Ogwen"],
     ["Upper Bangor", "Penrhosgarnedd"]),
    ("Newport", "Wales", ["NP19", "NP20"], "01633 ######", ["Commercial Street", "Chepstow Road", "Caerleon Road",
                                                         "Stow Hill"], ["Maindee", "Malpas"]),
    ("Wrexham", "Wales", ["LL11", "LL12", "LL13"], "01978 ######", ["Regent Street", "Ffordd Cefn", "Rhosddu Road"],
     ["Rhosddu", "Acton"]),
    ("Aberystwyth", "Wales", ["SY23"], "01970 ######", ["Ffordd y Môr", "North Parade", "Heol y Wig"], ["Penparcau"]),
    ("Glasgow", "Scotland", ["G3", "G11", "G12", "G31", "G41", "G42"], "0141 ### ####",
     ["Dumbarton Road", "Sauchiehall Street", "Duke Street", "Pollokshaws Road", "Great Western Road",
      "Victoria Road", "Argyle Street"], ["Partick", "Dennistoun", "Shawlands", "Govanhill", "Hyndland"]),
    ("Edinburgh", "Scotland", ["EH6", "EH7", "EH8", "EH10", "EH11"], "0131 ### ####",
     ["Leith Walk", "Easter Road", "Dalry Road", "Bruntsfield Place", "Great Junction Street", "Morningside Road"],
     ["Leith", "Gorgie", "Marchmont", "Abbeyhill"]),
    ("Aberdeen", "Scotland", ["AB10", "AB24", "AB25"], "01224 ######", ["King Street", "Union Grove",
                                                                      "Great Northern Road", "Holburn Street"],
     ["Rosemount", "Torry"]),
    ("Dundee", "Scotland", ["DD1", "DD3", "DD4"], "01382 ######", ["Perth Road", "Albert Street", "Clepington Road"],
     ["West End", "Stobswell"]),
    ("Inverness", "Scotland", ["IV2", "IV3"], "01463 ######", ["Telford Street", "Culduthel Road", "Millburn Road"],
     ["Crown", "Dalneigh"]),
    ("Paisley", "Scotland", ["PA1", "PA2", "PA3"], "0141 8## ####", ["Glasgow Road", "Causeyside Street",
                                                                  "Neilston Road"], ["Ferguslie"]),
    ("Belfast", "Northern Ireland", ["BT5", "BT6", "BT7", "BT9", "BT12", "BT15"], "028 90## ####",
     ["Ormeau Road", "Lisburn Road", "Falls Road", "Cregagh Road", "Antrim Road", "Newtownards Road",
      "Donegall Pass"], ["Ormeau", "Stranmillis", "Sydenham", "the Holylands"]),
    ("Derry", "Northern Ireland", ["BT47", "BT48"], "028 71## ####", ["Strand Road", "Spencer Road", "Northland Road"],
     ["the Waterside", "Rosemount"]),
    ("Newry", "Northern Ireland", ["BT34", "BT35"], "028 30## ####", ["Hill Street", "Monaghan Street",
                                                                   "Warrenpoint Road"], []),
    ("Manchester", "England", ["M13", "M14", "M16", "M20", "M40"], "0161 ### ####",
     ["Wilmslow Road", "Stockport Road", "Oldham Road", "Burton Road", "Claremont Road", "Princess Road"],
     ["Levenshulme", "Rusholme", "Didsbury", "Moss Side"]),
    ("Birmingham", "England", ["B10", "B11", "B12", "B29"], "0121 ### ####",
     ["Stratford Road", "Coventry Road", "Ladypool Road", "Bristol Road"], ["Sparkhill", "Small Heath", "Selly Oak"]),
    ("Leeds", "England", ["LS6", "LS7", "LS8", "LS11"], "0113 ### ####", ["Harehills Lane", "Roundhay Road",
                                                                       "Otley Road", "Dewsbury Road"],
     ["Harehills", "Headingley", "Chapeltown"]),
    ("Bristol", "England", ["BS2", "BS3", "BS5", "BS6"], "0117 ### ####", ["Stapleton Road", "Gloucester Road",
                                                                        "North Street", "Church Road"],
     ["Easton", "Bedminster", "Redfield"]),
    ("London", "England", ["E17", "E7", "N15", "SE15", "SW9", "NW10"], "020 7### ####",
     ["Hoe Street", "Romford Road", "West Green Road", "Rye Lane", "Coldharbour Lane", "Church Road"],
     ["Walthamstow", "Forest Gate", "Peckham", "Brixton"]),
    ("Newcastle upon Tyne", "England", ["NE4", "NE6"], "0191 ### ####", ["Shields Road", "Westgate Road",
                                                                       "Chillingham Road"], ["Heaton", "Byker"]),
    ("Sheffield", "England", ["S2", "S7", "S10", "S11"], "0114 ### ####", ["Abbeydale Road", "London Road",
                                                                        "Ecclesall Road"], ["Sharrow", "Nether Edge"]),
    ("Leicester", "England", ["LE2", "LE4", "LE5"], "0116 ### ####", ["Belgrave Road", "Narborough Road",
                                                                   "Evington Road"], ["Belgrave", "Highfields"]),
    ("Preston", "England", ["PR1", "PR2"], "01772 ######", ["Deepdale Road", "Plungington Road", "Fishergate"],
     ["Deepdale", "Fulwood"]),
    ("Chester", "England", ["CH1", "CH2"], "01244 ######", ["Brook Street", "Hoole Road", "Boughton"], ["Hoole"]),
]
UK_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_place(nation=None):
    cands = [p for p in UK_PLACES if nation is None or p[1] == nation]
    return pick(cands)


def uk_postcode(place):
    return f"{pick(place[2])} {R.randrange(10)}{pick(UK_IN_LETTERS)}{pick(UK_IN_LETTERS)}"


def uk_address(place=None, lines=False, with_district=None):
    place = place or uk_place()
    town = place[0]
    st = pick(place[4])
    num = R.randrange(1, 240)
    flat = ""
    r = R.random()
    if r < 0.18:
        flat = (f"Flat {R.randrange(0, 4)}/{R.randrange(1, 3)}" if place[1] == "Scotland" else f"Flat {R.randrange(1, 12)}")
    elif r < 0.24:
        flat = f"Apartment {R.randrange(1, 40)}"
    pc = uk_postcode(place)
    district = ""
    if (with_district if with_district is not None else chance(0.3)) and place[5]:
        district = pick(place[5])
    if lines:
        ls = []
        if flat:
            ls.append(flat)
        ls.append(f"{num} {st}")
        if district:
            ls.append(district)
        ls.append(town)
        ls.append(pc)
        return "\n".join(ls), town
    bits = []
    if flat:
        bits.append(flat)
    bits.append(f"{num} {st}")
    if district:
        bits.append(district)
    bits.append(f"{town} {pc}" if chance(0.6) else f"{town}, {pc}")
    return ", ".join(bits), town


def uk_land(place=None):
    return _uk_land(place or uk_place())


def _uk_land(place):
    fmt = place[3]
    out = []
    first = True
    for c in fmt:
        if c == "#":
            out.append(str(R.randrange(2, 10)) if first else str(R.randrange(10)))
            first = False
        else:
            out.append(c)
    s = "".join(out)
    if chance(0.2):
        s = "+44 " + s[1:] if chance(0.5) else "+44 (0)" + s[1:]
    return s


HELPDESK = "Tidewater IT Support Ltd"
HELPDESK_SHORT = "Tidewater IT"
HELPDESK_DOM = "tidewater-it.co.uk"
BUREAU = "Bracken & Wren Payroll Services LLP"
BUREAU_SHORT = "Bracken & Wren"
BUREAU_DOM = "brackenwren.co.uk"

UK_CLIENTS = [
    ("Pennant Joinery Ltd", "pennantjoinery.co.uk", "Wales"), ("Morfa Veterinary Clinic", "morfavets.co.uk", "Wales"),
    ("Glenbrae Dental Practice", "glenbraedental.co.uk", "Scotland"),
    ("Lagan Valley Florists", "laganvalleyflorists.com", "Northern Ireland"),
    ("Okonkwo & Daughters Pharmacy", "okonkwopharmacy.co.uk", "England"),
    ("Kowalski Bakery Ltd", "kowalskibakery.co.uk", "England"), ("Harbourside Fish Bar", "harboursidefish.co.uk", "Wales"),
    ("Ceol Music School", "ceolmusic.org.uk", "Northern Ireland"), ("Thistle Lane Nursery", "thistlelane.org.uk", "Scotland"),
    ("Brackenbury & Rowe Solicitors LLP", "brackenburyrowe.law", "England"),
    ("Saltire Scaffolding Ltd", "saltirescaffolding.co.uk", "Scotland"),
    ("Dragon Heating & Plumbing Ltd", "dragonheating.wales", "Wales"),
    ("Nguyen's Nail Studio", "nguyennails.co.uk", "England"), ("Bosphorus Grill House", "bosphorusgrill.co.uk", "England"),
    ("Mensah Care Services Ltd", "mensahcare.co.uk", "England"), ("Cairngorm Outdoor Gear Ltd", "cairngormoutdoor.co.uk", "Scotland"),
    ("Hillside Physiotherapy", "hillsidephysio.co.uk", "England"), ("Mourne Freight Ltd", "mournefreight.com", "Northern Ireland"),
    ("Taff Vale Accountants", "taffvaleaccountants.co.uk", "Wales"), ("Lisboa Café & Deli", "lisboadeli.co.uk", "England"),
    ("Papadopoulos Fine Foods Ltd", "papafinefoods.co.uk", "England"), ("Quayside Print Co", "quaysideprint.co.uk", "England"),
    ("Ards Peninsula Holiday Lets", "ardslets.co.uk", "Northern Ireland"),
    ("Leith Links Osteopathy", "leithlinksosteo.co.uk", "Scotland"), ("Warsame Logistics Ltd", "warsamelogistics.co.uk", "England"),
    ("Snowdonia Slate Crafts", "slatecrafts.cymru", "Wales"), ("Manila Kitchen Ltd", "manilakitchen.co.uk", "England"),
]
UK_BODIES = ["HMRC", "NEST", "The Pensions Regulator", "Companies House", "Royal Mail", "DPD", "Evri",
             "Barclays", "NatWest", "Lloyds Bank", "Monzo", "Santander UK", "Nationwide", "Ulster Bank",
             "Bank of Scotland", "Smart Pension", "The People's Pension", "Aviva", "Scottish Widows",
             "Cardiff Council", "Glasgow City Council", "Belfast City Council", "BT Business", "Openreach",
             "Virgin Media Business", "NHS Greater Glasgow and Clyde", "Cardiff and Vale University Health Board",
             "Acas", "Citizens Advice", "Student Loans Company", "DWP", "Jobcentre Plus"]
PENSIONS = ["NEST", "Smart Pension", "The People's Pension", "Aviva", "Scottish Widows", "Royal London"]
UK_MAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
           "live.co.uk", "sky.com", "googlemail.com", "protonmail.com"]


def uk_email(p, domain=None):
    g = slug(p.first.split(" ")[0])
    s = slug(p.s1)
    dom = domain or pick(UK_MAIL)
    style = R.randrange(6)
    u = [f"{g}.{s}", f"{g}{s}{R.randrange(1, 99)}", f"{g[0]}{s}", f"{s}.{g}", f"{g}_{s[:4]}{R.randrange(70, 99)}",
         f"{g}.{s}{R.randrange(1, 9)}"][style]
    return f"{u}@{dom}"


EN_WORDLIKE = ["Rose", "Marsh", "Young", "Baker", "Hill", "Wood", "Green", "Brown", "Black", "White", "Fox", "Bishop",
               "Mason", "Cook", "Page", "Read", "Hope", "Price", "Bell", "Lamb", "Best", "Street", "Moss", "Frost",
               "Snow", "Gold", "Little", "Long", "Sharp", "Swift", "Power", "Fisher", "Hunter", "Archer", "Wells",
               "Brooks", "Banks", "Ford", "Field", "Lane", "Dean", "Rich", "Noble", "Hart", "Cross", "Small", "Short",
               "Pope", "King", "Knight", "May", "Day", "Summers", "Winter", "Grey", "Chester", "Lincoln", "Preston",
               "Hamilton", "Newport", "Jenkins", "Sage", "Spring"]


def uk_person(origin=None, sex=None):
    p = person(origin or pick(UK_ORIGINS), sex)
    if origin is None and chance(0.14):
        p.origin = pick(["en", "cy", "sc"])
        p.given = pick(_pool(p.origin, p.sex))
        p.surnames = [pick(EN_WORDLIKE)]
    return p


def client_for(nation=None):
    cands = [c for c in UK_CLIENTS if nation is None or c[2] == nation]
    return pick(cands)


def place_in(nation):
    return uk_place(nation)


def ticket_no():
    return pick([f"INC{R.randrange(40000, 99999):07d}", f"HD-{R.randrange(10000, 99999)}",
                 f"TW-{R.randrange(100000, 999999)}", f"REQ{R.randrange(10000, 99999):07d}"])


def client_code():
    return pick([f"TW-C{R.randrange(100, 999):04d}", f"CL{R.randrange(1000, 9999)}", f"ACC-{R.randrange(10000, 99999)}"])


def payroll_no():
    return pick([f"PR-{R.randrange(1, 9999):06d}", f"EMP{R.randrange(100, 9999):05d}", f"{R.randrange(1000, 99999):06d}"])


def bureau_client():
    return pick([f"BW-{R.randrange(100, 999)}", f"BWC{R.randrange(1000, 9999)}", f"BW/{R.randrange(10, 99)}/{R.randrange(100, 999)}"])


# ----------------------------------------------------------------------------
# DOC BUILDER – spans are recorded while the text is assembled
# ----------------------------------------------------------------------------

class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.buf = []
        self.n = 0
        self.spans = []

    def add(self, *items):
        for it in items:
            if isinstance(it, tuple):
                t, lab = it
                if not t or t != t.strip():
                    raise ValueError(f"bad span text {t!r} ({lab})")
                if lab not in LABELS:
                    raise ValueError(lab)
                self.spans.append((self.n, self.n + len(t), lab))
                self.buf.append(t)
                self.n += len(t)
            else:
                self.buf.append(it)
                self.n += len(it)
        return self

    def line(self, *items):
        self.add(*items)
        self.add("\n")
        return self

    def text(self):
        return "".join(self.buf)


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def rdate(y=2026):
    return y, R.randrange(1, 13), R.randrange(1, 29)


def en_date(d=None):
    y, m, dd = d or rdate()
    return f"{dd} {EN_MONTHS[m - 1]} {y}"


def es_date(d=None):
    y, m, dd = d or rdate()
    return f"{dd} de {ES_MONTHS[m - 1]} de {y}"


def num_date(d=None, sep="/", short=False):
    y, m, dd = d or rdate()
    return f"{dd:02d}{sep}{m:02d}{sep}{y % 100 if short else y:02d}"


def hhmm(h0=7, h1=19):
    return f"{R.randrange(h0, h1):02d}:{R.randrange(60):02d}"


def hhmmss(h0=7, h1=19):
    return f"{R.randrange(h0, h1):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}"


def sorted_times(n, h0=8, h1=18, secs=False):
    ts = sorted(R.randrange(h0 * 3600, h1 * 3600) for _ in range(n))
    if secs:
        return [f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}" for t in ts]
    return [f"{t // 3600:02d}:{t % 3600 // 60:02d}" for t in ts]


def en_name_variant(p):
    """A way of writing an English-half person's name in running text."""
    return pick([p.full, p.short, p.first, p.short, f"{p.first} {p.s1}"])


# ----------------------------------------------------------------------------
# ENGLISH HALF – IT helpdesk and payroll bureau
# ----------------------------------------------------------------------------

ISSUES = [
    "Since the Windows update on Tuesday Outlook keeps asking for my password and the Authenticator app "
    "never shows the number to match.",
    "The HP LaserJet in the back office prints blank pages again. We have already tried turning it off and on.",
    "I can't get onto the VPN from home since the router was swapped by Openreach, it just says 'connecting'.",
    "OneDrive says it is full but SharePoint shows plenty of space. Files in the Jenkins folder won't sync.",
    "The card machine PC at reception won't boot, there's a message about BitLocker recovery.",
    "Teams calls drop after about ten minutes, only on the Wi-Fi in the upstairs office.",
    "Our Sage 50 payroll backup failed overnight and there is a red cross in Veeam.",
]


def en_ticket():
    d = Doc("en")
    cname, cdom, nation = client_for()
    place = uk_place(nation)
    req = uk_person()
    col = uk_person()
    t1, t2 = uk_person(), uk_person()
    st = R.randrange(6)
    cst = R.randrange(3)
    t = ticket_no()
    d.line("Ticket ", (t, CID), "  |  Priority: ", pick(["P2", "P3", "P4"]), "  |  Status: ",
           pick(["In progress", "Awaiting customer", "Resolved"]))
    d.line("Service desk: ", (HELPDESK, ORG))
    d.line("Client: ", (cname, ORG), " (account ", (client_code(), CID), ")")
    d.line("Requester: ", (req.full, PER), " <", (work_email(req, cdom, cst), EML), ">")
    d.line("Call-back number: ", (uk_mobile() if chance(0.5) else uk_land(place), PHO))
    if chance(0.6):
        d.line("Site: ", (uk_address(place)[0], ADR))
    d.line("Category: ", pick(["Email / Outlook", "Printing", "MFA / sign-in", "VPN", "Laptop hardware", "Backup"]))
    d.line("Opened: ", num_date(), " ", hhmm(), " via ", pick(["portal", "email", "phone"]))
    if chance(0.6):
        d.line("Device: ", pick(["Dell Latitude 5440", "Lenovo ThinkPad T14 Gen 4", "HP ProBook 450 G10", "Surface Laptop 5",
                                 "iMac 24\""]), " · ", pick(["Windows 11 23H2", "Windows 11 24H2", "Windows 10 22H2", "macOS 14.4"]),
               " · Microsoft 365 Apps build ", f"{R.randrange(16, 18)}.0.{R.randrange(10000, 19999)}.{R.randrange(20000, 29999)}",
               " · IP 10.", str(R.randrange(0, 40)), ".", str(R.randrange(0, 255)), ".", str(R.randrange(2, 250)))
    d.line("")
    d.line("Description:")
    d.line("Hi,")
    d.line("")
    d.add(pick(ISSUES), " ")
    r = R.randrange(3)
    if r == 0:
        d.add("Could you also give ", (col.full, PER), " access to the Accounts shared mailbox? ",
              pick(["She starts", "They start", "He starts"]), " back after ", pick(["maternity leave", "a career break",
                                                                                 "shared parental leave"]),
              " in ", pick(EN_MONTHS), ".")
    elif r == 1:
        d.add((col.first, PER), " on the front desk has the same problem since ", pick(EN_DAYS), ".")
    else:
        d.add("I'm working from the ", pick(["Newport", "Chester", "Preston", "Hamilton"]),
              " office until Friday if you need to remote in.")
    d.line("")
    d.line("")
    d.line("Thanks,")
    d.line((req.first, PER))
    if chance(0.5):
        d.line(pick(["Office Manager", "Practice Manager", "Director", "Admin"]), " | ", (cname, ORG))
    d.line("")
    d.line("Work notes:")
    ts = sorted_times(5)
    u1, u2 = t1.username(st), t2.username(st)
    ru = req.username(cst)
    d.line("[", ts[0], "] ", (u1, PER), ": called ", (req.first.lower(), PER), ", no answer, left vm on ",
           (uk_mobile(), PHO))
    d.line("[", ts[1], "] ", (u1, PER), ": ", pick(["reset MFA for ", "revoked sessions for ", "unlocked "]),
           (ru, PER), ", assigned to ", (u2, PER))
    d.line("[", ts[2], "] svc-automation: SLA clock paused (awaiting customer)")
    d.line("[", ts[3], "] ", (u2, PER), ": remoted in via ScreenConnect, cleared cached creds in Credential Manager, "
           "rebuilt profile. ", (req.first, PER), " confirmed ok")
    if chance(0.6):
        d.line("[", ts[4], "] ", (u2, PER), ": raised ", (f"CHG{R.randrange(10000, 99999):07d}", CID),
               " to push the fix to all ", (cname, ORG), " devices")
    if chance(0.5):
        d.line("")
        d.line("Resolution: known issue after the cumulative update – the WAM token broker cached a stale credential. "
               "Cleared the AAD BrokerPlugin folder, re-registered the device with dsregcmd and confirmed sign-in works "
               "from a fresh profile. KB article updated. No further action from the customer.")
    return d


def en_pwreset_log():
    d = Doc("en")
    cname, cdom, nation = client_for()
    techs = [uk_person() for _ in range(2)]
    users = [uk_person() for _ in range(5)]
    st = R.randrange(6)
    cst = R.randrange(6)
    day = f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"
    d.line("# password-reset audit export (Entra ID + on-prem AD)")
    d.line("# tenant: ", (cname, ORG), "   generated by: ", (HELPDESK, ORG), " monitoring")
    d.line("# fields: ts, event, subject, actor, detail")
    dom = pick(["TIDEWATER", "TWIT", "HELPDESK"])
    kinds = ["sspr_sms", "admin", "svc", "sspr_fail", "expiry", "unlock", "sspr_sms", "admin", "svc2", "mfa"]
    R.shuffle(kinds)
    kinds = kinds[:R.randrange(6, 10)]
    ts = sorted_times(len(kinds) + 2, 7, 19, secs=True)
    n_admin = n_lock = n_svc = 0
    for i, k in enumerate(kinds):
        p = users[i % 5]
        u = p.username(cst)
        tech = techs[i % 2]
        pre = f"{day}T{ts[i]}Z  "
        if k == "sspr_sms":
            d.line(pre, "SSPR           user=", (u, PER), '  display="', (p.inv, PER), '"  method=sms  phone=+44 7*** ***',
                   str(R.randrange(100, 999)), "  result=success")
        elif k == "admin":
            n_admin += 1
            d.line(pre, "ADMIN_RESET    target=", (u, PER), f"  by={dom}\\", (tech.username(st), PER), "  ticket=",
                   (ticket_no(), CID), '  note="caller verified: DOB + postcode"')
        elif k == "unlock":
            d.line(pre, "ACCOUNT_UNLOCK target=", (u, PER), f"  by={dom}\\", (tech.username(st), PER))
        elif k == "svc":
            n_svc += 1
            d.line(pre, "SSPR           user=svc_scan2email  result=blocked  reason=service_account")
        elif k == "svc2":
            n_svc += 1
            d.line(pre, "SSPR           user=jenkins-agent  result=blocked  reason=service_account")
        elif k == "sspr_fail":
            n_lock += 1
            d.line(pre, "SSPR           user=", (u, PER), '  display="', (p.full.lower(), PER),
                   '"  method=authenticator  result=failed  attempts=3')
            d.line(f"{day}T{ts[i]}Z  LOCKOUT        user=", (u, PER), "  src=81.2.69.", str(R.randrange(2, 250)),
                   "  workstation=RECEPTION-PC2")
            n_admin += 1
            d.line(f"{day}T{ts[i + 1]}Z  ADMIN_RESET    target=", (u, PER), f"  by={dom}\\", (tech.username(st), PER),
                   "  ticket=", (ticket_no(), CID), '  note="rang back on ', (uk_mobile(), PHO), '"')
        elif k == "mfa":
            d.line(pre, "MFA_REREGISTER user=", (u, PER), f"  by={dom}\\", (tech.username(st), PER),
                   '  note="new phone, old number kept"')
        else:
            d.line(pre, "PWD_EXPIRY_NOTICE  user=", (u, PER), "  mail=", (work_email(p, cdom, cst), EML), "  days_left=",
                   str(R.randrange(1, 8)))
    d.line(f"# summary: admin resets={n_admin}, lockouts={n_lock}, blocked service accounts={n_svc}")
    d.line("# reviewed by: ", (techs[0].full, PER), " / escalation contact ", (uk_person().full, PER),
           " (", (f"oncall@{HELPDESK_DOM}", EML), ")")
    return d


def en_onboarding():
    d = Doc("en")
    cname, cdom, nation = client_for()
    place = uk_place(nation)
    ns = uk_person()
    mgr = uk_person()
    tech = uk_person()
    bw = uk_person()
    cst = R.randrange(4)
    st = R.randrange(6)
    d.line("NEW STARTER – ONBOARDING CHECKLIST")
    d.line("Client: ", (cname, ORG), "    Request: ", (f"RITM{R.randrange(10000, 99999):07d}", CID))
    d.line("Prepared by ", (HELPDESK, ORG), " service desk")
    d.line("")
    if ns.middle and chance(0.6):
        d.line("Legal name:      ", (ns.full, PER))
        d.line("Preferred name:  ", (ns.nick if ns.nick != ns.first else ns.first, PER))
    else:
        d.line("Name:            ", (ns.full, PER))
    d.line("Job title:       ", pick(["Receptionist", "Dental Nurse", "Sales Assistant", "Apprentice Joiner",
                                      "Bookkeeper", "Care Coordinator", "Warehouse Operative", "Trainee Solicitor"]))
    d.line("Start date:      ", en_date())
    d.line("Line manager:    ", (mgr.full, PER), " (", (work_email(mgr, cdom, cst), EML), ")")
    d.line("Username:        ", (ns.username(cst), PER))
    d.line("Email:           ", (work_email(ns, cdom, 2 if cst != 2 else 0), EML))
    d.line("Mobile for MFA:  ", (uk_mobile(), PHO))
    addr, town = uk_address(place)
    d.line("Laptop delivery: ", (addr, ADR), " (via ", (pick(["DPD", "Royal Mail", "Evri"]), ORG), ", signature required)")
    d.line("")
    d.line("Payroll hand-off to ", (BUREAU, ORG), ":")
    d.line("  NI number:     ", (nino(), NID))
    if chance(0.5):
        d.line("  Right to work: ", pick(["UK passport ", "BRP "]), "checked – ",
               ((uk_passport() if chance(0.5) else brp()), NID))
    d.line("  Bank:          IBAN ", (gb_iban(), IBN))
    d.line("  Bureau contact: ", (bw.full, PER), " <", (work_email(bw, BUREAU_DOM, 2), EML), ">")
    d.line("")
    d.line("[x] AD / Entra account created – ", (tech.username(st), PER), " ", num_date())
    d.line("[x] Microsoft 365 Business Premium licence assigned")
    d.line("[ ] Dell Latitude 5450 imaged with Autopilot, BitLocker on")
    d.line("[ ] Added to Teams channel 'Front of house' and the ", pick(["Reception", "Rota", "Stock"]), " shared mailbox")
    d.line("[ ] Intro call booked with ", (mgr.first, PER), " for first morning")
    d.line("Notes: ", (ns.first.lower(), PER), " is left-handed – order the ", pick(["Logitech", "Microsoft"]),
           " mouse. Desk next to ", (uk_person().first, PER), ".")
    return d


def en_offboarding():
    d = Doc("en")
    cname, cdom, nation = client_for()
    lv = uk_person()
    mgr = uk_person()
    techs = [uk_person() for _ in range(2)]
    cst = R.randrange(4)
    st = R.randrange(6)
    d.line("LEAVER / OFFBOARDING – ", (cname, ORG))
    d.line("Ticket: ", (ticket_no(), CID), "   Raised by: ", (mgr.full, PER))
    last = datetime.date(2026, R.randrange(1, 13), R.randrange(1, 28))
    dts = [(last + datetime.timedelta(days=k)).strftime("%d/%m/%Y") for k in (0, 0, 1, 1, 3)]
    d.line("Leaver: ", (lv.inv.upper() if chance(0.4) else lv.full, PER), "   Last working day: ",
           en_date((last.year, last.month, last.day)))
    d.line("Forward mail to: ", (work_email(mgr, cdom, cst), EML), " for 30 days, then convert to shared mailbox")
    d.line("Personal contact (for P45): ", (uk_email(lv), EML), " / ", (uk_mobile(), PHO))
    d.line("")
    d.line("System\tAccount\tAction\tBy\tDate")
    acct = lv.username(cst)
    d.line("Entra ID\t", (acct, PER), "\tblock sign-in, reset pwd\t", (techs[0].username(st), PER), "\t", dts[0])
    d.line("Exchange\t", (work_email(lv, cdom, cst), EML), "\tconvert to shared\t", (techs[0].username(st), PER), "\t", dts[1])
    d.line("Xero\t", (lv.first.lower(), PER), "\tremove user\t", (mgr.username(cst), PER), "\t", dts[2])
    d.line("Door fob\t#", str(R.randrange(100, 999)), "\tcollected\t", (mgr.first, PER), "\t", dts[3])
    d.line("Laptop\tDell Latitude 7440\treturned, wiped\t", (techs[1].username(st), PER), "\t", dts[4])
    d.line("")
    d.line("P45: final pay to be run by ", (BUREAU, ORG), " (payroll no. ", (payroll_no(), CID), ").")
    d.line("Exit notes: ", (lv.first, PER), " moving to ", pick(["Aberdeen", "Swansea", "Leeds", "Newry"]),
           ", happy to be contacted about handover of the ", pick(["Jenkins", "Grafana", "Power BI"]), " reports.")
    return d


def en_payroll_change():
    d = Doc("en")
    cname, cdom, nation = client_for()
    place = uk_place(nation)
    emp = uk_person()
    sub = uk_person()
    dr = uk_person()
    proc = uk_person()
    d.line((BUREAU.upper(), ORG))
    d.line("EMPLOYEE CHANGE REQUEST")
    d.line("")
    d.line("Client: ", (cname, ORG), "        Client code: ", (bureau_client(), CID))
    d.line("Submitted by: ", (sub.full, PER), " (", (work_email(sub, cdom, 2), EML), ") on ", num_date())
    d.line("")
    d.line("Employee name: ", (emp.inv.upper(), PER), "        Payroll no.: ", (payroll_no(), CID))
    d.line("NI number: ", (nino(), NID))
    d.line("Change type: [x] Bank details  [", pick(["x", " "]), "] Address  [ ] Hours  [ ] Leaver")
    ib = gb_iban()
    d.line("New bank details: IBAN ", (ib, IBN), "  (old account ending ", str(R.randrange(1000, 9999)), ")")
    addr, _ = uk_address(place, lines=False)
    d.line("New home address: ", (addr, ADR))
    d.line("Effective from: pay date ", num_date(), " (Month ", str(R.randrange(1, 13)), ")")
    d.line("Tax code (for info only): ", pick(["1257L", "S1257L", "C1257L", "BR", "K475"]), " – no change")
    d.line("")
    d.line("Notes: ", (emp.first, PER), " has opened a new account with ", (bank_of(ib), ORG), " ",
           pick(["after the divorce", "after moving", "because the old one was frozen"]),
           "; please make sure the March payslip goes to the new address, not to ", (uk_person().full, PER), ".")
    d.line("")
    d.line("Authorised by: ", (dr.full, PER), ", Director")
    d.line("Bureau use only: keyed by ", (proc.username(1), PER), " – checked by ", (uk_person().initial_sur, PER))
    return d

def en_p45_thread():
    d = Doc("en")
    cname, cdom, nation = client_for()
    place = uk_place(nation)
    emp = uk_person()
    bw = uk_person()
    col = uk_person()
    mgr = uk_person()
    e_emp = uk_email(emp)
    e_bw = work_email(bw, BUREAU_DOM, 2)
    new_emp = pick(["Greggs", "Tesco", "Aldi", "Morrisons", "Wales & West Utilities", "Sainsbury's",
                    "Belfast Health and Social Care Trust", "Scottish Water"])
    case = f"BW-Q{R.randrange(10000, 99999)}"
    doc_kind = pick(["P45", "P60"])
    d.line("From: ", (emp.full, PER), " <", (e_emp, EML), ">")
    d_orig = datetime.date(2026, R.randrange(1, 12), R.randrange(1, 29))
    d_reply = d_orig + datetime.timedelta(days=R.randrange(1, 9))
    d_issue = d_orig - datetime.timedelta(days=R.randrange(10, 40))

    def ymd(x):
        return (x.year, x.month, x.day)

    d.line("Sent: ", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d_reply.weekday()], " ", en_date(ymd(d_reply)), " ",
           hhmm(17, 23))
    d.line("To: ", (f"payroll@{BUREAU_DOM}", EML))
    d.line("Cc: ", (mgr.full, PER), " <", (work_email(mgr, cdom, 0), EML), ">")
    d.line("Subject: RE: ", doc_kind, " missing – ", (emp.full, PER), " – ref ", (case, CID))
    d.line("")
    d.line("Hi ", (bw.first, PER), ",")
    d.line("")
    if doc_kind == "P45":
        d.add("Thanks for getting back to me. I still haven't received the P45 from ", (cname, ORG), ". My new employer (",
              (new_emp, ORG), ") needs it by Friday or they'll put me on an emergency tax code. ")
    else:
        d.add("Thanks. I need the P60 for my mortgage application with ", (pick(["Nationwide", "Halifax", "Skipton Building Society"]), ORG),
              " and the portal login you sent doesn't work. ")
    d.add("My NI number is ", (nino(), NID), " and my payroll number was ", (payroll_no(), CID), ". ")
    new_addr, _ = uk_address(place)
    d.line("I moved to ", (new_addr, ADR), " in ", pick(EN_MONTHS), " so it may have gone to the old address.")
    d.line("")
    d.line("Cheers,")
    d.line((emp.nick if chance(0.4) else emp.first, PER))
    d.line((uk_mobile(), PHO))
    d.line("")
    d.line("-----Original Message-----")
    d.line("From: ", (bw.full, PER), " <", (e_bw, EML), ">")
    d.line("Sent: ", en_date(ymd(d_orig)), " ", hhmm(9, 17))
    d.line("To: ", (e_emp, EML))
    d.line("Subject: RE: ", doc_kind, " missing")
    d.line("")
    d.line("Dear ", (emp.first, PER), ",")
    d.line("")
    old_addr, _ = uk_address(place)
    d.line("Our records show the ", doc_kind, " was issued on ", en_date(ymd(d_issue)), " and posted to the address held on file (",
           (old_addr, ADR), "). I have asked my colleague ", (col.full, PER),
           " to reissue it and email a copy once you confirm the new address in writing.")
    d.line("")
    d.line("Kind regards,")
    d.line((bw.full, PER))
    d.line("Payroll Administrator | ", (BUREAU, ORG))
    d.line("T: ", (uk_land(uk_place("England")), PHO), " | E: ", (e_bw, EML))
    d.line("")
    en_footer(d, BUREAU)
    return d


def en_pension_letter():
    d = Doc("en")
    cname, cdom, nation = client_for()
    place = uk_place(nation)
    emp = uk_person()
    bw = uk_person()
    prov = pick(PENSIONS)
    d.line((BUREAU, ORG), " on behalf of ", (cname, ORG))
    caddr, _ = uk_address(uk_place(nation), lines=False)
    d.line((caddr, ADR))
    d.line("")
    d.line(emp.title_en(), " ", (emp.full, PER))
    haddr, _ = uk_address(place, lines=True)
    d.line((haddr, ADR))
    d.line("")
    d.line(en_date())
    mref = pick([f"M{R.randrange(10**7, 10**8)}", f"PP-{R.randrange(10**6, 10**7)}", f"SP{R.randrange(10**6, 10**7)}"])
    d.line("Member reference: ", (mref, CID))
    d.line("Payroll number: ", (payroll_no(), CID))
    d.line("")
    d.line("Dear ", emp.title_en(), " ", (emp.s1, PER), ",")
    d.line("")
    d.line("Workplace pension – you have been automatically enrolled")
    d.line("")
    d.line("The law requires every employer to put certain staff into a workplace pension scheme and to contribute "
           "towards it. Your employer, ", (cname, ORG), ", has enrolled you into ", (prov, ORG), " from ", en_date(),
           ". Contributions of 5% (you) and 3% (", (cname, ORG), ") of qualifying earnings will be taken from your ",
           pick(EN_MONTHS), " pay onwards.")
    d.line("")
    d.line("We have given the scheme your National Insurance number (", (nino(), NID), ") and date of birth so that "
           "they can set up your account. If any of these details are wrong, please tell us.")
    d.line("")
    d.line("You can opt out within one month by contacting ", (prov, ORG), " directly on ",
           (digits("0300 ### ####"), PHO), ". If you opt out you will get back any contributions already taken. "
           "For general guidance see MoneyHelper or ", ("The Pensions Regulator", ORG), ".")
    d.line("")
    d.line("Yours sincerely,")
    d.line("")
    d.line((bw.full, PER))
    d.line("Auto-enrolment team, ", (BUREAU, ORG))
    d.line((f"ae@{BUREAU_DOM}", EML))
    return d


def en_slack():
    d = Doc("en")
    cname, cdom, nation = client_for()
    ppl = [uk_person() for _ in range(4)]
    st = R.randrange(6)
    h = [p.username(st) if chance(0.6) else slug(p.first) for p in ppl]
    chan = slug(cname)[:14]
    d.line("#support-", chan, " — exported from Slack — ", num_date(sep="-"))
    if chance(0.5):
        ts = sorted_times(11, 8, 17)
        other = uk_person()
        d.line("[", ts[0], "] ", (h[0], PER), ": morning! scanner in reception doing the thing again, the brother one not the ricoh")
        d.line("[", ts[1], "] ", (h[1], PER), ": on it. is ", (ppl[0].first.lower(), PER), " still on ", (uk_mobile(), PHO), "?")
        d.line("[", ts[2], "] ", (h[0], PER), ": yep. also ", (other.nick.lower(), PER), " says outlook won't open on the laptop in the ",
               pick(["Chester", "Hamilton", "Newport", "Lincoln"]), " room")
        d.line("[", ts[3], "] ", (h[2], PER), ": that'll be the office update, pushing fix now")
        d.line("[", ts[4], "] ", (h[1], PER), ": logged as ", (ticket_no(), CID), " for ", (cname, ORG))
        d.line("[", ts[5], "] ", (h[3], PER), " was added to #support-", chan, " by ", (h[2], PER))
        d.line("[", ts[6], "] ", (h[3], PER), ": hi all, ", (ppl[3].first, PER), " from ", (HELPDESK_SHORT, ORG),
               " – covering for ", (ppl[2].first, PER), " while they're on the jenkins migration")
        nu = uk_person()
        d.line("[", ts[7], "] ", (h[0], PER), ": welcome! fyi the new starter ", (nu.full, PER),
               " needs an account for monday, email ", (work_email(nu, cdom, 0), EML))
        d.line("[", ts[8], "] ", (h[3], PER), ": :thumbsup: can you ask ", (nu.first.lower(), PER),
               " to text their personal mobile to me for mfa")
        d.line("[", ts[9], "] ", (h[0], PER), ": they said ", (uk_mobile(), PHO))
        d.line("[", ts[10], "] ", (h[3], PER), ": done, temp pwd sent by sms. closing ", (f"RITM{R.randrange(10**4, 10**5):07d}", CID))
    else:
        ts = sorted_times(9, 7, 12)
        lv = uk_person()
        d.line("[", ts[0], "] ", (h[1], PER), ": heads up – ", (lv.full, PER), " left on friday, HR only told us this morning")
        d.line("[", ts[1], "] ", (h[0], PER), ": ugh. blocking sign-in now. ", (lv.username(0), PER), " still has the shared "
               "drive mapped on ", pick(["BRIDGEND-PC3", "TILL-02", "OFFICE-NUC"]))
        d.line("[", ts[2], "] ", (h[2], PER), ": who gets the mailbox? ", (ppl[0].first.lower(), PER), "?")
        d.line("[", ts[3], "] ", (h[1], PER), ": ", (pick([ppl[3].first, ppl[0].first]), PER), " per the email from ",
               (uk_person().full, PER), " (", (f"hr@{cdom}", EML), ")")
        d.line("[", ts[4], "] ", (h[0], PER), ": done. ticket ", (ticket_no(), CID), ". also revoked the Xero and Sage logins")
        d.line("[", ts[5], "] ", (h[3], PER), ": payroll needs the leave date – I'll ping ", (uk_person().first, PER),
               " at ", (BUREAU_SHORT, ORG))
        d.line("[", ts[6], "] ", (h[2], PER), ": careful, there are two people called ", (lv.first, PER), " in that office – it's ",
               (lv.first.lower(), PER), " ", (lv.s1.lower(), PER), " not ", (lv.first.lower(), PER), " ",
               (uk_person().s1.lower(), PER))
        d.line("[", ts[7], "] ", (h[1], PER), ": good catch 😅 their personal email for the P45 is ", (uk_email(lv), EML))
        d.line("[", ts[8], "] ", (h[0], PER), ": :white_check_mark:")
    return d


def en_teams():
    d = Doc("en")
    cname, cdom, nation = client_for()
    ppl = [uk_person() for _ in range(3)]
    ts = sorted_times(8, 9, 17)
    lv = uk_person()
    d.line("Microsoft Teams – chat export – \"Payroll queries – ", (cname, ORG), "\"")
    d.line("")

    def hdr(i, t):
        p = ppl[i]
        d.line((p.inv, PER), "  ", t)

    hdr(0, ts[0])
    d.line("Has anyone got the March hours for ", (lv.full, PER), "? ", (BUREAU_SHORT, ORG), " chasing")
    d.line("")
    hdr(1, ts[1])
    d.line("I sent them to ", (pick([f"payroll@{BUREAU_DOM}", uk_email(ppl[1])]), EML), " on Friday. ", (lv.first, PER),
           " did 14 hrs overtime")
    d.line("")
    hdr(2, ts[2])
    d.line("They need the SSP dates too. Fit note from 3rd to 17th, NHS number on it is ", (nhs(), NID))
    d.line("")
    hdr(0, ts[3])
    d.line("@", (ppl[2].first, PER), " please don't paste that in Teams 🙈 put it on the secure upload")
    d.line("")
    hdr(2, ts[4])
    d.line("sorry! deleting. ref for the upload is ", (f"BW-U{R.randrange(10**5, 10**6)}", CID))
    d.line("")
    hdr(1, ts[5])
    d.line("Also ", (uk_person().first, PER), " in accounts says half the P60s went to old addresses",
           " – I think it's the Sage export again")
    d.line("")
    hdr(0, ts[6])
    bwp = uk_person()
    d.line("I'll call ", (bwp.first, PER), " at ", (BUREAU_SHORT, ORG), " on ", (uk_land(), PHO), " after lunch")
    return d


def en_oncall_rota():
    d = Doc("en")
    staff = [uk_person() for _ in range(6)]
    mobs = [uk_mobile() for _ in staff]
    mgr = uk_person()
    start = datetime.date(2026, R.randrange(1, 12), R.randrange(1, 8))
    d.line((HELPDESK, ORG), " – out-of-hours on-call rota, Q", str((start.month - 1) // 3 + 1), " 2026")
    d.line("Escalation manager: ", (mgr.full, PER), " (", (work_email(mgr, HELPDESK_DOM, 2), EML), ", ",
           (uk_mobile(), PHO), ")")
    d.line("")
    d.line("Week commencing\tPrimary\tSecondary\tPrimary mobile\tNotes")
    season = {1: "Burns Night swap", 2: "St David's Day swap", 3: "St Patrick's Day swap", 4: "Easter",
              5: "bank hol Mon", 8: "bank hol Mon", 12: "Christmas cover", 11: "St Andrew's Day swap"}
    for i in range(R.randrange(4, 7)):
        a = R.randrange(6)
        b = (a + 1 + R.randrange(5)) % 6
        wk = start + datetime.timedelta(days=7 * i)
        notes = pick(["", "", "", "Jenkins upgrade Sat", "swap agreed in #oncall", season.get(wk.month, "")])
        name_a = staff[a].full if chance(0.7) else staff[a].short
        d.line(wk.strftime("%d/%m/%Y"),
               "\t", (name_a, PER), "\t", (staff[b].first, PER), "\t", (mobs[a], PHO), "\t", notes)
    d.line("")
    sw = R.sample(range(6), 2)
    d.line("Swaps must be agreed in #oncall and logged by ", (staff[sw[0]].username(0), PER), ". ",
           (staff[sw[1]].first, PER), " is not on the rota until the ", pick(["PRINCE2", "ITIL"]), " course is done.")
    d.line("P1 calls from ", (client_for()[0], ORG), " and ", (client_for()[0], ORG), " go straight to the primary; "
           "everyone else via the out-of-hours line ", (uk_land(uk_place("Wales")), PHO), ".")
    return d


def en_postmortem():
    d = Doc("en")
    (c1, dom1, n1), (c2, _, _) = client_for(), client_for()
    eng = [uk_person() for _ in range(4)]
    st = R.randrange(6)
    u = [p.username(st) for p in eng]
    cont = uk_person()
    inc = f"INC{R.randrange(40000, 99999):07d}"
    d.line("POST-INCIDENT REVIEW – ", (inc, CID))
    d.line("Title: Email outage after expired certificate on the hosted Exchange relay")
    d.line("Severity: P1   Date: ", en_date(), "   Author: ", (eng[0].full, PER), "   Reviewers: ", (eng[1].short, PER),
           ", ", (eng[2].initial_sur, PER))
    d.line("Customers affected: ", (c1, ORG), ", ", (c2, ORG), " and 9 others")
    d.line("")
    d.line("Timeline (UTC)")
    ts = sorted_times(7, 6, 14)
    d.line(ts[0], "  Grafana alert: SMTP queue > 500 on relay-02. Paged ", (u[1], PER))
    d.line(ts[1], "  ", (u[1], PER), " acknowledged, found TLS handshake failures")
    d.line(ts[2], "  ", (cont.full, PER), " (", (c1, ORG), ") rang the service desk on ", (uk_land(), PHO),
           ", logged as ", (ticket_no(), CID))
    d.line(ts[3], "  ", (u[2], PER), " confirmed certificate expired at 00:00; renewal job in Jenkins had been "
           "disabled since the Ansible refactor")
    d.line(ts[4], "  new certificate issued, relay restarted by ", (u[2], PER))
    d.line(ts[5], "  queues drained; ", (u[3], PER), " emailed status update to affected clients")
    d.line(ts[6], "  ", (eng[0].first, PER), " closed the bridge")
    d.line("")
    d.line("Root cause: the scheduled renewal job was owned by a leaver (", (uk_person().username(st), PER),
           ") and nobody got the expiry warnings.")
    d.line("")
    d.line("Actions")
    d.line("1. Move expiry alerts to the shared mailbox ", (f"noc@{HELPDESK_DOM}", EML), " – owner ", (eng[3].first, PER),
           " – due ", en_date())
    d.line("2. Review all Jenkins jobs owned by disabled accounts – owner ", (u[2], PER))
    d.line("3. Service credit for ", (c1, ORG), " (contract ", (f"TW-SLA-{R.randrange(100, 999)}", CID), ") – owner ",
           (uk_person().full, PER))
    return d


def en_payroll_csv():
    d = Doc("en")
    cname, cdom, nation = client_for()
    code = bureau_client()
    pfmt = pick(["PR-{:06d}", "EMP{:05d}", "{:06d}"])
    d.line("# ", (BUREAU, ORG), " – starter/leaver import – client ", (cname, ORG), " (", (code, CID), ")")
    d.line("client_code,payroll_id,surname,forename,ni_number,tax_code,freq,email,mobile")
    for _ in range(R.randrange(4, 6)):
        p = uk_person()
        sur = p.sur.upper() if chance(0.5) else p.sur
        email_ok = chance(0.7)
        items = [(code, CID), ",", (pfmt.format(R.randrange(100, 9999)), CID), ",", (sur, PER), ",", (p.given, PER), ","]
        if chance(0.85):
            items += [(nino(1), NID)]
        else:
            items += ["TBC"]
        items += [",", pick(["1257L", "1257L", "BR", "0T", "S1257L", "C1257L", "1257L M1"]), ",", pick(["M", "W", "4W"]), ","]
        if email_ok:
            items += [(uk_email(p), EML)]
        items += [","]
        items += [(uk_mobile().replace(" ", ""), PHO)] if chance(0.8) else []
        d.line(*items)
    d.line("# rows with TBC NI numbers are held until the employee provides one – contact ", (uk_person().full, PER))
    return d


def en_voicemail():
    d = Doc("en")
    d.line((HELPDESK, ORG), " – out-of-hours voicemail – automatic transcription")
    d.line("")
    order = [0, 1, 2, 3]
    R.shuffle(order)
    times = sorted_times(3, 17, 23)
    for i in range(3):
        p = uk_person()
        cname, cdom, nation = client_for()
        ph = uk_mobile()
        d.line("Message ", str(i + 1), " · ", times[i], " · from ", (ph, PHO))
        r = order[i]
        if r == 0:
            d.line("\"Hi, it's ", (p.first, PER), " from ", (cname, ORG), ", um, the laptop's showing a BitLocker "
                   "screen and wants a recovery key. Can someone ring me back on ", (ph, PHO), "? Ticket was ",
                   (ticket_no(), CID), " I think. Cheers.\"")
        elif r == 1:
            d.line("\"Hiya, ", (p.full, PER), " here, I'm the new office manager at ", (cname, ORG),
                   ". ", (uk_person().first, PER), " told me to call about getting ", (uk_person().full, PER),
                   " set up for Monday, they're our new ", pick(["receptionist", "apprentice", "bookkeeper", "driver"]),
                   ". My email is ", (work_email(p, cdom, 2), EML), ". Thanks, bye.\"")
        elif r == 3:
            boss = uk_person()
            d.line("\"Yeah hi, ", (p.first, PER), " ", (p.s1, PER), " at ", (cname, ORG), ". The internet's down at the "
                   "shop again, the ", pick(["BT", "Virgin Media"]), " router's flashing orange. ", (boss.first, PER),
                   " says can you ring the landline, ", (uk_land(uk_place(nation)), PHO), ", not my mobile. Ta.\"")
        else:
            d.line("\"Good evening, this is ", (p.full, PER), ". I'm locked out again, username ", (p.username(0), PER),
                   ". I'm on the late shift till ten, so any time before then. Oh – and it's ",
                   pick(["Windows Hello", "the Authenticator", "Outlook"]), " that's asking, not the VPN.\"")
        d.line("")
    d.line("Transcribed ", num_date(), " – triaged next morning by ", (uk_person().first, PER))
    return d


def en_sms_log():
    d = Doc("en")
    eng = [uk_person() for _ in range(2)]
    ph = [uk_mobile().replace(" ", "") for _ in eng]
    cname, cdom, nation = client_for()
    t = ticket_no()
    day = num_date()
    ts = sorted_times(6, 0, 6)
    d.line("On-call SMS gateway log – ", (HELPDESK, ORG), " – ", day)
    d.line("time\tdir\tnumber\tcontact\ttext")
    d.line(ts[0], "\tOUT\t", (ph[0], PHO), "\t", (eng[0].full, PER), "\tP1 ", (cname, ORG), ": firewall offline. ", (t, CID),
           ". Reply ACK")
    d.line(ts[1], "\tIN\t", (ph[0], PHO), "\t", (eng[0].full, PER), "\tack - ", (eng[0].first.lower(), PER), ", vpn-ing in")
    d.line(ts[2], "\tOUT\t", (ph[1], PHO), "\t", (eng[1].full, PER), "\tP1 ", (cname, ORG), " still open, secondary "
           "paged. ", (t, CID))
    boss = uk_person()
    d.line(ts[3], "\tIN\t", (ph[1], PHO), "\t", (eng[1].full, PER), "\tdriving to site, eta 40 min. tell ",
           (boss.first.lower(), PER), " pls")
    d.line(ts[4], "\tOUT\t", (uk_mobile().replace(" ", ""), PHO), "\t", (boss.full, PER), "\tFYI P1 at ",
           (cname, ORG), ", ", (eng[1].first, PER), " en route")
    d.line(ts[5], "\tIN\t", (uk_mobile().replace(" ", ""), PHO), "\t(unknown)\tSTOP")
    return d


def en_forwarded():
    d = Doc("en")
    cname, cdom, nation = client_for()
    place = uk_place(nation)
    lead = uk_person()
    tech = uk_person()
    hr = uk_person()
    ns = [uk_person() for _ in range(2)]
    d.line("From: ", (lead.full, PER), " <", (work_email(lead, HELPDESK_DOM, 2), EML), ">")
    d.line("To: ", (tech.full, PER), " <", (work_email(tech, HELPDESK_DOM, 2), EML), ">")
    wc = en_date()
    d.line("Subject: FW: New starters w/c ", wc)
    d.line("")
    d.line((tech.nick, PER), " – can you pick these up? ", (cname, ORG), " are on the Premium plan so on-site is fine. "
           "Log under ", (client_code(), CID), ".")
    d.line((lead.first, PER))
    d.line("")
    d.line("---------- Forwarded message ---------")
    d.line("From: ", (hr.full, PER), " <", (work_email(hr, cdom, 0), EML), ">")
    d.line("Date: ", pick(EN_DAYS), ", ", en_date(), " at ", hhmm())
    d.line("Subject: New starters w/c ", wc)
    d.line("To: ", (f"support@{HELPDESK_DOM}", EML))
    d.line("")
    d.line("Hello,")
    d.line("")
    d.line("We have two people starting next week:")
    for p in ns:
        d.line("- ", (p.full, PER), ", ", pick(["receptionist", "trainee", "delivery driver", "bookkeeper", "chef"]),
               ", mobile ", (uk_mobile(), PHO))
    d.line("")
    addr, town = uk_address(place)
    d.line("Both will be based at ", (addr, ADR), ". ", (ns[1].first, PER), " needs the accounts software as well – "
           "same as ", (uk_person().first, PER), " had. Please don't order another ", pick(["Lenovo", "Dell", "HP"]),
           " dock, we have a spare.")
    d.line("")
    d.line("Many thanks,")
    d.line((hr.short, PER))
    d.line("HR & Office Manager, ", (cname, ORG))
    d.line("Direct line ", (uk_land(place), PHO))
    if chance(0.6):
        d.line("")
        en_footer(d, cname)
    return d


def en_crm_notes():
    d = Doc("en")
    cname, cdom, nation = client_for()
    place = uk_place(nation)
    om = uk_person()
    s1, s2 = uk_person(), uk_person()
    ex = uk_person()
    dr = uk_person()
    me = uk_person()
    d.line("bw crm – call notes – client ", (cname.lower(), ORG), " (", (bureau_client(), CID), ")")
    d.line("owner: ", (me.username(1), PER))
    d.line("")
    d.line("- ", hhmm(9, 11), " spoke w/ ", (om.full.lower(), PER), " (office mgr) re ", pick(EN_MONTHS).lower(),
           " payroll. 2 new startrs: ", (fold(s1.full).lower(), PER), " + ", (fold(s2.short).lower(), PER),
           ", both start ", num_date(short=True))
    d.line("- ", (s2.first.lower(), PER), " has no ni no yet, only brp ", (brp(), NID), " – told om to send copy via portal "
           "not email!!")
    d.line("- ", hhmm(11, 13), " ni no came thru for ", (s2.first.lower(), PER), ": ", (reg(nino().lower(), "NINO") if chance(0.5) else nino(), NID))
    ea, _ = uk_address(place)
    d.line("- chased ", (pick(["olu", "kasia", "dai", "mo", "seun"]), PER), " re p60 reprint for ex-employee ",
           (ex.full.lower(), PER), ", went to old addr ", (ea.lower(), ADR))
    d.line("- left vm for director mr ", (dr.s1.lower(), PER),
           " on ", (uk_land(place), PHO), " abt the ", ("hmrc", ORG), " letter (late fps penalty??)")
    d.line("- ", hhmm(14, 17), " ", (dr.first.lower(), PER), " rang back, wants to move pay date to last fri. "
           "needs sign off from ", (uk_person().first.lower(), PER), " @ ", (pick(["hmrc", "nest", "acas"]), ORG), " – no, "
           "not needed, just let ", (pick(PENSIONS).lower(), ORG), " know")
    if chance(0.6):
        d.line("- ", (s1.first.lower(), PER), "'s bank: iban ", (gb_iban(spaced=chance(0.3)).lower(), IBN), " (from starter form, "
               "check name matches)")
    d.line("- todo: update contact email to ", (work_email(dr, cdom, 0), EML))
    return d


def en_complaint():
    d = Doc("en")
    cname, cdom, nation = client_for()
    comp = uk_person()
    emps = [uk_person() for _ in range(R.randrange(2, 4))]
    h1, h2 = uk_person(), uk_person()
    ref = f"CMP-2026-{R.randrange(1, 200):03d}"
    d.line("CLIENT COMPLAINT FORM")
    d.line("Reference: ", (ref, CID), "      Received: ", num_date(), "      Channel: ", pick(["email", "phone", "letter"]))
    d.line("")
    d.line("Complainant: ", (comp.full, PER), "   Role: Owner, ", (cname, ORG))
    d.line("Contact: ", (work_email(comp, cdom, 2), EML), "   ", (uk_mobile(), PHO))
    d.line("Service: Payroll – ", (BUREAU, ORG), "   Client code: ", (bureau_client(), CID))
    d.line("")
    d.line("Employees affected:")
    for p in emps:
        d.line("  ", (p.inv, PER), " – payroll no. ", (payroll_no(), CID), " – NI ", (nino(), NID))
    d.line("")
    d.line("Details of complaint:")
    d.line("The ", pick(EN_MONTHS), " payroll was paid two days late. ", (emps[0].first, PER), " was charged by ",
           (pick(["Barclays", "Lloyds Bank", "Santander UK", "Monzo"]), ORG), " for a missed direct debit and ",
           (emps[1].first, PER), " was taxed on an emergency code even though we sent the P45 on time. I rang on ",
           pick(EN_DAYS), " and was told ", (h1.first, PER), " would call back – nobody did.")
    d.line("")
    d.line("Handled by: ", (h1.full, PER), "   Escalated to: ", (h2.full, PER), " (Partner)")
    d.line("Outcome: apology issued, bank charge refunded (£25.00), ", (emps[1].first, PER),
           "'s code corrected via FPS. Ticket ", (f"BW-Q{R.randrange(10000, 99999)}", CID), " closed.")
    if chance(0.6):
        d.line("Refund paid by Faster Payment to ", (emps[0].full, PER), ", IBAN ", (gb_iban(), IBN), ", on ", num_date(), ".")
    return d


def en_minutes():
    d = Doc("en")
    cname, cdom, nation = client_for()
    c1, c2 = uk_person(), uk_person()
    t1, t2, t3 = uk_person(), uk_person(), uk_person()
    ap = uk_person()
    d.line("Monthly service review – ", (cname, ORG), " / ", (HELPDESK, ORG))
    d.line("Date: ", en_date(), ", Teams call")
    d.line("Present: ", (c1.full, PER), " (", pick(["Practice Manager", "Owner", "Finance Director"]), "), ",
           (c2.full, PER), " (", (cname, ORG), "); ", (t1.full, PER), " (Account Manager), ", (t2.full, PER),
           " (Service Desk Lead)")
    d.line("Apologies: ", (ap.full, PER), ", ", (t3.short, PER))
    d.line("")
    d.line("1. Ticket statistics")
    d.line((t2.first, PER), " reported ", str(R.randrange(12, 60)), " tickets closed, 2 breaches. The breaches were ",
           (ticket_no(), CID), " (printer) and ", (ticket_no(), CID), " (leaver not processed in time).")
    d.line("2. Leavers")
    d.line((c1.first, PER), " asked that leaver requests go to ", (f"leavers@{cdom}", EML), " rather than to ",
           (c2.first, PER), " personally. Agreed.")
    d.line("3. Projects")
    d.line("Windows 11 roll-out 80% complete; the last six machines are in the ", pick(["Preston", "Hamilton", "Newport"]),
           " branch. Jenkins server to be retired in ", pick(EN_MONTHS), ".")
    d.line("")
    d.line("Actions")
    d.line("- ", (t1.initial_sur, PER), ": send revised quote for Intune licences")
    d.line("- ", (t2.first, PER), ": root-cause review of the leaver breach")
    d.line("- ", (c2.first, PER), ": confirm new starter dates by email")
    return d


def en_invoice():
    d = Doc("en")
    cname, cdom, nation = client_for()
    hd_place = uk_place("Wales")
    cl_place = uk_place(nation)
    fao = uk_person()
    eng = uk_person()
    inv = f"INV-{R.randrange(2026, 2027)}-{R.randrange(100, 9999):04d}"
    d.line((HELPDESK.upper(), ORG))
    a, _ = uk_address(hd_place)
    d.line((a, ADR))
    d.line("Tel ", (uk_land(hd_place), PHO), " · ", (f"accounts@{HELPDESK_DOM}", EML))
    d.line("")
    d.line("INVOICE ", (inv, CID), "        Date: ", num_date(), "        Terms: 14 days")
    d.line("")
    d.line("Bill to:")
    d.line((cname, ORG))
    d.line("FAO ", (fao.full, PER))
    ca, _ = uk_address(cl_place, lines=True)
    d.line((ca, ADR))
    d.line("")
    d.line("Account no.: ", (client_code(), CID), "    Your PO: ", (f"PO{R.randrange(1000, 9999)}", CID))
    d.line("")
    n = R.randrange(5, 25)
    d.line(f"Managed support – {n} users @ £32.00\t£{n * 32:.2f}")
    d.line(f"Microsoft 365 Business Premium x{n}\t£{n * 18.10:.2f}")
    d.line("On-site visit ", num_date(), " (engineer: ", (eng.full, PER), ") 3h @ £75\t£225.00")
    d.line("Replacement Dell WD19S dock\t£149.00")
    d.line("")
    ib = gb_iban()
    d.line("Payment by bank transfer to ", (bank_of(ib), ORG), ", IBAN ", (ib, IBN), ", quoting ", (inv, CID), ".")
    d.line("Card payments ending in ", str(R.randrange(1000, 9999)), " on file will be charged automatically if selected.")
    return d


def en_reviews():
    d = Doc("en")
    d.line("Reviews – ", (BUREAU, ORG), " – 4.3 ★ (", str(R.randrange(40, 200)), " reviews)")
    d.line("")
    owner = uk_person()
    order = [0, 1, 2, 3]
    R.shuffle(order)
    order = order[:R.randrange(3, 5)]
    if 2 not in order:
        order[-1] = 2
    rs = [uk_person() for _ in order]
    stars = ["★★★★★", "★★★★☆", "★★☆☆☆", "★★★★★"]
    towns = ["Leeds", "Cardiff", "Belfast", "Glasgow", "Newport", "Preston", "Hamilton", "Chester"]
    for i, p in zip(order, rs):
        d.line(stars[i], "  ", (f"{p.first} {p.s_initial}.", PER), " – ", pick(towns), " – ", pick(["2 weeks ago", "a month ago", "3 months ago"]))
        if chance(0.3):
            d.line("Local Guide · ", str(R.randrange(3, 80)), " reviews")
        staff = uk_person()
        if i == 0:
            d.line("Switched from doing it ourselves in Sage. ", (staff.first, PER), " sorted our auto-enrolment mess "
                   "with ", (pick(PENSIONS), ORG), " in a week. Highly recommend.")
        elif i == 1:
            d.line("Good value for a small café. Only moan is the portal – I still ring ", (staff.first, PER), " for everything.")
        elif i == 2:
            d.line("Payslips late twice this year and my P60 went to ", (staff.full, PER), "'s old flat?! Sort it out.")
        else:
            d.line("Brilliant with our Polish and Romanian staff – ", (staff.first, PER), " even explained the tax code "
                   "letters to ", (uk_person().first, PER), " in person.")
        if i == 2:
            d.line("↳ Reply from ", (BUREAU_SHORT, ORG), ": Hi ", (p.first, PER), ", we're really sorry. Please email ",
                   (f"feedback@{BUREAU_DOM}", EML), " or call ", (owner.first, PER), " on ", (uk_land(uk_place("England")), PHO),
                   " quoting your client code so we can look into it.")
        d.line("")
    return d


def en_ssp_email():
    d = Doc("en")
    cname, cdom, nation = client_for()
    emp = uk_person()
    bw = uk_person()
    mgr = uk_person()
    scot = nation == "Scotland"
    d.line("From: ", (emp.full, PER), " <", (uk_email(emp), EML), ">")
    d.line("To: ", (bw.full, PER), " <", (work_email(bw, BUREAU_DOM, 0), EML), ">")
    d.line("Subject: SSP – fit note for ", (emp.short, PER))
    d.line("Date: ", en_date(), " ", hhmm())
    d.line("")
    d.line("Hello ", (bw.first, PER), ",")
    d.line("")
    st_ = datetime.date(2026, R.randrange(1, 13), R.randrange(1, 20))
    en_ = st_ + datetime.timedelta(days=pick([7, 14, 14, 28]))
    d.line("My manager ", (mgr.full, PER), " at ", (cname, ORG), " said to send the fit note to you directly. It covers ",
           en_date((st_.year, st_.month, st_.day)), " to ", en_date((en_.year, en_.month, en_.day)), " (",
           pick(["back surgery", "stress", "a broken wrist", "long covid"]), ").")
    if scot:
        d.line("My CHI number is ", (chi(), NID), " in case ", (pick(["NHS Lothian", "NHS Greater Glasgow and Clyde", "NHS Tayside"]), ORG),
               " need it, and my NI number is ", (nino(), NID), ".")
    else:
        d.line("The GP at ", (pick(["Roath Medical Centre", "Hillside Surgery", "Canton Health Centre", "Ormeau Health Centre",
                                    "Levenshulme Health Centre"]), ORG), " put my NHS number on it: ", (nhs(), NID),
               ". NI number ", (nino(), NID), ".")
    d.line("")
    d.line("Can you tell me if I'll get SSP from day 1 or day 4? My pay reference is ", (payroll_no(), CID), ".")
    d.line("")
    d.line("Diolch / thanks," if nation == "Wales" else "Thanks,")
    d.line((emp.first, PER))
    d.line((uk_mobile(), PHO))
    return d


EN_TEMPLATES = [en_ticket, en_pwreset_log, en_onboarding, en_offboarding, en_payroll_change, en_p45_thread,
                en_pension_letter, en_slack, en_teams, en_oncall_rota, en_postmortem, en_payroll_csv, en_voicemail,
                en_sms_log, en_forwarded, en_crm_notes, en_complaint, en_minutes, en_invoice, en_reviews, en_ssp_email]


# ----------------------------------------------------------------------------
# SPANISH HALF – schools, nurseries, academies, transport/canteen contractor
# ----------------------------------------------------------------------------

ES_WORDLIKE = ["Campos", "Rosa", "Bueno", "Iglesias", "Prieto", "Calvo", "Pastor", "Cordero", "León", "Lobo", "Sierra",
               "Vega", "Mora", "Blanco", "Crespo", "Toro", "Plaza", "Sevilla", "Toledo", "Soria", "Burgos", "Zamora",
               "Segovia", "Cuenca", "Ávila", "Palma", "Granada", "Salas", "Ríos", "Montes", "Valle", "Pozo", "Manzano",
               "Conde", "Rey", "Bravo", "Franco", "Prado", "Cuevas", "Parra", "Olivo", "Castillo", "Pino", "Peña"]


def lopd_footer(d, org):
    r = R.randrange(3)
    if r == 0:
        d.line("AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. "
               "Si lo ha recibido por error, comuníquelo al remitente y bórrelo. Responsable del tratamiento: ", (org, ORG),
               ". Puede ejercer sus derechos de acceso, rectificación y supresión según el Reglamento (UE) 2016/679.")
    elif r == 1:
        d.line("Antes de imprimir este correo, piense en el medio ambiente. De conformidad con la LOPDGDD, le informamos "
               "de que sus datos forman parte de un fichero responsabilidad de ", (org, ORG), " con la finalidad de "
               "gestionar la relación educativa.")
    else:
        d.line("Información básica sobre protección de datos – Responsable: ", (org, ORG), ". Finalidad: gestión académica "
               "y comunicación con las familias. Legitimación: obligación legal. Destinatarios: no se cederán datos a "
               "terceros salvo obligación legal.")


def en_footer(d, org):
    r = R.randrange(3)
    if r == 0:
        d.line("This email and any attachments are confidential and intended solely for the addressee. If you have received "
               "it in error please notify the sender and delete it. ", (org, ORG), " is authorised and regulated by the "
               "Institute of Certified Bookkeepers." if org == BUREAU else " accepts no liability for viruses.")
    elif r == 1:
        d.line("Please consider the environment before printing this email. ", (org, ORG),
               " will never ask you to change bank details by email – always phone us on the number you already have.")
    else:
        d.line("-- ", (org, ORG), " | Registered in England and Wales | Registered office as above")


def es_local(rk, sex=None):
    p = person(pick(ES_REGIONS[rk]["origins"]), sex)
    if chance(0.15):
        p.surnames[0] = pick(ES_WORDLIKE)
    return p


def fam(rk, n_children=None):
    origin = pick(ES_ORIGINS)
    if origin == "es":
        origin = pick(ES_REGIONS[rk]["origins"])
    mo, fa, kids = family(origin, n_children)
    return mo, fa, kids, origin


def rk_pick():
    return pick(REGION_KEYS)


def curso():
    return pick(["1º A de Primaria", "2º B EP", "3º A EP", "4º C de Primaria", "5º B EP", "6º A EP", "1º ESO B",
                 "2º ESO A", "3º de Infantil", "4 años B", "5 años A"])


def aula_infantil():
    return pick(["aula de los Pollitos (1-2 años)", "aula Girasoles (2-3 años)", "aula de los Peces (0-1 año)",
                 "aula Ardillas (2-3 años)", "grupo Estrellitas (1-2 años)"])


def hijo(p):
    return "hija" if p.sex == "f" else "hijo"


def alumno(p):
    return "la alumna" if p.sex == "f" else "el alumno"


def el_la(p):
    return "la" if p.sex == "f" else "el"


def parent_word(p):
    return "madre" if p.sex == "f" else "padre"


def parent_phone(p):
    if p.origin in FOREIGN_MOB and chance(0.25):
        return foreign_mobile(p.origin)
    return es_mobile()


def exp_no():
    return pick([f"EXP-{R.randrange(2019, 2027)}-{R.randrange(1, 9999):04d}", f"{R.randrange(2015, 2027)}/{R.randrange(1, 999):04d}",
                 f"{R.randrange(1000, 9999)}", f"AL{R.randrange(10000, 99999)}"])


def greet(rk):
    return {"cat": "Benvolgudes famílies,", "eus": "Familia agurgarriak / Estimadas familias:",
            "gal": "Estimadas familias:", "val": "Benvolgudes famílies / Estimadas familias:"}.get(rk, "Estimadas familias:")


FESTIVE = {"mad": "la fiesta de San Isidro", "cat": "Sant Jordi", "eus": "la visita del Olentzero",
           "gal": "o Magosto", "val": "las Fallas", "and": "el Día de Andalucía", "can": "el Día de Canarias"}


def es_circular():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    dom = school_domain(school)
    dire = es_local(rk)
    tut = es_local(rk, "f")
    mon = es_local(rk)
    town, cp = es_place(rk)
    d.line("De: Dirección ", (school, ORG), " <", (f"direccion@{dom}", EML), ">")
    d.line("Para: ", (f"familias.{pick(['3a', '4b', '5a', 'infantil5'])}@{dom}", EML))
    d.line("Fecha: ", es_date())
    d.line("Asunto: Salida ", pick(["al Museo de la Ciencia de Valladolid", "a Toledo (Museo del Greco)", "al Acuario de Sevilla",
                                    "al Planetario", "a la Granja de San Ildefonso (Segovia)", "a León"]), " y ", FESTIVE[rk])
    d.line("")
    d.line(greet(rk))
    d.line("")
    d.line("Os informamos de que el próximo ", pick(["martes", "jueves", "viernes"]), " ", str(R.randrange(2, 28)), " de ",
           pick(["mayo", "abril", "marzo", "junio"]), " los grupos de ", pick(["3º", "4º", "5º"]),
           " realizarán una salida didáctica. El transporte lo realizará ", (CONTRACTOR, ORG),
           " y los alumnos irán acompañados por su tutora, ", (tut.given, PER), ", y ", "el monitor " if mon.sex == "m" else "la monitora ",
           (mon.short, PER), ".")
    d.line("")
    d.line("La autorización firmada debe entregarse a ", (tut.first, PER), " antes del viernes. Quienes utilicen el "
           "comedor recibirán un picnic preparado por la cocina de ", (pick(CONTRACTOR_SHORT), ORG),
           "; si vuestro hijo o hija tiene alguna alergia no comunicada, escribid a ", (f"comedor@{dom}", EML), ".")
    d.line("")
    extra = es_local(rk)
    d.line("Aprovechamos para recordar que ", (extra.full, PER), ", presidente/a del AMPA, recoge las inscripciones de "
           "la Semana Cultural. También os recordamos que la aplicación ", pick(["Raíces", "iPasen", "Abalar", "Itaca", "Tokapp"]),
           " sustituye a las circulares en papel.")
    d.line("")
    if chance(0.5):
        d.line("")
        d.line("Por otra parte, a partir del lunes el horario de jornada continua será de 9:00 a 14:00 y el comedor "
               "funcionará hasta las 16:00. Las familias que necesiten el servicio de acogida matinal deben hablar con ",
               (es_local(rk).first, PER), " en conserjería.")
    if chance(0.5):
        d.line("")
        d.line("El Carnaval se celebrará el viernes por la tarde; el tema de este año es «Los planetas». No hace falta "
               "comprar disfraces: se harán en clase con material reciclado.")
    d.line("")
    d.line("Para cualquier duda: secretaría ", (es_land(rk), PHO), " (de 9:00 a 11:00).")
    d.line("")
    d.line("Un saludo,")
    d.line("")
    d.line((dire.full, PER))
    d.line(("Director" if dire.sex == "m" else "Directora"), " – ", (school, ORG))
    addr, _ = es_address(rk, town=town)
    d.line((addr, ADR))
    d.line("")
    lopd_footer(d, school)
    return d


def es_matricula():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    mo, fa, kids, origin = fam(rk, pick([1, 2]))
    k = kids[0]
    d.line("SOLICITUD DE MATRÍCULA – CURSO 2026/2027")
    d.line("CENTRO: ", (school.upper(), ORG), "        Nº EXPEDIENTE: ", (exp_no(), CID))
    d.line("")
    d.line("1. DATOS DEL ALUMNO/A")
    s1 = k.surnames[0].upper()
    s2 = k.surnames[1].upper() if len(k.surnames) > 1 else ""
    items = ["PRIMER APELLIDO: ", (s1, PER), "    SEGUNDO APELLIDO: "]
    items += [(s2, PER)] if s2 else ["—"]
    items += ["    NOMBRE: ", (k.given.upper(), PER)]
    d.line(*items)
    d.line("FECHA DE NACIMIENTO: ", f"{R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/{R.randrange(2012, 2022)}",
           "    SEXO: ", "M" if k.sex == "f" else "H")
    d.line("NACIONALIDAD: ", {"cu": "CUBANA", "ve": "VENEZOLANA", "ec": "ECUATORIANA", "bo": "BOLIVIANA",
                              "py": "PARAGUAYA", "hn": "HONDUREÑA", "ma": "MARROQUÍ", "ro": "RUMANA",
                              "zh": "CHINA"}.get(origin, "ESPAÑOLA"))
    st, cp, town = es_addr_parts(rk)
    d.line("DOMICILIO: ", (st.upper(), ADR), "    C.P.: ", cp, "    LOCALIDAD: ", town.upper())
    d.line("CURSO QUE SOLICITA: ", curso().upper())
    d.line("")
    d.line("2. DATOS DE LOS PADRES / TUTORES LEGALES")
    for p in ([mo, fa] if chance(0.75) else [pick([mo, fa])]):
        dt, did = adult_id_es(p)
        d.line(parent_word(p).upper(), " / TUTOR: ", (p.full.upper(), PER))
        d.line("   ", dt.upper(), ": ", (did, NID), "    TELÉFONO: ", (parent_phone(p), PHO))
        d.line("   CORREO ELECTRÓNICO: ", (es_email(p), EML))
    d.line("")
    if len(kids) > 1:
        d.line("HERMANOS/AS EN EL CENTRO: ", (kids[1].full.upper(), PER), " (", curso().upper(), ")")
    d.line("SERVICIO DE COMEDOR: SÍ   –   DOMICILIACIÓN: IBAN ", (es_iban(), IBN))
    tit = pick([mo, fa])
    d.line("TITULAR DE LA CUENTA: ", (tit.full.upper(), PER))
    d.line("TRANSPORTE ESCOLAR (", (CONTRACTOR.upper(), ORG), "): ", pick(["SÍ – RUTA 2", "NO", "SÍ – RUTA 4"]))
    d.line("")
    d.line("AUTORIZO el uso de imágenes en la web del centro: ", pick(["SÍ", "NO"]))
    d.line("En ", town, ", a ", es_date(), ".   Firma: ", (tit.full, PER))
    return d


def es_justificante():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    mo, fa, kids, origin = fam(rk, 1)
    k = kids[0]
    p = pick([mo, fa])
    teacher = es_local(rk)
    town, _ = es_place(rk)
    dt, did = adult_id_es(p)
    hosp = pick(reg_["health"])
    d.line("JUSTIFICANTE DE FALTA DE ASISTENCIA")
    d.line("")
    d.line(town, ", ", es_date())
    d.line("")
    d.add(p.don(), " ", (p.full, PER), ", con ", dt, " ", (did, NID))
    if chance(0.6):
        ad, _ = es_address(rk)
        d.add(" y domicilio en ", (ad, ADR))
    d.add(", como ", parent_word(p), " ",
          "de la alumna" if k.sex == "f" else "del alumno", " ",
          (k.full, PER), ", matriculad", "a" if k.sex == "f" else "o", " en ", curso(), " del ", (school, ORG), ",")
    d.line("")
    d.line("")
    motivo = R.randrange(3)
    if motivo == 0:
        d.line("JUSTIFICO que mi ", hijo(k), " no asistió a clase los días 3 y 4 por una gastroenteritis. Adjunto el "
               "informe de urgencias del ", (hosp, ORG), ".")
    elif motivo == 1:
        country = {"cu": "Cuba", "ve": "Venezuela", "ec": "Ecuador", "bo": "Bolivia", "py": "Paraguay", "hn": "Honduras",
                   "ma": "Marruecos", "ro": "Rumanía", "zh": "China"}.get(origin, "Portugal")
        d.line("JUSTIFICO que mi ", hijo(k), " faltó del 10 al 14 por un viaje familiar urgente a ", country,
               " (fallecimiento de su abuelo, ", (person(origin if origin in HISPANIC + ["ma", "ro", "zh"] else "es", "m").full, PER),
               ").")
    else:
        d.line("JUSTIFICO la falta del lunes por cita médica en el ", (hosp, ORG), " (consulta de alergología).")
    d.line("")
    d.line("Teléfono de contacto: ", (parent_phone(p), PHO))
    d.line("Fdo.: ", (p.full, PER))
    d.line("")
    if chance(0.7):
        d.line("--- nota en la agenda ---")
        d.line("Profe ", (teacher.first, PER), ": ", (k.first, PER), " ayer no fue porque tenía fiebre, hoy ya está bien. "
               "Si hay deberes me los mandáis por ", pick(["el Classroom", "ClassDojo", "la agenda"]), ". Gracias! ",
               (p.nick if chance(0.5) else p.first, PER))
    else:
        d.line("Se adjunta: ", pick(["informe de urgencias", "justificante de la cita", "billete de avión"]),
               ". Conforme a las normas de convivencia del centro, las faltas deben justificarse en un plazo de tres días "
               "lectivos desde la incorporación del alumnado.")
    d.line("")
    d.line("(Registrado en secretaría por ", (es_local(rk).initial_sur, PER), " – registro de entrada nº ",
           (f"{R.randrange(2026, 2027)}/{R.randrange(1, 9999):06d}", CID), ")")
    return d


def es_tutoria():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    mo, fa, kids, origin = fam(rk, 1)
    k = kids[0]
    tut = es_local(rk)
    ori = es_local(rk, "f")
    town, _ = es_place(rk)
    interp = origin in ("ma", "zh", "ro") and chance(0.7)
    d.line("ACTA DE REUNIÓN DE TUTORÍA INDIVIDUAL")
    d.line("Centro: ", (school, ORG), "    Curso escolar: 2026/27    Grupo: ", curso())
    d.line("Alumno/a: ", (k.inv if chance(0.5) else k.full, PER), "    Nº expediente: ", (exp_no(), CID))
    d.line("Fecha: ", num_date(), "    Hora: ", hhmm(15, 18), "    Modalidad: ", pick(["presencial", "videollamada (Teams)"]))
    d.line("")
    att = ["Asistentes: ", (tut.full, PER), " (tutor/a), ", (ori.full, PER), " (orientadora), ", (mo.full, PER), " (madre)"]
    if chance(0.5):
        att += [", ", (fa.full, PER), " (padre)"]
    if interp:
        it = person(origin)
        lang = {"ma": "árabe", "zh": "chino mandarín", "ro": "rumano"}[origin]
        att += [", ", (it.full, PER), " (intérprete de ", lang, ", ", (pick(ES_NGO), ORG), ")"]
    d.line(*att)
    d.line("")
    d.line("Temas tratados:")
    d.line("1. Rendimiento: ", (k.first, PER), " ha mejorado en Lengua, pero le cuesta Matemáticas (fracciones, el "
           "teorema de Pitágoras en 2º ESO). Se propone refuerzo en ",
           (pick(["Centro de Estudios Atenea", "Academia de Repaso Pitágoras", "Academia Cervantes", "Academia Aldebarán"]), ORG),
           " o en el PROA+ del centro.")
    other = es_local(rk)
    d.line("2. Convivencia: conflicto puntual en el recreo con un compañero (", (f"{other.first} {other.s_initial}.", PER),
           "), ya resuelto con mediación.")
    d.line("3. Derivación: la orientadora propone valoración por el ", (f"EOEP de {town}", ORG),
           "; la familia está de acuerdo.")
    d.line("")
    d.line("Acuerdos: revisar la agenda a diario; la familia llamará al centro si hay cambios. Teléfono facilitado: ",
           (parent_phone(mo), PHO), "; correo: ", (es_email(mo), EML), ".")
    d.line("")
    d.line("Firmado: ", (tut.full, PER), " / ", (mo.full, PER))
    return d


def es_ruta():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    drv = es_local(rk, "m")
    mon = es_local(rk, "f")
    ruta = R.randrange(1, 9)
    d.line((CONTRACTOR, ORG), " – Servicio de transporte escolar – ", (school, ORG))
    d.line("Ruta ", str(ruta), " «", pick(["Colón", "San Fernando", "Reyes Católicos", "Las Torres", "El Pilar"]),
           "» · Autocar ", f"{R.randrange(1000, 9999)} {pick(['KLS', 'MZB', 'LDH', 'JWR', 'NBC'])}", " (Irizar i4, 55 plazas)")
    d.line("Conductor: ", (drv.full, PER), " (", (es_mobile(), PHO), ") · Monitora: ", (mon.short, PER), " (",
           (es_mobile(), PHO), ")")
    d.line("Contrato ", (f"CT-{R.randrange(2024, 2027)}-{R.randrange(10, 999):03d}", CID), " · curso 2026/27")
    d.line("")
    d.line("Parada;Hora;Alumno/a;Curso;Persona que recoge;Teléfono")
    stops = ["Plaza de España", "Rotonda de la Estación", "Polideportivo Municipal", "Centro de Salud (frente a la farmacia)",
             "Gasolinera Repsol", "Iglesia de San José", "Mercado de Abastos"]
    stops = stops + [f"{es_street(rk)} (marquesina)" for _ in range(3)]
    R.shuffle(stops)
    t0 = R.randrange(7 * 60 + 30, 8 * 60)
    for i in range(5):
        mo, fa, kids, origin = fam(rk, 1)
        k = kids[0]
        p = pick([mo, fa, mo])
        t = t0 + 6 * i
        hora = f"{t // 60}:{t % 60:02d}"
        if i == 2:
            addr, _ = es_address(rk, with_town=False)
            stop = [(addr, ADR), " (recogida en domicilio – silla de ruedas)"]
        else:
            stop = [stops[i]]
        kn = k.inv.upper() if chance(0.5) else k.full
        who = p.full if chance(0.6) else f"{p.first} ({parent_word(p)})"
        if who == p.full:
            who_items = [(p.full, PER)]
        else:
            who_items = [(p.first, PER), f" ({parent_word(p)})"]
        d.line(*stop, ";", hora, ";", (kn, PER), ";", curso(), ";", *who_items, ";", (parent_phone(p), PHO))
    d.line("")
    d.line("Incidencias: avisar a la central de ", (pick(CONTRACTOR_SHORT), ORG), " en el ", (es_land(rk), PHO),
           " o a ", (f"rutas@{CONTRACTOR_DOM}", EML), ". No se entregará a ningún menor a personas no "
           "autorizadas.")
    return d


ALLERG = [("Proteína de leche de vaca (APLV)", "Sin lácteos. Bebida de avena."),
          ("Huevo", "Menú sin huevo. Revisar rebozados."),
          ("Frutos secos", "Adrenalina autoinyectable (Altellus) en secretaría."),
          ("Celiaquía", "Menú sin gluten, pan aparte."),
          ("Pescado y marisco", "Sustituir por pollo."),
          ("Legumbres (lenteja)", "Menú alternativo día de legumbre."),
          ("Sin cerdo (motivo religioso)", "Sustituir por pavo/ternera."),
          ("Kiwi y melocotón", "Fruta alternativa: plátano.")]


def es_alergias():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"] + reg_["nurseries"])
    coord = es_local(rk, "f")
    d.line("COMEDOR ESCOLAR – ", (school.upper(), ORG), " – LISTADO DE ALERGIAS E INTOLERANCIAS (actualizado ", num_date(), ")")
    d.line("Empresa: ", (CONTRACTOR, ORG), " · Responsable de cocina: ", (coord.full, PER), " · ", (es_mobile(), PHO))
    d.line("")
    d.line('"APELLIDOS, NOMBRE";CURSO;ALERGIA/INTOLERANCIA;PROTOCOLO;CONTACTO URGENCIA')
    al = list(ALLERG)
    R.shuffle(al)
    for i in range(5):
        mo, fa, kids, origin = fam(rk, 1)
        k = kids[0]
        a, prot = al[i]
        if origin == "ma" and chance(0.6):
            a, prot = ALLERG[6]
        p = pick([mo, mo, fa])
        kn = f"{k.sur.upper()}, {k.given}"
        d.line('"', (kn, PER), '";', curso(), ";", a, ";", prot, ";", (p.first, PER), f" ({parent_word(p)}) ",
               (parent_phone(p), PHO))
    d.line("")
    mon = es_local(rk)
    d.line("Nota: ", (mon.first, PER), " (monitor" if mon.sex == "m" else " (monitora", " del 2º turno) tiene copia plastificada. Recordad que la "
           "Nutella y el Colacao del desayuno llevan trazas. Dudas: ", (f"calidad@{CONTRACTOR_DOM}", EML))
    return d


def es_beca():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    mo, fa, kids, origin = fam(rk, pick([2, 2, 3]))
    app = pick([mo, fa])
    other = fa if app is mo else mo
    town, cp = es_place(rk)
    d.line("SOLICITUD DE AYUDA DE COMEDOR ESCOLAR Y LIBROS – CURSO 2026-2027")
    d.line((reg_["edu"], ORG), " / ", (council(rk, town), ORG))
    d.line("Código de solicitud: ", (f"BEC-{R.randrange(2026, 2027)}-{R.randrange(10000, 99999)}", CID))
    d.line("")
    d.line("1. DATOS DEL SOLICITANTE")
    dt, did = adult_id_es(app)
    d.line("Nombre: ", (app.given, PER), "    Apellidos: ", (app.sur, PER))
    d.line(dt, ": ", (did, NID))
    if chance(0.6):
        d.line("NUSS (si trabaja por cuenta ajena): ", (nuss(), NID))
    addr, _ = es_address(rk, town=town)
    d.line("Domicilio: ", (addr, ADR))
    d.line("Teléfono: ", (parent_phone(app), PHO), "    Correo: ", (es_email(app), EML))
    d.line("")
    d.line("2. ALUMNOS/AS PARA LOS QUE SE SOLICITA")
    for k in kids:
        c = pick(reg_["schools"] + reg_["nurseries"])
        d.line("- ", (k.full, PER), " – ", (c, ORG), " – ", curso())
    d.line("")
    d.line("3. OTROS MIEMBROS DE LA UNIDAD FAMILIAR")
    dt2, did2 = adult_id_es(other)
    d.line("- ", (other.full, PER), " – ", "cónyuge/pareja", " – ", dt2, " ", (did2, NID))
    if chance(0.5):
        ab = person(origin, "f")
        if origin in ("es", "eu", "ca", "gl", "ic"):
            d.line("- ", (ab.full, PER), " – abuela – DNI ", (dni(), NID))
        else:
            d.line("- ", (ab.full, PER), " – abuela – pasaporte ", (foreign_passport(origin), NID),
                   " (sin documento español todavía)")
    d.line("")
    d.line("4. SITUACIÓN ECONÓMICA: renta 2025 de la unidad familiar: ", f"{R.randrange(6, 22)}.{R.randrange(100, 999)} €",
           "; perceptores del Ingreso Mínimo Vital: ", pick(["SÍ", "NO"]))
    d.line("")
    bank_code, bank_name = pick(ES_BANKS)
    d.line("5. DATOS BANCARIOS: IBAN ", (es_iban(bank_code), IBN), "   Entidad: ", (bank_name, ORG))
    d.line("")
    ts = es_local(rk, "f")
    d.line("Informe social adjunto, firmado por ", (ts.full, PER), " (trabajadora social, ", (council(rk, town), ORG), ").")
    d.line("En ", town, ", a ", es_date(), ". Firma del solicitante: ", (app.short, PER))
    return d


def es_ampa():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    ampa = "AMPA " + pick(["Los Almendros", "La Colmena", "Arco Iris", "Ilusión", "El Roble", "Xirimiri", "A Lúa",
                           "Sol y Luna", "Els Til·lers"])
    pres, tes, sec = es_local(rk, "f"), es_local(rk, "m"), es_local(rk)
    voc = [fam(rk, 1)[0] for _ in range(2)]
    exc = [es_local(rk) for _ in range(2)]
    d.line("ACTA DE LA ASAMBLEA GENERAL ORDINARIA – ", (ampa, ORG))
    d.line((school, ORG), " · ", es_date(), " · 17:30 h · biblioteca del centro")
    d.line("")
    d.line("Asistentes: ", (pres.full, PER), " (presidenta), ", (tes.full, PER), " (tesorero), ", (sec.full, PER),
           " (secretaría), vocales ", (voc[0].full, PER), " y ", (voc[1].short, PER), ", y 23 familias.")
    d.line("Excusan asistencia: ", (exc[0].full, PER), ", ", (exc[1].short, PER), ".")
    d.line("")
    d.line("Orden del día y acuerdos:")
    d.line("1. Lectura y aprobación del acta anterior. Se aprueba por unanimidad.")
    bank_code, bank_name = pick(ES_BANKS)
    d.line("2. Cuotas: se mantiene la cuota de 20 € por familia. Ingreso en la cuenta de ", (bank_name, ORG), " ",
           (es_iban(bank_code), IBN), " indicando nombre del alumno/a. Número de socio: lo asigna ", (tes.first, PER),
           " (ej. ", (f"AMPA-{R.randrange(1, 400):04d}", CID), ").")
    d.line("3. Fiestas: se organiza ", FESTIVE[rk], " y la fiesta de fin de curso. Voluntarios: ", (voc[0].first, PER),
           " y ", (person("ma", "f").full if chance(0.5) else person("ro", "m").full, PER), ".")
    aca = pick(ACADEMIES)
    rep = es_local(rk)
    d.line("4. Extraescolares: ", (aca, ORG), " presenta oferta de robótica y ajedrez; su coordinador, ",
           (rep.full, PER), ", deja su contacto: ", (es_mobile(), PHO), ".")
    d.line("5. Ruegos y preguntas: ", (voc[1].first, PER), " pregunta por los retrasos del autobús de ",
           (pick(CONTRACTOR_SHORT), ORG), "; la presidenta escribirá a ", (council(rk, es_place(rk)[0]), ORG), ".")
    d.line("")
    d.line("Sin más asuntos, se levanta la sesión a las 19:05.")
    d.line("Contacto: ", (f"ampa.{slug(ampa[5:])[:12]}@{pick(['gmail.com', 'outlook.es'])}", EML), " · ",
           (pres.first, PER), " ", (es_mobile(), PHO))
    d.line("Vº Bº la presidenta: ", (pres.full, PER), "     La secretaría: ", (sec.full, PER))
    return d


def es_wa_profes():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    profs = [es_local(rk) for _ in range(4)]
    names = [pick([p.first, p.short, p.nick, f"{p.first} {p.s1}"]) for p in profs]
    day = f"{R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/26"
    ts = sorted_times(11, 7, 16)
    kid_a = fam(rk, 1)[2][0]
    kid_b = fam(rk, 1)
    kb = kid_b[2][0]
    newp = es_local(rk, "f")
    newnum = es_mobile(2)

    def m(i, *items):
        d.line(day, ", ", ts[i], " - ", *items)

    d.line("Chat de WhatsApp con Claustro ", (school, ORG))
    d.line("")
    m(0, "Los mensajes y las llamadas están cifrados de extremo a extremo.")
    m(1, (names[0], PER), ": Buenos días!! Hoy falta ", (kid_a.first, PER), " de ", curso()[:2], ", ha avisado la madre")
    m(2, (names[1], PER), ": Ok. Yo cubro la guardia de 3ª hora")
    m(3, (names[0], PER), " añadió a ", (newnum, PHO))
    m(4, (newnum, PHO), ": Hola a todas! Soy ", (newp.full, PER), ", la sustituta de ", (profs[2].first, PER),
      " en Infantil 5 años 😊")
    m(5, (names[2], PER), ": Bienvenida ", (newp.first, PER), "!! Las claves del ", pick(["Raíces", "iPasen", "Itaca", "Abalar"]),
      " te las da ", (profs[3].first, PER), " en secretaría")
    m(6, (names[3], PER), ": Recordad que el autobús de ", (pick(CONTRACTOR_SHORT), ORG),
      " sale a las 15:00 por la obra de la calle")
    m(7, (names[1], PER), ": La madre de ", (kb.short, PER), " pide tutoría, su móvil es ", (parent_phone(kid_b[0]), PHO))
    m(8, (names[2], PER), ": <Multimedia omitido>")
    m(9, (names[0], PER), ": Ojo que ", (kb.first.lower(), PER), " no puede comer melocotón, lo han puesto en el menú")
    m(10, (names[3], PER), ": Avisado a cocina 👍 el jueves es San José, no hay clase")
    return d


def es_wa_familias():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"] + reg_["nurseries"])
    fams = [fam(rk, 1) for _ in range(4)]
    parents = [pick([f[0], f[0], f[1]]) for f in fams]
    tut = es_local(rk, "f")
    day = f"{R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/26"
    ts = sorted_times(10, 17, 22, secs=True)
    unk = parent_phone(parents[3])
    label = [pick([p.first, p.short, f"{p.first} mamá {fams[i][2][0].first}" if p.sex == "f" else p.short])
             for i, p in enumerate(parents)]

    def snd(i):
        p = parents[i]
        lab = label[i]
        if " mamá " in lab:
            return [(p.first, PER), " mamá ", (fams[i][2][0].first, PER)]
        return [(lab, PER)]

    def m(i, who, *items):
        d.line("[", day, ", ", ts[i], "] ", *who, ": ", *items)

    d.line("Grupo \"Familias ", pick(["1ºA", "3ºB", "Infantil 4 años", "2º EP", "5ºA", "Pollitos"]), " – ", (school, ORG), "\"")
    m(0, snd(0), "Alguien sabe si mañana hay que llevar el disfraz? 🎭")
    m(1, snd(1), "Sí, lo dijo ", (tut.first, PER), " en el Classroom. De lo que quieran")
    m(2, [(unk, PHO)], "Hola, soy la mamá de ", (fams[3][2][0].full, PER), ", me acaban de meter en el grupo 🙋‍♀️")
    m(3, snd(0), "Bienvenida! Qué tal ", (fams[3][2][0].first, PER), "?")
    m(4, snd(2), "‎imagen omitida")
    m(5, snd(2), "La lista de regalos para ", (tut.first, PER), ", ponemos 5 € cada familia en el Bizum de ",
      (parents[2].first, PER), ": ", (es_mobile(), PHO))
    m(6, snd(1), pick(["Chévere, yo lo mando mañana", "Dale, mi amor", "Vale!! gracias", "Perfecto, moltes gràcies"]))
    m(7, [(unk, PHO)], "Disculpen, el autobús de ", (pick(CONTRACTOR_SHORT), ORG), " para en la rotonda o en la farmacia?")
    mon = es_local(rk)
    m(8, snd(0), "En la rotonda. Si no, llama a ", (mon.short, PER), " (el monitor)" if mon.sex == "m" else " (la monitora)")
    m(9, [(unk, PHO)], "Gracias!! 😘")
    return d


def es_hilo_homologacion():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    dom = school_domain(school)
    origin = pick(["ve", "cu", "hn", "bo", "py", "ec"])
    mo, fa, kids = family(origin, 1)
    k = kids[0]
    p = pick([mo, mo, fa])
    sec = es_local(rk)
    sch_mail = f"secretaria@{dom}"
    pmail = es_email(p)
    town, _ = es_place(rk)
    d.line("Asunto: Re: Homologación de estudios de ", (k.first, PER))
    d.line("De: ", (p.full, PER), " <", (pmail, EML), ">")
    d.line("Para: Secretaría ", (school, ORG), " <", (sch_mail, EML), ">")
    d.line("Fecha: ", es_date())
    d.line("")
    d.line("Buenas tardes, ", (sec.first, PER), ":")
    d.line("")
    d.line("Ya tengo el volante de inscripción condicional. Les paso mis datos otra vez porque el NIE todavía está en "
           "trámite (tengo cita en la ", (f"Oficina de Extranjería de {pick(['Madrid', 'Málaga', 'Barcelona', 'Bizkaia', 'Valencia', 'Las Palmas'])}", ORG),
           "): mi pasaporte es ", (foreign_passport(origin), NID), " y mi ", id_label_es(origin), " ",
           (latam_id(origin, p.sex), NID), ".")
    city = {"ve": "Caracas", "cu": "La Habana", "hn": "Tegucigalpa", "bo": "Santa Cruz", "py": "Asunción",
            "ec": "Guayaquil"}[origin]
    d.line("Mi número nuevo es ", (es_mobile(), PHO), "; el de ", city, " (",
           (foreign_mobile(origin), PHO), ") ya no lo uso.")
    if chance(0.6):
        ad, _ = es_address(rk)
        d.line("Les recuerdo que nos mudamos: ahora vivimos en ", (ad, ADR), ", por si tienen que mandar cartas.")
    d.line("")
    d.line(pick(["Mil gracias", "Muchas gracias, muy amable", "Gracias de antemano", "Dios les bendiga"]), ",")
    d.line((p.first, PER))
    d.line("")
    dd = rdate()
    d.line("El ", pick(ES_DAYS), ", ", str(dd[2]), " ", ES_MONTHS[dd[1] - 1][:3], " 2026 a las ", hhmm(9, 14),
           ", Secretaría ", (school, ORG), " (<", (sch_mail, EML), ">) escribió:")
    d.line("> Estimada familia ", (k.s1, PER), ":")
    d.line(">")
    d.line("> Para completar la matrícula de ", (k.full, PER), " en ", curso(), " necesitamos el volante de "
           "homologación del ", ("Ministerio de Educación, Formación Profesional y Deportes", ORG), " o, en su defecto, "
           "el volante de inscripción condicional.")
    d.line("> Pueden entregarlo en secretaría o llamar al ", (es_land(rk), PHO), ".")
    d.line(">")
    d.line("> Atentamente,")
    d.line("> ", (sec.full, PER))
    d.line("> Secretaría – ", (school, ORG))
    if chance(0.6):
        d.add("> ")
        lopd_footer(d, school)
    return d


def es_factura_academia():
    d = Doc("es")
    rk = rk_pick()
    aca = pick(ACADEMIES)
    mo, fa, kids, origin = fam(rk, pick([1, 2]))
    tit = pick([mo, fa])
    town, _ = es_place(rk)
    inv = f"F-{R.randrange(2026, 2027)}/{R.randrange(1, 999):04d}"
    d.line((aca.upper(), ORG))
    a, _ = es_address(rk, town=town)
    d.line((a, ADR))
    d.line("Tel. ", (es_land(rk), PHO), " · ", (f"administracion@{slug(aca)[:16]}.es", EML))
    d.line("")
    d.line("FACTURA Nº ", (inv, CID), "        Fecha: ", num_date())
    d.line("")
    dt, did = adult_id_es(tit)
    d.line("Cliente: ", (tit.full, PER), "        ", "NIF" if dt == "DNI" else dt, ": ", (did, NID))
    ha, _ = es_address(rk)
    d.line("Domicilio: ", (ha, ADR))
    d.line("Nº de cliente: ", (f"CL-{R.randrange(1000, 9999)}", CID))
    d.line("")
    d.line("Concepto\tImporte")
    for k in kids:
        d.line(pick(["Inglés B1 (Cambridge PET)", "Robótica LEGO Spike", "Repaso Matemáticas 2º ESO", "Lenguaje musical + piano",
                     "Ajedrez iniciación"]), " – ", (k.full, PER), " – ", pick(ES_MONTHS[:6]), " 2026\t",
               f"{R.randrange(35, 95)},00 €")
    d.line("Matrícula curso 2026/27\t25,00 €")
    d.line("")
    ib = es_iban()
    d.line("Forma de pago: domiciliación SEPA en ", (bank_of(ib), ORG), " – IBAN ", (ib, IBN))
    d.line("Referencia del mandato: ", (f"MND-{R.randrange(10**5, 10**6)}", CID))
    d.line("Profesora responsable: ", (es_local(rk, "f").short, PER), ". Las clases del día de ",
           pick(["San José", "Santiago", "la Inmaculada"]), " se recuperarán en ", pick(["mayo", "junio"]), ".")
    d.line("")
    lopd_footer(d, aca)
    return d


def es_extraescolares():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    ampa = "AMPA " + pick(["Los Almendros", "La Colmena", "Arco Iris", "Sol y Luna", "Txantxangorri", "O Souto"])
    coord = es_local(rk)
    d.line("Inscripciones extraescolares 2º trimestre – ", (school, ORG), " – gestiona ", (ampa, ORG))
    d.line("Actividad\tAlumno/a\tCurso\tMadre/Padre\tMóvil\tEmail\tPago")
    acts = [("Robótica", "Robótica Educativa Píxel S.L."), ("Judo", "Judo Club Hiru Haritz"), ("Inglés", "Academia Nova Idiomas"),
            ("Teatro", "Taller de Teatro La Chistera"), ("Ajedrez", "Club de Ajedrez Alfil Blanco"),
            ("Natación", "Escuela de Natación Delfín Azul")]
    R.shuffle(acts)
    for i in range(5):
        mo, fa, kids, origin = fam(rk, 1)
        p = pick([mo, fa])
        act, org = acts[i]
        items = [act, " (", (org, ORG), ")\t", (kids[0].full, PER), "\t", curso(), "\t", (p.full, PER), "\t",
                 (parent_phone(p), PHO), "\t"]
        items += [(es_email(p), EML)] if chance(0.8) else ["—"]
        items += ["\t", pick(["Recibo", "Bizum", "Pendiente", "Beca AMPA"])]
        d.line(*items)
    d.line("")
    d.line("Coordinación: ", (coord.full, PER), " (", (es_mobile(), PHO), "). Las plazas de Robótica se adjudican por "
           "sorteo el día de Reyes... perdón, el 7 de enero.")
    return d


def es_incidencia_comedor():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    mo, fa, kids, origin = fam(rk, 1)
    k = kids[0]
    mon1, mon2, cook, coord = es_local(rk, "f"), es_local(rk), es_local(rk, "f"), es_local(rk, "f")
    dire = es_local(rk)
    hosp = pick(reg_["health"])
    kind = R.randrange(3)
    serv = "COMEDOR ESCOLAR" if kind < 2 else "TRANSPORTE ESCOLAR"
    d.line("INFORME DE INCIDENCIA – SERVICIO DE ", serv)
    d.line("Empresa: ", (CONTRACTOR, ORG), "    Centro: ", (school, ORG))
    d.line("Nº de incidencia: ", (f"INC-{'COM' if kind < 2 else 'TRA'}-{R.randrange(2026, 2027)}-{R.randrange(1, 200):03d}", CID),
           "    Fecha: ", num_date(), "    Hora: ", hhmm(13, 15) if kind < 2 else hhmm(16, 18))
    d.line("")
    d.line("Alumno/a afectado/a: ", (k.full, PER), " (", curso(), ")")
    d.line("")
    o = "a" if k.sex == "f" else "o"
    if kind == 0:
        d.line("Descripción de los hechos: durante el segundo turno, ", (k.first, PER), " ingirió una galleta de otro "
               "compañero con trazas de frutos secos. La monitora ", (mon1.full, PER), " detectó la reacción (habones y tos), "
               "administró la adrenalina autoinyectable según protocolo y avisó a emergencias. ", (k.first, PER),
               f" fue trasladad{o} en ambulancia al ", (hosp, ORG), ".")
    elif kind == 1:
        d.line("Descripción de los hechos: en el patio, después de comer, ", (k.first, PER), " se cayó del tobogán y se "
               "hizo una brecha en la ceja. La monitora ", (mon1.full, PER), " le hizo la primera cura; por precaución se "
               "llevó ", "a la niña" if k.sex == "f" else "al niño", " al ", (hosp, ORG), " (tres puntos de aproximación).")
    else:
        d.line("Descripción de los hechos: a las 16:40 nadie acudió a recoger a ", (k.first, PER), " en la parada de ",
               es_street(rk), ". Según protocolo, ", (k.first, PER), " volvió en el autocar con la monitora ",
               (mon1.full, PER), " y se avisó a la ", (f"Policía Local de {es_place(rk)[0]}", ORG), ".")
    d.line("Se avisó a la ", parent_word(mo), ", ", (mo.full, PER), ", al ", (parent_phone(mo), PHO),
           ", que llegó a las ", hhmm(14, 16) if kind < 2 else hhmm(17, 19), ".")
    if chance(0.5):
        d.line("El padre, ", (fa.full, PER), ", llamó después desde el ", (parent_phone(fa), PHO), ".")
    d.line("Testigos: ", (mon2.full, PER), " (monitor/a) y ", (cook.full, PER), " (cocinera)." if kind < 2 else " (conductora).")
    d.line("")
    d.line("Medidas adoptadas: ", ["se revisa el listado de alergias y se prohíbe compartir comida traída de casa.",
                                  "se revisa el protocolo de patio y se refuerza la vigilancia en el segundo turno.",
                                  "se actualiza la hoja de personas autorizadas con la familia."][kind])
    d.line("")
    d.line("Firmado: ", (coord.full, PER), ", coordinadora de zona – ", (work_email(coord, CONTRACTOR_DOM, 2), EML))
    d.line("Copia a: Dirección del centro (", (dire.full, PER), ") y ", (reg_["edu"], ORG), ".")
    return d


def es_notas_secretaria():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    f1, f2, f3, f4 = fam(rk, 1), fam(rk, 1), fam(rk, 1), fam(rk, 1)
    k1, k2, k3, k4 = f1[2][0], f2[2][0], f3[2][0], f4[2][0]

    def lo(s):
        return fold(s).lower()

    def n_llamada():
        d.line("- ", pick(["lunes", "martes", "miercoles"]), ": llamo la madre de ", (lo(k1.short), PER), " (",
               curso()[:2], "b), dice q esta malo, vuelve el jueves. tlf ", (es_mobile(1), PHO))

    def n_abuela():
        d.line("- la abuela de ", (lo(k2.first), PER), " (", (lo(person(f2[3], 'f').first), PER), "?) viene a por ",
               "ella" if k2.sex == "f" else "el", " a las 12, esta autorizada?? mirar hoja recogida")

    def n_beca():
        d.line("- papa de ", (lo(k3.full), PER), " pregunta x beca libros, le digo q plazo hasta el 15. q le llamemos al ",
               (parent_phone(f3[1]).replace(" ", ""), PHO), " pq no entiende bien el correo")

    def n_devolver():
        d.line("- devolver llamada a sra ", (lo(f4[0].s1), PER), " (madre de ", (lo(k4.full), PER), ")")

    def n_factura():
        d.line("- pedir a ", (pick(["alborada", "autocares alborada"]), ORG), " factura marzo comedor (expte ",
               (f"{R.randrange(2026, 2027)}/{R.randrange(100, 999)}", CID), ")")

    def n_domicilio():
        a, _ = es_address(rk, with_town=False)
        d.line("- cambio domicilio fam. ", (lo(k1.s1), PER), ": ", (lo(a), ADR), " - actualizar en ",
               pick(["raices", "ipasen", "itaca", "abalar"]))

    def n_fotocop():
        d.line("- el de la fotocopiadora (", pick(["ricoh", "canon"]), ") viene el martes, avisar a ",
               (lo(es_local(rk).first), PER))

    def n_dni():
        d.line("- ", (lo(es_local(rk).first), PER), " dice q el dni de la madre de ", (lo(k2.first), PER), " es ",
               (dni(0) if f2[3] in ("es", "eu", "ca", "gl", "ic") else nie(0), NID), " (para el seguro escolar)")

    def n_iban():
        d.line("- domiciliacion comedor ", (lo(k3.first), PER), ": nuevo iban ", (es_iban(spaced=False), IBN),
               ", titular ", (lo(f3[0].full), PER))

    def n_mail():
        d.line("- reenviar circular excursion a ", (es_email(f4[1]), EML), " q no le llega (mirar spam)")

    def n_ss():
        d.line("- llamo servicios sociales ", (lo(council(rk, es_place(rk)[0])), ORG), ", pregunto x ", (lo(es_local(rk, 'f').short), PER),
               " (trab. social) - no esta, vuelve el lunes")

    notes = [n_llamada, n_abuela, n_beca, n_devolver, n_factura, n_domicilio, n_fotocop, n_dni, n_iban, n_mail, n_ss]
    R.shuffle(notes)
    d.line("notas secretaria - semana ", str(R.randrange(2, 40)))
    for fn in notes[:R.randrange(6, 9)]:
        fn()
    return d


def es_buzon_voz():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    nur = pick(reg_["nurseries"])
    d.line("Buzón de voz – ", (nur, ORG), " – transcripción automática")
    d.line("")
    order = [0, 1, 2, 3]
    R.shuffle(order)
    times = sorted_times(3, 7, 13)
    for i in range(3):
        mo, fa, kids, origin = fam(rk, 1)
        k = kids[0]
        lo = "la" if k.sex == "f" else "lo"
        p = pick([mo, fa])
        ph = parent_phone(p)
        r = order[i]
        d.line("Mensaje ", str(i + 1), " · ", times[i], " · ", (ph, PHO) if r != 2 else "número oculto")
        if r == 0:
            d.line("«Hola, buenos días, soy ", (p.first, PER), ", ", "la mamá" if p.sex == "f" else "el papá", " de ",
                   (k.full, PER), " del ", aula_infantil(), ". Hoy no va a ir que tiene fiebre desde anoche. Si necesitan "
                   "algo mi número es el ", (ph, PHO), ". Vale, gracias, adiós.»")
        elif r == 1:
            tia = person(origin, "f", surnames=list(p.surnames) if origin not in HISPANIC else None)
            dt, did = adult_id_es(tia)
            d.line("«Sí, hola, perdón, soy ", (p.full, PER), ", ", parent_word(p), " de ", (k.first, PER), ". Hoy ", lo,
                   " recoge su tía, ", (tia.full, PER), ", que tiene el ", dt, " ", (did, NID), ". Ella lleva la "
                   "autorización firmada. Gracias.»")
        elif r == 2:
            d.line("«Buenas, llamo de ", (pick(["Extintores Norte S.L.", "Limpiezas Brillo S.L.", CONTRACTOR]), ORG),
                   " por la revisión del ", pick(["jueves", "lunes"]), ". Pregunten por ", (es_local(rk).short, PER),
                   " en el ", (es_land(rk), PHO), ". Gracias.»")
        else:
            ab = person(origin, "f")
            d.line("«Buenas tardes, soy ", (ab.first, PER), ", la abuela de ", (k.first, PER), ". ", (p.first, PER),
                   " está trabajando y me dice que mañana ", lo, " llevo yo a las nueve y media, que tiene cita en el ",
                   (pick(reg_["health"]), ORG), ". Mi teléfono es el ", (es_mobile(), PHO), ".»")
        d.line("")
    d.line("Revisado por ", (es_local(rk, "f").first, PER), " (educadora) a las 9:10.")
    return d


def es_sms_rutas():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    mon = es_local(rk, "f")
    ruta = R.randrange(1, 9)
    d.line((CONTRACTOR, ORG), " – registro de SMS – Ruta ", str(ruta), " – ", (school, ORG), " – semana ", str(R.randrange(2, 40)))
    fams = [fam(rk, 1) for _ in range(3)]
    ps = [pick([f[0], f[1]]) for f in fams]
    phs = [parent_phone(p) for p in ps]
    day = num_date()
    ts = sorted_times(6, 7, 18)
    d.line(day, " ", ts[0], "  ENV → ", (phs[0], PHO), " (", (ps[0].full, PER), ")  «", (pick(CONTRACTOR_SHORT), ORG),
           ": la ruta ", str(ruta), " lleva 15 min de retraso por obras en la avenida. Disculpen.»")
    d.line(day, " ", ts[1], "  ENV → ", (phs[1], PHO), " (", (ps[1].full, PER), ")  mismo texto")
    d.line(day, " ", ts[2], "  ENV → ", (phs[2], PHO), " (", (ps[2].full, PER), ")  mismo texto")
    d.line(day, " ", ts[3], "  REC ← ", (phs[1], PHO), "  «soy ", "la madre" if ps[1].sex == "f" else "el padre",
           " de ", (fams[1][2][0].first, PER), ", hoy ", "la" if fams[1][2][0].sex == "f" else "lo",
           " recojo yo en el cole, no ", "la" if fams[1][2][0].sex == "f" else "lo", " dejen en la parada»")
    d.line(day, " ", ts[4], "  ENV → ", (phs[1], PHO), "  «Recibido. ", (mon.first, PER), ", monitora ruta ", str(ruta), "»")
    d.line(day, " ", ts[5], "  REC ← ", (es_mobile(), PHO), "  «BAJA»")
    d.line("Total enviados: 4 · Incidencia vinculada: ", (f"RT-{R.randrange(1000, 9999)}", CID))
    return d


def es_carta_absentismo():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    mo, fa, kids, origin = fam(rk, 1)
    k = kids[0]
    p = pick([mo, fa])
    tec, ts, conc = es_local(rk, "f"), es_local(rk, "f"), es_local(rk)
    town, cp = es_place(rk)
    d.line((council(rk, town), ORG))
    d.line("Concejalía de Educación – Programa de Prevención del Absentismo Escolar")
    d.line("Ref.: ", (f"ABS-{R.randrange(2026, 2027)}-{R.randrange(1, 999):04d}", CID))
    d.line("")
    d.line(p.title_es(), " ", (p.full, PER))
    addr, _ = es_address(rk, town=town, style=0)
    d.line((addr, ADR))
    d.line("")
    d.line(town, ", a ", es_date())
    d.line("")
    d.line("Asunto: citación por absentismo escolar de ", (k.full, PER))
    d.line("")
    d.line("Estimad", "a" if p.sex == "f" else "o", " ", p.title_es(), " ", (p.s1, PER), ":")
    d.line("")
    d.line("Le comunicamos que el ", (school, ORG), " nos ha informado de que su ", hijo(k), " ", (k.first, PER),
           " acumula ", str(R.randrange(18, 40)), " faltas sin justificar durante el segundo trimestre. Le citamos el próximo ",
           pick(["lunes", "miércoles"]), " a las 10:00 con la técnica de absentismo, ", (tec.full, PER),
           ", y la trabajadora social ", (ts.full, PER), ", en las dependencias municipales.")
    d.line("")
    d.line("Si no pudiera acudir, llame al ", (es_land(rk), PHO), " o escriba a ", (f"absentismo@{slug(town)[:14]}.es", EML),
           ". Le recordamos que la escolarización es obligatoria hasta los 16 años.")
    d.line("")
    d.line("Atentamente,")
    d.line("")
    d.line((conc.full, PER))
    d.line("Concejal" if conc.sex == "m" else "Concejala", " de Educación")
    return d


def es_opiniones():
    d = Doc("es")
    rk = rk_pick()
    aca = pick(ACADEMIES)
    owner = es_local(rk)
    d.line("Opiniones de Google – ", (aca, ORG), " – 4,6 ★")
    d.line("")
    revs = [fam(rk, 1) for _ in range(4)]
    order = [0, 1, 2, 3]
    R.shuffle(order)
    stars = {0: "★★★★★", 1: "★★★★☆", 2: "★★☆☆☆", 3: "★★★★★"}
    for i, f in zip(order, revs):
        p = pick([f[0], f[1]])
        k = f[2][0]
        d.line(stars[i], " ", (f"{p.first} {p.s_initial}.", PER), " · ",
               pick(["hace 2 semanas", "hace un mes", "hace 3 meses", "hace 5 días"]))
        prof = es_local(rk)
        if i == 0:
            d.line("Mi ", hijo(k), " ", (k.first, PER), " lleva dos años con ", (prof.first, PER), " y ha aprobado el B1. "
                   "Muy recomendable.")
        elif i == 1:
            d.line("Bien, pero la sala de espera es pequeña. ", (prof.short, PER), " explica genial.")
        elif i == 2:
            d.line("Nos cobraron dos veces el recibo de marzo y nadie responde al teléfono.")
            d.line("↳ Respuesta del propietario: Hola ", (p.first, PER), ", sentimos la molestia. Escríbenos a ",
                   (f"hola@{slug(aca)[:16]}.es", EML), " o llama al ", (es_mobile(), PHO), " y lo revisamos. Un saludo, ",
                   (owner.first, PER), ".")
        else:
            d.line("A ", (k.first, PER), " le encanta la robótica. Mejor que el campamento de ", (pick(ACADEMIES), ORG), ".")
        d.line("")
    return d


def es_reenvio_beca():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    school = pick(reg_["schools"])
    mo, fa, kids, origin = fam(rk, 1)
    k = kids[0]
    p = pick([mo, fa])
    tut = es_local(rk, "f")
    pmail = es_email(p)
    dom = school_domain(school)
    exp = f"EXP-BEC-{R.randrange(2026, 2027)}-{R.randrange(10000, 99999)}"
    d.line("De: ", (p.full, PER), " <", (pmail, EML), ">")
    d.line("Para: ", (tut.full, PER), " <", (work_email(tut, dom, 2), EML), ">")
    d.line("Asunto: RV: Resolución provisional ayudas de comedor")
    d.line("")
    d.line("Hola ", (tut.first, PER), ", te reenvío lo de la beca de ", (k.first, PER), ". No entiendo si me la dan o no, "
           "¿me podéis ayudar en secretaría? Mi móvil es el ", (parent_phone(p), PHO), ".")
    d.line("Gracias, ", (p.first, PER))
    d.line("")
    d.line("---------- Mensaje reenviado ---------")
    d.line("De: ", (reg_["edu"], ORG), " <", (f"notificaciones@{reg_['domain']}", EML), ">")
    d.line("Fecha: ", es_date())
    d.line("Asunto: Resolución provisional ayudas de comedor – expediente ", (exp, CID))
    d.line("Para: ", (pmail, EML))
    d.line("")
    dt, did = adult_id_es(p)
    d.line("Estimado/a ", (p.full, PER), " (", dt, " ", (did, NID), "):")
    d.line("")
    d.line("Le comunicamos que su solicitud ", (exp, CID), " para ", alumno(k), " ", (k.full, PER), " matriculad",
           "a" if k.sex == "f" else "o", " en el ", (school, ORG), " figura como ", pick(["CONCEDIDA (100 %)", "CONCEDIDA (50 %)",
                                                                                       "EXCLUIDA – falta documentación"]),
           " en el listado provisional. Dispone de 10 días hábiles para presentar alegaciones en la sede electrónica.")
    d.line("")
    d.line("Este mensaje se ha generado automáticamente; no responda a esta dirección.")
    return d


def es_recogida():
    d = Doc("es")
    rk = rk_pick()
    reg_ = ES_REGIONS[rk]
    nur = pick(reg_["nurseries"] + reg_["schools"])
    mo, fa, kids, origin = fam(rk, 1)
    k = kids[0]
    edu = es_local(rk, "f")
    town, _ = es_place(rk)
    d.line("AUTORIZACIÓN DE RECOGIDA DE MENORES – ", (nur, ORG))
    d.line("Niño/a: ", (k.inv.upper() if chance(0.5) else k.full, PER), " · Aula: ", aula_infantil())
    d.line("")
    d.line("Personas autorizadas:")
    ab = person(origin, "f")
    vec = es_local(rk, "f")
    rows = [(mo, "madre"), (ab, "abuela"), (vec, "vecina")]
    if chance(0.5):
        rows.insert(1, (fa, "padre"))
    for i, (p, rel) in enumerate(rows, 1):
        dt, did = adult_id_es(p)
        d.line(f"{i}. ", (p.full, PER), f" ({rel}) – {dt} ", (did, NID), " – tel. ", (parent_phone(p), PHO))
    d.line("")
    if chance(0.4):
        d.line("OBSERVACIONES: la persona ", (fa.full, PER) if len(rows) == 3 else (person(origin, "m").full, PER),
               " NO está autorizada por resolución del ", (f"Juzgado de Primera Instancia nº {R.randrange(1, 9)} de {town}", ORG), ".")
    else:
        d.line("OBSERVACIONES: los martes recoge la vecina a las 13:00; el resto de días, comedor hasta las 16:00.")
    d.line("")
    d.line("Fdo.: ", (mo.full, PER), "        Recibido: ", (edu.first, PER), " (educadora) – ", num_date())
    return d


ES_TEMPLATES = [es_circular, es_matricula, es_justificante, es_tutoria, es_ruta, es_alergias, es_beca, es_ampa,
                es_wa_profes, es_wa_familias, es_hilo_homologacion, es_factura_academia, es_extraescolares,
                es_incidencia_comedor, es_notas_secretaria, es_buzon_voz, es_sms_rutas, es_carta_absentismo,
                es_opiniones, es_reenvio_beca, es_recogida]


# ----------------------------------------------------------------------------
# BUILD, SELF-CHECK, WRITE
# ----------------------------------------------------------------------------

DOCS_PER_LANG = 60


def build():
    docs = []
    for lang, templates in (("en", EN_TEMPLATES), ("es", ES_TEMPLATES)):
        sched = list(templates) * 3
        R.shuffle(sched)
        sched = sched[:DOCS_PER_LANG]
        for i, fn in enumerate(sched):
            d = fn()
            text = d.text()
            docs.append({
                "id": f"d17-{lang}-{i:03d}",
                "text": text,
                "lang": lang,
                "spans": [{"start": a, "end": b, "label": lab} for a, b, lab in d.spans],
                "_kind": fn.__name__,
            })
    return docs


def _dni_ok(s):
    c = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", c)
    if m:
        return DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", c)
    if m:
        return DNI_LETTERS[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)
    return None


def _check_id(s, scheme):
    c = re.sub(r"[\s.\-/]", "", s).upper()
    if scheme in ("DNI", "NIE"):
        return _dni_ok(s) is True
    if scheme == "NUSS":
        return len(c) == 12 and int(c[:10]) % 97 == int(c[10:])
    if scheme == "NINO":
        return (re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c) is not None and c[0] in NINO_A and c[1] in NINO_B
                and c[:2] not in NINO_BAD)
    if scheme in ("NHS", "CHI"):
        return len(c) == 10 and c.isdigit() and _mod11_tail(c[:9]) == int(c[9])
    if scheme == "EC_CEDULA":
        if not (len(c) == 10 and c.isdigit() and 1 <= int(c[:2]) <= 24 and int(c[2]) < 6):
            return False
        tot = 0
        for i, x in enumerate(c[:9]):
            y = int(x) * (2 if i % 2 == 0 else 1)
            tot += y - 9 if y > 9 else y
        return (10 - tot % 10) % 10 == int(c[9])
    if scheme == "RO_CNP":
        c2 = sum(int(a) * int(b) for a, b in zip(c[:12], "279146358279")) % 11
        return len(c) == 13 and (1 if c2 == 10 else c2) == int(c[12])
    if scheme == "CN_ID":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return len(c) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(c[:17], w)) % 11] == c[17]
    if scheme == "VE_CEDULA":
        return re.fullmatch(r"V\d{7,8}", c) is not None
    if scheme == "CU_CI":
        return re.fullmatch(r"\d{11}", c) is not None
    if scheme == "BO_CI":
        return re.fullmatch(r"\d{7,8}[A-Z]{2}", c) is not None
    if scheme == "PY_CI":
        return re.fullmatch(r"\d{7}", c) is not None
    if scheme == "HN_DNI":
        return re.fullmatch(r"\d{13}", c) is not None
    if scheme == "MA_CIN":
        return re.fullmatch(r"[A-Z]{1,2}\d{5,6}", c) is not None
    if scheme == "BRP":
        return re.fullmatch(r"[A-Z]{2}\d{7}", c) is not None
    if scheme == "PASSPORT":
        return re.fullmatch(r"[A-Z]{0,3}\d{6,9}", c) is not None
    return False


def pool_sizes():
    given = []
    for lst in (ES_F, ES_F_COMPOUND, ES_M, ES_M_COMPOUND, EU_F, EU_M, CA_F, CA_M, GL_F, GL_M, CN_F_CANARY, CN_M_CANARY,
                CU_F, CU_M, VE_F, VE_M, EC_F, EC_M, BO_F, BO_M, PY_F, PY_M, HN_F, HN_M, MA_F, MA_M, RO_F, RO_M, ZH_F,
                ZH_M, UK_F, UK_M, CY_F, CY_M, SC_F, SC_M, IE_F, IE_M, NG_F, NG_M, GH_F, GH_M, PL_F, PL_M, PT_F, PT_M,
                PK_F, PK_M, SO_F, SO_M, VN_F, VN_M, PH_F, PH_M, GR_F, GR_M, TR_F, TR_M):
        given += lst
    sur = []
    for lst in (ES_S, ES_S_PARTICLE, CN_S_CANARY, EU_S, CA_S, GL_S, LA_S, MA_S, RO_S, ZH_S, UK_S, UK_S_DOUBLE, CY_S,
                SC_S, IE_S, NG_S, GH_S, PL_S, PT_S, PK_S, SO_S, VN_S, PH_S, GR_S, TR_S):
        sur += lst
    return len(set(given)), len(set(sur))


def self_check(docs):
    errors = []
    warn = []
    counts = {lang: {lab: 0 for lab in LABELS} for lang in ("en", "es")}
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for lang in ("en", "es"):
        n = sum(1 for d in docs if d["lang"] == lang)
        if n != DOCS_PER_LANG:
            errors.append(f"{lang}: {n} docs")
    for d in docs:
        t = d["text"]
        prev = 0
        for sp in d["spans"]:
            a, b, lab = sp["start"], sp["end"], sp["label"]
            s = t[a:b]
            if lab not in LABELS:
                errors.append(f"{d['id']}: bad label {lab}")
            if not (0 <= a < b <= len(t)):
                errors.append(f"{d['id']}: bad offsets {sp}")
            if a < prev:
                errors.append(f"{d['id']}: overlap/unsorted at {a}")
            prev = b
            if s != s.strip() or not s:
                errors.append(f"{d['id']}: whitespace in span {s!r}")
            if lab == IBN and not iban_ok(s):
                errors.append(f"{d['id']}: bad IBAN {s}")
            if lab == NID:
                sch = ID_SCHEME.get(s)
                if sch is None or not _check_id(s, sch):
                    errors.append(f"{d['id']}: bad national id {s} ({sch})")
                if _dni_ok(s) is False:
                    errors.append(f"{d['id']}: DNI/NIE letter wrong {s}")
            counts[d["lang"]][lab] += 1
        # every labelled value that re-occurs in the same text must be covered by a span there too
        covered = [False] * len(t)
        for sp in d["spans"]:
            for i in range(sp["start"], sp["end"]):
                covered[i] = True
        seen = []
        for sp in d["spans"]:
            s = t[sp["start"]:sp["end"]]
            if s in seen or (sp["label"] == PER and len(s) < 4):
                continue
            seen.append(s)
            for m in re.finditer(re.escape(s), t):
                lo, hi = m.start(), m.end()
                if lo > 0 and t[lo - 1].isalnum() or hi < len(t) and t[hi].isalnum():
                    continue
                if not any(covered[lo:hi]):
                    warn.append(f"{d['id']}: unlabelled repeat of {sp['label']} {s!r}")
    n_sp = [len(d["spans"]) for d in docs]
    n_ch = [len(d["text"]) for d in docs]
    avg = sum(n_sp) / len(n_sp)
    if not 12 <= avg <= 20:
        errors.append(f"average spans per doc {avg:.1f}")
    g, s = pool_sizes()
    if g < 600 or s < 600:
        errors.append(f"name pools too small: {g} given, {s} surnames")
    return errors, warn, counts, (avg, min(n_sp), max(n_sp), sum(n_ch) / len(n_ch), min(n_ch), max(n_ch), g, s)


def generate():
    """The rows of pii_dev17.jsonl, as written (the tests compare them with the committed file)."""
    R.setstate(_START)  # the generator as it stood when the module was loaded: the same rows on every call
    return [{"id": d["id"], "text": d["text"], "lang": d["lang"], "spans": d["spans"]} for d in build()]


def main(out=None):
    out = Path(out) if out else Path(__file__).with_name("pii_dev17.jsonl")
    docs = build()
    errors, warn, counts, stats = self_check(docs)
    for w in warn:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            rec = {"id": d["id"], "text": d["text"], "lang": d["lang"], "spans": d["spans"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {out}")
    print(f"{'label':<12} {'en':>5} {'es':>5} {'total':>6}")
    for lab in LABELS:
        print(f"{lab:<12} {counts['en'][lab]:>5} {counts['es'][lab]:>5} {counts['en'][lab] + counts['es'][lab]:>6}")
    te, ts = sum(counts["en"].values()), sum(counts["es"].values())
    print(f"{'TOTAL':<12} {te:>5} {ts:>5} {te + ts:>6}")
    avg, mn, mx, ach, mnc, mxc, g, s = stats
    print(f"spans/doc avg {avg:.1f} (min {mn}, max {mx}); chars/doc avg {ach:.0f} (min {mnc}, max {mxc}); "
          f"name pools: {g} given names, {s} surnames")


_START = R.getstate()  # after the module-level draws, before any document

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
