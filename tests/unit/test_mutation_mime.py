"""reading/mime.py: base64 payloads decoded without copies, and left to the stdlib when odd; the
parser's policy reads headers as the stdlib's default does; parse_bytes parses as the stdlib."""

from __future__ import annotations

import base64
import tracemalloc
from email import policy
from email.feedparser import FeedParser
from email.message import Message
from email.parser import BytesParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reading import mime
from reading.mime import MAIL_POLICY, base64_payload, parse_bytes

DATA = bytes(range(256)) * 3


def part(payload: str, encoding: str | None = "base64") -> Message:
    message = Message()
    if encoding is not None:
        message["Content-Transfer-Encoding"] = encoding
    message.set_payload(payload)
    return message


def folded(data: bytes, newline: str = "\r\n") -> str:
    text = base64.b64encode(data).decode()
    return newline.join(text[i : i + 76] for i in range(0, len(text), 76)) + newline


def test_folded_base64_decodes_like_the_stdlib() -> None:
    for newline in ("\r\n", "\n"):
        message = part(folded(DATA, newline))
        assert base64_payload(message) == DATA == message.get_payload(decode=True)


def test_the_encoding_name_is_case_insensitive() -> None:
    assert base64_payload(part(folded(DATA), "Base64")) == DATA


def test_another_or_no_transfer_encoding_is_left_to_the_stdlib() -> None:
    assert base64_payload(part(folded(DATA), "quoted-printable")) is None
    assert base64_payload(part(folded(DATA), None)) is None


def test_base64_that_needs_repair_is_left_to_the_stdlib() -> None:
    text = base64.b64encode(DATA).decode()
    assert base64_payload(part(text[:-1])) is None  # not a multiple of four
    assert base64_payload(part("QUJD*EFG")) is None  # a character outside the alphabet
    assert base64_payload(part("QUJD****")) is None  # not silently dropped: b"ABC" if they were
    assert base64_payload(part(text[:-4] + "æøå=")) is None  # not ASCII


def test_a_multipart_payload_is_no_base64_text() -> None:
    container = Message()
    container["Content-Transfer-Encoding"] = "base64"
    container.set_payload([part(folded(DATA))])
    assert base64_payload(container) is None


def test_an_empty_payload_is_empty_bytes() -> None:
    assert base64_payload(part("")) == b""


MULTIPART = (
    b"From: =?utf-8?q?Kari_N=C3=B8rdmann?= <kari@kommune.example>\r\n"
    b"Subject: =?utf-8?q?Anmodning_om_forh=C3=A5ndsdr=C3=B8ftelse?=\r\n"
    b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
    b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHei\r\n"
    b'--b1\r\nContent-Type: application/pdf; name="dpia.pdf"\r\n'
    b"Content-Disposition: attachment; filename*=utf-8''vurdering%20%C3%A6.pdf\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b1--\r\n"
)


def test_the_mail_policy_reads_every_header_as_the_stdlib_default_does() -> None:
    ours = BytesParser(policy=MAIL_POLICY).parsebytes(MULTIPART)
    stdlib = BytesParser(policy=policy.default).parsebytes(MULTIPART)
    for _ in range(2):  # the second time from the kept header objects
        for mine, theirs in zip(ours.walk(), stdlib.walk(), strict=True):
            assert mine.items() == theirs.items()
            assert mine.get_content_type() == theirs.get_content_type()
            assert mine.get_params() == theirs.get_params()
            assert mine.get_filename() == theirs.get_filename()
            assert [h.defects for _, h in mine.items()] == [h.defects for _, h in theirs.items()]
    assert ours.as_bytes() == stdlib.as_bytes()
    assert str(ours["Subject"]) == "Anmodning om forhåndsdrøftelse"


def test_short_header_values_are_parsed_once_and_long_ones_each_time() -> None:
    short = "text/plain; charset=utf-8"
    assert MAIL_POLICY.header_factory("Content-Type", short) is MAIL_POLICY.header_factory(
        "Content-Type", short
    )
    long = "text/plain; " + "; ".join(f"p{n}=v" for n in range(200))
    assert len(long) > 998
    first, second = (MAIL_POLICY.header_factory("Content-Type", long) for _ in range(2))
    assert first is not second
    assert first == second
    assert first.params == second.params


# --- parse_bytes: the stdlib's parse, with runs of base64 lines handed over as one line ---------
def stdlib_parse(raw: bytes, crlf_to_lf: bool = False) -> Message:
    if crlf_to_lf:
        raw = raw.replace(b"\r\n", b"\n")
    return BytesParser(policy=MAIL_POLICY).parsebytes(raw)


def anatomy(message: Message) -> list[tuple[object, ...]]:
    """Everything the parser decides, part by part: the raw headers, the payload as stored,
    preamble, epilogue, defects, the envelope line and the default type."""
    found: list[tuple[object, ...]] = []
    for piece in message.walk():
        payload = getattr(piece, "_payload", None)
        found.append((
            type(piece).__name__, piece.items() and list(piece._headers),  # type: ignore[attr-defined]
            payload if isinstance(payload, str) else len(payload or ()), piece.preamble,
            piece.epilogue, [f"{type(d).__name__}: {d}" for d in piece.defects],
            piece.get_unixfrom(), piece.get_default_type(),
        ))  # fmt: skip
    return found


def assert_parsed_alike(raw: bytes) -> None:
    for crlf_to_lf in (False, True):
        ours = parse_bytes(raw, crlf_to_lf=crlf_to_lf)
        assert anatomy(ours) == anatomy(stdlib_parse(raw, crlf_to_lf))
        assert "\ue000" not in ours.as_string()


def lines(count: int, newline: str = "\r\n") -> str:
    text = base64.b64encode(DATA * 4).decode()
    return "".join(text[i * 76 : i * 76 + 76] + newline for i in range(count))


RUN = lines(40)
LF = "\n"
LAYOUTS = {
    "an attachment": MULTIPART.replace(b"JVBERi0=\r\n", RUN.encode()),
    "a lone part": f"Content-Type: application/pdf\r\n\r\n{RUN}",
    "no header block": RUN + "Subject: not a header any more\r\n",
    "no blank line after the headers": f"Subject: s\r\n{RUN}",
    "no line break at the end": RUN + "QUJD",
    "runs in preamble and epilogue": (
        f"Content-Type: multipart/mixed; boundary=b\n\n{RUN}--b\n\nx\n--b--\n{RUN}{lines(20, LF)}"
    ),
    "a run before the closing boundary": (
        f"Content-Type: multipart/mixed; boundary=b\n\n--b\n\n{lines(20, LF)}--b--\n"
    ),
    "an unclosed multipart": f"Content-Type: multipart/mixed; boundary=b\n\n--b\n\n{RUN}",
    "no start boundary": f"Content-Type: multipart/mixed; boundary=b\n\n{RUN}--c\n{RUN}",
    "no boundary parameter": f"Content-Type: multipart/mixed\n\n{RUN}",
    "a nested message": f"Content-Type: message/rfc822\n\n{RUN}\n{RUN}",
    "a delivery status": f"Content-Type: message/delivery-status\n\n{RUN}\n{RUN}\nA: b\n",
    "mixed line breaks": lines(20, LF) + lines(20, "\r\n") + lines(20, "\r") + lines(20, LF),
    "raw 8-bit bytes": "Subject: s\n\n" + RUN + "\udcee\udc80\udc80\udcff\n" + RUN,
}


@pytest.mark.parametrize("raw", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_parse_bytes_parses_as_the_stdlib_does(raw: str | bytes) -> None:
    data = raw if isinstance(raw, bytes) else raw.encode("ascii", "surrogateescape")
    assert_parsed_alike(data)


PIECES = [
    "From: a@b\n",
    "Content-Type: multipart/mixed; boundary=b\n",
    "\n",
    "\r\n",
    "\r",
    "--b\n",
    "--b--\n",
    "--b\r\n",
    "Content-Type: message/rfc822\n",
    "Content-Type: text/plain\n",
    "Content-Type: message/delivery-status\n",
    "From x\n",
    " folded\n",
    ":\n",
    "AAAA:\n",
    "pre amble\n",
    "QUJD",
    "\udcee\udc80\udc80\n",
    lines(17),
    lines(16, "\n"),
    lines(15),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12))
def test_any_arrangement_of_lines_parses_as_the_stdlib_does(pieces: list[str]) -> None:
    assert_parsed_alike("".join(pieces).encode("ascii", "surrogateescape"))


def test_a_run_of_sixteen_base64_lines_reaches_the_parser_as_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fed: list[str] = []

    class Recording(FeedParser):
        def feed(self, data: str) -> None:
            fed.append(data)
            super().feed(data)

    monkeypatch.setattr(mime, "FeedParser", Recording)
    head = "Content-Type: text/plain\r\n\r\n"
    body = f"{lines(5)}a text\r\n{lines(16)}no base64\r\n{lines(15)}the end\r\n"
    message = parse_bytes(f"{head}{body}".encode(), crlf_to_lf=True)
    stand_in = f"{head}{lines(5)}a text\r\n\ue0000\ue001\r\nno base64\r\n{lines(15)}the end\r\n"
    assert "".join(fed) == stand_in.replace("\r\n", "\n")  # 5 and 15 lines: no runs
    assert message.get_payload() == body.replace("\r\n", "\n")


def test_crlf_becomes_lf_also_where_a_slice_ends_between_cr_and_lf() -> None:
    head = b"Subject: s\r\n\r\n"
    raw = head + b"a" * (mime.FEED_CHUNK - len(head) - 1) + b"\r\n" + b"ord ord\r\n" * 100
    assert raw[mime.FEED_CHUNK - 1 : mime.FEED_CHUNK + 1] == b"\r\n"  # the CR ends a slice
    assert "\r" not in str(parse_bytes(raw, crlf_to_lf=True).get_payload())
    assert_parsed_alike(raw + b"\r")


def test_a_large_attachment_is_parsed_in_about_its_own_size_of_memory() -> None:
    """The stdlib's parse peaked at 2.8 x the body (a string per line, then their join), a plain
    regex repeat at 3.7 x (a backtracking entry per line); a run is one string now."""
    body = folded(DATA * 3600)  # about 3.7 MB of base64 lines
    raw = f"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n{body}--b--\r\n".encode()
    tracemalloc.start()
    try:
        message = parse_bytes(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1.5 * len(body)
    assert message.get_payload(0).get_payload() == body[:-2]
