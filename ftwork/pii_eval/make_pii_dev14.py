"""make_pii_dev14.py - hand-built labelled PII test set no. 14 (English + Spanish legal/immigration documents).

PROVENANCE
    Built 2026-12-04 by a separate author given only the label conventions and the domains; the author did not
    read the detector, its tests, docs, data samples or any other pii_*.jsonl / make_pii_*.py file.
    Every name pool, address pool, company pool, reference format and template below was written by hand for
    this file.  Python standard library only; no Faker, no network.

DOMAINS
    1. "Lozano Benhaddou Abogados, S.L.P." - immigration and employment law firm with offices in Madrid,
       Valencia and Barcelona.  Clients from Venezuela, Colombia, Ecuador, Honduras, Argentina, Peru, Morocco
       and Ukraine: arraigo (sociolaboral, social, socioformativo, familiar, segunda oportunidad) and residence
       files, NIE/TIE fingerprint appointments, labour claims (papeletas de conciliación, Juzgado de lo Social),
       family reunification.  Spanish documents, plus English documents written for foreign clients.
    2. "Ashdown Mensah Solicitors LLP" - UK immigration adviser / solicitors' practice in London, Leeds,
       Bristol and Belfast.  Clients from Nigeria, Ghana, India, Pakistan, Bangladesh, Poland, Romania, the
       Philippines and Brazil: Skilled Worker / partner / ILR applications, Home Office (UKVI) correspondence,
       sponsor-licence compliance, Employment Tribunal and Northern Ireland Industrial Tribunal claims.
       English documents.

DOCUMENT KINDS (44 templates, each with random variation)
    Spanish: e-mail with quoted reply and signature; WhatsApp Android export (fingerprint appointment);
    WhatsApp iOS group export (family reunification); semicolon CRM export with split name columns;
    engagement letter (hoja de encargo); hurried lower-case CRM notes without accents; voicemail
    transcripts; coordination-meeting minutes with attendees and apologies; ALL-CAPS papeleta de
    conciliación; written submission to the Oficina de Extranjería; fee note (minuta); complaint form;
    internal chat channel with @handles; "APELLIDOS, Nombre" appointment agenda; SMS log; Google reviews
    signed "Nombre X."; forwarded job-offer e-mail; ALL-CAPS client intake card (father's/mother's name);
    tab-separated labour-claims sheet; NGO course certificate.
    English (UK): client e-mail with quoted reply; UKVI request-for-information letters; sponsor HR e-mail
    listing sponsored workers; ALL-CAPS ET1 summary; WhatsApp Android and iOS exports; comma CSV of matters;
    practice-meeting minutes; voicemail transcripts; SMS log; reviews; invoice; complaint form; Teams chat;
    lower-case case notes; forwarded landlord letter; "SURNAME, Forename" legal-clinic list; letter before
    claim; tab-separated CoS tracker; letter to the NI Industrial Tribunals.
    English (Spanish firm): reunification e-mail, intake form, WhatsApp chat, fee quote.

LABELLING CHOICES
    Spans are recorded while the text is assembled (Doc.add with (text, LABEL) tuples), never by searching.
    PERSON  every private person as written: full names with two given names and two surnames, particles
            (de la, del, de los, da, dos), hyphenated / double-barrelled names, Filipino middle initials
            ("Cherry C. Pangilinan"), given name alone, surname alone after a title (title Mr/Ms/Sra./Dña./D. not in
            the span), initials attached to a surname ("T. Wróbel"), ALL CAPS, lower case, "SURNAME, Given" as
            one span, split CSV columns (surname cell and forename cell are separate spans), chat sender
            columns, user handles that are names ("m.iglesias", "@laia.rovira" -> span without "@"), staff of
            both firms, reviewers "Yesica G.", a misspelt surname quoted from a certificate.
    ORG     companies, banks, insurers, NGOs, courts, tribunals, consulates, police stations, councils,
            public bodies (Home Office, UKVI, HMRC, ACAS, SEPE, Tesorería General de la Seguridad Social,
            Oficina de Extranjería de ...), with or without legal suffix, also in lower case in notes ("smac",
            "acas") and ALL CAPS.  Person names inside a business name stay inside the ORG span
            ("Talleres Mecánicos Quispe e Hijos S.L.", "Lozano Benhaddou Abogados", "Kowalski Builders Ltd").
            WhatsApp sender suffixes such as "Oksana (LB Abogados)" give PERSON + ORG.
    ADDRESS street + number (+ flat/floor/building, postcode, town) as one span, including foreign
            addresses of relatives and addresses of public offices; "s/n" addresses count.
    CUSTOMER_ID firm file numbers, Extranjería file numbers, REGAGE registry numbers, appointment
            justificantes, modelo-790 fee receipts, court procedure numbers (autos, SMAC refs), invoice and
            fee-note numbers, insurance policy numbers, GWF / UAN / Home Office / IHS references, CoS numbers,
            ET / NI tribunal case numbers, ACAS certificate numbers, appeal numbers, Life in the UK refs,
            payroll numbers, complaint references.
    PHONE   any national/international format.      EMAIL  every address, including generic firm mailboxes.
    IBAN    ES (with valid Spanish control digits), GB, PL, RO; always valid mod-97, spaced or compact.
    NATIONAL_ID DNI, NIE (valid letters), NUSS (valid mod-97 check), UK NI numbers (valid prefixes), NHS
            numbers (mod 11), passports, old BRP numbers, Venezuelan/Colombian cédulas, Ecuadorian cédula
            (mod 10), Honduran DNI, Argentine DNI and CUIL (mod 11), Peruvian DNI, Moroccan CIN, Ukrainian
            RNOKPP (checksum), Aadhaar (Verhoeff), Pakistani CNIC, Bangladeshi NID, Nigerian NIN, PESEL,
            Romanian CNP, Brazilian CPF (all check digits verified by self_check()).

LEFT UNLABELLED ON PURPOSE
    Dates, times, dates of birth, amounts, card endings, vehicle makes and plates ("Mercedes Vito ... 0315 MMG",
    "Ford Transit (registration WL21 THZ)"), towns/countries/districts alone (Valencia, Croydon, Reading,
    Bath, Ilford, Usera...), metro/rail stations, markets and street names without a number (Paral·lel,
    Aldgate East, Botanic, Mercado de Russafa, calle Princesa), named rooms and hearing centres (sala Lorca, the Baker Room, Taylor House,
    Field House), ID-type words (NIE, NHS number, CoS, eVisa), products and apps (WhatsApp, Teams), URLs,
    sponsor-management-system "SMS".  No company tax numbers, VAT numbers or sponsor-licence numbers are
    emitted at all.

COUNTS (this exact output; 120 documents, 60 "en" + 60 "es")
    label            en     es  total
    PERSON          458    477    935
    ORG             218    192    410
    ADDRESS          65     60    125
    CUSTOMER_ID     100     92    192
    PHONE            85    100    185
    EMAIL            72     50    122
    IBAN             11     10     21
    NATIONAL_ID      65    102    167
    ALL            1074   1083   2157
    spans per document: average 18.0 (min 10, max 30); text length: average 988 characters (min 429, max 1614)
    name pools: 1009 distinct given names, 847 distinct surnames.

DETERMINISM
    One random.Random(SEED=20261214) drives everything; no set iteration, no hash(), no time or environment
    input.  Output is byte-identical across runs and PYTHONHASHSEED values (checked with 1, 2, 99).

HOW TO RUN
    python3 make_pii_dev14.py                 # writes pii_dev14.jsonl beside this script
    python3 make_pii_dev14.py OTHER.jsonl     # writes elsewhere
    self_check() runs before writing: span text/whitespace, sorting, non-overlap, label set, e-mail and phone
    shape, IBAN mod-97, DNI/NIE letters and every other national-ID checksum, document counts, pool sizes and
    the average span count; it prints the table above.
"""

import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261214
NN = "14"
OUT_JSONL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_dev14.jsonl")

LABELS = ["PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL", "IBAN", "NATIONAL_ID"]

rng = random.Random(SEED)


def ch(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def digits(n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def letters(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def sample(seq, k):
    pool = list(seq)
    out = []
    for _ in range(min(k, len(pool))):
        out.append(pool.pop(rng.randrange(len(pool))))
    return out


# ---------------------------------------------------------------------------
# Given-name pools (written by hand for this set).  Each entry is one given
# name; a space inside an entry marks a compound used as a unit.
# ---------------------------------------------------------------------------
GIVEN = {
    "es": {
        "m": ["Antonio", "José", "Manuel", "Francisco", "Juan", "David", "Javier", "Daniel", "Carlos",
              "Jesús", "Alejandro", "Miguel", "Rafael", "Pedro", "Pablo", "Ángel", "Sergio", "Fernando",
              "Jorge", "Luis", "Alberto", "Álvaro", "Diego", "Adrián", "Raúl", "Enrique", "Ramón",
              "Vicente", "Iván", "Rubén", "Óscar", "Andrés", "Joaquín", "Santiago", "Víctor", "Eduardo",
              "Roberto", "Jaime", "Ignacio", "Marcos", "Hugo", "Mario", "Gonzalo", "Emilio", "Salvador",
              "Tomás", "Agustín", "Julián", "Nicolás", "Borja", "Íñigo", "Jordi", "Xavier", "Pau", "Marc",
              "Gerard", "Josep", "Vicent", "Ricardo", "Gabriel", "Martín", "Lorenzo", "Fermín",
              "Guillermo", "Arturo", "Benito", "Cristóbal", "Domingo", "Esteban", "Félix", "Gregorio",
              "Aitor", "Unai", "Xabier", "Nacho", "Quique", "Toni", "Chema", "Paco", "Pepe", "Manolo"],
        "f": ["María", "Carmen", "Ana", "Isabel", "Laura", "Lucía", "Cristina", "Marta", "Elena", "Pilar",
              "Dolores", "Rosa", "Teresa", "Paula", "Sara", "Raquel", "Beatriz", "Nuria", "Silvia",
              "Patricia", "Mercedes", "Rocío", "Montserrat", "Inmaculada", "Concepción", "Encarnación",
              "Amparo", "Consuelo", "Remedios", "Esperanza", "Alicia", "Irene", "Lorena", "Noelia", "Sonia",
              "Susana", "Yolanda", "Verónica", "Eva", "Natalia", "Claudia", "Andrea", "Marina", "Alba",
              "Nerea", "Ainhoa", "Itziar", "Begoña", "Maite", "Vega", "Blanca", "Olga", "Gemma", "Meritxell",
              "Núria", "Carla", "Júlia", "Aitana", "Macarena", "Inés", "Julia", "Sofía", "Marisol",
              "Araceli", "Milagros", "Soledad", "Montse", "Merche", "Lola", "Charo", "Maripaz", "Reme",
              "Neus", "Laia", "Mireia", "Anna"],
    },
    "latam": {
        "m": ["Yeferson", "Brayan", "Jhon Fredy", "Wilmer", "Yorman", "Anderson", "Jhonny", "Deiby",
              "Edwin", "Wilson", "Nelson", "Freddy", "Orlando", "Hernán", "Jairo", "Yeison", "Duván",
              "Camilo", "Sebastián", "Mateo", "Gustavo", "Leonel", "Germán", "Rigoberto", "Eulogio",
              "Wálter", "Franklin", "Kléber", "Segundo", "Darwin", "Bryan", "Josué", "Elvin", "Marvin",
              "Wilfredo", "Olvin", "Kevin", "Édgar", "Yonathan", "Jeancarlos", "Richard", "Juan Carlos",
              "Luis Miguel", "Reinaldo", "Eleazar", "Nilson", "Rolando", "Teodoro", "Fidel", "Alexánder",
              "Jhonatan", "Héctor", "Efraín", "Ulises", "Gilberto", "Leonardo", "Humberto", "Yordi",
              "Maikel", "Jesús Alberto", "Omar", "Israel", "Moisés", "Abel", "Misael", "Nahuel"],
        "f": ["Yuleisy", "Dayana", "Yesenia", "Marisela", "Yolimar", "Génesis", "Karelys", "Oriana",
              "Daniela", "Valentina", "Luz Marina", "Leidy", "Yurany", "Jessica", "Katherine", "Mayerli",
              "Sandra", "Deysi", "Lourdes", "Xiomara", "Norma", "Sindy", "Maryuri", "Gladys", "Flor",
              "Johana", "Eliana", "Lizbeth", "Rosmery", "Yanina", "Mariela", "Maribel", "Judith",
              "Marleny", "Yamileth", "Keila", "Dania", "Ruth", "Anabel", "Luz Dary", "Nayibe", "Yadira",
              "Milena", "Paola", "Wendy", "Iris", "Karina", "Doris", "Zulay", "Neida", "Rosa Elvira",
              "Maira", "Yarelis", "Estefanía"],
    },
    "ar": {
        "m": ["Facundo", "Ezequiel", "Luciano", "Agustín", "Matías", "Gonzalo", "Maximiliano", "Lautaro",
              "Federico", "Santino", "Joaquín", "Tomás", "Nicolás", "Franco", "Emiliano"],
        "f": ["Florencia", "Micaela", "Agustina", "Romina", "Celeste", "Belén", "Camila", "Julieta",
              "Rocío", "Luciana", "Antonella", "Milagros", "Sol", "Brenda", "Valeria"],
    },
    "pe": {
        "m": ["Wilber", "Yuri", "Percy", "Edson", "Jhonatan", "Nilo", "Alcides", "Teófilo", "Marco Antonio"],
        "f": ["Fiorella", "Rosa Luz", "Yesica", "Milagros", "Maritza", "Flor de María", "Ysabel", "Nélida"],
    },
    "ma": {
        "m": ["Mohamed", "Youssef", "Hamza", "Soufiane", "Mustapha", "Abdelkader", "Rachid", "Karim",
              "Hicham", "Ayoub", "Said", "Driss", "Abdellah", "Mehdi", "Anas", "Othmane", "Nabil",
              "Brahim", "Khalid", "Tarik", "Omar", "Ilyas", "Zakaria", "Abderrahim", "Hassan", "Aziz",
              "Jamal", "Noureddine", "Mohamed Amine", "Adil", "Badr", "Yassine", "Mourad", "Redouane"],
        "f": ["Fatima Zahra", "Khadija", "Imane", "Salma", "Nadia", "Samira", "Hanane", "Meryem", "Siham",
              "Zineb", "Loubna", "Houda", "Asmae", "Hafsa", "Naima", "Aicha", "Malika", "Btissam",
              "Ghizlane", "Oumaima", "Rajae", "Laila", "Sanae", "Karima", "Yasmina", "Wafae", "Hajar"],
    },
    "ua": {
        "m": ["Oleksandr", "Mykola", "Dmytro", "Andrii", "Serhii", "Volodymyr", "Taras", "Bohdan", "Yurii",
              "Vasyl", "Ihor", "Oleh", "Petro", "Maksym", "Artem", "Vitalii", "Roman", "Yaroslav", "Pavlo",
              "Stepan", "Denys", "Anatolii", "Viktor", "Ivan", "Ostap", "Mykhailo", "Ruslan", "Yevhen"],
        "f": ["Olena", "Oksana", "Iryna", "Yuliia", "Kateryna", "Nataliia", "Tetiana", "Svitlana", "Halyna",
              "Liudmyla", "Anastasiia", "Viktoriia", "Olha", "Mariia", "Khrystyna", "Solomiia", "Daryna",
              "Zoriana", "Larysa", "Valentyna", "Inna", "Alina", "Sofiia", "Uliana", "Nadiia"],
    },
    "gb": {
        "m": ["Oliver", "Harry", "George", "Jack", "Thomas", "James", "William", "Charlie", "Alfie",
              "Joshua", "Samuel", "Matthew", "Luke", "Callum", "Liam", "Connor", "Ryan", "Jamie", "Ben",
              "Toby", "Rhys", "Gareth", "Owain", "Dafydd", "Ciarán", "Seamus", "Padraig", "Eoin", "Niall",
              "Declan", "Cormac", "Fergus", "Angus", "Hamish", "Alastair", "Rory", "Duncan", "Gordon",
              "Stuart", "Graham", "Nigel", "Trevor", "Clive", "Barry", "Keith", "Colin", "Derek", "Roger",
              "Hugh", "Piers", "Giles", "Rupert", "Simon", "Jeremy", "Philip", "Neil", "Craig", "Dean",
              "Wayne", "Lee", "Kieran", "Darren", "Robbie", "Will", "Alfred", "Edmund", "Ralph"],
        "f": ["Charlotte", "Emily", "Olivia", "Amelia", "Sophie", "Jessica", "Hannah", "Chloe", "Lauren",
              "Megan", "Bethany", "Rebecca", "Abigail", "Eleanor", "Harriet", "Imogen", "Georgina",
              "Philippa", "Rosalind", "Felicity", "Siobhan", "Niamh", "Aoife", "Orla", "Ciara", "Róisín",
              "Gráinne", "Saoirse", "Catriona", "Morag", "Fiona", "Kirsty", "Rhiannon", "Cerys", "Bronwen",
              "Siân", "Gwen", "Deborah", "Janet", "Gillian", "Pauline", "Maureen", "Shirley", "Tracey",
              "Kerry", "Leanne", "Stacey", "Jodie", "Poppy", "Daisy", "Holly", "Ruby", "Freya", "May",
              "Hazel", "Pippa", "Beth", "Liz"],
    },
    "ng": {
        "m": ["Chinedu", "Emeka", "Obinna", "Chukwudi", "Ikenna", "Nnamdi", "Uchenna", "Oluwaseun",
              "Adebayo", "Babatunde", "Tunde", "Olumide", "Femi", "Segun", "Kayode", "Adewale", "Damilola",
              "Ibrahim", "Musa", "Abubakar", "Tobenna", "Kelechi", "Ifeanyi", "Efosa", "Osagie", "Godwin",
              "Emmanuel", "Chidi", "Seun", "Tobi", "Uche"],
        "f": ["Ngozi", "Chiamaka", "Adaeze", "Ifeoma", "Nneka", "Chioma", "Amarachi", "Funmilayo", "Yetunde",
              "Folake", "Titilayo", "Bukola", "Omolara", "Abimbola", "Temitope", "Aisha", "Hauwa",
              "Blessing", "Precious", "Joy", "Osarugue", "Ebele", "Uju", "Funmi", "Ayodele", "Kemi"],
    },
    "gh": {
        "m": ["Kwame", "Kofi", "Kwabena", "Kwaku", "Yaw", "Kojo", "Kwesi", "Fiifi", "Ekow", "Kobina",
              "Selorm", "Elikem", "Edem", "Delali", "Nii", "Kpakpo", "Nana", "Papa Kow"],
        "f": ["Ama", "Akosua", "Abena", "Esi", "Efua", "Adwoa", "Akua", "Yaa", "Afua", "Araba", "Ekua",
              "Naa", "Dzifa", "Enyonam", "Serwaa", "Afia", "Adjoa", "Maame", "Efia", "Akofa"],
    },
    "in": {
        "m": ["Arjun", "Rajesh", "Sandeep", "Vikram", "Rahul", "Amit", "Suresh", "Ramesh", "Anil", "Sanjay",
              "Gurpreet", "Manpreet", "Jaswinder", "Kuldeep", "Rohit", "Karthik", "Venkatesh", "Srinivas",
              "Pranav", "Aditya", "Nikhil", "Siddharth", "Varun", "Abhishek", "Deepak", "Hardeep",
              "Balwinder", "Lakhwinder", "Prakash", "Mahesh", "Ashok", "Dinesh", "Harpreet"],
        "f": ["Priya", "Deepika", "Ananya", "Lakshmi", "Kavya", "Divya", "Sneha", "Pooja", "Neha", "Meera",
              "Anjali", "Swati", "Shreya", "Aishwarya", "Lavanya", "Parminder", "Simran", "Navneet", "Kiran",
              "Sunita", "Rekha", "Geeta", "Padma", "Revathi", "Harleen", "Jaspreet"],
    },
    "pk": {
        "m": ["Imran", "Bilal", "Usman", "Faisal", "Kamran", "Asif", "Tariq", "Zeeshan", "Adnan", "Waqas",
              "Shahzad", "Naveed", "Arshad", "Javed", "Sajid", "Rizwan", "Junaid", "Hamid", "Zubair",
              "Shoaib", "Nadeem", "Irfan", "Atif", "Haroon", "Owais"],
        "f": ["Ayesha", "Sana", "Hina", "Mehwish", "Zainab", "Fatima", "Rabia", "Saima", "Nazia", "Shazia",
              "Samina", "Uzma", "Amna", "Sidra", "Maryam", "Bushra", "Farah", "Iqra", "Naila", "Mahnoor"],
    },
    "bd": {
        "m": ["Rahim", "Tanvir", "Shahid", "Mizanur", "Arif", "Habibur", "Mahbub", "Sohel", "Rafiq",
              "Jahangir", "Nazrul", "Anwar", "Kamrul", "Shafiqul", "Rezaul", "Monir", "Saiful", "Shakil",
              "Rubel", "Masud", "Tarek", "Mamun", "Faruk"],
        "f": ["Nusrat", "Farhana", "Sharmin", "Rubina", "Taslima", "Shirin", "Nasrin", "Rokeya", "Jesmin",
              "Mahmuda", "Shamima", "Laboni", "Sumaiya", "Tahmina", "Parvin", "Rehana", "Ruksana", "Moushumi",
              "Sadia", "Tania"],
    },
    "pl": {
        "m": ["Krzysztof", "Łukasz", "Paweł", "Piotr", "Tomasz", "Marcin", "Michał", "Grzegorz", "Wojciech",
              "Jakub", "Kamil", "Mateusz", "Bartosz", "Przemysław", "Sławomir", "Zbigniew", "Andrzej",
              "Jarosław", "Dariusz", "Rafał", "Mariusz", "Szymon", "Damian", "Radosław", "Witold", "Wojtek",
              "Kuba"],
        "f": ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Monika", "Ewa", "Dorota",
              "Beata", "Aleksandra", "Justyna", "Izabela", "Karolina", "Weronika", "Zofia", "Halina",
              "Grażyna", "Bożena", "Renata", "Urszula", "Jadwiga", "Sylwia", "Paulina", "Kasia", "Gosia"],
    },
    "ro": {
        "m": ["Andrei", "Mihai", "Florin", "Bogdan", "Ionuț", "Alexandru", "Cătălin", "Gheorghe", "Vasile",
              "Constantin", "Marian", "Cristian", "Dorin", "Sorin", "Ovidiu", "Radu", "Răzvan", "Lucian",
              "Viorel", "Costel", "Emil", "Iulian", "Octavian", "Ionel", "Nicușor"],
        "f": ["Ioana", "Mădălina", "Andreea", "Roxana", "Simona", "Gabriela", "Mihaela", "Raluca", "Diana",
              "Oana", "Irina", "Corina", "Larisa", "Violeta", "Florentina", "Georgiana", "Anca",
              "Lăcrămioara", "Nicoleta", "Loredana", "Denisa", "Ana-Maria", "Elena", "Cristina"],
    },
    "ph": {
        "m": ["Jose Mari", "Rommel", "Arnel", "Jun", "Ronaldo", "Rodel", "Jomar", "Jerome", "Mark Anthony",
              "John Paul", "Reynaldo", "Efren", "Ariel", "Dindo", "Bong", "Noel", "Ramil", "Jayson",
              "Edgardo", "Ferdinand", "Renato", "Nestor", "Raffy", "Jhun"],
        "f": ["Maricel", "Jocelyn", "Lovely", "Cherry", "Marites", "Lorna", "Rowena", "Analyn", "Girlie",
              "Mary Grace", "Maria Theresa", "Rosalie", "Jennylyn", "Charmaine", "Divina", "Marilou", "Lea",
              "Kristine", "Arlene", "Evangeline", "Princess", "Imelda", "Liezl", "Mylene", "Joanna Marie"],
    },
    "br": {
        "m": ["João Pedro", "Thiago", "Leandro", "Wellington", "Rodrigo", "Felipe", "Matheus", "Lucas",
              "Bruno", "Caio", "Vinícius", "Guilherme", "Cleiton", "Edson", "Marcelo", "Paulo", "Fábio",
              "Renan", "Igor", "Otávio", "Washington", "Luiz Carlos", "Gustavo", "Anderson", "Railson",
              "Weverton"],
        "f": ["Larissa", "Rafaela", "Luana", "Thaís", "Juliana", "Fernanda", "Camila", "Aline", "Bruna",
              "Letícia", "Mariana", "Tatiane", "Jéssica", "Vanessa", "Priscila", "Daiane", "Francisca",
              "Raimunda", "Cláudia", "Simone", "Adriana", "Luciana", "Gabriela", "Beatriz", "Renata"],
    },
}

# Middle / second names used by some origins.
NG_MIDDLE = {"m": ["Emmanuel", "Chukwuemeka", "Oluwafemi", "Daniel", "Samuel", "Ikechukwu", "Olusegun"],
             "f": ["Grace", "Blessing", "Oluwakemi", "Chinwe", "Esther", "Adunni", "Mercy"]}
GH_CHRISTIAN = {"m": ["Emmanuel", "Samuel", "Isaac", "Ebenezer", "Francis", "Richmond", "Prince", "Eric"],
                "f": ["Gifty", "Comfort", "Patience", "Mavis", "Priscilla", "Vida", "Rita", "Eunice"]}

# ---------------------------------------------------------------------------
# Surname pools.  A tuple is (masculine, feminine).
# ---------------------------------------------------------------------------
SURN = {
    "es": ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
           "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
           "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez",
           "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz",
           "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo",
           "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal",
           "León", "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes",
           "Carrasco", "Diez", "Caballero", "Reyes", "Nieto", "Aguilar", "Pascual", "Santana", "Herrero",
           "Lorenzo", "Montero", "Hidalgo", "Giménez", "Ibáñez", "Ferrer", "Durán", "Santiago", "Benítez",
           "Mora", "Vicente", "Vargas", "Arias", "Carmona", "Crespo", "Román", "Pastor", "Soto", "Sáez",
           "Velasco", "Moya", "Soler", "Parra", "Esteban", "Bravo", "Gallardo", "Rojas", "Pardo", "Merino",
           "Franco", "Espinosa", "Izquierdo", "Lara", "Rivas", "Rivera", "Casado", "Arroyo", "Redondo",
           "Camacho", "Rey", "Vera", "Otero", "Luque", "Galán", "Montes", "Ríos", "Sierra", "Segura",
           "Carrillo", "Marcos", "Soriano", "Robles", "Bueno", "Rosa", "Pons", "Puig", "Roig", "Vilaró",
           "Ferrando", "Llorens", "Miralles", "Sempere", "Boix", "Casals", "Rovira", "Oliver", "Rosales",
           "Salvador", "Cordero", "Toledo", "Escobar", "Valle", "Palau", "Cerdà", "Mascaró", "Tortosa",
           "Alcaraz", "Pizarro", "Quintana", "Paredes", "Luna", "Paz", "Zamora", "Aranda"],
    "es_particle": ["de la Fuente", "del Río", "de los Santos", "de la Cruz", "del Valle", "de León",
                    "de Miguel", "de la Torre", "del Pino", "de las Heras"],
    "latam": ["Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Chávez", "Villca", "Apaza", "Ticona",
              "Paucar", "Yupanqui", "Huanca", "Ospina", "Cardona", "Restrepo", "Londoño", "Giraldo",
              "Valencia", "Arango", "Betancur", "Zuluaga", "Henao", "Osorio", "Quintero", "Cifuentes",
              "Bermúdez", "Rincón", "Mosquera", "Palacios", "Briceño", "Rondón", "Pereira", "Colmenares",
              "Guevara", "Carrero", "Uzcátegui", "Zambrano", "Montilla", "Linares", "Villegas", "Escalona",
              "Carrasquel", "Cedeño", "Loor", "Mera", "Intriago", "Alcívar", "Ponce", "Cevallos", "Macías",
              "Chiriboga", "Guamán", "Tenesaca", "Pacheco", "Mejía", "Zelaya", "Cálix", "Banegas",
              "Maradiaga", "Bonilla", "Ordóñez", "Amador", "Matamoros", "Argueta", "Acosta", "Sosa",
              "Aguirre", "Correa", "Ledesma", "Bustos", "Ibarra", "Villalba", "Quiroga", "Lucero", "Arce",
              "Huertas", "Salazar", "Tapia", "Cárdenas", "Palomino", "Pulido", "Caicedo", "Murillo",
              "Angulo", "Barrios", "Figueroa", "Landaeta", "Mendieta"],
    "ar": ["Bianchi", "Romano", "Ferrari", "Giordano", "Rossi", "Fernández", "Acosta", "Sosa", "Benedetti",
           "Gallo", "Lombardi", "Rinaldi", "Costa", "Paz", "Ledesma", "Quiroga", "Iturralde"],
    "ma": ["El Amrani", "Benali", "Bouzid", "Ait Ouahmane", "El Idrissi", "Tazi", "Chraibi", "Bennani",
           "Alaoui", "El Fassi", "Berrada", "Ouazzani", "Lahlou", "Benjelloun", "El Khatib", "Boukhari",
           "Zerouali", "Aït Benhaddou", "El Ouardi", "Haddad", "Mansouri", "Belkadi", "Bouazza",
           "Rahmouni", "Ziani", "Laaroussi", "El Mahdi", "Naciri", "Cherkaoui", "Ouali", "Azzouzi",
           "El Hajji", "Essaidi", "Kabbaj", "Sefiani", "Touil", "Harrak", "Boutaleb", "Ammari", "Bakkali",
           "El Kadiri", "Ouchen", "Darif", "Lamrani", "Akhrif", "Zaoui"],
    "ua": ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
           "Kovalchuk", "Oliinyk", "Shevchuk", "Polishchuk", "Lysenko", "Moroz", "Marchenko", "Savchenko",
           "Rudenko", "Petrenko", "Klymenko", "Kravchuk", "Pavlenko", "Ivanchuk", "Hnatiuk", "Yatsenko",
           "Ponomarenko", "Vasylenko", "Kuzmenko", "Zinchenko", "Karpenko", "Sydorenko", "Levchenko",
           "Semeniuk", "Dovzhenko", "Honchar", "Kushnir", "Tkachuk", "Babii", "Hrytsenko", "Fedorenko",
           "Horbatiuk", "Danyliuk", "Stelmakh", "Koval", "Prykhodko", "Mazur",
           ("Kovalskyi", "Kovalska"), ("Vyshnevskyi", "Vyshnevska"), ("Sadovskyi", "Sadovska"),
           ("Zhuravskyi", "Zhuravska"), ("Lutsenko", "Lutsenko"), ("Kryvorotov", "Kryvorotova")],
    "gb": ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
           "Roberts", "Johnson", "Lewis", "Walker", "Robinson", "Wood", "Thompson", "White", "Watson",
           "Jackson", "Wright", "Green", "Harris", "Cooper", "King", "Lee", "Clarke", "James", "Morgan",
           "Hughes", "Edwards", "Hill", "Moore", "Harrison", "Scott", "Young", "Morris", "Hall", "Ward",
           "Turner", "Carter", "Phillips", "Mitchell", "Adams", "Campbell", "Allen", "Cook", "Bailey",
           "Parker", "Miller", "Murphy", "Price", "Bell", "Baker", "Griffiths", "Kelly", "Simpson",
           "Marshall", "Collins", "Bennett", "Cox", "Richardson", "Fox", "Gray", "Rose", "Chapman",
           "Hunt", "Shaw", "Reynolds", "Lloyd", "Ellis", "Richards", "Russell", "Wilkinson", "Marsh",
           "Bird", "Small", "Summers", "Frost", "Winter", "Hardy", "Sharp", "Fletcher", "Mason", "Archer",
           "Shepherd", "Fisher", "Pickering", "Ashworth", "Sutcliffe", "Greenwood", "Holroyd", "Ackroyd",
           "Barraclough", "Hepworth", "O'Neill", "O'Brien", "McAllister", "McCann", "Doherty", "Quinn",
           "Gallagher", "McGuinness", "Devlin", "Hegarty", "Maguire", "McCormack", "Kerr", "Boyd",
           "Fraser", "MacLeod", "Grieve", "Pryce", "Vaughan", "Llewellyn", "Pritchard", "Rees",
           "Fitzgerald-Hayes", "Ashworth-Bell", "Lloyd-Evans", "Carter-Brown", "Hamilton-Smythe",
           "Pryce-Jones", "Hartley-Wood", "Stewart-Moore", "Barrington-Ward", "Cole-Hamilton",
           "Holt-Sinclair", "Church", "Parish", "Street", "Banks", "Brook", "Lamb", "Stone", "Money"],
    "ng": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Nwosu", "Eze", "Ogunleye", "Adeleke", "Okoro",
           "Obi", "Nwachukwu", "Chukwu", "Okeke", "Uzoma", "Afolabi", "Oyelaran", "Bakare", "Ogundipe",
           "Olawale", "Akinola", "Ibekwe", "Anyanwu", "Ezeh", "Nnadi", "Oladipo", "Adesanya", "Ojo",
           "Oyewole", "Igwe", "Obiora", "Abiodun", "Bello", "Danjuma", "Yusuf", "Aliyu", "Idahosa",
           "Ehigiator", "Ighodaro", "Onuoha", "Adebayo"],
    "gh": ["Mensah", "Asante", "Owusu", "Boateng", "Agyeman", "Osei", "Appiah", "Darko", "Acheampong",
           "Addo", "Amoah", "Ansah", "Antwi", "Bonsu", "Danquah", "Frimpong", "Gyamfi", "Kuffour", "Ofori",
           "Opoku", "Sarpong", "Tetteh", "Quaye", "Lartey", "Ankrah", "Amponsah", "Quartey", "Adjei", "Kyei",
           "Asamoah-Gyan"],
    "in": ["Patel", "Sharma", "Gupta", "Reddy", "Nair", "Iyer", "Chatterjee", "Banerjee", "Mukherjee",
           "Menon", "Pillai", "Rao", "Desai", "Joshi", "Kulkarni", "Mehta", "Shah", "Agarwal", "Verma",
           "Mishra", "Sandhu", "Gill", "Dhillon", "Grewal", "Bains", "Sidhu", "Malhotra", "Kapoor", "Bhatia",
           "Chopra", "Saxena", "Srinivasan", "Krishnan", "Subramanian", "Naidu", "Bose", "Dutta", "Ghosh",
           "Pandey", "Tiwari", "Yadav", "Chauhan", "Thakur"],
    "pk": ["Khan", "Qureshi", "Malik", "Chaudhry", "Butt", "Siddiqui", "Sheikh", "Mirza", "Raja", "Awan",
           "Abbasi", "Bhatti", "Hussain", "Iqbal", "Aslam", "Akhtar", "Rashid", "Hashmi", "Rehman", "Zaidi",
           "Naqvi", "Baig", "Ghani", "Mahmood", "Nawaz", "Saleem", "Tahir", "Farooq"],
    "bd": ["Rahman", "Hossain", "Uddin", "Chowdhury", "Islam", "Miah", "Begum", "Akter", "Ahmed", "Ali",
           "Khatun", "Sarker", "Talukder", "Mollah", "Sikder", "Bhuiyan", "Karim", "Haque", "Alam", "Kabir",
           "Mridha", "Majumder", "Mondal", "Hasan", "Jahan"],
    "pl": [("Kowalski", "Kowalska"), "Nowak", ("Wiśniewski", "Wiśniewska"), "Wójcik", "Kowalczyk",
           ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
           ("Szymański", "Szymańska"), "Woźniak", ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
           ("Jankowski", "Jankowska"), "Mazur", ("Kwiatkowski", "Kwiatkowska"), "Krawczyk",
           ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), "Pawlak", ("Michalski", "Michalska"),
           "Król", "Wieczorek", ("Jabłoński", "Jabłońska"), "Wróbel", ("Nowakowski", "Nowakowska"),
           ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), "Stępień", ("Jaworski", "Jaworska"),
           ("Malinowski", "Malinowska"), "Adamczyk", "Dudek", ("Nowicki", "Nowicka"), "Pietrzak",
           "Walczak", "Sikora", "Baran", ("Rutkowski", "Rutkowska"), "Michalak", "Szewczyk",
           ("Ostrowski", "Ostrowska"), ("Tomaszewski", "Tomaszewska"), "Zając", "Kubiak"],
    "ro": ["Popescu", "Ionescu", "Dumitru", "Stan", "Gheorghe", "Popa", "Radu", "Stoica", "Munteanu",
           "Matei", "Constantin", "Lazăr", "Ene", "Ciobanu", "Florea", "Ilie", "Dinu", "Moldovan", "Rusu",
           "Mihăilescu", "Toma", "Marin", "Nistor", "Tudor", "Bălan", "Sârbu", "Oprea", "Dobre", "Preda",
           "Nedelcu", "Vlad", "Cristea", "Dragomir", "Iordache", "Barbu", "Neagu", "Anghel", "Surdu",
           "Zamfir", "Pătrașcu"],
    "ph": ["Santos", "dela Cruz", "Reyes", "Bautista", "Mendoza", "Villanueva", "Ramos", "Aquino",
           "Castillo", "Garcia", "Lim", "Tan", "Manalo", "Pascual", "Soriano", "Dizon", "Gatdula", "Macaraeg",
           "Pangilinan", "Magbanua", "Dimaculangan", "Panganiban", "Mercado", "Tolentino", "Salazar",
           "Navarro", "Cabrera", "Domingo", "Ocampo", "Samonte", "Lacson", "delos Reyes", "Evangelista",
           "Sison", "Cayabyab"],
    "br": ["Silva", "Souza", "Oliveira", "Ferreira", "Carvalho", "Almeida", "Costa", "Rodrigues", "Lima",
           "Pereira", "Gomes", "Ribeiro", "Martins", "Araújo", "Barbosa", "Rocha", "Dias", "Nascimento",
           "Moreira", "Cardoso", "Teixeira", "Correia", "Mendes", "Pinto", "Cavalcanti", "Monteiro", "Freitas",
           "Batista", "Vieira", "Nogueira", "Campos", "Fonseca", "Azevedo", "Brandão", "Cunha", "Machado",
           "Andrade", "Medeiros", "Sampaio", "Lopes"],
    "br_particle": ["da Silva", "dos Santos", "de Souza", "da Costa", "de Oliveira", "do Nascimento",
                    "de Jesus", "da Conceição", "dos Anjos", "de Paula"],
}

NICK = {
    "Francisco": ["Paco", "Curro", "Fran"], "José": ["Pepe"], "Manuel": ["Manolo", "Manu"],
    "Dolores": ["Lola"], "Concepción": ["Concha", "Conchi"], "Ignacio": ["Nacho"], "Rosario": ["Charo"],
    "Enrique": ["Quique"], "Alejandro": ["Álex"], "Fernando": ["Nando"], "Mercedes": ["Merche"],
    "Montserrat": ["Montse"], "Inmaculada": ["Inma"], "Encarnación": ["Encarni"], "Remedios": ["Reme"],
    "Antonio": ["Toni", "Toño"], "Guillermo": ["Guille"], "Cristina": ["Cris"], "Jesús": ["Chus"],
    "Yeferson": ["Yefer"], "Jhon Fredy": ["Fredy"], "Valentina": ["Vale"], "Daniela": ["Dani"],
    "Sebastián": ["Sebas"], "Katherine": ["Kathy"], "Alexánder": ["Álex"],
    "William": ["Bill", "Will"], "Thomas": ["Tom"], "Matthew": ["Matt"], "Samuel": ["Sam"],
    "Rebecca": ["Becky"], "Philippa": ["Pippa"], "Abigail": ["Abbie"], "Eleanor": ["Ellie"],
    "Oluwaseun": ["Seun"], "Babatunde": ["Tunde"], "Olumide": ["Mide"], "Funmilayo": ["Funmi"],
    "Abimbola": ["Bimbo"], "Temitope": ["Tope"], "Chukwudi": ["Chudi"], "Adaeze": ["Ada"],
    "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Wojciech": ["Wojtek"], "Jakub": ["Kuba"],
    "Aleksandra": ["Ola"], "Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"],
    "Anastasiia": ["Nastia"], "Mykhailo": ["Misha"], "Alexandru": ["Alex"], "Gabriela": ["Gabi"],
    "Mohamed": ["Moha"], "Youssef": ["Yusef"], "Abdellah": ["Abdel"], "Fatima Zahra": ["Fati"],
    "Rommel": ["Mel"], "Mark Anthony": ["Mac-Mac"], "Maria Theresa": ["Tess"], "Mary Grace": ["Grace"],
    "Guilherme": ["Gui"], "João Pedro": ["JP"], "Rafaela": ["Rafa"], "Vinícius": ["Vini"],
    "Muhammad": ["Mo"], "Mohammed": ["Mo"],
}


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
HISP = ["es", "ve", "co", "ec", "hn", "ar", "pe"]
SPAIN_CLIENT_ORIGINS = ["ve", "ve", "co", "co", "ec", "hn", "ar", "pe", "ma", "ma", "ua", "ua"]
UK_CLIENT_ORIGINS = ["ng", "ng", "gh", "in", "in", "pk", "pk", "bd", "pl", "ro", "ph", "ph", "br"]
COUNTRY_ES = {"es": "España", "ve": "Venezuela", "co": "Colombia", "ec": "Ecuador", "hn": "Honduras",
              "ar": "Argentina", "pe": "Perú", "ma": "Marruecos", "ua": "Ucrania"}
COUNTRY_EN = {"es": "Spain", "ve": "Venezuela", "co": "Colombia", "ec": "Ecuador", "hn": "Honduras",
              "ar": "Argentina", "pe": "Peru", "ma": "Morocco", "ua": "Ukraine", "gb": "United Kingdom",
              "ng": "Nigeria", "gh": "Ghana", "in": "India", "pk": "Pakistan", "bd": "Bangladesh",
              "pl": "Poland", "ro": "Romania", "ph": "the Philippines", "br": "Brazil"}
NATIONALITY_ES = {"ve": "venezolana", "co": "colombiana", "ec": "ecuatoriana", "hn": "hondureña",
                  "ar": "argentina", "pe": "peruana", "ma": "marroquí", "ua": "ucraniana", "es": "española"}
NATIONALITY_EN = {"ve": "Venezuelan", "co": "Colombian", "ec": "Ecuadorian", "hn": "Honduran",
                  "ar": "Argentine", "pe": "Peruvian", "ma": "Moroccan", "ua": "Ukrainian", "gb": "British",
                  "ng": "Nigerian", "gh": "Ghanaian", "in": "Indian", "pk": "Pakistani", "bd": "Bangladeshi",
                  "pl": "Polish", "ro": "Romanian", "ph": "Filipino", "br": "Brazilian", "es": "Spanish"}


def _sur(entry, gender):
    if isinstance(entry, tuple):
        return entry[0] if gender == "m" else entry[1]
    return entry


class Person:
    def __init__(self, givens, surs, gender, origin, middles=None):
        self.givens = list(givens)
        self.surs = list(surs)
        self.gender = gender
        self.origin = origin
        self.middles = list(middles or [])

    def given(self):
        return " ".join(self.givens)

    def first(self):
        return self.givens[0]

    def surnames(self):
        return " ".join(self.surs)

    def full(self):
        return " ".join(self.givens + self.middles + self.surs)

    def usual(self):
        """Name as the person normally writes it."""
        if self.origin == "ph" and self.middles:
            return " ".join(self.givens) + " " + self.middles[0][0] + ". " + " ".join(self.surs)
        return " ".join(self.givens + self.surs)

    def short(self):
        return self.first() + " " + self.main()

    def main(self):
        if self.origin in HISP or self.origin == "ma":
            return self.surs[0]
        return self.surs[-1]

    def formal(self):
        m = self.main()
        if self.origin == "br":
            for p in ("da ", "dos ", "de ", "do ", "das "):
                if m.startswith(p):
                    return m[len(p):]
        return m

    def nick(self):
        g = self.givens[0]
        if g in NICK:
            return ch(NICK[g])
        return g

    def sur_given(self):
        return " ".join(self.surs) + ", " + " ".join(self.givens)

    def initials_form(self):
        ini = " ".join(g[0] + "." for g in " ".join(self.givens).replace("-", " ").split())
        return ini + " " + " ".join(self.surs)

    def title(self, lang):
        if lang == "es":
            return ch(["Sr.", "D.", "Sr."]) if self.gender == "m" else ch(["Sra.", "Dña.", "Sra."])
        if self.gender == "m":
            return ch(["Mr", "Mr", "Mr."])
        return ch(["Mrs", "Ms", "Ms", "Miss"])


NICK_FORMS = ["Nacho", "Quique", "Toni", "Chema", "Paco", "Pepe", "Manolo", "Montse", "Merche", "Lola", "Charo",
              "Maripaz", "Reme"]


def person(origin, gender=None):
    g = gender or ch(["m", "f"])
    if origin == "es":
        givens = [ch(GIVEN["es"][g])]
        if chance(0.35):
            g2 = ch(GIVEN["es"][g])
            if g2 != givens[0] and g2 not in NICK_FORMS:
                givens.append(g2)
        s1 = ch(SURN["es_particle"]) if chance(0.06) else ch(SURN["es"])
        s2 = ch(SURN["es"])
        while s2 == s1:
            s2 = ch(SURN["es"])
        surs = [s1, s2]
    elif origin in ("ve", "co", "ec", "hn", "pe"):
        pool = GIVEN["latam"][g] if chance(0.7) else GIVEN["es"][g]
        if origin == "pe" and chance(0.4):
            pool = GIVEN["pe"][g]
        givens = [ch(pool)]
        if " " not in givens[0] and chance(0.45):
            g2 = ch(GIVEN["latam"][g] + GIVEN["es"][g])
            if g2 != givens[0] and " " not in g2 and g2 not in NICK_FORMS:
                givens.append(g2)
        surs = [ch(SURN["latam"]) if chance(0.55) else ch(SURN["es"]),
                ch(SURN["latam"]) if chance(0.5) else ch(SURN["es"])]
        if surs[0] == surs[1]:
            surs[1] = ch(SURN["latam"])
    elif origin == "ar":
        pool = GIVEN["ar"][g] if chance(0.6) else GIVEN["es"][g]
        givens = [ch(pool)]
        if chance(0.3):
            g2 = ch(GIVEN["ar"][g])
            if g2 != givens[0]:
                givens.append(g2)
        surs = [ch(SURN["ar"]) if chance(0.5) else ch(SURN["es"])]
        if chance(0.3):
            surs.append(ch(SURN["es"]))
    elif origin == "ma":
        givens = [ch(GIVEN["ma"][g])]
        surs = [ch(SURN["ma"])]
        if chance(0.45):
            s2 = ch(SURN["ma"])
            if s2 != surs[0]:
                surs.append(s2)
    elif origin == "ph":
        givens = [ch(GIVEN["ph"][g])]
        mid = ch(SURN["ph"])
        last = ch(SURN["ph"])
        while last == mid:
            last = ch(SURN["ph"])
        return Person(givens, [last], g, origin, middles=[mid])
    elif origin == "br":
        givens = [ch(GIVEN["br"][g])]
        surs = [ch(SURN["br"])]
        if chance(0.6):
            surs.append(ch(SURN["br_particle"]) if chance(0.5) else ch(SURN["br"]))
        if surs[-1] == surs[0]:
            surs = surs[:1]
    elif origin == "ng":
        givens = [ch(GIVEN["ng"][g])]
        middles = [ch(NG_MIDDLE[g])] if chance(0.35) else []
        return Person(givens, [ch(SURN["ng"])], g, origin, middles)
    elif origin == "gh":
        day = ch(GIVEN["gh"][g])
        if chance(0.4):
            givens = [ch(GH_CHRISTIAN[g]), day]
        else:
            givens = [day]
        return Person(givens, [ch(SURN["gh"])], g, origin)
    elif origin == "in":
        givens = [ch(GIVEN["in"][g])]
        if chance(0.25):
            surs = ["Kaur" if g == "f" else "Singh"]
            if chance(0.6):
                surs.append(ch(["Sandhu", "Gill", "Dhillon", "Grewal", "Bains", "Sidhu"]))
        else:
            surs = [ch(SURN["in"])]
    elif origin == "pk":
        givens = [ch(GIVEN["pk"][g])]
        if g == "m" and chance(0.3):
            givens = ["Muhammad"] + givens
        surs = [ch(SURN["pk"])]
    elif origin == "bd":
        givens = [ch(GIVEN["bd"][g])]
        if g == "m" and chance(0.35):
            givens = ["Mohammed"] + givens
        if g == "f" and chance(0.35):
            surs = [ch(["Akter", "Begum", "Khatun", "Jahan", "Sultana"])]
        else:
            surs = [ch(SURN["bd"])]
    elif origin == "gb":
        givens = [ch(GIVEN["gb"][g])]
        middles = [ch(GIVEN["gb"][g])] if chance(0.15) else []
        return Person(givens, [ch(SURN["gb"])], g, origin, middles)
    else:  # ua, pl, ro
        givens = [ch(GIVEN[origin][g])]
        if origin == "ro" and chance(0.2):
            givens = [givens[0] + "-" + ch(GIVEN["ro"][g])]
        surs = [_sur(ch(SURN[origin]), g)]
    return Person(givens, surs, g, origin)


def mk(given, surs, gender, origin):
    return Person(given.split("|"), surs.split("|"), gender, origin)


# ---------------------------------------------------------------------------
# Identity numbers (registry used by self_check to re-verify check digits)
# ---------------------------------------------------------------------------
ID_SCHEME = {}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _reg(text, scheme):
    ID_SCHEME[text] = scheme
    return text


def dni():
    n = rng.randrange(10 ** 6 * 5, 10 ** 8)
    s = "%08d" % n
    L = DNI_LETTERS[n % 23]
    f = ch(["{n}{L}", "{n}{L}", "{n}-{L}", "{a}.{b}.{c}-{L}", "{n} {L}"])
    return _reg(f.format(n=s, L=L, a=s[:2], b=s[2:5], c=s[5:]), "dni")


def nie():
    p = ch("XYYYZZ")
    num = digits(7)
    L = DNI_LETTERS[int(str("XYZ".index(p)) + num) % 23]
    f = ch(["{p}{n}{L}", "{p}{n}{L}", "{p}-{n}-{L}", "{p} {n} {L}", "{p}{n}-{L}"])
    return _reg(f.format(p=p, n=num, L=L), "nie")


def nuss():
    prov = ch(["28", "28", "46", "08", "08", "03", "12", "43", "29"])
    b = rng.randrange(10 ** 7, 10 ** 8)
    cc = "%02d" % (int(prov + str(b)) % 97)
    f = ch(["{p} {b} {c}", "{p}/{b}/{c}", "{p}{b}{c}", "{p}-{b}-{c}"])
    return _reg(f.format(p=prov, b=b, c=cc), "nuss")


def nino():
    bad = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]
    while True:
        pre = ch("ABCEGHJKLMNOPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ")
        if pre not in bad:
            break
    d = digits(6)
    suf = ch("ABCD")
    f = ch(["{p} {a} {b} {c} {s}", "{p}{d}{s}", "{p}{d}{s}", "{p} {d} {s}"])
    return _reg(f.format(p=pre, a=d[:2], b=d[2:4], c=d[4:], d=d, s=suf), "nino")


def nhs():
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (10 - i) for i in range(9))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        num = "".join(map(str, d)) + str(c)
        break
    f = ch(["{a} {b} {c}", "{n}", "{a}-{b}-{c}"])
    return _reg(f.format(a=num[:3], b=num[3:6], c=num[6:], n=num), "nhs")


def ec_cedula():
    while True:
        prov = rng.randrange(1, 25)
        third = rng.randrange(0, 6)
        rest = digits(6)
        base = "%02d%d%s" % (prov, third, rest)
        tot = 0
        for i, ch_ in enumerate(base):
            v = int(ch_) * (2 if i % 2 == 0 else 1)
            if v > 9:
                v -= 9
            tot += v
        c = (10 - tot % 10) % 10
        num = base + str(c)
        break
    f = ch(["{n}", "{a}-{c}"])
    return _reg(f.format(n=num, a=num[:9], c=num[9]), "ec_cedula")


def ar_cuil(gender):
    while True:
        pre = "20" if gender == "m" else "27"
        d = "%08d" % rng.randrange(20000000, 45000000)
        base = pre + d
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        s = sum(int(base[i]) * w[i] for i in range(10))
        r = 11 - s % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return _reg("%s-%s-%d" % (pre, d, r), "ar_cuil")


def ua_rnokpp():
    d = [rng.randrange(10) for _ in range(9)]
    d[0] = rng.randrange(2, 4)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = (sum(d[i] * w[i] for i in range(9)) % 11) % 10
    return _reg("".join(map(str, d)) + str(c), "ua_rnokpp")


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, item in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(item)]]
    return c == 0


def aadhaar():
    base = str(rng.randrange(2, 10)) + digits(10)
    c = 0
    for i, item in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(item)]]
    num = base + str(_VINV[c])
    return _reg("%s %s %s" % (num[:4], num[4:8], num[8:]), "aadhaar")


def pesel(gender):
    y = rng.randrange(1968, 2004)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    mm = m + (20 if y >= 2000 else 0)
    serial = digits(3)
    sx = rng.choice([1, 3, 5, 7, 9]) if gender == "m" else rng.choice([0, 2, 4, 6, 8])
    base = "%02d%02d%02d%s%d" % (y % 100, mm, d, serial, sx)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(base[i]) * w[i] for i in range(10)) % 10) % 10
    return _reg(base + str(c), "pesel")


def ro_cnp(gender):
    y = rng.randrange(1965, 2004)
    s = (1 if gender == "m" else 2) if y < 2000 else (5 if gender == "m" else 6)
    base = "%d%02d%02d%02d%02d%03d" % (s, y % 100, rng.randrange(1, 13), rng.randrange(1, 29),
                                       rng.randrange(1, 47), rng.randrange(1, 1000))
    w = "279146358279"
    c = sum(int(base[i]) * int(w[i]) for i in range(12)) % 11
    if c == 10:
        c = 1
    return _reg(base + str(c), "ro_cnp")


def br_cpf():
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        if len(set(d)) == 1:
            continue
        s = sum(d[i] * (10 - i) for i in range(9))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
        s = sum(d[i] * (11 - i) for i in range(10))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
        n = "".join(map(str, d))
        f = ch(["{a}.{b}.{c}-{d}", "{a}.{b}.{c}-{d}", "{n}"])
        return _reg(f.format(a=n[:3], b=n[3:6], c=n[6:9], d=n[9:], n=n), "br_cpf")


def ve_cedula():
    n = rng.randrange(9000000, 32000000)
    s = "{:,}".format(n).replace(",", ".")
    return _reg(ch(["V-" + s, "V-" + str(n), "V" + str(n), "V-" + s]), "nocheck")


def co_cedula():
    if chance(0.5):
        n = rng.randrange(1000000000, 1130000000)
    else:
        n = rng.randrange(10000000, 99999999)
    s = "{:,}".format(n).replace(",", ".")
    return _reg(ch([s, str(n), s]), "nocheck")


def hn_dni():
    muni = ch(["0801", "0501", "0101", "0301", "1804", "0107", "0506", "1208", "0318"])
    y = rng.randrange(1970, 2004)
    sq = digits(5)
    return _reg(ch(["%s-%d-%s" % (muni, y, sq), "%s%d%s" % (muni, y, sq), "%s %d %s" % (muni, y, sq)]),
                "nocheck")


def ar_dni():
    n = rng.randrange(20000000, 46000000)
    return _reg(ch(["{:,}".format(n).replace(",", "."), str(n)]), "nocheck")


def pe_dni():
    return _reg(digits(8), "nocheck")


def ma_cin():
    pre = ch(["A", "AB", "B", "BE", "BH", "BJ", "BK", "C", "CD", "D", "EE", "F", "G", "H", "J", "JA", "K",
              "L", "M", "N", "P", "Q", "S", "T", "U", "W", "X", "Y", "Z"])
    return _reg(pre + digits(6 if len(pre) == 1 else rng.randrange(5, 7), True), "nocheck")


def passport(origin):
    if origin == "es":
        v = letters(3) + digits(6)
    elif origin == "gb":
        v = digits(9, True)
    elif origin == "ve":
        v = digits(9, True)
    elif origin in ("co", "pe", "hn"):
        v = letters(2) + digits(6)
    elif origin == "ec":
        v = "A" + digits(7)
    elif origin == "ar":
        v = "AA" + letters(1) + digits(6)
    elif origin == "ma":
        v = letters(2) + digits(7)
    elif origin == "ua":
        v = letters(2, "ABCEFGHKMNPTX") + digits(6)
    elif origin == "ng":
        v = ch("AB") + digits(8)
    elif origin == "gh":
        v = "G" + digits(7)
    elif origin == "in":
        v = letters(1) + digits(7)
    elif origin == "pk":
        v = letters(2) + digits(7)
    elif origin == "bd":
        v = ch(["A", "B", "EB", "EC"]) + digits(7 if chance(0.5) else 8)
    elif origin == "pl":
        v = "E" + letters(1) + digits(7)
    elif origin == "ro":
        v = "0" + digits(8)
    elif origin == "ph":
        v = "P" + digits(7) + letters(1)
    elif origin == "br":
        v = letters(2) + digits(6)
    else:
        v = letters(2) + digits(7)
    return _reg(v, "nocheck")


def brp():
    return _reg(ch(["ZU", "ZX", "RF", "ZR", "ZT"]) + digits(7), "nocheck")


def pk_cnic(gender):
    reg = ch(["35202", "42101", "61101", "37405", "33100", "17301", "34101"])
    last = rng.choice([1, 3, 5, 7, 9]) if gender == "m" else rng.choice([2, 4, 6, 8])
    return _reg("%s-%s-%d" % (reg, digits(7), last), "nocheck")


def bd_nid():
    return _reg(digits(10, True), "nocheck")


def ng_nin():
    return _reg(digits(11, True), "nocheck")


def home_id(p):
    """A national ID typical for the person's country of origin."""
    o = p.origin
    if o == "es":
        return dni(), "DNI"
    if o == "ve":
        return ve_cedula(), "cédula"
    if o == "co":
        return co_cedula(), "cédula"
    if o == "ec":
        return ec_cedula(), "cédula"
    if o == "hn":
        return hn_dni(), "DNI"
    if o == "ar":
        return (ar_dni(), "DNI") if chance(0.6) else (ar_cuil(p.gender), "CUIL")
    if o == "pe":
        return pe_dni(), "DNI"
    if o == "ma":
        return ma_cin(), "CIN"
    if o == "ua":
        return ua_rnokpp(), "RNOKPP"
    if o == "in":
        return aadhaar(), "Aadhaar"
    if o == "pk":
        return pk_cnic(p.gender), "CNIC"
    if o == "bd":
        return bd_nid(), "NID"
    if o == "pl":
        return pesel(p.gender), "PESEL"
    if o == "ro":
        return ro_cnp(p.gender), "CNP"
    if o == "br":
        return br_cpf(), "CPF"
    if o == "ng":
        return ng_nin(), "NIN"
    return passport(o), "passport"


# ---------------------------------------------------------------------------
# IBANs
# ---------------------------------------------------------------------------
def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(text):
    s = text.replace(" ", "")
    s2 = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s2)
    return int(num) % 97 == 1


def _group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _es_dc(bank_branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ds):
        r = 11 - sum(int(ds[i]) * w[i] for i in range(10)) % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return "%d%d" % (one("00" + bank_branch), one(account))


def iban(country="ES", spaced=None):
    if country == "ES":
        bank = ch(["0049", "0182", "2100", "0081", "0128", "1465", "0073", "3058", "2080", "2103", "0239"])
        branch = digits(4)
        acc = digits(10)
        bban = bank + branch + _es_dc(bank + branch, acc) + acc
    elif country == "GB":
        bban = ch(["BARC", "HBUK", "LOYD", "NWBK", "ABBY", "MONZ", "NAIA", "SRLG", "MIDL"]) + digits(6) + digits(8)
    elif country == "UA":
        bban = ch(["305299", "322001", "300528", "320649"]) + "00000" + digits(14)
    elif country == "PL":
        bban = digits(24)
    elif country == "RO":
        bban = ch(["BTRL", "RNCB", "BRDE", "INGB"]) + "RONCRT" + digits(10)
    elif country == "PT":
        bban = digits(21)
    elif country == "FR":
        bban = digits(10) + letters(1) + digits(10)
    else:
        raise ValueError(country)
    full = country + _iban_check(country, bban) + bban
    if spaced is None:
        spaced = chance(0.7)
    return _group(full) if spaced else full


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
def phone(kind):
    if kind == "es_mob":
        n = ("6" + digits(8)) if chance(0.85) else ("7" + ch("1234") + digits(7))
        return ch(["{a} {b} {c}", "{n}", "+34 {a} {b} {c}", "+34 {a} {d} {e} {f}", "+34{n}", "0034 {a} {b} {c}",
                   "{a} {d} {e} {f}"]).format(n=n, a=n[:3], b=n[3:6], c=n[6:], d=n[3:5], e=n[5:7], f=n[7:])
    if kind in ("es_mad", "es_vlc", "es_bcn"):
        pre = {"es_mad": "91", "es_vlc": "96", "es_bcn": "93"}[kind]
        n = pre + digits(7)
        return ch(["{a} {b} {c}", "{p} {q} {r} {s}", "+34 {a} {b} {c}", "{n}"]).format(
            n=n, a=n[:3], b=n[3:6], c=n[6:], p=n[:2], q=n[2:5], r=n[5:7], s=n[7:])
    if kind == "ve":
        return "+58 %s %s %s" % (ch(["412", "414", "416", "424", "426"]), digits(3), digits(4)) if chance(0.6) \
            else "+58 %s-%s" % (ch(["412", "414", "424"]), digits(7))
    if kind == "co":
        return "+57 %s %s %s" % (ch(["300", "301", "310", "312", "315", "320", "350"]), digits(3), digits(4))
    if kind == "ec":
        return ch(["+593 9%s %s %s" % (digits(1), digits(3), digits(4)), "09%s %s %s" % (digits(1), digits(3), digits(4))])
    if kind == "hn":
        return "+504 %s%s-%s" % (ch("983"), digits(3), digits(4))
    if kind == "ar":
        return "+54 9 %s %s-%s" % (ch(["11", "351", "341", "261"]), digits(4), digits(4))
    if kind == "pe":
        return "+51 9%s %s %s" % (digits(2), digits(3), digits(3))
    if kind == "ma":
        return ch(["+212 6%s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
                   "+212 7%s-%s%s%s" % (digits(2), digits(2), digits(2), digits(2)),
                   "06 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2))])
    if kind == "ua":
        return "+380 %s %s %s %s" % (ch(["67", "50", "63", "66", "93", "97", "98"]), digits(3), digits(2), digits(2))
    if kind == "uk_mob":
        n = "07" + ch("3456789") + digits(8)
        return ch(["{a} {b}", "{n}", "+44 {c} {b}", "+44 {c} {d} {e}", "{a} {d} {e}", "+44{m}"]).format(
            n=n, a=n[:5], b=n[5:], c=n[1:5], d=n[5:8], e=n[8:], m=n[1:])
    if kind == "uk_lon":
        return ch(["020 7%s %s", "020 8%s %s", "+44 20 7%s %s", "(020) 3%s %s"]) % (digits(3), digits(4))
    if kind == "uk_lds":
        return ch(["0113 %s %s", "+44 113 %s %s", "(0113) %s %s"]) % (digits(3), digits(4))
    if kind == "uk_bri":
        return ch(["0117 %s %s", "+44 117 %s %s", "(0117) %s %s"]) % (digits(3), digits(4))
    if kind == "uk_bel":
        return ch(["028 90%s %s", "028 95%s %s", "+44 28 90%s %s"]) % (digits(2), digits(4))
    if kind == "ng":
        return ch(["+234 %s %s %s" % (ch(["803", "806", "813", "816", "703", "802", "805", "809"]), digits(3), digits(4)),
                   "0%s %s %s" % (ch(["803", "806", "813", "708"]), digits(3), digits(4))])
    if kind == "gh":
        return ch(["+233 %s %s %s" % (ch(["24", "54", "55", "20", "50", "26"]), digits(3), digits(4)),
                   "0%s %s %s" % (ch(["24", "54", "20"]), digits(3), digits(4))])
    if kind == "in":
        return "+91 %s %s" % (ch("6789") + digits(4), digits(5))
    if kind == "pk":
        return ch(["+92 3%s %s" % (digits(2), digits(7)), "03%s-%s" % (digits(2), digits(7))])
    if kind == "bd":
        return "+880 1%s-%s" % (ch("3456789") + digits(2), digits(6))
    if kind == "pl":
        return "+48 %s %s %s" % (ch("5678") + digits(2), digits(3), digits(3))
    if kind == "ro":
        return ch(["+40 7%s %s %s" % (digits(2), digits(3), digits(3)), "07%s %s %s" % (digits(2), digits(3), digits(3))])
    if kind == "ph":
        return ch(["+63 9%s %s %s" % (digits(2), digits(3), digits(4)), "09%s %s %s" % (digits(2), digits(3), digits(4))])
    if kind == "br":
        return "+55 (%s) 9%s-%s" % (ch(["11", "21", "31", "41", "61", "71", "85"]), digits(4), digits(4))
    raise ValueError(kind)


def home_phone(p):
    return phone(p.origin if p.origin not in ("es", "gb") else ("es_mob" if p.origin == "es" else "uk_mob"))


# ---------------------------------------------------------------------------
# E-mail addresses
# ---------------------------------------------------------------------------
def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("'", "").replace("’", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode("ascii")


DOMAINS = {
    "es": ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.es", "outlook.es", "yahoo.es",
           "icloud.com", "live.com", "telefonica.net"],
    "latam": ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "ma": ["gmail.com", "gmail.com", "hotmail.fr", "yahoo.fr", "outlook.fr", "menara.ma"],
    "ua": ["gmail.com", "gmail.com", "ukr.net", "i.ua", "meta.ua"],
    "gb": ["gmail.com", "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com",
           "icloud.com", "live.co.uk", "sky.com", "virginmedia.com"],
    "ng": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com"],
    "in": ["gmail.com", "gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "pl": ["wp.pl", "o2.pl", "gmail.com", "onet.pl", "interia.pl"],
    "br": ["gmail.com", "gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
    "other": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"],
}


def email_for(p, domain=None):
    g = fold(p.first()).lower().replace(" ", "").replace("-", "")
    s = fold(p.main()).lower().replace(" ", "").replace("-", "")
    s2 = fold(p.surs[1]).lower().replace(" ", "") if len(p.surs) > 1 else ""
    yy = str(rng.randrange(70, 100)) if chance(0.5) else "%02d" % rng.randrange(0, 10)
    opts = ["{g}.{s}", "{g}{s}{y}", "{gi}{s}", "{g}_{s}", "{g}.{si}", "{s}.{g}{y}", "{g}{y}", "{gi}.{s}{y}"]
    if s2 and s2 != s:
        opts += ["{g}.{s}{s2}", "{g}{s2}", "{gi}{s}{s2i}"]
    local = ch(opts).format(g=g, s=s, y=yy, gi=g[0], si=s[0], s2=s2, s2i=s2[:1])
    if domain is None:
        o = p.origin
        key = o if o in DOMAINS else ("latam" if o in HISP else ("ng" if o == "gh" else "other"))
        domain = ch(DOMAINS[key])
    return local + "@" + domain


LEGAL_TOKENS = ["S.L.", "S.L.P.", "S.A.", "S.L.U.", "Coop.", "V.", "Ltd", "plc", "LLP", "CIC", "Co.", "&", "e", "y",
                "de", "del", "la", "el", "los", "las", "d'", "Da", "and", "of"]


def org_domain(name, tld):
    words = [w.strip(",.") for w in name.replace(",", " ").split() if w not in LEGAL_TOKENS]
    words = [fold(w).lower().replace("'", "") for w in words if w.strip(",.")]
    words = ["".join(c for c in w if c.isalnum()) for w in words]
    words = [w for w in words if w]
    return "".join(words[:2]) + "." + tld


def staff_email(p, domain, style):
    g = fold(p.first()).lower().replace(" ", "")
    s = fold(p.surs[0]).lower().replace(" ", "").replace("-", "")
    if style == "es":
        return "%s.%s@%s" % (g[0], s, domain)
    return "%s.%s@%s" % (g, s, domain)


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------
ES_STREETS = {
    "Madrid": [("Calle de Embajadores", "28012"), ("Calle de Bravo Murillo", "28020"), ("Calle de Alcalá", "28027"),
               ("Avenida de la Albufera", "28038"), ("Calle del General Ricardos", "28019"),
               ("Calle de Marcelo Usera", "28026"), ("Calle de la Oca", "28025"), ("Paseo de Extremadura", "28011"),
               ("Calle de Antonio López", "28026"), ("Calle de Valmojado", "28047"),
               ("Avenida de Rafaela Ybarra", "28041"), ("Calle del Arroyo del Olivar", "28018"),
               ("Calle de San Cipriano", "28032"), ("Calle de Hermanos García Noblejas", "28037"),
               ("Calle de Pedro Laborde", "28038"), ("Calle de Tribulete", "28012"), ("Calle de la Virgen de los Peligros", "28013"),
               ("Calle de Francisco Silvela", "28028"), ("Calle de Almansa", "28039"), ("Calle de Oca", "28025")],
    "Valencia": [("Carrer de Sueca", "46006"), ("Avinguda del Port", "46023"), ("Carrer de Cuba", "46006"),
                 ("Carrer del Doctor Sumsi", "46005"), ("Avenida de Pérez Galdós", "46018"),
                 ("Carrer de Sant Vicent Màrtir", "46007"), ("Calle de Jesús", "46007"), ("Avenida del Cid", "46018"),
                 ("Carrer de Dénia", "46006"), ("Calle de Marxalenes", "46009"), ("Carrer de Benicarló", "46020"),
                 ("Calle de Archiduque Carlos", "46014")],
    "Barcelona": [("Carrer de Sant Pau", "08001"), ("Carrer de l'Hospital", "08001"), ("Rambla del Raval", "08001"),
                  ("Carrer de Joaquín Costa", "08001"), ("Carrer de Còrsega", "08036"), ("Carrer de Sants", "08014"),
                  ("Passeig de Maragall", "08041"), ("Carrer de Pere IV", "08018"), ("Via Júlia", "08042"),
                  ("Carrer de la Riereta", "08001"), ("Carrer de Torrent de l'Olla", "08012"), ("Carrer de Ramon Turró", "08005")],
}
ES_TOWNS = [("Fuenlabrada", "Calle de Leganés", "28945"), ("Getafe", "Calle Madrid", "28901"),
            ("Parla", "Calle Real", "28981"), ("Torrejón de Ardoz", "Calle de Londres", "28850"),
            ("Alcorcón", "Calle Mayor", "28921"), ("Torrent", "Carrer de Ramón y Cajal", "46900"),
            ("Burjassot", "Carrer de Mariano Benlliure", "46100"), ("Gandia", "Carrer de Sant Ponç", "46701"),
            ("L'Hospitalet de Llobregat", "Carrer de Santa Eulàlia", "08902"),
            ("Badalona", "Carrer del Progrés", "08912"), ("Santa Coloma de Gramenet", "Carrer Major", "08921"),
            ("Terrassa", "Rambla d'Ègara", "08221"), ("Móstoles", "Calle de Simón Hernández", "28936")]
ES_FLOORS = ["3º B", "2º izda.", "bajo A", "4º 2ª", "esc. 2, 5º 1ª", "pta. 12", "ático", "1º D", "6º C", "entlo. 3ª",
             "2n 1a", "1r 2a", "3º", "piso 4, puerta 7"]


def es_address(city=None, style=None):
    if city is None:
        city = ch(["Madrid", "Madrid", "Valencia", "Barcelona", "town"])
    if city == "town":
        town, street, cp = ch(ES_TOWNS)
    else:
        street, cp = ch(ES_STREETS[city])
        town = {"Madrid": "Madrid", "Valencia": ch(["Valencia", "València"]), "Barcelona": "Barcelona"}[city]
    num = str(rng.randrange(1, 220))
    floor = ch(ES_FLOORS)
    style = style or ch(["std", "std", "short", "caps", "comma", "nofloor"])
    if style == "std":
        return "%s %s, %s, %s %s" % (street, num, floor, cp, town)
    if style == "comma":
        return "%s, %s, %s - %s %s" % (street, num, floor, cp, town)
    if style == "nofloor":
        return "%s, %s, %s %s" % (street, num, cp, town)
    if style == "short":
        st = street.replace("Calle de la ", "C/ ").replace("Calle del ", "C/ ").replace("Calle de ", "C/ ")
        st = st.replace("Calle ", "C/ ").replace("Carrer de l'", "C/ ").replace("Carrer de la ", "C/ ")
        st = st.replace("Carrer del ", "C/ ").replace("Carrer de ", "C/ ").replace("Avenida de la ", "Avda. ")
        st = st.replace("Avenida de ", "Avda. ").replace("Avenida del ", "Avda. ").replace("Avinguda del ", "Av. ")
        return "%s %s %s, %s %s" % (st, num, floor.replace(" ", ""), cp, town)
    if style == "caps":
        return ("%s %s %s %s %s" % (street, num, floor, cp, town)).upper()
    if style == "lower":
        return fold("%s %s %s %s" % (street.replace("Calle de ", "c/ ").replace("Carrer de ", "c/ "), num,
                                     floor.replace("º", "").replace("ª", ""), town)).lower()
    return "%s %s, %s %s" % (street, num, cp, town)


UK_STREETS = {
    "London": [("Commercial Road", "E1"), ("Whitechapel Road", "E1"), ("Green Street", "E7"), ("High Street North", "E6"),
               ("Romford Road", "E12"), ("Brick Lane", "E1"), ("Old Kent Road", "SE15"), ("Rye Lane", "SE15"),
               ("Walworth Road", "SE17"), ("Tooting High Street", "SW17"), ("Uxbridge Road", "W12"),
               ("Ilford Lane", "IG1"), ("Stamford Hill", "N16"), ("Seven Sisters Road", "N4"), ("Cranbrook Road", "IG1"),
               ("Lordship Lane", "N17"), ("Harrow Road", "W10"), ("Plashet Grove", "E6"), ("Coldharbour Lane", "SW9"),
               ("Kingsland Road", "E8"), ("Cable Street", "E1"), ("Victoria Road", "NW10")],
    "Leeds": [("Harehills Lane", "LS8"), ("Roundhay Road", "LS8"), ("Chapeltown Road", "LS7"), ("Beeston Road", "LS11"),
              ("Dewsbury Road", "LS11"), ("Kirkstall Road", "LS4"), ("Burley Road", "LS4"), ("Tong Road", "LS12"),
              ("Stanley Road", "LS9"), ("Victoria Road", "LS6"), ("Cowper Street", "LS7"), ("Compton Road", "LS9")],
    "Bristol": [("Stapleton Road", "BS5"), ("Gloucester Road", "BS7"), ("Church Road", "BS5"), ("St Marks Road", "BS5"),
                ("Easton Road", "BS5"), ("Fishponds Road", "BS5"), ("Wells Road", "BS4"), ("Cheltenham Road", "BS6"),
                ("Albert Road", "BS2"), ("Mina Road", "BS2"), ("Filton Avenue", "BS7")],
    "Belfast": [("Ormeau Road", "BT7"), ("Lisburn Road", "BT9"), ("Donegall Road", "BT12"), ("Springfield Road", "BT12"),
                ("Antrim Road", "BT15"), ("Newtownards Road", "BT4"), ("Castlereagh Road", "BT5"),
                ("University Street", "BT7"), ("Cliftonville Road", "BT14"), ("Donegall Pass", "BT7")],
}
UK_BUILDINGS = ["Kestrel House", "Mulberry Court", "Riverside Point", "Aspen Heights", "Jubilee Mansions",
                "Clarence Court", "Elm Tree House", "Caxton Buildings", "Harbour View", "Sycamore Lodge"]


def uk_postcode(outward):
    return outward + " " + str(rng.randrange(1, 10)) + letters(2, "ABDEFGHJLNPQRSTUWXYZ")


def uk_address(city=None, style=None):
    if city is None:
        city = ch(["London", "London", "Leeds", "Bristol", "Belfast"])
    street, out = ch(UK_STREETS[city])
    num = str(rng.randrange(1, 400))
    pc = uk_postcode(out)
    style = style or ch(["std", "std", "flat", "building", "caps", "oneline"])
    if style == "std":
        return "%s %s, %s %s" % (num, street, city, pc)
    if style == "flat":
        return "Flat %s, %s %s, %s %s" % (ch([str(rng.randrange(1, 30)), "%d%s" % (rng.randrange(1, 9), ch("ABC"))]),
                                          num, street, city, pc)
    if style == "building":
        return "Apartment %d, %s, %s %s, %s, %s" % (rng.randrange(1, 80), ch(UK_BUILDINGS), num, street, city, pc)
    if style == "caps":
        return ("%s %s, %s, %s" % (num, street, city, pc)).upper()
    if style == "lower":
        return ("%s %s %s %s" % (num, street, city, pc)).lower()
    return "%s %s %s %s" % (num, street, city, pc)


def abroad_address(origin):
    n = str(rng.randrange(2, 300))
    if origin == "ec":
        return ch(["Av. 9 de Octubre %s y García Avilés, Guayaquil" % n, "Calle Sucre %s y Bolívar, Cuenca" % n,
                   "Cdla. La Alborada, Mz. %s villa 7, Guayaquil" % n])
    if origin == "co":
        return ch(["Carrera 45 # %s-12, Medellín" % n, "Calle 72 # 10-%s, apto 502, Bogotá" % n,
                   "Carrera 7 # %s-30, Pereira" % n])
    if origin == "ve":
        return ch(["Av. Bolívar, Edif. Los Samanes, piso %s, apto 4B, Valencia, Carabobo" % rng.randrange(1, 12),
                   "Calle %s con Av. 5 de Julio, Maracaibo" % rng.randrange(60, 90),
                   "Urb. La Trinidad, calle 3, casa %s, Caracas" % n])
    if origin == "hn":
        return "Col. Kennedy, bloque %s, casa %s, Tegucigalpa" % (rng.randrange(1, 40), n)
    if origin == "pe":
        return ch(["Jr. Huallaga %s, Cercado de Lima" % n, "Av. Arequipa %s, dpto. 302, Lince, Lima" % n])
    if origin == "ar":
        return "Av. Corrientes %s, piso 3 B, C1043 CABA" % (int(n) * 10)
    if origin == "ma":
        return ch(["Rue Ibn Batouta %s, Quartier Maarif, Casablanca" % n, "Derb Sidi Bouloukat %s, Marrakech" % n,
                   "Avenue Hassan II, n° %s, Tanger 90000" % n, "Hay Al Qods, rue 12 n° %s, Nador" % n])
    if origin == "ua":
        return ch(["vul. Shevchenka %s, kv. 27, Lviv 79005" % n, "prosp. Peremohy %s, kv. 112, Kyiv 03056" % n,
                   "vul. Soborna %s, Vinnytsia 21050" % n])
    if origin == "ng":
        return ch(["%s Adeola Odeku Street, Victoria Island, Lagos" % n, "Plot %s, Gwarinpa Estate, Abuja" % n,
                   "%s Ogui Road, Enugu" % n])
    if origin == "gh":
        return ch(["House No. %s, Osu Badu Street, Dzorwulu, Accra" % n, "Plot %s, Ahodwo Roundabout, Kumasi" % n])
    if origin == "in":
        return ch(["Flat %s, Sai Residency, Madhapur, Hyderabad 500081" % n,
                   "House No. %s, Sector 22-B, Chandigarh 160022" % n, "%s, 4th Cross, Jayanagar, Bengaluru 560041" % n])
    if origin == "pk":
        return ch(["House %s, Street 7, G-9/2, Islamabad" % n, "%s-B, Model Town, Lahore" % n])
    if origin == "bd":
        return ch(["House %s, Road 5, Dhanmondi, Dhaka 1205" % n, "Village Lalabazar, %s Main Road, Sylhet" % n])
    if origin == "ph":
        return "Blk %s Lot 12, Phase 2, Camella Homes, Bacoor, Cavite" % rng.randrange(1, 40)
    if origin == "br":
        return ch(["Rua Augusta, %s, apto 52, São Paulo - SP, 01304-001" % n, "Rua da Bahia, %s, Belo Horizonte - MG" % n])
    if origin == "pl":
        return "ul. Piotrkowska %s m. 4, 90-006 Łódź" % n
    if origin == "ro":
        return "Str. Mihai Eminescu nr. %s, bl. A3, ap. 12, Iași" % n
    return "%s Main Street" % n


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
FIRM_ES = "Lozano Benhaddou Abogados"
FIRM_ES_FULL = "Lozano Benhaddou Abogados, S.L.P."
FIRM_ES_DOMAIN = "lozanobenhaddou.es"
ES_OFFICES = {
    "Madrid": ("Calle de Bravo Murillo 162, 4º izda., 28020 Madrid", "91 572 31 80"),
    "Valencia": ("Carrer de Russafa 31, 2ª, 46004 València", "963 408 271"),
    "Barcelona": ("Carrer de la Riereta 14, baixos, 08001 Barcelona", "932 417 556"),
}
FIRM_UK = "Ashdown Mensah Solicitors LLP"
FIRM_UK_SHORT = "Ashdown Mensah Solicitors"
FIRM_UK_DOMAIN = "ashdownmensah.co.uk"
UK_OFFICES = {
    "London": ("2nd Floor, 118 Commercial Road, London E1 1NL", "020 7790 4418"),
    "Leeds": ("Suite 5, 41 Roundhay Road, Leeds LS7 1AB", "0113 262 9045"),
    "Bristol": ("3 St Marks Road, Bristol BS5 6JH", "0117 955 3120"),
    "Belfast": ("27 Donegall Pass, Belfast BT7 1DQ", "028 9032 6671"),
}

ES_STAFF = [
    (mk("Carmen", "Lozano|Vidal", "f", "es"), "Madrid", "Socia directora"),
    (mk("Karim", "Benhaddou|Ruiz", "m", "ma"), "Barcelona", "Socio"),
    (mk("Marta", "Iglesias|Bueno", "f", "es"), "Madrid", "Abogada"),
    (mk("Jorge", "Prieto|Campos", "m", "es"), "Madrid", "Abogado laboralista"),
    (mk("Amparo", "Sempere|Rosa", "f", "es"), "Valencia", "Abogada"),
    (mk("Vicent", "Llorens|Ferrando", "m", "es"), "Valencia", "Abogado"),
    (mk("Laia", "Rovira|Casals", "f", "es"), "Barcelona", "Abogada"),
    (mk("Yolimar", "Carrasquel|Rondón", "f", "ve"), "Madrid", "Gestora de expedientes"),
    (mk("Nadia", "El Idrissi|Gómez", "f", "ma"), "Valencia", "Técnica de extranjería"),
    (mk("Oksana", "Melnyk", "f", "ua"), "Barcelona", "Administrativa e intérprete"),
    (mk("Rubén", "Blanco|Paz", "m", "es"), "Madrid", "Recepción"),
]
UK_STAFF = [
    (mk("Helen", "Ashdown", "f", "gb"), "London", "Partner"),
    (mk("Kwabena", "Mensah", "m", "gh"), "Leeds", "Partner"),
    (mk("Siobhan", "McCann", "f", "gb"), "Belfast", "Solicitor"),
    (mk("Tomasz", "Wróbel", "m", "pl"), "Bristol", "Senior Caseworker"),
    (mk("Aisha", "Qureshi", "f", "pk"), "London", "Associate Solicitor (Employment)"),
    (mk("Daniel", "Rose", "m", "gb"), "Leeds", "Trainee Solicitor"),
    (mk("Folake", "Adebayo-Marsh", "f", "ng"), "London", "Immigration Adviser (OISC Level 3)"),
    (mk("Rhys", "Pritchard", "m", "gb"), "Bristol", "Solicitor (Employment)"),
    (mk("Marisol", "Bautista", "f", "ph"), "London", "Paralegal"),
    (mk("Jaspreet", "Kaur|Gill", "f", "in"), "Leeds", "Legal Assistant"),
    (mk("Gareth", "Young", "m", "gb"), "London", "Practice Manager"),
    (mk("Ciara", "Devlin", "f", "gb"), "Belfast", "Paralegal"),
]


def es_staff(office=None):
    pool = [s for s in ES_STAFF if office is None or s[1] == office]
    return ch(pool)


def es_lawyer(office=None):
    pool = [s for s in ES_STAFF if (office is None or s[1] == office) and ("Abog" in s[2] or "Soci" in s[2])]
    return ch(pool)


def uk_staff(office=None):
    pool = [s for s in UK_STAFF if office is None or s[1] == office]
    return ch(pool)


ES_EMPLOYERS = ["Limpiezas Brillamar S.L.", "Construcciones Ribera del Turia S.A.", "Hostelería Gran Vía 2000 S.L.",
                "Asistencia Domiciliaria Los Almendros S.L.", "Frutas Hermanos Paredes S.L.",
                "Talleres Mecánicos Quispe e Hijos S.L.", "Restaurante El Rincón de Lola",
                "Panadería Obrador Santa Rita S.L.", "Residencia de Mayores Virgen del Carmen",
                "Logística Levante Express S.L.", "Cuidados Serena Hogar S.L.",
                "Distribuciones Alimentarias Maresme S.A.", "Reformas Integrales Benali S.L.",
                "Agrícola Vall d'Albaida, Coop. V.", "Carnicería Halal Al Andalus", "Peluquería Estilo Caribe",
                "Mudanzas Turia S.L.", "Grupo Hotelero Costa Barcelona S.A.", "Bar Cafetería La Esquina de Usera",
                "Jardinería Verdeval S.L.", "Seguridad Integral Vigilax S.A.", "Multiservicios Carabanchel S.L.",
                "Confecciones Raval Tèxtil S.L.", "Transportes Hermanos Ordóñez S.L.", "Fontanería y Gas Valdés S.L.",
                "Cocinas Centrales Mediterráneo S.L.", "Glovoapp23, S.A.", "Eulen S.A.", "Clece, S.A.",
                "Supermercados Nuevo Amanecer S.L.", "Almacenes Frigoríficos del Puerto S.L.",
                "Pizzería Da Gennaro", "Invernaderos Campo de Cartagena S.L."]
ES_PUBLIC = {
    "Madrid": ["Oficina de Extranjería de Madrid", "Delegación del Gobierno en la Comunidad de Madrid",
               "Comisaría de Policía Nacional de Aluche", "Ayuntamiento de Madrid", "Juzgado de lo Social n.º 12 de Madrid",
               "SMAC de la Comunidad de Madrid", "Hospital Universitario 12 de Octubre", "Centro de Salud Lavapiés",
               "CEPA Francisco Largo Caballero", "Junta Municipal de Usera"],
    "Valencia": ["Oficina de Extranjería de Valencia", "Subdelegación del Gobierno en Valencia", "Comisaría de Zapadores",
                 "Ajuntament de València", "Juzgado de lo Social n.º 4 de Valencia", "Hospital Universitari i Politècnic La Fe",
                 "Escola Oficial d'Idiomes de València", "Cáritas Diocesana de Valencia"],
    "Barcelona": ["Oficina de Extranjería de Barcelona", "Subdelegación del Gobierno en Barcelona",
                  "Comisaría de la Rambla de Guipúscoa", "Ajuntament de Barcelona", "Jutjat Social núm. 21 de Barcelona",
                  "Hospital Clínic de Barcelona", "Servei d'Ocupació de Catalunya", "CAP Drassanes"],
}
ES_NATIONAL = ["Tesorería General de la Seguridad Social", "SEPE", "Agencia Tributaria", "Policía Nacional",
               "Inspección de Trabajo y Seguridad Social", "Registro Civil Central",
               "Ministerio de Inclusión, Seguridad Social y Migraciones", "Cruz Roja Española", "CEAR", "Accem",
               "Instituto Cervantes", "Registro Central de Penados"]
ES_BANKS = ["Banco Santander", "BBVA", "CaixaBank", "Banco Sabadell", "Bankinter", "ING", "Openbank", "Cajamar",
            "Abanca", "Unicaja"]
ES_INSURERS = ["Sanitas", "Adeslas", "DKV Seguros", "Asisa", "Mapfre Salud"]
ES_COURIERS = ["Correos", "SEUR", "MRW", "GLS"]
CONSULATES = {"ve": "Consulado General de Venezuela en Madrid", "co": "Consulado General de Colombia en Madrid",
              "ec": "Consulado General del Ecuador en Valencia", "hn": "Consulado General de Honduras en Madrid",
              "ar": "Consulado General de la República Argentina en Barcelona", "pe": "Consulado General del Perú en Barcelona",
              "ma": "Consulado General de Marruecos en Valencia", "ua": "Embajada de Ucrania en España"}
SP_CONSULATES_ABROAD = {"ve": "Consulado General de España en Caracas", "co": "Consulado General de España en Bogotá",
                        "ec": "Consulado General de España en Guayaquil", "hn": "Embajada de España en Tegucigalpa",
                        "ar": "Consulado General de España en Buenos Aires", "pe": "Consulado General de España en Lima",
                        "ma": "Consulado General de España en Casablanca", "ua": "Embajada de España en Kyiv"}
HOME_BANKS = {"ve": ["Banesco", "Banco de Venezuela", "Mercantil Banco"], "co": ["Bancolombia", "Davivienda"],
              "ec": ["Banco Pichincha", "Banco Guayaquil"], "hn": ["Banco Atlántida", "Banpaís"],
              "ar": ["Banco Galicia", "Banco Nación"], "pe": ["Banco de Crédito del Perú", "Interbank"],
              "ma": ["Attijariwafa bank", "Banque Populaire", "CIH Bank"], "ua": ["PrivatBank", "Monobank", "Oschadbank"],
              "ng": ["GTBank", "Access Bank", "Zenith Bank"], "gh": ["Ecobank Ghana", "GCB Bank"],
              "in": ["State Bank of India", "HDFC Bank", "ICICI Bank"], "pk": ["HBL", "Meezan Bank", "MCB Bank"],
              "bd": ["BRAC Bank", "Dutch-Bangla Bank", "Sonali Bank"], "pl": ["PKO Bank Polski", "mBank"],
              "ro": ["Banca Transilvania", "BRD"], "ph": ["BDO Unibank", "Metrobank"], "br": ["Banco do Brasil", "Nubank", "Itaú"]}

UK_EMPLOYERS = ["Harrowgate Care Homes Ltd", "Pennine Poultry Processing Ltd", "Brightwell Logistics plc",
                "Saffron Spice Restaurant Ltd", "Kowalski Builders Ltd", "Okonkwo & Partners Accountants",
                "Meadowbank Nursing Home", "Avonside Healthcare Ltd", "Lagan Valley Meats Ltd",
                "Northern Star Software Ltd", "Temple Quay Analytics Ltd", "Aire Valley Engineering Ltd",
                "Redbrick Dental Practice", "Greenleaf Domiciliary Care Ltd", "Spice of Bengal Ltd",
                "Vistula Foods UK Ltd", "Carpathian Construction Ltd", "Manila Heights Care Services Ltd",
                "Ipanema Cleaning Services Ltd", "Severn Fresh Produce Ltd", "Belfast Harbourside Hotel Ltd",
                "Docklands FinTech Ltd", "Kirkstall Bakery Co.", "Castle Cleaning Contractors Ltd",
                "Shipley Warehousing Ltd", "Chapeltown Community Pharmacy", "Ormeau Dental Care",
                "Whitechapel Halal Butchers", "Bedminster Motors Ltd", "Lisburn Road Physiotherapy Clinic",
                "Sunrise Supported Living CIC", "Goldcrest Hotels Group plc", "Atlas Security Services Ltd"]
UK_PUBLIC = ["Home Office", "UK Visas and Immigration", "UKVI", "HM Courts & Tribunals Service", "HMRC", "DWP",
             "First-tier Tribunal (Immigration and Asylum Chamber)", "Upper Tribunal (Immigration and Asylum Chamber)",
             "ACAS", "Legal Aid Agency", "Solicitors Regulation Authority", "Disclosure and Barring Service"]
UK_LOCAL = {"London": ["London Borough of Newham", "Tower Hamlets Council", "Barts Health NHS Trust", "St Thomas' Hospital",
                       "London Central Employment Tribunal", "East London Employment Tribunal", "Queen Mary University of London"],
            "Leeds": ["Leeds City Council", "Leeds Teaching Hospitals NHS Trust", "Leeds Employment Tribunal",
                      "University of Leeds", "Chapeltown Citizens Advice"],
            "Bristol": ["Bristol City Council", "North Bristol NHS Trust", "Bristol Employment Tribunal",
                        "University of Bristol", "Citizens Advice Bristol"],
            "Belfast": ["Belfast City Council", "Belfast Health and Social Care Trust", "Royal Victoria Hospital",
                        "Office of the Industrial Tribunals and the Fair Employment Tribunal", "Labour Relations Agency",
                        "Queen's University Belfast", "AccessNI"]}
UK_BANKS = ["Barclays", "HSBC UK", "Lloyds Bank", "NatWest", "Santander UK", "Monzo", "Nationwide", "Starling Bank",
            "Metro Bank", "Danske Bank", "Ulster Bank", "Bank of Ireland UK"]
UK_COURIERS = ["Royal Mail", "DPD", "Evri", "DHL Express", "Parcelforce"]


# ---------------------------------------------------------------------------
# Business references (CUSTOMER_ID)
# ---------------------------------------------------------------------------
def ref_es_exp(office=None):
    code = {"Madrid": "MAD", "Valencia": "VLC", "Barcelona": "BCN"}.get(office, ch(["MAD", "VLC", "BCN"]))
    n = rng.randrange(10, 2000)
    return ch(["EXP-%s-2026-%04d" % (code, n), "%s/26/%04d" % (code, n), "LB-%s-%05d" % (code, rng.randrange(10000, 99999))])


def ref_extranjeria(office=None):
    pref = {"Madrid": "2800", "Valencia": "4600", "Barcelona": "0800"}.get(office, ch(["2800", "4600", "0800"]))
    return ch(["%s20260%s" % (pref, digits(6)), "%s/2026/%s" % (pref[:2], digits(6))])


def ref_regage():
    return "REGAGE26e%s" % digits(11)


def ref_justificante():
    return letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def ref_tasa790():
    return "790%s%s" % (ch(["012", "052", "062"]), digits(7))


def ref_autos():
    return "%d/2026" % rng.randrange(40, 1500)


def ref_factura_es():
    return ch(["F-2026-%04d" % rng.randrange(1, 3000), "FRA 26/%04d" % rng.randrange(1, 3000)])


def ref_uk_matter(office=None):
    code = {"London": "LON", "Leeds": "LDS", "Bristol": "BRS", "Belfast": "BEL"}.get(office, ch(["LON", "LDS", "BRS", "BEL"]))
    dept = ch(["IMM", "IMM", "EMP", "SPN"])
    return ch(["AMS/%s/%s/%05d" % (code, dept, rng.randrange(1000, 99999)), "%s-%s-26-%04d" % (dept, code, rng.randrange(1, 9999))])


def ref_gwf():
    return "GWF0%s" % digits(8)


def ref_uan():
    return "%s-%s-%s-%s" % (digits(4, True), digits(4), digits(4), digits(4))


def ref_ho():
    return ch("ABCDHKMRS") + digits(7) + ch(["", "", "/2", "/3"])


def ref_cos():
    return "C" + digits(1, True) + letters(1) + digits(1) + letters(1) + digits(5) + letters(1)


def ref_et(office=None):
    reg = {"London": ch(["22", "32"]), "Leeds": "18", "Bristol": "14"}.get(office, ch(["22", "18", "14", "32"]))
    return "%s%05d/2026" % (reg, rng.randrange(0, 99999))


def ref_ni_tribunal():
    return "%d/26IT" % rng.randrange(100, 9999)


def ref_acas():
    return "R%06d/26/%02d" % (rng.randrange(0, 999999), rng.randrange(1, 99))


def ref_appeal():
    return ch(["HU/%05d/2026" % rng.randrange(50000, 59999), "PA/%05d/2026" % rng.randrange(50000, 59999),
               "UI-2026-%06d" % rng.randrange(0, 9999)])


def ref_inv_uk():
    return ch(["INV-%06d" % rng.randrange(100000, 999999), "AM-%05d" % rng.randrange(10000, 99999)])


def ref_ihs():
    return "IHS%s" % digits(9, True)


# ---------------------------------------------------------------------------
# Dates (never labelled)
# ---------------------------------------------------------------------------
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
       "diciembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


def rdate():
    return rng.randrange(1, 29), rng.randrange(1, 13)


def d_num(d=None, m=None, yy=False, year=2026):
    if d is None:
        d, m = rdate()
    return "%02d/%02d/%s" % (d, m, str(year)[2:] if yy else str(year))


def d_es(d=None, m=None, year=2026):
    if d is None:
        d, m = rdate()
    return "%d de %s de %d" % (d, MES[m - 1], year)


def d_en(d=None, m=None, year=2026):
    if d is None:
        d, m = rdate()
    return "%d %s %d" % (d, MONTHS[m - 1], year)


def times_sorted(n, start=8, end=21, secs=False):
    """n increasing clock times for chat exports."""
    mins = sorted(sample(range(start * 60, end * 60), n))
    if secs:
        return ["%02d:%02d:%02d" % (m // 60, m % 60, rng.randrange(60)) for m in mins]
    return ["%02d:%02d" % (m // 60, m % 60) for m in mins]


def hhmm():
    return "%02d:%02d" % (rng.randrange(8, 21), rng.randrange(0, 60))


def money(lo, hi, es=True):
    v = rng.randrange(lo, hi)
    c = rng.randrange(0, 100)
    if es:
        return "{:,}".format(v).replace(",", ".") + ",%02d €" % c
    return "£{:,}.{:02d}".format(v, c)


# ---------------------------------------------------------------------------
# Document builder: spans are recorded while the text is assembled.
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, lang):
        self.lang = lang
        self.parts = []
        self.spans = []
        self.pos = 0

    def add(self, *segs):
        for s in segs:
            if isinstance(s, (list, tuple)) and len(s) == 2 and s[1] in LABELS:
                text, label = s
                if not text or text != text.strip():
                    raise ValueError("bad span text %r" % (text,))
                self.spans.append((self.pos, self.pos + len(text), label))
                self.parts.append(text)
                self.pos += len(text)
            elif isinstance(s, list):
                self.add(*s)
            else:
                self.parts.append(s)
                self.pos += len(s)
        return self

    def text(self):
        return "".join(self.parts)


def P(x):
    return (x, "PERSON")


def O(x):
    return (x, "ORG")


def A(x):
    return (x, "ADDRESS")


def C(x):
    return (x, "CUSTOMER_ID")


def T(x):
    return (x, "PHONE")


def E(x):
    return (x, "EMAIL")


def I(x):
    return (x, "IBAN")


def N(x):
    return (x, "NATIONAL_ID")


# ===========================================================================
# Spanish-language documents (Spanish firm)
# ===========================================================================
PROCS = ["arraigo sociolaboral", "arraigo social", "arraigo socioformativo", "arraigo familiar",
         "arraigo de segunda oportunidad", "renovación de residencia y trabajo", "reagrupación familiar",
         "tarjeta de familiar de ciudadano de la UE", "residencia de larga duración",
         "renovación de protección temporal"]
OFFICES = ["Madrid", "Valencia", "Barcelona"]
WEEKDAYS_ES = ["lun", "mar", "mié", "jue", "vie"]


def es_client(origin=None, gender=None):
    return person(origin or ch(SPAIN_CLIENT_ORIGINS), gender)


def es_pub(office, kind):
    for o in ES_PUBLIC[office]:
        if kind in o:
            return o
    return ES_PUBLIC[office][0]


def ext_office(office):
    return "Oficina de Extranjería de " + office


def comisaria(office):
    return {"Madrid": ("Comisaría de Policía Nacional de Aluche", "Avenida de los Poblados s/n, 28044 Madrid"),
            "Valencia": ("Comisaría de Zapadores", "Calle del Batallón de Zapadores 1, 46020 Valencia"),
            "Barcelona": ("Comisaría de la Rambla de Guipúscoa", "Rambla de Guipúscoa 74, 08020 Barcelona")}[office]


def agree(p, m, f):
    return m if p.gender == "m" else f


def es_doc_id(p):
    """Documento a mostrar para un cliente en España: NIE la mayoría de las veces, si no pasaporte."""
    if chance(0.65):
        return "NIE", nie()
    return "pasaporte", passport(p.origin)


def es_email_arraigo():
    d = Doc("es")
    office = ch(OFFICES)
    law, _, role = es_lawyer(office)
    cli = es_client()
    le = staff_email(law, FIRM_ES_DOMAIN, "es")
    ce = email_for(cli)
    exp = ref_es_exp(office)
    proc = ch(PROCS[:5])
    emp = ch(ES_EMPLOYERS)
    mgr = person("es")
    sib = person(cli.origin)
    hid, hname = home_id(cli)
    addr = es_address(office if chance(0.7) else "town")
    oaddr, ophone = ES_OFFICES[office]
    padron = {"Madrid": ch(["Junta Municipal de Usera", "Junta Municipal de Tetuán"]), "Valencia": "Ajuntament de València",
              "Barcelona": "Ajuntament de Barcelona"}[office]
    dd, mm = rdate()
    d.add("De: ", P(cli.usual()), " <", E(ce), ">\nPara: ", E(le), "\nAsunto: Re: ", proc, " – documentación pendiente (",
          C(exp), ")\nFecha: ", d_es(dd, mm), "\n\n")
    d.add(ch(["Buenos días, ", "Hola ", "Buenas tardes, "]), P(law.first()), ":\n\n")
    if chance(0.5):
        d.add("Le mando por fin el contrato que me ha firmado ", O(emp), ". ",
              agree(mgr, "El encargado, ", "La encargada, "), P(mgr.first() + " " + mgr.surs[0]),
              ", me ha dicho que me dan de alta en cuanto salga la resolución favorable, que ellos ya lo hicieron con otro "
              "compañero de ", COUNTRY_ES[cli.origin], ".\n")
    else:
        d.add("Perdone la tardanza. En ", O(emp), " me dicen que el contrato me lo firma ", agree(mgr, "el jefe, ", "la jefa, "),
              P(mgr.full()), ", pero que está de baja hasta el lunes. ¿Le puedo mandar mientras tanto la oferta firmada por "
              "recursos humanos?\n")
    d.add("Le recuerdo mis datos por si los necesita: pasaporte n.º ", N(passport(cli.origin)), " y ", hname, " ",
          N(hid), ".\n")
    d.add("Desde enero vivo en ", A(addr), " y ya estoy ", agree(cli, "empadronado", "empadronada"),
          " allí, el volante me lo dieron en la ", O(padron), ".\n")
    d.add("Los antecedentes penales de ", COUNTRY_ES[cli.origin], " los está tramitando mi ",
          agree(sib, "hermano ", "hermana "), P(sib.first()), ", que sigue allá; dice que en dos semanas los tiene "
          "apostillados.\n\n")
    d.add("Si necesita algo más me puede llamar al ", T(home_phone(cli) if chance(0.3) else phone("es_mob")),
          ch([", mejor por la tarde porque por la mañana estoy trabajando.", ", o por WhatsApp.", "."]), "\n\n",
          ch(["Un saludo,", "Muchas gracias,", "Atentamente,"]), "\n", P(cli.first() + " " + cli.surs[0]), "\n\n")
    d.add("El ", ch(WEEKDAYS_ES), ", ", str(dd), " ", MES[mm - 1][:3], " 2026 a las ", hhmm(), ", ", P(law.full()),
          " <", E(le), "> escribió:\n")
    d.add("> ", agree(cli, "Estimado Sr. ", "Estimada Sra. "), P(cli.main()), ":\n")
    d.add("> Para completar la solicitud de ", proc, " nos faltan todavía:\n"
          "> - contrato de trabajo firmado por ambas partes (mínimo 20 horas semanales),\n"
          "> - certificado de empadronamiento actualizado,\n"
          "> - certificado de antecedentes penales apostillado.\n"
          "> La tasa (modelo 790, código 052) la abonamos desde el despacho cuando esté todo.\n>\n")
    d.add("> ", P(law.full()), "\n> ", role, " | ", O(FIRM_ES), "\n> ", A(oaddr), "\n> Tel. ", T(ophone), "\n")
    return d


def es_whatsapp_huellas():
    d = Doc("es")
    office = ch(OFFICES)
    stf, _, _ = es_staff(office)
    law, _, _ = es_lawyer(office)
    while law is stf:
        law, _, _ = es_lawyer(office)
    cli = es_client()
    sp = person(cli.origin, "m" if cli.gender == "f" else "f")
    com, caddr = comisaria(office)
    dd, mm = rdate()
    base = "%d/%d/26" % (dd, mm)
    tt = times_sorted(12, 9, 20)
    sname = [P(stf.first()), " (", O("LB Abogados"), ")"]
    cname = P(cli.first() + " " + cli.surs[0]) if chance(0.6) else P(cli.first())
    k = [0]

    def line(who, *msg):
        d.add(base + ", " + tt[k[0]] + " - ", who, ": ", *msg)
        d.add("\n")
        k[0] += 1
    d.add(base + ", " + tt[0] + " - Los mensajes y las llamadas están cifrados de extremo a extremo. Toca para "
                                "obtener más información.\n")
    line(sname, "Buenos días ", P(cli.first()), ", le escribo de ", O(FIRM_ES),
         ". Su autorización está CONCEDIDA 🎉. Ahora hay que pedir cita para la toma de huellas.")
    line(cname, ch(["buenos dias!! que alegria, gracias a Dios. que tengo q llevar?", "siii por fin!! q necesito?",
                    "Muchísimas gracias. ¿Qué documentos llevo?"]))
    line(sname, "Pasaporte original, la resolución, 1 foto tamaño carnet, la tasa 790 código 012 pagada y el "
                "volante de empadronamiento. Le he cogido cita en la ", O(com), " (", A(caddr),
         ") el día ", str(rng.randrange(2, 28)), " a las 9:40. Nº de justificante: ", C(ref_justificante()))
    line(cname, "y el nie q sale en la resolucion es ", N(nie()), "? es para ponerlo en el modelo")
    line(sname, "Sí, ese es. En la tasa ponga el nombre tal cual sale en el pasaporte: ", P(cli.full().upper()))
    line(cname, "vale. mi ", agree(sp, "esposo ", "esposa "), P(sp.first()),
         " puede venir conmigo? todavia no tiene papeles")
    line(sname, "Puede acompañarle pero no entrar. Lo de ", agree(sp, "él", "ella"), " lo vemos el martes con ",
         P(law.first() + " " + law.surs[0]), " en el despacho.")
    line(cname, "<Multimedia omitido>")
    line(cname, "ahi esta la tasa pagada, la pague en el cajero del ", O(ch(ES_BANKS)), " que esta al lado del metro")
    line(sname, "Perfecto, la tasa nº ", C(ref_tasa790()), " queda anotada en su expediente ",
         C(ref_es_exp(office)), ". Cualquier duda me escribe aquí o al ", T(ES_OFFICES[office][1]), ".")
    line(cname, "Gracias ", P(stf.first()), " 🙏🙏")
    return d


def es_whatsapp_reagrupacion():
    d = Doc("es")
    office = ch(OFFICES)
    origin = ch(["ec", "co", "pe", "hn", "ma", "ve"])
    dad = person(origin, "m")
    mom = person(origin, "f")
    if origin == "ma":
        kid1 = Person([ch(GIVEN["ma"]["m"])], [dad.surs[0]], "m", origin)
        kid2 = Person([ch(GIVEN["ma"]["f"])], [dad.surs[0]], "f", origin)
    else:
        kid1 = Person([ch(GIVEN["latam"]["m"] + GIVEN["es"]["m"])], [dad.surs[0], mom.surs[0]], "m", origin)
        kid2 = Person([ch(GIVEN["latam"]["f"] + GIVEN["es"]["f"])], [dad.surs[0], mom.surs[0]], "f", origin)
    law, _, _ = es_lawyer(office)
    dd, mm = rdate()
    tt = times_sorted(13, 9, 22, secs=True)
    k = [0]

    def ts():
        k[0] += 1
        return "[%02d/%02d/26, %s]" % (dd, mm, tt[k[0] - 1])
    dn = P(dad.first() + " " + dad.surs[0])
    mn = P(mom.first() + " " + mom.surs[0]) if chance(0.5) else P(mom.first())
    ln = P(law.first() + " " + law.surs[0])
    doc_ = agree(law, "doctor", "doctora")
    ins = ch(ES_INSURERS)

    def line(who, *msg):
        d.add(ts(), " ", who, ": ", *msg)
        d.add("\n")
    d.add(ts(), " Reagrupación familia ", P(dad.surs[0]), ": ", ln, " creó el grupo\n")
    line(ln, "Hola a los dos. Creo este grupo para ir pidiendo los documentos de la reagrupación de ", P(mom.first()),
         " y los niños. Lo primero: pasaportes de ", P(kid1.first()), " y ", P(kid2.first()), " en vigor.")
    line(mn, "Buenos días ", doc_, ". El de ", P(kid2.first()), " vence en agosto, lo renuevo?")
    line(ln, "Sí, mejor renovarlo antes de pedir la cita en el ", O(SP_CONSULATES_ABROAD[origin]), ".")
    line(dn, "ya tengo el seguro medico para los tres, es de ", O(ins), ", poliza n ", C("%s-%s" % (digits(4), digits(8))))
    line(ln, "Genial. ", P(dad.first()), ", necesito también las 3 últimas nóminas y el certificado de la cuenta del ",
         O(ch(ES_BANKS)), " con los movimientos del último año.")
    line(dn, "<adjunto: nominas_ene_feb_mar.pdf>")
    line(mn, "La direccion de aqui para el formulario es ", A(abroad_address(origin)),
         ", asi sale en mi ", "cedula" if origin != "ma" else "carnet")
    line(ln, "Perfecto. Y el informe de vivienda adecuada ya lo pidió al ", O(ayto(office)),
         ", ", P(dad.first()), "? Es para el piso de ", A(es_address(office)), ".")
    line(dn, ch(["si, lo recogo el jueves", "si ya lo tengo, se lo llevo mañana", "me falta la visita del tecnico"]))
    wrong = kid1.surs[0][:-1] + ("a" if kid1.surs[0][-1] != "a" else "e")
    line(mn, doc_.capitalize(), " el certificado de nacimiento de ", P(kid1.full()), " sale con un error en el "
                                "apellido, pone ", P(wrong), ". que hago?")
    line(ln, "Hay que pedir rectificación en el registro civil de allí antes de apostillarlo. Lo hablamos por llamada, "
             "mi móvil es ", T(phone("es_mob")), ".")
    return d


def es_csv_clientes():
    d = Doc("es")
    office = ch(OFFICES)
    stf, _, _ = es_staff(office)
    handle = fold(stf.first()[0] + "." + stf.surs[0]).lower()
    d.add("# exportación CRM – oficina ", office, " – generado por ", P(handle), " el ", d_num(), "\n")
    d.add("id_cliente;apellidos;nombre;nacionalidad;documento;telefono;email;procedimiento;alta\n")
    nrows = ch([3, 4, 4])
    for _ in range(nrows):
        cli = es_client()
        ap = cli.surnames()
        if chance(0.5):
            ap = ap.upper()
        cid = "C-%05d" % rng.randrange(1000, 99999)
        docn = nie() if chance(0.7) else passport(cli.origin)
        ph = phone("es_mob") if chance(0.8) else home_phone(cli)
        d.add(C(cid), ";", P(ap), ";", P(cli.given()), ";", cli.origin.upper(), ";", N(docn), ";", T(ph), ";")
        if chance(0.6):
            d.add(E(email_for(cli)))
        d.add(";", proc_for(cli), ";", d_num(year=ch([2025, 2026])), "\n")
    d.add("# total registros: %d\n" % nrows)
    return d


def es_hoja_encargo():
    d = Doc("es")
    office = ch(OFFICES)
    law, _, role = es_lawyer(office)
    cli = es_client()
    kind, docn = es_doc_id(cli)
    oaddr, _ = ES_OFFICES[office]
    proc = proc_for(cli)
    bank = ch(ES_BANKS)
    d.add("HOJA DE ENCARGO PROFESIONAL\nExpediente: ", C(ref_es_exp(office)), "\n\nEn ", office, ", a ", d_es(),
          ".\n\nREUNIDOS\n\n")
    d.add("De una parte, ", O(FIRM_ES_FULL), ", con domicilio profesional en ", A(oaddr), ", representada por ",
          agree(law, "D. ", "Dña. "), P(law.full()), ", ", role.lower(), ".\n\n")
    d.add("De otra parte, ", agree(cli, "D. ", "Dña. "), P(cli.full()), ", mayor de edad, de nacionalidad ",
          NATIONALITY_ES[cli.origin], ", con ", kind, " ", N(docn), ", con domicilio en ", A(es_address(office)),
          ", teléfono ", T(phone("es_mob")), " y correo electrónico ", E(email_for(cli)), ".\n\n")
    d.add("OBJETO DEL ENCARGO\n\nPreparación y presentación de la solicitud de ", proc, " ante la ", O(ext_office(office)),
          ", con seguimiento hasta la resolución y, en su caso, recurso de reposición. No incluye la vía "
          "contencioso-administrativa.\n\n")
    d.add("HONORARIOS\n\n", money(450, 1400), " (IVA incluido), pagaderos en ", str(ch([2, 3, 4])),
          " plazos mensuales. Las tasas administrativas y las traducciones juradas no están incluidas.\n\n")
    d.add("FORMA DE PAGO\n\nDomiciliación en la cuenta ", I(iban("ES")), " (titular: ", P(cli.usual()),
          ") o transferencia a la cuenta del despacho en ", O(bank), ", ", I(iban("ES")),
          ", indicando el número de expediente.\n\n")
    d.add("PROTECCIÓN DE DATOS\n\nLos datos se tratarán para la gestión del encargo. Puede ejercer sus derechos en ",
          E("protecciondatos@" + FIRM_ES_DOMAIN), ".\n\n")
    d.add("Firmado: ", P(law.full()), "\t\t\tFirmado: ", P(cli.full()), "\n")
    return d


def es_crm_notas():
    d = Doc("es")
    office = ch(OFFICES)
    cli = es_client()
    labl = es_lawyer(office)[0]
    emp = ch(ES_EMPLOYERS)
    mgr = person("es")
    cousin = person(cli.origin, "f")
    exp = ref_es_exp(office)
    low = lambda s: fold(s).lower()
    ln = low(labl.first())
    dates = sorted(sample(range(10, 330), 5))
    dd = ["%02d/%02d" % (x % 28 + 1, x // 28 + 1) for x in dates]
    d.add("notas exp ", C(exp.lower()), " - ", P(low(cli.first() + " " + cli.surs[0])), "\n")
    d.add(dd[0], " llama ", P(low(cli.first())), " desde el ", T(phone("es_mob")),
          ", dice q la empresa (", O(low(emp)), ") no le paga feb ni marzo. tiene contrato de 30h pero hace 50. le digo q "
          "guarde los whatsapp ", agree(mgr, "del encargado (", "de la encargada ("), P(low(mgr.first())), ")\n")
    d.add(dd[1], " viene a despacho con su prima ", P(low(cousin.first() + " " + cousin.surs[0])),
          ", trae nominas y vida laboral. num seg social ", N(nuss()), ". pasar a ", P(ln), " para papeleta\n")
    organ = "smac" if office == "Madrid" else ("sta valencia" if office == "Valencia" else "cmac barcelona")
    d.add(dd[2], " ", P(ln), ": presentada papeleta en ", O(organ), ", ref ", C("PC %d/2026" % rng.randrange(1000, 30000)),
          ". conciliacion el ", d_num(), ". si no hay acuerdo demanda al ", O(low(juzgado_social(office))), "\n")
    d.add(dd[3], " cliente se muda, nueva direccion ", A(es_address(office, "lower")), ". tlf nuevo ",
          T(phone("es_mob")), " (el otro lo perdio)\n")
    d.add(dd[4], " no contesta, dejo msj. mando correo a ", E(email_for(cli).lower()),
          " con la fecha. ojo q tambien tiene pendiente renovacion nie ", N(nie()), "\n")
    return d


def es_buzon():
    d = Doc("es")
    office = ch(OFFICES)
    d.add("BUZÓN DE VOZ – ", O(FIRM_ES), " – oficina de ", office, "\nTranscripción automática (puede contener errores)\n\n")
    variants = sample([0, 1, 2, 3], ch([2, 3]))
    for k, v in enumerate(variants):
        cli = es_client()
        law, _, _ = es_lawyer(office)
        ph = phone("es_mob") if chance(0.75) else home_phone(cli)
        d.add("Mensaje ", str(k + 1), " – ", d_num(), " ", hhmm(), " – desde ", T(ph), " – duración 0:",
              str(rng.randrange(20, 59)), "\n")
        if v == 0:
            d.add("«Hola, buenas tardes, soy ", P(cli.full()), ", ", agree(cli, "el", "la"), " del expediente ",
                  C(ref_es_exp(office)), ". Es que me ha llegado una carta de la ", O(ext_office(office)),
                  " con un requerimiento y no entiendo qué me piden. ", agree(law, "El licenciado ", "La licenciada "),
                  P(law.first()), " me dijo que llamara. Mi número es el ", T(ph), ". Gracias.»\n\n")
        elif v == 1:
            fr = person(cli.origin)
            art, ong, _, _ = es_ong(office)
            d.add("«Buenos días, llamo de parte de ", P(cli.first() + " " + cli.main()), ", mi ",
                  agree(cli, "marido", "mujer"), ", que está trabajando. Somos de ", COUNTRY_ES[cli.origin],
                  ". Queríamos pedir cita para lo del arraigo familiar, nos recomendó ", P(fr.first()))
            if art.startswith("la "):
                d.add(" de la ", O(art[3:]))
            else:
                d.add(" de ", O(art))
            d.add(". Si me pueden devolver la llamada... bueno, y si no escríbanme a ", E(email_for(cli)), ".»\n\n")
        elif v == 2:
            d.add("«Sí, hola, ", P(law.first()), ", soy ", P(cli.first()), ". Ya tengo la cita de huellas en la ",
                  O(comisaria(office)[0]), " pero la empresa, ", O(ch(ES_EMPLOYERS)), ", dice que sin la tarjeta no me "
                  "puede hacer el contrato. ¿Eso es así? Mi NIE es ", N(nie()), ". Llámeme cuando pueda, adiós.»\n\n")
        else:
            boss = person("es")
            d.add("«Buenas, le llamo de ", O(ch(ES_EMPLOYERS)), ", soy ", P(boss.short()), ", de personal. Tenemos "
                  "contratad", agree(cli, "o", "a"), " a ", P(cli.usual()), ", que es cliente suyo, y necesitamos saber si "
                  "ya puede trabajar con la autorización nueva. Mi extensión es la 214, o al móvil ",
                  T(phone("es_mob")), ". Gracias.»\n\n")
    return d


def es_acta():
    d = Doc("es")
    staff = sample(ES_STAFF, 7)
    att, exc = staff[:5], staff[5:]
    lawyers_att = [s for s in att if "Abog" in s[2] or "Soci" in s[2]] or att
    clis = [es_client() for _ in range(3)]
    fam = es_client(ch(["ua", "ma", "co"]))
    emp = ch(ES_EMPLOYERS)
    workers = [es_client() for _ in range(3)]
    mon = rng.randrange(1, 11)
    day = rng.randrange(1, 28)
    art, ong, _, _ = es_ong(ch(OFFICES))
    d.add("ACTA DE REUNIÓN DE COORDINACIÓN – ", O(FIRM_ES), "\nFecha: ", d_es(day, mon), ", 9:30 h (videoconferencia "
          "Madrid – Valencia – Barcelona)\n\nAsistentes: ")
    for i, (p, off, _) in enumerate(att):
        d.add(P(p.full()), " (", off, ")", ", " if i < len(att) - 1 else "\n")
    why = "señalamiento en el " if ("Abog" in exc[0][2] or "Soci" in exc[0][2]) else "curso de formación en el "
    d.add("Excusan asistencia: ", P(exc[0][0].first() + " " + exc[0][0].surs[0]), " (", why,
          O(juzgado_social(exc[0][1]) if why.startswith("se") else "Colegio de la Abogacía de " + exc[0][1]), ") y ",
          P(exc[1][0].first() + " " + exc[1][0].surs[0]), " (vacaciones).\n\nOrden del día\n\n")
    d.add("1. Arraigos con requerimiento pendiente: ", P(clis[0].full()), " (", C(ref_es_exp()), ") y ",
          P(clis[1].short()), " (", C(ref_es_exp()), "). ", P(lawyers_att[0][0].first()),
          " revisa plazos; el de la primera vence el viernes.\n")
    d.add("2. Reagrupación de la familia ", P(fam.main()), ": ya está el informe de vivienda adecuada. Falta el seguro "
          "médico de los menores.\n")
    d.add("3. Laboral: conciliación frente a ", O(emp), " de los trabajadores ", P(workers[0].short()), ", ",
          P(workers[1].short()), " y ", P(workers[2].first()), ". Se pide a ", P(lawyers_att[-1][0].first()),
          " que prepare la demanda por si no hay avenencia.\n")
    d.add("4. Convenio de derivación con ", O(ong), ": se firma en ", MES[mon], ". Contacto: ", P(person("es").full()), ".\n")
    d.add("5. Varios: se cambia el horario de atención de la oficina de Barcelona los viernes (cierra a las 14:00). "
          "La cliente que llamó por el asunto de la calle Princesa no es nuestra; se deriva.\n\n")
    d.add("Próxima reunión: ", d_es(rng.randrange(1, 28), mon + 1), ".\nRedacta el acta: ", P(att[-1][0].full()), "\n")
    return d


def es_papeleta():
    d = Doc("es")
    office = ch(["Madrid", "Madrid", "Valencia", "Barcelona"])
    cli = es_client()
    emp = ch(ES_EMPLOYERS)
    admin = person("es")
    mgr = person(ch(["es", "es", "co"]))
    law, _, _ = es_lawyer(office)
    organ = {"Madrid": "SMAC de la Comunidad de Madrid", "Valencia": "Servicio Territorial de Trabajo de Valencia",
             "Barcelona": "Servei de Relacions Laborals de Barcelona"}[office]
    sol = agree(cli, "El solicitante", "La solicitante")
    d.add("PAPELETA DE CONCILIACIÓN\n\nAL ", O(organ.upper()), "\n\nDATOS DE", agree(cli, "L SOLICITANTE", " LA SOLICITANTE"), "\n")
    d.add("NOMBRE Y APELLIDOS: ", P(cli.full().upper()), "\nNIE: ", N(nie()), "\nNÚM. AFILIACIÓN S.S.: ", N(nuss()),
          "\nDOMICILIO: ", A(es_address(office, "caps")), "\nTELÉFONO: ", T(phone("es_mob")), "\n\n")
    d.add("DATOS DE LA EMPRESA\nRAZÓN SOCIAL: ", O(emp.upper()), "\nDOMICILIO: ", A(es_address(office, "caps")),
          "\nADMINISTRADOR/A: ", P(admin.full().upper()), "\n\n")
    cat = ch(["ayudante de cocina", "peón de la construcción", "auxiliar de ayuda a domicilio", "mozo de almacén",
              "limpiador/a", "repartidor/a", "camarero/a"])
    d.add("HECHOS\n\nPRIMERO.- ", sol, " ha prestado servicios para la empresa desde el ", d_es(year=ch([2024, 2025])),
          " con la categoría de ", cat, " y un salario bruto mensual de ", money(1100, 1700), ".\n")
    d.add("SEGUNDO.- La empresa le adeuda las nóminas de enero, febrero y marzo, así como la parte proporcional de "
          "pagas extraordinarias.\n")
    d.add("TERCERO.- El día ", d_es(rng.randrange(1, 28), rng.randrange(4, 6)), " fue despedid", agree(cli, "o", "a"),
          " verbalmente por ", agree(mgr, "el encargado, D. ", "la encargada, Dña. "),
          P(mgr.full()), ", sin carta ni liquidación.", "" if chance(0.5) else
          " Hasta ese día conducía la furgoneta de reparto de la empresa, una Mercedes Vito con matrícula %s %s." % (
              digits(4), letters(3, "BCDFGHJKLMNPRSTVWXYZ")), "\n\n")
    d.add("SOLICITA que se cite a las partes a acto de conciliación y, en su defecto, se tenga por intentada a los efectos "
          "de la demanda por despido y reclamación de cantidad.\n\n")
    d.add("Actúa como letrad", agree(law, "o", "a"), ": ", P(law.full()), ", de ", O(FIRM_ES),
          ", con domicilio a efectos de notificaciones en ", A(ES_OFFICES[office][0]), " y correo ",
          E(staff_email(law, FIRM_ES_DOMAIN, "es")), ".\n\n", office, ", a ", d_es(rng.randrange(1, 28), rng.randrange(6, 8)), ".\n")
    return d


def es_escrito_extranjeria():
    d = Doc("es")
    office = ch(OFFICES)
    law, _, _ = es_lawyer(office)
    cli = es_client(ch(["co", "ve", "pe", "hn", "ec", "ar"]))
    hid, hname = home_id(cli)
    emp = ch(ES_EMPLOYERS)
    _, ong, _, _ = es_ong(office)
    m = rng.randrange(2, 11)
    d.add("A LA ", O(ext_office(office).upper()), "\n\nExpediente n.º: ", C(ref_extranjeria(office)), "\nRegistro de entrada: ",
          C(ref_regage()), "\n\n")
    d.add(agree(law, "D. ", "Dña. "), P(law.full()), ", abogad", agree(law, "o", "a"), " de ", O(FIRM_ES),
          ", con domicilio a efectos de notificaciones en ", A(ES_OFFICES[office][0]), ", en nombre y representación de ",
          agree(cli, "D. ", "Dña. "), P(cli.full()), ", de nacionalidad ", NATIONALITY_ES[cli.origin],
          ", con pasaporte n.º ", N(passport(cli.origin)), " y ", hname, " de su país ", N(hid),
          ", ante esa Oficina comparece y, como mejor proceda, DICE:\n\n")
    d.add("PRIMERO.- Que con fecha ", d_es(rng.randrange(1, 28), m), " se notificó a mi representad", agree(cli, "o", "a"),
          " requerimiento para aportar documentación en el procedimiento de ", ch(PROCS[:5]), ".\n\n")
    d.add("SEGUNDO.- Que en cumplimiento del mismo se aportan:\n"
          "  a) Certificado de antecedentes penales de ", COUNTRY_ES[cli.origin], ", debidamente apostillado.\n"
          "  b) Informe de esfuerzo de integración emitido por el ", O(ayto(office)), ".\n"
          "  c) Contrato de trabajo suscrito con ", O(emp), ", firmado por su representante, ",
          P(person("es").full()), ".\n"
          "  d) Certificado de asistencia a curso de castellano impartido por ", O(ong), ".\n\n")
    d.add("Por lo expuesto, SOLICITA que se tenga por cumplimentado el requerimiento y se dicte resolución favorable.\n\n")
    d.add(office, ", ", d_es(rng.randrange(1, 28), m + 1), ".\n\nFdo.: ", P(law.full()), "\nTel. ", T(ES_OFFICES[office][1]),
          " · ", E(staff_email(law, FIRM_ES_DOMAIN, "es")), "\n")
    return d


def es_factura():
    d = Doc("es")
    office = ch(OFFICES)
    cli = es_client()
    law, _, _ = es_lawyer(office)
    kind, docn = es_doc_id(cli)
    d.add(O(FIRM_ES_FULL), "\n", A(ES_OFFICES[office][0]), " · Tel. ", T(ES_OFFICES[office][1]), " · ",
          E("administracion@" + FIRM_ES_DOMAIN), "\n\n")
    d.add("MINUTA DE HONORARIOS N.º ", C(ref_factura_es()), "\nFecha: ", d_num(), "\nExpediente: ", C(ref_es_exp(office)),
          "\n\nCliente: ", P(cli.full()), "\n", kind.upper(), ": ", N(docn), "\nDomicilio: ", A(es_address(office)), "\n\n")
    base = rng.randrange(300, 1200)
    ndocs = ch([1, 2, 3])
    d.add("Concepto                                              Importe\n")
    d.add("Estudio y preparación de solicitud de ", proc_for(cli), "      ", "%d,00 €\n" % base)
    d.add("Gestión de cita previa y acompañamiento a toma de huellas     60,00 €\n")
    d.add("Traducción jurada (", str(ndocs), " documento" + ("s" if ndocs > 1 else ""), ") – proveedor externo        suplido\n")
    d.add("Base imponible: %d,00 €   IVA 21 %%: %s €   Total: %s €\n\n" % (
        base + 60, "{:.2f}".format((base + 60) * 0.21).replace(".", ","), "{:.2f}".format((base + 60) * 1.21).replace(".", ",")))
    d.add("Forma de pago: transferencia a ", O(ch(ES_BANKS)), " ", I(iban("ES")), " indicando el n.º de minuta. "
          "Pago con tarjeta en oficina (última operación con tarjeta terminada en ", digits(4), ").\n")
    d.add("Responsable del expediente: ", P(law.full()), "\n")
    return d


def es_reclamacion():
    d = Doc("es")
    office = ch(OFFICES)
    cli = es_client()
    law, _, _ = es_lawyer(office)
    rec, _, _ = es_staff(office)
    kind, docn = es_doc_id(cli)
    d.add("HOJA DE QUEJA / RECLAMACIÓN N.º ", C("QR-%s-%04d" % (office[:3].upper(), rng.randrange(1, 500))), "\n\n")
    d.add("Establecimiento: ", O(FIRM_ES), " – ", A(ES_OFFICES[office][0]), "\n\nDATOS DE LA PERSONA RECLAMANTE\n")
    d.add("Nombre: ", P(cli.given()), "\nApellidos: ", P(cli.surnames()), "\nDocumento (", kind, "): ", N(docn), "\n")
    d.add("Domicilio: ", A(es_address(office)), "\nTeléfono: ", T(phone("es_mob")), "\nCorreo: ", E(email_for(cli)), "\n\n")
    lost = ch(["el certificado de antecedentes penales original", "mi pasaporte original", "la resolución original"])
    if chance(0.5):
        d.add("HECHOS\nPagué ", money(300, 900), " por el expediente ", C(ref_es_exp(office)), " y nadie me avisó de que "
              "vencía el plazo del requerimiento. Cuando llamé, ", agree(law, "el abogado ", "la abogada "), P(law.first()),
              " estaba de vacaciones y en recepción me dijeron que esperara. Además han perdido ", lost,
              ". Quiero que me devuelvan el dinero a mi cuenta ", I(iban("ES")), ".\n\n")
    else:
        d.add("HECHOS\nTenía cita a las 10:00 y me atendieron a las 12:30. ", agree(law, "El letrado ", "La letrada "),
              P(law.full()), " me dijo delante de otros clientes que mi caso \"no tenía arreglo\". Quiero cambiar de abogado dentro del despacho y que me entreguen ", lost,
              ". El expediente es el ", C(ref_es_exp(office)), ".\n\n")
    d.add("PRETENSIÓN: ", ch(["devolución de honorarios y entrega de la documentación.",
                              "cambio de letrado y disculpa por escrito."]), "\n\n")
    d.add("Atendido por: ", P(rec.full()), "\nFecha: ", d_num(), "   Hora: ", hhmm(), "\n")
    d.add("Copia para la persona reclamante. Puede presentar la hoja ante la ",
          O({"Madrid": "Dirección General de Consumo de la Comunidad de Madrid", "Barcelona": "Agència Catalana del Consum",
             "Valencia": "Dirección General de Comercio y Consumo de la Generalitat Valenciana"}[office]), ".\n")
    return d


def es_chat_interno():
    d = Doc("es")
    ppl = sample(ES_STAFF, 4)
    cli = es_client()
    fam = es_client("ua", "f")
    d.add("Canal #extranjeria – ", O(FIRM_ES), " – ", d_num(), "\n\n")
    names = [P(p.first() + " " + p.surs[0]) for p, _, _ in ppl]
    handle = fold(ppl[3][0].first() + "." + ppl[3][0].surs[0]).lower()
    tt = times_sorted(8, 9, 12)
    d.add("[", tt[0], "] ", names[0], ": buenos días! ¿ha llegado la resolución de ", P(cli.short()), "? exp ",
          C(ref_es_exp()), "\n")
    d.add("[", tt[1], "] ", names[1], ": no, en la sede sigue \"en tramitación\" desde el 2 de marzo 🙄\n")
    d.add("[", tt[2], "] ", names[0], ": vale. @", P(handle), " ¿puedes llamar", agree(cli, "le", "la"), " al ",
          T(phone("es_mob")), " y decirle que paciencia?\n")
    d.add("[", tt[3], "] ", names[3], ": hecho. dice que le ha llegado una notificación a ", A(es_address()),
          " pero que no es suya, es de la vecina\n")
    d.add("[", tt[4], "] ", names[2], ": por cierto, la familia ", P(fam.main()), " (protección temporal) viene a las 12. "
          "traen los pasaportes de los tres niños y el certificado de ", O("Cruz Roja Española"), "\n")
    d.add("[", tt[5], "] ", names[1], ": ok, que pase ", P(ppl[2][0].first()), " con ellos, yo estoy toda la mañana en el ",
          O(juzgado_social(ppl[1][1])), "\n")
    d.add("[", tt[6], "] ", names[2], ": la madre, ", P(fam.full()), ", tiene el NIE ", N(nie()), " pero el del mayor "
          "todavía no sale en el sistema\n")
    d.add("[", tt[7], "] ", names[0], ": 👍 lo miro después de la reunión con ", O(ch(ES_EMPLOYERS)), "\n")
    return d


def es_agenda():
    d = Doc("es")
    office = ch(OFFICES)
    d.add("AGENDA DE CITAS – OFICINA DE ", office.upper(), " – ", d_num(), "\n")
    d.add("HORA   CLIENTE                              DOCUMENTO       TELÉFONO          ASUNTO / ABOGADO\n")
    for h in ["09:00", "09:45", "10:30", "11:15", "12:30"][:ch([4, 5])]:
        cli = es_client()
        law, _, _ = es_lawyer(office)
        docn = nie() if chance(0.7) else passport(cli.origin)
        name = cli.sur_given()
        if chance(0.7):
            name = " ".join(cli.surs).upper() + ", " + cli.given()
        d.add(h, "  ", P(name), "   ", N(docn), "   ", T(phone("es_mob")), "   ", proc_for(cli), " / ", P(law.surs[0]), "\n")
    d.add("\nNota: si llama ", P(person(ch(["ve", "co"])).short()), " para cambiar su cita, pasarla al jueves. "
          "La sala Lorca queda reservada para la reunión de las 13:00.\n")
    return d


def es_sms():
    d = Doc("es")
    office = ch(OFFICES)
    d.add("REGISTRO DE SMS ENVIADOS – plataforma de avisos – ", O(FIRM_ES), " (", office, ")\n")
    d.add("fecha_envio | destino | mensaje | estado\n")
    for _ in range(ch([4, 5])):
        cli = es_client()
        v = rng.randrange(3)
        d.add(d_num(), " ", hhmm(), " | ", T(phone("es_mob")), " | \"")
        if v == 0:
            d.add(O("LB Abogados"), ": Hola ", P(cli.first()), ", le recordamos su cita el ", d_num(), " a las ", hhmm(),
                  ". Traiga pasaporte y NIE. Exp. ", C(ref_es_exp(office)), "\"")
        elif v == 1:
            d.add(O("LB Abogados"), ": ", P(cli.first() + " " + cli.surs[0]), ", su solicitud ha sido resuelta. Llame al ",
                  T(ES_OFFICES[office][1]), " para recoger la resolución.\"")
        else:
            d.add(O("LB Abogados"), ": Recordatorio de pago plazo 2 – minuta ", C(ref_factura_es()),
                  ". Si ya lo ha abonado, ignore este mensaje.\"")
        d.add(" | ", ch(["ENTREGADO", "ENTREGADO", "ENTREGADO", "FALLIDO"]), "\n")
    return d


def es_resenas():
    d = Doc("es")
    office = ch(OFFICES)
    near = {"Madrid": "La oficina está en Bravo Murillo, al lado del metro de Estrecho",
            "Valencia": "La oficina está al lado del Mercado de Russafa",
            "Barcelona": "La oficina está a dos minutos del metro de Paral·lel"}[office]
    d.add("Reseñas de Google – ", O(FIRM_ES), " (", office, ")\nValoración media 4,", str(rng.randrange(2, 9)), " · ",
          str(rng.randrange(60, 400)), " reseñas\n\n")
    kinds = sample(["pos1", "pos2", "pos3", "neg1", "neg2"], ch([3, 4]))
    for kd in kinds:
        cli = es_client()
        law, _, _ = es_lawyer(office)
        stf, _, _ = es_staff(office)
        stars = {"pos1": "★★★★★", "pos2": "★★★★★", "pos3": "★★★★☆", "neg1": "★☆☆☆☆", "neg2": "★★☆☆☆"}[kd]
        d.add(stars, " ", P(cli.first() + " " + cli.main()[0] + "."), " · hace ", str(rng.randrange(2, 11)), " semanas\n")
        if kd == "neg1":
            d.add("\"Tardaron tres meses en presentar mi renovación y cuando pregunté nadie sabía nada. Solo me atendió bien ",
                  P(stf.first()), ", el resto muy mal. No lo recomiendo.\"\n")
            d.add("Respuesta del propietario: Lamentamos su experiencia, ", P(cli.first()),
                  ". Escríbanos a ", E("calidad@" + FIRM_ES_DOMAIN), " y revisaremos su caso.\n\n")
        elif kd == "neg2":
            d.add("\"Caros. Me cobraron la tasa dos veces y todavía espero la devolución. Eso sí, ",
                  agree(law, "el abogado ", "la abogada "), P(law.surs[0]), " sabe mucho.\"\n\n")
        elif kd == "pos1":
            d.add("\"Me llevaron el ", ch(PROCS[:5]), " y salió favorable en ", str(rng.randrange(2, 7)), " meses. ",
                  agree(law, "El abogado ", "La abogada "), P(law.first() + " " + law.surs[0]),
                  " muy atent", agree(law, "o", "a"), ", me explicó todo en mi idioma. ", near, ". Gracias!!\"\n")
            d.add("Respuesta del propietario: ¡Gracias, ", P(cli.first()), "! Un abrazo de todo el equipo.\n\n")
        elif kd == "pos2":
            d.add("\"Vine por un despido en ", O(ch(ES_EMPLOYERS)), " y conseguimos la indemnización en la conciliación. "
                  "Recomiendo a ", P(law.first()), " y a ", P(stf.first()), ", que siempre contesta los "
                  "mensajes.\"\n\n")
        else:
            d.add("\"Todo bien con la reagrupación de mis hijos, solo que hay que esperar mucho en la sala. ", near,
                  ", se llega fácil.\"\n\n")
    return d


def es_reenviado():
    d = Doc("es")
    office = ch(OFFICES)
    law, _, _ = es_staff(office)
    cli = es_client()
    emp = ch(ES_EMPLOYERS)
    hr = person("es")
    dom = org_domain(emp, "es")
    hre = fold(hr.first()[0] + hr.surs[0]).lower().replace(" ", "") + "@" + dom
    d.add("---------- Mensaje reenviado ---------\nDe: ", P(hr.first() + " " + hr.surs[0]), " <", E(hre), ">\nFecha: ",
          d_es(), "\nAsunto: Oferta de contrato – ", P(cli.short()), "\nPara: ", P(cli.first()), " <",
          E(email_for(cli)), ">\n\n")
    d.add("Buenos días:\n\nLe confirmamos que ", O(emp), " está interesada en contratarle como ",
          ch(["auxiliar de geriatría", "peón agrícola", "ayudante de cocina", "dependiente", "conductor de reparto"]),
          " con contrato indefinido a jornada completa en cuanto disponga de autorización de residencia y trabajo. "
          "El centro de trabajo está en ", A(es_address(office)), ".\n\n")
    d.add("Para el alta necesitaremos su número de la Seguridad Social; si no lo tiene, lo tramitamos nosotros en la ",
          O("Tesorería General de la Seguridad Social"), ".\n\nAtentamente,\n", P(hr.full()), "\nDepartamento de RR. HH. – ",
          O(emp), "\nTel. ", T(phone("es_" + {"Madrid": "mad", "Valencia": "vlc", "Barcelona": "bcn"}[office])), "\n\n")
    d.add("-----\n", P(cli.first()), " escribió:\n", "Buenas tardes ", P(law.first()), ", le reenvío el correo de la empresa. "
          "Mi pasaporte es el ", N(passport(cli.origin)), ". ¿Con esto ya podemos presentar el arraigo? Me dijo un amigo que "
          "hace falta el precontrato en papel, con sello.\n", P(cli.usual()), "\n")
    return d


def es_ficha_mayus():
    d = Doc("es")
    office = ch(OFFICES)
    cli = es_client()
    father = Person([ch(GIVEN["latam"]["m"] + GIVEN["es"]["m"]) if cli.origin in HISP else ch(GIVEN[cli.origin]["m"])],
                    cli.surs[:1], "m", cli.origin)
    mother = person(cli.origin, "f")
    stf, _, _ = es_staff(office)
    sname = cli.surs[1] if len(cli.surs) > 1 else ""
    d.add("FICHA DE ALTA DE CLIENTE – ", O(FIRM_ES.upper()), "\nOFICINA: ", office.upper(), "   EXPEDIENTE: ",
          C(ref_es_exp(office)), "\n\n")
    d.add("PRIMER APELLIDO: ", P(cli.surs[0].upper()), "\n")
    if sname:
        d.add("SEGUNDO APELLIDO: ", P(sname.upper()), "\n")
    else:
        d.add("SEGUNDO APELLIDO: —\n")
    d.add("NOMBRE: ", P(cli.given().upper()), "\nSEXO: ", agree(cli, "H", "M"), "   FECHA NAC.: ", d_num()[:6],
          str(rng.randrange(1972, 2004)), "\nNACIONALIDAD: ", NATIONALITY_ES[cli.origin].upper(), "\n")
    d.add("PASAPORTE: ", N(passport(cli.origin)), "\nNIE (SI TIENE): ", N(nie()) if chance(0.6) else "NO CONSTA", "\n")
    d.add("NOMBRE DEL PADRE: ", P(father.first().upper()), "\nNOMBRE DE LA MADRE: ", P(mother.first().upper()), "\n")
    d.add("DOMICILIO EN ESPAÑA: ", A(es_address(office, "caps")), "\nTELÉFONO: ", T(phone("es_mob")),
          "\nCORREO ELECTRÓNICO: ", E(email_for(cli).upper() if chance(0.3) else email_for(cli)), "\n")
    d.add("EMPRESA / EMPLEADOR: ", O(ch(ES_EMPLOYERS).upper()), "\nPROCEDIMIENTO: ", ch(PROCS).upper(), "\n")
    d.add("CÓMO NOS CONOCIÓ: RECOMENDACIÓN DE ", P((person(cli.origin).short()).upper()), "\n")
    d.add("ATENDIDO POR: ", P(stf.full().upper()), "   FECHA: ", d_num(), "\n")
    return d


def es_tsv_laboral():
    d = Doc("es")
    office = ch(["Madrid", "Valencia", "Barcelona"])
    emp = ch(ES_EMPLOYERS)
    d.add("Reclamaciones de cantidad – demandada: ", O(emp), " – ", O(juzgado_social(office)), "\n")
    d.add("trabajador\tNIE\tNUSS\tcategoría\timporte\tautos\tobservaciones\n")
    for _ in range(ch([3, 4])):
        w = es_client()
        obs = ch(["", "", "pendiente vida laboral", "testigo", "readmitido"])
        d.add(P(w.usual()), "\t", N(nie()), "\t", N(nuss()), "\t",
              ch(["peón", "ayudante", "mozo"]) if w.gender == "m" else ch(["limpiadora", "camarera", "ayudante"]),
              "\t", money(900, 6000), "\t", C(ref_autos()), "\t")
        if obs == "testigo":
            d.add("testigo: ", P(person(ch(["es", w.origin])).short()))
        else:
            d.add(obs)
        d.add("\n")
    law, _, _ = es_lawyer(office)
    d.add("Letrad", agree(law, "o", "a"), " responsable: ", P(law.full()), " – vista prevista en ",
          ch(["junio", "septiembre", "octubre"]), "\n")
    return d


def es_certificado_integracion():
    d = Doc("es")
    office = ch(OFFICES)
    cli = es_client()
    _, org, addr, dom = es_ong(office)
    tech = person("es")
    kind, docn = es_doc_id(cli)
    m1 = rng.randrange(1, 6)
    emp_pub = empleo_publico(office)
    d.add(O(org), " – ", A(addr), "\n\nCERTIFICADO DE PARTICIPACIÓN\n\n")
    d.add(agree(tech, "D. ", "Dña. "), P(tech.full()), ", técnic", agree(tech, "o", "a"), " del programa de acogida e "
          "inclusión de ", O(org), " en ", office, ",\n\nCERTIFICA:\n\nQue ", agree(cli, "D. ", "Dña. "),
          P(cli.full().upper()), ", con ", kind, " ", N(docn), ", ha participado en el curso de lengua castellana y "
          "conocimiento de la sociedad española (nivel A2, ", str(ch([60, 90, 120])), " horas) entre el ",
          d_es(rng.randrange(1, 28), m1, 2025), " y el ", d_es(rng.randrange(1, 28), m1 + 5, 2025), ", con una asistencia del ",
          str(rng.randrange(82, 100)), " %.\n\n")
    d.add("Asimismo ha realizado el taller de búsqueda de empleo y ha sido derivad", agree(cli, "o", "a"), " al servicio "
          "de orientación laboral ", art_de(emp_pub), O(emp_pub),
          ".\n\nY para que conste a los efectos de su solicitud de arraigo, a petición de ", O(FIRM_ES), ", se expide el "
          "presente en ", office, " a ", d_es(), ".\n\n")
    d.add("Fdo.: ", P(tech.full()), "\nContacto: ", E(fold(tech.first()[0] + tech.surs[0]).lower().replace(" ", "") + "@" + dom),
          " / ", T(phone("es_" + {"Madrid": "mad", "Valencia": "vlc", "Barcelona": "bcn"}[office])), "\n")
    return d


def proc_for(cli, pool=None):
    pool = list(pool or PROCS)
    if cli.origin != "ua":
        pool = [p for p in pool if "protección temporal" not in p]
    return ch(pool)


def ayto(office):
    return {"Madrid": "Ayuntamiento de Madrid", "Valencia": "Ajuntament de València",
            "Barcelona": "Ajuntament de Barcelona"}[office]


def juzgado_social(office):
    return {"Madrid": "Juzgado de lo Social n.º 12 de Madrid", "Valencia": "Juzgado de lo Social n.º 4 de Valencia",
            "Barcelona": "Jutjat Social núm. 21 de Barcelona"}[office]


def es_ong(office):
    """(name with article as used after 'de', bare name, address, e-mail domain)"""
    opts = {"Madrid": [("la Cruz Roja", "Cruz Roja Española", "Calle de Juan Montalvo 3, 28040 Madrid", "cruzroja.es"),
                       ("Accem", "Accem", "Plaza de Santa María Soledad Torres Acosta 2, 28004 Madrid", "accem.es"),
                       ("la Fundación La Merced Migraciones", "Fundación La Merced Migraciones",
                        "Calle de Ramírez de Arellano 15, 28043 Madrid", "lamerced.es")],
            "Valencia": [("Cáritas", "Cáritas Diocesana de Valencia", "Calle de Lliria 59, 46003 València", "caritasvalencia.org"),
                         ("CEAR", "CEAR", "Carrer del Francesc Moreno 5, 46019 València", "cear.es")],
            "Barcelona": [("la Cruz Roja", "Cruz Roja Española", "Carrer de Joan d'Àustria 120, 08018 Barcelona", "cruzroja.es"),
                          ("Accem", "Accem", "Carrer de Sant Pau 101, 08001 Barcelona", "accem.es")]}
    return ch(opts[office])


def empleo_publico(office):
    return {"Madrid": ch(["SEPE", "Agencia para el Empleo de Madrid"]), "Valencia": ch(["Labora", "SEPE"]),
            "Barcelona": "Servei d'Ocupació de Catalunya"}[office]


def art_de(org):
    if org.startswith("Agencia"):
        return "de la "
    if org.startswith("Labora"):
        return "de "
    return "del "


ES_TEMPLATES = [es_email_arraigo, es_whatsapp_huellas, es_whatsapp_reagrupacion, es_csv_clientes, es_hoja_encargo,
                es_crm_notas, es_buzon, es_acta, es_papeleta, es_escrito_extranjeria, es_factura, es_reclamacion,
                es_chat_interno, es_agenda, es_sms, es_resenas, es_reenviado, es_ficha_mayus, es_tsv_laboral,
                es_certificado_integracion]


# ===========================================================================
# English-language documents (UK practice, plus the Spanish firm writing to
# foreign clients in English)
# ===========================================================================
UK_OFFICE_PICK = ["London", "London", "Leeds", "Bristol", "Belfast"]
ROUTES = ["Skilled Worker", "Health and Care Worker", "Spouse/Partner (Appendix FM)", "Indefinite Leave to Remain",
          "Graduate", "Student dependant", "EU Settlement Scheme (pre-settled to settled)", "Global Talent",
          "Visitor visa", "British citizenship (naturalisation)"]
JOBS = ["senior care worker", "staff nurse", "software developer", "chef de partie", "HGV mechanic", "data analyst",
        "dental nurse", "butcher", "warehouse team leader", "physiotherapist"]


def uk_client(origin=None, gender=None):
    return person(origin or ch(UK_CLIENT_ORIGINS), gender)


def uk_phone_for(office):
    return phone({"London": "uk_lon", "Leeds": "uk_lds", "Bristol": "uk_bri", "Belfast": "uk_bel"}[office])


def uk_local(office, kind):
    for o in UK_LOCAL[office]:
        if kind in o:
            return o
    return UK_LOCAL[office][0]


def tribunal(office):
    if office == "Belfast":
        return "Office of the Industrial Tribunals and the Fair Employment Tribunal"
    return {"London": ch(["London Central Employment Tribunal", "East London Employment Tribunal"]),
            "Leeds": "Leeds Employment Tribunal", "Bristol": "Bristol Employment Tribunal"}[office]


def pron(p, he, she):
    return he if p.gender == "m" else she


def en_email_skilled_worker():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    stf, _, role = uk_staff(office)
    cli = uk_client()
    sp = person(cli.origin, "f" if cli.gender == "m" else "m")
    emp = ch(UK_EMPLOYERS)
    hr = person(ch(["gb", "gb", "in", "pl"]))
    se = staff_email(stf, FIRM_UK_DOMAIN, "en")
    dd, mm = rdate()
    d.add("From: ", P(cli.usual()), " <", E(email_for(cli)), ">\nTo: ", E(se), "\nSubject: Re: Skilled Worker switch – "
          "your ref ", C(ref_uk_matter(office)), "\nDate: ", d_en(dd, mm), "\n\n")
    d.add("Dear ", P(stf.first()), ",\n\nThank you for your time on the phone yesterday. As discussed, ", O(emp),
          " has offered me a role as ", ch(JOBS), " and ", pron(hr, "their HR manager, ", "their HR manager, "),
          P(hr.short()), ", says they will assign the Certificate of Sponsorship next week.\n\n")
    d.add("My details for the file: ", NATIONALITY_EN[cli.origin], " passport ", N(passport(cli.origin)),
          ", old BRP ", N(brp()), " (now an eVisa), National Insurance number ", N(nino()), ".\n")
    d.add("I moved in March, so my address is now ", A(uk_address(office if office != "Belfast" else "Belfast")), ".\n")
    d.add("My ", pron(sp, "husband", "wife"), ", ", P(sp.full()), ", will apply as my dependant; ", pron(sp, "his", "her"),
          " passport number is ", N(passport(sp.origin)), ".\n\n")
    d.add("Could you confirm your fixed fee, and whether the Immigration Health Surcharge has to be paid before the "
          "biometrics appointment? I am also worried about the gap in my Student leave in May.\n\nKind regards,\n",
          P(cli.first()), "\n", T(phone("uk_mob")), "\n\n")
    d.add("On ", d_en(dd, mm), " at ", hhmm(), ", ", P(stf.full()), " <", E(se), "> wrote:\n")
    d.add("> Dear ", cli.title("en"), " ", P(cli.formal()), ",\n> Thanks for getting in touch. Before we can advise on "
          "the switch we will need your current eVisa share code, your CAS and your employer's job description.\n"
          "> Please do not book travel until the application has been decided.\n>\n")
    d.add("> ", P(stf.full()), "\n> ", role, " | ", O(FIRM_UK), "\n> ", A(UK_OFFICES[office][0]), " | ",
          T(UK_OFFICES[office][1]), "\n> This email and any attachments are confidential.\n")
    return d


def en_ukvi_letter():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    cli = uk_client()
    emp = ch(UK_EMPLOYERS)
    cw = person(ch(["gb", "gb", "in", "ng"]))
    kind = ch(["partner", "skilled"])
    d.add(O("UK Visas and Immigration"), "\n", A(ch(["Lunar House, 40 Wellesley Road, Croydon CR9 2BY",
                                                     "Vulcan House, 6 Millsands, Sheffield S3 8NU"])), "\n\n")
    d.add(cli.title("en"), " ", P(cli.full()), "\nc/o ", O(FIRM_UK), "\n", A(UK_OFFICES[office][0]), "\n\n")
    d.add("Date: ", d_en(), "\nOur reference: ", C(ref_ho()), "\nApplication number: ", C(ref_gwf()),
          "\nYour reference: ", C(ref_uk_matter(office)), "\n\n")
    d.add("Dear ", cli.title("en"), " ", P(cli.formal()), ",\n\n")
    if kind == "partner":
        spn = person(ch(["gb", "gb", cli.origin]), "m" if cli.gender == "f" else "f")
        d.add("APPLICATION FOR LEAVE TO REMAIN AS A PARTNER\n\n")
        d.add("We are currently considering your application for leave to remain as the partner of ", P(spn.full()),
              ". Before a decision can be made, we require the following evidence:\n\n")
        d.add("1. Payslips covering the period April to September showing that your sponsor, ", P(spn.short()),
              ", has been employed by ", O(emp), ".\n")
        d.add("2. A copy of the tenancy agreement or an accommodation letter for ", A(uk_address(office)), ".\n")
        d.add("3. Your partner's passport (", N(passport(spn.origin)), ") or other proof of ", pron(spn, "his", "her"),
              " British citizenship or settled status.\n\n")
    else:
        d.add("SKILLED WORKER APPLICATION – REQUEST FOR FURTHER INFORMATION\n\n")
        d.add("Your Certificate of Sponsorship ", C(ref_cos()), " was assigned by ", O(emp), " for the role of ",
              ch(JOBS), ". We have been unable to verify the following:\n\n")
        d.add("1. That you hold the qualification stated on the CoS. Please provide the original certificate and, if it "
              "was issued in ", COUNTRY_EN[cli.origin], ", a statement of comparability.\n")
        d.add("2. Your previous employment with ", O(ch(HOME_BANKS.get(cli.origin, ["Tata Consultancy Services"]) +
                                                        ["Sunrise Supported Living CIC"])), ". Please ask your former manager, ",
              P(person(cli.origin).full()), ", for a signed reference on headed paper.\n")
        d.add("3. Your National Insurance number: our records show ", N(nino()), "; please confirm this is correct.\n\n")
    d.add("Please upload the documents within 10 working days using the link sent to your legal representative. "
          "Your Immigration Health Surcharge reference is ", C(ref_ihs()), ".\n\n")
    d.add("If you do not provide the information requested, your application will be decided on the evidence "
          "currently available.\n\nYours sincerely,\n\n", P(cw.full()), "\nCaseworker, ",
          "Family Casework" if kind == "partner" else "Work Routes Casework", " – on behalf of the ", O("Home Office"), "\n")
    return d


def en_sponsor_hr_email():
    d = Doc("en")
    office = ch(["London", "Leeds", "Bristol", "Belfast"])
    emp = ch([e for e in UK_EMPLOYERS if "Care" in e or "Nursing" in e or "Healthcare" in e or "Living" in e])
    hr = person(ch(["gb", "gb", "in", "ng", "ph"]))
    stf, _, role = uk_staff(office)
    dom = org_domain(emp, "co.uk")
    hre = fold(hr.first()).lower().replace(" ", "") + "." + fold(hr.main()).lower().replace("'", "").replace(" ", "") + "@" + dom
    d.add("From: ", P(hr.usual()), " <", E(hre), ">\nTo: ", E("sponsor-compliance@" + FIRM_UK_DOMAIN), "\nCc: ",
          E(staff_email(stf, FIRM_UK_DOMAIN, "en")), "\nSubject: Reporting changes – sponsored workers (", O(emp), ")\n\n")
    d.add(ch(["Hi ", "Morning ", "Dear "]), P(stf.first()), ",\n\n", ch(["Hope you're well. ", "", "Sorry for the long email. "]),
          "Three changes I need to report on the SMS before the deadline – can you check the wording before I submit?\n\n")
    for v in sample([0, 1, 2, 3], 3):
        w = uk_client(ch(["in", "ph", "ng", "gh", "bd", "pk"]))
        if v == 0:
            d.add("• ", P(w.usual()), " (CoS ", C(ref_cos()), ") – has not come to work since ", d_en(),
                  ", no answer on ", T(phone("uk_mob")), ". Ten working days pass on Friday.\n")
        elif v == 1:
            d.add("• ", P(w.full()), " (CoS ", C(ref_cos()), ") – moving from our ", uk_area(office),
                  " home to the new site at ", A(uk_address(office)), ". Same role, same pay.\n")
        elif v == 2:
            d.add("• ", P(w.short()), " (CoS ", C(ref_cos()), ") – salary going up to ", money(26000, 34000, False),
                  " from 1 May. ", pron(w, "His", "Her"), " NI number is ", N(nino()), " if you need it.\n")
        else:
            d.add("• ", P(w.first() + " " + w.main()), " (CoS ", C(ref_cos()), ") – ", pron(w, "paternity", "maternity"), " leave from ",
                  d_en(), "; ", pron(w, "he", "she"), " asked us to send letters to ", E(email_for(w)), " instead of the "
                  "home address.\n")
    d.add("\nAlso our registered manager ", P(person("gb").full()), " is leaving, so the Level 1 user on the licence "
          "will change – I assume that is a separate request?\n\nThanks,\n", P(hr.first()), "\n", P(hr.usual()),
          " | HR & Compliance Lead | ", O(emp), "\n", T(uk_phone_for(office)), "\n")
    return d


def en_et1_form():
    d = Doc("en")
    office = ch(["London", "Leeds", "Bristol"])
    cli = uk_client()
    emp = ch(UK_EMPLOYERS)
    mgr = person(ch(["gb", "gb", "pl", "in"]))
    stf, _, _ = uk_staff(office)
    d.add("EMPLOYMENT TRIBUNALS – CLAIM FORM ET1 – FILE SUMMARY\n\nCASE NUMBER: ", C(ref_et(office)),
          "\n", O("ACAS"), " EARLY CONCILIATION CERTIFICATE: ", C(ref_acas()), "\nTRIBUNAL: ", O(tribunal(office).upper()), "\n\n")
    d.add("1. CLAIMANT\nTITLE: ", cli.title("en").upper().rstrip("."), "\nFIRST NAME(S): ", P(cli.given().upper()),
          "\nSURNAME: ", P(" ".join(cli.surs).upper()), "\nADDRESS: ", A(uk_address(office, "caps")), "\nPHONE: ",
          T(phone("uk_mob")), "\nEMAIL: ", E(email_for(cli)), "\nNATIONAL INSURANCE NUMBER: ", N(nino()), "\n\n")
    d.add("2. RESPONDENT\nNAME: ", O(emp.upper()), "\nADDRESS: ", A(uk_address(office, "caps")), "\n\n")
    d.add("3. CLAIMS: UNFAIR DISMISSAL; DIRECT RACE DISCRIMINATION; UNLAWFUL DEDUCTION FROM WAGES\n\n")
    d.add("4. DETAILS\nThe claimant was employed as a ", ch(JOBS), " from ", d_en(), " under a Skilled Worker sponsorship. "
          "The line manager, ", P(mgr.full()), ", repeatedly told the claimant that ", pron(cli, "he", "she"),
          " would be \"sent back\" if ", pron(cli, "he", "she"), " complained about unpaid overtime. On ", d_en(),
          " ", P(mgr.formal()), " dismissed the claimant without a hearing. A colleague, ", P(person(ch(["gb", "pl", "ro"])).short()),
          ", witnessed the conversation.", "" if chance(0.5) else
          " The claimant's keys to the company's Ford Transit (registration %s%d %s) were taken from %s the same day." % (
              letters(2, "ABCDEFGHKLMNOPRSVWY"), rng.randrange(21, 26), letters(3, "ABCDEFGHJKLMNOPRSTUVWXYZ"),
              pron(cli, "him", "her")), "\n\n")
    d.add("5. REPRESENTATIVE\n", P(stf.full().upper()), ", ", O(FIRM_UK.upper()), ", ", A(UK_OFFICES[office][0].upper()),
          "\nDX / EMAIL: ", E(staff_email(stf, FIRM_UK_DOMAIN, "en")), "\n")
    return d


def en_whatsapp_android():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    stf, _, _ = uk_staff(office)
    cli = uk_client(ch(["bd", "pk", "in", "ng", "ro"]))
    dd, mm = rdate()
    base = "%02d/%02d/2026" % (dd, mm)
    sn = [P(stf.first()), " ", O("Ashdown Mensah")]
    cn = P(cli.short()) if chance(0.6) else P(cli.first())
    boss = person(cli.origin if cli.origin in ("bd", "pk", "in") else "gb")
    emp = ch(UK_EMPLOYERS)
    tt = times_sorted(11, 9, 19)
    k = [0]

    def line(who, *msg):
        d.add(base + ", " + tt[k[0]] + " - ", who, ": ", *msg)
        d.add("\n")
        k[0] += 1
    line(sn, ch(["Morning ", "Hi ", "Good afternoon "]), P(cli.first()), ", it's ", P(stf.first()), " from ",
         O(FIRM_UK_SHORT), ". For your ILR application I still need 6 months of payslips and your P60.")
    line(cn, "Good morning. I will ask my manager ", P(boss.first()), ", ", pron(boss, "he", "she"), " is off today")
    line(cn, "Also my address changed. Now ", A(uk_address(office, "lower" if chance(0.5) else "std")))
    line(sn, "Thanks. Is the council tax in your name? We need one bill from ", O(uk_local(office, "Council")
                                                                                  if office != "Belfast" else "Belfast City Council"),
         " or a tenancy agreement.")
    line(cn, "<Media omitted>")
    line(cn, "this is the tenancy, landlord is ", P(person("gb").short()))
    line(sn, "Perfect. Life in the UK test – do you have the pass notification? The reference should start with LUK.")
    line(cn, "yes its ", C("LUK" + digits(9)))
    line(sn, "Great. Last thing: please confirm your NI number so I can check ", O("HMRC"), " records.")
    line(cn, N(nino()), " and my payroll number at ", O(emp), " is ", C("EMP" + digits(6)))
    line(sn, "Got it 👍 I'll call you Thursday. If urgent ring the office on ", T(UK_OFFICES[office][1]), ".")
    return d


def en_whatsapp_ios_spouse():
    d = Doc("en")
    office = ch(["London", "Leeds", "Bristol"])
    origin = ch(["gh", "ng", "ph", "in", "bd"])
    hus = person(origin, "m")
    wife = person(origin, "f")
    stf, _, _ = uk_staff(office)
    dd, mm = rdate()
    tt = times_sorted(14, 8, 22, secs=True)
    k = [0]

    def ts():
        k[0] += 1
        return "[%02d/%02d/2026, %s]" % (dd, mm, tt[k[0] - 1])
    hn = P(hus.first() + " " + hus.main())
    wn = P(wife.first()) if chance(0.5) else P(wife.short())
    an = P(stf.short())
    city = {"gh": "Accra", "ng": "Lagos", "ph": "Manila", "in": "New Delhi", "bd": "Dhaka"}[origin]

    def line(who, *msg):
        d.add(ts(), " ", who, ": ", *msg)
        d.add("\n")
    d.add(ts(), " ", an, " added ", hn, " and ", wn, "\n")
    line(an, "Hello both, this group is for the spouse visa documents only. ", P(wife.first()),
         ", your biometrics are booked at the ", O("VFS Global"), " centre in ", city, ".")
    line(wn, "Thank you! Do I need the TB certificate before that?")
    line(an, "Yes – the TB test must be from an approved clinic, e.g. ", O("IOM"), ". Keep the certificate number.")
    line(hn, "My payslips from ", O(ch(UK_EMPLOYERS)), " are attached. Salary is above the threshold now")
    line(hn, "<attached: payslips_jan_jun.pdf>")
    line(an, "Thanks ", P(hus.first()), ". I also need 6 months of statements from ", O(ch(UK_BANKS)), " and the letter "
             "from your landlord for ", A(uk_address(office)), ".")
    line(wn, "My passport number is ", N(passport(origin)), ", expiry 2031. My address here is ",
         A(abroad_address(origin)), ".")
    line(an, "Perfect. Marriage certificate – is it registered? I need the registration number and a certified "
             "translation if not in English.")
    line(hn, "yes, my brother ", P(person(origin, "m").first()), " will collect it from the registry on Monday")
    line(an, "One more: the application number starts with GWF. Please send a screenshot.")
    line(wn, C(ref_gwf()))
    line(an, "Received 👍. Any problem call me on ", T(phone("uk_mob")), " or email ", E(staff_email(stf, FIRM_UK_DOMAIN, "en")), ".")
    return d


def en_csv_matters():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    d.add("matter_ref,surname,forename,nationality,route,mobile,email,fee_earner,opened\n")
    n = ch([3, 4, 4])
    for _ in range(n):
        cli = uk_client()
        stf, _, _ = uk_staff(office)
        fe = stf.initials_form() if chance(0.5) else stf.first() + " " + stf.surs[-1]
        sur = " ".join(cli.surs)
        fore = cli.given()
        if chance(0.3):
            sur = sur.upper()
        q = chance(0.3)
        d.add(C(ref_uk_matter(office)), ",", P(sur), ",")
        if q:
            d.add("\"", P(fore), "\"")
        else:
            d.add(P(fore))
        d.add(",", NATIONALITY_EN[cli.origin], ",\"", ch(ROUTES), "\",", T(phone("uk_mob")), ",")
        if chance(0.7):
            d.add(E(email_for(cli)))
        d.add(",", P(fe), ",", d_num(), "\n")
    d.add("# exported by ", P(fold(uk_staff(office)[0].first()).lower()), " from case management (", str(n), " rows)\n")
    return d


def en_minutes():
    d = Doc("en")
    staff = sample(UK_STAFF, 8)
    present, apol = staff[:6], staff[6:]
    emp = ch(UK_EMPLOYERS)
    cl1 = uk_client()
    cl2 = uk_client()
    mon = rng.randrange(1, 12)
    d.add("MINUTES – Monthly Practice Meeting – ", O(FIRM_UK), "\nHeld on Teams, ", d_en(rng.randrange(1, 28), mon),
          ", 08:30\n\nPresent: ")
    for i, (p, off, _) in enumerate(present):
        d.add(P(p.full()), " (", off, ")", ", " if i < len(present) - 1 else "\n")
    d.add("Apologies: ", P(apol[0][0].full()), ", ", P(apol[1][0].first()),
          ch([" (at Taylor House all day)", " (annual leave)", " (hearing at Field House)"]), "\n\n")
    d.add("1. Sponsor licence clients. ", O(emp), " expects a compliance visit from the ", O("Home Office"),
          " in ", MONTHS[mon], ". ", P(present[1][0].first()), " to run a mock audit of right-to-work checks.\n")
    d.add("2. Appeals. ", P(cl1.full()), " – appeal ", C(ref_appeal()), " listed for hearing in the ",
          O("First-tier Tribunal (Immigration and Asylum Chamber)"), "; counsel instructed. ", P(cl2.short()),
          " – reconsideration request sent, awaiting reply.\n")
    d.add("3. Employment team. Tribunal claim against ", O(ch(UK_EMPLOYERS)), " settled through ", O("ACAS"),
          " (", C(ref_acas()), "). ", P(present[2][0].first()), " will draft the COT3 wording.\n")
    d.add("4. Offices. ", ch(["Belfast lease renewal agreed. The Reading satellite idea is parked until next year.",
                              "Leeds reception is moving to the ground floor; the Bath outreach clinic continues monthly.",
                              "Bristol needs a second interpreter for Tagalog; the Reading satellite idea is parked."]), "\n")
    d.add("5. AOB. New starter ", P(person(ch(["gb", "ng", "pl"])).full()), " joins ", ch(["Leeds", "London", "Bristol"]),
          " as a paralegal on Monday; ", P(present[0][0].first()), " to arrange a laptop and a login.\n\nNext meeting: ",
          d_en(rng.randrange(1, 28), mon + 1), ". Minutes taken by ",
          P(present[-1][0].first() + " " + present[-1][0].surs[-1]), ".\n")
    return d


def en_voicemail():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    d.add("Voicemail transcripts – ", O(FIRM_UK_SHORT), " ", office, " office – auto-generated, please check audio\n\n")
    for k, v in enumerate(sample([0, 1, 2, 3], ch([2, 3]))):
        cli = uk_client()
        stf, _, _ = uk_staff(office)
        ph = phone("uk_mob")
        d.add("[", str(k + 1), "] ", d_num(), " ", hhmm(), " from ", T(ph), " (", str(rng.randrange(18, 80)), "s)\n")
        if v == 0:
            d.add("\"Hi, this is ", P(cli.full()), ", I'm calling about my visa, the reference is ", C(ref_uk_matter(office)),
                  ". I got an email from the ", O("Home Office"), " asking for more documents and I don't know what to do. "
                  "Could ", P(stf.first()), " call me back please? My number is ", T(ph), ". Thanks, bye.\"\n\n")
        elif v == 1:
            d.add("\"Hello, good afternoon. My name is ", P(cli.first() + " " + cli.main()), ". My friend ",
                  P(person(cli.origin).first()), " gave me your number. I was dismissed from ", O(ch(UK_EMPLOYERS)),
                  " last week and I want to know about the tribunal. You can also email me at ", E(email_for(cli)),
                  ". Thank you.\"\n\n")
        elif v == 2:
            d.add("\"Yeah hi, it's ", P(cli.first()), " again. Just to say I've got the ", O("UKVI"), " biometrics "
                  "appointment now, it's at Croydon on the 14th. Tell ", P(stf.first()), " please. Cheers.\"\n\n")
        else:
            mgr = person("gb")
            d.add("\"Good morning, ", P(mgr.full()), " from ", O(ch(UK_EMPLOYERS)), ". We sponsor ", P(cli.usual()),
                  " and ", pron(cli, "his", "her"), " leave runs out next month. I need someone to ring me back about "
                  "the extension before Friday, on ", T(uk_phone_for(office)), ". Thanks.\"\n\n")
    return d


def en_sms_log():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    d.add("SMS reminders sent – ", O(FIRM_UK_SHORT), " (", office, ")\nsent_at,to,body,status\n")
    for _ in range(ch([4, 5])):
        cli = uk_client()
        v = rng.randrange(3)
        d.add(d_num(), " ", hhmm(), ",", T(phone("uk_mob")), ",\"")
        if v == 0:
            d.add(O("Ashdown Mensah"), ": Hi ", P(cli.first()), ", reminder of your appointment on ", d_num(), " at ", hhmm(),
                  ". Bring your passport. Ref ", C(ref_uk_matter(office)), "\"")
        elif v == 1:
            d.add(O("Ashdown Mensah"), ": Dear ", P(cli.first() + " " + cli.main()), ", your documents are ready to "
                  "collect from our ", office, " office.\"")
        else:
            d.add(O("Ashdown Mensah"), ": Payment of ", money(150, 900, False), " received for invoice ", C(ref_inv_uk()),
                  ". Thank you.\"")
        d.add(",", ch(["delivered", "delivered", "delivered", "failed"]), "\n")
    return d


def en_reviews():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    near = {"London": "Aldgate East", "Leeds": "Leeds station", "Bristol": "Lawrence Hill", "Belfast": "Botanic"}[office]
    d.add("Google reviews – ", O(FIRM_UK), " – ", office, "\n\n")
    for kd in sample(["p1", "p2", "p3", "n1", "n2"], ch([3, 4])):
        cli = uk_client()
        stf, _, _ = uk_staff(office)
        stars = {"p1": "5/5", "p2": "5/5", "p3": "4/5", "n1": "2/5", "n2": "1/5"}[kd]
        ago = rng.randrange(1, 12)
        d.add(stars, " – ", P(cli.first() + " " + cli.main()[0] + "."), " – ", str(ago), " month" + ("s" if ago > 1 else ""),
              " ago\n")
        if kd == "n1":
            d.add("\"Expensive and slow. I was passed between three people and only ", P(stf.first()),
                  " actually read my file. Got my visa in the end but no thanks to the rest.\"\n")
            d.add("Response from the owner: Hi ", P(cli.first()), ", we're sorry to hear this. Please contact ",
                  E("feedback@" + FIRM_UK_DOMAIN), " so we can look into it.\n\n")
        elif kd == "n2":
            d.add("\"Missed my deadline for the tribunal claim. Avoid.\"\n\n")
        elif kd == "p1":
            d.add("\"", P(stf.first() + " " + stf.surs[-1]), " handled my ", ch(ROUTES), " application from start to finish. "
                  "Approved in ", str(rng.randrange(3, 9)), " weeks. Office is a short walk from ", near,
                  ". Highly recommend!\"\n")
            d.add("Response from the owner: Thank you ", P(cli.first()), "! Best wishes from all of us.\n\n")
        elif kd == "p2":
            d.add("\"My employer ", O(ch(UK_EMPLOYERS)), " stopped paying my overtime. ", P(stf.surs[-1]),
                  " got it back through ", O("ACAS"), " in a month. Explained everything in plain English.\"\n\n")
        else:
            d.add("\"Good advice on my mum's visitor visa. Friendly reception. Parking near ", near,
                  " is a nightmare though.\"\n\n")
    return d


def en_invoice():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    cli = uk_client()
    stf, _, _ = uk_staff(office)
    d.add(O(FIRM_UK), "\n", A(UK_OFFICES[office][0]), "\nT ", T(UK_OFFICES[office][1]), " · E ",
          E("accounts@" + FIRM_UK_DOMAIN), "\n\nINVOICE ", C(ref_inv_uk()), "\nDate: ", d_en(), "\nMatter: ",
          C(ref_uk_matter(office)), "\n\nTo: ", P(cli.full()), "\n", A(uk_address(office)), "\n\n")
    fee = rng.randrange(900, 3500)
    d.add("Professional fees – ", ch(ROUTES), " application (fixed fee)        £%d.00\n" % fee)
    d.add("VAT at 20%%                                                     £%d.00\n" % (fee // 5))
    d.add("Disbursement: ", O("Home Office"), " application fee (paid on your behalf)  £%d.00\n" % rng.randrange(700, 1500))
    d.add("Less: payment on account received                              -£500.00\n\n")
    d.add("Please pay by bank transfer to our office account at ", O(ch(["Barclays", "HSBC UK", "Lloyds Bank", "NatWest"])),
          ", IBAN ", I(iban("GB")), ", quoting the invoice number. We will never change our bank details by email – "
          "call ", P(stf.first()), " on ", T(UK_OFFICES[office][1]), " to verify.\n\n")
    if cli.origin in ("pl", "ro"):
        cc = {"pl": "PL", "ro": "RO"}[cli.origin]
        d.add("Refund of the overpayment (£", str(rng.randrange(20, 200)), ") will be made to the account you gave us: ",
              I(iban(cc)), " (", O(ch(HOME_BANKS[cli.origin])), ").\n")
    else:
        d.add("Refunds are made to the card used (ending ", digits(4), ").\n")
    d.add("Fee earner: ", P(stf.full()), "\n")
    return d


def en_complaint():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    cli = uk_client()
    stf, _, _ = uk_staff(office)
    mgr = UK_STAFF[10][0]
    d.add("CLIENT COMPLAINT FORM – ", O(FIRM_UK), "\nReference: ", C("CMP-26-%03d" % rng.randrange(1, 400)), "\n\n")
    d.add("Your name: ", P(cli.full()), "\nAddress: ", A(uk_address(office)), "\nTelephone: ", T(phone("uk_mob")),
          "\nEmail: ", E(email_for(cli)), "\nMatter reference (if known): ", C(ref_uk_matter(office)), "\n\n")
    if chance(0.5):
        route = ch(ROUTES)
        d.add("What went wrong?\nI paid for a", "n" if route[0] in "AEIOU" else "", " ", route, " application in "
              "January. ", P(stf.first()), " told me it was submitted but the ", O("Home Office"), " says they have no "
              "record. My employer, ", O(ch(UK_EMPLOYERS)), ", now says they cannot keep me on the rota after the 30th. "
              "I have sent four emails and had no reply. My NHS number is ", N(nhs()), " because I also missed a "
              "hospital appointment at ", O(uk_local(office, "NHS") if office != "Belfast" else "Royal Victoria Hospital"),
              " waiting for your call.\n\n")
    else:
        d.add("What went wrong?\nMy tribunal claim against ", O(ch(UK_EMPLOYERS)), " was handled by ", P(stf.full()),
              ". I was told the hearing was on the 12th but it had been moved and nobody told me. My partner ",
              P(person(cli.origin).first()), " took a day off work for nothing. I want the bill reduced.\n\n")
    d.add("What would you like us to do?\n", ch(["Confirm in writing what was submitted and when, and refund the fee.",
                                                 "Reduce the invoice and give me a named contact."]), "\n\n")
    d.add("For office use – received by ", P(mgr.full()), ", Practice Manager, on ", d_en(), ". Acknowledged within "
          "2 working days. If unresolved after 8 weeks the client may contact the ", O("Legal Ombudsman"), ".\n")
    return d


def en_teams_chat():
    d = Doc("en")
    ppl = sample(UK_STAFF, 4)
    cli = uk_client()
    cli2 = uk_client()
    names = [P(p.first() + " " + p.surs[-1]) for p, _, _ in ppl]
    handle = fold(ppl[2][0].first() + "." + ppl[2][0].surs[-1]).lower()
    tt = times_sorted(6, 8, 11)
    emp = ch(UK_EMPLOYERS)
    d.add("Teams – #immigration-team – ", d_en(), "\n\n")
    d.add(names[0], "  ", tt[0], "\nmorning all – has anyone heard back on ", P(cli.short()), "? UAN ", C(ref_uan()), "\n\n")
    d.add(names[1], "  ", tt[1], "\nnot yet. ", O("UKVI"), " portal still says \"awaiting decision\"\n\n")
    d.add(names[0], "  ", tt[2], "\n@", P(handle), " can you ring ", pron(cli, "him", "her"), " on ", T(phone("uk_mob")),
          " and manage expectations? ", pron(cli, "He", "She"), " flies to ", {"ng": "Lagos", "gh": "Accra", "in": "Delhi",
                                                                                  "pk": "Lahore", "bd": "Dhaka", "pl": "Kraków",
                                                                                  "ro": "Bucharest", "ph": "Manila",
                                                                                  "br": "São Paulo"}[cli.origin], " on the 20th\n\n")
    d.add(names[2], "  ", tt[3], "\nwill do. also ", P(cli2.first() + " " + cli2.main()), " dropped off ",
          pron(cli2, "his", "her"), " passport (", N(passport(cli2.origin)), ") – it's in the safe in the ", ppl[2][1],
          " office\n\n")
    d.add(names[3], "  ", tt[4], "\nFYI ", O(emp), " want a call about adding two more CoS to their allocation. "
          "Contact is ", P(person("gb").full()), ", ", E("hr@" + org_domain(emp, "co.uk")), "\n\n")
    d.add(names[1], "  ", tt[5], "\nI can take that after my ", ch(["10:00", "11:30", "2pm"]), " with ",
          P(ppl[0][0].first()), "\n")
    return d


def en_crm_notes():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    cli = uk_client()
    stf, _, _ = uk_staff(office)
    emp = ch(UK_EMPLOYERS)
    low = lambda s: fold(s).lower()
    d.add("case notes – ", C(ref_uk_matter(office).lower()), " – ", P(low(cli.usual())), "\n")
    d.add(d_num()[:5], " cl rang from ", T(phone("uk_mob")), ", says employer (", O(low(emp)), ") cut hrs to 12/wk, "
          "worried abt sponsorship. adv: salary must stay above threshold, employer must report. told to keep rotas\n")
    d.add(d_num()[:5], " ", P(low(stf.first())), ": emailed ", E(email_for(cli).lower()), " w/ list of docs. ni no ",
          N(_reg(nino().lower(), "nino") if chance(0.4) else nino()), "\n")
    d.add(d_num()[:5], " cl's sister ", P(low(person(cli.origin, "f").first())), " called on their behalf – no auth on file, "
          "didnt discuss. ask cl to sign authority form\n")
    d.add(d_num()[:5], " new addr ", A(uk_address(office, "lower")), " – update on portal\n")
    d.add(d_num()[:5], " ", O("acas"), " ec notified, cert no ", C(ref_acas().lower()), ". limitation date diarised. ",
          P(low(uk_staff()[0].first())), " to review merits\n")
    return d


def en_forwarded_reference():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    cli = uk_client()
    stf, _, _ = uk_staff(office)
    ll = person(ch(["gb", "gb", "in", "pk", "pl"]))
    lle = email_for(ll)
    addr = uk_address(office)
    d.add("---------- Forwarded message ---------\nFrom: ", P(ll.full()), " <", E(lle), ">\nDate: ", d_en(),
          "\nSubject: accommodation letter\nTo: ", P(cli.first()), " <", E(email_for(cli)), ">\n\n")
    d.add("To whom it may concern,\n\nI confirm that I am the owner of the property at ", A(addr), ", a ",
          ch(["two", "three"]), "-bedroom ", ch(["flat", "terraced house"]), ". Since ", d_en(year=2025),
          " it has been let to ", P(cli.full()), " on an assured shorthold tenancy at £",
          str(rng.randrange(800, 1900)), " per month. I have no objection to ", pron(cli, "his", "her"), " ",
          pron(cli, ch(["wife", "partner"]), ch(["husband", "partner"])), " and child living there. The property was "
          "inspected by ", O(uk_local(office, "Council") if office != "Belfast" else "Belfast City Council"),
          " and is not overcrowded.\n\n")
    d.add("Yours faithfully,\n", P(ll.full()), "\n", T(phone("uk_mob")), "\n\n")
    d.add("-----\nHi ", P(stf.first()), ", letter from my landlord as you asked. Is it OK that ", pron(ll, "he", "she"),
          " didn't sign it? My reference with you is ", C(ref_uk_matter(office)), ".\n", P(cli.first()), "\n")
    return d


def en_clinic_list():
    d = Doc("en")
    office = ch(UK_OFFICE_PICK)
    org = ch(["Citizens Advice Bristol", "Chapeltown Citizens Advice", "St Mungo's", "Praxis", "Law Centre NI"])
    d.add("FREE LEGAL CLINIC – ", O(FIRM_UK_SHORT), " with ", O(org), " – ", d_en(), "\n")
    d.add("Slot   Name (SURNAME, Forename)          Phone             Issue                    Adviser\n")
    for h in ["10:00", "10:30", "11:00", "11:30", "12:00"][:ch([4, 5])]:
        cli = uk_client()
        stf, _, _ = uk_staff()
        nm = " ".join(cli.surs).upper() + ", " + cli.given()
        d.add(h, "  ", P(nm), "   ", T(phone("uk_mob")), "   ", ch(["visa refusal", "unpaid wages", "ILR eligibility",
                                                                    "EUSS late application", "dismissal", "sponsor revoked"]),
              "   ", P(stf.initials_form() if chance(0.5) else stf.surs[-1]), "\n")
    d.add("\nWalk-ins: ", P(person(ch(UK_CLIENT_ORIGINS)).usual()), " (no phone – will come back at 2pm). Room booked: "
          "the Baker Room, 1st floor.\n")
    return d


def en_letter_before_claim():
    d = Doc("en")
    office = ch(["London", "Leeds", "Bristol"])
    stf, _, _ = uk_staff(office)
    cli = uk_client()
    emp = ch(UK_EMPLOYERS)
    md = person("gb")
    d.add(O(FIRM_UK), "\n", A(UK_OFFICES[office][0]), "\n\nPrivate & Confidential – by email to ", E(email_for(md, org_domain(emp, "co.uk"))),
          "\n\n", P(md.full()), "\nManaging Director\n", O(emp), "\n", A(uk_address(office)), "\n\n", d_en(), "\n\n")
    d.add("Our ref: ", C(ref_uk_matter(office)), "\n\nDear ", md.title("en"), " ", P(md.formal()), ",\n\n")
    d.add("Our client: ", P(cli.full()), " – unpaid wages and holiday pay\n\n")
    d.add("We act for ", P(cli.short()), ", who was employed by ", O(emp), " from ", d_en(), " until ", d_en(),
          ". Our client's final three payslips show deductions described as \"visa costs\" and \"accommodation\" "
          "totalling ", money(1200, 4200, False), ". No written agreement for those deductions was ever signed.\n\n")
    d.add("Under the Immigration Rules a sponsor may not pass the cost of the Certificate of Sponsorship or the "
          "Immigration Skills Charge to a sponsored worker. We therefore ask you to repay the sum within 14 days to our "
          "client's account, IBAN ", I(iban("GB")), ".\n\n")
    d.add("If payment is not received we are instructed to notify ", O("ACAS"), " for early conciliation and to "
          "issue a claim in the ", O(tribunal(office)), " without further notice. We reserve the right to notify the ",
          O("Home Office"), " of a breach of sponsor duties.\n\nYours sincerely,\n\n", P(stf.full()), "\n",
          O(FIRM_UK), "\nDirect line: ", T(uk_phone_for(office)), "\n")
    return d


def en_tsv_cos():
    d = Doc("en")
    emp = ch(UK_EMPLOYERS)
    d.add("CoS tracker – ", O(emp), " – prepared by ", O(FIRM_UK_SHORT), "\n")
    d.add("worker\tnationality\tpassport\tCoS\tstart\tsalary\tnotes\n")
    for _ in range(ch([3, 4])):
        w = uk_client(ch(["in", "ph", "ng", "gh", "pk", "bd", "br"]))
        d.add(P(w.usual()), "\t", NATIONALITY_EN[w.origin], "\t", N(passport(w.origin)), "\t", C(ref_cos()), "\t",
              d_num(), "\t", money(25000, 42000, False), "\t")
        v = rng.randrange(3)
        if v == 0:
            d.add("dependant: ", P(person(w.origin).first()))
        elif v == 1:
            d.add("TB cert pending")
        else:
            d.add("eVisa ok")
        d.add("\n")
    stf, _, _ = uk_staff()
    d.add("Queries to ", P(stf.full()), " – ", E(staff_email(stf, FIRM_UK_DOMAIN, "en")), "\n")
    return d


def en_ni_tribunal():
    d = Doc("en")
    stf = UK_STAFF[2][0]
    par = UK_STAFF[11][0]
    cli = uk_client(ch(["pl", "ro", "ph", "br", "in"]))
    emp = ch(["Lagan Valley Meats Ltd", "Belfast Harbourside Hotel Ltd", "Ormeau Dental Care",
              "Lisburn Road Physiotherapy Clinic", "Atlas Security Services Ltd"])
    hid, hname = home_id(cli)
    d.add(O(FIRM_UK), "\n", A(UK_OFFICES["Belfast"][0]), "\n\n", O("Office of the Industrial Tribunals and the Fair "
                                                                     "Employment Tribunal"), "\n", A("Killymeal House, 2 Cromac Quay, Belfast BT7 2JD"),
          "\n\n", d_en(), "\n\nDear Sirs,\n\n")
    d.add(P(cli.full()), " v ", O(emp), " – Case reference ", C(ref_ni_tribunal()), "\n\n")
    d.add("We act for the claimant. Please find enclosed the claimant's witness statement and the bundle index. "
          "The claimant's first language is ", {"pl": "Polish", "ro": "Romanian", "ph": "Tagalog", "br": "Portuguese",
                                              "in": "Punjabi"}[cli.origin], " and we request an interpreter for the "
          "hearing.\n\n")
    d.add("For identification at the hearing the claimant will bring ", pron(cli, "his", "her"), " ", hname, " (", N(hid),
          ") and National Insurance number ", N(nino()), ". The claimant's address for correspondence remains ",
          A(uk_address("Belfast")), ".\n\n")
    d.add("We note that the respondent's representative, ", P(person("gb").full()), " of ",
          O(ch(["Carrick McDowell LLP", "Millbrook Wylie Solicitors", "Tughan Reid"])), ", has not complied with the order for "
          "discovery. We have also copied this letter to the ", O("Labour Relations Agency"), ".\n\n")
    d.add("Yours faithfully,\n\n", P(stf.full()), "\nSolicitor\n", E(staff_email(stf, FIRM_UK_DOMAIN, "en")), "\ncc: ",
          P(par.full()), " (file)\n")
    return d


def uk_area(office):
    return ch({"London": ["Ilford", "Whitechapel", "East Ham", "Tooting"], "Leeds": ["Harehills", "Beeston", "Chapeltown"],
               "Bristol": ["Fishponds", "Easton", "Bedminster"], "Belfast": ["Ormeau", "Lisburn Road", "Antrim Road"]}[office])


UK_TEMPLATES = [en_email_skilled_worker, en_ukvi_letter, en_sponsor_hr_email, en_et1_form, en_whatsapp_android,
                en_whatsapp_ios_spouse, en_csv_matters, en_minutes, en_voicemail, en_sms_log, en_reviews, en_invoice,
                en_complaint, en_teams_chat, en_crm_notes, en_forwarded_reference, en_clinic_list,
                en_letter_before_claim, en_tsv_cos, en_ni_tribunal]


# --- Spanish firm, English documents for foreign clients -----------------
def esen_email_reunification():
    d = Doc("en")
    office = ch(OFFICES)
    law, _, role = es_staff(office)
    cli = es_client(ch(["ua", "ua", "ma", "ve", "co"]))
    sp = person(cli.origin, "f" if cli.gender == "m" else "m")
    kid = person(cli.origin)
    le = staff_email(law, FIRM_ES_DOMAIN, "es")
    d.add("From: ", P(law.full()), " <", E(le), ">\nTo: ", P(cli.usual()), " <", E(email_for(cli)), ">\nSubject: Family "
          "reunification – next steps (", C(ref_es_exp(office)), ")\n\n")
    d.add("Dear ", cli.title("en"), " ", P(cli.main()), ",\n\nGood news: the ", O(ext_office(office)), " has granted the "
          "family reunification permit for your ", pron(sp, "husband", "wife"), ", ", P(sp.full()), ", and your ",
          pron(kid, "son", "daughter"), ", ", P(kid.given()), ". The file number on the resolution is ",
          C(ref_extranjeria(office)), ".\n\n")
    d.add("They now have two months to apply for the visa at the ", O(SP_CONSULATES_ABROAD[cli.origin]), ". They will need:\n"
          "- passports valid for at least one year (", P(sp.first()), "'s is ", N(passport(sp.origin)), "),\n"
          "- the criminal record certificate, apostilled,\n- the medical certificate,\n- a copy of the resolution.\n\n")
    d.add("Once they arrive in Spain they must request the TIE within one month at the ", O(comisaria(office)[0]),
          ". We will book the appointment for them; your own NIE, ", N(nie()), ", must appear on the form.\n\n")
    d.add("The second instalment of our fees can be paid to ", I(iban("ES")), " (", O(ch(ES_BANKS)), ").\n\n"
          "Kind regards,\n\n", P(law.full()), "\n", role, " – ", O(FIRM_ES), "\n", A(ES_OFFICES[office][0]), "\nT. ",
          T(ES_OFFICES[office][1]), "\n")
    return d


def esen_intake_form():
    d = Doc("en")
    office = ch(OFFICES)
    cli = es_client(ch(["ua", "ma", "ve", "co", "hn", "ar", "pe", "ec"]))
    stf, _, _ = es_staff(office)
    hid, hname = home_id(cli)
    emg = person(cli.origin)
    d.add(O(FIRM_ES), " – CLIENT INTAKE FORM (English)\nOffice: ", office, "   File: ", C(ref_es_exp(office)), "\n\n")
    d.add("Family name(s): ", P(cli.surnames()), "\nGiven name(s): ", P(cli.given()), "\nNationality: ",
          NATIONALITY_EN[cli.origin], "\nPassport no.: ", N(passport(cli.origin)), "\nNational ID (", hname, "): ", N(hid), "\n")
    d.add("NIE (if any): ", N(nie()) if chance(0.5) else "none yet", "\nAddress in Spain: ", A(es_address(office)),
          "\nMobile: ", T(phone("es_mob")), "\nHome-country phone: ", T(home_phone(cli)), "\nEmail: ", E(email_for(cli)), "\n\n")
    d.add("Matter: ", ch(["temporary protection renewal", "work permit for self-employment", "family reunification",
                          "labour claim – unpaid wages", "residence for job-seekers", "nationality application"]), "\n")
    d.add("Employer (if any): ", O(ch(ES_EMPLOYERS)), "\nEmergency contact: ", P(emg.full()), " – ", T(home_phone(emg)), "\n")
    d.add("How did you hear about us? ", ch(["Facebook group", "friend", "church", "Red Cross"]), "\n\nForm checked by ",
          P(stf.full()), " on ", d_en(), ".\n")
    return d


def esen_whatsapp():
    d = Doc("en")
    cli = es_client(ch(["ua", "ua", "ma"]))
    if chance(0.5):
        office = "Barcelona"
        stf = ES_STAFF[9][0]
    else:
        office = ch(OFFICES)
        stf = es_staff(office)[0]
    dd, mm = rdate()
    base = "%d/%d/26" % (dd, mm)
    sn = [P(stf.first()), " - ", O("Lozano Benhaddou")]
    cn = P(cli.first() + " " + cli.main())
    hr = person("es")
    emp = ch(ES_EMPLOYERS)
    sp = person(cli.origin, "f" if cli.gender == "m" else "m")
    status = "I have temporary protection" if cli.origin == "ua" else "I have residence and work permit"
    tt = times_sorted(9, 10, 20)
    k = [0]

    def line(who, *msg):
        d.add(base + ", " + tt[k[0]] + " - ", who, ": ", *msg)
        d.add("\n")
        k[0] += 1
    line(cn, "Hello, I am ", P(cli.first()), ", my friend ", P(person(cli.origin).first()),
         " gave me this number. ", status, " and my employer does not pay me")
    line(sn, "Hello ", P(cli.first()), ", this is ", P(stf.first()), " from ", O(FIRM_ES),
         ". Which company is it and since when?")
    line(cn, O(emp), ", since January. The manager ", P(hr.first() + " " + hr.surs[0]),
         " says next month, always next month")
    line(sn, "Ok. Please send me your NIE, your payslips and your contract. Do you know your social security number?")
    line(cn, "NIE ", N(nie()), " and social security ", N(nuss()))
    line(cn, "<Media omitted>")
    line(sn, "Thank you. I opened file ", C(ref_es_exp(office)), ". Appointment with our labour lawyer ",
         P(es_lawyer(office)[0].short()), " on Tuesday 10:00 at ", A(ES_OFFICES[office][0]), ".")
    line(cn, "Thank you very much 🙏 my ", pron(sp, "husband", "wife"), " ", P(sp.first()), " can come to translate?")
    line(sn, "Of course. If you need to change the time call ", T(ES_OFFICES[office][1]), ".")
    return d


def esen_fee_quote():
    d = Doc("en")
    office = ch(OFFICES)
    law, _, role = es_staff(office)
    cli = es_client(ch(["ma", "ua", "ve", "ar"]))
    d.add("Subject: Fee quote – residence for highly qualified professional\nFrom: ", E(staff_email(law, FIRM_ES_DOMAIN, "es")),
          "\nTo: ", E(email_for(cli)), "\n\nDear ", P(cli.first()), ",\n\n")
    d.add("Further to your call with my colleague ", P(es_staff()[0].first()), ", please find our quote for the residence "
          "application in connection with the job offer from ", O(ch(["Glovoapp23, S.A.", "Grupo Hotelero Costa Barcelona S.A.",
                                                                     "Logística Levante Express S.L."])), ".\n\n")
    d.add("Our fixed fee is ", money(900, 1800), " plus VAT, which includes the application to the ",
          O("Unidad de Grandes Empresas y Colectivos Estratégicos"), ", follow-up and the TIE appointment. Sworn "
          "translations are charged separately by our translator, ", P(person("es").full()), ".\n\n")
    d.add("To open the file we need a copy of your passport (we have ", N(passport(cli.origin)), " on record from your "
          "previous visa), your degree certificate and proof of address, currently ", A(abroad_address(cli.origin)), ".\n\n")
    d.add("Payment: ", I(iban("ES")), ", reference ", C(ref_es_exp(office)), ".\n\nBest regards,\n", P(law.full()), "\n",
          O(FIRM_ES_FULL), " | ", T(ES_OFFICES[office][1]), "\n")
    return d


ESEN_TEMPLATES = [esen_email_reunification, esen_intake_form, esen_whatsapp, esen_fee_quote]


# ===========================================================================
# Assembly, self-check, output
# ===========================================================================
def build_docs():
    en_sched = UK_TEMPLATES * 2 + sample(UK_TEMPLATES, 5) + ESEN_TEMPLATES * 3 + sample(ESEN_TEMPLATES, 3)
    es_sched = ES_TEMPLATES * 3
    rng.shuffle(en_sched)
    rng.shuffle(es_sched)
    out = []
    for lang, sched in (("en", en_sched), ("es", es_sched)):
        for i, fn in enumerate(sched):
            for _attempt in range(6):
                d = fn()
                n = len(d.text())
                if 400 <= n <= 2500:
                    break
            out.append({"id": "d%s-%s-%03d" % (NN, lang, i), "text": d.text(), "lang": lang,
                        "spans": [{"start": s, "end": e, "label": l} for (s, e, l) in d.spans],
                        "_kind": fn.__name__})
    return out


def _clean(x):
    return re.sub(r"[\s.\-/]", "", x).upper()


def check_id(text, scheme):
    t = _clean(text)
    if scheme == "dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", t)) and DNI_LETTERS[int(t[:8]) % 23] == t[8]
    if scheme == "nie":
        return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", t)) and \
            DNI_LETTERS[int(str("XYZ".index(t[0])) + t[1:8]) % 23] == t[8]
    if scheme == "nuss":
        return len(t) == 12 and t.isdigit() and int(t[:10]) % 97 == int(t[10:])
    if scheme == "nino":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", t)) and \
            t[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if scheme == "nhs":
        if len(t) != 10 or not t.isdigit():
            return False
        c = 11 - sum(int(t[i]) * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        return c != 10 and c == int(t[9])
    if scheme == "ec_cedula":
        if len(t) != 10 or not (1 <= int(t[:2]) <= 24) or int(t[2]) > 5:
            return False
        tot = 0
        for i in range(9):
            v = int(t[i]) * (2 if i % 2 == 0 else 1)
            tot += v - 9 if v > 9 else v
        return (10 - tot % 10) % 10 == int(t[9])
    if scheme == "ar_cuil":
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(t[i]) * w[i] for i in range(10)) % 11
        r = 0 if r == 11 else r
        return len(t) == 11 and r == int(t[10])
    if scheme == "ua_rnokpp":
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        return len(t) == 10 and (sum(int(t[i]) * w[i] for i in range(9)) % 11) % 10 == int(t[9])
    if scheme == "aadhaar":
        return len(t) == 12 and t[0] not in "01" and verhoeff_ok(t)
    if scheme == "pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return len(t) == 11 and (10 - sum(int(t[i]) * w[i] for i in range(10)) % 10) % 10 == int(t[10])
    if scheme == "ro_cnp":
        w = "279146358279"
        c = sum(int(t[i]) * int(w[i]) for i in range(12)) % 11
        return len(t) == 13 and (1 if c == 10 else c) == int(t[12])
    if scheme == "br_cpf":
        d = [int(x) for x in t]
        r1 = (sum(d[i] * (10 - i) for i in range(9)) * 10) % 11 % 10
        r2 = (sum(d[i] * (11 - i) for i in range(10)) * 10) % 11 % 10
        return len(d) == 11 and r1 == d[9] and r2 == d[10]
    return scheme == "nocheck"


def self_check(docs):
    problems = []
    per = {"en": {l: 0 for l in LABELS}, "es": {l: 0 for l in LABELS}}
    for doc in docs:
        t = doc["text"]
        prev_end = -1
        for sp in doc["spans"]:
            s, e, l = sp["start"], sp["end"], sp["label"]
            seg = t[s:e]
            if l not in LABELS:
                problems.append((doc["id"], "label", l))
            if s < prev_end:
                problems.append((doc["id"], "overlap/sort", s))
            if e <= s or seg != seg.strip() or not seg:
                problems.append((doc["id"], "whitespace/empty", seg))
            prev_end = e
            per[doc["lang"]][l] += 1
            if l == "EMAIL" and not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", seg):
                problems.append((doc["id"], "email", seg))
            if l == "PHONE" and not re.fullmatch(r"[+0-9 ()\-]+", seg):
                problems.append((doc["id"], "phone", seg))
            if l == "IBAN" and not iban_ok(seg):
                problems.append((doc["id"], "iban", seg))
            if l == "NATIONAL_ID":
                sc = ID_SCHEME.get(seg)
                if sc is None:
                    problems.append((doc["id"], "unregistered id", seg))
                elif not check_id(seg, sc):
                    problems.append((doc["id"], "bad id " + sc, seg))
                c = _clean(seg)
                if re.fullmatch(r"\d{8}[A-Z]", c) and sc == "dni":
                    if DNI_LETTERS[int(c[:8]) % 23] != c[8]:
                        problems.append((doc["id"], "dni letter", seg))
                if re.fullmatch(r"[XYZ]\d{7}[A-Z]", c) and sc == "nie":
                    if DNI_LETTERS[int(str("XYZ".index(c[0])) + c[1:8]) % 23] != c[8]:
                        problems.append((doc["id"], "nie letter", seg))
        if sorted(doc["spans"], key=lambda x: (x["start"], x["end"])) != doc["spans"]:
            problems.append((doc["id"], "unsorted", ""))
    n_en = sum(1 for d in docs if d["lang"] == "en")
    n_es = sum(1 for d in docs if d["lang"] == "es")
    if n_en != 60 or n_es != 60:
        problems.append(("ALL", "doc counts", (n_en, n_es)))
    ids = [d["id"] for d in docs]
    if len(ids) != len(dict.fromkeys(ids)):
        problems.append(("ALL", "duplicate ids", ""))
    given_all = []
    for o in GIVEN:
        for g in ("m", "f"):
            given_all.extend(GIVEN[o][g])
    given_all += NG_MIDDLE["m"] + NG_MIDDLE["f"] + GH_CHRISTIAN["m"] + GH_CHRISTIAN["f"]
    sur_all = []
    for o in SURN:
        for s in SURN[o]:
            sur_all.extend(list(s) if isinstance(s, tuple) else [s])
    n_given = len(dict.fromkeys(given_all))
    n_sur = len(dict.fromkeys(sur_all))
    if n_given < 600 or n_sur < 600:
        problems.append(("POOLS", "pool size", (n_given, n_sur)))
    nsp = [len(d["spans"]) for d in docs]
    lens = [len(d["text"]) for d in docs]
    avg = sum(nsp) / len(nsp)
    if not (12 <= avg <= 20):
        problems.append(("ALL", "avg spans", avg))
    print("documents: en=%d es=%d" % (n_en, n_es))
    print("distinct given names in pools: %d, distinct surnames: %d" % (n_given, n_sur))
    print("spans per doc: avg %.1f min %d max %d; text length: avg %d min %d max %d" % (
        avg, min(nsp), max(nsp), sum(lens) // len(lens), min(lens), max(lens)))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for l in LABELS:
        print("%-12s %6d %6d %6d" % (l, per["en"][l], per["es"][l], per["en"][l] + per["es"][l]))
    print("%-12s %6d %6d %6d" % ("ALL", sum(per["en"].values()), sum(per["es"].values()),
                                  sum(per["en"].values()) + sum(per["es"].values())))
    if problems:
        for p in problems[:50]:
            print("PROBLEM", p)
        raise SystemExit("self_check failed: %d problems" % len(problems))
    print("self_check OK")


def generate():
    """The rows of pii_dev14.jsonl, as written (the tests compare them with the committed file)."""
    rng.seed(SEED)  # the one generator starts afresh: the same rows on every call
    return [{"id": d["id"], "text": d["text"], "lang": d["lang"], "spans": d["spans"]} for d in build_docs()]


def main():
    docs = build_docs()
    self_check(docs)
    path = sys.argv[1] if len(sys.argv) > 1 else OUT_JSONL
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            obj = {"id": d["id"], "text": d["text"], "lang": d["lang"], "spans": d["spans"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(docs), path))


if __name__ == "__main__":
    main()
