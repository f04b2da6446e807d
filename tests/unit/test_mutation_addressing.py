"""letters/addressing.py: whom a letter answers and in which language (`make mutation`)."""

from __future__ import annotations

import pytest

from letters.addressing import (
    Controller,
    detect_language,
    find_controller,
    informative_title,
    valid_org_number,
)

EN = "the and of to is are we our this that"  # ten English function words
NB = "og i det er som på til med av ikke"  # ten bokmål function words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The data we process", "nb"),  # three English words are not enough
        ("The data is what we process and store", "en"),  # five
        ("THE Data IS OF Our", "en"),  # case does not matter
        ("the and of to", "nb"),  # four
        ("the and of to is are og i det", "nb"),  # 6 English, 3 bokmål: not more than twice as many
        ("the and of to is are we og i det", "en"),  # 7 English, 3 bokmål
        (f"{EN} {NB}", "nb"),
        ("", "nb"),
    ],
)
def test_only_a_clearly_english_request_is_answered_in_english(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_the_word_count_reads_norwegian_letters_as_part_of_words() -> None:
    # «på» and «våre» are bokmål words only if æ/ø/å belong to the word.
    english = "the and of to is are we"
    assert detect_language(f"{english} på våre også hos") == "nb"
    assert detect_language(f"{english} pa vare") == "en"


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("974760673", True),  # Brønnøysundregistrene
        ("923609016", True),
        ("964338531", True),
        ("100000040", True),  # weighted sum divisible by 11: check digit 0
        ("974760674", False),  # wrong check digit
        ("100000130", False),  # the check digit would be 10: no valid number
        ("100000131", False),
        ("97476067", False),  # eight digits
        ("9747606730", False),  # ten digits
        ("97476067a", False),
        ("", False),
    ],
)
def test_an_organisation_number_needs_nine_digits_and_the_right_check_digit(
    digits: str, valid: bool
) -> None:
    assert valid_org_number(digits) is valid


@pytest.mark.parametrize(
    ("text", "controller"),
    [
        (
            "Bergen kommune anmoder om forhåndsdrøftelse av behandlingen.",
            Controller("Bergen kommune"),
        ),
        (
            "Vestby AS (org.nr. 923 609 016) anmoder  med dette om en førehandsdrøfting.",
            Controller("Vestby AS", "923 609 016"),
        ),
        (
            "Acme AS (org. no. 974 760 673) hereby requests a prior consultation.",
            Controller("Acme AS", "974 760 673"),
        ),
        (
            "Acme Data Ltd is requesting prior consultation on a project.",
            Controller("Acme Data Ltd"),
        ),
        (
            "Hei.\nVi ber om forhåndsdrøftelse.\nBehandlingsansvarlig: Vestby AS, avd. IT\n"
            "Org.nr. 923 609 017, organisasjonsnummer: 923609016",
            Controller("Vestby AS", "923 609 016"),
        ),
        ("Kommunen ber om forhåndsdrøftelse.", Controller()),
        ("We request prior consultation.\n  controller :  Foo Ltd (UK)\n", Controller("Foo Ltd")),
        ("Organization number 974.760.673", Controller(None, "974 760 673")),
        ("Org.nr. 974 760 674", Controller()),
        ("Ingen avsender her.", Controller()),
    ],
)
def test_the_controller_is_the_organisation_that_asks_with_a_valid_number(
    text: str, controller: Controller
) -> None:
    assert find_controller(text) == controller


def test_the_first_opener_wins_over_a_later_controller_line() -> None:
    text = (
        "Oslo kommune anmoder om forhåndsdrøftelse.\n"
        "Behandlingsansvarlig: Bydel Frogner\n"
        "Acme AS requests prior consultation."
    )
    assert find_controller(text).name == "Oslo kommune"


def test_a_pronoun_before_an_opener_is_skipped_for_the_next_candidate() -> None:
    text = "Vi ber om forhåndsdrøftelse. Tromsø kommune ber om forhåndsdrøftelse."
    assert find_controller(text).name == "Tromsø kommune"


@pytest.mark.parametrize(
    ("line", "name"),
    [("Behandlingsansvarlig: Vestby AS.", "Vestby AS"), ("Controller: SpaceX", "SpaceX")],
)
def test_a_controller_line_loses_only_its_trailing_punctuation(line: str, name: str) -> None:
    assert find_controller(f"Hei.\n{line}\n").name == name


@pytest.mark.parametrize(
    ("subject", "quoted"),
    [
        ("Anmodning om forhåndsdrøftelse", None),
        ("SV: Anmodning om forhåndsdrøfting etter GDPR art. 36", None),
        ("Request for prior consultation under Article 36", None),
        ("", None),
        ("Forhåndsdrøfting: kameraanalyse i butikk", "Forhåndsdrøfting: kameraanalyse i butikk"),
        ("Request for prior consultation – Acme", "Request for prior consultation – Acme"),
    ],
)
def test_a_subject_is_quoted_only_when_it_says_more_than_every_request(
    subject: str, quoted: str | None
) -> None:
    assert informative_title(subject) == quoted
