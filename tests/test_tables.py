"""Tables read as they come (issue 17): the delimiter and encoding Excel and other tools really
export, detected and reported; repeated or blank column names refused; cells kept as text; the
client's file never touched."""
import codecs
import csv
import hashlib
import io

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


def test_the_default_detects_the_delimiter_but_keeps_todays_utf8_only_reading(tmp_path):
    """Until the CLI and stages pass the engagement's encoding, a plain call reads UTF-8 (with or
    without BOM) as before – but no longer as one column 'Texto;Categoría'."""
    info = {}
    assert load_table(_write(tmp_path, "bom.csv", VARIANTS["punto_y_coma_utf8_bom.csv"][0]), info=info) == EXPECTED
    assert info["delimiter"] == ";" and info["encoding"] == "utf-8-sig"
    cp1252 = _write(tmp_path, "latin.csv", VARIANTS["punto_y_coma_cp1252.csv"][0])
    with pytest.raises(DatasetError, match=r"latin\.csv is not UTF-8 .*line 1.*iconv.*encoding=None"):
        load_table(cp1252)
    with pytest.raises(AnonymizeInputError, match="is not UTF-8"):  # each stage keeps its own error class
        load_table(cp1252, AnonymizeInputError)


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
