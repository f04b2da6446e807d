"""The decision letter form: fields make the same draft as the YAML route, on both databases."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from typing import Any

import pytest

from cases.letters import SqlLetters
from cases.model import CaseNumber
from config import wiring
from tests.services.browser import Seeded, csrf_token

pytestmark = pytest.mark.postgres

YAML = """\
outcomes: [ADVICE]
conclusion: |
  Datatilsynet gir skriftlige råd om verktøyet.

  Rådene står under funnene.
facts: |
  Kommunen planlegger et verktøy for risikoscore.

  Kommunen har gjennomført en DPIA.
assessment:
  lawful: Behandlingsgrunnlaget er på plass, men dataminimering er ikke oppfylt.
  risk_identified: Risikoen for diskriminering er identifisert, men ikke fordelingen.
  risk_reduced: Tiltakene reduserer ikke risikoen for feilaktig stempling.
findings:
  - title: Risikovurderingen mangler en vurdering av skjevheter
    requirement: DPIA-en skal omfatte risikoen for de registrertes rettigheter.
    shortfall: DPIA-en beskriver ikke hvordan modellen er testet for skjevheter.
    expected_measures:
      - En test av modellen for skjevheter mellom grupper.
      - Terskler for når modellen ikke kan brukes.
    read_more:
      - Datatilsynets veileder om DPIA
    rule_ids: [GDPR_ART35_7]
main_considerations: Vi har lagt vekt på at de registrerte er barn.
legal_basis: [GDPR_ART35, GDPR_ART36_2]
"""

FIELDS = {
    "utfall": ["ADVICE"],
    "konklusjon": ["Datatilsynet gir skriftlige råd om verktøyet.\r\n\r\n"
                   "Rådene står under funnene."],
    "faktum": ["Kommunen planlegger et verktøy for risikoscore.\r\n\r\n"
               "Kommunen har gjennomført en DPIA."],
    "lovlig": ["Behandlingsgrunnlaget er på plass, men dataminimering er ikke oppfylt."],
    "risiko_identifisert": ["Risikoen for diskriminering er identifisert, men ikke fordelingen."],
    "risiko_redusert": ["Tiltakene reduserer ikke risikoen for feilaktig stempling."],
    "funn1_tittel": ["Risikovurderingen mangler en vurdering av skjevheter"],
    "funn1_krav": ["DPIA-en skal omfatte risikoen for de registrertes rettigheter."],
    "funn1_mangel": ["DPIA-en beskriver ikke hvordan modellen er testet for skjevheter."],
    "funn1_tiltak": ["En test av modellen for skjevheter mellom grupper.\r\n"
                     "Terskler for når modellen ikke kan brukes."],
    "funn1_les_mer": ["Datatilsynets veileder om DPIA"],
    "funn1_regler": ["GDPR_ART35_7"],
    "hovedhensyn": ["Vi har lagt vekt på at de registrerte er barn."],
    "rettslig_grunnlag": ["GDPR_ART35", "GDPR_ART36_2"],
}  # fmt: skip


def _post(client: Any, path: str, form: dict[str, Any]) -> Any:
    token = csrf_token(client.get("/saker/2026/1/vedtaksbrev").text)
    return client.post(path, data={**form, "csrf_token": token})


def _docx_parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _drafts(seeded: Seeded) -> list[Any]:
    with wiring.session(seeded.settings) as session:
        drafts = SqlLetters(session).for_case(CaseNumber(2026, 1))
    return [d for d in drafts if d.kind == "decision"]


def test_the_form_makes_the_same_draft_as_the_yaml_route(client_for: Any, seeded: Seeded) -> None:
    client = client_for("saksbehandler")
    page = client.get("/saker/2026/1/vedtaksbrev")
    assert page.status_code == 200 and "Hva regelverket krever" in page.text
    assert 'value="GDPR_ART35_7"' in page.text  # citations picked from the citation data
    from_form = _post(client, "/saker/2026/1/vedtaksbrev", FIELDS)
    assert from_form.status_code == 200, from_form.text
    assert "Brevutkastet er lagret i saken" in from_form.text
    from_yaml = _post(client, "/saker/2026/1/utkast", {"kind": "decision", "source": YAML})
    assert from_yaml.status_code == 200, from_yaml.text
    form_draft, yaml_draft = sorted(_drafts(seeded), key=lambda d: d.id)
    # the same letter: every field, and every part of the DOCX (its zip dates differ)
    assert replace(form_draft.content, docx=b"") == replace(yaml_draft.content, docx=b"")
    assert _docx_parts(form_draft.content.docx) == _docx_parts(yaml_draft.content.docx)
    assert "GDPR_ART35_7" in form_draft.source  # the stored input stays editable as YAML


def test_the_form_refuses_missing_parts_in_plain_norwegian(client_for: Any, seeded: Seeded) -> None:
    client = client_for("saksbehandler")
    form = {**FIELDS, "utfall": [], "funn1_mangel": [""], "paleggsfrist": ["31.12"]}
    response = _post(client, "/saker/2026/1/vedtaksbrev", form)
    assert response.status_code == 422
    assert "Velg minst ett utfall." in response.text
    assert "Funn 1: fyll ut hva som mangler." in response.text
    assert "Frist for pålegget: «31.12» er ikke en dato (ÅÅÅÅ-MM-DD)." in response.text
    assert "Datatilsynet gir skriftlige råd om verktøyet." in response.text  # values kept
    no_finding = {k: v for k, v in FIELDS.items() if not k.startswith("funn1")}
    response = _post(client, "/saker/2026/1/vedtaksbrev", {**no_finding, "utfall": ["WARNING"]})
    assert response.status_code == 422
    assert "Funn: et vedtak (advarsel) må ha minst ett funn" in response.text  # the YAML
    assert "findings" not in response.text and "R-LT-3" not in response.text  # route's check
    assert _drafts(seeded) == []
