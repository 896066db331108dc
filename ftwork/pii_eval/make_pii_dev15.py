#!/usr/bin/env python3
"""Independent hand-built labelled PII test set "dev15" for an EN/ES business-document anonymizer.

Provenance
----------
Built 2026-12-04 by a separate author given only the label conventions and the
domains; the author did not read the detector, its tests, docs, data samples or
any other pii_*.jsonl / make_pii_*.py file.  Every name pool, address pool,
company pool, reference format and template below was written by hand for this
file (Python standard library only, no Faker, no network).  Real public bodies,
banks, hospitals and insurers are mentioned by name; all persons, identifiers,
phone numbers, e-mail addresses, IBANs and street numbers are invented.

Domains
-------
1. Grupo Funerario Albor, S.L. - funeral services and cemetery company with
   branches in Spain (Andalusia: Sevilla, Granada, Málaga, Córdoba; Castilla y
   León: Valladolid, León, Burgos, Salamanca; Asturias: Oviedo, Gijón, Avilés),
   Mexico (Albor Servicios Funerarios México, S.A. de C.V.), Argentina (Albor
   Servicios Fúnebres S.A.) and Peru (Albor Perú S.A.C.), with its funeral
   insurance (decesos) desk: arrangements, esquelas, insurer claims, cemetery
   plot contracts, condolence books, supplier orders.  Spanish documents, plus a
   few English ones for British expat families (repatriation, condolences,
   travel-insurer claims).
2. Brannock Hale LLP - accountancy practice for freelancers and small landlords
   in Manchester, Cardiff, Edinburgh, Dublin and Cork (Brannock Hale (Ireland)
   Ltd) with a Spanish office for expats in Málaga and Alicante (Brannock Hale
   Asesores, S.L.): self assessment, VAT, payroll for small employers, rental
   income, Form 11, modelo 100/130.  English documents, and Spanish ones from
   the Spanish office.

Document kinds
--------------
Spanish (22 templates): family e-mail with quoted reply and signature, esquela
(death notice, partly in capitals), decesos claim e-mail to an insurer with the
insurer's reply, ALL-CAPS cemetery plot contract (Spain/MX/AR/PE variants),
online condolence book, supplier purchase order, Android WhatsApp family group
export, iOS WhatsApp staff chat (MX/PE), lower-case accent-less CRM call notes,
semicolon CSV export with names split into columns, voicemail transcripts, SMS
log (tab-separated), branch coordination minutes with attendees and apologies,
international repatriation request (CURP/RFC), Argentine/Peruvian service order
(DNI, CUIL), ALL-CAPS consumer complaint form, invoice, "APELLIDOS, Nombre"
tab-separated burial list; accountancy office: e-mail about modelo 130/100 with
quoted reply, client intake form, WhatsApp chat with a British client, renta
campaign tracker sheet.
English (22 templates): repatriation e-mail with original message, condolence
book, travel-insurer claim e-mail, self-assessment e-mail thread, forwarded VAT
thread, payroll CSV export, landlord property schedule (tab-separated), Android
WhatsApp client chat, iOS staff chat, lower-case CRM notes, voicemail
transcripts, partners' minutes, engagement letter with multi-line address block,
Irish Form 11 e-mail, invoice, complaint form, reviews signed "Name S.", ALL-CAPS
new-client form, expat modelo 100 e-mail, SMS log (semicolons), Irish payroll
new-starter form, HMRC call note.

Labelling choices
-----------------
* PERSON: every private person's name as written, staff included: full names,
  given name or nickname alone ("Pili", "Chema", "Paddy"), surname alone after a
  title (title Sr./Sra./D./D.ª/Dr./Dra./Mr/Mrs/Ms not in the span), family
  references ("Familia Cordero Santos" -> "Cordero Santos"), "SURNAME, Given"
  and "Surname Surname, Given", ALL CAPS, lower case without accents, initials
  attached to a surname ("M.ª A. Recio", "J. Gil", "H. Crompton"), reviewer
  signatures "Róisín Q.", user handles built from a name, WhatsApp sender
  columns, CSV columns (each column value its own span).  Name particles
  (de, del, de la, de los, Ó, Ní, Mac, ap) are inside the span.  Names inside
  business names ("Floristería Rosa Campos", "Tadhg Cronin Carpentry",
  "Hospital General de México Dr. Eduardo Liceaga") are part of the ORG span.
  Names inside street names ("Avenida Doctor Fedriani", "Calle Manuel Llaneza")
  are part of the ADDRESS span or, when the street is mentioned on its own,
  left unlabelled.  Saints in church names ("iglesia parroquial de San
  Lorenzo") are not persons and are left unlabelled.
* ORG: companies, the author companies and their named funeral homes and
  company cemeteries ("Tanatorio Albor Oviedo", "Parque Memorial Albor Pilar"),
  banks, insurers, hospitals and clinics, suppliers, letting agents, employers,
  pubs/restaurants, charities, public bodies (HMRC, Revenue / Revenue
  Commissioners, Agencia Tributaria, Junta de Andalucía, Registro Civil de
  Sevilla, RENIEC, Cofepris, consulates, Ayuntamiento de ...).  A leading
  "the" is not part of the span.  Branch designations such as "Sucursal
  Caballito" or "Sede Miraflores" are left unlabelled.
* ADDRESS: a full street address written together (number, street, floor/flat,
  urbanización, colonia, postcode, town, province in brackets); Irish
  addresses with Eircode; Peruvian Mz./Lt. addresses; letter address blocks
  are one span across their line breaks.
* CUSTOMER_ID: expediente, policy, claim (siniestro), plot contract, order,
  invoice, folio, service order, complaint-sheet, ticket and client
  references, AEAT justificante/expediente numbers, RTB registration numbers,
  obra-social affiliate numbers, carta de garantía numbers.
* PHONE: Spanish, Mexican, Argentine, Peruvian, UK and Irish numbers in many
  national/international formats (also as WhatsApp senders).
* EMAIL: every e-mail address, functional ones (decesos@albor.es) included.
* IBAN: ES (with valid CCC control digits), GB and IE IBANs, mod-97 valid,
  spaced or compact.
* NATIONAL_ID: Spanish DNI and NIE (valid letter), NUSS (valid mod-97 control),
  UK NI number (valid prefix/suffix), UK UTR (valid check digit), NHS number
  (valid mod-11), Irish PPSN (valid check letter, old and "A" forms), Mexican
  CURP and RFC (valid check characters), Argentine DNI and CUIL (valid
  mod-11), Peruvian DNI (8 digits, written without its check character), UK,
  Spanish, Irish and Mexican passport numbers.
Left unlabelled on purpose: dates (including dates of birth inside prose),
times, amounts, towns/countries/provinces alone, streets named alone, URLs
(www.albor.es/esquelas), product and model names (ataúd modelo Escorial, Seat
124, Mercedes hearse, WhatsApp, ROS, Teams), vehicle plates, card endings,
tax codes, modelo numbers, cemetery unit positions (cuartel/fila/nicho),
company tax numbers (none are emitted at all).

Counts (output of self_check for SEED 20261215)
----------------------------------------------
docs: en=60 es=60, spans=2272, avg spans/doc=18.9, chars min/avg/max=497/896/1546

    label            en     es  total
    PERSON          439    496    935
    ORG             221    206    427
    ADDRESS          82     59    141
    CUSTOMER_ID      81    124    205
    PHONE            85    125    210
    EMAIL            88     73    161
    IBAN             22     15     37
    NATIONAL_ID      69     87    156
    all            1087   1185   2272

name pools: 1048 distinct given names, 911 distinct surnames.

Determinism
-----------
One random.Random(SEED) drives every choice; no set iteration, no hash(), no
time or environment input.  The output is byte-identical across runs and
PYTHONHASHSEED values.  Spans are recorded by the Doc builder while the text
is assembled from plain strings and (text, LABEL) tuples; nothing is searched
for afterwards.  Document-wide transforms (upper case, lower case without
accents) are applied per segment before the span offsets are taken.

How to run
----------
    python3 make_pii_dev15.py [OUT_JSONL]
Writes pii_dev15.jsonl next to this script by default (one JSON object per
line: id "d15-en-000".."d15-es-059", text, lang, spans) after self_check() has
verified span text/sorting/overlap/whitespace, the label set, IBAN mod-97,
DNI/NIE letters and the other check digits, uncovered e-mail/IBAN patterns,
the per-language document counts, the average spans per document and the size
of the name pools.
"""

import datetime
import json
import os
import sys
import unicodedata
import random

NN = "15"
SEED = 20261215
R = random.Random(SEED)
LABELS = ("PERSON", "ORG", "ADDRESS", "CUSTOMER_ID", "PHONE", "EMAIL",
          "IBAN", "NATIONAL_ID")
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "pii_dev15.jsonl")


# --------------------------------------------------------------------------
# small helpers (every random draw goes through R)
# --------------------------------------------------------------------------
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def sample(seq, k):
    return R.sample(list(seq), k)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def deaccent(s):
    out = [c for c in unicodedata.normalize("NFD", s)
           if unicodedata.category(c) != "Mn"]
    return unicodedata.normalize("NFC", "".join(out))


def low_noacc(s):
    return deaccent(s).lower()


def upper(s):
    return s.upper()


def _split(block):
    out = []
    for part in block.replace("\n", ",").split(","):
        part = part.strip()
        if part:
            out.append(part)
    return out


def uniq(seq):
    seen = {}
    for x in seq:
        if x not in seen:
            seen[x] = True
    return list(seen.keys())


# --------------------------------------------------------------------------
# Doc builder: spans are recorded while the text is assembled
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, lang, tf=None):
        self.lang = lang
        self.tf = tf
        self.parts = []
        self.spans = []
        self.pos = 0

    def add(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, tuple):
                text, label = s
                if self.tf is not None:
                    text = self.tf(text)
                assert label in LABELS, label
                assert text and text == text.strip(), repr(text)
                self.spans.append((self.pos, self.pos + len(text), label))
            else:
                text = self.tf(s) if self.tf is not None else s
            self.parts.append(text)
            self.pos += len(text)
        return self

    def raw(self, *segs):
        """add without the document-wide transform"""
        keep = self.tf
        self.tf = None
        self.add(*segs)
        self.tf = keep
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


# --------------------------------------------------------------------------
# name pools (written by hand for this set)
# --------------------------------------------------------------------------
ES_M = _split("""
Antonio, José, Manuel, Francisco, Juan, David, Javier, Daniel, Carlos, Jesús,
Alejandro, Miguel, Rafael, Pedro, Pablo, Ángel, Sergio, Fernando, Jorge, Luis,
Alberto, Álvaro, Adrián, Diego, Raúl, Enrique, Ramón, Vicente, Iván, Rubén,
Óscar, Andrés, Joaquín, Santiago, Eduardo, Víctor, Roberto, Jaime, Mario,
Ignacio, Alfonso, Salvador, Ricardo, Marcos, Emilio, Julián, Julio, Tomás,
Gonzalo, Agustín, Lorenzo, Cristóbal, Rodrigo, Nicolás, Félix, Gregorio, Hugo,
Martín, Teodoro, Eusebio, Baltasar, Remigio, Celestino, Anselmo, Benito,
Casimiro, Eladio, Florencio, Genaro, Herminio, Isidoro, Leandro, Marcelino,
Nemesio, Olegario, Severino, Telmo, Valentín, Borja, Íñigo, Unai, Aitor,
Gaspar, Bernardo, Rogelio, Saturnino, Laureano, Evaristo, Fulgencio, Abel,
Aurelio, Bonifacio, Ceferino, Guillermo, Arsenio, Benigno, Dámaso, Gerardo,
Primitivo, Macario, Onésimo, Patricio, Serafín, Victoriano, Pascual
""")
ES_F = _split("""
María, Carmen, Ana, Isabel, Dolores, Pilar, Teresa, Rosa, Josefa, Cristina,
Laura, Marta, Lucía, Francisca, Antonia, Mercedes, Elena, Raquel, Sara, Paula,
Rocío, Manuela, Encarnación, Concepción, Inmaculada, Montserrat, Rosario,
Beatriz, Silvia, Patricia, Nuria, Irene, Alicia, Julia, Sonia, Yolanda, Eva,
Noelia, Verónica, Remedios, Amparo, Consuelo, Esperanza, Milagros, Soledad,
Asunción, Begoña, Almudena, Macarena, Reyes, Nieves, Visitación, Angustias,
Trinidad, Purificación, Marisol, Maite, Aurora, Lourdes, Olga, Gema, Celia,
Adela, Herminia, Jimena, Carlota, Valeria, Aitana, Noa, Vega, Alba, Sagrario,
Socorro, Fuensanta, Rufina, Eulalia, Obdulia, Ascensión, Piedad, Estrella, Luz,
Paloma, Blanca, Leonor, Inés, Amaia, Ainhoa, Candela, Felisa, Tomasa, Benita,
Genoveva, Custodia, Rosalía, Emilia, Matilde, Petra
""")
ES_M_COMP = _split("""
José Antonio, José Luis, José Manuel, Juan Carlos, Francisco Javier,
Juan José, José María, Miguel Ángel, Juan Antonio, José Ramón, Juan Manuel,
Luis Miguel, Juan de Dios, José Ignacio, Pedro Pablo, Juan Bautista
""")
ES_F_COMP = _split("""
María del Carmen, María de los Ángeles, María de la O, María del Mar,
María José, Ana Belén, Rosa María, Mari Carmen, Mari Luz, María Teresa,
María Dolores, María del Rocío, María Jesús, Ana Isabel, María de las Mercedes,
María Pilar, Luz Divina, María Auxiliadora
""")
AST_M = _split("Pelayo, Xuan, Manolín, Adolfo, Secundino, Arcadio, Avelino, Constantino, Rufino")
AST_F = _split("Covadonga, Xana, Olaya, Nerea, Jovita, Eloína, Aida, Maruxa, Consolación")
AND_M = _split("Curro, Rocky, Manolo, Macario, Cayetano, Juanma, Custodio")
AND_F = _split("Chari, Loli, Tamara, Triana, Araceli, Macarena, Salud, Carmela")

MX_M = _split("""
Cuauhtémoc, Arturo, Gerardo, Héctor, Rigoberto, Everardo, Eleazar, Efraín,
Octavio, Porfirio, Ulises, Isaac, Heriberto, Fidel, Abundio, Moisés,
Maximiliano, Emiliano, Leonardo, Ernesto, Rosendo, Tonatiuh, Aldo, Jair,
Brandon, Kevin, Axel, Iker, Bernabé, Crisóforo, Cutberto, Nazario,
Filiberto, Hilario, Ezequiel, Israel, Noé, Refugio, Jesús Guadalupe,
Juan Pablo, Luis Fernando, José Alfredo
""")
MX_F = _split("""
Guadalupe, Xóchitl, Itzel, Citlali, Yatziri, Nayeli, Ximena, Fernanda,
Araceli, Leticia, Griselda, Maricela, Rosalba, Yesenia, Brenda, Karla, Jazmín,
Dulce, Azucena, Elvira, Eréndira, Hortensia, Alondra, Itzayana, Lizbeth,
Magdalena, Ofelia, Perla, Rubí, Zoila, Abigail, Adriana, Berenice,
Tonantzin, Marisela, María Guadalupe, Ana Karen, Dulce María
""")
AR_M = _split("""
Santino, Bautista, Lautaro, Thiago, Valentino, Benjamín, Facundo, Matías,
Nahuel, Gastón, Mariano, Hernán, Claudio, Osvaldo, Horacio, Néstor, Gustavo,
Marcelo, Walter, Darío, Fabián, Germán, Emanuel, Franco, Tobías, Ciro,
Lisandro, Renzo, Atilio, Amadeo, Aníbal, Juan Martín, Juan Ignacio
""")
AR_F = _split("""
Agustina, Florencia, Luciana, Micaela, Camila, Sofía, Valentina, Martina,
Delfina, Catalina, Julieta, Romina, Daiana, Yamila, Antonella, Mailén, Ayelén,
Celeste, Graciela, Susana, Norma, Silvina, Mirta, Estela, Liliana, Nélida,
Marcela, Vanina, Lorena, Natalia, Jorgelina, Ailín, María Belén, María Sol
""")
PE_M = _split("""
Wilfredo, Percy, Yuri, Jhon, Nilton, Edwin, Wilmer, Elmer, Alcides, Teófilo,
Cirilo, Froilán, Grimaldo, Hilarión, Inti, Amaru, Kusi, Segundo, Melquíades,
Apolinar, Jhonatan, Anthony, Jhair, Dante, Yordi, César, Rolando, Ronald,
Faustino, Eulogio, Wilber
""")
PE_F = _split("""
Killa, Sumaq, Maribel, Flor, Yanina, Kelly, Nataly, Roxana, Sheyla, Gladys,
Nelly, Delia, Hermelinda, Lidia, Marleny, Mayumi, Yuliana, Sandra, Fiorella,
Giuliana, Danitza, Zully, Rosmery, Yésica, Luz Marina, Rosa Elvira
""")
EN_M = _split("""
James, John, David, Michael, Paul, Andrew, Mark, Richard, Peter, Stephen,
Robert, Christopher, Thomas, Matthew, Daniel, Simon, Gary, Neil, Ian, Stuart,
Darren, Lee, Craig, Wayne, Dean, Gavin, Keith, Trevor, Graham, Nigel, Colin,
Barry, Derek, Clive, Roger, Geoffrey, Malcolm, Howard, Philip, Adrian,
Jonathan, Nathan, Oliver, Harry, Jack, George, Charlie, Alfie, Freddie,
Archie, Theo, Oscar, Leo, Finley, Reuben, Jake, Callum, Connor, Kieran, Ryan,
Liam, Josh, Ben, Sam, Alistair, Rupert, Giles, Barnaby, Toby, Edmund, Ernest,
Albert, Stanley, Cyril, Norman, Dennis, Kenneth, Raymond, Terence, Alan,
Brian, Martin, William, Anthony, Alexander, Jeremy, Marcus, Dominic, Tristan,
Lewis, Elliot, Joel, Harvey, Frank
""")
EN_F = _split("""
Sarah, Emma, Claire, Rachel, Helen, Louise, Nicola, Joanne, Lisa, Michelle,
Karen, Julie, Susan, Jennifer, Elizabeth, Catherine, Margaret, Jane, Ruth,
Alison, Gillian, Deborah, Tracey, Kerry, Stacey, Gemma, Charlotte, Hannah, Amy,
Lauren, Chloe, Sophie, Olivia, Amelia, Ava, Poppy, Freya, Evie, Millie, Daisy,
Rosie, Holly, Jade, Leanne, Samantha, Victoria, Rebecca, Natalie, Hayley,
Beverley, Sharon, Janet, Pauline, Maureen, Doreen, Sheila, Joan, Barbara,
Hilary, Philippa, Harriet, Imogen, Jemima, Felicity, Tamsin, Rosalind, Wendy,
Lorraine, Dawn, April, Joy, Hope, Faith, Patience, June, Kimberley, Toni,
Bethany, Megan Rose, Georgina, Penelope
""")
IE_M = _split("""
Seán, Cian, Oisín, Darragh, Ciarán, Pádraig, Diarmuid, Eoin, Fionn, Tadhg,
Conor, Donal, Dermot, Colm, Niall, Ronan, Cathal, Fergal, Eamon, Declan,
Brendan, Shane, Killian, Rory, Éanna, Odhrán, Ruairí, Cormac, Senan, Micheál,
Séamus, Lorcan, Aidan, Patrick, Kevin
""")
IE_F = _split("""
Siobhán, Aoife, Niamh, Sinéad, Róisín, Orla, Caoimhe, Saoirse, Clodagh,
Gráinne, Máire, Bríd, Áine, Éabha, Ciara, Fiadh, Sorcha, Deirdre, Eimear,
Orlaith, Muireann, Nuala, Úna, Aisling, Catríona, Sadhbh, Ailbhe, Méabh,
Treasa, Nóra, Mairéad, Bernadette
""")
WAL_M = _split("""
Rhys, Gareth, Dafydd, Emyr, Gethin, Iwan, Owain, Huw, Geraint, Aled, Bryn,
Cai, Dylan, Gwilym, Idris, Ieuan, Llŷr, Rhodri, Tomos, Trystan, Dewi
""")
WAL_F = _split("""
Cerys, Siân, Bethan, Angharad, Carys, Eleri, Ffion, Gwen, Heledd, Lowri,
Mali, Megan, Nia, Rhiannon, Seren, Catrin, Elin, Manon, Non, Glenys, Mererid
""")
SCO_M = _split("""
Hamish, Angus, Euan, Fraser, Murdo, Calum, Ruaridh, Lachlan, Alasdair, Struan,
Fergus, Innes, Dougal, Kenzie, Torquil, Iain, Gregor, Ross, Finlay, Blair
""")
SCO_F = _split("""
Morag, Eilidh, Kirsteen, Mhairi, Catriona, Iona, Ishbel, Shona, Fiona, Ailsa,
Rhona, Elspeth, Kirsty, Isla, Agnes, Heather, Senga, Jessie, Flora, Marion
""")
SA_M = _split("""
Mohammed, Imran, Tariq, Asif, Bilal, Faisal, Zubair, Kamran, Naveed, Shahid,
Rajesh, Sanjay, Vikram, Arjun, Rohan, Amrit, Harjit, Jaswinder, Sukhdev,
Anil, Prakash, Deepak, Nikhil, Rahul, Yusuf, Hamza, Usman, Adnan, Junaid,
Gurpreet
""")
SA_F = _split("""
Ayesha, Fatima, Zainab, Nadia, Saima, Rubina, Shabana, Farah, Samina, Noor,
Priya, Anjali, Kavita, Sunita, Meera, Pooja, Harpreet, Manjit, Simran,
Navdeep, Rekha, Deepa, Sana, Amina, Hina, Bushra, Mehwish, Iqra, Nisha, Divya
""")
PL_M = _split("""
Krzysztof, Tomasz, Paweł, Piotr, Marcin, Łukasz, Grzegorz, Wojciech, Jakub,
Mateusz, Andrzej, Bartosz, Dariusz, Sławomir, Zbigniew
""")
PL_F = _split("""
Agnieszka, Katarzyna, Małgorzata, Joanna, Anna, Ewa, Dorota, Beata, Justyna,
Monika, Aleksandra, Zofia, Weronika, Urszula, Grażyna
""")
RO_M = _split("Ionuț, Andrei, Mihai, Florin, Cătălin, Bogdan, Vasile, Gheorghe, Dorin, Marius, Sorin, Costel, Ovidiu, Radu, Lucian")
RO_F = _split("Ioana, Mirela, Gabriela, Simona, Daniela, Alina, Florentina, Oana, Raluca, Nicoleta, Corina, Lăcrămioara, Andreea, Mădălina, Roxana")
NG_M = _split("Chinedu, Oluwaseun, Emeka, Tunde, Babajide, Obinna, Kwame, Kofi, Kwabena, Yaw, Ifeanyi, Segun, Chukwuemeka, Femi, Kelechi")
NG_F = _split("Ngozi, Chiamaka, Adaeze, Funmilayo, Yetunde, Abena, Akosua, Efua, Folake, Nneka, Temitope, Oluwakemi, Amaka, Bisola, Ifeoma")
CN_M = _split("Wei, Jun, Hao, Ming, Jian, Zhiwei, Haoran, Yong, Tao, Bo")
CN_F = _split("Xiaoling, Mei, Yan, Ling, Xiu, Jing, Hui, Fang, Lijuan, Yuting")
MA_M = _split("Youssef, Mohamed, Rachid, Hassan, Karim, Mustapha, Abdelkader, Brahim, Hicham, Saïd, Nordin, Khalid, Driss, Anass, Othmane")
MA_F = _split("Khadija, Fatima Zahra, Naima, Latifa, Samira, Malika, Hanane, Souad, Meryem, Salma, Houda, Ikram, Loubna, Zineb, Rachida")
UA_M = _split("Oleksandr, Dmytro, Volodymyr, Serhiy, Andriy, Taras, Bohdan, Yuriy")
UA_F = _split("Olena, Oksana, Iryna, Tetiana, Yulia, Svitlana, Kateryna, Halyna")
SN_M = _split("Mamadou, Ousmane, Cheikh, Modou, Abdoulaye, Ibrahima")
SN_F = _split("Aminata, Fatou, Awa, Mariama, Khady, Ndeye")
SO_M = _split("Abdirahman, Mahad, Abdullahi, Liban")
SO_F = _split("Hodan, Faadumo, Ubah, Sahra")
FIL_M = _split("Rodel, Jomar, Marlon, Arnel")
FIL_F = _split("Maricel, Jonalyn, Lovely, Rhea")
LAT_M = _split("Jhon Jairo, Wilson, Fredy, Yeison, Édgar, Néstor Iván, Darwin, Byron")
LAT_F = _split("Leidy, Yuleidy, Dayana, Yurani, Mayerli, Johanna, Lisbeth, Mishell")

ES_SUR = _split("""
García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez,
Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso,
Gutiérrez, Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano,
Blanco, Molina, Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, Marín,
Sanz, Núñez, Iglesias, Medina, Garrido, Cortés, Castillo, Santos, Lozano,
Guerrero, Cano, Prieto, Méndez, Cruz, Calvo, Gallego, Vidal, León, Márquez,
Herrera, Peña, Flores, Cabrera, Campos, Vega, Fuentes, Carrasco, Diez,
Caballero, Reyes, Nieto, Aguilar, Pascual, Santana, Herrero, Lorenzo, Montero,
Hidalgo, Giménez, Ibáñez, Ferrer, Durán, Santiago, Benítez, Mora, Vicente,
Vargas, Arias, Carmona, Crespo, Román, Pastor, Soto, Sáez, Velasco, Moya,
Soler, Parra, Esteban, Bravo, Gallardo, Rojas, Pardo, Merino, Franco, Espinosa,
Izquierdo, Lara, Rivas, Silva, Rivera, Casado, Arroyo, Redondo, Camacho, Rey,
Vera, Otero, Luque, Galán, Montes, Ríos, Sierra, Segura, Carrillo, Marcos,
Soriano, Mendoza, Bueno, Rosa, Cordero, Lobo, Pozo, Toledo, Palomo, Bermúdez,
Quintana, Cuesta, Collado, Valle, Escudero, Pineda, Villar, Conde, Salas,
Gimeno, Benito, Robles, Manzano, Polo, Heredia, Amaya, Escobar, Cuenca, Olmedo,
Barroso, Aranda, Trujillo, Mayo, Abril, Marzo, Bellido, Tirado, Porras,
Chaparro, Zamora, Salamanca, Burgos, Toro, Oviedo, Ávila, Soria, Cáceres,
Granados, Alarcón, Pacheco, Olivares, Cid, Carretero, Romo, Ballesteros,
Zapata, Tejada, Cabello, Caro, Recio, Moyano, Jurado, Lucena, Espejo, Priego,
Montilla, Baena, Palacios, Expósito, Bermejo, Cordón, Piñero, Pino,
de la Fuente, del Río, de Pablo, de Miguel, de la Torre, del Valle,
de los Santos, de Castro, de Haro, del Pino, de la Rosa, de Diego,
Fernández de Córdoba, Díaz de Mera, Ruiz de Alarcón, Pérez de Tudela
""")
AST_SUR = _split("""
Menéndez, Llaneza, Cueto, Argüelles, Villaverde, Arango, Quirós, Tuñón, Noriega,
Cienfuegos, Valdés, Miranda, Riaño, Ordóñez, Fidalgo, García-Rendueles,
Sopeña, Rozada, Prendes, Granda, Castañón, Lastra, Canteli, Colunga, Llano,
Fonseca, Lavandera, Solares, Alvargonzález, Cuervo, Meana, Peláez
""")
CYL_SUR = _split("""
Llamazares, Fidalgo, Robla, Alaiz, Aller, Cubillas, Santamarta, Pisabarro,
Huerga, Arranz, Tejero, Antolín, Hontoria, Cantalapiedra, Rebollo, Mediavilla,
Manso, Pellitero, Sahelices, Castrillo
""")
AND_SUR = _split("""
Maqueda, Naranjo, Jaén, Lebrón, Aguilera, Barea, Trigueros, Villegas, Montoya,
Cortijo, Vargas-Machuca, Zurita, Postigo, Carmona, Rueda
""")
GAL_EUS_SUR = _split("""
Souto, Piñeiro, Vilariño, Carballo, Lema, Rial, Puig, Vives, Casals,
Etxeberria, Goikoetxea, Arrieta, Zubizarreta, Olabarria, Aguirre, Urrutia
""")
MX_SUR = _split("""
Chávez, Villalobos, Zúñiga, Cervantes, Ocampo, Tzompa, Xicoténcatl, Canché,
Pech, Uc, Cocom, Chi, Itzá, Tapia, Becerra, Sandoval, Barrera, Villaseñor,
Arellano, Cisneros, Galindo, Esparza, Robledo, Huerta, Zavala, Solís, Ochoa,
Quintero, Orozco, Elizondo, Garza, Treviño, Salazar, Valenzuela, Covarrubias,
Alcántara, Velázquez, Téllez, Montemayor, Carbajal, Nava, Olvera, Meza,
Cuevas, Maldonado, Luna, Estrada, Bautista, Tlapale, Coyotl
""")
AR_SUR = _split("""
Bianchi, Rossi, Ferrari, Romano, Colombo, Ricci, Gallo, Costa, Fontana, Sosa,
Acosta, Ledesma, Villalba, Coronel, Quiroga, Echeverría, Iturralde, Larralde,
Etchegaray, Goñi, Schneider, Müller, Weiss, Haddad, Saad, Nasif, Zapiola,
Dalmasso, Pereyra, Cabral, Ojeda, Figueroa, Paz, Cardozo, Bustos, Maidana,
Ayala, Lencina, Ibarra, Báez, Páez, Lucero, Correa, Olmos, Arce, Funes,
Pellegrini, Marchetti, Barbieri, Greco, Lombardi, Mancini, Conti, Caruso
""")
PE_SUR = _split("""
Quispe, Mamani, Huamán, Condori, Ccahuana, Ticona, Apaza, Choque, Yupanqui,
Puma, Layme, Huillca, Cusi, Ccori, Mayta, Chambi, Huanca, Cóndor, Taipe,
Soncco, Pari, Rimachi, Inga, Huaranga, Paucar, Vilca, Huayta, Allcca, Sulca,
Villanueva, Chumpitaz, Nakamura, Higa, Tamashiro, Chong, Wong, Zegarra,
del Águila, Tello, Rengifo, Panduro, Vásquez, Cárdenas, Saavedra, Valdivia,
Palomino, Gamarra, Alvarado, Paredes, Salinas, Zevallos, Ugarte, Cornejo
""")
EN_SUR = _split("""
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Roberts,
Johnson, Walker, Robinson, Wood, Thompson, White, Watson, Jackson, Wright,
Green, Harris, Cooper, King, Clarke, Morgan, Hughes, Edwards, Hill, Moore,
Clark, Harrison, Scott, Young, Morris, Hall, Ward, Turner, Carter, Phillips,
Mitchell, Adams, Anderson, Allen, Cook, Bailey, Parker, Miller, Davis, Price,
Bell, Baker, Griffiths, Simpson, Marshall, Bennett, Cox, Richardson, Fox, Gray,
Rose, Chapman, Hunt, Shaw, Reynolds, Lloyd, Ellis, Richards, Russell,
Wilkinson, Graham, Stewart, Reid, Palmer, Holmes, Rogers, Stevens, Hunter,
Matthews, Owen, Mason, Knight, Butler, Saunders, Cole, Pearce, Dean, Foster,
Harvey, Hudson, Gibson, Mills, Berry, Barnes, Pearson, Booth, Dixon, Grant,
Gordon, Lane, Harper, Hart, Brooks, Carr, Hamilton, Marsh, Frost, Moss, Lamb,
Swan, Sharp, Wise, Ash, Rush, Stone, Brook, Field, Bird, Gold, Black, Golightly,
Pickering, Sidebottom, Ramsbottom, Entwistle, Hargreaves, Holt, Crompton,
Ollerenshaw, Bradshaw, Hindley, Kershaw, Ashworth, Greenhalgh, Whitworth,
Butterworth, Duckworth, Heywood, Preston, Chester, Lancaster, Bolton, Darby,
Lister, Fenwick, Ainsworth, Sutcliffe, Winterbottom, Hollis, Brightwell,
Penhaligon, Trelawney, Fairclough, Bancroft, Pennington, Goodwin, Singleton
""")
EN_DOUBLE = _split("""
Harcourt-Smythe, Fortescue-Brown, Vaughan-Hughes, Ashby-Clarke, Lloyd-Pritchard,
Grey-Wilson, Bowes-Parker, Hamilton-Reid, Stanley-Hart, Carter-Jones
""")
IE_SUR = _split("""
Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill,
O'Reilly, Doyle, McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn,
McLoughlin, O'Carroll, Connolly, Daly, O'Connell, Dunne, Brennan, Burke,
Collins, Fitzgerald, Hegarty, Cronin, Kavanagh, Nolan, Keane, Healy, Crowley,
Desmond, Mulcahy, Twomey, O'Mahony, Coughlan, Buckley, Sheehan, Ó Súilleabháin,
Mac Cárthaigh, Ó Ceallaigh, Ó Dónaill, Mac Giolla Bhríde, Ó Laoghaire
""")
IE_SUR_F_GA = _split("Ní Bhriain, Ní Mhurchú, Nic Giolla Phádraig, Ní Chonaill, Ní Dhuibhir, Nic Amhlaoibh")
WAL_SUR = _split("""
Pritchard, Llewellyn, Bowen, Prosser, Powell, Parry, Vaughan, Howells, Gwynne,
Rees, Jenkins, Morgans, Meredith, Bevan, Pugh, Probert, Watkins, Cadwaladr,
ap Rhys, Gruffydd, Lewis, Hopkins, Pryce, Gittins, Beynon
""")
SCO_SUR = _split("""
MacLeod, McIntyre, MacKenzie, Fraser, Cameron, MacGregor, Sinclair, Ferguson,
Munro, Buchanan, Kerr, Duncan, Paterson, Dunlop, Gillespie, Lennox, Baird,
Docherty, McAllister, Urquhart, Menzies, Farquharson, Drummond, Crawford,
Galbraith, Balfour, MacDougall, Tennant, Lamont, Cairns, Robertson, Campbell
""")
SA_SUR = _split("""
Patel, Shah, Singh, Kaur, Khan, Hussain, Ahmed, Akhtar, Iqbal, Rahman,
Chaudhry, Malik, Mahmood, Qureshi, Butt, Sheikh, Mirza, Gill, Sandhu, Dhillon,
Bains, Sidhu, Mistry, Chauhan, Desai, Joshi, Kapoor, Mehta, Nair, Menon,
Pillai, Rao, Reddy, Banerjee, Chatterjee, Bhatt, Uddin, Begum, Chowdhury, Islam
""")
PL_SUR = _split("""
Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski,
Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur,
Krawczyk, Piotrowski, Grabowski, Pawlak, Michalski, Zając
""")
RO_SUR = _split("""
Popescu, Ionescu, Popa, Dumitrescu, Stan, Stoica, Gheorghiu, Munteanu,
Constantin, Dinu, Mocanu, Lungu, Rusu, Ciobanu, Vasilescu, Moldovan, Cristea,
Tudor, Neagu, Florea
""")
NG_SUR = _split("""
Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Adebayo, Mensah, Asante,
Boateng, Owusu, Osei, Ogunleye, Oyelaran, Chukwu, Onyeka, Afolabi, Babatunde,
Darko, Appiah
""")
CN_SUR = _split("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin, He")
MA_SUR = _split("""
El Amrani, Benali, Bennani, El Idrissi, Alaoui, Tazi, Berrada, Chraibi, El Fassi,
Ouazzani, Bouzidi, Haddou, Ait Lahcen, El Khatib, Mansouri, Ziani, Belhaj,
Essaidi, Rifi, Boukhari
""")
UA_SUR = _split("Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, Kovalchuk, Oliynyk, Savchenko, Lysenko, Marchenko")
SN_SUR = _split("Diop, Ndiaye, Fall, Sow, Diallo, Sarr, Ba, Faye, Gueye, Mbaye")
SO_SUR = _split("Abdi, Warsame, Farah, Omar, Jama, Mohamud, Hersi")
FIL_SUR = _split("dela Cruz, Macaraeg, Dimaculangan, Bautista, Manalo, Villareal")
LAT_SUR = _split("Quiñónez, Mosquera, Valencia, Zambrano, Cedeño, Mera, Loor, Bustamante, Cárdenas, Ospina, Restrepo, Londoño")

NICK = {
    "José": ["Pepe"], "Francisco": ["Paco", "Curro", "Fran"],
    "Manuel": ["Manolo", "Manu"], "Dolores": ["Lola", "Loli"],
    "Concepción": ["Concha", "Conchi"], "Encarnación": ["Encarni"],
    "Guadalupe": ["Lupe", "Lupita"], "Ignacio": ["Nacho"],
    "Jesús": ["Chus"], "Pilar": ["Pili"], "Rosario": ["Charo"],
    "Mercedes": ["Merche"], "Consuelo": ["Chelo"], "Enrique": ["Quique"],
    "Alejandro": ["Álex"], "Roberto": ["Beto"], "Antonio": ["Toni"],
    "Inmaculada": ["Inma"], "Montserrat": ["Montse"], "Asunción": ["Asun"],
    "Remedios": ["Reme"], "Purificación": ["Puri"], "Soledad": ["Sole"],
    "María Teresa": ["Maite"], "María José": ["Majo"], "José María": ["Chema"],
    "José Luis": ["Joselu"], "Trinidad": ["Trini"], "Visitación": ["Visi"],
    "Eduardo": ["Edu"], "Guillermo": ["Guille"], "Rafael": ["Rafa"],
    "Fernando": ["Nando"], "Ramón": ["Moncho"], "Ascensión": ["Chon"],
    "María del Carmen": ["Mari Carmen", "Maica"], "María Dolores": ["Marilola"],
    "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"],
    "Elizabeth": ["Liz", "Beth"], "Margaret": ["Maggie", "Peggy"],
    "Catherine": ["Kate", "Cath"], "Richard": ["Rich"], "Thomas": ["Tom"],
    "Michael": ["Mike", "Mick"], "Jennifer": ["Jen"], "Christopher": ["Chris"],
    "Alexander": ["Sandy", "Alex"], "Patrick": ["Paddy"], "Samantha": ["Sam"],
    "Rebecca": ["Becky"], "Deborah": ["Debs"], "Stephen": ["Steve"],
    "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"], "David": ["Dave"],
    "Andrew": ["Andy"], "Matthew": ["Matt"], "Jonathan": ["Jon"],
    "Philip": ["Phil"], "Victoria": ["Vicky"], "Gillian": ["Gill"],
    "Susan": ["Sue"], "Kenneth": ["Ken"], "Terence": ["Terry"],
    "Raymond": ["Ray"], "Dafydd": ["Dai"], "Oluwaseun": ["Seun"],
    "Babajide": ["Jide"], "Chukwuemeka": ["Emeka"], "Krzysztof": ["Krzys"],
    "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Mohammed": ["Mo"],
    "Oleksandr": ["Sasha"], "Kimberley": ["Kim"], "Penelope": ["Penny"],
    "Funmilayo": ["Funmi"], "Temitope": ["Tope"], "Séamus": ["Shay"],
    "Pádraig": ["Podge"], "Cuauhtémoc": ["Temo"], "Maximiliano": ["Maxi"],
    "Guillermina": ["Mina"], "Facundo": ["Facu"], "Agustina": ["Agus"],
}


# --------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------
ORIGINS = {
    # origin: (male given, female given, surnames, number of surnames)
    "es": (ES_M, ES_F, ES_SUR + GAL_EUS_SUR, 2),
    "and": (ES_M + AND_M, ES_F + AND_F, ES_SUR + AND_SUR, 2),
    "cyl": (ES_M, ES_F, ES_SUR + CYL_SUR, 2),
    "ast": (ES_M + AST_M, ES_F + AST_F, AST_SUR + ES_SUR[:90], 2),
    "mx": (MX_M + ES_M[:45], MX_F + ES_F[:45], MX_SUR + ES_SUR[:70], 2),
    "ar": (AR_M + ES_M[:35], AR_F + ES_F[:35], AR_SUR + ES_SUR[:50], 1),
    "pe": (PE_M + ES_M[:35], PE_F + ES_F[:35], PE_SUR + ES_SUR[:50], 2),
    "eng": (EN_M, EN_F, EN_SUR, 1),
    "wal": (WAL_M + EN_M[:30], WAL_F + EN_F[:30], WAL_SUR + EN_SUR[:20], 1),
    "sco": (SCO_M + EN_M[:30], SCO_F + EN_F[:30], SCO_SUR + EN_SUR[:20], 1),
    "ie": (IE_M + EN_M[:20], IE_F + EN_F[:20], IE_SUR, 1),
    "sa": (SA_M, SA_F, SA_SUR, 1),
    "pl": (PL_M, PL_F, PL_SUR, 1),
    "ro": (RO_M, RO_F, RO_SUR, 1),
    "ng": (NG_M, NG_F, NG_SUR, 1),
    "cn": (CN_M, CN_F, CN_SUR, 1),
    "ma": (MA_M, MA_F, MA_SUR, 1),
    "ua": (UA_M, UA_F, UA_SUR, 1),
    "sn": (SN_M, SN_F, SN_SUR, 1),
    "so": (SO_M, SO_F, SO_SUR, 1),
    "fil": (FIL_M, FIL_F, FIL_SUR, 1),
    "lat": (LAT_M, LAT_F, LAT_SUR + ES_SUR[:40], 2),
}
SPANISH_STYLE = ("es", "and", "cyl", "ast", "mx", "pe", "lat")


class Person:
    def __init__(self, given, surnames, gender, origin, middle=None):
        self.given = given
        self.surnames = list(surnames)
        self.gender = gender
        self.origin = origin
        self.middle = middle
        toks = given.split(" ")
        if len(toks) > 1 and toks[0] not in ("María", "José", "Juan", "Mari",
                                              "Ana", "Luz", "Rosa", "Jhon",
                                              "Fatima", "Dulce", "Néstor",
                                              "Megan", "Jesús", "Luis"):
            self.first = toks[0]
        else:
            self.first = given
        en_like = origin not in SPANISH_STYLE and origin != "ar"
        if given in NICK and (given in NICK_EN) == en_like and R.random() < 0.45:
            self.nick = pick(NICK[given])
        else:
            self.nick = self.first

    def full(self):
        return self.given + " " + " ".join(self.surnames)

    def full_mid(self):
        if self.middle:
            return self.given + " " + self.middle + " " + " ".join(self.surnames)
        return self.full()

    def sur(self):
        return " ".join(self.surnames)

    def sur1(self):
        return self.surnames[0]

    def inverted(self):
        return self.sur() + ", " + self.given

    def initials(self):
        out = []
        for t in self.given.split(" "):
            if t in ("de", "del", "la", "los", "las"):
                continue
            out.append("M.ª" if t == "María" else t[0] + ".")
        return " ".join(out) + " " + self.sur1()

    def short(self):
        """given + first surname (how Spaniards usually write it)"""
        return self.first + " " + self.sur1()

    def m(self, male, female):
        return male if self.gender == "m" else female


NICK_EN = set(_split("""
William, Robert, Elizabeth, Margaret, Catherine, Richard, Thomas, Michael, Jennifer,
Christopher, Alexander, Patrick, Samantha, Rebecca, Deborah, Stephen, Anthony, Daniel,
David, Andrew, Matthew, Jonathan, Philip, Victoria, Gillian, Susan, Kenneth, Terence,
Raymond, Dafydd, Oluwaseun, Babajide, Chukwuemeka, Krzysztof, Małgorzata, Aleksandra,
Mohammed, Oleksandr, Kimberley, Penelope, Funmilayo, Temitope, Séamus, Pádraig
"""))


def mkp(origin, gender=None, surnames=None):
    if gender is None:
        gender = "m" if R.random() < 0.5 else "f"
    males, females, surs, nsur = ORIGINS[origin]
    pool = males if gender == "m" else females
    given = pick(pool)
    if origin in ("es", "and", "cyl", "ast", "pe", "mx") and R.random() < 0.25:
        comp = ES_M_COMP if gender == "m" else ES_F_COMP
        if R.random() < 0.6:
            given = pick(comp)
        else:
            g2 = pick(pool)
            if g2 != given and " " not in given and " " not in g2:
                given = given + " " + g2
    if origin == "ar" and R.random() < 0.2:
        g2 = pick(pool)
        if g2 != given and " " not in given and " " not in g2:
            given = given + " " + g2
    middle = None
    if origin in ("eng", "wal", "sco", "ie") and R.random() < 0.25:
        middle = pick(pool)
        if middle == given:
            middle = None
    if surnames is None:
        if origin == "ie" and gender == "f" and R.random() < 0.12:
            surnames = [pick(IE_SUR_F_GA)]
        elif origin == "eng" and R.random() < 0.08:
            surnames = [pick(EN_DOUBLE)]
        elif origin == "ar":
            surnames = [pick(surs)] if R.random() < 0.75 else sample(surs, 2)
        elif nsur == 2:
            surnames = sample(surs, 2)
        else:
            surnames = [pick(surs)]
        if origin == "pl" and gender == "f":
            s = surnames[0]
            if s.endswith("ski") or s.endswith("cki"):
                surnames = [s[:-1] + "a"]
    return Person(given, surnames, gender, origin, middle)


def child_of(father, mother, gender=None):
    """child with surnames inherited the Spanish or British way"""
    o = father.origin
    if o in SPANISH_STYLE:
        return mkp(o, gender, [father.sur1(), mother.sur1()])
    if o == "ar":
        return mkp(o, gender, [father.sur1()])
    return mkp(o, gender, [father.surnames[-1]])


def couple(origin):
    h = mkp(origin, "m")
    w = mkp(origin, "f")
    if origin not in SPANISH_STYLE and origin != "ar" and R.random() < 0.7:
        w = Person(w.given, [h.surnames[-1]], "f", origin, w.middle)
    return h, w


UK_MIX = [("eng", 40), ("wal", 10), ("sco", 10), ("ie", 8), ("sa", 11),
          ("pl", 5), ("ro", 3), ("ng", 6), ("cn", 2), ("ua", 1), ("so", 1),
          ("fil", 1), ("es", 2)]
IE_MIX = [("ie", 70), ("eng", 6), ("pl", 8), ("ro", 4), ("ng", 4), ("sa", 4),
          ("fil", 2), ("lat", 2)]
ES_MIX = [("es", 78), ("ma", 6), ("ro", 5), ("lat", 6), ("cn", 2), ("sn", 1),
          ("ua", 2)]
EXPAT_MIX = [("eng", 60), ("sco", 12), ("wal", 10), ("ie", 10), ("sa", 4),
             ("ng", 2), ("pl", 2)]


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    x = R.randrange(tot)
    for k, w in pairs:
        if x < w:
            return k
        x -= w
    return pairs[-1][0]


def mkmix(pairs, gender=None):
    return mkp(weighted(pairs), gender)


# --------------------------------------------------------------------------
# e-mail addresses
# --------------------------------------------------------------------------
def _lp(s):
    s = deaccent(s).lower()
    return "".join(c for c in s if c.isalnum())


def email_of(p, domain=None, style=None):
    g = _lp(p.first.split(" ")[0])
    s1 = _lp(p.sur1())
    s2 = _lp(p.surnames[1]) if len(p.surnames) > 1 else ""
    if style is None:
        style = R.randrange(8)
    if style == 0:
        lp = g + "." + s1
    elif style == 1:
        lp = g[0] + s1
    elif style == 2:
        lp = g + s1 + str(R.randint(1, 99))
    elif style == 3:
        lp = g + "_" + s1 + (s2[:3] if s2 else "")
    elif style == 4:
        lp = s1 + "." + g
    elif style == 5:
        lp = g + "." + s1 + (("." + s2) if s2 else "")
    elif style == 6:
        lp = g[0] + "." + s1 + str(R.randint(60, 99))
    else:
        lp = g + str(R.randint(1950, 2005))
    if domain is None:
        domain = "gmail.com"
    return lp + "@" + domain


PERSONAL_DOMAINS = {
    "es": ["gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "outlook.es",
           "telefonica.net", "icloud.com", "gmail.com"],
    "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx",
           "outlook.com"],
    "ar": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar",
           "outlook.com"],
    "pe": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"],
    "uk": ["gmail.com", "btinternet.com", "sky.com", "outlook.com",
           "yahoo.co.uk", "virginmedia.com", "hotmail.co.uk", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "icloud.com"],
}


def pmail(p, country):
    return email_of(p, pick(PERSONAL_DOMAINS[country]))


# --------------------------------------------------------------------------
# identity numbers (valid check digits where the scheme has one)
# --------------------------------------------------------------------------
ID_KIND = {}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def norm_id(s):
    return "".join(c for c in s.upper() if c.isalnum())


def reg(kind, shown):
    ID_KIND[norm_id(shown)] = kind
    return shown


def dni():
    n = R.randint(1000000, 79999999)
    raw = "%08d" % n + DNI_LETTERS[n % 23]
    st = R.randrange(5)
    if st == 1:
        shown = raw[:8] + "-" + raw[8]
    elif st == 2:
        shown = "%s.%s.%s-%s" % (raw[:2], raw[2:5], raw[5:8], raw[8])
    else:
        shown = raw
    return reg("DNI", shown)


def nie():
    p = pick("XYZ")
    n = digits(7)
    letter = DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    st = R.randrange(4)
    if st == 1:
        shown = p + "-" + n + "-" + letter
    else:
        shown = p + n + letter
    return reg("NIE", shown)


def nuss(prov):
    num = R.randint(10000000, 99999999)
    chk = int(prov + "%08d" % num) % 97
    st = R.randrange(3)
    if st == 0:
        shown = "%s %08d %02d" % (prov, num, chk)
    elif st == 1:
        shown = "%s/%08d/%02d" % (prov, num, chk)
    else:
        shown = "%s%08d%02d" % (prov, num, chk)
    return reg("NUSS", shown)


NINO_A = "ABCEGHJKLMNOPRSTWXYZ"
NINO_B = "ABCEGHJKLMNPRSTWXYZ"


def nino():
    while True:
        pre = pick(NINO_A) + pick(NINO_B)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = digits(6)
    suf = pick("ABCD")
    if R.random() < 0.5:
        shown = "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf)
    else:
        shown = pre + d + suf
    return reg("NINO", shown)


def nhs():
    while True:
        d = [R.randrange(10) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        raw = "".join(map(str, d)) + str(c)
        return reg("NHS", "%s %s %s" % (raw[:3], raw[3:6], raw[6:]))


PPS_ALPHA = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn():
    d = digits(7)
    second = "A" if R.random() < 0.35 else ""
    tot = sum((8 - i) * int(c) for i, c in enumerate(d))
    tot += 9 * (PPS_ALPHA.index(second) if second else 0)
    return reg("PPSN", d + PPS_ALPHA[tot % 23] + second)


def utr():
    body = digits(9)
    w = (6, 7, 8, 9, 10, 5, 4, 3, 2)
    chk = "21987654321"[sum(int(c) * x for c, x in zip(body, w)) % 11]
    raw = chk + body
    shown = raw if R.random() < 0.6 else raw[:5] + " " + raw[5:]
    return reg("UTR", shown)


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
MX_STATES = ["DF", "JC", "NL", "PL", "MC", "VZ", "OC", "YN", "GT", "MN", "QT"]


def _plainup(s):
    s = deaccent(s).upper()
    return "".join(c for c in s if "A" <= c <= "Z")


def _mx_parts(p):
    toks = [t for t in p.surnames[0].split(" ")
            if t.lower() not in ("de", "del", "la", "los")]
    pat = _plainup(" ".join(toks)) or "X"
    mat = _plainup(p.surnames[1]) if len(p.surnames) > 1 else "X"
    gt = p.given.split(" ")
    g = gt[1] if len(gt) > 1 and gt[0] in ("María", "José") else gt[0]
    giv = _plainup(g)
    return pat, mat, giv


def _first(s, chars):
    for c in s[1:]:
        if c in chars:
            return c
    return "X"


def curp(p, year, md=None):
    pat, mat, giv = _mx_parts(p)
    vow = "AEIOU"
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    head = pat[0] + _first(pat, vow) + mat[0] + giv[0]
    if md is None:
        md = (R.randint(1, 12), R.randint(1, 28))
    date = "%02d%02d%02d" % (year % 100, md[0], md[1])
    sex = "H" if p.gender == "m" else "M"
    body = (head + date + sex + pick(MX_STATES) + _first(pat, cons) +
            _first(mat, cons) + _first(giv, cons))
    body += str(R.randrange(10)) if year < 2000 else pick("ABCDEFGH")
    tot = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(body))
    return reg("CURP", body + str((10 - tot % 10) % 10))


def rfc(p, year, md=None):
    pat, mat, giv = _mx_parts(p)
    head = pat[0] + _first(pat, "AEIOU") + mat[0] + giv[0]
    if md is None:
        md = (R.randint(1, 12), R.randint(1, 28))
    date = "%02d%02d%02d" % (year % 100, md[0], md[1])
    hc = pick("123456789ABCDEFGHJKLMNPRSTUVWXYZ") + pick("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    body = head + date + hc
    tot = sum(RFC_ALPHA.index(c) * (13 - i) for i, c in enumerate(body))
    return reg("RFC", body + RFC_ALPHA[(11 - tot) % 11])


def dni_ar_num():
    return R.randint(12000000, 45999999)


def fmt_ar_dni(n):
    s = "%d" % n
    return "%s.%s.%s" % (s[:-6], s[-6:-3], s[-3:])


def dni_ar(n=None):
    if n is None:
        n = dni_ar_num()
    return reg("DNI_AR", fmt_ar_dni(n) if R.random() < 0.7 else str(n))


def cuil(gender, n=None):
    w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        if n is None:
            n = dni_ar_num()
        pre = "20" if gender == "m" else "27"
        body = pre + "%08d" % n
        r = sum(int(c) * x for c, x in zip(body, w)) % 11
        if r == 1:
            n = None
            continue
        chk = (11 - r) % 11
        return n, reg("CUIL", "%s-%08d-%d" % (pre, n, chk))


def dni_pe():
    return reg("DNI_PE", "%08d" % R.randint(10000000, 79999999))


def passport_uk():
    return reg("PASS_UK", str(R.randint(5, 9)) + digits(8))


def passport_es():
    return reg("PASS_ES", pick(["PAA", "PAB", "PAC", "PAD", "PAE", "AAK", "AAJ"]) + digits(6))


def passport_ie():
    return reg("PASS_IE", pick(["PA", "PB", "PC", "LA"]) + digits(7))


def passport_mx():
    return reg("PASS_MX", pick("GNEF") + digits(8))


# --------------------------------------------------------------------------
# IBANs
# --------------------------------------------------------------------------
def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def fmt_iban(ib, spaced=None):
    if spaced is None:
        spaced = R.random() < 0.7
    if spaced:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def _ccc_dc(ten):
    w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    v = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return 0 if v == 11 else (1 if v == 10 else v)


ES_BANKS = [("2100", "CaixaBank"), ("0049", "Banco Santander"), ("0182", "BBVA"),
            ("0081", "Banco Sabadell"), ("2103", "Unicaja"), ("3058", "Cajamar"),
            ("0128", "Bankinter"), ("1465", "ING"), ("3187", "Caja Rural del Sur"),
            ("3059", "Caja Rural de Asturias"), ("3060", "Caja Rural de Soria")]
GB_BANKS = [("BARC", "Barclays"), ("NWBK", "NatWest"), ("LOYD", "Lloyds Bank"),
            ("HBUK", "HSBC UK"), ("ABBY", "Santander UK"), ("SRLG", "Starling Bank"),
            ("MONZ", "Monzo"), ("CPBK", "the Co-operative Bank"),
            ("RBOS", "Royal Bank of Scotland"), ("BOFS", "Bank of Scotland")]
IE_BANKS = [("AIBK", "AIB"), ("BOFI", "Bank of Ireland"), ("IPBS", "PTSB")]


def iban_es(bank=None, spaced=None):
    if bank is None:
        bank = pick(ES_BANKS)
    branch = digits(4)
    acct = digits(10)
    dc = "%d%d" % (_ccc_dc("00" + bank[0] + branch), _ccc_dc(acct))
    bban = bank[0] + branch + dc + acct
    ib = "ES" + iban_check("ES", bban) + bban
    return reg("IBAN", fmt_iban(ib, spaced)), bank[1]


def iban_gb(bank=None, spaced=None):
    if bank is None:
        bank = pick(GB_BANKS)
    bban = bank[0] + digits(6) + digits(8)
    ib = "GB" + iban_check("GB", bban) + bban
    return reg("IBAN", fmt_iban(ib, spaced)), bank[1]


def iban_ie(bank=None, spaced=None):
    if bank is None:
        bank = pick(IE_BANKS)
    sort = {"AIBK": "93", "BOFI": "90", "IPBS": "99"}[bank[0]] + digits(4)
    bban = bank[0] + sort + digits(8)
    ib = "IE" + iban_check("IE", bban) + bban
    return reg("IBAN", fmt_iban(ib, spaced)), bank[1]


# --------------------------------------------------------------------------
# phone numbers
# --------------------------------------------------------------------------
def ph_es_mob():
    d = ("6" + digits(8)) if R.random() < 0.85 else ("7" + pick("1234") + digits(7))
    st = R.randrange(6)
    if st == 0:
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    if st == 1:
        return "+34 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])
    if st == 2:
        return d
    if st == 3:
        return "(+34) %s-%s-%s" % (d[:3], d[3:6], d[6:])
    if st == 4:
        return "0034 %s %s %s" % (d[:3], d[3:6], d[6:])
    return "%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])


def ph_es_fix(pre):
    d = pre + digits(9 - len(pre))
    st = R.randrange(4)
    if st == 0:
        return "%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])
    if st == 1:
        return "+34 %s %s %s" % (d[:3], d[3:6], d[6:])
    if st == 2:
        return d
    return "%s %s %s" % (d[:3], d[3:6], d[6:])


def ph_mx(area=None):
    if area is None:
        area = pick(["55", "55", "33", "81", "222"])
    rest = digits(10 - len(area))
    st = R.randrange(4)
    if len(area) == 2:
        a, b = rest[:4], rest[4:]
    else:
        a, b = rest[:3], rest[3:]
    if st == 0:
        return "%s %s %s" % (area, a, b)
    if st == 1:
        return "+52 %s %s %s" % (area, a, b)
    if st == 2:
        return "(%s) %s-%s" % (area, a, b)
    return "+52 1 %s %s %s" % (area, a, b)


def ph_ar(city=None):
    if city is None:
        city = pick(["11", "11", "341", "351"])
    n = digits(10 - len(city))
    mid = len(n) - 4
    st = R.randrange(4)
    if st == 0:
        return "+54 9 %s %s-%s" % (city, n[:mid], n[mid:])
    if st == 1:
        return "(0%s) %s-%s" % (city, n[:mid], n[mid:])
    if st == 2:
        return "15-%s-%s" % (n[:mid], n[mid:]) if city == "11" else "0%s 15 %s-%s" % (city, n[:mid], n[mid:])
    return "0%s %s-%s" % (city, n[:mid], n[mid:])


def ph_pe(city=None, mobile=False):
    st = R.randrange(2) if mobile else R.randrange(4)
    if st <= 1:
        d = "9" + digits(8)
        if st == 0:
            return "+51 %s %s %s" % (d[:3], d[3:6], d[6:])
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    if city == "Arequipa":
        d = digits(6)
        return "(054) %s-%s" % (d[:2], d[2:])
    d = str(R.randint(2, 7)) + digits(6)
    if st == 2:
        return "(01) %s-%s" % (d[:3], d[3:])
    return "01 %s %s" % (d[:3], d[3:])


UK_AREA = {"Manchester": "0161", "Stockport": "0161", "Salford": "0161",
           "Bolton": "01204", "Oldham": "0161", "Cardiff": "029",
           "Newport": "01633", "Swansea": "01792", "Edinburgh": "0131",
           "Leith": "0131", "Glasgow": "0141", "Penarth": "029"}


def ph_uk_mob():
    d = "7" + pick("345789") + digits(8)
    st = R.randrange(4)
    if st == 0:
        return "0%s %s" % (d[:4], d[4:])
    if st == 1:
        return "+44 %s %s" % (d[:4], d[4:])
    if st == 2:
        return "+44 (0)%s %s %s" % (d[:4], d[4:7], d[7:])
    return "0%s %s %s" % (d[:4], d[4:7], d[7:])


def ph_uk_fix(city):
    area = UK_AREA.get(city, "0161")
    if area == "029":
        n = pick(["20", "21", "22"]) + str(R.randint(2, 9)) + digits(5)
        return pick(["029 %s %s" % (n[:4], n[4:]), "+44 29 %s %s" % (n[:4], n[4:])])
    if len(area) == 4:
        n = str(R.randint(2, 9)) + digits(6)
        return pick(["%s %s %s" % (area, n[:3], n[3:]),
                     "+44 %s %s %s" % (area[1:], n[:3], n[3:])])
    n = str(R.randint(2, 9)) + digits(5)
    return "%s %s" % (area, n)


def ph_ie(city="Dublin", mobile=None):
    if mobile is None:
        mobile = R.random() < 0.5
    if mobile:
        d = pick(["83", "85", "86", "87", "89"]) + digits(7)
        return pick(["0%s %s %s" % (d[:2], d[2:5], d[5:]),
                     "+353 %s %s %s" % (d[:2], d[2:5], d[5:])])
    n = digits(7)
    if city == "Cork":
        return pick(["021 %s %s" % (n[:3], n[3:]), "+353 21 %s %s" % (n[:3], n[3:])])
    return pick(["01 %s %s" % (n[:3], n[3:]), "+353 1 %s %s" % (n[:3], n[3:])])


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
ES_TOWNS = {
    # town: (postcode first 2, (lo, hi), province, streets)
    "Sevilla": ("41", (1, 20), "Sevilla", ["Calle Feria", "Avenida de la Constitución",
                "Calle Asunción", "Avenida Eduardo Dato", "Calle Luis Montoto",
                "Calle Pagés del Corro", "Calle Castilla", "Avenida de Miraflores",
                "Calle Arroyo", "Avenida Ramón y Cajal", "Calle Resolana",
                "Avenida Kansas City", "Calle Pureza", "Calle Torneo"]),
    "Dos Hermanas": ("41", (700, 704), "Sevilla", ["Calle Nuestra Señora de Valme",
                     "Avenida de España", "Calle Real Utrera"]),
    "Granada": ("18", (1, 15), "Granada", ["Calle Recogidas", "Camino de Ronda",
                "Calle Pedro Antonio de Alarcón", "Avenida de Dílar", "Calle San Juan de Dios",
                "Calle Gran Capitán", "Calle Arabial", "Avenida de Cervantes"]),
    "Córdoba": ("14", (1, 14), "Córdoba", ["Avenida Ronda de los Tejares", "Calle Cruz Conde",
                "Avenida del Brillante", "Calle María Cristina", "Calle Almogávares"]),
    "Málaga": ("29", (1, 18), "Málaga", ["Calle Marqués de Larios", "Avenida de Andalucía",
               "Calle Carretería", "Paseo de Reding", "Calle Victoria", "Calle Mármoles",
               "Avenida Carlos Haya", "Calle Cuarteles"]),
    "Jerez de la Frontera": ("11", (401, 408), "Cádiz", ["Calle Larga", "Avenida Álvaro Domecq",
                             "Calle Porvera", "Calle Medina"]),
    "Almería": ("04", (1, 9), "Almería", ["Paseo de Almería", "Rambla Obispo Orberá",
                "Calle Real", "Avenida Federico García Lorca"]),
    "Huelva": ("21", (1, 7), "Huelva", ["Avenida Martín Alonso Pinzón", "Calle Concepción",
               "Avenida Pablo Rada"]),
    "Valladolid": ("47", (1, 16), "Valladolid", ["Paseo de Zorrilla", "Calle Santiago",
                   "Calle Miguel Íscar", "Avenida de Segovia", "Calle Cigales",
                   "Calle Gamazo", "Calle Panaderos", "Avenida de Salamanca"]),
    "León": ("24", (1, 10), "León", ["Avenida Ordoño II", "Calle Ancha",
             "Avenida José Aguado", "Calle Padre Isla", "Calle Lancia", "Avenida de Roma"]),
    "Burgos": ("09", (1, 7), "Burgos", ["Calle Vitoria", "Avenida del Cid",
               "Calle Madrid", "Calle San Pablo", "Avenida de la Paz"]),
    "Salamanca": ("37", (1, 8), "Salamanca", ["Calle Toro", "Avenida de Mirat",
                  "Calle Zamora", "Paseo de Canalejas", "Avenida de Portugal"]),
    "Zamora": ("49", (1, 32), "Zamora", ["Avenida de Tres Cruces", "Calle Santa Clara",
               "Avenida Príncipe de Asturias"]),
    "Palencia": ("34", (1, 5), "Palencia", ["Calle Mayor", "Avenida de Valladolid",
                 "Calle Don Sancho"]),
    "Ponferrada": ("24", (400, 404), "León", ["Avenida de España", "Calle Gómez Núñez",
                   "Avenida de Portugal"]),
    "Oviedo": ("33", (1, 13), "Asturias", ["Calle Uría", "Calle Fray Ceferino",
               "Avenida de Galicia", "Calle González Besada", "Calle Marqués de Santa Cruz",
               "Calle Campoamor", "Calle Argañosa"]),
    "Gijón": ("33", (201, 213), "Asturias", ["Calle Corrida", "Avenida de la Costa",
              "Calle Menéndez Valdés", "Calle Ezcurdia", "Avenida de Schultz",
              "Calle Marqués de San Esteban"]),
    "Avilés": ("33", (400, 403), "Asturias", ["Calle La Cámara", "Calle Rivero",
               "Avenida de Lugo", "Calle González Abarca"]),
    "Mieres": ("33", (600, 600), "Asturias", ["Calle Manuel Llaneza", "Calle Teodoro Cuesta"]),
    "Langreo": ("33", (930, 930), "Asturias", ["Calle Doctor Fleming", "Avenida de la Constitución"]),
    "Cangas de Onís": ("33", (550, 550), "Asturias", ["Avenida de Covadonga", "Calle San Pelayo"]),
    "Alicante": ("03", (1, 16), "Alicante", ["Avenida Maisonnave", "Calle Pintor Agrassot",
                 "Rambla de Méndez Núñez", "Avenida Eusebio Sempere", "Calle San Vicente",
                 "Avenida de Novelda"]),
    "Torrevieja": ("03", (181, 186), "Alicante", ["Calle Ramón Gallud", "Avenida Diego Ramírez Pastor",
                   "Calle Caballero de Rodas", "Avenida de las Cortes Valencianas"]),
    "Jávea": ("03", (730, 730), "Alicante", ["Avenida del Pla", "Calle Ramón y Cajal",
              "Carretera del Cabo de la Nao"]),
    "Benidorm": ("03", (501, 503), "Alicante", ["Avenida del Mediterráneo", "Calle Gerona",
                 "Avenida de Europa"]),
    "Dénia": ("03", (700, 700), "Alicante", ["Calle Marqués de Campo", "Avenida de Alicante"]),
    "Calpe": ("03", (710, 710), "Alicante", ["Avenida Gabriel Miró", "Calle Benidorm"]),
    "Orihuela Costa": ("03", (189, 189), "Alicante", ["Calle Río Bidasoa", "Avenida de las Adelfas"]),
    "Marbella": ("29", (601, 604), "Málaga", ["Avenida Ricardo Soriano", "Calle Notario Luis Oliver",
                 "Avenida Severo Ochoa", "Calle Jacinto Benavente"]),
    "Fuengirola": ("29", (640, 640), "Málaga", ["Avenida Jesús Santos Rein", "Calle Marbella",
                   "Paseo Marítimo Rey de España"]),
    "Nerja": ("29", (780, 780), "Málaga", ["Calle Pintada", "Avenida de Pescia", "Calle Cristo"]),
    "Mijas": ("29", (649, 651), "Málaga", ["Avenida de Méjico", "Calle Malaga", "Camino de Coín"]),
    "Benalmádena": ("29", (630, 631), "Málaga", ["Avenida Antonio Machado", "Calle Las Flores"]),
    "Estepona": ("29", (680, 680), "Málaga", ["Avenida Juan Carlos I", "Calle Real"]),
}
ABBR = [("Calle ", "C/ "), ("Avenida ", "Avda. "), ("Paseo ", "P.º "),
        ("Camino ", "Cno. "), ("Carretera ", "Ctra. ")]
FLOORS = ["1.º A", "2.º B", "3.º izda.", "4º dcha.", "bajo", "ático", "5.º C",
          "portal 2, 3.º D", "esc. B, 2.º 1.ª", "1.º", "2.º D", "bajo B", "6.º A"]


def addr_es(town=None, with_prov=None):
    if town is None:
        town = pick(list(ES_TOWNS.keys()))
    pre, (lo, hi), prov, streets = ES_TOWNS[town]
    st = pick(streets)
    num = R.randint(1, 140)
    cp = pre + "%03d" % R.randint(lo, hi)
    fl = pick(FLOORS) if R.random() < 0.7 else None
    if R.random() < 0.35:
        for a, b in ABBR:
            if st.startswith(a):
                st = b + st[len(a):]
                break
    style = R.randrange(4)
    if style == 0:
        s = "%s, %d%s, %s %s" % (st, num, (", " + fl) if fl else "", cp, town)
    elif style == 1:
        s = "%s %d%s - %s %s" % (st, num, (" " + fl) if fl else "", cp, town)
    elif style == 2:
        s = "%s, n.º %d%s, %s %s" % (st, num, (", " + fl) if fl else "", cp, town)
    else:
        s = "%s %d%s, %s %s" % (st, num, (", " + fl) if fl else "", cp, town)
    if with_prov or (with_prov is None and R.random() < 0.2 and prov != town):
        s += " (%s)" % prov
    return s


def addr_es_urb(town):
    pre, (lo, hi), prov, streets = ES_TOWNS[town]
    if prov == "Málaga":
        urbs = ["Urb. El Capistrano", "Urb. Calahonda", "Urb. Riviera del Sol", "Urb. El Faro",
                "Urb. Torreblanca", "Urb. El Paraíso"]
    else:
        urbs = ["Urb. La Zenia", "Urb. Los Altos", "Urb. Cumbre del Sol", "Urb. Villamartín",
                "Urb. Montemar", "Urb. La Fustera"]
    return "%s, Calle %s %d, %s %s" % (pick(urbs), pick(["Jazmín", "Las Palmeras", "Villa Martín",
                                     "Los Olivos", "Azahar", "Pino"]), R.randint(1, 60),
                                     pre + "%03d" % R.randint(lo, hi), town)


MX_ADDR = [
    ("Ciudad de México", "Av. Insurgentes Sur {n}", "Col. Crédito Constructor, Alcaldía Benito Juárez", "03940"),
    ("Ciudad de México", "Calle Río Lerma {n}", "Col. Cuauhtémoc", "06500"),
    ("Ciudad de México", "Av. Universidad {n}", "Col. Narvarte Poniente", "03020"),
    ("Ciudad de México", "Calle Pitágoras {n}", "Col. Del Valle Centro", "03100"),
    ("Ciudad de México", "Calle Montevideo {n}", "Col. Lindavista", "07300"),
    ("Ciudad de México", "Calle Tonalá {n}", "Col. Roma Norte", "06700"),
    ("Guadalajara, Jal.", "Av. Chapultepec Sur {n}", "Col. Americana", "44160"),
    ("Guadalajara, Jal.", "Calle Pedro Moreno {n}", "Zona Centro", "44100"),
    ("Monterrey, N.L.", "Calle Padre Mier {n} Pte.", "Centro", "64000"),
    ("Monterrey, N.L.", "Av. Eugenio Garza Sada {n}", "Col. Roma", "64700"),
    ("Puebla, Pue.", "Calle 5 de Mayo {n}", "Centro Histórico", "72000"),
    ("Tlalnepantla, Edo. Méx.", "Av. Mario Colín {n}", "Col. La Comunidad", "54070"),
]


def addr_mx():
    city, street, col, cp = pick(MX_ADDR)
    n = R.randint(10, 2200)
    street = street.replace("{n}", str(n))
    inner = (", Int. %d" % R.randint(1, 12)) if R.random() < 0.3 else ""
    if R.random() < 0.5:
        return "%s%s, %s, C.P. %s, %s" % (street, inner, col, cp, city)
    return "%s%s, %s, %s %s" % (street, inner, col, cp, city)


AR_ADDR = [
    ("Av. Corrientes", "C1043", "CABA"), ("Av. Rivadavia", "C1406", "Caballito, CABA"),
    ("Juramento", "C1428", "Belgrano, CABA"), ("Defensa", "C1065", "San Telmo, CABA"),
    ("Av. Cabildo", "C1426", "CABA"), ("Bv. Oroño", "S2000", "Rosario, Santa Fe"),
    ("Av. Pellegrini", "S2000", "Rosario"), ("Av. Colón", "X5000", "Córdoba"),
    ("Obispo Trejo", "X5000", "Córdoba"), ("Calle 7", "B1900", "La Plata"),
    ("Av. San Martín", "M5500", "Mendoza"), ("Av. Maipú", "B1636", "Olivos, Buenos Aires"),
]


def addr_ar():
    st, cp, city = pick(AR_ADDR)
    n = R.randint(100, 5800)
    fl = (", piso %d, dto. %s" % (R.randint(1, 12), pick("ABCDEF"))) if R.random() < 0.5 else ""
    if R.random() < 0.5:
        return "%s %d%s, %s %s" % (st, n, fl, cp + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) if R.random() < 0.4 else cp, city)
    return "%s %d%s (%s), %s" % (st, n, fl, cp, city)


PE_ADDR = [
    ("Av. Arequipa {n}", "Lince", "Lima 15046"),
    ("Jr. de la Unión {n}", "Cercado de Lima", "Lima 15001"),
    ("Calle Los Pinos {n}", "Miraflores", "Lima 15074"),
    ("Av. Javier Prado Este {n}", "San Borja", "Lima 15036"),
    ("Jr. Junín {n}", "Breña", "Lima 15083"),
    ("Av. Ejército {n}", "Yanahuara", "Arequipa 04017"),
    ("Calle Mercaderes {n}", "Cercado", "Arequipa 04001"),
    ("Av. El Sol {n}", "Cusco", "Cusco 08002"),
    ("Mz. F Lt. {l}, Urb. Santa Rosa", "Trujillo", "La Libertad 13008"),
    ("Asoc. Viv. Los Jardines Mz. C Lt. {l}", "San Juan de Lurigancho", "Lima 15419"),
    ("Av. Túpac Amaru {n}", "Independencia", "Lima 15311"),
]


def addr_pe():
    st, dist, city = pick(PE_ADDR)
    st = st.replace("{n}", str(R.randint(100, 3900))).replace("{l}", str(R.randint(1, 30)))
    dep = (", dpto. %d" % R.randint(101, 904)) if R.random() < 0.3 else ""
    return "%s%s, %s, %s" % (st, dep, dist, city)


UK_TOWNS = {
    "Manchester": (["M14", "M20", "M21", "M16", "M19", "M13", "M4", "M15", "M40", "M9"],
                   [("Wilmslow Road", "Rusholme"), ("Burton Road", "Didsbury"),
                    ("Barlow Moor Road", "Chorlton"), ("Beech Road", "Chorlton"),
                    ("Stockport Road", "Levenshulme"), ("Oxford Road", None),
                    ("Princess Street", None), ("Ayres Road", "Old Trafford"),
                    ("Moston Lane", "Moston"), ("Mauldeth Road", "Withington")]),
    "Salford": (["M5", "M6", "M7", "M50"], [("Eccles New Road", None), ("The Crescent", None),
                ("Broughton Lane", None)]),
    "Stockport": (["SK1", "SK2", "SK3", "SK4"], [("Heaton Moor Road", "Heaton Moor"),
                  ("Shaw Heath", None), ("Buxton Road", None)]),
    "Bolton": (["BL1", "BL2", "BL3"], [("Chorley New Road", None), ("Deane Road", None)]),
    "Oldham": (["OL1", "OL4", "OL8"], [("Ashton Road", None), ("Lees Road", None)]),
    "Cardiff": (["CF11", "CF24", "CF14", "CF23", "CF5", "CF10"],
                [("Cathedral Road", "Pontcanna"), ("City Road", "Roath"),
                 ("Wellfield Road", "Roath"), ("Albany Road", None),
                 ("Cowbridge Road East", "Canton"), ("Heol y Deri", "Rhiwbina"),
                 ("Newport Road", None), ("Clive Street", "Grangetown")]),
    "Penarth": (["CF64"], [("Plymouth Road", None), ("Stanwell Road", None)]),
    "Swansea": (["SA1", "SA2"], [("Walter Road", "Uplands"), ("Mumbles Road", None)]),
    "Newport": (["NP19", "NP20"], [("Caerleon Road", None), ("Stow Hill", None)]),
    "Edinburgh": (["EH6", "EH7", "EH9", "EH10", "EH11", "EH3"],
                  [("Marchmont Road", None), ("Leith Walk", None), ("Easter Road", None),
                   ("Morningside Road", None), ("Dalry Road", None),
                   ("Great Junction Street", "Leith"), ("Broughton Street", None),
                   ("Comely Bank Avenue", None)]),
    "Glasgow": (["G12", "G41", "G3"], [("Byres Road", None), ("Pollokshaws Road", None)]),
}
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc(district):
    return "%s %d%s%s" % (district, R.randint(1, 9), pick(PC_LET), pick(PC_LET))


def addr_uk(town=None, multiline=False):
    if town is None:
        town = pick(list(UK_TOWNS.keys()))
    dists, streets = UK_TOWNS[town]
    st, loc = pick(streets)
    num = R.randint(1, 240)
    flat = ""
    if R.random() < 0.3:
        flat = pick(["Flat %d, " % R.randint(1, 12), "Flat %d%s, " % (R.randint(1, 6), pick("ABC")),
                     "Apartment %d, " % R.randint(1, 40)])
        if town == "Edinburgh":
            flat = pick(["Flat %dF%d, " % (R.randint(1, 4), R.randint(1, 3)), flat])
    lines = [flat + "%d %s" % (num, st)]
    if loc and R.random() < 0.6:
        lines.append(loc)
    lines.append("%s %s" % (town, uk_pc(pick(dists))))
    return ("\n" if multiline else ", ").join(lines)


EIR_CH = "0123456789ACDEFHKNPRTVWXY"


def eircode(rk):
    return rk + " " + pick("ACDEFHKNPRTVWXY") + "".join(pick(EIR_CH) for _ in range(3))


IE_PLACES = [
    ("Dublin", "Rathmines Road Lower", "Dublin 6", "D06"),
    ("Dublin", "Clonskeagh Road", "Dublin 6", "D06"),
    ("Dublin", "Harold's Cross Road", "Dublin 6W", "D6W"),
    ("Dublin", "Phibsborough Road", "Dublin 7", "D07"),
    ("Dublin", "South Circular Road", "Dublin 8", "D08"),
    ("Dublin", "Drumcondra Road Upper", "Dublin 9", "D09"),
    ("Dublin", "Main Street, Swords", "Co. Dublin", "K67"),
    ("Dublin", "Sandymount Avenue", "Dublin 4", "D04"),
    ("Cork", "Douglas Road", "Cork", "T12"),
    ("Cork", "Western Road", "Cork", "T12"),
    ("Cork", "Blackrock Road", "Cork", "T12"),
    ("Cork", "Patrick Street", "Cork", "T12"),
    ("Cork", "Main Street, Ballincollig", "Co. Cork", "P31"),
    ("Cork", "Church Road, Carrigaline", "Co. Cork", "P43"),
    ("Cork", "Summerhill North", "Cork", "T23"),
]


def addr_ie(city=None, multiline=False):
    cands = [x for x in IE_PLACES if city is None or x[0] == city]
    _, st, area, rk = pick(cands)
    pre = ""
    if R.random() < 0.35:
        pre = pick(["Apt %d, The Maples, " % R.randint(1, 40), "Apartment %d, Lee View, " % R.randint(1, 30),
                    "%d The Crescent, " % R.randint(1, 30)])
        num = ""
    else:
        num = "%d " % R.randint(1, 180)
    lines = [pre + num + st, area, eircode(rk)]
    return ("\n" if multiline else ", ").join(lines)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rdate(y=2026, m_lo=1, m_hi=11):
    return datetime.date(y, R.randint(m_lo, m_hi), R.randint(1, 28))


def d_es(d):
    return "%d de %s de %d" % (d.day, ES_MONTHS[d.month - 1], d.year)


def d_en(d):
    return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)


def d_num(d, yy=False):
    return "%02d/%02d/%s" % (d.day, d.month, ("%02d" % (d.year % 100)) if yy else d.year)


def plus(d, n):
    return d + datetime.timedelta(days=n)


def wd_en(d, short=False):
    w = EN_WD[d.weekday()]
    return ((w[:3] + ",") if short else w, " ", d_en(d))


def hm():
    return "%02d:%02d" % (R.randint(8, 21), R.randrange(60))


def money_es(lo, hi):
    v = R.randint(lo * 100, hi * 100) / 100.0
    s = "%.2f" % v
    ent, dec = s.split(".")
    grp = ""
    while len(ent) > 3:
        grp = "." + ent[-3:] + grp
        ent = ent[:-3]
    return ent + grp + "," + dec + " €"


def money_en(lo, hi, sym="£"):
    v = R.randint(lo * 100, hi * 100) / 100.0
    return sym + "{:,.2f}".format(v)


# --------------------------------------------------------------------------
# organisations and fixed context
# --------------------------------------------------------------------------
ALBOR = "Grupo Funerario Albor, S.L."
ALBOR_SHORT = ["Funeraria Albor", "Albor", "Grupo Albor", "Funeraria Albor"]

ES_BRANCHES = [
    dict(code="SE", city="Sevilla", origin="and", prov="41", pre="954",
         tan="Tanatorio Albor Sevilla-Macarena", addr="Avenida Doctor Fedriani, 31, 41009 Sevilla",
         hosp=["Hospital Universitario Virgen Macarena", "Hospital Universitario Virgen del Rocío",
               "Hospital San Juan de Dios del Aljarafe"],
         cem="Cementerio Jardín Albor de Alcalá de Guadaíra", junta="Junta de Andalucía",
         towns=["Sevilla", "Dos Hermanas"]),
    dict(code="GR", city="Granada", origin="and", prov="18", pre="958",
         tan="Tanatorio Albor Granada-Zaidín", addr="Calle Poeta Manuel Benítez Carrasco, 6, 18007 Granada",
         hosp=["Hospital Universitario Virgen de las Nieves", "Hospital Universitario Clínico San Cecilio"],
         cem=None, junta="Junta de Andalucía", towns=["Granada"]),
    dict(code="MA", city="Málaga", origin="and", prov="29", pre="952",
         tan="Tanatorio Albor Málaga-Teatinos", addr="Calle Hermes, 14, 29010 Málaga",
         hosp=["Hospital Regional Universitario de Málaga", "Hospital Universitario Virgen de la Victoria",
               "Hospital Costa del Sol", "Hospital Comarcal de la Axarquía"],
         cem=None, junta="Junta de Andalucía", towns=["Málaga", "Marbella", "Fuengirola", "Nerja", "Mijas"]),
    dict(code="CO", city="Córdoba", origin="and", prov="14", pre="957",
         tan="Tanatorio Albor Córdoba", addr="Avenida de la Torrecilla, 9, 14013 Córdoba",
         hosp=["Hospital Universitario Reina Sofía"], cem=None, junta="Junta de Andalucía",
         towns=["Córdoba"]),
    dict(code="VA", city="Valladolid", origin="cyl", prov="47", pre="983",
         tan="Tanatorio Albor Valladolid", addr="Calle Puerto Rico, 2, 47014 Valladolid",
         hosp=["Hospital Clínico Universitario de Valladolid", "Hospital Universitario Río Hortega"],
         cem=None, junta="Junta de Castilla y León", towns=["Valladolid", "Palencia"]),
    dict(code="LE", city="León", origin="cyl", prov="24", pre="987",
         tan="Tanatorio Albor León", addr="Avenida de Asturias, 44, 24007 León",
         hosp=["Complejo Asistencial Universitario de León", "Hospital El Bierzo"],
         cem=None, junta="Junta de Castilla y León", towns=["León", "Ponferrada"]),
    dict(code="BU", city="Burgos", origin="cyl", prov="09", pre="947",
         tan="Tanatorio Albor Burgos", addr="Avenida de Cantabria, 71, 09006 Burgos",
         hosp=["Hospital Universitario de Burgos"], cem=None,
         junta="Junta de Castilla y León", towns=["Burgos"]),
    dict(code="SA", city="Salamanca", origin="cyl", prov="37", pre="923",
         tan="Tanatorio Albor Salamanca", addr="Avenida de Filiberto Villalobos, 88, 37007 Salamanca",
         hosp=["Complejo Asistencial Universitario de Salamanca"], cem=None,
         junta="Junta de Castilla y León", towns=["Salamanca", "Zamora"]),
    dict(code="OV", city="Oviedo", origin="ast", prov="33", pre="985",
         tan="Tanatorio Albor Oviedo", addr="Calle Río Nalón, 5, 33010 Oviedo",
         hosp=["Hospital Universitario Central de Asturias"],
         cem="Cementerio Parque Albor de Siero", junta="Principado de Asturias",
         towns=["Oviedo", "Mieres", "Langreo"]),
    dict(code="GI", city="Gijón", origin="ast", prov="33", pre="985",
         tan="Tanatorio Albor Gijón-Cabueñes", addr="Camino de los Caleros, 17, 33203 Gijón",
         hosp=["Hospital Universitario de Cabueñes", "Hospital de Jove"],
         cem="Cementerio Parque Albor de Siero", junta="Principado de Asturias",
         towns=["Gijón", "Cangas de Onís"]),
    dict(code="AV", city="Avilés", origin="ast", prov="33", pre="985",
         tan="Tanatorio Albor Avilés", addr="Calle La Cámara, 48, 33402 Avilés",
         hosp=["Hospital Universitario San Agustín"], cem=None,
         junta="Principado de Asturias", towns=["Avilés"]),
]
for _b in ES_BRANCHES:
    _b["phone"] = ph_es_fix(_b["pre"])
    _b["mail"] = _b["code"].lower() + "@albor.es"

LATAM = {
    "mx": dict(company="Albor Servicios Funerarios México, S.A. de C.V.", short="Albor México",
               sede="Sucursal Del Valle", addr="Av. Coyoacán 1435, Col. Del Valle Sur, 03104 Ciudad de México",
               cem="Jardines del Recuerdo Albor Tlalnepantla", dom="albor.com.mx",
               hosp=["Hospital Ángeles Pedregal", "Hospital General de México Dr. Eduardo Liceaga",
                     "Hospital Español de México", "Centro Médico Nacional Siglo XXI"],
               ins=["GNP Seguros", "Seguros Atlas", "Aseguradora Tepeyac"]),
    "ar": dict(company="Albor Servicios Fúnebres S.A.", short="Albor Argentina",
               sede="Sucursal Caballito", addr="Av. Rivadavia 5210, C1424 CABA",
               cem="Parque Memorial Albor Pilar", dom="albor.com.ar",
               hosp=["Hospital Italiano de Buenos Aires", "Hospital Británico de Buenos Aires",
                     "Sanatorio Güemes", "Hospital Provincial del Centenario"],
               ins=["La Segunda Seguros", "Sancor Seguros", "Caja de Seguros S.A."]),
    "pe": dict(company="Albor Perú S.A.C.", short="Albor Perú",
               sede="Sede Miraflores", addr="Av. José Pardo 640, Miraflores, Lima 15074",
               cem="Camposanto Albor Lurín", dom="albor.pe",
               hosp=["Hospital Nacional Edgardo Rebagliati Martins", "Clínica Ricardo Palma",
                     "Hospital Nacional Dos de Mayo", "Clínica Internacional"],
               ins=["Rímac Seguros", "Pacífico Seguros", "La Positiva Seguros"]),
}
LATAM["mx"]["phone"] = ph_mx("55")
LATAM["ar"]["phone"] = ph_ar("11")
LATAM["pe"]["phone"] = ph_pe()

ES_INSURERS = ["Santalucía Seguros", "Ocaso Seguros", "Mapfre", "Nortehispana Seguros",
               "Helvetia Seguros", "Generali Seguros", "Caser Seguros",
               "Mutua Castellana de Previsión", "La Previsora Astur", "Allianz Seguros"]

ES_SUPPLIERS = [
    ("Ataúdes Castellanos S.L.", "ataudescastellanos.es"),
    ("Marmolería Hermanos Cueto", "marmoleriacueto.com"),
    ("Floristería Rosa Campos", "floristeriarosacampos.es"),
    ("Flores El Jardín de Triana", "jardindetriana.es"),
    ("Lápidas y Mármoles del Bierzo S.L.", "marmolesbierzo.es"),
    ("Gráficas Norte Impresores", "graficasnorte.es"),
    ("Transportes Funerarios del Sur S.L.", "tfsur.es"),
    ("Crematorios del Principado S.A.", "crematoriosprincipado.es"),
    ("Urnas y Complementos Fernández Alba", "urnasfalba.com"),
    ("Floristería Las Camelias de Gijón", "lascamelias.es"),
]
LATAM_SUPPLIERS = {
    "mx": [("Ataúdes y Urnas San Judas S.A. de C.V.", "sanjudas.mx"), ("Florería La Azucena", "laazucena.mx")],
    "ar": [("Cochería Hermanos Bianchi S.R.L.", "bianchicocheria.com.ar"),
           ("Marmolería Dalmasso e Hijos", "dalmassohijos.com.ar")],
    "pe": [("Marmolería Hermanos Quispe S.R.L.", "hnosquispe.pe"),
           ("Florería Santa Rosa E.I.R.L.", "floreriasantarosa.pe")],
}
PRODUCTS_ES = ["ataúd modelo Escorial en roble", "ataúd modelo Ródano, pino barnizado",
               "urna biodegradable modelo Alhambra", "arca modelo Covadonga en caoba",
               "corona de clavel rojo y blanco Ø 100 cm", "centro de lirios y rosas blancas",
               "palma de gladiolos", "lápida en mármol Macael con grabado",
               "50 recordatorios impresos", "sudario de lino", "urna de mármol modelo Sierra Nevada"]

# accountancy practice
BH = "Brannock Hale LLP"
BH_VARIANTS = ["Brannock Hale", "Brannock Hale LLP", "Brannock Hale Accountants"]
BH_IE = "Brannock Hale (Ireland) Ltd"
BH_ES = "Brannock Hale Asesores, S.L."
BH_OFFICES = {
    "Manchester": dict(code="MAN", addr="4th Floor, 27 Lever Street, Manchester M1 1BY", dom="brannockhale.co.uk", country="uk"),
    "Cardiff": dict(code="CDF", addr="Suite 3, 11 Park Place, Cardiff CF10 3DR", dom="brannockhale.co.uk", country="uk"),
    "Edinburgh": dict(code="EDI", addr="2nd Floor, 60 Queen Street, Edinburgh EH2 4NA", dom="brannockhale.co.uk", country="uk"),
    "Dublin": dict(code="DUB", addr="Unit 5, 18 Fitzwilliam Place, Dublin 2, D02 KX30", dom="brannockhale.ie", country="ie"),
    "Cork": dict(code="CRK", addr="3 South Mall, Cork, T12 RY6C", dom="brannockhale.ie", country="ie"),
}
for _k, _o in BH_OFFICES.items():
    _o["phone"] = ph_ie(_k, mobile=False) if _o["country"] == "ie" else ph_uk_fix(_k)
BH_ES_OFFICES = {
    "Málaga": dict(code="AGP", addr="Calle Alameda Principal, 21, 3.º, 29005 Málaga"),
    "Alicante": dict(code="ALC", addr="Avenida Maisonnave, 41, 6.º B, 03003 Alicante"),
}
for _k, _o in BH_ES_OFFICES.items():
    _o["phone"] = ph_es_fix("952" if _k == "Málaga" else "965")

UK_TOWN_FOR_OFFICE = {"Manchester": ["Manchester", "Salford", "Stockport", "Bolton", "Oldham"],
                      "Cardiff": ["Cardiff", "Penarth", "Newport", "Swansea"],
                      "Edinburgh": ["Edinburgh", "Glasgow"]}
OFFICE_MIX = {"Manchester": UK_MIX, "Cardiff": [("wal", 45)] + UK_MIX,
              "Edinburgh": [("sco", 45)] + UK_MIX, "Dublin": IE_MIX, "Cork": IE_MIX}
LETTING_AGENTS = {
    "Manchester": ["Northern Quarter Lettings Ltd", "Didsbury Village Homes", "Red Rose Property Management"],
    "Cardiff": ["Pontcanna Property Management", "Taff Lettings", "Castle Quarter Estates"],
    "Edinburgh": ["Leith Harbour Lets", "Marchmont Residential", "Forth Property Services"],
    "Dublin": ["Rathmines Residential", "Liffey Lettings", "Dodder Valley Property Ltd"],
    "Cork": ["Lee Valley Lettings", "Shandon Property Management", "Rebel City Homes"],
}
LENDERS_UK = ["Nationwide", "Halifax", "Paragon Bank", "The Mortgage Works", "Kent Reliance",
              "Skipton Building Society", "Coventry Building Society"]
LENDERS_IE = ["AIB", "Bank of Ireland", "PTSB", "Haven Mortgages"]
UK_EMPLOYERS = ["Manchester University NHS Foundation Trust", "Cardiff Council", "Aldi",
                "Transport for Greater Manchester", "Admiral Group", "City of Edinburgh Council",
                "Tesco", "BBC Cymru Wales", "Lloyds Banking Group", "Arup", "Standard Life",
                "Salford Royal", "Sainsbury's", "Royal Mail"]
IE_EMPLOYERS = ["Apple", "Dell Technologies", "HSE", "Cork University Hospital", "Intel Ireland",
                "Dublin Bus", "Musgrave Group", "Trinity College Dublin", "University College Cork",
                "Eli Lilly Kinsale"]
SOLE_TRADES = ["plumber", "electrician", "hairdresser", "photographer", "joiner", "dog groomer",
               "personal trainer", "graphic designer", "painter and decorator", "mobile mechanic",
               "cleaner", "wedding florist", "tutor", "tattoo artist", "driving instructor"]


# --------------------------------------------------------------------------
# reference formats
# --------------------------------------------------------------------------
def ref_exp(code):
    return pick(["EXP-%s-2026-%04d", "%s/2026/%05d", "EXP%s26%04d"]) % (code, R.randint(10, 9999))


def ref_pol():
    return pick(["%02d-DC-%06d" % (R.randint(10, 99), R.randint(0, 999999)),
                 "DEC%08d" % R.randint(0, 99999999),
                 "%04d %04d %03d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 999)),
                 "P-%07d-D" % R.randint(0, 9999999)])


def ref_sin():
    return pick(["SIN-2026-%06d" % R.randint(0, 999999), "S/26/%06d" % R.randint(0, 999999),
                 "26DEC%05d" % R.randint(0, 99999)])


def ref_contract(code):
    return "CP-%s-%d-%05d" % (code, R.randint(2009, 2026), R.randint(1, 99999))


def ref_order():
    return pick(["PED-26-%05d", "OC-2026-%04d", "PC%06d"]) % R.randint(1, 9999)


def ref_invoice(code):
    return pick(["FA-%s-2026/%05d" % (code, R.randint(1, 9999)), "F26-%s-%04d" % (code, R.randint(1, 9999))])


def ref_client_bh(code):
    return pick(["BH-%s-%05d", "BH/%s/%04d", "%s-C%05d"]) % (code, R.randint(1, 29999))


def ref_inv_bh():
    return pick(["INV-26-%05d", "BH-INV-%06d", "SI-%05d"]) % R.randint(1, 99999)


def ref_ticket():
    return pick(["HD-%05d", "TKT-%06d", "CASE-%05d"]) % R.randint(1, 99999)


def staff_mail(p, dom):
    return email_of(p, dom, style=pick([0, 0, 1, 4]))


def sinit(p):
    for t in p.sur1().split(" "):
        if t and t[0].isupper():
            return t[0]
    return p.sur1()[0].upper()


def ins_dom(ins):
    base = ins.replace(" Seguros", "").replace(" S.A.", "").replace(", Mutualidad", "")
    return _lp(base)[:18] + ".es"


def thin(rows, p=0.2):
    """drop some chat lines at random (never the first two)"""
    return rows[:2] + [x for x in rows[2:] if R.random() >= p]


def gw(p, m, f):
    return m if p.gender == "m" else f


def es_title(p, formal=False):
    if formal:
        return gw(p, "D. ", "D.ª ")
    return gw(p, "Sr. ", "Sra. ")


def branch_people(b):
    return b["origin"]


# --------------------------------------------------------------------------
# Spanish funeral documents
# --------------------------------------------------------------------------
def es_email_arreglos():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    father, mother = couple(o)
    dec = father if chance(0.6) else mother
    surv = mother if dec is father else father
    kid = child_of(father, mother)
    sib = child_of(father, mother)
    staff = mkp(o, "f" if chance(0.6) else "m")
    smail = staff_mail(staff, "albor.es")
    kmail = pmail(kid, "es")
    exp = ref_exp(b["code"])
    ins = pick(ES_INSURERS)
    pol = ref_pol()
    flor = pick([s for s in ES_SUPPLIERS if s[0].startswith("Flor")])
    hosp = pick(b["hosp"])
    dt = rdate()
    rel = gw(dec, "padre", "madre")
    d = Doc("es")
    d.add("De: ", P(kid.full()), " <", E(kmail), ">\n",
          "Para: ", E(smail), "\n",
          "Fecha: ", d_num(plus(dt, 1)), " ", hm(), "\n",
          "Asunto: RE: Servicio de mi ", rel, " – Exp. ", C(exp), "\n\n",
          "Buenos días, ", P(staff.nick), ":\n\n",
          "Le confirmo lo que hablamos por teléfono. Mi ", gw(sib, "hermano ", "hermana "), P(sib.nick),
          " y yo preferimos la sala 2 del tanatorio y la misa a las 17:00 en la parroquia de San Pedro. "
          "En la esquela poned el nombre completo, ", P(dec.full()), ", y debajo \"", P(dec.nick),
          "\", que es como ", gw(dec, "le", "la"), " conocía todo el mundo en el barrio de la calle ", pick(["Feria", "Uría", "Santiago", "Victoria"]), ".\n\n")
    if chance(0.5):
        d.add("Mi ", gw(surv, "padre", "madre"), ", ", P(surv.given + " " + surv.sur()),
              ", vive en ", A(addr_es(pick(b["towns"]))), " por si hay que enviar algo en papel.\n\n")
    d.add("El DNI de mi ", rel, " es ", N(dni()), ". La póliza de decesos es de ", O(ins), ", número ", C(pol),
          ". Si necesitáis algo podéis llamarme al ", T(ph_es_mob()), " o a mi ",
          gw(sib, "hermano", "hermana"), " al ", T(ph_es_mob()), ".\n\n",
          "Otra cosa: la floristería que nos recomendasteis, ", O(flor[0]),
          ", ¿la llamo yo o la avisáis vosotros?\n\n",
          "Gracias por todo,\n", P(kid.first), "\n\n",
          "El ", d_num(dt), " a las ", hm(), ", ", P(staff.full()), " <", E(smail), "> escribió:\n",
          "> ", gw(kid, "Estimado ", "Estimada "), P(kid.first), ":\n",
          "> Le acompañamos en el sentimiento. Para cerrar el servicio necesitamos el DNI de ",
          gw(dec, "su padre", "su madre"), ", el certificado médico de defunción que les entregarán en el ",
          O(hosp), " y los datos de la póliza, si la hubiera.\n",
          "> Un saludo,\n> ", P(staff.full()), "\n> Asesor", gw(staff, "", "a"), " funerari", gw(staff, "o", "a"),
          " | ", O(b["tan"]), "\n> ", A(b["addr"]), " · Tel. ", T(b["phone"]), "\n")
    return d


def es_esquela():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    father, mother = couple(o)
    dec = father if chance(0.55) else mother
    surv = mother if dec is father else father
    widowed = chance(0.35)
    kids = [child_of(father, mother) for _ in range(R.randint(2, 4))]
    dt = rdate()
    age = R.randint(68, 101)
    caps = chance(0.5)
    d = Doc("es")
    nm = dec.full().upper() if caps else dec.full()
    d.add("✝\n\n", gw(dec, "EL SEÑOR DON\n", "LA SEÑORA DOÑA\n"), P(nm), "\n")
    if widowed:
        d.add("(", gw(dec, "Viudo de D.ª ", "Viuda de D. "), P(surv.given + " " + surv.sur()), ")\n")
    elif chance(0.4):
        d.add("(", P(dec.nick), ", ", gw(dec, pick(["el del estanco", "el de Correos", "el maestro"]), pick(["la de la mercería", "la maestra", "la del ultramarinos"])), ")\n")
    d.add("Falleció en ", pick(b["towns"]), " el día ", d_es(dt), ", a los ", str(age), " años de edad, habiendo recibido los Santos Sacramentos.\n",
          "D. E. P.\n\n")
    if not widowed:
        d.add("Su ", gw(surv, "esposo", "esposa"), ", ", P(surv.given + " " + surv.sur()), "; ")
    d.add("Sus hijos, " if widowed else "sus hijos, ")
    for i, k in enumerate(kids):
        if i:
            d.add(", " if i < len(kids) - 1 else " y ")
        d.add(P(k.nick))
    d.add("; hijos políticos, ")
    inl = [mkp(o) for _ in range(min(2, len(kids)))]
    for i, k in enumerate(inl):
        if i:
            d.add(" y ")
        d.add(P(k.first))
    d.add("; nietos, ")
    gk = [mkp(o) for _ in range(R.randint(2, 4))]
    for i, k in enumerate(gk):
        if i:
            d.add(", " if i < len(gk) - 1 else " y ")
        d.add(P(k.first))
    if chance(0.5):
        sb = mkp(o)
        d.add("; ", gw(sb, "hermano", "hermana"), ", ", P(sb.given), "; hermanos políticos")
    d.add("; sobrinos, primos y demás familia\n\nRUEGAN una oración por su alma.\n\n")
    d.add("Capilla ardiente: ", O(b["tan"]), ", sala ", str(R.randint(1, 8)), " (", A(b["addr"]), ").\n",
          "Funeral de córpore insepulto: ", ES_WD[plus(dt, 1).weekday()], ", ", d_es(plus(dt, 1)),
          ", a las ", pick(["11:00", "12:30", "16:30", "17:00"]), " horas, en la iglesia parroquial de ",
          pick(["San Lorenzo", "Santa María la Mayor", "San Isidoro", "Nuestra Señora de Covadonga", "San Juan Bautista"]),
          ", y a continuación ")
    if b["cem"] and chance(0.7):
        d.add("sepelio en el ", O(b["cem"]), ".\n\n")
    else:
        d.add(pick(["incineración en la intimidad familiar", "sepelio en el cementerio municipal"]), ".\n\n")
    d.add("La familia agradece las muestras de cariño recibidas, en especial al personal de la planta 5.ª del ",
          O(pick(b["hosp"])), ".\n\n", O(pick(ALBOR_SHORT)), " · ", T(b["phone"]), " · www.albor.es/esquelas · Ref. ",
          C(ref_exp(b["code"])), "\n")
    return d


def es_siniestro():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    father, mother = couple(o)
    dec = father if chance(0.5) else mother
    taker = child_of(father, mother)
    ins = pick(ES_INSURERS)
    tram = mkp(pick(["es", "es", o]))
    staff = mkp(o)
    pol = ref_pol()
    exp = ref_exp(b["code"])
    dt = rdate()
    iban, bank = iban_es()
    d = Doc("es")
    d.add("Asunto: Comunicación de siniestro decesos – Póliza ", C(pol), " – Asegurad", gw(dec, "o", "a"), ": ",
          P(dec.full()), "\n\n",
          "A la atención de ", P(tram.full()), "\nDepartamento de Prestaciones – ", O(ins), "\n\n",
          gw(tram, "Estimado ", "Estimada "), P(tram.first), ":\n\n",
          "Desde la mesa de decesos de ", O(ALBOR), " le comunicamos el fallecimiento de ", gw(dec, "su asegurado", "su asegurada"), " ",
          es_title(dec, True), P(dec.full()), ", con DNI ", N(dni()), " y n.º de afiliación a la Seguridad Social ",
          N(nuss(b["prov"])), ", ocurrido el ", d_es(dt), " en el ", O(pick(b["hosp"])), ". En la póliza consta como domicilio ",
          A(addr_es(pick(b["towns"]))), ".\n\n",
          "Hemos abierto el expediente ", C(exp), " y quedamos a la espera de que nos faciliten número de siniestro y autorización del servicio "
          "(tanatorio, féretro, coche fúnebre con matrícula ", "%04d %s" % (R.randint(0, 9999), "".join(pick("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))),
          ", inhumación y esquela en prensa).\n\n",
          gw(taker, "El tomador", "La tomadora"), " de la póliza es ", gw(taker, "su hijo", "su hija"), ", ", P(taker.full()), " (DNI ", N(dni()), "), teléfono ",
          T(ph_es_mob()), ", correo ", E(pmail(taker, "es")), ". Nos pide que, si queda capital sobrante una vez liquidado el servicio, "
          "se le transfiera a su cuenta en ", O(bank), ": ", I(iban), ".\n\n",
          "Adjuntamos certificado médico de defunción, copia del DNI y última liquidación de la prima (", money_es(20, 90), "/mes).\n\n",
          "Un saludo,\n\n", P(staff.full()), "\nMesa de Decesos · ", O(ALBOR), "\n", T(ph_es_fix(b["pre"])), " ext. ",
          str(R.randint(200, 299)), " · ", E(staff_mail(staff, "albor.es")), "\n")
    if chance(0.6):
        d.add("\n----- Respuesta -----\nDe: ", P(tram.full()), "\nBuenas tardes. Queda abierto el siniestro ", C(ref_sin()),
              ". Autorizamos servicio hasta ", money_es(2800, 4500), ". Cualquier exceso lo abonará la familia.\n",
              P(tram.first), "\n")
    return d


def es_contrato_parcela():
    region = pick(["es", "es", "es", "mx", "ar", "pe"])
    d = Doc("es", tf=upper)
    if region == "es":
        b = pick([x for x in ES_BRANCHES if x["cem"]])
        o = b["origin"]
        cem, comp, code = b["cem"], ALBOR, b["code"]
    else:
        L = LATAM[region]
        o = region
        cem, comp, code = L["cem"], L["company"], region.upper()
    tit = mkp(o)
    ben = mkp(o)
    dt = rdate()
    d.add("CONTRATO DE CESIÓN DE DERECHO FUNERARIO\n", O(comp), "\n\n",
          "N.º CONTRATO: ", C(ref_contract(code)), "        FECHA: ", d_num(dt), "\n",
          "CEMENTERIO: ", O(cem), "\n",
          "UNIDAD: ", pick(["NICHO", "COLUMBARIO", "SEPULTURA EN TIERRA", "PANTEÓN FAMILIAR"]),
          " – CUARTEL ", str(R.randint(1, 12)), ", FILA ", str(R.randint(1, 6)), ", N.º ", str(R.randint(1, 400)), "\n",
          "DURACIÓN: ", pick(["10 AÑOS PRORROGABLES", "50 AÑOS", "99 AÑOS", "A PERPETUIDAD"]), "\n\n",
          "DATOS DEL TITULAR\n",
          "APELLIDOS: ", P(tit.sur()), "\nNOMBRE: ", P(tit.given), "\n")
    if region == "es":
        d.add("DNI/NIE: ", N(dni() if chance(0.8) else nie()), "\n", "DOMICILIO: ", A(addr_es(pick(b["towns"]))), "\n",
              "TELÉFONO: ", T(ph_es_fix(b["pre"])), "   MÓVIL: ", T(ph_es_mob()), "\n")
    elif region == "mx":
        d.add("CURP: ", N(curp(tit, R.randint(1950, 1990))), "\nDOMICILIO: ", A(addr_mx()), "\nTELÉFONO: ", T(ph_mx()), "\n")
    elif region == "ar":
        d.add("DNI: ", N(dni_ar()), "\nDOMICILIO: ", A(addr_ar()), "\nTELÉFONO: ", T(ph_ar()), "\n")
    else:
        d.add("DNI: ", N(dni_pe()), "\nDOMICILIO: ", A(addr_pe()), "\nTELÉFONO: ", T(ph_pe()), "\n")
    d.raw("CORREO ELECTRÓNICO: ", E(pmail(tit, region if region != "es" else "es")), "\n\n")
    d.add("BENEFICIARIO EN CASO DE FALLECIMIENTO DEL TITULAR: ", P(ben.full()))
    if region == "es":
        d.add(" – DNI ", N(dni()), "\n\n")
        iban, bank = iban_es()
        d.add("CUOTA ANUAL DE CONSERVACIÓN: ", money_es(40, 180), " – DOMICILIACIÓN EN ", O(bank), "\nIBAN: ", I(iban), "\n")
    elif region == "mx":
        d.add(" – CURP ", N(curp(ben, R.randint(1960, 2004))), "\n\nCUOTA DE MANTENIMIENTO: $", str(R.randint(900, 4000)),
              " MXN ANUALES – CARGO A TARJETA TERMINADA EN ", digits(4), "\n")
    elif region == "ar":
        d.add(" – DNI ", N(dni_ar()), "\n\nCUOTA DE MANTENIMIENTO: $", str(R.randint(9, 60)), ".000 ARS MENSUALES – DÉBITO AUTOMÁTICO TARJETA **** ", digits(4), "\n")
    else:
        d.add(" – DNI ", N(dni_pe()), "\n\nCUOTA DE MANTENIMIENTO: S/ ", str(R.randint(150, 900)), " ANUALES – PAGO EN EFECTIVO EN SEDE\n")
    ag = mkp(o)
    d.add("\nASESOR COMERCIAL: ", P(ag.full()), " (CÓD. ", str(R.randint(100, 999)), ")\n",
          "FIRMA DEL TITULAR: ____________     FIRMA Y SELLO DE LA EMPRESA: ____________\n")
    return d


def es_condolencias():
    region = pick(["es", "es", "mx", "ar", "pe"])
    if region == "es":
        b = pick(ES_BRANCHES)
        o = b["origin"]
        comp, site = pick(ALBOR_SHORT), b["tan"]
    else:
        L = LATAM[region]
        o = region
        comp, site = L["short"], L["sede"]
    father, mother = couple(o)
    dec = father if chance(0.5) else mother
    kid = child_of(father, mother)
    d = Doc("es")
    d.add("Libro de condolencias en línea – ", P(dec.full()), "\n", O(comp), " · ", O(site) if region == "es" else site, "\n",
          "(Los mensajes se entregan a la familia impresos al finalizar el servicio)\n\n")
    wishers = []
    w1 = mkp(o)
    d.add("• ", P(w1.first + " " + sinit(w1) + "."), " – ", d_num(rdate()), "\n",
          "  Querid", gw(kid, "o ", "a "), P(kid.nick), ", siento muchísimo lo de tu ", gw(dec, "padre", "madre"),
          ". Siempre me acordaré de cuando nos llevaba de paseo en el ", pick({"es": ["Seat 124", "Renault 12", "Simca 1000"], "mx": ["vocho", "Datsun"], "ar": ["Falcon", "Fiat 128", "Peugeot 504"], "pe": ["Volkswagen escarabajo", "Toyota Corona"]}[region]), ". Un abrazo fuerte.\n\n")
    fam = mkp(o)
    d.add("• Familia ", P(fam.sur()), "\n  Nuestro más sentido pésame a ", P(mother.first if dec is father else father.first),
          " y a toda la familia. Descanse en paz.\n\n")
    w3 = mkp(o)
    org = pick(["Talleres Alonso Hermanos", "Colegio Nuestra Señora del Pilar", "Peña Bética de Triana",
                "Asociación de Vecinos de La Calzada", "Club Deportivo Ensidesa", "Banco Sabadell",
                "Cooperativa Agrícola Santa Teresa", "Bodegas Hijos de Ruiz Torres"])
    d.add("• Los compañeros de ", O(org), "\n  Con cariño para ", P(kid.first), ". Estamos contigo.\n\n")
    d.add("• ", P(w3.full().lower()), "\n  q descanse en paz, era una persona buenisima. animo familia\n\n")
    w4a, w4b = mkp(o, "f"), mkp(o, "m")
    d.add("• ", P(w4a.nick), " y ", P(w4b.nick), ", vecinos del 3.º\n  ", "Os acompañamos" if region == "es" else "Los acompañamos", " en el sentimiento. ",
          P(dec.nick), " nos dejó el listón muy alto en la comunidad.\n\n" if region == "es" else " fue un ejemplo para todo el edificio.\n\n")
    if chance(0.6):
        w5 = mkp(o)
        d.add("• ", P(w5.inverted()), "\n  Mi más sentido pésame. Si ", "necesitáis" if region == "es" else "necesitan", " algo, aquí estoy: ", T(
            ph_es_mob() if region == "es" else {"mx": ph_mx, "ar": ph_ar, "pe": ph_pe}[region]()), "\n\n")
    d.add("Moderado por ", P(mkp(o).first), " (atención a familias) – ", E("condolencias@" + ("albor.es" if region == "es" else LATAM[region]["dom"])), "\n")
    return d


def es_pedido():
    region = pick(["es", "es", "es", "mx", "ar", "pe"])
    if region == "es":
        b = pick(ES_BRANCHES)
        o = b["origin"]
        site, addr, phone, dom, code = b["tan"], b["addr"], b["phone"], "albor.es", b["code"]
        sup = pick(ES_SUPPLIERS)
        comp = ALBOR
    else:
        L = LATAM[region]
        o = region
        site, addr, phone, dom, code = L["sede"], L["addr"], L["phone"], L["dom"], region.upper()
        sup = pick(LATAM_SUPPLIERS[region])
        comp = L["company"]
    contact = mkp(o)
    staff = mkp(o)
    boss = mkp(o)
    dec = mkp(o)
    kidA, kidB = mkp(o), mkp(o)
    d = Doc("es")
    d.add("PEDIDO DE COMPRA N.º ", C(ref_order()), "\n", O(comp), " – ", O(site) if region == "es" else site, "\n\n",
          "Proveedor: ", O(sup[0]), "\nAtn.: ", P(contact.full()), " – ", E(staff_mail(contact, sup[1])), " – Tel. ",
          T(ph_es_mob() if region == "es" else {"mx": ph_mx, "ar": ph_ar, "pe": ph_pe}[region]()), "\n",
          "Entregar en: ", A(addr), " (muelle de carga, horario 8:00–15:00)\n",
          "Referencia de servicio: ", C(ref_exp(code)), " – difunt", gw(dec, "o", "a"), ": ", P(dec.full()), "\n\n",
          "Líneas:\n")
    items = sample(PRODUCTS_ES, 3)
    for i, it in enumerate(items):
        amt = {"es": lambda: money_es(60, 1400), "mx": lambda: "$%s MXN" % "{:,.2f}".format(R.randint(800, 25000)),
               "ar": lambda: "$ %d.%03d,00" % (R.randint(40, 900), R.randint(0, 999)),
               "pe": lambda: "S/ %d.00" % R.randint(150, 4000)}[region]()
        d.add("  %d) 1 × %s .......... %s\n" % (i + 1, it, amt))
    d.add("  Cinta para la corona: \"Tus hijos ", P(kidA.nick), " y ", P(kidB.nick), " no te olvidan\"\n\n",
          "Entrega antes de las 10:00 del ", d_num(rdate()), ". Para cualquier duda llamar ", "al tanatorio" if region == "es" else "a la sede", " (", T(phone), ").\n\n",
          "Solicitado por: ", P(staff.full()), " (", E(staff_mail(staff, dom)), ")\n",
          "Autoriza: ", P(boss.initials()), ", jefe de servicio\n")
    return d


def es_wa_familia():
    region = pick(["es", "es", "es", "ar"])
    if region == "es":
        b = pick(ES_BRANCHES)
        o = b["origin"]
        addr, phone = b["addr"], b["phone"]
        venue = ["Velatorio en el ", O(b["tan"]), ", sala 4, desde las 16:00"]
    else:
        L = LATAM["ar"]
        o = "ar"
        addr, phone = L["addr"], L["phone"]
        venue = ["Velatorio en la ", L["sede"], " de ", O(L["short"]), ", sala 4, desde las 16"]
    es = region == "es"
    father, mother = couple(o)
    dec = father if chance(0.5) else mother
    k1, k2, k3 = child_of(father, mother), child_of(father, mother), child_of(father, mother)
    inlaw = mkp(o)
    unknown = ph_es_mob() if region == "es" else ph_ar()
    dt = rdate()
    d = Doc("es")
    ds = d_num(dt, yy=True)
    rows = [
        (k1.nick, ["Ya está todo hablado con la ", "funeraria" if es else "cochería", ". "] + venue),
        (k2.nick, ["Vale" if es else "Dale", ". La dirección exacta cuál es? Para pasársela a los primos"]),
        (k1.nick, [A(addr)]),
        (k3.first + " " + k3.sur1(), ["Yo llego a las 18:00 con ", P(inlaw.first), ". Alguien ha avisado a la tía ", P(mkp(o, "f").nick), "?"]),
        (k2.nick, ["Sí, la llamé esta mañana. Dice que viene con ", P(mkp(o).first), " en el tren de las 12"]),
        (None, ["Hola, soy ", P(mkp(o, "f").full()), ", vecina de ", gw(dec, "vuestro padre", "vuestra madre") if es else gw(dec, "su papá", "su mamá"),
                ". ", "Os acompaño" if es else "Los acompaño", " en el sentimiento 🙏"]),
        (k1.nick, ["La funeraria pide el número de la póliza, lo tiene alguien? Creo que estaba en el cajón de la cómoda"]),
        (k3.first + " " + k3.sur1(), ["Es ", C(ref_pol()), " de ", O(pick(ES_INSURERS) if region == "es" else pick(LATAM["ar"]["ins"])), ", os mando foto" if es else ", les mando foto"]),
        (k3.first + " " + k3.sur1(), ["<Multimedia omitido>"]),
        (k1.nick, ["Genial. El chico de la funeraria se llama ", P(mkp(o, "m").first), ", su ", "móvil" if es else "celu", " es ", T(ph_es_mob() if region == "es" else ph_ar()), " por si no me ", "encontráis" if es else "encuentran"]),
        (k2.nick, ["Y para las flores hablamos con ", O("Floristería Rosa Campos" if region == "es" else "Florería Las Violetas de Caballito"), "?"]),
        (k1.nick, ["Sí, ya está encargada la corona. Pone \"", P(dec.nick), ", siempre con nosotros\""]),
    ]
    d.add("Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat puede leerlos ni escucharlos.\n")
    mm = R.randint(5, 30)
    hh = R.randint(9, 11)
    rows = thin(rows)
    for sender, msg in rows:
        mm += R.randint(1, 9)
        if mm >= 60:
            mm -= 60
            hh += 1
        d.add("%s, %02d:%02d - " % (ds, hh, mm))
        if sender is None:
            d.add(T(unknown))
        else:
            d.add(P(sender))
        d.add(": ")
        d.add(*msg)
        d.add("\n")
    return d


def es_wa_ios_staff():
    region = pick(["mx", "pe", "mx", "pe"])
    L = LATAM[region]
    o = region
    s1, s2, s3 = mkp(o, "f"), mkp(o, "m"), mkp(o)
    dec = mkp(o)
    fam = mkp(o)
    d = Doc("es")
    dt = rdate()
    ds = d_num(dt, yy=True)
    phf = ph_mx() if region == "mx" else ph_pe()
    folio = "ALB-%s-26-%04d" % (region.upper(), R.randint(1, 9999))
    hosp = pick(L["hosp"])
    if region == "mx":
        idseg = ["La CURP del finado es ", N(curp(dec, R.randint(1935, 1975))), ", ya la cargué en el sistema"]
    else:
        idseg = ["El DNI del fallecido es ", N(dni_pe()), ", ya lo validé en ", O("RENIEC")]
    rows = [
        (s1, ["Buenos días. Tenemos levantamiento en ", "la " if hosp.startswith("Clínica") else "el ", O(hosp), ", folio ", C(folio)]),
        (s2, ["Voy yo con la carroza ", pick(["Mercedes", "Cadillac", "Lincoln"]), ", la de placas ", "%s-%03d-%s" % ("".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(0, 999), pick("ABCDEFG")), " 👍"]),
        (s1, ["El contacto de la familia es ", P(fam.full()), ", tel. ", T(phf)]),
        (s3, idseg),
        (s2, ["Me dice el de vigilancia que preguntemos por la Dra. ", P(mkp(o).sur1()), " para el certificado"]),
        (s1, ["Ok. Después pasen por ", A(addr_mx() if region == "mx" else addr_pe()), " a recoger la ropa que dejó la familia"]),
        (s3, ["Quién cubre la sala 2 en la tarde? ", P(mkp(o, "f").nick), " tiene permiso"]),
        (s2, ["Yo me quedo. Avísenle a ", P(s1.first if chance(0.5) else mkp(o).first), " de ", O(pick(L["ins"])), " que mande la carta de cobertura"]),
    ]
    mm = R.randint(0, 20)
    hh = R.randint(7, 9)
    rows = thin(rows)
    for who, msg in rows:
        mm += R.randint(1, 7)
        if mm >= 60:
            mm -= 60
            hh += 1
        d.add("[%s, %02d:%02d:%02d] " % (ds, hh, mm, R.randrange(60)), P(who.first + " " + who.sur1()), ": ")
        d.add(*msg)
        d.add("\n")
    return d


def es_crm():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    father, mother = couple(o)
    dec = father if chance(0.5) else mother
    kid = child_of(father, mother)
    staff, staff2 = mkp(o), mkp(o)
    tram = mkp("es")
    ins = pick(ES_INSURERS)
    d = Doc("es", tf=low_noacc)
    dt = rdate()
    d.add("CRM decesos - notas de llamada - ", C(ref_exp(b["code"])), "\n\n")
    tt = sorted(hm() for _ in range(3))
    d.add("%02d/%02d %s llama " % (dt.day, dt.month, tt[0]), gw(kid, "el hijo", "la hija"), " de", gw(dec, "l asegurado", " la asegurada"), ", ",
          P(kid.nick), " (", P(kid.sur()), "), tlf ", T(ph_es_mob()), ". dice q su ", gw(dec, "padre", "madre"), " ", P(dec.full()),
          " fallecio anoche en el ", O(pick(b["hosp"])), ". poliza ", C(ref_pol()), " de ", O(ins), ", dni ", N(dni()),
          ". quieren incineracion y tanatorio en ", b["city"], ". le digo q le llama ", P(staff.first), " para la recogida\n")
    d.add("%02d/%02d %s " % (dt.day, dt.month, tt[1]), P(staff.first), ": hablado con aseguradora, ", gw(tram, "tramitador ", "tramitadora "), P(tram.short()),
          ", siniestro ", C(ref_sin()), ". cubre hasta 3800 eur, el exceso a cargo de la familia. ojo q la poliza tiene capital "
          "desactualizado desde 2019\n")
    d.add("%02d/%02d %s " % (dt.day, dt.month, tt[2]), gw(kid, "el hijo", "la hija"), " manda mail desde ", E(pmail(kid, "es")),
          " con el certif. de defuncion. falta dni del tomador (", gw(dec, "la madre", "el padre"), ", ", P((mother if dec is father else father).full()),
          "), dice q lo trae mañana\n")
    d.add("%02d/%02d %s " % (plus(dt, 1).day, plus(dt, 1).month, hm()), P(staff2.first), ": la familia pide q las cenizas se entreguen en el domicilio, ",
          A(addr_es(pick(b["towns"]))), ". confirmado con ", O("Crematorios del Principado S.A." if o == "ast" else "Transportes Funerarios del Sur S.L."), "\n")
    if chance(0.6):
        d.add("%02d/%02d %s " % (plus(dt, 2).day, plus(dt, 2).month, hm()), "pendiente: devolver llamada a ", P(mkp(o, "f").first),
              " (sobrina) al ", T(ph_es_mob()), ", quiere saber si puede poner esquela en el periodico\n")
    return d


def es_csv():
    region = pick(["es", "es", "mx", "pe"])
    d = Doc("es")
    if region == "es":
        d.add("expediente;fecha;nombre_difunto;apellido1;apellido2;dni_difunto;contacto;telefono_contacto;email_contacto;sucursal;importe\n")
    else:
        d.add("folio;fecha;nombre_finado;apellido_paterno;apellido_materno;documento;contacto;telefono;correo;sucursal;importe\n")
    for _ in range(R.randint(3, 4)):
        if region == "es":
            b = pick(ES_BRANCHES)
            o, ref = b["origin"], ref_exp(b["code"])
            city = b["city"]
        else:
            o = region
            ref = "ALB-%s-26-%04d" % (region.upper(), R.randint(1, 9999))
            city = pick(["Del Valle", "Guadalajara", "Monterrey"] if region == "mx" else ["Miraflores", "Arequipa", "Trujillo"])
        dec = mkp(o)
        con = mkp(o)
        if region == "es":
            idv = dni()
            ph = ph_es_mob()
        elif region == "mx":
            idv = curp(dec, R.randint(1930, 1975))
            ph = ph_mx()
        else:
            idv = dni_pe()
            ph = ph_pe()
        s2 = dec.surnames[1] if len(dec.surnames) > 1 else ""
        amt = money_es(1800, 7000).replace(" €", "") if region == "es" else "%d.00" % R.randint(15000, 90000)
        d.add(C(ref), ";", d_num(rdate()), ";", P(dec.given), ";", P(dec.surnames[0]), ";")
        if s2:
            d.add(P(s2))
        d.add(";", N(idv), ";", P(con.full()), ";", T(ph), ";", E(pmail(con, region)), ";", city, ";", amt, "\n")
    d.add("# exportado desde Gestión de Servicios v4 – uso interno ", O(ALBOR if region == "es" else LATAM[region]["company"]), "\n")
    return d


def es_buzon():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    c1, c2, c3 = mkp(o), mkp("es"), mkp(o)
    dec = mkp(o)
    ins = pick(ES_INSURERS)
    d = Doc("es")
    d.add("Transcripción automática del buzón de voz – Centralita ", O(b["tan"]), "\n\n")
    d.add("Mensaje 1 · ", hm(), " · de ", T(ph_es_mob()), "\n",
          "\"Hola, buenos días, soy ", P(c1.full()), ", llamo por lo de mi suegr", gw(dec, "o", "a"), ", ",
          P(dec.given + " " + dec.sur1()), ". El expediente creo que es el ", C(ref_exp(b["code"])),
          ", eh... queríamos cambiar la hora del responso. Me pueden llamar al ", T(ph_es_mob()), "? Gracias.\"\n\n")
    d.add("Mensaje 2 · ", hm(), " · número oculto\n",
          "\"Sí, hola, le llamo de ", O(ins), ", soy ", P(c2.first), ", de prestaciones. Es por el siniestro ", C(ref_sin()),
          ", necesitamos la factura proforma antes del jueves. Mi extensión directa es el ", T(ph_es_fix("91")), ", o por correo a ",
          E(staff_mail(c2, ins_dom(ins))), ".\"\n\n")
    d.add("Mensaje 3 · ", hm(), " · de ", T(ph_es_fix(b["pre"])), "\n",
          "\"Buenas, es ", P(c3.nick), " de ", O(pick(ES_SUPPLIERS)[0]), ". La lápida de la familia ", P(mkp(o).sur()),
          " ya está grabada, la llevamos el ", pick(["lunes", "martes", "miércoles", "viernes"]),
          " a primera hora si os parece. Venga, hasta luego.\"\n\n")
    if chance(0.5):
        d.add("Mensaje 4 · ", hm(), " · de ", T(ph_es_mob()), "\n\"... (inaudible) ... soy la hija de ", P(mkp(o, "f").given),
              ", la de la calle Mayor ... llámenme por favor.\"\n")
    return d


def es_sms():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    d = Doc("es")
    d.add("Registro de SMS enviados – ", O(b["tan"]), " – exportado ", d_num(rdate()), "\n",
          "fecha_hora\tdestinatario\tnumero\ttexto\n")
    for i in range(R.randint(4, 5)):
        p = mkp(o)
        dec = mkp(o)
        d.add(d_num(rdate()), " ", hm(), "\t", P(p.full()), "\t", T(ph_es_mob()), "\t")
        k = i % 4
        if k == 0:
            d.add(O("ALBOR"), ": ", gw(p, "Estimado Sr. ", "Estimada Sra. "), P(p.sur1()), ", le recordamos que el responso por ",
                  P(dec.given), " será hoy a las ", pick(["17:00", "18:30", "12:00"]), " en la sala ", str(R.randint(1, 6)), ".")
        elif k == 1:
            d.add(O("ALBOR"), ": Su expediente ", C(ref_exp(b["code"])), " está listo para la firma. Puede pasar por ", A(b["addr"]), " de 9 a 20 h.")
        elif k == 2:
            d.add(O("ALBOR"), ": Hemos recibido la autorización de ", O(pick(ES_INSURERS)), ". Dudas: ", T(b["phone"]), ".")
        else:
            d.add(O("ALBOR"), ": ", P(p.first), ", las cenizas de ", P(dec.nick), " pueden recogerse a partir del jueves. Un abrazo del equipo.")
        d.add("\n")
    return d


def es_acta():
    d = Doc("es")
    staff = [mkp(pick(["and", "cyl", "ast", "es"])) for _ in range(6)]
    mxs, pes = mkp("mx"), mkp("pe")
    b1, b2 = sample(ES_BRANCHES, 2)
    dt = rdate()
    fam = mkp(b1["origin"])
    sup = pick(ES_SUPPLIERS)
    d.add("ACTA DE LA REUNIÓN DE COORDINACIÓN DE SUCURSALES – ", O(ALBOR), "\n",
          "Fecha: ", d_es(dt), " · Videoconferencia · Inicio 9:30\n\n",
          "Asistentes: ", P(staff[0].full()), " (Dirección de Operaciones), ", P(staff[1].full()), " (", b1["city"], "), ",
          P(staff[2].full()), " (", b2["city"], "), ", P(mxs.full()), " (", O(LATAM["mx"]["short"]), "), ",
          P(pes.initials()), " (", O(LATAM["pe"]["short"]), ").\n",
          "Excusan su asistencia: ", P(staff[3].full()), " y ", P(staff[4].short()), ".\n\n",
          "1. Proveedores. ", P(staff[1].first), " informa de retrasos de ", O(sup[0]), " en tres servicios de febrero. "
          "Se acuerda pedir penalización según contrato y buscar alternativa en ", pick(["Jaén", "Zamora", "Lugo", "Cádiz"]), ".\n\n",
          "2. Reclamación de la familia ", P(fam.sur()), " (exp. ", C(ref_exp(b1["code"])), "). La hoja de reclamaciones n.º ",
          C("REC-%s-%06d" % (b1["code"], R.randint(0, 999999))), " se contestará antes del día 15. Responsable: ", P(staff[2].first), ".\n\n",
          "3. Decesos. La renovación del convenio con ", O(pick(ES_INSURERS)), " queda pendiente de la reunión con su director territorial, ",
          P(mkp("es").full()), ".\n\n",
          "4. México y Perú. ", P(mxs.first), " presenta los datos del primer trimestre de ", O(LATAM["mx"]["cem"]),
          "; ", P(pes.sur1()), " pide apoyo para la auditoría de ", O("Sunat" if chance(0.5) else "Indecopi"), ".\n\n",
          "5. Ruegos y preguntas. ", P(staff[5].first), " recuerda que los teléfonos de guardia cambian: nuevo número de guardia norte ",
          T(ph_es_mob()), ".\n\nSe levanta la sesión a las 11:10. Secretaria de actas: ", P(staff[0].first if chance(0.3) else mkp("es", "f").full()), ".\n")
    return d


def es_traslado_mx():
    L = LATAM["mx"]
    dec = mkp("mx")
    sol = child_of(dec, mkp("mx", "f")) if dec.gender == "m" else mkp("mx")
    ag = mkp("mx")
    b = pick(ES_BRANCHES)
    es_con = mkp(b["origin"])
    yr = R.randint(1938, 1970)
    sy, smd = R.randint(1965, 1995), (R.randint(1, 12), R.randint(1, 28))
    d = Doc("es")
    d.add("SOLICITUD DE TRASLADO INTERNACIONAL DE RESTOS – FOLIO ", C("TR-MX-26-%04d" % R.randint(1, 9999)), "\n",
          O(L["company"]), " · ", L["sede"], " · ", A(L["addr"]), " · ", T(L["phone"]), "\n\n",
          "DATOS DEL FINADO\nNombre: ", P(dec.full()), "\nCURP: ", N(curp(dec, yr)), "\n",
          "Pasaporte: ", N(passport_mx()), "\nLugar de fallecimiento: ", O(pick(L["hosp"])), ", Ciudad de México\n\n",
          "DESTINO\nEspaña – ", O(b["tan"]), ", ", A(b["addr"]), "\nContacto en destino: ", P(es_con.full()), ", ", T(b["phone"]), "\n\n",
          "DATOS DEL SOLICITANTE\nNombre: ", P(sol.full()), "  Parentesco: ", gw(sol, "hijo", "hija"), "\n",
          "CURP: ", N(curp(sol, sy, smd)), "   RFC: ", N(rfc(sol, sy, smd)), "\n",
          "Domicilio: ", A(addr_mx()), "\nTeléfono: ", T(ph_mx()), "   Correo: ", E(pmail(sol, "mx")), "\n\n",
          "Trámites: permiso sanitario de traslado (", O("Cofepris"), "), acta de defunción del ", O("Registro Civil de la Ciudad de México"),
          ", certificado de embalsamamiento y visado del ", O("Consulado General de España en México"), ".\n"
          "Vuelo previsto: MEX–MAD, carga, ", d_num(rdate()), ".\n\n",
          "Agente que atiende: ", P(ag.full()), " – ", E(staff_mail(ag, L["dom"])), "\n")
    return d


def es_orden_latam():
    region = pick(["ar", "pe"])
    L = LATAM[region]
    o = region
    dec = mkp(o)
    sol = mkp(o)
    ag = mkp(o)
    d = Doc("es")
    num = "OS-%s-%06d" % (region.upper(), R.randint(1, 999999))
    d.add("ORDEN DE SERVICIO N.º ", C(num), "\n", O(L["company"]), " – ", L["sede"], "\n", A(L["addr"]), " – Tel. ", T(L["phone"]), "\n\n")
    if region == "ar":
        n, cu = cuil(dec.gender)
        d.add("Fallecido/a: ", P(dec.full().upper()), "\nDNI: ", N(dni_ar(n)), "   CUIL: ", N(cu), "\n",
              "Obra social: ", O(pick(["OSDE", "PAMI", "Swiss Medical", "IOMA"])), " – afiliado n.º ", C("%d/%02d" % (R.randint(10000000, 99999999), R.randint(0, 99))), "\n",
              "Lugar de deceso: ", O(pick(L["hosp"])), "\n\n",
              "Contratante: ", P(sol.inverted()), "\nDNI ", N(dni_ar()), " – Domicilio: ", A(addr_ar()), "\n",
              "Celular: ", T(ph_ar()), " – Mail: ", E(pmail(sol, "ar")), "\n\n",
              "Servicio: velatorio sala 3 (", pick(["12", "24"]), " h), cortejo con ", pick(["2", "3"]), " autos de acompañamiento, inhumación en ",
              O(L["cem"]), ", parcela ", "%s-%d" % (pick("ABCDEFG"), R.randint(1, 400)), ".\n",
              "Cochería asociada: ", O(LATAM_SUPPLIERS["ar"][0][0]), "\n")
    else:
        d.add("Fallecido/a: ", P(dec.full().upper()), "\nDNI: ", N(dni_pe()), "\n",
              "Seguro: ", O(pick(["EsSalud", "Rímac Seguros", "Pacífico Seguros", "SIS"])), " – carta de garantía ", C("CG-%07d" % R.randint(0, 9999999)), "\n",
              "Lugar de deceso: ", O(pick(L["hosp"])), "\n\n",
              "Contratante: ", P(sol.inverted()), "\nDNI ", N(dni_pe()), " – Domicilio: ", A(addr_pe()), "\n",
              "Celular: ", T(ph_pe(mobile=True)), " – Correo: ", E(pmail(sol, "pe")), "\n\n",
              "Servicio: velatorio en capilla 2, misa de cuerpo presente y sepelio en ", O(L["cem"]), ", plataforma ",
              "%s-%d" % (pick("ABCDEFG"), R.randint(1, 400)), ".\nLápida: ", O(LATAM_SUPPLIERS["pe"][0][0]), "\n")
    d.add("\nTotal del servicio: ", ("$ %d.%03d.%03d,00" % (R.randint(1, 4), R.randint(0, 999), R.randint(0, 999))) if region == "ar" else "S/ %d.00" % R.randint(3500, 19000),
          "\nAsesor/a: ", P(ag.full()), " (", E(staff_mail(ag, L["dom"])), ")\nConformidad del contratante: ", P(sol.initials()), "\n")
    return d


def es_reclamacion():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    rec = mkp(o)
    emp = mkp(o)
    mom = mkp(o, "f")
    rcv = mkp(o)
    d = Doc("es", tf=upper)
    d.add("HOJA DE QUEJAS Y RECLAMACIONES – ", O(b["junta"]), "\n",
          "N.º DE HOJA: ", C("%s-2026-%07d" % ({"Junta de Andalucía": "AND", "Junta de Castilla y León": "CYL"}.get(b["junta"], "AST"), R.randint(0, 9999999))), "\n\n",
          "DATOS DE LA PERSONA RECLAMANTE\nNOMBRE Y APELLIDOS: ", P(rec.full()), "\n",
          "DNI/NIE/PASAPORTE: ", N(dni() if chance(0.85) else nie()), "\n",
          "DOMICILIO: ", A(addr_es(pick(b["towns"]))), "\n",
          "TELÉFONO: ", T(ph_es_mob()), "\n")
    d.raw("CORREO ELECTRÓNICO: ", E(pmail(rec, "es")), "\n\n")
    d.add("DATOS DEL ESTABLECIMIENTO RECLAMADO\nRAZÓN SOCIAL: ", O(ALBOR), "\nNOMBRE COMERCIAL: ", O(b["tan"]), "\n",
          "DIRECCIÓN: ", A(b["addr"]), "\n\n",
          "HECHOS: EL DÍA ", d_num(rdate()), " CONTRATAMOS EL SERVICIO DE MI MADRE, ", P(mom.full()), " (EXPEDIENTE ", C(ref_exp(b["code"])),
          "). LA ESQUELA SALIÓ CON EL SEGUNDO APELLIDO MAL ESCRITO Y EL EMPLEADO QUE NOS ATENDIÓ, EL SR. ", P(emp.sur1()),
          ", NOS DIJO QUE ERA CULPA DE LA IMPRENTA. ADEMÁS SE NOS COBRÓ UN SUPLEMENTO DE ", money_es(80, 400),
          " POR LA SALA QUE NO NOS HABÍAN COMUNICADO. LA PÓLIZA DE ", O(pick(ES_INSURERS)), " (N.º ", C(ref_pol()), ") CUBRÍA EL SERVICIO COMPLETO.\n\n",
          "PRETENSIÓN: DEVOLUCIÓN DEL SUPLEMENTO Y NUEVA ESQUELA SIN COSTE.\n\n",
          "FIRMA DEL RECLAMANTE            FIRMA Y SELLO DEL ESTABLECIMIENTO\n",
          "RECIBIDA POR: ", P(rcv.full()), " (ENCARGAD", gw(rcv, "O", "A"), " DE TURNO)\n")
    return d


def es_factura():
    b = pick(ES_BRANCHES)
    o = b["origin"]
    cli = mkp(o)
    dec = mkp(o)
    ins = pick(ES_INSURERS)
    d = Doc("es")
    comp_iban, comp_bank = iban_es()
    d.add(O(ALBOR), "\n", O(b["tan"]), " · ", A(b["addr"]), " · ", T(b["phone"]), " · ", E(b["mail"]), "\n\n",
          "FACTURA N.º ", C(ref_invoice(b["code"])), "            Fecha: ", d_num(rdate()), "\n\n",
          "Cliente: ", P(cli.full()), "\nDNI: ", N(dni()), "\nDomicilio: ", A(addr_es(pick(b["towns"]))), "\n",
          "Ref. expediente: ", C(ref_exp(b["code"])), " – Difunt", gw(dec, "o", "a"), ": ", P(dec.full()), "\n",
          "Póliza de decesos: ", C(ref_pol()), " (", O(ins), ") – cubierto por la aseguradora: ", money_es(1500, 3500), "\n\n",
          "Concepto                                          Importe\n")
    for it in sample(PRODUCTS_ES, 3) + ["sala de velatorio 24 h", "tasas municipales de inhumación"]:
        d.add("%-48s %s\n" % (it, money_es(40, 1600)))
    d.add("\nBase imponible ", money_es(1500, 4000), " · IVA 21 % ", money_es(300, 800), " · TOTAL A CARGO DEL CLIENTE ", money_es(200, 1800), "\n\n")
    if chance(0.5):
        d.add("Forma de pago: transferencia a ", O(comp_bank), ", ", I(comp_iban), ", indicando el número de factura.\n")
    else:
        ib, bk = iban_es()
        d.add("Forma de pago: domiciliación en la cuenta del cliente ", I(ib), " (", O(bk), ").\n")
    d.add("Atendido por: ", P(mkp(o).short()), "\n")
    return d


def es_relacion_inhum():
    b = pick([x for x in ES_BRANCHES if x["cem"]])
    o = b["origin"]
    d = Doc("es")
    d.add("RELACIÓN DE INHUMACIONES – ", O(b["cem"]), " – SEMANA ", str(R.randint(2, 46)), "\n",
          "Fecha\tDifunto/a\tUnidad\tContrato\tSolicitante\tTeléfono\n")
    for _ in range(R.randint(4, 5)):
        dec = mkp(o)
        sol = mkp(o)
        dn = dec.inverted().upper() if chance(0.6) else dec.inverted()
        d.add(d_num(rdate()), "\t", P(dn), "\t", pick(["Nicho", "Columbario", "Sepultura"]), " %d-%d" % (R.randint(1, 12), R.randint(1, 400)),
              "\t", C(ref_contract(b["code"])), "\t", P(sol.inverted().upper() if chance(0.5) else sol.inverted()), "\t", T(ph_es_mob()), "\n")
    d.add("\nEncargado de cementerio: ", P(mkp(o).full()), " · Marmolista de guardia: ", O(pick(ES_SUPPLIERS[1:5])[0]), "\n")
    return d


# --------------------------------------------------------------------------
# Spanish documents of the accountancy practice (Málaga / Alicante office)
# --------------------------------------------------------------------------
EXPAT_TOWNS = {"Málaga": ["Marbella", "Fuengirola", "Nerja", "Mijas", "Benalmádena", "Estepona", "Málaga"],
               "Alicante": ["Torrevieja", "Jávea", "Benidorm", "Dénia", "Calpe", "Orihuela Costa", "Alicante"]}
ACTIVIDADES = ["clases particulares de inglés", "traducción jurada", "diseño web", "fontanería",
               "peluquería canina", "reformas y pintura", "fotografía de bodas", "fisioterapia a domicilio",
               "gestión de alquileres", "entrenamiento personal"]


def es_off():
    city = pick(list(BH_ES_OFFICES.keys()))
    return city, BH_ES_OFFICES[city]


def expat_addr(city):
    t = pick(EXPAT_TOWNS[city])
    if chance(0.3) and t in ("Mijas", "Orihuela Costa", "Torrevieja", "Marbella", "Jávea", "Calpe"):
        return addr_es_urb(t)
    return addr_es(t)


def es_ase_email():
    city, off = es_off()
    staff = mkp("es", "f" if chance(0.6) else "m")
    cli = mkmix(EXPAT_MIX)
    partner = mkmix(EXPAT_MIX, "f" if cli.gender == "m" else "m")
    col = mkp("es")
    smail = staff_mail(staff, "brannockhale.es")
    cmail = pmail(cli, "uk")
    iban, bank = iban_es()
    ref = "BHA-%s-%04d" % (off["code"], R.randint(1, 9999))
    dt = rdate(m_lo=4, m_hi=7)
    d = Doc("es")
    d.add("De: ", P(staff.full()), " <", E(smail), ">\nPara: ", E(cmail), "\n",
          "Asunto: Modelo 130 1T y Renta 2025 – ref. ", C(ref), "\n\n",
          "Hola ", P(cli.first), ":\n\n",
          "Te confirmo que hemos presentado el modelo 130 del primer trimestre de tu actividad de ", pick(ACTIVIDADES),
          ". Número de justificante: ", C("130" + digits(10)), ". El resultado es de ", money_es(90, 900),
          " a ingresar, que se cargará el día 20 en tu cuenta de ", O(bank), " (", I(iban), ").\n\n",
          "Para la declaración de la renta (modelo 100) nos falta:\n",
          "– el certificado anual de tu pensión del ", O("Department for Work and Pensions"), " (la pensión pública de ",
          O(pick(["NHS Pensions", "Civil Service Pension Scheme", "Teachers' Pensions"])), " tributa en el Reino Unido, no aquí);\n",
          "– el recibo del IBI de la vivienda de ", A(expat_addr(city)), ", que emite ",
          O("Patronato de Recaudación Provincial de Málaga" if city == "Málaga" else "Suma Gestión Tributaria"), ";\n",
          "– el NIE de ", P(partner.first), ", porque en nuestra ficha sólo consta el tuyo (", N(nie()), ").\n\n",
          "Si lo prefieres, lo vemos por videollamada con mi compañer", gw(col, "o ", "a "), P(col.first), " el jueves.\n\n",
          "Un saludo,\n\n", P(staff.full()), "\nAsesor", gw(staff, "", "a"), " fiscal · ", O(BH_ES), " · Oficina de ", city, "\n",
          A(off["addr"]), " · ", T(off["phone"]), "\n\n",
          "El ", d_num(dt), ", ", P(cli.full()), " <", E(cmail), "> escribió:\n",
          "> Hola ", P(staff.first), ", perdona mi español. He recibido una carta de la ", O("Agencia Tributaria"),
          " sobre el 130 del año pasado, con número de expediente ", C("%d%s%07d" % (R.randint(2024, 2025), pick(["GRC", "ACB", "RCT"]), R.randint(0, 9999999))),
          ". No entiendo si tengo que pagar algo. Te la mando escaneada. Mi móvil inglés es ", T(ph_uk_mob()), ".\n> Gracias, ", P(cli.nick), "\n")
    return d


def es_ase_ficha():
    city, off = es_off()
    cli = mkmix(EXPAT_MIX)
    gest = mkp("es")
    iban, bank = iban_es(spaced=True)
    d = Doc("es")
    d.add("FICHA DE ALTA DE CLIENTE – ", O(BH_ES), " (", city, ")\n",
          "Referencia: ", C("BHA-%s-%04d" % (off["code"], R.randint(1, 9999))), "     Fecha de alta: ", d_num(rdate()), "\n\n",
          "Apellidos: ", P(cli.sur().upper()), "\nNombre: ", P(cli.given + ((" " + cli.middle) if cli.middle else "")), "\n",
          "NIE: ", N(nie()), "          Pasaporte británico: ", N(passport_uk()), "\n")
    aut = chance(0.6)
    if aut:
        d.add("N.º afiliación Seguridad Social (autónomo): ", N(nuss(pick(["29", "03"]))), "\n")
    d.add("Domicilio fiscal en España: ", A(expat_addr(city)), "\n",
          "Domicilio anterior en el Reino Unido: ", A(addr_uk()), "\n",
          "Teléfono España: ", T(ph_es_mob()), "     Teléfono Reino Unido: ", T(ph_uk_mob()), "\n",
          "Correo electrónico: ", E(pmail(cli, "uk")), "\n",
          "Cuenta para domiciliaciones: ", I(iban), " (", O(bank), ")\n\n",
          "Servicios contratados: ", "modelo 130 trimestral + modelo 100 anual" if aut else "modelo 100 anual + modelo 720", "\n",
          "Actividad: ", pick(ACTIVIDADES) if aut else "pensionista (pensión privada británica y alquiler de una casa en " +
          pick(["Bolton", "Swansea", "Leeds", "Norwich"]) + ")", "\n",
          "Observaciones: hasta abril declaraba en el Reino Unido con UTR ", N(utr()), ". Sigue teniendo cuenta en ", O(pick(GB_BANKS)[1]),
          ". Viene recomendado por ", P(mkmix(EXPAT_MIX).full()), ".\n",
          "Gestor asignado: ", P(gest.full()), " (", E(staff_mail(gest, "brannockhale.es")), ")\n")
    return d


def es_ase_whatsapp():
    city, off = es_off()
    cli = mkmix(EXPAT_MIX)
    staff = mkp("es")
    d = Doc("es")
    dt = rdate()
    ds = d_num(dt, yy=True)
    msgs = [
        ("S", ["Hola ", P(cli.first), ", soy ", P(staff.nick), " de la asesoría. ¿Me puedes mandar las facturas emitidas de enero a marzo?"]),
        ("C", ["Hola! Sí, esta tarde. Sorry, estoy en ", pick(["Manchester", "Dublin", "Cardiff", "Leeds"]), " con mi hija"]),
        ("C", ["<Multimedia omitido>"]),
        ("C", ["Falta la de ", O(pick(["Restaurante El Faro de Calpe", "Inmobiliaria Costa Blanca Homes S.L.", "Academia Oxford English Nerja", "Clínica Dental Sonrisas Mijas"])),
               ", se la pido a ", P(mkp("es").first)]),
        ("S", ["Perfecto. El NIE que pone en las facturas está mal, pone ", N(nie()), " y el tuyo acaba en otra letra"]),
        ("C", ["Oh no 🙈 el bueno es ", N(nie())]),
        ("S", ["Anotado. Y recuerda que el 130 se paga por domiciliación, tiene que haber saldo en la cuenta ", I(iban_es(spaced=False)[0])]),
        ("C", ["Ok. Si no contesto llama a ", P(mkmix(EXPAT_MIX, "f" if cli.gender == "m" else "m").first), ", su número es ", T(ph_es_mob())]),
        ("S", ["Gracias. Ref. de tu expediente para cualquier cosa: ", C("BHA-%s-%04d" % (off["code"], R.randint(1, 9999)))]),
    ]
    d.add("Los mensajes y las llamadas están cifrados de extremo a extremo.\n")
    mm, hh = R.randint(0, 30), R.randint(9, 16)
    msgs = thin(msgs)
    for who, msg in msgs:
        mm += R.randint(1, 12)
        if mm >= 60:
            mm -= 60
            hh += 1
        d.add("%s, %02d:%02d - " % (ds, hh, mm))
        if who == "S":
            d.add(P(staff.nick + " " + staff.sur1()), " BH Asesores: ")
        else:
            d.add(P(cli.first + " " + cli.sur1()), ": ")
        d.add(*msg)
        d.add("\n")
    return d


def es_ase_tsv():
    city, off = es_off()
    d = Doc("es")
    d.add("Campaña Renta 2025 – seguimiento clientes oficina de ", city, " – ", O(BH_ES), "\n",
          "ref\tcliente\tNIE\tmodelo\testado\tgestor\tobservaciones\n")
    gests = [mkp("es") for _ in range(3)]
    for _ in range(R.randint(4, 5)):
        cli = mkmix(EXPAT_MIX)
        g = pick(gests)
        d.add(C("BHA-%s-%04d" % (off["code"], R.randint(1, 9999))), "\t", P(cli.inverted()), "\t", N(nie()), "\t",
              pick(["100", "100 + 720", "130 + 100", "210", "100 conjunta"]), "\t",
              pick(["presentada", "pendiente docs", "borrador enviado", "requerimiento AEAT", "firmada"]), "\t",
              P(g.nick), "\t", pick(["", "falta certificado pensión", "pide cita presencial", "vende el piso en 2026",
                                   "llamar por la tarde", "cambio de cuenta"]), "\n")
    d.add("\nNota: los requerimientos de la ", O("Agencia Tributaria"), " se suben a la carpeta compartida. Dudas a ",
          P(gests[0].full()), " (", E(staff_mail(gests[0], "brannockhale.es")), ").\n")
    return d


# --------------------------------------------------------------------------
# English documents of the funeral company (expat families)
# --------------------------------------------------------------------------
def en_repatriation():
    b = pick([x for x in ES_BRANCHES if x["code"] in ("MA", "SE", "GR")])
    dec = mkmix(EXPAT_MIX)
    kid = mkp(dec.origin if dec.origin in ("eng", "wal", "sco", "ie") else "eng", surnames=[dec.surnames[-1]])
    staff = mkp("and")
    ins = pick(["Staysure", "Harbourline Travel Insurance Ltd", "Aviva", "Saga Travel Insurance", "Post Office Travel Insurance"])
    town = pick(UK_TOWN_FOR_OFFICE["Manchester"] + UK_TOWN_FOR_OFFICE["Cardiff"])
    d = Doc("en")
    d.add("From: ", P(staff.full()), " <", E(staff_mail(staff, "albor.es")), ">\n",
          "To: ", P(kid.full()), " <", E(pmail(kid, "uk")), ">\n",
          "Subject: Repatriation of your ", gw(dec, "father", "mother"), " – our ref. ", C(ref_exp(b["code"])), "\n\n",
          "Dear ", *((gw(kid, "Mr ", "Ms "), P(kid.sur1())) if chance(0.35) else (P(kid.first),)), ",\n\n",
          "Please accept our sincere condolences. As agreed on the phone, ", O(ALBOR), " will repatriate ",
          P(dec.full()), " from the ", O(pick(b["hosp"])), " to the United Kingdom.\n\n",
          "To apply for the mortuary passport we need:\n",
          "  • a copy of ", gw(dec, "his", "her"), " UK passport (number ", N(passport_uk()), " according to the hospital file);\n",
          "  • ", gw(dec, "his", "her"), " NIE, which the town hall gave us as ", N(nie()), ";\n",
          "  • the name of the receiving funeral director in the UK. You mentioned ", O(pick(["Co-op Funeralcare", "Dignity Funerals", "A. W. Lymn", "Hollins & Daughter Funeral Directors", "J. Rhys Morgan & Sons"])),
          " in ", town, ".\n\n",
          "The death has been registered at the ", O("Registro Civil de " + b["city"]), " and the ", O("British Consulate Málaga"),
          " has been informed. Your ", gw(dec, "father's", "mother's"), " travel insurer, ", O(ins), ", has opened claim ", C("CLM-%07d" % R.randint(0, 9999999)),
          "; their handler, ", P(mkmix(UK_MIX).full()), ", will contact you directly on ", T(ph_uk_fix(town)), ".\n\n",
          "If you would rather speak in person, I am at the ", O(b["tan"]), " (", A(b["addr"]), ") every day from 9:00 to 21:00, or on my mobile ",
          T(ph_es_mob()), ".\n\nWith kind regards,\n", P(staff.full()), "\nInternational Services – ", O(pick(ALBOR_SHORT)), "\n",
          "Tel. ", T(b["phone"]), "\n\n",
          "-----Original Message-----\nFrom: ", P(kid.full()), "\nSent: ", d_en(rdate()), "\n",
          "Hi, this is ", P(kid.nick), ", ", P(dec.first + " " + dec.sur1()), "'s ", gw(kid, "son", "daughter"), ". ", gw(dec, "Dad", "Mum"), "'s partner ", P(mkmix(EXPAT_MIX, gw(dec, "f", "m")).first),
          " gave me your details. Our address in the UK is ", A(addr_uk(town)), ". Please call me any time on ", T(ph_uk_mob()), ".\n")
    return d


def en_condolence():
    b = pick([x for x in ES_BRANCHES if x["code"] in ("MA", "SE", "GR", "CO")])
    dec = mkmix(EXPAT_MIX)
    spouse = mkmix(EXPAT_MIX, "f" if dec.gender == "m" else "m")
    d = Doc("en")
    d.add("Online book of condolence – ", P(dec.full_mid()), "\n", O(pick(ALBOR_SHORT)), " – ", O(b["tan"]), "\n\n")
    ws = [mkmix(EXPAT_MIX) for _ in range(5)]
    d.add(P(ws[0].first + " " + sinit(ws[0]) + "."), " wrote:\n  So sorry to hear about ", P(dec.nick),
          ". We had so many laughs at the bowls club in ", pick(["Mijas", "Nerja", "Benalmádena", "Fuengirola"]),
          ". Thinking of you, ", P(spouse.first), ".\n\n")
    d.add(P(ws[1].full()), " & ", P(ws[2].first), " wrote:\n  Rest in peace, neighbour. ", P(dec.first),
          " fixed our pool pump more times than we can count. Love from ", A(addr_es_urb(pick(["Mijas", "Marbella"]))), ".\n\n")
    d.add("The staff of ", O(pick(["The Red Lion, Calahonda", "Lineker's Bar", "Sunset Beach Club", "The Irish Rover, Nerja"])),
          " wrote:\n  A true ", gw(dec, "gentleman", "lady"), " and a regular for twenty years. Drinks on ", gw(dec, "him", "her"), " on Friday x\n\n")
    d.add(P(ws[3].nick.lower()), " wrote:\n  thinking of u all, if u need a lift from the airport ring me ", T(ph_es_mob()), "\n\n")
    d.add(P(ws[4].sur1().upper() + ", " + ws[4].first), " wrote:\n  With deepest sympathy from all at ",
          O(pick(["Costa del Sol Hospice", "Cudeca", "Age Care Association Fuengirola", "Royal British Legion Nerja branch"])), ".\n\n")
    d.add("Messages are moderated by ", P(mkp("and").first), " and passed on to the family. Enquiries: ", E("condolences@albor.es"), " · ", T(b["phone"]), "\n")
    return d


def en_insurer_claim():
    b = pick([x for x in ES_BRANCHES if x["code"] in ("MA", "SE", "GR", "AV", "OV")])
    handler = mkmix(UK_MIX)
    dec = mkmix(EXPAT_MIX)
    nok = mkmix(EXPAT_MIX)
    ins = pick(["Harbourline Travel Insurance Ltd", "Staysure", "Aviva", "Saga Travel Insurance"])
    staff = mkp(b["origin"])
    d = Doc("en")
    ib, bank = iban_es()
    d.add("From: ", P(handler.full()), " <", E(staff_mail(handler, _lp(ins.split(" ")[0]) + ".co.uk")), ">\n",
          "To: ", E("decesos@albor.es"), "\nCc: ", E(pmail(nok, "uk")), "\n",
          "Subject: Claim ", C("TRV/%d/%06d" % (R.randint(2025, 2026), R.randint(0, 999999))), " – deceased ", P(dec.full().upper()), "\n\n",
          "Dear ", P(staff.first), ",\n\n",
          "Thank you for your e-mail and the pro-forma invoice. I can confirm that ", O(ins), " accepts liability for the repatriation of our policyholder ",
          P(dec.first + " " + dec.sur1()), " (policy ", C("HTI-%08d" % R.randint(0, 99999999)), ", date of birth on file, NHS number ", N(nhs()), ").\n\n",
          "Please invoice us directly rather than the family. Payment will be made to the account on your letterhead, ", I(ib), " (", O(bank),
          "), within 10 working days.\n\n",
          "The next of kin is ", P(nok.full()), ", who lives at ", A(addr_uk()), " and can be reached on ", T(ph_uk_mob()), ". ",
          gw(nok, "He", "She"), " has asked that the personal effects be sent with the coffin rather than by courier.\n\n",
          "Our medical assistance partner, ", O(pick(["Healix International", "Northcott Global Solutions", "Blue Ribbon Assistance"])),
          ", will send the embalming certificate once the ", O(pick(b["hosp"])), " releases it.\n\n",
          "Kind regards,\n", P(handler.full()), "\nSenior Claims Handler, Travel Assistance\n", T(ph_uk_fix("Manchester")), "\n")
    return d


# --------------------------------------------------------------------------
# English documents of the accountancy practice
# --------------------------------------------------------------------------
def office(country=None):
    if country == "uk":
        city = pick(["Manchester", "Manchester", "Cardiff", "Edinburgh"])
    elif country == "ie":
        city = pick(["Dublin", "Cork"])
    else:
        city = pick(["Manchester", "Manchester", "Cardiff", "Edinburgh", "Dublin", "Cork"])
    return city, BH_OFFICES[city]


def local_town(city):
    if city in UK_TOWN_FOR_OFFICE:
        return pick(UK_TOWN_FOR_OFFICE[city])
    return city


def local_addr(city, multiline=False):
    if city in ("Dublin", "Cork"):
        return addr_ie(city, multiline)
    return addr_uk(local_town(city), multiline)


def local_phone(city, mobile=True):
    if city in ("Dublin", "Cork"):
        return ph_ie(city, mobile)
    return ph_uk_mob() if mobile else ph_uk_fix(local_town(city))


def local_mail(p, city):
    return pmail(p, "ie" if city in ("Dublin", "Cork") else "uk")


def bh_mail(p, off):
    return staff_mail(p, off["dom"])


TRADE_NOUN = {"plumber": "Plumbing & Heating", "electrician": "Electrical", "hairdresser": "Hair",
              "photographer": "Photography", "joiner": "Joinery", "dog groomer": "Dog Grooming",
              "personal trainer": "Fitness", "graphic designer": "Design",
              "painter and decorator": "Decorating", "mobile mechanic": "Mobile Mechanics",
              "cleaner": "Cleaning Services", "wedding florist": "Wedding Flowers", "tutor": "Tuition",
              "tattoo artist": "Tattoo", "driving instructor": "School of Motoring"}


def trading_name(p, trade):
    t = TRADE_NOUN[trade]
    forms = [p.first + " " + p.sur1() + " " + t, p.sur1() + " & Sons " + t,
             p.nick + "'s " + t, p.sur1() + " " + t + " Ltd"]
    return pick(forms)


def en_sa_email():
    city, off = office("uk")
    cli = mkmix(OFFICE_MIX[city])
    acct = mkmix(UK_MIX)
    amail = bh_mail(acct, off)
    cmail = local_mail(cli, city)
    ref = ref_client_bh(off["code"])
    trade = pick(SOLE_TRADES)
    d = Doc("en")
    d.add("From: ", P(cli.full()), " <", E(cmail), ">\n",
          "Sent: ", *wd_en(rdate(m_lo=10, m_hi=11)), " ", hm(), "\n",
          "To: ", P(acct.full()), " <", E(amail), ">\n",
          "Subject: RE: 2025/26 Self Assessment – missing information [", C(ref), "]\n\n",
          "Hi ", P(acct.nick), ",\n\n",
          "Sorry for the delay, it's been manic. My UTR is ", N(utr()), " and my NI number is ", N(nino()),
          " – I think you had an old one with a typo on file.\n\n",
          "The flat at ", A(addr_uk(local_town(city))), " was let all year through ", O(pick(LETTING_AGENTS[city])),
          ". They take 12% and send a statement every month, I've attached the lot. Mortgage is with ", O(pick(LENDERS_UK)),
          ", interest was about ", money_en(2000, 6000), ".\n\n",
          "Day job is still at ", O(pick(UK_EMPLOYERS)), " (P60 attached). I also did a bit of ", trade, " work on the side as \"",
          O(trading_name(cli, trade)), "\" – roughly ", money_en(1500, 9000), " in total.\n\n",
          "Ta,\n", P(cli.nick), "\n", T(ph_uk_mob()), "\n\n",
          "-----Original Message-----\nFrom: ", P(acct.full()), " <", E(amail), ">\n",
          "Sent: ", d_en(rdate(m_lo=9, m_hi=10)), "\nTo: ", P(cli.full()), "\n",
          "Subject: 2025/26 Self Assessment – missing information [", C(ref), "]\n\n",
          "Dear ", P(cli.first), ",\n\n",
          "To finish your return before the 31 January deadline we still need your UTR, your National Insurance number and the rental statements. "
          "You can upload them to the client portal or reply to this e-mail.\n\n",
          "Kind regards,\n", P(acct.full()), " ", pick(["FCCA", "ACA", "CTA", "ATT"]), "\n",
          "Tax Senior | ", O(pick(BH_VARIANTS)), " | ", A(off["addr"]), "\n",
          "T ", T(off["phone"]), " | ", E(amail), "\n")
    return d


def en_vat_forward():
    city, off = office("uk")
    partner = mkmix(UK_MIX)
    junior = mkmix(UK_MIX)
    cli = mkmix(OFFICE_MIX[city])
    bk = mkmix(UK_MIX)
    trade = pick(SOLE_TRADES)
    tn = trading_name(cli, trade)
    d = Doc("en")
    d.add("---------- Forwarded message ---------\n",
          "From: ", P(partner.full()), " <", E(bh_mail(partner, off)), ">\n",
          "Date: ", *wd_en(rdate(), short=True), " at ", hm(), "\n",
          "Subject: Fwd: VAT Q3 – ", O(tn), "\n",
          "To: ", P(junior.full()), " <", E(bh_mail(junior, off)), ">\n\n",
          P(junior.nick), " – can you pick this up? Client is on MTD, quarter to 30 September. Our ref ", C(ref_client_bh(off["code"])), ".\n",
          P(partner.nick), "\n\n",
          "---------- Forwarded message ---------\n",
          "From: ", P(cli.full()), " <", E(local_mail(cli, city)), ">\n",
          "To: ", P(partner.full()), "\n\n",
          "Hi ", P(partner.first), ",\n\n",
          "Bit of a mess I'm afraid. My bookkeeper ", P(bk.full()), " has packed it in and I've no idea what's been sent to ", O("HMRC"),
          ". They've written about a late return (copy attached). Most of the purchases are from ", O(pick(["Screwfix", "Toolstation", "Travis Perkins", "Booker Wholesale"])),
          " and ", O(pick(["Wickes", "B&Q", "Makro", "City Electrical Factors"])), ", all on the business card ending ", digits(4), ".\n\n",
          "Also I've moved – letters to ", A(local_addr(city)), " from now on. New mobile is ", T(ph_uk_mob()), ".\n\n",
          "Cheers,\n", P(cli.nick), "\n", O(tn), "\n")
    return d


def en_payroll_csv():
    city, off = office("uk")
    emp_owner = mkmix(OFFICE_MIX[city])
    employer = pick({"Manchester": ["The Little Bakehouse Didsbury", "Chorlton Green Café", "Northern Soul Tattoo Studio"],
                     "Cardiff": ["Bryn's Barbers", "Pontcanna Physio Ltd", "Roath Park Dental Lab Ltd"],
                     "Edinburgh": ["Leith Walk Noodle Bar Ltd", "Stockbridge Florists", "Morningside Pet Grooming"]}[city])
    d = Doc("en")
    d.add("# payroll export – ", O(employer), " – month 6 2026/27 – prepared by ", O(BH), " (", C(ref_client_bh(off["code"])), ")\n",
          "surname,forename,ni_number,tax_code,gross_pay,net_pay,email\n")
    for _ in range(R.randint(4, 5)):
        e = mkmix(OFFICE_MIX[city])
        gross = R.randint(60000, 320000)
        d.add(P(e.sur()), ",", P(e.first), ",", N(nino()), ",", pick(["1257L", "S1257L", "C1257L", "BR", "1257L M1", "0T", "K475"]), ",",
              "%.2f" % (gross / 100.0), ",", "%.2f" % (gross * R.randint(70, 86) / 10000.0), ",", E(local_mail(e, city)), "\n")
    d.add("# pension: ", O("NEST"), " – director ", P(emp_owner.full()), " excluded (own scheme)\n",
          "# queries to ", E("payroll@brannockhale.co.uk"), " or ", P(mkmix(UK_MIX).first), " on ", T(off["phone"]), "\n")
    return d


def en_rental_tsv():
    city, off = office()
    ll = mkmix(OFFICE_MIX[city])
    ie = city in ("Dublin", "Cork")
    d = Doc("en")
    d.add("Landlord: ", P(ll.full()), "\tClient ref: ", C(ref_client_bh(off["code"])), "\tTax year: ", "2025" if ie else "2025/26", "\n",
          "Property\tTenant(s)\tAgent\tRent pcm\tLender\tNotes\n")
    for _ in range(R.randint(3, 4)):
        t1 = mkmix(OFFICE_MIX[city])
        two = chance(0.4)
        t2 = mkmix(OFFICE_MIX[city])
        d.add(A(local_addr(city)), "\t", P(t1.full()))
        if two:
            d.add(" & ", P(t2.first if chance(0.5) else t2.full()))
        d.add("\t")
        if chance(0.7):
            d.add(O(pick(LETTING_AGENTS[city])))
        else:
            d.add("self-managed")
        d.add("\t", money_en(650, 1900, "€" if ie else "£"), "\t", O(pick(LENDERS_IE if ie else LENDERS_UK)), "\t",
              pick(["void Jan–Feb", "new boiler " + ("€" if ie else "£") + "2,300 – capital?", "deposit in dispute", "rent review due",
                    "RTB reg. pending" if ie else "EPC C", ""]))
        d.add("\n")
    d.add("\nPrepared by ", P(mkmix(IE_MIX if ie else UK_MIX).full()), ", ", O(BH_IE if ie else BH), " – ", d_en(rdate()), "\n")
    return d


def en_wa_client():
    city, off = office()
    cli = mkmix(OFFICE_MIX[city])
    acct = mkmix(IE_MIX if city in ("Dublin", "Cork") else UK_MIX)
    d = Doc("en")
    ds = d_num(rdate(), yy=True)
    ie = city in ("Dublin", "Cork")
    rows = [
        ("A", ["Hi ", P(cli.first), ", it's ", P(acct.nick), " from ", O(pick(BH_VARIANTS)), ". Have you got your mileage log for the year?"]),
        ("C", ["hiya, yes somewhere! will dig it out tonight"]),
        ("C", ["<Media omitted>"]),
        ("C", ["thats the van ones. the car is in ", P(mkmix(OFFICE_MIX[city]).first), "'s name so not sure if it counts"]),
        ("A", ["It can, if it's used for the business. What's your ", "PPSN" if ie else "NI number", " again? The one on file bounced"]),
        ("C", [N(ppsn() if ie else nino())]),
        ("A", ["Thanks. Also ", "the " if ie else "", O("Revenue Commissioners" if ie else "HMRC"), " wrote to you at the old address, ", A(local_addr(city)), " – has that been updated?"]),
        ("C", ["not yet 🙄 new one is ", A(local_addr(city))]),
        ("A", ["I'll do the change of address for you. Invoice ", C(ref_inv_bh()), " is still open btw, bank details on it"]),
        ("C", ["paid it this morning from my ", O(pick([b[1] for b in (IE_BANKS if ie else GB_BANKS)])), " account 👍"]),
    ]
    mm, hh = R.randint(0, 30), R.randint(9, 17)
    rows = thin(rows)
    for who, msg in rows:
        mm += R.randint(1, 15)
        if mm >= 60:
            mm -= 60
            hh += 1
        d.add("%s, %02d:%02d - " % (ds, hh, mm))
        if who == "A":
            d.add(P(acct.first + " " + acct.sur1()), ": ")
        else:
            d.add(P(cli.nick if chance(0.5) else cli.first + " " + cli.sur1()), ": ")
        d.add(*msg)
        d.add("\n")
    return d


def en_ios_staff():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    mix = IE_MIX if ie else UK_MIX
    s = [mkmix(mix) for _ in range(3)]
    c1, c2 = mkmix(OFFICE_MIX[city]), mkmix(OFFICE_MIX[city])
    d = Doc("en")
    ds = d_num(rdate(), yy=True)
    rows = [
        (0, ["Anyone seen the file for ", P(c1.full()), "? ", C(ref_client_bh(off["code"])), " – the ", "Form 11" if ie else "SA100", " is due"]),
        (1, ["On my desk. Waiting on bank statements from ", O(pick([b[1] for b in (IE_BANKS if ie else GB_BANKS)])), " still"]),
        (2, ["FYI ", P(c2.sur1()), " rang again about the VAT refund, says ", gw(c2, "he", "she"), "'ll come in tomorrow"]),
        (0, ["Can you call ", gw(c2, "him", "her"), " back on ", T(local_phone(city)), "? I'm with ", P(mkmix(OFFICE_MIX[city]).first), " all afternoon"]),
        (1, ["Will do. Also the new starter's ", "PPSN" if ie else "NI number", " is ", N(ppsn() if ie else nino()), ", payroll needs it by Friday"]),
        (2, ["👍 and ", P(s[0].first), " – the partners' lunch is at ", O(pick(["Hawksmoor", "The Ivy", "Dishoom", "Chapter One", "Cafe Paradiso", "Purple Poppadom"])), " not the usual place"]),
    ]
    mm, hh = R.randint(0, 30), R.randint(9, 15)
    rows = thin(rows)
    for who, msg in rows:
        mm += R.randint(1, 9)
        if mm >= 60:
            mm -= 60
            hh += 1
        d.add("[%s, %02d:%02d:%02d] " % (ds, hh, mm, R.randrange(60)), P(s[who].first + " " + s[who].sur1()), ": ")
        d.add(*msg)
        d.add("\n")
    return d


def en_crm():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    cli = mkmix(OFFICE_MIX[city])
    sp = mkmix(OFFICE_MIX[city], "f" if cli.gender == "m" else "m")
    st1, st2 = mkmix(IE_MIX if ie else UK_MIX), mkmix(IE_MIX if ie else UK_MIX)
    d = Doc("en", tf=low_noacc)
    dt = rdate()
    d.add("client notes – ", C(ref_client_bh(off["code"])), " – ", P(cli.inverted()), "\n\n")
    tt = sorted(hm() for _ in range(2))
    d.add("%02d/%02d %s " % (dt.day, dt.month, tt[0]), P(st1.nick), ": rang client re ", "form 11" if ie else "sa return",
          ". spoke to ", gw(cli, "mr ", "mrs "), P(cli.sur1()), ", says ", gw(cli, "wife ", "husband "), P(sp.first), " handles the paperwork, ",
          "ok to speak to ", gw(sp, "him", "her"), " (auth on file?? check). ", "ppsn " if ie else "ni no ", N(ppsn() if ie else nino()), ", ",
          "" if ie else "utr ", N(utr()) if not ie else None, "\n")
    d.add("%02d/%02d %s " % (dt.day, dt.month, tt[1]), P(st1.nick), ": pls chase p60 from ", O(pick(IE_EMPLOYERS if ie else UK_EMPLOYERS)),
          " – they moved payroll provider, contact is ", P(mkmix(UK_MIX).first), " on ", T(local_phone(city, mobile=False)), "\n")
    d.add("%02d/%02d %s " % (plus(dt, 2).day, plus(dt, 2).month, hm()), P(st2.nick), ": client emailed from ", E(local_mail(cli, city)),
          " (new addr, update crm!!) - sent docs for the rental at ", A(local_addr(city)), "\n")
    d.add("%02d/%02d %s " % (plus(dt, 3).day, plus(dt, 3).month, hm()), P(st2.nick), ": ",
          "rtb registration confirmed " if ie else "dd mandate set up ", C("RTB%07d" % R.randint(0, 9999999)) if ie else None,
          "" if ie else "for fees, bank ", I(iban_gb(spaced=False)[0]) if not ie else None, ". next step: draft to ", P(st1.first), " for review\n")
    return d


def en_voicemail():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    v1, v2, v3 = mkmix(OFFICE_MIX[city]), mkmix(OFFICE_MIX[city]), mkmix(OFFICE_MIX[city])
    d = Doc("en")
    d.add("Voicemail transcripts – ", O(BH_IE if ie else BH), ", ", city, " office – ", d_en(rdate()), "\n\n")
    d.add("1) ", hm(), " from ", T(local_phone(city)), "\n",
          "\"Hiya, it's ", P(v1.full()), ", um, I'm a client of ", P(mkmix(IE_MIX if ie else UK_MIX).first), "'s. I've had a letter from ",
          "the " if ie else "", O("Revenue Commissioners" if ie else "HMRC"), " with a penalty on it, reference ", C(pick(["SA", "PAYE", "CT"]) + "-" + digits(6)),
          ", and I don't know if it's legit. Can someone ring me back? Thanks, bye.\"\n\n")
    d.add("2) ", hm(), " from ", T(local_phone(city, mobile=False)), "\n",
          "\"Good morning, this is ", P(v2.first), " from ", O(pick(LETTING_AGENTS[city])), " calling on behalf of our landlord ", P(v3.full()),
          ", regarding the annual statements for the properties on ", {"Manchester": "Wilmslow Road", "Cardiff": "Cathedral Road", "Edinburgh": "Leith Walk", "Cork": "Douglas Road", "Dublin": "South Circular Road"}[city],
          ". You can e-mail me on ", E(staff_mail(v2, _lp(pick(LETTING_AGENTS[city]).split(" ")[0]) + pick([".co.uk", ".ie", ".com"]))), ". Cheers.\"\n\n")
    d.add("3) ", hm(), " – number withheld\n",
          "\"Yeah, hi, ", P(v3.nick), " here, ", gw(v3, "Mr ", "Mrs "), P(v3.sur1()), "... the bank want a letter from my accountant for the mortgage, ",
          "my account number with you is ", C(ref_client_bh(off["code"])), ". You can get me on ", T(local_phone(city)), " after five.\"\n")
    return d


def en_minutes():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    mix = IE_MIX if ie else UK_MIX
    st = [mkmix(mix) for _ in range(6)]
    es_st = mkp("es")
    c1 = mkmix(OFFICE_MIX[city])
    d = Doc("en")
    d.add("MINUTES – Partners' meeting, ", O(BH), "\n", d_en(rdate()), ", ", city, " office and Teams\n\n",
          "Present: ", P(st[0].full()), " (chair), ", P(st[1].full()), ", ", P(st[2].initials()), ", ", P(es_st.full()), " (", O(BH_ES), ", by video)\n",
          "Apologies: ", P(st[3].full()), ", ", P(st[4].nick + " " + st[4].sur1()), "\n",
          "Minutes: ", P(st[5].first), "\n\n",
          "1. Office move. The Cardiff team relocates to ", A(addr_uk("Cardiff")), " on 1 March; phones stay the same.\n",
          "2. Fee disputes. ", P(c1.full()), " (", C(ref_client_bh(off["code"])), ") disputes invoice ", C(ref_inv_bh()), ". ", P(st[1].first),
          " to offer a 20% reduction if paid by month end.\n",
          "3. Spain. ", P(es_st.first), " reports 140 modelo 100 returns in Málaga and Alicante; two requerimientos from the ", O("Agencia Tributaria"),
          " still open. Referrals from ", O(pick(["Costa Blanca Homes S.L.", "Sol Properties Marbella", "British Legion Torrevieja"])), " continue.\n",
          "4. Ireland. ", O("Revenue Commissioners"), " ROS outage delayed Form 11 filings; ", P(st[2].sur1()), " to write to affected clients.\n",
          "5. AOB. Christmas party at ", O(pick(["Albert's Schloss", "The Principal Manchester", "Hotel du Vin Cardiff", "The Dome Edinburgh"])), ".\n\n",
          "Next meeting: ", d_en(rdate(m_lo=11, m_hi=12)), "\n")
    return d


def en_engagement():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    cli = mkmix(OFFICE_MIX[city])
    partner = mkmix(IE_MIX if ie else UK_MIX)
    ttl = gw(cli, "Mr ", pick(["Mrs ", "Ms ", "Miss "]))
    d = Doc("en")
    d.add(O(BH_IE if ie else BH), "\n", A(off["addr"]), "\n", T(off["phone"]), "\n\n",
          "Private & Confidential\n", ttl, P(cli.full_mid()), "\n",
          A(local_addr(city, multiline=True)), "\n\n",
          d_en(rdate()), "\n\nOur ref: ", C(ref_client_bh(off["code"])), "\n\n",
          "Dear ", ttl, P(cli.sur1()), ",\n\n",
          "Letter of engagement – ", "income tax return (Form 11) and rental accounts" if ie else "self assessment and property income", "\n\n",
          "Thank you for appointing us. This letter sets out the basis on which we will act for you. We will prepare your ",
          "Form 11 for filing with the " if ie else "tax return for submission to ", O("Revenue Commissioners" if ie else "HMRC"), " and compute the tax due on the rental income from ",
          A(local_addr(city)), ".\n\n",
          "We have recorded your ", "PPSN as " if ie else "National Insurance number as ", N(ppsn() if ie else nino()),
          "" if ie else " and your UTR as ", N(utr()) if not ie else None, ". Please tell us promptly if any of these details change.\n\n",
          "Our fees will be collected by direct debit from the account you gave us (", I(iban_ie()[0] if ie else iban_gb()[0]), ").\n\n",
          "Your day-to-day contact will be ", P(mkmix(IE_MIX if ie else UK_MIX).full()), ", who can be reached on ", T(off["phone"]), ".\n\n",
          "Yours sincerely,\n\n", P(partner.full()), "\nPartner\n")
    return d


def en_ie_form11():
    city, off = office("ie")
    cli = mkmix(IE_MIX)
    staff = mkmix(IE_MIX)
    iban, bank = iban_ie()
    d = Doc("en")
    d.add("From: ", P(staff.full()), " <", E(bh_mail(staff, off)), ">\nTo: ", E(local_mail(cli, city)), "\n",
          "Subject: Form 11 2025 – nearly there (", C(ref_client_bh(off["code"])), ")\n\n",
          "Hi ", P(cli.first), ",\n\n",
          "Good news, the return is drafted. Before I file it on ROS I need you to confirm a few things:\n\n",
          "1. Your PPSN – we have ", N(ppsn()), ". The one on the letter from the ", O("Revenue Commissioners"), " looked different, so double-check.\n",
          "2. The rental at ", A(addr_ie(city)), " – is it still registered with the ", O("Residential Tenancies Board"), " under ",
          C("RT%08d" % R.randint(0, 99999999)), "? Without a current registration the mortgage interest relief is lost.\n",
          "3. Refunds: ", O("Revenue"), " will pay any refund into ", I(iban), " (", O(bank), "). Is that still right?\n",
          "4. Your tenant, ", P(mkmix(IE_MIX).full()), ", said on the phone the boiler was replaced – do you have the invoice from ",
          O(pick(["Flogas", "Bord Gáis Energy", "Murphy Heating Services", "O'Driscoll Plumbing Ltd"])), "?\n\n",
          "If it's easier, ring me on ", T(off["phone"]), " or my mobile ", T(ph_ie(city, True)), ".\n\n",
          "Go raibh maith agat,\n", P(staff.first), "\n", O(BH_IE), " | ", A(off["addr"]), "\n")
    return d


def en_invoice():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    cli = mkmix(OFFICE_MIX[city])
    d = Doc("en")
    ib, bank = (iban_ie() if ie else iban_gb())
    d.add(O(BH_IE if ie else BH), " · ", A(off["addr"]), " · ", T(off["phone"]), "\n\n",
          "INVOICE ", C(ref_inv_bh()), "\nDate: ", d_en(rdate()), "\nClient ref: ", C(ref_client_bh(off["code"])), "\n\n",
          "To: ", P(cli.full()), "\n", A(local_addr(city)), "\n\n")
    items = (["Form 11 and rental accounts 2025", "Preliminary tax computation", "VAT returns (bi-monthly)",
              "Payroll bureau – 12 months", "Correspondence with the tax office", "Bookkeeping catch-up"] if ie else
             ["Preparation of self assessment return 2025/26", "Property income schedule (2 properties)",
              "VAT returns Q1–Q4", "Payroll bureau – 12 months", "Correspondence with the tax office",
              "Capital gains computation", "Bookkeeping catch-up"])
    for it in sample(items, 3):
        d.add("%-52s %s\n" % (it, money_en(90, 1200, "€" if ie else "£")))
    d.add("VAT @ ", "23%" if ie else "20%", "\t", money_en(40, 400, "€" if ie else "£"), "\n",
          "TOTAL DUE\t", money_en(300, 2500, "€" if ie else "£"), "\n\n",
          "Please pay within 14 days to ", O(bank), ", IBAN ", I(ib), ", quoting the invoice number.\n",
          "Queries: ", P(mkmix(IE_MIX if ie else UK_MIX).full()), ", ", E("accounts@" + off["dom"]), "\n")
    return d


def en_complaint():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    cli = mkmix(OFFICE_MIX[city])
    staff = mkmix(IE_MIX if ie else UK_MIX)
    d = Doc("en")
    d.add("CLIENT COMPLAINT FORM – ", O(BH_IE if ie else BH), "\n\n",
          "Name: ", P(cli.full()), "\nClient reference (if known): ", C(ref_client_bh(off["code"])), "\n",
          "Address: ", A(local_addr(city)), "\nDaytime phone: ", T(local_phone(city)), "\nE-mail: ", E(local_mail(cli, city)), "\n\n",
          "What went wrong?\n",
          "My return was filed late and I got a ", "€" if ie else "£", "100 penalty from ", O("Revenue" + (" Commissioners" if ie else "") if ie else "HMRC"), ". I sent everything to ",
          P(staff.first), " in ", pick(EN_MONTHS[8:11]), " and was told it was \"all sorted\". When I rang on ", d_en(rdate()), " ", P(mkmix(UK_MIX).first),
          " on reception said ", P(staff.sur1()), " had left the firm. Nobody told me. I also want to know why my ", "PPSN" if ie else "NI number",
          " (", N(ppsn() if ie else nino()), ") was on a letter sent to someone else's address.\n\n",
          "What would you like us to do?\nPay the penalty and apologise.\n\n",
          "Signed: ", P(cli.initials()), "     Date: ", d_num(rdate()), "\n\n",
          "FOR OFFICE USE – logged by ", P(mkmix(UK_MIX).full()), ", ticket ", C(ref_ticket()), "\n")
    return d


def en_reviews():
    city, off = office()
    d = Doc("en")
    d.add("Reviews – ", O(pick(BH_VARIANTS)), " (", city, ")\n\n")
    for k in range(5):
        p = mkmix(OFFICE_MIX[city])
        st = pick(["★★★★★", "★★★★★", "★★★★☆", "★★☆☆☆", "★☆☆☆☆"])
        staff = mkmix(IE_MIX if city in ("Dublin", "Cork") else UK_MIX)
        if k == 0:
            d.add(st, " ", P(p.first + " " + sinit(p) + "."), "\n\"", P(staff.first), " sorted out three years of self assessment in a fortnight. Recommended to anyone with a rental.\"\n\n")
        elif k == 1:
            d.add(st, " ", P(p.nick), " from ", pick(["Stockport", "Penarth", "Leith", "Ballincollig", "Salford", "Swords", "Preston", "Chester", "Bury"]),
                  "\n\"Friendly but slow. Took three e-mails to get a reply from ", P(staff.full()), ".\"\n\n")
        elif k == 2:
            d.add(st, " ", P(p.full().upper()), "\n\"Moved to Spain last year and the Málaga office handled my NIE paperwork and the modelo 100. ", P(mkp("es").first), " was brilliant.\"\n\n")
        elif k == 3:
            d.add(st, " ", P(_lp(p.first) + _lp(p.sur1()) + str(R.randint(1, 99))), "\n\"Charged me for a letter to ", O("HMRC"), " I never asked for.\"\n\n")
        else:
            d.add(st, " ", P(p.initials()), "\n\"Great with payroll for our café. Shout out to ", P(staff.nick), " and ", P(mkmix(UK_MIX).nick), ".\"\n\n")
    d.add("Response from the owner: thank you all – if you had a problem please e-mail ", E("feedback@" + off["dom"]), " and quote your client number.\n")
    return d


def en_new_client_caps():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    cli = mkmix(OFFICE_MIX[city])
    d = Doc("en", tf=upper)
    d.add("NEW CLIENT REGISTRATION – ", O(BH_IE if ie else BH), "\n\n",
          "SURNAME: ", P(cli.sur()), "\nFORENAME(S): ", P(cli.given + ((" " + cli.middle) if cli.middle else "")), "\n",
          "HOME ADDRESS: ", A(local_addr(city)), "\n", "MOBILE: ", T(local_phone(city)), "\n")
    d.raw("EMAIL: ", E(local_mail(cli, city)), "\n")
    if ie:
        d.add("PPS NUMBER: ", N(ppsn()), "\nPASSPORT NO: ", N(passport_ie()), "\n")
    else:
        d.add("NATIONAL INSURANCE NO: ", N(nino()), "\nUTR (IF REGISTERED): ", N(utr()), "\n")
        if chance(0.4):
            d.add("NHS NUMBER (FOR CARER'S ALLOWANCE CLAIM): ", N(nhs()), "\n")
    d.add("OCCUPATION: SELF-EMPLOYED ", pick(SOLE_TRADES), "\n",
          "EMPLOYER / MAIN CUSTOMER: ", O(pick(IE_EMPLOYERS if ie else UK_EMPLOYERS)), "\n",
          "HOW DID YOU HEAR ABOUT US: REFERRED BY ", P(mkmix(OFFICE_MIX[city]).full()), "\n",
          "BANK FOR DIRECT DEBIT: ", I(iban_ie()[0] if ie else iban_gb()[0]), "\n\n",
          "OFFICE USE: CLIENT NO ", C(ref_client_bh(off["code"])), " – ID CHECKED BY ", P(mkmix(IE_MIX if ie else UK_MIX).initials()), "\n")
    return d


def en_expat_spain():
    city, off = es_off()
    cli = mkmix(EXPAT_MIX)
    staff = mkp("es")
    uk_acct = mkmix(UK_MIX)
    d = Doc("en")
    ib, bank = iban_es()
    d.add("From: ", P(staff.full()), " <", E(staff_mail(staff, "brannockhale.es")), ">\n",
          "To: ", P(cli.full()), " <", E(pmail(cli, "uk")), ">\nCc: ", P(uk_acct.full()), " <", E(bh_mail(uk_acct, BH_OFFICES["Manchester"])), ">\n",
          "Subject: Your first Spanish tax return (modelo 100) – ref. ", C("BHA-%s-%04d" % (off["code"], R.randint(1, 9999))), "\n\n",
          "Dear ", P(cli.first), ",\n\n",
          "Welcome to our ", city, " office. As you became tax resident in Spain in 2025, your worldwide income is declared here on the modelo 100, "
          "and ", P(uk_acct.first), " in Manchester will file a final UK return to ", O("HMRC"), " with the split-year claim.\n\n",
          "What we hold for you:\n",
          "  NIE: ", N(nie()), "\n  UK National Insurance number: ", N(nino()), "\n",
          "  Address in Spain: ", A(expat_addr(city)), "\n",
          "  Refunds/payments account: ", I(ib), " (", O(bank), ")\n\n",
          "Your UK state pension is taxed in Spain; your ", O(pick(["Aviva", "Legal & General", "Royal London", "Scottish Widows"])),
          " private pension also. We'll need the annual statements. If you still rent out the house at ", A(addr_uk()), ", that income "
          "is declared in both countries with a credit here.\n\n",
          "Please also bring the padrón certificate from the ", O("Ayuntamiento de " + pick(EXPAT_TOWNS[city])), ".\n\n",
          "Best wishes,\n", P(staff.full()), "\n", O(BH_ES), "\n", A(off["addr"]), " · ", T(off["phone"]), "\n")
    return d


def en_sms():
    city, off = office()
    ie = city in ("Dublin", "Cork")
    d = Doc("en")
    d.add("SMS log – appointment reminders – ", O(BH_IE if ie else BH), " ", city, "\n", "date;to_name;to_number;message\n")
    for k in range(R.randint(4, 5)):
        p = mkmix(OFFICE_MIX[city])
        st = mkmix(IE_MIX if ie else UK_MIX)
        d.add(d_num(rdate()), ";", P(p.full()), ";", T(local_phone(city)), ";")
        if k % 3 == 0:
            d.add("Hi ", P(p.first), ", reminder: your appointment with ", P(st.first), " is tomorrow at ", hm(), " at ", A(off["addr"]), ".")
        elif k % 3 == 1:
            d.add(O("Brannock Hale"), ": your ", "Form 11" if ie else "tax return", " (ref ", C(ref_client_bh(off["code"])), ") is ready to sign in the portal.")
        else:
            d.add("Reminder: invoice ", C(ref_inv_bh()), " is overdue. Call ", T(off["phone"]), " if you have any questions.")
        d.add("\n")
    return d


def en_ie_starter():
    city, off = office("ie")
    emp = mkmix(IE_MIX)
    owner = mkmix(IE_MIX)
    employer = pick(["Tadhg Cronin Carpentry", "The Pantry Rathmines", "Lee Side Motors Ltd", "Siobhán Walsh Hair Studio",
                     "Clonakilty Craft Bakery", "Docklands Dental Care"])
    iban, bank = iban_ie()
    d = Doc("en")
    d.add("NEW EMPLOYEE DETAILS – payroll bureau – ", O(BH_IE), "\n",
          "Employer: ", O(employer), " (owner: ", P(owner.full()), ")\nEmployer client ref: ", C(ref_client_bh(off["code"])), "\n\n",
          "Employee name: ", P(emp.full_mid()), "\nPPS number: ", N(ppsn()), "\n",
          "Address: ", A(addr_ie(city)), "\nMobile: ", T(ph_ie(city, True)), "\nE-mail: ", E(local_mail(emp, city)), "\n",
          "Start date: ", d_num(rdate()), "   Hours: ", pick(["39", "20", "30", "16"]), " per week\n",
          "Salary paid to: ", I(iban), " (", O(bank), ")\n",
          "Previous employer: ", O(pick(IE_EMPLOYERS)), " – leaving statement received: ", pick(["yes", "no"]), "\n\n",
          "Note: no RPN yet – employee to register the job on myAccount. Emergency tax until then.\n",
          "Entered by ", P(mkmix(IE_MIX).first), "; checked by ", P(mkmix(IE_MIX).initials()), "\n")
    return d


def en_hmrc_callnotes():
    city, off = office("uk")
    cli = mkmix(OFFICE_MIX[city])
    st = mkmix(UK_MIX)
    d = Doc("en")
    d.add("Call note – agent dedicated line – ", d_en(rdate()), " ", hm(), "\nCaller: ", P(st.full()), " (", O(BH), ")\n",
          "Client: ", P(cli.full()), " – ", C(ref_client_bh(off["code"])), "\n",
          "Identifiers given: NINO ", N(nino()), ", UTR ", N(utr()), ", address on file ", A(local_addr(city)), "\n\n",
          "Spoke to an adviser at ", O("HMRC"), " (first name only – ", P(pick(EN_M + EN_F)), "). Confirmed the 2024/25 return was received on paper; the online version "
          "we filed was rejected because ", gw(cli, "his", "her"), " previous agent, ", O(pick(["TaxAssist Accountants", "Jackson & Co Accountants", "Parkside Bookkeeping Ltd"])),
          ", still holds the 64-8. Penalty appeal to be sent in writing. Adviser suggested the client also calls from ", gw(cli, "his", "her"), " own number (",
          T(ph_uk_mob()), ") to confirm.\n\n",
          "Action: ", P(st.nick), " to send appeal; ", P(mkmix(UK_MIX).first), " to update the authorisation. Client informed by e-mail (",
          E(local_mail(cli, city)), ").\n")
    return d


# --------------------------------------------------------------------------
# assembly, checks, output
# --------------------------------------------------------------------------
ES_TEMPLATES = [es_email_arreglos, es_esquela, es_siniestro, es_contrato_parcela, es_condolencias,
                es_pedido, es_wa_familia, es_wa_ios_staff, es_crm, es_csv, es_buzon, es_sms, es_acta,
                es_traslado_mx, es_orden_latam, es_reclamacion, es_factura, es_relacion_inhum,
                es_ase_email, es_ase_ficha, es_ase_whatsapp, es_ase_tsv]
EN_TEMPLATES = [en_repatriation, en_condolence, en_insurer_claim, en_sa_email, en_vat_forward,
                en_payroll_csv, en_rental_tsv, en_wa_client, en_ios_staff, en_crm, en_voicemail,
                en_minutes, en_engagement, en_ie_form11, en_invoice, en_complaint, en_reviews,
                en_new_client_caps, en_expat_spain, en_sms, en_ie_starter, en_hmrc_callnotes]
PER_LANG = 60
MIN_LEN, MAX_LEN = 400, 2500


def schedule(templates):
    order = list(templates) * 2
    order += sample(templates, PER_LANG - len(order))
    R.shuffle(order)
    return order


def build(fn):
    for _ in range(8):
        d = fn()
        if MIN_LEN <= len(d.text()) <= MAX_LEN:
            return d
    return d


def make_docs():
    docs = []
    for lang, temps in (("en", EN_TEMPLATES), ("es", ES_TEMPLATES)):
        for i, fn in enumerate(schedule(temps)):
            d = build(fn)
            assert d.lang == lang, fn.__name__
            docs.append({"id": "d%s-%s-%03d" % (NN, lang, i), "text": d.text(), "lang": lang,
                         "spans": [{"start": a, "end": b, "label": l} for a, b, l in d.spans],
                         "_kind": fn.__name__})
    return docs


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _id_ok(kind, s):
    if kind == "DNI":
        return len(s) == 9 and s[:8].isdigit() and DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if kind == "NIE":
        return (len(s) == 9 and s[0] in "XYZ" and s[1:8].isdigit() and
                DNI_LETTERS[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8])
    if kind == "NUSS":
        return len(s) == 12 and s.isdigit() and int(s[:10]) % 97 == int(s[10:])
    if kind == "NHS":
        v = 11 - sum(int(c) * (10 - i) for i, c in enumerate(s[:9])) % 11
        return len(s) == 10 and (0 if v == 11 else v) == int(s[9])
    if kind == "PPSN":
        extra = PPS_ALPHA.index(s[8]) if len(s) == 9 else 0
        tot = sum((8 - i) * int(c) for i, c in enumerate(s[:7])) + 9 * extra
        return PPS_ALPHA[tot % 23] == s[7]
    if kind == "UTR":
        w = (6, 7, 8, 9, 10, 5, 4, 3, 2)
        return len(s) == 10 and "21987654321"[sum(int(c) * x for c, x in zip(s[1:], w)) % 11] == s[0]
    if kind == "CURP":
        tot = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(s[:17]))
        return len(s) == 18 and str((10 - tot % 10) % 10) == s[17]
    if kind == "RFC":
        tot = sum(RFC_ALPHA.index(c) * (13 - i) for i, c in enumerate(s[:12]))
        return len(s) == 13 and RFC_ALPHA[(11 - tot) % 11] == s[12]
    if kind == "CUIL":
        w = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        return len(s) == 11 and (11 - sum(int(c) * x for c, x in zip(s[:10], w)) % 11) % 11 == int(s[10])
    if kind == "NINO":
        return (len(s) == 9 and s[0] in NINO_A and s[1] in NINO_B and s[2:8].isdigit() and s[8] in "ABCD"
                and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))
    return kind in ("DNI_AR", "DNI_PE", "PASS_UK", "PASS_ES", "PASS_IE", "PASS_MX")


def self_check(docs):
    import re
    email_re = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")
    iban_re = re.compile(r"\b(ES|GB|IE)\d{2}[ A-Z0-9]{10,}")
    assert len(docs) == 2 * PER_LANG
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    per = {}
    for doc in docs:
        t = doc["text"]
        prev = 0
        covered = []
        for sp in doc["spans"]:
            a, b, l = sp["start"], sp["end"], sp["label"]
            assert l in LABELS, l
            assert 0 <= prev <= a < b <= len(t), (doc["id"], sp)
            seg = t[a:b]
            assert seg == seg.strip() and seg, (doc["id"], seg)
            prev = b
            covered.append((a, b, l))
            if l == "IBAN":
                assert _iban_ok(seg), (doc["id"], seg)
            if l == "NATIONAL_ID":
                k = ID_KIND.get(norm_id(seg))
                assert k is not None, (doc["id"], seg)
                assert _id_ok(k, norm_id(seg)), (doc["id"], k, seg)
            if l == "EMAIL":
                assert "@" in seg, seg
            per.setdefault((doc["lang"], l), 0)
            per[(doc["lang"], l)] += 1
        for m in email_re.finditer(t):
            assert any(a <= m.start() and m.end() <= b and l == "EMAIL" for a, b, l in covered), (doc["id"], m.group())
        for m in iban_re.finditer(t):
            assert any(a <= m.start() < b and l == "IBAN" for a, b, l in covered), (doc["id"], m.group())
    n_en = sum(1 for d in docs if d["lang"] == "en")
    n_es = sum(1 for d in docs if d["lang"] == "es")
    assert n_en == PER_LANG and n_es == PER_LANG
    tot_sp = sum(len(d["spans"]) for d in docs)
    lens = [len(d["text"]) for d in docs]
    print("docs: en=%d es=%d  spans=%d  avg spans/doc=%.1f  chars min/avg/max=%d/%d/%d" % (
        n_en, n_es, tot_sp, tot_sp / len(docs), min(lens), sum(lens) // len(lens), max(lens)))
    print("%-12s %6s %6s %6s" % ("label", "en", "es", "total"))
    for l in LABELS:
        e, s = per.get(("en", l), 0), per.get(("es", l), 0)
        print("%-12s %6d %6d %6d" % (l, e, s, e + s))
    e = sum(v for (lg, _), v in per.items() if lg == "en")
    s = sum(v for (lg, _), v in per.items() if lg == "es")
    print("%-12s %6d %6d %6d" % ("all", e, s, e + s))
    assert 12 <= tot_sp / len(docs) <= 20, tot_sp / len(docs)
    giv = uniq(ES_M + ES_F + ES_M_COMP + ES_F_COMP + AST_M + AST_F + AND_M + AND_F + MX_M + MX_F + AR_M + AR_F +
               PE_M + PE_F + EN_M + EN_F + IE_M + IE_F + WAL_M + WAL_F + SCO_M + SCO_F + SA_M + SA_F + PL_M +
               PL_F + RO_M + RO_F + NG_M + NG_F + CN_M + CN_F + MA_M + MA_F + UA_M + UA_F + SN_M + SN_F +
               SO_M + SO_F + FIL_M + FIL_F + LAT_M + LAT_F)
    sur = uniq(ES_SUR + AST_SUR + CYL_SUR + AND_SUR + GAL_EUS_SUR + MX_SUR + AR_SUR + PE_SUR + EN_SUR +
               EN_DOUBLE + IE_SUR + IE_SUR_F_GA + WAL_SUR + SCO_SUR + SA_SUR + PL_SUR + RO_SUR + NG_SUR +
               CN_SUR + MA_SUR + UA_SUR + SN_SUR + SO_SUR + FIL_SUR + LAT_SUR)
    print("name pools: %d distinct given names, %d distinct surnames" % (len(giv), len(sur)))
    assert len(giv) >= 600 and len(sur) >= 600
    return True


def generate():
    """The rows of pii_dev15.jsonl, as written (the tests compare them with the committed file)."""
    R.setstate(_START)  # the generator as it stood when the module was loaded: the same rows on every call
    return [{"id": d["id"], "text": d["text"], "lang": d["lang"], "spans": d["spans"]} for d in make_docs()]


def main(argv):
    out = argv[1] if len(argv) > 1 else DEFAULT_OUT
    docs = make_docs()
    self_check(docs)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            rec = {"id": d["id"], "text": d["text"], "lang": d["lang"], "spans": d["spans"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out)


_START = R.getstate()  # after the module-level draws (the name pools), before any document

if __name__ == "__main__":
    main(sys.argv)
