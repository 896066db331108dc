"""Personal data as the exports of clinics, letting agencies, staffing agencies and shops write it (round 4 of
issue 17): Latin-American IDs, phones and references in their local shapes, names in forms, notes, tables and
chats, companies by what is done with them – and the ordinary words, brands and places beside them that stay."""

import re

import pytest

from ftwork.configs import AnonymizeConfig
from ftwork.pii.checksums import cpf_valid, cuit_valid, rut_valid
from ftwork.pii.recognizers.ibans import find_ibans
from ftwork.pii.recognizers.national_ids import find_national_ids
from ftwork.pii.recognizers.orgs import branch_end, find_orgs, org_short_forms
from ftwork.pii.recognizers.documents import same_doc_names, table_names
from ftwork.pii.recognizers.lexicon import misspelt
from ftwork.pii.recognizers.persons import brand_context, find_persons, listed_with
from ftwork.pii.recognizers.phones import find_phones
from ftwork.pii.recognizers.references import find_references


@pytest.fixture(scope="module")
def anon():
    from ftwork.pii.engine import Anonymizer

    return Anonymizer(AnonymizeConfig(progress=False))


def found(finder, text, lang="en"):
    return [text[s:e] for s, e, *_ in finder(text, lang)]


def people(text, lang="en"):
    return set(found(find_persons, text, lang))


def test_latin_american_ids_with_their_check_digits():
    assert rut_valid("12.345.678-5") and rut_valid("11.111.111-1") and not rut_valid("12.345.678-9")
    assert cuit_valid("20-12345678-6") and not cuit_valid("20-12345678-5")
    assert cpf_valid("123.456.789-09") and not cpf_valid("123.456.789-00") and not cpf_valid("111.111.111-11")
    assert found(find_national_ids, "RUT 12.345.678-5 y 12.345.678-9") == ["12.345.678-5"]
    assert found(find_national_ids, "CURP GOMR850312HDFRRN09, RFC GOMR850312AB1") == ["GOMR850312HDFRRN09", "GOMR850312AB1"]
    # after the word that names the document: cédula, DNI (with the country), passport; not an order number
    assert found(find_national_ids, "DOCUMENTO: C.C. 1.010.196.213 (COLOMBIA)") == ["1.010.196.213"]
    assert found(find_national_ids, "C.C. 1 047 480 612 - +57 300") == ["1 047 480 612"]
    assert found(find_national_ids, "con DNI peruano 43862661, trabajó") == ["43862661"]
    assert found(find_national_ids, "Passport no. 123456789; pasaporte PAB123456") == ["123456789", "PAB123456"]
    assert found(find_national_ids, "Pedido 12345678 y cc: Ana") == []
    # the British NI number and an IBAN typed in lower case, after their names
    assert found(find_national_ids, "NI no given as zb187563b - check") == ["zb187563b"]
    assert found(find_ibans, "iban gb36hbuk69979276028918 - sent") == ["gb36hbuk69979276028918"]


@pytest.mark.parametrize("text,number", [
    ("his mobile is (+34) 621 585 812.", "(+34) 621 585 812"),
    ("T: 0141 961 3483 x59 | M", "0141 961 3483 x59"),
    ("01274 388226 ext. 263 · help@", "01274 388226 ext. 263"),
    ("Tel. 55 8058 9144\n", "55 8058 9144"),  # Mexico City
    ("mi celular es 15-4810-9027.", "15-4810-9027"),  # Buenos Aires
    ("– (011) 15 2951-0290\n", "(011) 15 2951-0290"),
    ("implante 46,+52 1 55 4065 3398,EXP-1", "+52 1 55 4065 3398"),  # a CSV cell after a digit
    ("filling 14,07847 972091,CHB-6", "07847 972091"),
])
def test_phones_as_latin_america_and_exports_write_them(text, number):
    assert found(find_phones, text) == [number]


def test_decimals_are_not_phones():
    assert found(find_phones, "total 1,234.56 EUR, price 12,50 and 1.250,00") == []


def test_references_in_brackets_after_hash_and_in_code_shapes():
    refs = lambda t: found(find_references, t)  # noqa: E731
    assert refs("Ewan's account (ACC-19F3870) has been flagged") == ["ACC-19F3870"]
    assert refs("The account's PEN/4868/K. Call me") == ["PEN/4868/K"]
    assert refs("ACCOUNT NO (OFFICE USE): BW42-08495") == ["BW42-08495"]
    assert refs("| Order #82267 | Recipient") == ["#82267"]
    assert refs("Refund for OL1163367 now; rma raised R542141B") == ["OL1163367", "R542141B"]
    assert refs("My employee number is 78433 and") == ["78433"]
    assert set(refs("T-5331-A,173 Wilmslow Road; Ms E. Demir (LL-0839); Nº historia: EXP-MER-5524")) == {
        "EXP-MER-5524", "T-5331-A", "LL-0839"}
    # years, standards and hashtags are not references
    assert refs("FY-2024, ISO-9001, COVID-19, #2025 and #hashtag") == []


def test_given_names_that_are_words_before_a_surname():
    assert "June Trelawney" in people("Present: June Trelawney (Director of Studies), Mikołaj Kaźmierczak")
    assert "Will Akinola" in people("Will Akinola: Will will sit the C1 Advanced in June.")
    # a street, a date, a month: not people
    assert not people("We moved from 8b Holly Lane, Leeds in June 2025.")
    assert not people("Hope Street is closed until April.")


def test_the_parts_of_a_name_elsewhere_in_its_text():
    text = "Present: June Trelawney\n\nJune will speak to her. The fee for June 2025 is due in June."
    hits = [text[s:e] for s, e, *_ in same_doc_names(text, [(9, 23)])]
    assert hits == ["June"]  # the first "June" after the name; not "June 2025" nor "in June"
    text = "Gráinne Ní Bhriain is flying in. Quick one about the Ní Bhriain job."
    assert [text[s:e] for s, e, *_ in same_doc_names(text, [(0, 18)])] == ["Ní Bhriain"]


def test_forms_and_signature_lines():
    assert people("SURNAME(S): WALKER\nFIRST NAME(S): HELEN\nSIGNED: HELEN WALKER    DATE: 22/04/2025") >= {
        "WALKER", "HELEN", "HELEN WALKER"}
    assert "M. BRZĘCZYSZCZYKIEWICZ" in people("SIGNATURE: ________   NAME: M. BRZĘCZYSZCZYKIEWICZ   DATE: 23/07/2024")
    assert "L LEÓN" in people("LANDLORD / AGENT: HARCOURT HOMES – CONTACT: L LEÓN 07484 697 001")
    assert "N. JALIL" in people("_____________  N. JALIL (LOCADOR)\n", "es")
    assert "PEREYRA VERA, MARÍA EUGENIA" in people("APELLIDO Y NOMBRES: PEREYRA VERA, MARÍA EUGENIA\nDNI: 1", "es")
    assert "MORALES" in people("SEGUNDO APELLIDO: MORALES\nFECHA NAC.: 10/10/2002", "es")
    # a town after a signature is where it was signed; a role in brackets is not a name; "TBC" is nobody
    assert "Sevilla" not in people("Firmado: Ana Ruiz, Sevilla", "es")
    assert people("Teacher: TBC\nDriver: none yet\nFile name: Q3 Budget") == set()


def test_lower_case_notes_end_the_name_at_its_first_ordinary_word():
    assert people("07:28 rang: tristan haversham acct hd-839-472 wants storage") == {"tristan haversham"}
    assert people("preguntar por iker no por wiesława", "es") == {"iker", "wiesława"}
    assert "oisín ó briain" in people("says his son oisín ó briain will drop spare keys")
    assert "xóchitl" in people("dice q su vecina xóchitl tiene las llaves", "es")
    assert "caballero" in people("13/12 12:31 [breogán] llama el sr caballero x su cita", "es")
    assert "valeria" in people("booked w valeria after")
    assert people("not sure, call back later; his son will call; for sale for now with wifi") == set()
    assert "caller said" not in " ".join(people("Voicemail – caller said her name was Emeka Rahman"))


def test_note_authors_reviews_mentions_and_chatbots():
    assert "brenda" in people("21/11 11:08 brenda - hope to finish the bridge")
    assert "caoimhe" in people("Notes:\n- caoimhe 15/06: cust rang re order")
    assert "magdalena" in people("Lovely.\n- magdalena, 03/03/2026\n")
    assert "Murat" in people("17/05/2025, 19:13 - Olivia: @Murat can u move ur bike")
    assert "khalid el khattabi" in people("What's your name?\nYou: khalid el khattabi\nBot: Nice to meet you!")
    assert "ARNAU CASALS I SABATÉ" in people("Para: ARNAU CASALS I SABATÉ <arnaucas28@outlook.es>", "es")
    # role labels of a chat are not people
    assert people("[10:03] Agent: Hi, thanks for waiting.\n[10:04] Visitor: hi\nCALLER: Yeah.") == set()


def test_titles_with_initials_and_lower_case_particles():
    assert "O. Hall" in people("On behalf of landlord: Mr O. Hall")
    assert "I Whitfield" in people("Landlord: Mr I Whitfield (KV/L941)")
    assert "de la Garza" in people("Really professional team. Dr. de la Garza explained everything.")
    assert "El Idrissi" in people("Dear Mr El Idrissi, your physio session")
    assert "Lê Đức Dũng" in people("[17/05/2025, 08:01:49] Lê Đức Dũng: Hi, is this the clinic?")


def test_table_columns_of_people_companies_and_ids():
    text = ("Order\tDate\tCustomer\tPostcode\tCourier\n#73992\t20/09/2026\tKieran Hargreaves\tLS19 5UU\tRoyal Mail\n"
            "#87780\t14/01/2026\tDeepika Sharma\tM27 4WE\tParcelforce\n")
    assert [(text[s:e], label) for s, e, label, _ in table_names(text, [])] == [
        ("Kieran Hargreaves", "PERSON"), ("Deepika Sharma", "PERSON"), ("Royal Mail", "ORG"), ("Parcelforce", "ORG")]
    text = 'ref,tenants,landlord\nT-1,"Ní Dhónaill, Gráinne Róisín","Pappas, V."\nT-2,Burak Kaya,Ana Ruiz\n'
    assert {text[s:e] for s, e, *_ in table_names(text, [])} == {"Ní Dhónaill, Gráinne Róisín", "Pappas, V.",
                                                                 "Burak Kaya", "Ana Ruiz"}
    text = "Nombre\tC.C.\tTalla\nYenny Paola Londoño Usuga\t1 078 205 319\tM\nFranyer Parra Rondón\t1 066 814 633\tL\n"
    assert ("1 078 205 319", "NATIONAL_ID") in [(text[s:e], label) for s, e, label, _ in table_names(text, [])]
    # a column two found people stand in takes its other names; the header and ordinary cells stay
    text = "Room 1\tMon\tAna Ruiz\nRoom 2\tTue\tLuis Gil\nRoom 3\tWed\tSegun Adekunle\nRoom 4\tThu\tConversation Club\n"
    names = {text[s:e] for s, e, *_ in table_names(text, [(14, 22), (37, 45)])}
    assert "Segun Adekunle" in names and "Conversation Club" not in names


def test_brands_before_product_nouns_are_not_people(anon):
    assert brand_context("1 x Bosch washing machine", 4, 9) and brand_context("cafetera Nespresso, Billy", 9, 18)
    assert brand_context("Dyson V11 vacuum", 0, 5) and not brand_context("Bianca Ionescu   06/01/2025", 7, 14)
    assert not brand_context("la bici de Ana", 11, 14) and not brand_context("Tell Sam the machine", 5, 8)
    assert not brand_context("Lotte van der Berg", 0, 5)
    out = anon.anonymize(["LOUNGE: 1 x Smeg fridge, Vespa scooter (needs ramp)", "Mrs Smeg called about the van."],
                         ["en", "en"]).texts
    assert "Smeg fridge" in out[0] and "Vespa scooter" in out[0] and "Smeg" not in out[1], out


def test_companies_by_what_is_done_with_them():
    orgs = lambda t: found(find_orgs, t)  # noqa: E731
    assert orgs("ok with 6-2 shifts at Calderbank. may need") == ["Calderbank"]
    assert orgs("spoke to Matthew @ Calderbank re start") == ["Calderbank"]
    assert orgs("was sent with Royal Mail, tracking RN1") == ["Royal Mail"]
    assert orgs("Bank: Santander\n") == ["Santander"]
    assert orgs("INSURANCE: AETNA INTERNATIONAL    POLICY No: S9") == ["AETNA INTERNATIONAL"]
    assert orgs("Shortlist export - Tidewater Seafoods (Grimsby) Ltd - Operative") == ["Tidewater Seafoods (Grimsby) Ltd"]
    assert orgs("I worked at Home yesterday; she works at Madrid now; worked with Ana Ruiz; on the M62") == []
    assert org_short_forms("Kensal English School Ltd") == ["Kensal English School", "Kensal English", "Kensal"]
    assert org_short_forms("Clínica Mirasol S.L.") == ["Clínica Mirasol", "Mirasol"]
    assert "Harris" not in org_short_forms("Harris Removals Ltd")  # a surname alone is no company's name
    text = "Mirasol Dental Mérida, Calle 60; Mirasol Juan Ruiz"
    assert text[:branch_end(text, 7)] == "Mirasol Dental Mérida" and branch_end(text, 40) == 40


def test_names_in_brackets_capitals_after_titles_and_spanish_call_logs():
    assert "Nguyễn Minh Hùng" in people("10:15 → 0044 7518 343076 (Nguyễn Minh Hùng)\nHi Hùng")
    assert "GRACE WOOD" in people("HOW DID YOU HEAR ABOUT US: FRIEND (GRACE WOOD)\nMEDICAL")
    assert people("(COLOMBIA), (Director of Studies), (Google), (Porter), (needs ramp), (Samsung TV)") == set()
    assert "PANAGIOTIS CHRISTODOULOU" in people("GP / DENTIST AT HOME: DR PANAGIOTIS CHRISTODOULOU, HIGH STREET DENTAL")
    assert "MANUEL FREIRE MUÑOZ" in people("PERSONA DE CONTACTO: MANUEL FREIRE MUÑOZ – 0034 735578336", "es")
    assert {"V. Colombo", "X. Leung"} <= people("Se cierra la sesión a las 21:10. Firman: V. Colombo, X. Leung.", "es")
    assert "FEDERICA LO BIANCO" in people("Cliente: FEDERICA LO BIANCO\nNIE: X", "es")
    assert "sandra" in people("09/03 - llamé a sandra, no contesta.", "es")
    assert "Wayra Illanes" in people("Mi encargada Wayra Illanes firmó el parte de horas", "es")
    assert people("llamé a la tienda y a casa; my manager said I need to call") == set()


def test_product_names_and_verbs_that_look_like_names(anon):
    assert people("I'm OlivoBot. Exported from HubSpot by the team.") == set()
    assert "McEvoy" in people("Aoife McEvoy called twice.")
    out = anon.anonymize(["Hope Adeyemi called.", "Hi Lauren, I've got your order up. Hope you're OK."], ["en", "en"]).texts
    assert "Hope you're OK" in out[1] and "Hope" not in out[0], out


def test_star_rated_reviewers_and_customers_written_surname_first():
    assert "Dafydd" in people("★★★★☆ Dafydd (Google) – Good value. Would use again.")
    assert "Higinio B." in people("★★☆☆☆ Higinio B. – En secretaría perdieron mi matrícula.", "es")
    assert "Pietrzak, Sławomir" in people("STORAGE AGREEMENT – SUMMARY SHEET\nCustomer: Pietrzak, Sławomir\nCustomer no.: A1")
    assert "Maite" in people("1. Arrears. Maite reported that the tenant paid.")
    assert people("★★★★★ Great service – Good value.") == set()


def test_more_reference_shapes_and_possible_phones_after_a_dash():
    refs = lambda t: set(found(find_references, t))  # noqa: E731
    assert refs("check-up,+34628486593,HC 019873,") == {"HC 019873"}
    assert refs("Obs.\nC-05465\tConde 308; Ñancul – UF15-0201; Guédez (CV26/6336)") == {"C-05465", "UF15-0201",
                                                                                        "CV26/6336"}
    assert refs("141.09\nRMA 90-4341-Q,x") == {"RMA 90-4341-Q"} and refs("seguimiento UA783230973ES.") == {
        "UA783230973ES"}
    assert refs("Póliza: 8782 0699 8634   Titular") == {"8782 0699 8634"}
    assert refs("CP 28001 Madrid, Room 12345, ISO 9001; Mi código es 8841 2299 3075 0012 4") == set()
    assert found(find_national_ids, "Passport: CZKW2HNK8\nAddress") == ["CZKW2HNK8"]
    # a number the metadata does not cover, where a dash of a call log says it is a phone; not after "order"
    kept = lambda t: [t[s:e] for s, e, _, score in find_phones(t) if score >= 0.5]  # the analyzer's threshold  # noqa: E731
    assert kept("16/05/2024 11:15 – 1196096750\n") == ["1196096750"] and kept("order 1196096750 placed") == []


def test_companies_in_colombian_payroll_fields_and_spanish_contexts():
    orgs = lambda t: found(find_orgs, t, "es")  # noqa: E731
    assert orgs("EPS: SANITAS FONDO PENSIONES: PROTECCIÓN\n") == ["SANITAS", "PROTECCIÓN"]
    assert orgs("estoy en misión en Textiles Guatapé. Llamo por las vacaciones") == ["Textiles Guatapé"]
    assert orgs("el último en Lidl, donde mi jefa era Sra. Rubio") == ["Lidl"]
    assert orgs("Jefa de almacén - Flores de la Sabana S.A.S.\n") == ["Flores de la Sabana S.A.S."]


def test_utilities_and_deposit_schemes_by_what_they_supply():
    orgs = lambda t: found(find_orgs, t, "es")  # noqa: E731
    assert orgs("servicios de luz (Edenor), gas (Metrogas), agua (AySA) y expensas") == ["Edenor", "Metrogas", "AySA"]
    assert orgs("we will raise a dispute with the Deposit Protection Service.") == ["Deposit Protection Service"]
    assert orgs("the gas (see below) and water (ok)") == []


def test_given_name_before_a_surname_initial_is_a_person_and_the_engine_keeps_no_state():
    found = {text: [text[s:e] for s, e, *_ in find_persons(text, lang)] for text, lang in [
        ("EU settled status,Offer,Grace N.\n", "en"),
        ("Rechazado por destinatario. Firma Adrián C. | Repartidor: Cristina", "es")]}
    assert "Grace N." in found["EU settled status,Offer,Grace N.\n"]
    assert "Adrián C." in found["Rechazado por destinatario. Firma Adrián C. | Repartidor: Cristina"]
    # ordinary words before a capital letter and a dot stay: no given name, or after a determiner
    for text in ("Take vitamin C. daily and see Plan B. for the rest.", "We chose the Grace N. model."):
        assert not [text[s:e] for s, e, *_ in find_persons(text, "en") if "Grace" in text[s:e] or "Plan" in text[s:e]]
    # brands found in one call do not leak into the next: the engine keeps no per-call state
    from ftwork.pii.engine import Anonymizer
    an = Anonymizer(AnonymizeConfig(progress=False))
    letter = "Kind regards,\nZorvat Okafor"
    assert an.anonymize([letter], ["en"]).texts[0].endswith("<PERSON_1>")
    with_brand = an.anonymize([letter, "Order: 1 x Zorvat kettle"], ["en", "en"]).texts[0]
    assert "Zorvat" in with_brand  # "Zorvat" names a product in this call, so only the surname goes
    assert an.anonymize([letter], ["en"]).texts[0].endswith("<PERSON_1>")  # and not in the next call


def test_a_form_value_in_capitals_is_taken_whole_and_placeholders_are_not():
    # "AMA" is a Spanish word and "JUNG" a German one: in capitals after a person label, the value is one name
    for text, name in [("FULL NAME: AMA AGYEMAN\n", "AMA AGYEMAN"), ("GARANTE: SOO-JIN JUNG\n", "SOO-JIN JUNG"),
                       ("GARANTE: CHEUNG LI NA\n", "CHEUNG LI NA"), ("SIGNED: KANG SEO-YEON\n", "KANG SEO-YEON")]:
        assert [text[a:b] for a, b, *_ in find_persons(text)] == [name], text
    for text in ["NAME: N/A\n", "SIGNED: YES\n", "NOMBRE: PENDIENTE\n"]:
        assert find_persons(text) == [], text


def test_a_dated_notes_author_in_any_case_is_a_person_when_the_lists_know_the_given_name():
    text = "15/12 12:35 ROMINA: cliente pide reembolso\n16/12 09:10 romina - vuelve a llamar\n"
    assert {text[a:b] for a, b, *_ in find_persons(text)} == {"ROMINA", "romina"}  # rules may overlap
    for text in ["15/12 12:35 NOTA: pendiente\n", "15/12 12:35 cliente - llama\n"]:
        assert find_persons(text) == [], text


def test_surname_first_cells_win_over_ner_spans_that_cross_a_cell(anon):
    rows = ['LV-1,"Al-Mansouri, Youssef; Adjei, Adebayo","Herrera Cabrera, Hugo",£700.00\n'
            'LV-2,"Victoria Llewellyn-Edwards","Kamiński, Grzegorz",£550.00\nLV-3,"Arslan, Çağla","Stan, I.",£550.00\n',
            "28.649.249\tcaución Sancor Seguros\tKasabian, Emanuel\t$ 690.000\t25/10/2026\n",
            "Rechazado por destinatario. Firma Marco Antonio Q. | Ruta 24\n",
            'From: "Hargreaves, May" <payroll@harbourline.co.uk>\n* Benítez, Gonzalo (HL-CAND-18940): DNI argentino\n']
    res = anon.anonymize(rows, ["en", "es", "es", "en"])
    spans = {rows[i][f.start:f.end] for i, fs in enumerate(res.findings) for f in fs}
    for name in ["Adjei, Adebayo", "Herrera Cabrera, Hugo", "Kamiński, Grzegorz", "Stan, I.", "Kasabian, Emanuel",
                 "Marco Antonio Q.", "Hargreaves, May", "Benítez, Gonzalo", "Victoria Llewellyn-Edwards"]:
        assert name in spans, (name, spans)
    # no span runs over a quote, a tab or a semicolon between cells
    assert not [s for s in spans if re.search(r"[\t\";]", s)], spans
    assert "Sancor Seguros\t" not in spans and "Seguros\tKasabian" not in spans
    # cells that are not people stay: a total and a label before an initial
    assert find_persons('"Total, Amount","Yes, I."\n') == []


def test_company_brands_banks_insurers_and_agents_by_where_they_stand(anon):
    # the one rare word of a company's name is its brand, and its branches follow it
    assert org_short_forms("Grupo Clínico Mirasol S.L.")[-1] == "Mirasol"
    assert "Lamarca & Ríos" in org_short_forms("Inmobiliaria Lamarca & Ríos S.A.")
    assert "Transportes García" in org_short_forms("Transportes García Hermanos S.L.")
    assert "García" not in org_short_forms("Transportes García Hermanos S.L.")  # a surname is no brand
    rows = ["Factura de Grupo Clínico Mirasol S.L.", "Telegram · Mirasol Marbella\n\nMirasol Marbella, [03.06.25 09:21]\nHola"]
    res = anon.anonymize(rows, ["es", "es"])
    assert "Mirasol" not in res.texts[1], res.texts[1]
    for text, org in [("Please return the balance to my account: HSBC UK, IBAN GB68 HBUK 7663 3156 8770 11", "HSBC UK"),
                      ("Forma de pago: transferencia a Abanca ES42 2080 5647 9294 3746 8010", "Abanca"),
                      ("Keep this invoice for your insurer (Asisa).", "Asisa"),
                      ("gas and electricity (currently E.ON Next), water", "E.ON Next"),
                      ("se transfiere a la cuenta del LOCADOR en Brubank.\n", "Brubank"),
                      ("CURRENT LANDLORD / AGENT: HARCOURT HOMES – CONTACT: L LEÓN", "HARCOURT HOMES"),
                      ("DENTIST: DR GEORGIOS OIKONOMOU, HIGH STREET DENTAL\n", "HIGH STREET DENTAL"),
                      ("KEYFIX GLAZING LTD\nUnit 26", "KEYFIX GLAZING LTD"),
                      ("Aseguradora: AXA Seguros   Póliza: 9735832-77", "AXA Seguros")]:
        assert org in found(find_orgs, text), (text, found(find_orgs, text))
    # labels, holders and headings stay: a holder's name before IBAN, a label, a chat agent, a heading in capitals
    for text in ["Titular: Ana Ruiz, IBAN ES42 2080 5647 9294", "PAYROLL BANK IBAN: GB48 MONZ 6911 6401 6225 64",
                 "Agent: Thank you. Can you confirm the postcode?", "MID-TERM PROPERTY INSPECTION REPORT\n",
                 "NATIONAL INSURANCE NO: QQ123456C", "INSURANCE: PRIVATE\n",
                 "El transportista de Construcciones Andina no encontró a nadie"]:
        assert not [o for o in found(find_orgs, text) if o != "Construcciones Andina"], (text, found(find_orgs, text))
    assert "Construcciones Andina" in found(find_orgs, "El transportista de Construcciones Andina no encontró a nadie")


def test_mexican_mobile_prefixes_combined_id_labels_and_short_codes_after_keywords():
    for text, number in [("TELÉFONO: 044 55 1501 8191   MÓVIL: (984) 851-7211", "044 55 1501 8191"),
                         ("0443357236383;Uc Tzab, Guadalupe;ENVIADO", "0443357236383"),
                         ("destinatario;nombre\n9840853948;Diego Hernández Ríos;ERROR", "9840853948")]:
        assert number in found(find_phones, text, "es"), (text, found(find_phones, text, "es"))
    assert all(score < 0.5 for *_, score in find_phones("total 0445513204123 eur", "es"))  # an amount's words
    assert found(find_national_ids, "PASSPORT NO / NATIONALITY: 310935655 / BRITISH") == ["310935655"]
    for text, code in [("y abierto la devolución RMA 19-5181-X. Como", "RMA 19-5181-X"),
                       ("mostrador: reclamo #3305 cerrado", "#3305"), ("Landlord: Mr I Whitfield (KV/L941)", "KV/L941"),
                       ("según nuestra ficha es 5994 9196 4070. Si", "5994 9196 4070")]:
        assert code in found(find_references, text, "es"), (text, found(find_references, text, "es"))
    # a year after "#", and paper sizes, stay
    assert found(find_references, "reclamo #2024 cerrado") == [] and found(find_references, "see A4/B123 paper") == []


def test_headerless_columns_of_listed_names_and_names_an_address_spells(anon):
    text = ("TH42E7555;CARBALLO VÁZQUEZ;IAGO;716 08 62 12;BAJA;LEÓN\nC-52.777;CHRAIBI;MERYEM;96 690 06 69;BAJA;LUGO\n"
            "CLI-095697;CARRASCO PLAZA;ANA BELÉN;651 093 207;MOROSO;LEGANÉS\nGL6190286;MUNTEANU;ILEANA;714122571;MOROSO;GETAFE\n")
    out = anon.anonymize([text], ["es"]).texts[0]
    for name in ["CARBALLO VÁZQUEZ", "IAGO", "CARRASCO PLAZA", "ANA BELÉN", "MUNTEANU", "ILEANA", "CHRAIBI"]:
        assert name not in out, (name, out)
    for town in ["LEÓN", "LUGO", "LEGANÉS", "GETAFE"]:  # a column of towns stays, and so do the status words
        assert town in out, (town, out)
    assert "BAJA" in out and "MOROSO" in out
    rows = ["PEN/8646/U;TANG;Eric;tange@icloud.com;07700 900 496;Donostia;",
            "OLC81946;GETHIN;Nell;nellgethin45@btinternet.com;07700 900 111;Leeds;"]
    assert "TANG" in people(rows[0]) and "GETHIN" in people(rows[1])
    assert "Info" not in people("Info;Desk;info@shop.example;0161 496 0000;")  # the whole address, an ordinary word


def test_chat_export_speakers_dated_authors_that_are_words_or_rare_and_names_after_verbs():
    text = "19/08/2026, 07:23 - Merve Kaya: 👍\n19/08/2026, 08:30 - April: is the minibus still on?\n"
    assert {"Merve Kaya", "April"} <= people(text)
    text = "20/03 10:22 asier - says rhys called\n18/12 09:23 may: RTW checked\n"
    assert {"asier", "may"} <= people(text)
    for text in ["15/12 12:35 NOTA: pendiente\n", "12/03 10:00 pago: hecho\n", "12/03 10:00 llamada - x\n",
                 "12/03 10:00 Monday: x\n", "12/03 10:00 rtw: ok\n", "In April 2025 we moved.\n"]:
        assert people(text) == set(), text
    assert "Owain Evans" in people("I'll send Owain Evans as a replacement from Monday.")
    # Spanish puts a product's noun before its brand: that still stays
    assert people("compré la cafetera Zentrix Ortega ayer", "es") == set()
    assert "Zentrix Ortega" in people("hablé con Zentrix Ortega ayer", "es")


def test_reviewers_before_stars_sign_off_given_names_and_a_name_said_again():
    assert "Osmar A." in people("Lamarca S.A.\nOsmar A. · ★★★★★ · hace un mes\nExcelente", "es")
    assert "Arantxa" in people("Vale, sin problema, os esperamos. Arantxa\n\n", "es")
    assert "Neus" in people("No worries, see you soon. Neus\n[17/05/2025, 17:15:10] Lê Đức Dũng: ok")
    for text in ["Nos vemos. Gracias\n\n", "Llegamos el lunes. Madrid\n\n", "Everything fine. Total\n"]:
        assert people(text, "es") == set(), text
    text = "Will Akinola: Will will sit the C1 Advanced.\nFrank Best: Frank is refreshingly frank.\n"
    assert {"Will Akinola", "Will", "Frank Best", "Frank"} <= people(text)
    assert people("Monday Morning: Monday is busy.\nNew York: New flights.\n") == set()
    assert {"dragoș", "tristan"} <= people("sofa\ndragoș to call back after 4\ntristan to call back after 4\n")


def test_signature_labels_for_a_company_and_lower_case_titles_with_a_dot():
    assert people("Expediente 2025/1092\nFirma del reclamante: A Vilariño\n", "es") == {"A Vilariño"}  # not the label
    assert "Seán Ó Briain" in people("policy NFI38115353\nSigned for Penhallow: Seán Ó Briain   04/05/2026\n")
    assert "Fernández" in people("¿Hay disponibilidad para Juan Carlos con dr. Fernández?\n", "es")
    assert "de la Fuente" in people("hablé con la sra. de la Fuente ayer", "es")


def test_a_given_name_joined_to_a_found_person_is_one_too_even_when_it_is_a_word():
    def listed(text, person, lang="en"):
        start = text.index(person)
        return [text[s:e] for s, e, *_ in listed_with(text, [(start, start + len(person))], lang)]

    assert listed("Shifts for tonight: Sunny and Craig on goods in.", "Craig") == ["Sunny"]
    assert listed("Five stars for Precious and Tomasz Nowak from the crew", "Tomasz Nowak") == ["Precious"]
    assert listed("Hoy atienden Lucía Pardo y Rosario en recepción", "Lucía Pardo", "es") == ["Rosario"]
    # a month, a word after a determiner, a town: not people, even beside one
    assert listed("Between April and Grace Owusu's visit", "Grace Owusu") == []
    assert listed("the Will and Testament of John Smith", "John Smith") == []
    assert listed("Oficinas en Sevilla y Ana Ruiz al teléfono", "Ana Ruiz", "es") == []


def test_a_rare_lower_case_word_after_a_weak_cue_is_a_name_unless_it_is_a_typo():
    assert found(find_persons, "booked emergency slot tmrw 9am w xiana\n") == ["xiana"]
    assert found(find_persons, "spoke to mrs oliinyk (guarantor for rajinder) re arrears") == ["oliinyk", "rajinder"]
    for text in ("12/08 - pay rate?? check w payrroll", "said parcel was deliveered for friday"):
        assert found(find_persons, text) == [], text
    assert misspelt("payrroll") and misspelt("recieved") and not misspelt("xiana") and not misspelt("okafor")


def test_a_verb_that_takes_a_person_before_a_given_name():
    # "pasarle a", "decirle a": Spanish puts "a" before a person; the name ends before an article and a non-name
    for text, name in [("15/12 18:53 mostrador: pasarle a nicolás la renovacion, vence en julio", "nicolás"),
                       ("02 09:06 mostrador: paasrle a arnaldo la renovacion", "arnaldo"),
                       ("Hay que decirle a Pilar que venga el lunes", "Pilar")]:
        assert found(find_persons, text, "es") == [name], text
    for text in ("avisarle a mañana sin falta", "mandarle a casa el paquete", "decirle a la tienda que no"):
        assert found(find_persons, text, "es") == [], text
    # a surname with its own article stays whole
    assert "aitana zubizarreta espinosa de los monteros" in found(
        find_persons, "cliente nuevo aitana zubizarreta espinosa de los monteros – tlf", "es")


def test_a_given_name_that_is_a_word_doing_what_people_do():
    for text, lang, name in [("1. Arrears. Precious reported that the rent at no. 4 was paid.", "en", "Precious"),
                             ("Sunny called twice about the rota", "en", "Sunny")]:
        assert found(find_persons, text, lang) == [name], text
    for text in ("The Will said nothing of the house", "Our Precious reported range is new"):
        assert found(find_persons, text) == [], text


def test_irish_pps_spanish_social_security_and_peruvian_ruc_numbers_by_their_check_characters():
    from ftwork.pii.checksums import nuss_valid, ppsn_valid, ruc_valid

    assert ppsn_valid("4359901E") and ppsn_valid("9917849QA") and not ppsn_valid("4359901F")
    assert nuss_valid("48 16298493 76") and nuss_valid("47/39764594/50") and not nuss_valid("453984238578")
    assert ruc_valid("10660437890") and not ruc_valid("10660437891")
    ids = lambda t, lang="es": found(find_national_ids, t, lang)  # noqa: E731
    assert ids("- Elaine Ball, PPSN 4359901E, starts 10/09/2026", "en") == ["4359901E"]
    assert ids("don't have your PPS no. – is it 2654132JW? just reply", "en") == ["2654132JW"]
    assert ids("Mi NUSS es 453984238579 y mi NIF 79804667A.") == ["79804667A", "453984238579"]
    assert ids("NIE Z-9352780-L / nº afiliación 46 79408131 91") == ["Z-9352780-L", "46 79408131 91"]
    assert ids("El RUC del Sr. Salazar es 10660437890, por si lo piden.") == ["10660437890"]
    assert ids("le paso foto. mi dni es 55350185") == ["55350185"]
    # the check fails, or twelve digits with no word naming them: not an ID
    for text in ("order 4359901F ok", "pedido 453984238579 enviado", "RUC 10660437891", "RUC 15660437890"):
        assert ids(text) == [], text


def test_values_glued_to_a_forms_blanks_are_found(anon):
    text = "Mobile: ____089 012 5481____\nEmail: ____gpietrzak@eircom.net____\nPet's name: ____PIP____"
    out = anon.anonymize([text], ["en"]).texts[0]
    assert "5481" not in out and "gpietrzak" not in out and "PIP" in out, out


def test_a_given_name_that_is_a_word_in_the_middle_of_a_lower_case_sentence():
    for text in ("client no. CRK3406   entered by Will", "the receptionist (Will) said he would ask",
                 "she gave them to Will? I'll check", "Printed 17:40 by Will"):
        assert found(find_persons, text) == ["Will"], text
    # a month, after a determiner or a preposition, a town reached, sentence-initial: not a person
    for text in ("the grace period ends in May and then", "we met at the Grace on friday", "vimos la Luz del día",
                 "the lorry should reach León the following Thursday", "it will be fine. Will you come?"):
        assert found(find_persons, text, "es" if "vimos" in text else "en") == [], text


def test_surnames_comma_given_names_in_capitals_anywhere_and_after_a_header():
    for text, name in [("- Bajo B – GIL SIERRA, JOSÉ LUIS (representado por su hijo)", "GIL SIERRA, JOSÉ LUIS"),
                       ("   Trabajador/a: RENTERÍA RESTREPO, ANA MILENA\n", "RENTERÍA RESTREPO, ANA MILENA"),
                       ("De: Navarro Ruiz de Velasco, José Manuel · cliente MAD013", "Navarro Ruiz de Velasco, José Manuel")]:
        assert name in found(find_persons, text, "es"), text
    for text in ("TOTAL, IVA INCLUIDO", "MADRID, ESPAÑA", "PRECIO, CANTIDAD"):
        assert found(find_persons, text, "es") == [], text


def test_a_header_written_as_field_names_names_its_columns():
    text = ("client_id,title,first_name,last_name,email,pet_name,species\n"
            "BRY8807,Mrs,Gurpreet,Reddy,greddy@live.co.uk,Biscuit,dog\n"
            "HV-26862,Mr,Cathal,Brennan,cathal74@gmail.com,Lola,cat\n")
    names = [text[s:e] for s, e, label, _ in table_names(text, []) if label == "PERSON"]
    assert {"Gurpreet", "Reddy", "Cathal", "Brennan"} <= set(names) and not {"Biscuit", "Lola"} & set(names)


def test_a_full_name_typed_in_lower_case_anywhere_in_a_note():
    for text, lang, name in [("- 08:05 salvador romero reyes quiere cita con el asesor", "es", "salvador romero reyes"),
                             ("- 11:12 no contesta gregorio crespo, dejo msj en el buzon", "es", "gregorio crespo"),
                             ("- jacky wong – direct claim declined, pre-existing", "en", "jacky wong")]:
        assert name in found(find_persons, text, lang), text
    # a given name that is a word needs two surnames; ordinary words and products stop the run
    for text in ("mario kart for the kids", "played jordan river songs", "the rose garden is open", "salvador dali"):
        assert found(find_persons, text) == [], text


def test_public_bodies_mutuas_banks_and_irish_and_peruvian_legal_forms():
    orgs = lambda t, lang="es": found(find_orgs, t, lang)  # noqa: E731
    assert orgs("Oficio del Juzgado de Primera Instancia e Instrucción nº 1 de Navalmoral de la Mata, procedimiento") == [
        "Juzgado de Primera Instancia e Instrucción nº 1 de Navalmoral de la Mata"]
    assert orgs("¿Hay que comunicarlo a Asepeyo o lo hacéis vosotros?") == ["Asepeyo"]
    assert orgs("- 09:25 llamada de la tgss (unidad de recaudacion)") == ["tgss"]
    assert orgs("11.076.058-2\tAFP Modelo\tFonasa\tAv. Arturo Prat 6580") == ["AFP Modelo", "Fonasa"]
    assert orgs("So Emerald Isle Assurance DAC have asked for the receipts", "en") == ["Emerald Isle Assurance DAC"]
    assert orgs("QUINN AUTOCARE UNLIMITED COMPANY – Body & Mechanical Repairs", "en") == ["QUINN AUTOCARE UNLIMITED COMPANY"]
    assert orgs("PLANILLA OCTUBRE 2026 – Textiles Chavín S.A.A.\n") == ["Textiles Chavín S.A.A."]
    # towns and words that a bank or an agency is also called stay
    for text, lang in [("Nos vemos en Sabadell el lunes", "es"), ("Santander is a city", "en"), ("Revenue grew", "en")]:
        assert orgs(text, lang) == [], text


def test_short_client_numbers_after_a_keyword_that_names_them():
    refs = lambda t: found(find_references, t, "es")  # noqa: E731
    for text, code in [("Cliente nº 4371 · Gestora: Mari Carmen", "4371"), ("Cód. cliente 1.890\n", "1.890"),
                       ("Raúl Santana Robles (cliente 8.927): subo el justificante", "8.927"),
                       ("para la boleta de honorarios nº 638.", "638"), ("procedimiento 2578/2025, contra", "2578/2025"),
                       ("EXPEDIENTE DE HERENCIA 2026/0788\n", "2026/0788"), ("Patient: Rosie – rec. 422819\n", "422819")]:
        assert refs(text) == [code], text
    # an amount, a year, hours, or a bare "Nº" of something that is not a client's
    for text in ("el cliente 2026 pidió", "factura nº 1.250 € pagada", "cliente 120 horas",
                 "titular del Registro Notarial Nº 590\n"):
        assert refs(text) == [], text


def test_a_pets_name_field_is_not_a_person_and_a_run_of_spaces_ends_a_field():
    for text in ("PET NAME: ALFIE    SPECIES: DOG    BREED: BORDER TERRIER", "Pet's name: ____PIP____  Species: dog"):
        assert found(find_persons, text) == [], text
    assert found(find_persons, "POLICYHOLDER NAME: IVY ROBERTS    TEL: 0871234567\n") == ["IVY ROBERTS"]


def test_a_headings_author_beside_its_date():
    for text, name in [("NOTAS LLAMADAS – luz marina – 3/11/26\n- 12:00 llama el cliente", "luz marina"),
                       ("insurance desk – 08/11/2026 – ayesha\n- rang the insurer", "ayesha")]:
        assert found(find_persons, text, "es" if "NOTAS" in text else "en") == [name], text
    for text in ("Informe mensual – 3/11/26", "Sales report – 08/11/2026 – final\n"):
        assert found(find_persons, text) == [], text


def test_invoice_and_owner_fields_and_a_rare_given_name_after_known_surnames():
    assert found(find_persons, "INVOICE No 4597/97\nBill to: ADRIAN MOLDOVAN\n5 Griffith Avenue") == ["ADRIAN MOLDOVAN"]
    assert found(find_persons, "- 1º B – DOVAL CASTRO, UXÍO (presente)", "es") == ["DOVAL CASTRO, UXÍO"]
    # a house number before a street that is a given name too
    assert found(find_persons, "Bill to: Gemma Morris\n64b Holly Bank, Leeds") == ["Gemma Morris"]


def test_maria_written_short_beneficiaries_and_named_drivers():
    for text, name in [("puede contactar con M.ª José Casado Montes en el teléfono", "M.ª José Casado Montes"),
                       ("gracias a M.ª José y a Quim por la paciencia.", "M.ª José"),
                       ("MEDIADOR: LAIA SABATÉ ROCA\nFIRMA", "LAIA SABATÉ ROCA")]:
        assert name in found(find_persons, text, "es"), text
    assert found(find_persons, "NAMED DRIVER: JUNE SELLERS (SPOUSE)\n") == ["JUNE SELLERS"]


def test_grouped_policy_numbers_and_a_persons_number_after_no():
    refs = lambda t: found(find_references, t)  # noqa: E731
    assert refs("Policy no.: 383 894 687\nClaim") == ["383 894 687"]
    assert refs("Policy no.: 81.471.425\nClaim") == ["81.471.425"]
    assert refs("factura 1.250.000 pesos") == [] and refs("his no. 07718 373864 , partner") == []
    assert found(find_phones, "vet is Medivet. his no. 07718 373864 , partner") == ["07718 373864"]
    assert [s for s in find_phones("order no. 07718 373864") if s[3] >= 0.5] == []


def test_notes_signed_lower_case_titles_labelled_surname_first_and_roles_in_minutes():
    for text, lang, name in [("16/07/2026 10:32 - gareth\ncald pham re pet policy", "en", "gareth"),
                             ("sent 2 wks ago - chase. cb tmrw am. - gareth\n", "en", "gareth"),
                             ("I'd rent to him again.\" - Rob\n\nGuarantor", "en", "Rob"),
                             ("cald ms nwosu re pet policy POL/2024/52249", "en", "nwosu"),
                             ("Asegurado: Ferrari, Milagros (CUIT 23-36639347-1)\n", "es", "Ferrari, Milagros"),
                             ("El presidente: Modesto García     El secretario: Roi Vilas\n", "es", "Roi Vilas")]:
        assert name in found(find_persons, text, lang), text
    for text in ("12/03 cancelled\n", "ms word doc attached", "the dog was fine. - thanks\n"):
        assert found(find_persons, text) == [], text


def test_labels_departments_and_rare_words_of_things_are_not_people(anon):
    for text, lang in [("INVOICE No 26-1025\nBill to: Gemma Morris\n", "en"),
                       ("Pet's name: ____PIP____  Species: ____dog____", "en"),
                       ("Atentamente,\n\nJOAN ROCA I PEÑA\nDpto. Renovaciones\n", "es"),
                       ("Vº Bº El presidente: Efraín Pardo\n", "es"),
                       ("Fdo.: Noa Vilas Nogueira\nPerito tasador\n+34 647 087 921", "es"),
                       ("presented w/ lameness LF x5d. O reports", "en"),
                       ("manypets want hist from prev vet for lady", "en"),
                       ("De: Tramitación Siniestros <tramitacion@plus.com>\n", "es")]:
        out = anon.anonymize([text], [lang]).texts[0]
        for word in ("Bill", "Species", "Renovaciones", "Vº Bº", "tasador", "lameness", "prev", "Tramitación"):
            if word in text:
                assert word in out, (text, out)
    # a rare lower-case word that is not built like a word is still a name after a cue
    assert found(find_persons, "su hijo lluís tb llamo ayer", "es") == ["lluís"]


def test_a_tab_ends_an_address_and_a_years_span_or_a_vat_number_is_no_phone(anon):
    text = "Flat 4b, Albion Court, 217 Dawn Crescent, Liverpool L17 8UE\tTEN-4448\tHill, Frank\t1000\n"
    out = anon.anonymize([text], ["en"]).texts[0]
    assert "Hill" not in out and "Frank" not in out, out
    assert found(find_phones, "1. Aprobación de cuentas 2025-2026.\n", "es") == []
    assert all(score < 0.4 for *_, score in find_phones("Holly Tree Joinery Ltd\nVAT Reg. GB 287 4233 19\n"))
    orgs = lambda t, lang="en": found(find_orgs, t, lang)  # noqa: E731
    assert orgs("Your Business Insurance renewal – policy 1234") == []
    assert orgs("el Ing. Elmer Huarcaya, gerente", "es") == [] and orgs("n.º Seguridad Social 112312360786", "es") == []
    assert orgs("La de Peluquería Rizos (nº FV26-876)", "es") == ["Peluquería Rizos"]
    assert orgs("I've asked Norman at A1 Drains to come") == ["A1 Drains"]


def test_devotional_given_names_personal_a_kin_before_capitals_and_rare_galician_surnames_first():
    for text, lang, name in [("Sí, y el DNI de Juan de Dios. Su expediente", "es", "Juan de Dios"),
                             ("Otra cosa: a Xoán le han citado de la mutua", "es", "Xoán"),
                             ("How did you hear about us?     friend – VIKRAM    \n", "en", "VIKRAM"),
                             ("- Bajo B – NOYA LOUZAO, MARUXA (presente)\n", "es", "NOYA LOUZAO, MARUXA"),
                             ("★★☆☆☆  Grace d. · 3 months ago\n", "en", "Grace d."),
                             ("\"hi it's rob clarke ringing about the claim", "en", "rob clarke")]:
        assert name in found(find_persons, text, lang), text
    # a town stays a town, an object after "a" stays an object, a verb and a common noun stay words
    for text, lang in [("vivo en Milton Keynes", "en"), ("a Madrid le llega el tren", "es"), ("it's will power", "en"),
                       ("TOTAL, IVA INCLUIDO", "es")]:
        assert found(find_persons, text, lang) == [], text


def test_fields_that_name_the_name_east_asian_surnames_asked_people_and_initials_in_cells():
    for text, lang, name in [("HEALTHLINE STAFFING LTD\nSURNAME: LOCKWOOD\nFORENAME(S): THOMAS\n", "en", "LOCKWOOD"),
                             ("SURNAME(S): EL FASSI\nFIRST NAME(S): TAREK\n", "en", "TAREK"),
                             ("Málaga → Exeter\tcliente: Xu\nVacaciones", "es", "Xu"),
                             ("Dear Ms Leung,", "en", "Leung"),
                             ("noviembre; pedir a Uxía que actualice la lista.", "es", "Uxía"),
                             ("cliente TH31Z1157 – familia ROLDÁN DEL POZO\n", "es", "ROLDÁN DEL POZO"),
                             ("PED-441306\t16/05/2026\tY. Colmenares\t14016\tGLS", "es", "Y. Colmenares")]:
        assert name in found(find_persons, text, lang), text
    for text, lang in [("Nombre: Ver adjunto\n", "es"), ("SURNAME: N/A\n", "en"), ("The Sun is out", "en"),
                       ("hay que ir a Madrid que es lejos", "es"), ("1\tN. Total\t2\tS. Sales\n", "en"),
                       ("la familia está bien", "es")]:
        assert found(find_persons, text, lang) == [], text


def test_passengers_as_airlines_write_them_chat_senders_nicknames_and_dated_note_authors():
    for text, lang, name in [("04  MACLEOD/PHILIPPA MISS  PPT 568293848/GB\n", "en", "MACLEOD/PHILIPPA"),
                             ("08  NI DHONAILL/AOIFE MRS  PPT PC8458330/IE\n", "en", "NI DHONAILL/AOIFE"),
                             ("localizador VXQX62 – PAUCAR APAZA/JHONATAN\n", "es", "PAUCAR APAZA/JHONATAN"),
                             ("23/05/2026, 11:43 - Shiv: Yes!! 88 now", "en", "Shiv"),
                             ("Inma (Inmaculada Montilla)\tNovio", "es", "Inma"),
                             ("03/05 15:33: santi - hablo con el hotel", "es", "santi"),
                             ("APELLIDO PATERNO: LONDOÑO\nAPELLIDO MATERNO: CARDONA\n", "es", "CARDONA"),
                             ("Guía acompañante: Iria Antía Castiñeira – móvil +34654221189", "es", "Iria Antía Castiñeira"),
                             ("CONTACTO DE EMERGENCIA: ISIDORA SAAVEDRA VIAL – ESPOSA – +56933992205", "es",
                              "ISIDORA SAAVEDRA VIAL")]:
        assert name in found(find_persons, text, lang), text
    for text in ("AND/OR\nYES/NO\nN/A\n", "04  MACLEOD/PHILIPPA MISS  PPT 568293848/GB\n", "12/01 13:32 cancelado - llama"):
        assert not {"AND/OR", "PPT", "cancelado"} & set(found(find_persons, text, "es")), text
    ids = found(find_national_ids, "02  ZIANI/RACHID MR  PPT 576055451/GB\n")
    assert ids == ["576055451"]
    table = "room_type,surname,first_name,passport_no,dob\nDBL,Okafor,Marisa,331606048,10/06/1991\nDBL,Gill,Kiran,451734327,26/05/1998\n"
    assert {"331606048", "451734327"} <= {table[s:e] for s, e, *_ in table_names(table, [])}


def test_care_notes_rotas_guardians_and_latin_american_identity_numbers():
    for text, lang, name in [("PARENT/GUARDIAN 1: ROXANA POPESCU    RELATIONSHIP: MOTHER", "en", "ROXANA POPESCU"),
                             ("MAT-2025-0591    RECEIVED BY: H. LLEWELLYN\n", "en", "H. LLEWELLYN"),
                             ("Usuario/a: CONTRERAS NAVARRO, Rocío\tNº expediente: AC/3790", "es", "CONTRERAS NAVARRO, Rocío"),
                             ("NOMBRE Y APELLIDOS DEL ALUMNO/A: NIL FERNÁNDEZ DE CÓRDOBA PEÑALVER\n", "es",
                              "NIL FERNÁNDEZ DE CÓRDOBA PEÑALVER"),
                             ("3/7 14:20 yuleisy: llego y d. casimiro ya levantado", "es", "casimiro"),
                             ("dice q anoche lo oyo llamar a teodoro a gritos", "es", "teodoro"),
                             ("Carer\tMon\tTue\nGuo\tAM+PM Dąbrowski\tPM Ní Cheallaigh\ttea Fennelly\n", "en", "Ní Cheallaigh")]:
        assert name in found(find_persons, text, lang), text
    ids = lambda t: found(find_national_ids, t, "es")  # noqa: E731
    for text, value in [("Mr Phelan (PPSN 2099801 TA) of", "2099801 TA"), ("T.I.: 1.029.660.483\n", "1.029.660.483"),
                        ("C.I. V-15.471.054, ref.", "V-15.471.054"), ("cédula: 6077819-6\n", "6077819-6"),
                        ("NHS NO: 662 929 7032\n", "662 929 7032")]:
        assert ids(text) == [value], text
    assert ids("NHS no 662 929 7033") == []  # the check digit fails


def test_medicines_diseases_kin_acronyms_and_times_are_not_people_or_codes(anon):
    for text, lang, word in [("Medicación relevante: Adiro 100 y Enantyum. Alta reciente", "es", "Enantyum"),
                             ("Mi padre tiene 90 años y Alzheimer. Llamé", "es", "Alzheimer"),
                             ("Se llama al 131 (SAMU). Ambulancia tarda", "es", "SAMU"),
                             ("Fdo.: Macarena Moya Bonomi\nJefa de servicio", "es", "Fdo"),
                             ("EMERGENCY CONTACT (NOT PARENT): NAN – MAGDALENA SIKORA", "en", "NAN")]:
        out = anon.anonymize([text], [lang]).texts[0]
        assert word in out or (word == "SAMU" and "<ORG_" in out), (text, out)  # the emergency service is a body
    assert found(find_references, "clubhouse, 11/7/2026, 7.30pm\n\nPresent: Orla") == []


def test_venues_clubs_and_the_companies_every_client_names():
    orgs = lambda t, lang="es": found(find_orgs, t, lang)  # noqa: E731
    assert orgs("boda en Alquería La Rosella.") == ["Alquería La Rosella"]
    assert orgs("contra el CD Canillas a las 10h") == ["CD Canillas"]
    assert orgs("El traslado con ADO ya está reprogramado") == ["ADO"]
    assert orgs("GP: DR ELLISON, CHAPEL ALLERTON MEDICAL CENTRE    NHS NO: 5759905406", "en") == [
        "CHAPEL ALLERTON MEDICAL CENTRE"]
    assert orgs("Venue: Hatherley Barn, 1 Gay Street", "en") == ["Hatherley Barn"]
    assert orgs("the cancelled Iberia flight IB5962", "en") == ["Iberia"]
    for text in ("Beverley Drummond, Club Treasurer.", "Boots are on sale", "Orange is the new black", "Claro, mañana"):
        assert orgs(text, "en") == [], text


def test_handles_lower_case_rows_spelled_by_their_email_car_models_plates_and_hours():
    for text, name in [("★☆☆☆☆  Encarnacion_M - 03/05/2026\n", "Encarnacion_M"),
                       ("- baldomero (baldomero_berm10@outlook.com) complained", "baldomero"),
                       ("SALES EXEC: ORLA NÍ MHURCHÚ    SIGNED: ROWENA SARMIENTO\n", "ORLA NÍ MHURCHÚ"),
                       ("- Dizon, Ariel - regular, likes the eton mess", "Dizon, Ariel"),
                       ("sold a Mercedes Vito to Mercedes García", "Mercedes García")]:
        assert name in found(find_persons, text), text
    for text in ("Courtesy car: Kia Ceed 231-D-13880, Toyota Yaris Cross", "★★☆☆☆  OlivoBot - 11/01/2026\n",
                 "justificante a ure28.recaudacion@seg-social.es (unidad de recaudacion)"):
        assert not {"Kia Ceed", "Toyota Yaris Cross", "OlivoBot", "recaudacion"} & set(found(find_persons, text, "es")), text
    assert found(find_references, "Kia Ceed 231-D-13880 ready\nMon\t10-18\t17-close\t11-15\n") == []
    assert found(find_national_ids, "driving licence NIETO757164I99PP, passport") == ["NIETO757164I99PP"]


def test_registers_in_capitals_spelled_surnames_bolivian_and_guatemalan_ids_and_ngo_references():
    for text, name in [("Tue       09:00-13:00  MACLEOD, Malcolm           0114 7026797\n", "MACLEOD, Malcolm"),
                       ("My surname is spelled D-E-L-E-O-N. Please call", "D-E-L-E-O-N"),
                       ("Cómo quieres que te llamemos: Lauti\nNIE", "Lauti")]:
        assert name in found(find_persons, text, "es"), text
    assert found(find_persons, "MADRID, Sevilla\n", "es") == []
    ids = lambda t: found(find_national_ids, t, "es")  # noqa: E731
    for text, value in [("Chávez Challco, Lidia; CI 13901564 LP; cel.", "13901564 LP"),
                        ("Huanca Aruquipa CI 2499441-1D PT\n", "2499441-1D PT"),
                        ("Catarina Tax Saravia DPI 3898 95210 0117\n", "3898 95210 0117"),
                        ("vikram sandhu's passport (506033162) is blurry", "506033162")]:
        assert ids(text) == [value], text
    refs = lambda t: found(find_references, t, "es")  # noqa: E731
    for text, value in [("Your CAS number is E48GBOQ36KI44S and", "E48GBOQ36KI44S"),
                        ("Nº DE SOCIO/A: 251052\n", "251052"), ("Su número de voluntaria es 66123, creo", "66123"),
                        ("pick-up BK-3RRL7 is confirmed", "BK-3RRL7")]:
        assert refs(text) == [value], text


def test_countries_nationalities_and_their_codes_are_no_people(anon):
    text = "room,surname,first_name,nationality\nDBL,Moraes,Beatriz,BRA\nDBL,Rossi,Marco,ITA\nShe is Argentinian, from Poland."
    out = anon.anonymize([text], ["en"]).texts[0]
    assert all(w in out for w in ("BRA", "ITA", "Argentinian", "Poland")), out


def test_charities_universities_consulates_and_booking_platforms():
    orgs = lambda t, lang="en": found(find_orgs, t, lang)  # noqa: E731
    assert orgs("we booked via TheFork and covermanager") == ["TheFork", "covermanager"]
    assert orgs("donations to Tejiendo Futuros CIO this year") == ["Tejiendo Futuros CIO"]
    assert orgs("studies at Sheffield Hallam University next") == ["Sheffield Hallam University"]
    assert orgs("Consulado General de España en Lima", "es") == ["Consulado General de España en Lima"]
    for text in ("the Trust said", "Wise move, thanks", "left a Google review"):
        assert orgs(text) == [], text


def test_a_column_of_references_by_its_header_and_a_surname_that_is_a_town():
    t = "donor_id\tname\temail\tgift_aid\nD-1794\tMr I. Iglesias\tii@x.com\tY\n223897\tMr Clive Hall\tch@b.com\tN\n"
    assert {"D-1794", "223897"} <= {t[s:e] for s, e, *_ in table_names(t, [])}
    t = "qty;price;total\n3;12,50;37,50\n4;2,00;8,00\n"
    assert table_names(t, []) == []
    assert found(find_persons, "ISHIKAWA, Kaede - 309592 - 18,00 €/trim.", "es") == ["ISHIKAWA, Kaede"]


def test_a_given_name_and_a_devotion_make_one_name_whole(anon):
    texts = ["Rocío del Pilar Huamán Quispe pidió cita. Luego Rocío volvió a llamar.",
             "mi novia Trinidad del Pilar Quesada Bermejo va a manejar tambien",
             "dudas de nómina a Gianella del Carmen Chambi Carrasco (ver correo)",
             "Cliente: Mª del Carmen Ruiz\nMotivo: devolución"]
    res = anon.anonymize(texts, ["es"] * len(texts))
    for text, out in zip(texts, res.texts):
        name = next(f for f in res.findings[texts.index(text)] if f.label == "PERSON")
        assert "del" not in out.split("<")[0][-6:] and " del " not in out, out  # replaced whole, "del" with it
        assert text[name.start:name.end].split()[0] in ("Rocío", "Trinidad", "Gianella", "Mª"), out
    assert res.texts[0].count(res.texts[0].split(" ")[0]) == 2, res.texts[0]  # "Rocío" alone: the same placeholder
    assert anon.anonymize(["Fiesta del Carmen en la plaza"], ["es"]).texts[0].startswith("Fiesta del ")  # no given name


def test_a_surname_that_is_a_word_after_a_title_and_hyphenated_given_names():
    for text, name in [("Mr Price has not paid.", "Price"), ("Ms Lane called back.", "Lane"),
                       ("Ellie-Mae Smith called about the boiler", "Ellie-Mae Smith")]:
        assert name in people(text), text
    assert people("The price list and the lane closure") == set()


def test_names_of_spains_regions_latin_america_and_britains_communities():
    for text, name, lang in [("Según Iratxe no hay stock", "Iratxe", "es"), ("Hay que llamar a Iratxe mañana", "Iratxe", "es"),
                             ("La atención de Yokasta (camarera) de diez.", "Yokasta", "es"),
                             ("Notas: Macoy cambia el jueves con Tariq.", "Macoy", "es"),
                             ("Chidi confirmed the booking", "Chidi", "en")]:
        assert name in people(text, lang), text
    assert people("Según el técnico no hay stock", "es") == set()


def test_names_in_capitals_on_forms_and_a_cell_holding_a_surname_known_elsewhere(anon):
    for text, name in [("ENTREGADO POR: EVARISTO ESCUDERO   FIRMA", "EVARISTO ESCUDERO"),
                       ("REFERENCIAS PERSONALES:\n1) JACINTO ARREOLA GARZA - HERMANO(A) - (477) 447 1563", "JACINTO ARREOLA GARZA")]:
        assert name in people(text, "es"), text
    for text in ("VEHÍCULO: SEAT IBIZA  MATRÍCULA", "MARINA ALTA Y COSTA BLANCA", "DAÑOS A LA SALIDA"):
        assert people(text, "es") == set(), text
    text = ("apellidos y nombres\tDNI\tcargo\tcelular\nVEGA TICONA, Luz\t71735507\tasistente contable\t919 891 962\n"
            "YUPANQUI RUIZ DE LA PRADA, Elmer\t25727185\tjefe de planta\t969 333 539\n"
            "JUAN DE DIOS CLEMENTE YUPANQUI\t44760977\talmacenero\t915-219-837\n")
    out = anon.anonymize([text], ["es"]).texts[0]
    assert "JUAN" not in out and "CLEMENTE" not in out, out


def test_notes_titles_for_either_names_beside_their_address_and_what_they_did():
    for text, name in [("- sr/sra bedoya cumple el 14, tarta", "bedoya"), ("- sr/sra font cumple el 14", "font"),
                       ("- herminia (hmontoro@hotmail.es) se quejo del descorche", "herminia"),
                       ("se quejo del descorche, fernando invito al postre.", "fernando"),
                       ("autoservicio lupita , lo revisa alberto. pieza pedida", "alberto")]:
        assert name in people(text, "es"), text
    assert people("- soporte (soporte@tienda.es) responde", "es") == set()
    assert people("el coche lo revisa mañana el taller", "es") == set()


def test_reviewers_handles_after_their_rating():
    for text, name in [('★★★☆☆  ShoaibHussain - 11/01/2026\n"Mixed."', "ShoaibHussain"),
                       ('4/5  josevallejo79 · 13/06/2026\n"Todo bien"', "josevallejo79"),
                       ('5/5  Jhonatan_V · hace 2 semanas\n"Muy buena"', "Jhonatan_V")]:
        assert name in people(text, "es"), text
    assert people("2/5  Excellent · 2 days ago") == set()
    assert people("we use HubSpot and MailChimp") == set()


def test_caribbean_and_central_american_ibans_phones_and_identity_numbers():
    for text, value in [("IBAN DO04BCBH04342859658330714438 ok", "DO04BCBH04342859658330714438"),
                        ("transferencia a G&T, IBAN GT69TRAJ91307259017084679071, a nombre", "GT69TRAJ91307259017084679071"),
                        ("Banreservas — IBAN DO58 BAGR 1830 2659 4102 8445 7606\n", "DO58 BAGR 1830 2659 4102 8445 7606")]:
        assert found(find_ibans, text, "es") == [value], text
    assert found(find_ibans, "IBAN DO04BCBH04342859658330714439 ok", "es") == []  # a wrong check digit
    phones = lambda t: [t[s:e] for s, e, _, score in find_phones(t, "es") if score >= 0.5]  # noqa: E731
    for text, value in [("BALTAZAR GARCÍA RAMÍREZ;(502) 3501 6564;Q 192.90", "(502) 3501 6564"),
                        ("Consultas al 52184240\n", "52184240"), ("…;YANELIS BORREGO;51591266;CUP 243.00;COBRADO", "51591266")]:
        assert phones(text) == [value], text
    assert phones("Recogida 03.06.25 09:30 en tienda") == []  # a date and an hour
    ids = lambda t: found(find_national_ids, t, "es")  # noqa: E731
    for text, value in [("sent curp ieha721213mgtxrz45. new addr", "ieha721213mgtxrz45"),
                        ("(DPI number 2490-72408-0401)", "2490-72408-0401"), ("No. de identidad: 91091354887\n", "91091354887"),
                        ("cédula del representante: 223-0055575-6\n", "223-0055575-6"), ("NIN: 37242234301\n", "37242234301"),
                        ("NSS: 35 03324403 41\nDOMICILIO", "35 03324403 41")]:
        assert ids(text) == [value], text
    refs = lambda t: found(find_references, t, "en")  # noqa: E731
    for text, value in [("Invoice no.: FAC 2263/26    Date", "FAC 2263/26"), ("MPRN: 10786779515    Year", "10786779515"),
                        ("patient record pt-0160594 — wei", "pt-0160594"), ("intl desk log — awb 7065 6554 5651\n", "7065 6554 5651")]:
        assert refs(text) == [value], text
    assert refs("LANDLORD GAS SAFETY RECORD (CP12)    Record no. CP12/10783\n") == ["CP12/10783"]


def test_short_forms_users_handles_notes_initials_and_reviewers_named_first():
    for text, name in [("04/02 08:00 phil: cust rang re leak", "phil"), ("cubriendo a Juanca (me las firmó Núria)", "Juanca"),
                       ("Actioned by: Phil_M — callback logged", "Phil_M"), ("CHECKED BY: RYAN_H\n", "RYAN_H"),
                       ("# exported 2026-03-04 by hamish.n\n", "hamish.n"), ("aoifekenned — 5/5 — Sep 11, 2026\nFozia", "aoifekenned"),
                       ("★★★★☆ marcinn81 · Local Guide · 5 months ago\n", "marcinn81"),
                       ("24/09/2026, 07:34 - Ealasaid NicNeacail: Aye no bother.", "Ealasaid NicNeacail"),
                       ("22/12 08:20 jean: booked ekow for thurs am", "ekow"), ("storage fee waiver, escalate to arasy", "arasy")]:
        assert name in people(text), text
    notes = "25/01 12:18 gl: pt called re glasses\n25/01 13:29 cr: spoke to wife\n26/01 12:19 gl: checked\n27/01 15:29 cr: sent"
    assert {"gl", "cr"} <= people(notes)
    assert people("25/01 12:18 gl: pt called re glasses\n") == set()  # initials that sign one line only
    for text in ("see config.py and data_x for info", "booked boiler for monday", "escalate to manager.", "Vale, gracias"):
        assert people(text, "es") == set(), text


def test_given_names_that_are_words_or_makes_before_surnames_header_names_spelled_by_their_address(anon):
    for text, name, lang in [("Le escribo hoy mismo a Domingo Barrios al 3839 9236.", "Domingo Barrios", "es"),
                             ("Atentamente,\nMercedes Dilenia Féliz Paulino\nServicio al Cliente", "Mercedes Dilenia Féliz Paulino", "es"),
                             ("De: Cleiry Tavárez Then <cleiry.tavarez@gmail.com>\nEnviado: hoy", "Cleiry Tavárez Then", "es"),
                             ("TITULAR 1: ROCÍO DEL PILAR ALONSO MORA   DNI: 04370720-F", "ROCÍO DEL PILAR ALONSO MORA", "es"),
                             ("Sra. ESTRELLA SÁENZ-DÍEZ GUERRERO\nCalle de Embajadores, 4", "ESTRELLA SÁENZ-DÍEZ GUERRERO", "es")]:
        assert name in people(text, lang), text
    for text in ("Mercedes Sprinter van", "nos vemos el Domingo en Madrid", "07  PRUITT/SHELBY MISS  SSR VGML\n",
                 "From: Reservations Team <bookings@threetides.co.uk>\n"):
        assert people(text, "es") & {"Mercedes Sprinter", "Domingo", "SSR VGML", "Reservations Team"} == set(), text


def test_names_of_the_uks_and_spains_communities_an_initials_period_and_a_listed_name_typed_in_lower_case(anon):
    for text, name in [("NAME OF PERSON RECEIVING BENEFIT: ZUBAIR JAVED SIDDIQUI\n", "ZUBAIR JAVED SIDDIQUI"),
                       ("Yes, carer Shirin Tahmina Miah collects it.", "Shirin Tahmina Miah"),
                       ("Atentamente,\nKhadija El Amrani Benali\n", "Khadija El Amrani Benali"),
                       ("Hi Oleksandr, your appointment is on Monday.", "Oleksandr")]:
        assert name in people(text), text

    def out(text, lang="en"):
        return anon.anonymize([text], [lang], progress=False).texts[0]

    assert out('Thanks, bye."\n\nActioned by: Abul S. — chased surgery') == 'Thanks, bye."\n\nActioned by: <PERSON_1> — chased surgery'
    assert out("Notes taken in the diary by Mehwish Y.") == "Notes taken in the diary by <PERSON_1>"
    chat = ("15/11/2024, 13:15 - Nusrat Begum: when do we get the deposit back?\n"
            "15/11/2024, 13:20 - Dafydd Fraser: Nothing to do with your old agent I'm afraid, nusrat.")
    assert "nusrat" not in out(chat) and out(chat).count("<PERSON_1>") == 2
    # a period that ends a sentence stays; an ordinary word in lower case is never taken for a name seen capitalised
    assert out("Please call Jane Smith. Then email her.") == "Please call <PERSON_1>. Then email her."
    assert "consignee" in out("Consignee: Maria Lopez\nthe consignee was not at home")


def test_surname_given_in_space_aligned_rotas_and_before_an_id_and_old_fashioned_given_names():
    rota = "Wed       13:00-17:00  Lamas, Noelia              +44 7451 145061\nTue       LGW North    Nowicki, Bartosz     07983 297799"
    assert {"Lamas, Noelia", "Nowicki, Bartosz"} <= people(rota)
    assert "Monzón, Justo" in people("consent was given by:\n- Monzón, Justo, CI 7131436-1C CB\n", "es")
    assert "Huillca, Daniela" in people("[19/12/25, 07:35:06] Flor: Huillca, Daniela CI 5490346 CH", "es")
    assert people("Total  Amount, Net   45.00\nSubtotal, IVA  12,00") == set()
    assert "Esme" in people("I stay with Esme and Bernard O'Donnell at 98 Church Lane.")
    assert any(p.startswith("Basilia") for p in people("Las hermanas Basilia y Juana Inés Huamán Chambi prepararon el taller.", "es"))


def test_rare_lower_case_names_doing_what_people_do_and_words_that_do_not():
    for text, name, lang in [("intercambio sol still unpaid, misaki says they paid via wise", "misaki", "en"),
                             ("- tommaso moved host fam, new adress", "tommaso", "en"),
                             ("* kaede cambia de familia, nueva direccion", "kaede", "es"),
                             ("la sra rivas dice q nnamdi no avisa cuando llega tarde", "nnamdi", "es")]:
        assert name in people(text, lang), text
    for text in ("booking provisionally moved to tuesday", "the spaniel needs a lead", "installers arrived at 9",
                 "he hassnt paid yet", "parcel lost in transit", "boiler needs a service"):
        assert people(text) == set(), text


def test_who_wrote_a_quoted_message_reviewers_alone_after_stars_and_surname_columns_named_as_fields():
    book = ("Drinks on her on Friday x\n\namy wrote:\n  thinking of u all\n\nGALBRAITH, Charlotte wrote:\n  With deepest "
            "sympathy\n\nVictoria Ellis & June wrote:\n  Rest in peace\n\nThe team wrote:\n  hi\n")
    assert {"amy", "GALBRAITH, Charlotte", "Victoria Ellis", "June"} <= people(book)
    assert not {p for p in people(book) if "team" in p.casefold()}
    reviews = "★★★★☆ ORLA Ó CEALLAIGH\n\"Moved to Spain\"\n\n★★☆☆☆ sorchamccarthy70\n\"Charged me\"\n★★★★★ Excellent\n★★★★★ GREAT SERVICE\n"
    assert people(reviews) == {"ORLA Ó CEALLAIGH", "sorchamccarthy70"}
    rows = ("folio;fecha;nombre_finado;apellido_paterno;apellido_materno;documento\n"
            "ALB-MX-26-5609;14/11/2026;Rubí;Reyes;Pech;REPR361102MVZYCB91\nALB-MX-26-2534;23/03/2026;Noé;Montemayor;Tzompa;MOTN370808HVZNZX62\n")
    assert {"Rubí", "Reyes", "Pech", "Noé", "Montemayor", "Tzompa"} <= {
        rows[s:e] for s, e, *_ in table_names(rows, [])}


def test_surnames_first_in_space_aligned_agendas_rated_reviewers_after_a_dash_and_dotted_handles():
    agenda = ("SLOT  NAME  PHONE\n10:30  TOLENTINO, Lovely   07835 879 582   unpaid wages\n11:00  ROCHA DE PAULA, Renan   "
              "07370 915 122\n09:45  El Kadiri, Khadija   Y 2545087 J\n11:15  Diez Ortiz, Jhon Fredy   Y-6939424-Q\n")
    assert {"TOLENTINO, Lovely", "ROCHA DE PAULA, Renan", "El Kadiri, Khadija", "Diez Ortiz, Jhon Fredy"} <= people(agenda)
    assert people("Total  Amount, Net   45.00\nSubtotal, IVA  12,00\nDiez, Veinte  x\n") == set()
    assert "Aishwarya B." in people('"Great."\n\n1/5 – Aishwarya B. – 9 months ago\n"Missed my deadline"')
    for text, name in [("@daniel.rose can you ring her on +44 7348 111222", "daniel.rose"),
                       ("Oficina Barcelona – generado por k.benhaddou el 05/09/2026", "k.benhaddou")]:
        assert name in people(text), text
    assert people("see config.py and data.csv, sent to info.desk by file.txt") == set()


def test_surnames_that_are_words_after_a_particle_or_a_title_stay_with_the_name(anon):
    for text, lang in [("Hemos hablado con Santiago Marín de la Plaza y nos ha confirmado la cita.", "es"),
                       ("Inquilino: Dolores Sales del Rincón · Tel. 655 443 221", "es"),
                       ("Dear Mr Solís Mas,\n\nThank you for your email.", "en"),
                       ("NOMBRE Y APELLIDOS: MARÍA DEL CARMEN TORO DE SALES   DNI: 12345678Z", "es"),
                       ("Inquilina: Amparo Román del Domingo", "es")]:
        out = anon.anonymize([text], [lang], progress=False).texts[0]
        assert not re.search(r"Plaza|Sales|SALES|Mas,|Domingo|Rincón", out), out
    out = anon.anonymize(["Nos vemos en la Plaza Mayor el domingo."], ["es"], progress=False).texts[0]
    assert out == "Nos vemos en la Plaza Mayor el domingo."


def test_given_names_that_are_stop_words_of_the_other_language_only(anon):
    for text in ("Hi Sean,\n\nThanks for the photos.", "Hi Dan,\n\nThanks for the photos.", "Mia called about her claim.",
                 "Spoke to Ella this morning about the boiler.", "Dear Nada,\nYour policy renews on 1 May."):
        out = anon.anonymize([text], ["en"], progress=False).texts[0]
        assert "<PERSON_1>" in out and not re.search(r"Sean|Dan|Mia|Ella|Nada", out), out
    for text in ("Hola, ella me dijo que vendría el martes. Ella llamó ayer.", "Nada que añadir. Sean bienvenidos."):
        assert anon.anonymize([text], ["es"], progress=False).texts[0] == text


def test_a_greetings_given_name_that_is_a_month_or_a_day():
    for text in ("Hola Julio:\n\nGracias por las fotos.", "Hola Domingo,\ngracias", "Hola Abril, gracias por todo"):
        assert text.split()[1].strip(":,") in people(text, "es"), text
    for text in ("Hola, buenos días. El domingo vamos.", "Buenos días, el lunes abrimos."):
        assert people(text, "es") == set(), text


def test_spanish_months_capitalised_mid_sentence_and_regional_names_as_frequent_as_words():
    assert "Julio" in people("Hemos hablado con Julio esta mañana sobre el parte.", "es")
    assert "Julio" in people("Un saludo,\nJulio", "es")
    assert people("Nos vemos el 5 de Julio en Madrid.", "es") == set()
    assert people("We meet on Monday 5 July, see you in July.") == set()
    assert "Muhammad" in people("Muhammad called about the claim this morning.")
    assert "Dan" in people("I passed the keys to Dan yesterday.")


def test_parties_of_claims_and_files_as_form_labels():
    for text, name, lang in [("Claimant: G Roberts\nDate of loss: 03/05/2026", "G Roberts", "en"),
                             ("Witness: Hannah Okafor\nStatement taken by phone", "Hannah Okafor", "en"),
                             ("Reclamante: Rocío Campos Bueno\nFecha: 03/05/2026", "Rocío Campos Bueno", "es"),
                             ("Fallecido: Jesús Pastor Soler\nSepelio: jueves", "Jesús Pastor Soler", "es")]:
        assert name in people(text, lang), text
    assert people("Claimant: see attached\nWitness: none") == set()


def test_a_given_name_with_its_two_surnames_in_brackets_and_people_spoken_to():
    found = people("llama el hijo del asegurado, serafin (hidalgo fonseca), tlf 699864512", "es")
    assert {"serafin", "hidalgo fonseca"} <= found
    assert "Victor" in people("Llamó Victor (Flores Rivera) por el recibo", "es")
    for text in ("Contacto de emergencia: Nahuel Vitale (pareja), 0341 15-820-8016", "Recibido por: Jorge Angulo (portero)"):
        assert not {"pareja", "portero"} & people(text, "es"), text
    assert "nkechi" in people("payroll query, spoke to nkechi on friday")
    assert people("spoke to manager about it, hablé con portero ayer") == set()


def test_a_given_name_signing_with_its_role_and_people_spoken_to_in_a_complaint_in_capitals():
    assert "Ming" in people("Sorry for the wait; call 0161 781 5186 and ask for me. Ming, Branch Manager\n")
    assert "Ana" in people("Gracias por su paciencia. Ana, responsable de tienda\n", "es")
    assert {"LEDYS", "ALINA"} <= people("HABLÉ CON LEDYS Y NO ME DIO NINGUNA SOLUCIÓN. LUEGO HABLÉ CON ALINA, QUE NO SABÍA NADA.", "es")
    assert people("HABLÉ CON ELLA Y CON EL ENCARGADO. Thanks, Store Manager", "es") == set()


def test_a_given_name_and_one_surname_that_is_a_word_in_a_field_or_in_spanish(anon):
    for text, lang in [("Cliente: Rosa Plaza\nImporte: 231,00 €", "es"), ("Contacto: Rosa Plaza\n", "es"),
                       ("Contact: Ana Mas\nPhone: 0161 496 0000", "en"), ("Hemos hablado con Valentina Plaza ayer.", "es")]:
        out = anon.anonymize([text], [lang], progress=False).texts[0]
        assert not re.search(r"Plaza|Mas\b", out), out
    assert anon.anonymize(["Nos vemos en la Plaza Mayor."], ["es"], progress=False).texts[0] == "Nos vemos en la Plaza Mayor."
    assert "<PERSON" not in anon.anonymize(["Cliente: Hotel Plaza\n"], ["es"], progress=False).texts[0]  # a company


def test_surname_columns_numbered_as_exports_number_them_take_words_too(anon):
    text = "nombre;apellido1;apellido2;tel\nMei;Cifuentes;Arias;611223344\nLuis;Mesa;Plaza;622334455\nAna;Rosa;N/A;633445566"
    out = anon.anonymize([text], ["es"], progress=False).texts[0]
    assert not re.search(r"Cifuentes|Arias|Mesa|Plaza|Rosa", out), out
    assert out.splitlines()[0] == "nombre;apellido1;apellido2;tel" and out.endswith(";N/A;<PHONE_3>"), out
    out = anon.anonymize(["Forename,Family name,Room\nJane,Baker,12\nTom,Marsh,14"], ["en"], progress=False).texts[0]
    assert "Baker" not in out and "Marsh" not in out, out
    out = anon.anonymize(["Nombre,1er apellido,2º apellido\nIoana,Guzmán,Arrieta\nLuis,Mesa,Plaza"], ["es"],
                         progress=False).texts[0]
    assert not re.search(r"Guzmán|Arrieta|Mesa|Plaza", out), out


def test_a_table_keeps_its_columns_and_ner_names_in_a_column_of_roles_are_dropped(anon):
    text = ("Name\tRole\tMon\tTue\nOsman, Sahra Caawo\tOptical Assistant\t9-5\tOFF\nBARBU, Sorin\tPre-reg Pharmacist\tOFF\t9-1\n"
            "ENE, Costel\tPharmacy Technician\t1-8\t9-5\nMALIK, Nadia\tPharmacist\tOFF\t9-1")
    out = anon.anonymize([text], ["en"], progress=False).texts[0]
    assert all(line.count("\t") == 3 for line in out.splitlines()), out  # no placeholder swallows a tab
    assert "Pre-reg Pharmacist" in out and "\tPharmacist\t" in out, out
    assert not re.search(r"Sahra|BARBU|Nadia", out), out
    out = anon.anonymize(["surname\tfirst name\troom\nPham\tLinh\t214\nLee\tMing\t215"], ["en"], progress=False).texts[0]
    assert out.count("\t") == 6 and not re.search(r"Pham|Linh|Lee|Ming", out), out


def test_hong_kong_and_korean_given_names_of_two_syllables():
    for text, name in [("Wing Yan Leung checked in at 3pm.", "Wing Yan Leung"), ("NAME: CHAN TAI MAN\nROOM 12", "CHAN TAI MAN"),
                       ("Ka-wai Ho called about the booking.", "Ka-wai Ho"), ("Lovely stay!\nMin-jun P.", "Min-jun P."),
                       ("Thanks to Seo-yeon Kim for the flowers.", "Seo-yeon Kim")]:
        assert name in people(text), text
    for text in ("Wing nut and kit sold separately.", "Ha-ha, so-so, a long-term plan", "The man on the wing."):
        assert people(text) == set(), text


def test_a_lower_case_name_takes_the_surnames_after_it_and_jun_before_a_surname(anon):
    for text, lang, left in [("llamo yeuri cevallos pujol dice q no tiene linea", "es", "cevallos|pujol"),
                             ("user siobhán mcallister locked out again", "en", "mcallister"),
                             ("12/03/26, 14:02 - Jun Iturbe: ya estoy en la puerta", "es", "Jun")]:
        out = anon.anonymize([text], [lang], progress=False).texts[0]
        assert not re.search(left, out), out
    out = anon.anonymize(["called dave re invoice, wants refund"], ["en"], progress=False).texts[0]
    assert out.endswith(" re invoice, wants refund"), out


def test_user_names_in_logs_chats_tickets_and_offboarding_sheets(anon):
    log = ("2026-03-19T11:17:38Z  ADMIN_RESET    target=mackenziet  by=HELPDESK\\taslam  ticket=TW-507173\n"
           "2026-03-19T11:20:02Z  SSPR  user=joanne.pope  display=\"Pope, Joanne\"\n"
           "2026-03-19T11:21:00Z  BACKUP  user=svc_backup  by=SYSTEM\\jenkins-agent\n")
    out = anon.anonymize([log], ["en"], progress=False).texts[0]
    assert not re.search(r"mackenziet|taslam|joanne\.pope", out), out
    assert "svc_backup" in out and "jenkins-agent" in out, out  # service accounts are no one's
    chat = ("[09:48] osianb: blocking sign-in now. a.konstantinou still has the drive mapped\n"
            "[10:14] sorinp: who gets the mailbox?\n[11:42] svc-automation: SLA clock paused\n"
            "Queue > 500 on relay-02. Paged obowen\nreset MFA for k.appiah, assigned to asimsek\n"
            "Username:        glamb\n[x] AD / Entra account created – ogrey 19/09/2026")
    out = anon.anonymize([chat], ["en"], progress=False).texts[0]
    assert not re.search(r"osianb|konstantinou|sorinp|obowen|appiah|asimsek|glamb|ogrey", out), out
    assert "svc-automation" in out and "relay-02" in out, out
    sheet = ("System\tAccount\tAction\tBy\tDate\nEntra ID\tp.pham\tblock sign-in\tpaulw\t20/09/2026\n"
             "Xero\tphuong\tremove user\tk.appiah\t21/09/2026\nLaptop\tLatitude 7440\treturned, wiped\tsvc_backup\t23/09/2026")
    out = anon.anonymize([sheet], ["en"], progress=False).texts[0]
    assert not re.search(r"p\.pham|paulw|phuong|appiah", out) and "Latitude 7440" in out and "svc_backup" in out, out
    text = "see config.json and www.example.com, e.g. node.js at 3 p.m.\nPaid by: bank transfer\nBookkeeping catch-up"
    assert anon.anonymize([text], ["en"], progress=False).texts[0] == text


def test_surnames_before_a_given_name_in_lists_and_letters_with_a_stroke(anon):
    for text, left in [("Vacaciones: Paredes Sifontes, Maikel. Baja médica: Mancini Sosa, Valeria.", "Paredes|Sifontes|Mancini|Sosa"),
                       ("ACCOMPANYING GUESTS: SALA SALVADOR, QUIM; ZUBIZARRETA UGARTE, MIREN (PASSPORT PBL379251)", "ZUBIZARRETA|MIREN"),
                       ("ACCOMPANYING GUESTS: STĘPIEŃ, MIROSŁAW; ZIELIŃSKA, EWA", "STĘPIEŃ|MIROSŁAW"),
                       ("- D. Domínguez Herrero, José Mª (4º A), representado por su hijo", "Domínguez|José|Mª"),
                       ("JUEVES:  CUEVAS DISLA, MANNY  – zona Este", "CUEVAS|MANNY")]:
        out = anon.anonymize([text], ["es"], progress=False).texts[0]
        assert not re.search(left, out), out
    out = anon.anonymize(["Reunión: Madrid, Carlos dijo que sí."], ["es"], progress=False).texts[0]
    assert out.startswith("Reunión: Madrid, <PERSON"), out


def test_user_names_after_usuario_and_a_given_name_dotted_to_an_initial(anon):
    for text in ("Usuario en el sistema de ventas: libradagim    Responsable: Horacio Müller",
                 "Rosangela Pérez Finol (usuario rosangela.p)", "le escribi por instagram desde @erick.d y nadie contesto"):
        out = anon.anonymize([text], ["es"], progress=False).texts[0]
        assert not re.search(r"libradagim|rosangela|erick", out, re.I), out
    for text in ("el usuario no puede entrar, usuario final bloqueado", "Usuario del servicio: pendiente", "see fig.a and ver.b"):
        assert anon.anonymize([text], ["es"], progress=False).texts[0] == text


def test_an_unknown_given_name_before_two_known_surnames_in_lower_case_and_a_leading_initial(anon):
    for text, left in [("titular segun sistema: zenaida ccori vilca\ndir: av. proceres 12", "zenaida|ccori|vilca"),
                       ("(titular segun sistema: jaciel solis gomez)", "jaciel|solis|gomez"),
                       ("Form completed by: A. Ionescu   Signed: Adrian Ionescu", r"A\.|Ionescu")]:
        out = anon.anonymize([text], ["es" if "segun" in text else "en"], progress=False).texts[0]
        assert not re.search(left, out), out
    assert anon.anonymize(["instalar fibra optica gomez garcia"], ["es"], progress=False).texts[0].startswith(
        "instalar fibra optica")
    out = anon.anonymize(["- D. Domínguez Herrero, José Mª (4º A)"], ["es"], progress=False).texts[0]
    assert out.startswith("- D. <PERSON"), out  # "D." is "Don", a title, not an initial


def test_a_rare_given_name_before_a_person_of_two_words_is_the_persons():
    assert "Ambiorix Ventura Tavárez" in people("el caso de un cliente (Ambiorix Ventura Tavárez, solicitud PN-68587396)", "es")
    assert not any("Škoda" in p for p in people("Vendido: Škoda Octavia, 2019, 84.000 km", "es"))
