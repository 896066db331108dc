"""Tables read as they come (issue 17): the delimiter and encoding Excel and other tools really
export, detected and reported; repeated or blank column names refused; cells kept as text; the
client's file never touched."""
import codecs
import csv
import hashlib
import io
import json

import pytest

from ftwork.errors import AnonymizeInputError, DatasetError
from ftwork.loaders import describe_table, load_table, sniff_delimiter

# One small Spanish support table: accents, ñ, ¿, €, a decimal comma, and one value holding every
# delimiter and a newline (so it must be quoted in any delimited export).
TABLE = [
    ["Texto", "Categoría"],
    ["¿Cuándo llega mi pedido? Pagué 12,50 € y sigo esperando", "envío"],
    ["Hola, buenas; la factura\nestá mal | revísenla\tgracias, Sr. Núñez", "facturación"],
    ["Mi código de cliente es 007", "otros"],
]
EXPECTED = [dict(zip(TABLE[0], row)) for row in TABLE[1:]]


def _delimited(delimiter: str) -> str:
    """The table as Excel writes it: CRLF line ends, only the fields that need it quoted."""
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(TABLE)
    return buf.getvalue()


def _xlsx(path, sheets: dict[str, list[list]]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


VARIANTS = {  # file name → (bytes, expected encoding, expected delimiter)
    "coma_utf8_crlf.csv": (_delimited(",").encode("utf-8"), "utf-8", ","),
    "punto_y_coma_cp1252.csv": (_delimited(";").encode("cp1252"), "cp1252", ";"),
    "punto_y_coma_utf8_bom.csv": (codecs.BOM_UTF8 + _delimited(";").encode("utf-8"), "utf-8-sig", ";"),
    "texto_unicode.txt": (codecs.BOM_UTF16_LE + _delimited("\t").encode("utf-16-le"), "utf-16-le", "\t"),
    "barras.csv": (_delimited("|").encode("utf-8"), "utf-8", "|"),
}


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("name", list(VARIANTS))
def test_each_real_world_export_is_read_into_the_right_columns_and_reported(tmp_path, name):
    data, encoding, delimiter = VARIANTS[name]
    path = _write(tmp_path, name, data)
    path.chmod(0o444)  # raw/ is read-only: reading must not need to write
    before = _sha(path)
    info = {}
    assert load_table(path, encoding=None, info=info) == EXPECTED
    assert info == {"format": path.suffix[1:], "encoding": encoding, "delimiter": delimiter, "sheet": None,
                    "columns": ["Texto", "Categoría"], "rows": 3, "dropped_columns": []}
    assert _sha(path) == before and path.read_bytes() == data


def test_xlsx_is_read_with_its_sheet_reported(tmp_path):
    path = tmp_path / "libro.xlsx"
    _xlsx(path, {"Hoja1": TABLE, "Resumen": [["Total"], ["3"]]})
    before = _sha(path)
    info = {}
    assert load_table(path, encoding=None, info=info) == EXPECTED
    assert info["format"] == "xlsx" and info["sheet"] == "Hoja1" and info["sheets"] == ["Hoja1", "Resumen"]
    assert info["encoding"] is None and info["delimiter"] is None and info["columns"] == ["Texto", "Categoría"]
    assert describe_table(info) == ("xlsx, sheet 'Hoja1' (also in the workbook: Resumen): "
                                    "2 columns (Texto, Categoría), 3 rows")
    assert _sha(path) == before


def test_what_was_detected_reads_as_one_line_for_people_and_the_card(tmp_path):
    info = {}
    load_table(_write(tmp_path, "t.csv", VARIANTS["punto_y_coma_cp1252.csv"][0]), encoding=None, info=info)
    assert describe_table(info) == ("csv, semicolon-separated, Windows-1252 (cp1252): "
                                    "2 columns (Texto, Categoría), 3 rows")
    info = {}
    load_table(_write(tmp_path, "t.txt", VARIANTS["texto_unicode.txt"][0]), encoding=None, info=info)
    assert "tab-separated, UTF-16 LE with BOM (utf-16-le)" in describe_table(info)


def test_the_default_detects_both_and_utf8_asked_for_still_says_how_to_fix(tmp_path):
    """A plain call detects delimiter and encoding (no more one column 'Texto;Categoría', no more
    refusal of Excel's Windows-1252 export); asking for UTF-8 keeps the clear error."""
    info = {}
    assert load_table(_write(tmp_path, "bom.csv", VARIANTS["punto_y_coma_utf8_bom.csv"][0]), info=info) == EXPECTED
    assert info["delimiter"] == ";" and info["encoding"] == "utf-8-sig"
    cp1252 = _write(tmp_path, "latin.csv", VARIANTS["punto_y_coma_cp1252.csv"][0])
    assert load_table(cp1252, info=info) == EXPECTED and info["encoding"] == "cp1252"
    with pytest.raises(DatasetError, match=r"latin\.csv is not UTF-8 .*line 1.*iconv.*no --encoding"):
        load_table(cp1252, encoding="utf-8")
    with pytest.raises(AnonymizeInputError, match="is not UTF-8"):  # each stage keeps its own error class
        load_table(cp1252, AnonymizeInputError, encoding="utf-8")


def test_cells_stay_text_exactly_as_written(tmp_path):
    path = _write(tmp_path, "importes.csv", "Código;Importe;Nota;Fecha\r\n007;12,50;NA;01/02/2024\r\n"
                                            "0012;1.234,56;;2024-02-01\r\n00;-0;null;\r\n")
    assert load_table(path, encoding=None) == [
        {"Código": "007", "Importe": "12,50", "Nota": "NA", "Fecha": "01/02/2024"},
        {"Código": "0012", "Importe": "1.234,56", "Nota": "", "Fecha": "2024-02-01"},
        {"Código": "00", "Importe": "-0", "Nota": "null", "Fecha": ""},
    ]
    book = tmp_path / "importes.xlsx"
    _xlsx(book, {"Hoja1": [["Código", "Importe"], ["007", "12,50"], ["NA", None]]})
    assert load_table(book) == [{"Código": "007", "Importe": "12,50"}, {"Código": "NA", "Importe": ""}]


@pytest.mark.parametrize("name, content, message", [
    ("dup.csv", "Texto;Categoría;Texto\nhola;a;x\n",
     r"dup\.csv: the header row has the column name 'Texto' more than once \(columns 1, 3\)\. "
     r"Columns found \(read as semicolon-separated utf-8\): 1: 'Texto'; 2: 'Categoría'; 3: 'Texto'\. "
     r"Give every column its own name in the file.*--delimiter ';' --encoding cp1252"),
    ("spaces.csv", "Texto,Texto \nhola,x\n", r"'Texto' more than once \(columns 1, 2\)"),
    ("blank.csv", "Texto,,Categoría\nhola,x,a\n",
     r"blank\.csv: the header row has a column without a name \(column 2\)\. Columns found .*2: ''"),
])
def test_repeated_or_blank_column_names_are_refused_naming_the_columns(tmp_path, name, content, message):
    path = _write(tmp_path, name, content)
    with pytest.raises(DatasetError, match=message):
        load_table(path, encoding=None)


def test_repeated_column_in_a_workbook_names_the_sheets(tmp_path):
    path = tmp_path / "dup.xlsx"
    _xlsx(path, {"Notas": [["Resumen de marzo"]], "Datos": [["Texto", "Texto"], ["a", "b"]]})
    with pytest.raises(DatasetError, match=r"'Texto' more than once.*sheet 'Datos'.*--sheet; sheets: Notas, Datos"):
        load_table(path, sheet="Datos")


def test_an_empty_unnamed_column_from_trailing_separators_is_dropped(tmp_path):
    info = {}
    path = _write(tmp_path, "excel.csv", "Texto;Categoría;;\r\nhola;a;;\r\nadiós;b;;\r\n")
    assert load_table(path, info=info) == [{"Texto": "hola", "Categoría": "a"}, {"Texto": "adiós", "Categoría": "b"}]
    assert info["columns"] == ["Texto", "Categoría"] and info["dropped_columns"] == [3, 4]


def test_overrides(tmp_path):
    cp1252 = _write(tmp_path, "latin.csv", VARIANTS["punto_y_coma_cp1252.csv"][0])
    info = {}
    assert load_table(cp1252, encoding="latin-1", delimiter="semicolon", info=info) != EXPECTED  # € is cp1252-only
    assert info["encoding"] == "iso8859-1" and info["delimiter"] == ";"
    assert load_table(cp1252, encoding="cp1252", delimiter=";") == EXPECTED
    unicode_txt = _write(tmp_path, "u.txt", VARIANTS["texto_unicode.txt"][0])
    assert load_table(unicode_txt, encoding="utf-16", delimiter="tab") == EXPECTED
    # a forced delimiter wins over the detection: this comma file becomes one column
    one = _write(tmp_path, "one.csv", "Texto,Categoría\nhola,a\n")
    assert load_table(one, delimiter="|") == [{"Texto,Categoría": "hola,a"}]
    book = tmp_path / "libro.xlsx"
    _xlsx(book, {"Hoja1": [["x"], ["1"]], "Resumen": TABLE})
    info = {}
    assert load_table(book, sheet="Resumen", info=info) == EXPECTED and info["sheet"] == "Resumen"
    with pytest.raises(DatasetError, match=r"libro\.xlsx: no sheet 'Ventas'\. The workbook's sheets: 'Hoja1', "
                                           r"'Resumen'; pass one of them \(--sheet NAME\)"):
        load_table(book, sheet="Ventas")


@pytest.mark.parametrize("kwargs, message", [
    ({"encoding": "utf-8"}, r"is not UTF-8 text \(byte 0xed at offset 13, line 1\)"),
    ({"encoding": "ascii"}, r"is not ascii text .*Leave the encoding out so ftwork detects it.*--encoding"),
    ({"encoding": "klingon"}, r"unknown encoding 'klingon'"),
    ({"delimiter": "::"}, r"delimiter '::' is not one character"),
    ({"sheet": "Hoja1"}, r"a sheet applies to \.xlsx workbooks, not \.csv"),
])
def test_wrong_overrides_are_clear(tmp_path, kwargs, message):
    path = _write(tmp_path, "latin.csv", VARIANTS["punto_y_coma_cp1252.csv"][0])
    with pytest.raises(DatasetError, match=message):
        load_table(path, **kwargs)


def test_a_delimiter_for_a_workbook_is_refused(tmp_path):
    book = tmp_path / "libro.xlsx"
    _xlsx(book, {"Hoja1": TABLE})
    with pytest.raises(DatasetError, match=r"a delimiter applies to \.csv, \.tsv, \.txt tables, not \.xlsx"):
        load_table(book, delimiter=";")


def test_undecodable_bytes_say_what_was_tried_and_suggest_an_encoding(tmp_path):
    # 0x81 and 0x9d are undefined in Windows-1252, and not UTF-8 either
    path = _write(tmp_path, "raro.csv", b"Texto;Categor\xeda\nhola \x81\x9d;a\n")
    before = _sha(path)
    with pytest.raises(DatasetError, match=r"raro\.csv: cannot tell its encoding\. Tried UTF-8 \(byte 0xed at "
                                           r"offset 13, line 1\).*Windows-1252 \(byte 0x81 at offset 21, line 2\)"
                                           r".*--encoding latin-1.*'CSV UTF-8'"):
        load_table(path, encoding=None)
    assert _sha(path) == before
    assert load_table(path, encoding="latin-1")[0]["Categoría"] == "a"


def test_mixed_encodings_and_utf16_without_bom_are_refused_not_garbled(tmp_path):
    mixed = _write(tmp_path, "mixto.csv", "Texto;Categoría\nCamión señal;envío\n".encode("utf-8") + b"caf\xe9;a\n")
    with pytest.raises(DatasetError, match=r"mixto\.csv mixes encodings.*line 3.*--encoding"):
        load_table(mixed, encoding=None)
    no_bom = _write(tmp_path, "u.txt", _delimited("\t").encode("utf-16-le") + "ñ".encode("utf-16-le") + b"\xff\xdb")
    with pytest.raises(DatasetError, match=r"NUL bytes.*UTF-16 without a byte-order mark.*--encoding utf-16-le"):
        load_table(no_bom, encoding=None)


def test_delimiter_detection_is_not_fooled_by_delimiters_inside_values():
    # one column whose values hold semicolons and commas: not split
    assert sniff_delimiter("text\nhola; qué tal\nadiós, gracias; bye\n") == ","
    # a comma table whose texts all hold a semicolon
    assert sniff_delimiter("text,label\nhola; qué tal,a\nbuenas; sí,b\n") == ","
    # a semicolon table whose texts hold commas (also quoted, across lines)
    assert sniff_delimiter('Texto;Categoría\nHola, buenas;a\n"Sí, gracias\nadiós, bye";b\n') == ";"
    assert sniff_delimiter("a\tb\n1\t2\n", preferred="\t") == "\t"
    assert sniff_delimiter("just one column\n", preferred="\t") == "\t"


def test_rows_longer_than_the_header_name_the_line_short_rows_are_padded(tmp_path):
    path = _write(tmp_path, "rag.csv", "Texto;Categoría\nhola;a\nadiós\nbuenas;b\nsí;b;extra\nvale;c\n")
    with pytest.raises(DatasetError, match=r"rag\.csv, line 5: 3 fields but the header has 2 \(semicolon-separated\)"):
        load_table(path)
    _write(tmp_path, "short.csv", "Texto;Categoría\nhola;a\nadiós\n\n   \n")
    assert load_table(tmp_path / "short.csv") == [{"Texto": "hola", "Categoría": "a"},
                                                  {"Texto": "adiós", "Categoría": ""}]


def test_a_cell_holding_a_whole_document_is_read(tmp_path):
    long_text = "palabra " * 40_000  # over csv's default 128 KiB field limit
    path = _write(tmp_path, "largo.csv", f'Texto;Categoría\n"{long_text}";a\n')
    assert load_table(path) == [{"Texto": long_text, "Categoría": "a"}]


def test_json_and_jsonl_report_their_encoding_and_columns(tmp_path):
    info = {}
    path = _write(tmp_path, "d.jsonl", codecs.BOM_UTF8 + '{"Texto": "¿sí?", "a": 1}\n{"b": 2}\n'.encode("utf-8"))
    assert load_table(path, encoding=None, info=info) == [{"Texto": "¿sí?", "a": 1}, {"b": 2}]
    assert (info["format"], info["encoding"], info["delimiter"], info["columns"], info["rows"]) == (
        "jsonl", "utf-8-sig", None, ["Texto", "a", "b"], 2)


def test_an_empty_file_gives_no_rows(tmp_path):
    info = {}
    assert load_table(_write(tmp_path, "empty.csv", b""), encoding=None, info=info) == []
    assert info["rows"] == 0 and info["columns"] == [] and info["delimiter"] == ","


# ---------------------------------------------------------------------------------------------
# Wired through: `ftwork new`, stage 02's reading, stage 03's card, the .txt rule
# ---------------------------------------------------------------------------------------------
FIVE_EXPORTS = ["coma_utf8_crlf.csv", "punto_y_coma_cp1252.csv", "punto_y_coma_utf8_bom.csv", "texto_unicode.txt",
                "libro.xlsx"]
NEW = ["--task", "classification", "--text-column", "Texto", "--label-column", "Categoría"]


def _export(tmp_path, name: str):
    if name.endswith(".xlsx"):
        _xlsx(tmp_path / name, {"Hoja1": TABLE})
        return tmp_path / name
    return _write(tmp_path, name, VARIANTS[name][0])


@pytest.mark.parametrize("name", FIVE_EXPORTS)
def test_ftwork_new_reads_each_export_and_stage_02_reads_it_the_same_way(tmp_path, capsys, name):
    from ftwork import anonymize as A
    from ftwork import cli
    from ftwork.engagement import Engagement

    src = _export(tmp_path, name)
    before = _sha(src)
    assert cli.main(["new", str(tmp_path / "acme"), "--data", str(src), *NEW]) == 0
    out = capsys.readouterr().out
    eng = Engagement.open(tmp_path / "acme")
    s = eng.settings()
    assert (s.data_file, s.text_column, s.label_column, s.table_options()) == (name, "Texto", "Categoría", {})
    tables, read = A.read_inputs(eng)  # stage 02's reading, without the NER
    assert tables == {"train": EXPECTED}  # right columns, accents, the quoted newline and delimiters intact
    assert read["train"]["file"] == f"raw/{name}" and read["train"]["table"]["columns"] == ["Texto", "Categoría"]
    assert f"Read raw/{name}: {read['train']['read_as']}\n" in out  # what ftwork new printed is what 02 read
    expected_how = {"xlsx": "sheet 'Hoja1'"}.get(src.suffix[1:]) or describe_table(
        {"format": src.suffix[1:], "delimiter": VARIANTS[name][2], "encoding": VARIANTS[name][1]}).split(":")[0]
    assert read["train"]["read_as"].startswith(f"{src.suffix[1:]}, ") and expected_how in read["train"]["read_as"]
    assert read["train"]["read_as"].endswith("2 columns (Texto, Categoría), 3 rows")
    assert _sha(eng.raw / name) == _sha(src) == before  # copied byte for byte, the client's file untouched


def test_overrides_given_to_ftwork_new_are_kept_and_reach_stage_02(tmp_path, capsys):
    from ftwork import anonymize as A
    from ftwork import cli
    from ftwork.engagement import Engagement

    book = tmp_path / "libro.xlsx"
    _xlsx(book, {"Notas": [["Resumen de marzo"]], "Datos": TABLE})
    assert cli.main(["new", str(tmp_path / "x"), "--data", str(book), *NEW, "--sheet", "Datos"]) == 0
    assert "Read raw/libro.xlsx: xlsx, sheet 'Datos' (also in the workbook: Notas)" in capsys.readouterr().out
    eng = Engagement.open(tmp_path / "x")
    assert eng.settings().data_sheet == "Datos" and A.read_inputs(eng)[0]["train"] == EXPECTED

    # Latin-1 forced on a Windows-1252 file: '€' comes out as the C1 control it is in Latin-1 – the
    # consultant's choice, stored, and stage 02 reads exactly what `ftwork new` showed.
    src = _write(tmp_path, "ventas.csv", VARIANTS["punto_y_coma_cp1252.csv"][0])
    assert cli.main(["new", str(tmp_path / "y"), "--data", str(src), *NEW, "--encoding", "latin-1",
                     "--delimiter", "semicolon"]) == 0
    assert "Read raw/ventas.csv: csv, semicolon-separated, iso8859-1: 2 columns" in capsys.readouterr().out
    eng = Engagement.open(tmp_path / "y")
    s = eng.settings()
    assert (s.data_encoding, s.data_delimiter, s.data_sheet) == ("latin-1", "semicolon", "")
    rows = A.read_inputs(eng)[0]["train"]
    assert rows[0]["Texto"].endswith("12,50 \x80 y sigo esperando") and rows[1:] == EXPECTED[1:]


@pytest.mark.parametrize("args, message", [
    (["--sheet", "Hoja1"], r"--data: .*d\.csv: a sheet applies to \.xlsx workbooks, not \.csv \(leave --sheet out\)"),
    (["--encoding", "utf-8"], r"--data: .*d\.csv is not UTF-8 text .*Re-save it as UTF-8"),
    (["--encoding", "klingon"], r"unknown encoding 'klingon'"),
    (["--delimiter", ","], r"d\.csv, line 2: 2 fields but the header has 1 \(comma-separated\).*check --delimiter"),
])
def test_wrong_overrides_to_ftwork_new_are_one_clear_error_and_create_nothing(tmp_path, capsys, args, message):
    from ftwork import cli

    src = _write(tmp_path, "d.csv", VARIANTS["punto_y_coma_cp1252.csv"][0])
    assert cli.main(["new", str(tmp_path / "eng"), "--data", str(src), *NEW, *args]) == 2
    assert __import__("re").search(message, capsys.readouterr().err)
    assert not (tmp_path / "eng").exists()


def test_a_txt_is_a_table_when_it_looks_like_one_or_a_delimiter_is_given(tmp_path):
    from ftwork.loaders import load_source, source_kind, txt_table_delimiter

    unicode_txt = _write(tmp_path, "texto_unicode.txt", VARIANTS["texto_unicode.txt"][0])
    assert source_kind(unicode_txt) == "table" and load_source(unicode_txt) == EXPECTED
    letter = "Estimado cliente:\nGracias por su mensaje; lo revisamos hoy.\nUn saludo, Ana\n"
    prose = _write(tmp_path, "carta.txt", letter.encode("cp1252"))
    assert source_kind(prose) == "text"
    assert load_source(prose) == [{"id": "carta", "file": "carta.txt", "text": letter.strip()}]  # cp1252 read too
    assert source_kind(prose, delimiter=";") == "table"  # a delimiter given: the consultant says it is a table
    with pytest.raises(DatasetError, match=r"carta\.txt, line 2: 2 fields but the header has 1 \(semicolon"):
        load_source(prose, table={"delimiter": ";"})  # …read as one, and it is none
    # the rule: ≥ 2 distinct short names, and ≥ 90 % of the rows as wide as the header
    assert txt_table_delimiter("Texto\tCategoría\r\nhola\ta\r\nadiós\tb\r\n") == "\t"
    assert txt_table_delimiter("Texto|Categoría||\nhola|a||\n") == "|"  # Excel's trailing empty columns
    assert txt_table_delimiter("Hola, buenas tardes\n") is None  # a header alone is no table
    assert txt_table_delimiter("Texto;Texto\nhola;a\n") is None  # repeated names: not a header
    assert txt_table_delimiter("a,b\n1,2\n1,2,3\n1\n1,2,3,4\n") is None  # rows of every width: prose
    long_line = "Le escribo porque el pedido llegó tarde y además incompleto otra vez, " * 2
    assert txt_table_delimiter(f"{long_line},x\nuno,dos\n") is None  # a sentence is not a column name


def _support_table(rows: list[dict], delimiter: str = ";") -> str:
    """Varied Spanish-labelled tickets (stage 03 needs a few distinct examples), as Excel writes them."""
    spanish = {"shipping_delay": "envío", "billing": "facturación", "damaged_item": "daño"}
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["Texto", "Categoría"]] + [[r["text"] + " ¿Cuándo?", spanish[r["category"]]] for r in rows])
    return buf.getvalue()


def test_stage_03_says_how_the_client_file_was_read_in_its_card_and_stats(tmp_path):
    """Through stage 02's marker (the normal path) and, with the gate overridden, by its own reading with
    settings.json's overrides."""
    from ftwork import anonymize as A
    from ftwork import dataset as ds
    from ftwork.artifacts import write_marker
    from ftwork.engagement import Engagement, Settings, sha256_file
    from tests.test_dataset import _tickets

    eng = Engagement(tmp_path / "acme")
    eng.raw.mkdir(parents=True)
    (eng.raw / "ventas.csv").write_bytes(_support_table(_tickets(4)).encode("cp1252"))
    eng.save_settings(Settings(name="acme", data_file="ventas.csv", text_column="Texto", label_column="Categoría"))
    how = "csv, semicolon-separated, Windows-1252 (cp1252): 2 columns (Texto, Categoría), 12 rows"
    # what stage 02 leaves (its reading, its records and its marker) – without the NER, which is not the point here
    tables, read = A.read_inputs(eng)
    assert read["train"]["read_as"] == how
    (eng.anonymized_dir).mkdir()
    (eng.anonymized_dir / "records.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tables["train"]), encoding="utf-8")
    write_marker(eng, {"raw/ventas.csv": sha256_file(eng.raw / "ventas.csv")}, {"mode": "placeholder"}, ["Texto"],
                 {"read": read, "quarantined": 0}, False)
    stats = ds.build(eng, ds.DatasetConfig(min_examples=6, min_eval=2))
    assert stats["sources"]["client_read"] == {"train": {"file": "raw/ventas.csv", "read_as": how}}
    assert stats["labels"] == ["daño", "envío", "facturación"]
    card = (eng.dataset_dir / "dataset_card.md").read_text(encoding="utf-8")
    assert f"- client file read as: `raw/ventas.csv`, {how}\n" in card

    # gate overridden: stage 03 reads raw/ itself, with the engagement's overrides
    (eng.raw / "ventas.csv").write_bytes(_support_table(_tickets(4), "|").encode("utf-16"))
    eng.update_settings(data_delimiter="|", data_encoding="utf-16")
    stats = ds.build(eng, ds.DatasetConfig(min_examples=6, min_eval=2, override_gate=True))
    how = "csv, pipe-separated, utf-16: 2 columns (Texto, Categoría), 12 rows"
    assert stats["sources"]["client_read"] == {"train": {"file": "raw/ventas.csv", "read_as": how}}
    assert f"- client file read as: `raw/ventas.csv`, {how}\n" in (eng.dataset_dir / "dataset_card.md").read_text()
