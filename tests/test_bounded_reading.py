"""Reading never takes more than the size limit: files are refused from their size on
disk and by their kind (a FIFO, a device) before they are read, and Word parts are
inflated a chunk at a time, held to their declared sizes and to the limit."""
from __future__ import annotations

import io
import os
import signal
import struct
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from planlint.engine import expand_paths
from planlint.readers import ReadError, read_file_bytes
from planlint.readers import docx as docx_reader
from planlint.readers.docx import read_docx, unpack

MIB = 2**20
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOT_REGULAR = ", not a regular file; planlint reads plan files only, so give the path of " \
              "the plan itself"


@pytest.fixture
def no_blocking():
    """Fail, rather than hang, if the test blocks for 10 s (opening a FIFO would)."""
    def stuck(signum, frame):
        raise AssertionError("blocked")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def refusal(path: Path, max_bytes: int = 200 * MIB) -> str:
    with pytest.raises(ReadError) as err:
        read_file_bytes(path, max_bytes)
    return str(err.value)


# ------------------------------------------------------------ read_file_bytes


def test_a_file_at_the_limit_is_read_whole(tmp_path):
    path = tmp_path / "plan.md"
    path.write_bytes(b"x" * 1000)
    assert read_file_bytes(path, 1000) == b"x" * 1000


def test_a_file_over_the_limit_is_refused_from_its_size_on_disk(tmp_path):
    path = tmp_path / "plan.md"
    with open(path, "wb") as file:
        file.truncate(3 * 2**30)  # sparse: reading it would cost 3 GB
    # The size in the message is the file's: read, it would stop at the limit.
    assert refusal(path) == ("file too large (3072 MB > limit 200 MB); split the plan into "
                             "smaller files")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_file_holding_more_than_its_size_says_is_read_only_up_to_the_limit():
    # /proc files say they hold 0 bytes; this one holds over a kilobyte.
    assert refusal(Path("/proc/self/status"), 1000) == (
        "file too large (it grew past the limit of 0.001 MB while it was read); split the "
        "plan into smaller files")


def test_a_fifo_is_refused_without_blocking(tmp_path, no_blocking):
    os.mkfifo(tmp_path / "plan.md")
    assert refusal(tmp_path / "plan.md") == f"this is a FIFO (named pipe){NOT_REGULAR}"


def test_a_link_to_a_fifo_is_refused_without_blocking(tmp_path, no_blocking):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "plan.md").symlink_to("pipe")
    assert refusal(tmp_path / "plan.md") == f"this is a FIFO (named pipe){NOT_REGULAR}"


def test_a_link_to_an_endless_device_is_refused(tmp_path):
    (tmp_path / "plan.md").symlink_to("/dev/zero")
    assert refusal(tmp_path / "plan.md") == f"this is a character device{NOT_REGULAR}"


def test_missing_files_broken_links_and_folders_keep_their_messages(tmp_path):
    (tmp_path / "broken.md").symlink_to("nowhere.md")
    assert refusal(tmp_path / "missing.md") == "file not found; check the path"
    assert refusal(tmp_path / "broken.md") == ("broken link: the file it points to is not "
                                               "there; fix or remove the link")
    assert refusal(tmp_path) == "this is a folder, not a file; give the path of a plan"


def test_a_folder_walk_keeps_fifos_and_links_to_devices_to_report_them(tmp_path, no_blocking):
    os.mkfifo(tmp_path / "fifo.md")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "to-fifo.md").symlink_to("pipe")
    (tmp_path / "to-zero.md").symlink_to("/dev/zero")
    (tmp_path / "plan.md").write_text("# Plan\n")
    assert [p.name for p in expand_paths([tmp_path])] == [
        "fifo.md", "plan.md", "to-fifo.md", "to-zero.md"]


# ------------------------------------------------------------ Word parts


def small_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Mum will ring the GP.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def with_part(data: bytes, name: str, content: bytes,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The .docx with part `name` holding `content` (added, or replacing it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
        target.writestr(name, content, compress_type=compression)
    return out.getvalue()


def understated(data: bytes, name: str, size: int) -> bytes:
    """The zip with part `name` declared, in its headers, to hold its first `size`
    bytes, and with the checksum of those bytes: a lie zipfile cannot see."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
        crc = zlib.crc32(archive.read(name)[:size])
        infos = archive.infolist()
    data = bytearray(data)
    end_record = data.rfind(b"PK\x05\x06")
    at = struct.unpack_from("<I", data, end_record + 16)[0]
    for entry in infos:
        if entry.filename == name:
            struct.pack_into("<II", data, info.header_offset + 14, crc, info.compress_size)
            struct.pack_into("<I", data, info.header_offset + 22, size)
            struct.pack_into("<I", data, at + 16, crc)
            struct.pack_into("<I", data, at + 24, size)
        at += 46 + sum(struct.unpack_from("<HHH", data, at + 28))
    return bytes(data)


def read_error(data: bytes, max_unpacked_bytes: int = 200 * MIB) -> str:
    with pytest.raises(ReadError) as err:
        read_docx(data, "plan.docx", max_unpacked_bytes=max_unpacked_bytes)
    return str(err.value)


def test_a_part_that_inflates_past_its_declared_size_is_refused():
    document = f'<w:document xmlns:w="{W}"><w:body><w:p/></w:body></w:document>'.encode()
    padded = document + b" " * (5 * MIB)
    data = understated(with_part(small_docx(), "word/document.xml", padded),
                       "word/document.xml", len(document))
    assert read_error(data) == (
        f"Word file looks unsafe: word/document.xml holds more than the {len(document)} "
        "bytes its zip directory declares; open it in Word and save it again as .docx")


def test_python_docx_is_given_only_stored_parts_of_their_true_sizes():
    data = small_docx()
    with zipfile.ZipFile(unpack(data, 200 * MIB)) as package, \
            zipfile.ZipFile(io.BytesIO(data)) as original:
        assert package.namelist() == original.namelist()
        for info in package.infolist():
            assert info.compress_type == zipfile.ZIP_STORED
            assert package.read(info) == original.read(info.filename)
            assert info.file_size == original.getinfo(info.filename).file_size


def test_inflating_stops_at_the_limit_even_past_the_directory_checks(monkeypatch):
    monkeypatch.setattr(docx_reader, "_check_sizes", lambda infos, limit: None)
    assert read_error(small_docx(), max_unpacked_bytes=100_000) == (
        "Word file too large when uncompressed (over the limit of 0.095 MB); remove large "
        "pictures or split the plan")


def test_a_lying_part_costs_a_chunk_not_what_it_holds():
    data = understated(with_part(small_docx(), "word/media/image.png", bytes(50 * MIB)),
                       "word/media/image.png", 100)
    tracemalloc.start()
    try:
        message = read_error(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message.startswith("Word file looks unsafe: word/media/image.png holds more")
    assert peak < 5 * MIB  # zipfile's own read() would inflate all 50 MB at once


@pytest.mark.parametrize("compression, name", [(zipfile.ZIP_BZIP2, "bzip2"),
                                               (zipfile.ZIP_LZMA, "lzma")])
def test_parts_compressed_in_ways_word_never_uses_are_refused(compression, name):
    data = with_part(small_docx(), "word/media/extra.bin", b"\0" * 1000, compression)
    assert read_error(data) == (
        f"Word file packed in a way Word never uses (word/media/extra.bin is compressed "
        f"with {name}); open it in Word and save it again as .docx")


def test_too_deep_xml_is_called_too_deep_not_broken():
    depth = 300  # libxml2 stops at 256
    xml = (f'<w:document xmlns:w="{W}"><w:body>' + "<w:sdt><w:sdtContent>" * depth
           + "<w:p/>" + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>")
    message = read_error(with_part(small_docx(), "word/document.xml", xml.encode()))
    assert message == (
        "Word file nested too deeply to read (word/document.xml has tables or content "
        "controls inside one another hundreds of levels deep); flatten them in Word and "
        "save it again")


def test_broken_xml_is_still_called_broken():
    data = with_part(small_docx(), "word/document.xml", b"<w:document><w:body>")
    assert read_error(data) == ("damaged Word file (broken XML in word/document.xml); open "
                                "it in Word and save it again as .docx")


def test_a_folder_entry_holding_data_is_refused():
    data = understated(with_part(small_docx(), "word/media/", bytes(MIB)), "word/media/", 0)
    assert read_error(data) == (
        "Word file looks unsafe: word/media/ holds more than the 0 bytes its zip directory "
        "declares; open it in Word and save it again as .docx")
