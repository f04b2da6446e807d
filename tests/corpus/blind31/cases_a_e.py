# ruff: noqa: E501
"""Cases of senders A–E (ids H001–H010, H021–H030, H041–H050)."""

from __future__ import annotations

from email.message import EmailMessage

from common import Case, lab, mail, who
from kit import message, quoted, scan_pdf, to_docx, to_odt, to_pdf, to_xlsx, to_zip, when
from model import Person, Topic
from senders import (
    A_ARDAL,
    A_DPO,
    A_HOVDE,
    A_KVALE,
    A_RYSSTAD,
    A_SOLVIK,
    B_BAKKEN,
    B_FOSSE,
    C_DPO,
    C_ELIASSEN,
    C_OKAFOR,
    D_AAS,
    D_DPO,
    D_MORK,
    E_DPO,
    E_HJELLE,
    E_MYKLEBUST,
    FULL,
    a_contacts,
    a_dpia,
    a_letter,
    b_dpia,
    b_front,
    b_signature,
    c_dpia,
    c_signature,
    cut,
    d_cover,
    d_dpia,
    d_signature,
    e_description,
    e_register,
    e_risk_prose,
    e_signature,
    md_table,
)
from topics_en import C_CLASS, C_GEN, C_MIND, C_TEEN
from topics_nb import B_HUD, B_KNE, B_SKRIV, B_SOVN, D_AML, D_ATFERD, D_KONTO, D_SELFIE
from topics_nn import (
    A_BARNEVERN,
    A_GPS,
    A_KAMERA,
    A_TILSYN,
    E_BILLETT,
    E_KAMERA,
    E_TELEMATIKK,
    E_TELJING,
)

# --- A: Vetlefjord kommune ------------------------------------------------------------------


def _a_sig(p: Person) -> str:
    return f"Helsing\n{p.name}\n{p.title[0].upper() + p.title[1:]}\nVetlefjord kommune\nTlf. {p.phone}\n{p.email}"


A_MD_APPROVAL_TILSYN = "Vurderinga vart lagd fram for leiargruppa mi 3. november 2026 av kommunalsjefen for helse og omsorg, saman med funna, restrisikoen og merknadene frå personvernombodet, dei tillitsvalde og eldrerådet. Eg har gått gjennom vurderinga og godkjent ho, og eg har avgjort at kommunen skal be om førehandsdrøfting, fordi den høge risikoen for bebuarar utan samtykkekompetanse ikkje kan reduserast nok med dei tiltaka vi rår over."
A_MD_APPROVAL_KAMERA = "Leiargruppa mi handsama vurderinga 27. oktober 2026. Leiaren for legevakta la fram funna og restrisikoen, og vi fekk innspel frå dei tillitsvalde, verneombodet og brukarrådet for legevakta. Eg har godkjent vurderinga og avgjort at vi skal be om førehandsdrøfting før utprøvinga tek til."


def h001() -> Case:
    t = A_TILSYN
    letter = a_letter(
        t,
        "2026/1432-4",
        "10.11.2026",
        [
            "Vetlefjord kommune ber om førehandsdrøfting etter personvernforordninga artikkel 36 før vi tek i bruk digitalt nattilsyn med kamera og sensorar på Solbakken omsorgssenter. Vurderinga av personvernkonsekvensar ligg ved.",
            a_contacts(A_RYSSTAD),
            A_MD_APPROVAL_TILSYN,
            "Vi har planlagt oppstart i mars 2027 og stiller gjerne til møte.",
        ],
        A_SOLVIK,
    )
    dpia = a_dpia(t, "used", FULL, "Helse og omsorg", A_RYSSTAD.name, "28.10.2026")
    body = mail(
        "Hei,",
        "Vedlagt følgjer førespurnad om førehandsdrøfting frå Vetlefjord kommune, med følgjebrev frå kommunedirektøren og vurderinga av personvernkonsekvensar for digitalt nattilsyn på Solbakken omsorgssenter.",
        "Sei frå om noko manglar eller er uklart.",
        _a_sig(A_RYSSTAD),
    )
    msg = message(
        "H001",
        who(A_RYSSTAD.name, A_RYSSTAD.email),
        "Førespurnad om førehandsdrøfting – digitalt nattilsyn, Solbakken omsorgssenter",
        when(11, 10, 9, 12),
        body,
        attachments=[
            ("Folgjebrev_forehandsdrofting_nattilsyn.pdf", to_pdf(letter)),
            ("DPIA_digitalt_nattilsyn_Solbakken_v1.0.odt", to_odt(dpia)),
        ],
    )
    return msg, lab(
        "nn",
        "municipality cover_letter_pdf dpia_odt chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_hending_trussel_skadepotensial approval_in_cover_letter_md contact_prose dpo_external_shared processor_contact_in_storage_chapter",
        "pgp_mime",
        "used",
        "complete; kommunedirektøren's covering letter states the review and approval; DPIA as one ODT narrative",
    )


def h021() -> Case:
    t = A_GPS
    letter = a_letter(
        t,
        "2026/1519-2",
        "19.11.2026",
        [
            "Helse og omsorg i Vetlefjord kommune ber om førehandsdrøfting for lokaliseringsteknologi (GPS-klokke) til heimebuande personar med demens. Vurderinga av personvernkonsekvensar ligg ved.",
            a_contacts(A_KVALE),
            "Vurderinga skal leggjast fram for leiargruppa til kommunedirektøren 8. desember. Vi ettersender referatet frå den handsaminga så snart det ligg føre, men ønskjer å sende saka no slik at de kan byrje å sjå på ho.",
            "Vi har fått tilskot frå Helsedirektoratet til innføringa og ønskjer å starte opp i løpet av våren 2027.",
        ],
        A_KVALE,
    )
    dpia = a_dpia(
        t,
        "used",
        FULL,
        "Heimetenesta",
        "Helge Rysstad og avdelingsleiar i heimetenesta",
        "12.11.2026",
    )
    body = mail(
        "Hei",
        "Her kjem førespurnad om førehandsdrøfting for GPS-klokker i heimetenesta, med følgjebrev og vurdering av personvernkonsekvensar.",
        _a_sig(A_KVALE),
    )
    msg = message(
        "H021",
        who(A_KVALE.name, A_KVALE.email),
        "Førehandsdrøfting – GPS-klokke for heimebuande med demens",
        when(11, 19, 14, 3),
        body,
        attachments=[
            ("Folgjebrev_GPS-klokke.pdf", to_pdf(letter)),
            ("Vurdering_personvernkonsekvensar_GPS-klokke.odt", to_odt(dpia)),
        ],
    )
    return msg, lab(
        "nn",
        "municipality cover_letter_pdf dpia_odt chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_hending_trussel_skadepotensial contact_prose dpo_external_shared signed_by_unit_head p5_deferred_mid_text",
        "none",
        "used",
        "approval deferred in the middle of the covering letter (leiargruppa 8 December, minutes to follow); letter signed by the kommunalsjef",
        missing=(5,),
    )


def h041() -> Case:
    body = mail(
        "Hei,",
        "Vi i helse og omsorg i Vetlefjord kommune har gjennomført ei vurdering av personvernkonsekvensar for elektroniske medisindispensarar i heimetenesta (om lag 60 brukarar). Dispensaren varslar responssenteret dersom brukaren ikkje tek medisinen, og loggen vert lagra hos leverandøren.",
        "Før tiltaka vurderte vi risikoen som høg, mest på grunn av helseopplysningar hos leverandøren og varsel som kan gå til feil person. Etter tiltaka (kryptering, avgrensa logg, rutine for varsling, opplæring) meiner vi risikoen er låg.",
        "Spørsmålet vårt er: Må vi likevel be om førehandsdrøfting når risikoen i utgangspunktet var høg, eller er det nok at vurderinga er dokumentert internt og godkjend av kommunalsjefen? Vi har ikkje lagt ved vurderinga, men sender ho gjerne om de vil sjå ho.",
        "Takk for hjelpa!",
        _a_sig(A_RYSSTAD),
    )
    msg = message(
        "H041",
        who(A_RYSSTAD.name, A_RYSSTAD.email),
        "Spørsmål: må vi be om førehandsdrøfting? (medisindispensarar)",
        when(11, 4, 10, 40),
        body,
    )
    return msg, lab(
        "nn",
        "municipality nonrequest_question mentions_dpia mentions_prior_consultation",
        "none",
        "unspecified",
        "question whether prior consultation is needed after risk was reduced; no request",
        request=False,
    )


def h002() -> Case:
    t = A_BARNEVERN
    front = "~ Godkjend av kommunedirektør Ingrid Solvik i leiargruppemøte 27.10.2026 (sak 61/26), etter at barnevernsleiar hadde gått gjennom vurderinga og innspela frå tilsette, personvernombodet og dei tillitsvalde."
    dpia = a_dpia(
        t, "none", FULL, "Barnevernstenesta", "Siv Årdal og analyseteamet", "20.10.2026", front
    )
    body = mail(
        "Til Datatilsynet",
        "Barnevernstenesta i Vetlefjord kommune ber om førehandsdrøfting for eit støtteverktøy som prioriterer bekymringsmeldingar. Vurderinga av personvernkonsekvensar ligg ved som PDF. Verktøyet er utvikla av kommunen sjølv og køyrer på eigne serverar.",
        f"Kontaktperson: {A_ARDAL.name}, {A_ARDAL.title}, tlf. {A_ARDAL.phone}, {A_ARDAL.email}\nPersonvernombod: {A_DPO.name}, Sognefjord IKT, tlf. {A_DPO.phone}, {A_DPO.email}",
        "Med venleg helsing",
        _a_sig(A_ARDAL),
    )
    msg = message(
        "H002",
        who(A_ARDAL.name, A_ARDAL.email),
        "Førespurnad om førehandsdrøfting – prioritering av bekymringsmeldingar",
        when(11, 16, 13, 25),
        body,
        attachments=[
            ("DPIA_prioriteringsverktoy_barnevern.pdf", to_pdf(dpia, "DPIA prioriteringsverktøy"))
        ],
    )
    return msg, lab(
        "nn",
        "municipality dpia_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_hending_trussel_skadepotensial approval_front_page_line contact_label_value dpo_external_shared processor_none_stated",
        "none",
        "none",
        "complete; approval as a line on the DPIA's front page; in-house tool, no processor",
    )


def _a_kamera_letter(date: str, dpo: bool) -> str:
    return a_letter(
        A_KAMERA,
        "2026/1377-6",
        date,
        [
            "Vetlefjord kommune ber på vegner av Vetlefjord interkommunale legevakt om førehandsdrøfting før vi prøver ut kroppskamera for tilsette. Vurderinga av personvernkonsekvensar ligg ved.",
            a_contacts(A_HOVDE, dpo=dpo),
            A_MD_APPROVAL_KAMERA,
        ],
        A_SOLVIK,
    )


def h042() -> Case:
    dpia = a_dpia(
        A_KAMERA, "used", FULL, "Vetlefjord interkommunale legevakt", A_HOVDE.name, "20.10.2026"
    )
    body = mail(
        "Hei,",
        "Vedlagt er førespurnad om førehandsdrøfting for kroppskamera på legevakta, med brev frå kommunedirektøren og DPIA.",
        "Mvh",
        _a_sig(A_HOVDE),
    )
    msg = message(
        "H042",
        who(A_HOVDE.name, A_HOVDE.email),
        "Kroppskamera legevakt – førespurnad om førehandsdrøfting",
        when(11, 5, 8, 47),
        body,
        attachments=[
            (
                "Brev_til_Datatilsynet_kroppskamera.pdf",
                to_pdf(_a_kamera_letter("05.11.2026", dpo=False)),
            ),
            ("DPIA_kroppskamera_legevakt.odt", to_odt(dpia)),
        ],
    )
    return msg, lab(
        "nn",
        "municipality cover_letter_pdf dpia_odt chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_hending_trussel_skadepotensial approval_in_cover_letter_md contact_prose p1_dpo_not_named",
        "none",
        "used",
        "DPO only mentioned ('personvernombodet har vore involvert'), never named or reachable; everything else present",
        missing=(1,),
    )


def h022() -> Case:
    dpia = a_dpia(
        A_KAMERA, "used", FULL, "Vetlefjord interkommunale legevakt", A_HOVDE.name, "20.10.2026"
    )
    body = mail(
        "Hei igjen,",
        "Vi viser til førespurnaden vår 5. november om kroppskamera på legevakta. Vi har fått beskjed om at personvernombodet ikkje var namngjeve med kontaktinformasjon, så her kjem brevet på nytt i retta versjon, saman med same DPIA.",
        "Mvh",
        _a_sig(A_HOVDE),
    )
    msg = message(
        "H022",
        who(A_HOVDE.name, A_HOVDE.email),
        "SV: Kroppskamera legevakt – førespurnad om førehandsdrøfting (retta brev)",
        when(11, 26, 12, 5),
        body,
        attachments=[
            (
                "Brev_til_Datatilsynet_kroppskamera_v2.pdf",
                to_pdf(_a_kamera_letter("26.11.2026", dpo=True)),
            ),
            ("DPIA_kroppskamera_legevakt.odt", to_odt(dpia)),
        ],
    )
    return msg, lab(
        "nn",
        "municipality cover_letter_pdf dpia_odt chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_hending_trussel_skadepotensial approval_in_cover_letter_md contact_prose dpo_external_shared resubmission_complete",
        "none",
        "used",
        "resubmission of H042 with the DPO named; complete on its own",
    )


# --- B: Klinikk Nordlys AS ------------------------------------------------------------------


def _b_mail(
    cid: str, t_subject: str, date: str, paras: list[str], attachments: list[tuple[str, bytes]]
) -> EmailMessage:
    body = mail("Hei,", *paras, b_signature())
    return message(
        cid, who(B_FOSSE.name, B_FOSSE.email), t_subject, date, body, attachments=attachments
    )


def h023() -> Case:
    t = B_HUD
    front = b_front(
        t,
        "1.0",
        "Godkjent",
        f"{B_BAKKEN.name}, {B_BAKKEN.title}, 28.10.2026, etter gjennomgang i ledergruppen",
        dpo_phone=False,
    )
    dpia = b_dpia(t, "used", FULL, front)
    msg = _b_mail(
        "H023",
        "Forhåndsdrøftelse – KI-støttet teledermatologi",
        when(11, 3, 15, 2),
        [
            "Klinikk Nordlys AS ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 for KI-støttet vurdering av hudforandringer i appen vår. Vurderingen av personvernkonsekvenser ligger vedlagt; kontaktpersoner og godkjenning står på forsiden av dokumentet.",
        ],
        [("DPIA_teledermatologi_KI.docx", to_docx(dpia))],
    )
    return msg, lab(
        "nb",
        "private_clinic dpia_docx front_page_table chapters_by_component necessity_in_description balancing_in_legal_chapter approval_front_page_table processor_contact_in_storage_chapter p1_dpo_no_phone",
        "pgp_mime",
        "used",
        "DPO on the front page with e-mail only, no phone anywhere; everything else present",
        missing=(1,),
    )


def h003() -> Case:
    t = B_HUD
    front = b_front(
        t,
        "1.1",
        "Godkjent",
        f"{B_BAKKEN.name}, {B_BAKKEN.title}, 28.10.2026, etter gjennomgang i ledergruppen",
    )
    dpia = b_dpia(t, "used", FULL, front)
    msg = _b_mail(
        "H003",
        "SV: Forhåndsdrøftelse – KI-støttet teledermatologi (oppdatert)",
        when(11, 17, 10, 31),
        [
            "Vi viser til e-posten vår 3. november. Forsiden manglet telefonnummer til personvernombudet. Vedlagt er versjon 1.1 av vurderingen med fullstendig kontaktinformasjon; innholdet ellers er det samme.",
            "Vi ber fortsatt om forhåndsdrøftelse for KI-støttet teledermatologi.",
        ],
        [("DPIA_teledermatologi_KI_v1.1.docx", to_docx(dpia))],
    )
    return msg, lab(
        "nb",
        "private_clinic dpia_docx front_page_table chapters_by_component necessity_in_description balancing_in_legal_chapter approval_front_page_table processor_contact_in_storage_chapter resubmission_complete",
        "pgp_mime",
        "used",
        "complete resubmission of H023; approval in the front-page table ('Godkjent av')",
    )


def h043() -> Case:
    t = B_KNE
    opening = (
        "~ Til Datatilsynet\n~ Oslo, 12. november 2026\n\n"
        "Klinikk Nordlys AS ber om forhåndsdrøftelse for fjernoppfølging etter kneprotese. Vurderingen av personvernkonsekvenser følger nedenfor.\n\n"
        "Vurderingen ble lagt frem for ledergruppen 29. oktober 2026 sammen med innspill fra fysioterapeutene, brukerutvalget og personvernombudet. Ledergruppen sluttet seg til vurderingen, og jeg har godkjent den og besluttet at vi ber om forhåndsdrøftelse, fordi vi ikke får risikoen ned på et lavt nivå.\n\n"
        f"~ {B_BAKKEN.name}\n~ Administrerende direktør"
    )
    front = b_front(t, "1.0", "Godkjent", f"{B_BAKKEN.name} (se brevet over)")
    dpia = b_dpia(t, "used", FULL, front, opening)
    msg = _b_mail(
        "H043",
        "Anmodning om forhåndsdrøftelse: fjernoppfølging etter kneprotese",
        when(11, 12, 9, 55),
        [
            "Vedlagt følger anmodning om forhåndsdrøftelse for fjernoppfølging etter kneprotese, med brev fra administrerende direktør først i dokumentet."
        ],
        [("Forhandsdroftelse_fjernoppfolging_kne.docx", to_docx(dpia))],
    )
    return msg, lab(
        "nb",
        "private_clinic dpia_docx letter_inside_document front_page_table chapters_by_component necessity_in_description balancing_in_legal_chapter approval_letter_md_in_document processor_contact_in_storage_chapter phone_foreign",
        "none",
        "used",
        "complete; the managing director's letter opens the DOCX and states review and approval",
    )


def h004() -> Case:
    t = B_SKRIV
    front = b_front(t, "0.9", "Utkast – skal behandles i ledergruppen", "")
    dpia = b_dpia(t, "used", FULL, front)
    msg = _b_mail(
        "H004",
        "Forhåndsdrøftelse – KI-assistent for journalnotater",
        when(11, 6, 14, 18),
        [
            "Klinikk Nordlys AS ønsker forhåndsdrøftelse for en KI-assistent som lytter på konsultasjonen og skriver utkast til journalnotat. Vi sender vurderingen av personvernkonsekvenser nå, slik at dere kan se på saken tidlig; kontaktinformasjon står på forsiden.",
        ],
        [("DPIA_KI-assistent_journal_v0.9.docx", to_docx(dpia))],
    )
    return msg, lab(
        "nb",
        "private_clinic dpia_docx front_page_table chapters_by_component necessity_in_description balancing_in_legal_chapter processor_contact_in_storage_chapter p5_empty_approval_cell",
        "pgp_mime",
        "used",
        "front page: 'Godkjent av' empty, status 'Utkast – skal behandles i ledergruppen'; no other approval",
        missing=(5,),
    )


def h024() -> Case:
    note = (
        "# Notat – bruk av pasientbilder til videreutvikling hos leverandør\n\n"
        "~ Klinikk Nordlys AS · Foreløpig, ikke behandlet\n\n"
        "Leverandøren av KI-modellen for hudbilder har spurt om klinikken kan dele bilder med hudlegens diagnose, slik at modellen kan trenes videre. Vi har ikke tatt stilling til dette.\n\n"
        "- Er det forenlig med formålet bildene ble samlet inn for?\n- Trengs samtykke fra pasientene, eller kan vi bygge på et annet grunnlag?\n- Blir leverandøren selvstendig behandlingsansvarlig?\n\n"
        "Vi har ikke gjennomført noen vurdering av personvernkonsekvenser for dette ennå."
    )
    msg = _b_mail(
        "H024",
        "Ønske om veiledningsmøte – deling av pasientbilder med KI-leverandør",
        when(11, 20, 11, 7),
        [
            "Klinikk Nordlys AS ønsker et veiledningsmøte med Datatilsynet. Leverandøren av KI-modellen vi bruker i teledermatologi, har spurt om å få bruke pasientbilder til å trene modellen videre, og vi er usikre på om vi tenker riktig om behandlingsgrunnlag og rolle.",
            "Vi ber ikke om forhåndsdrøftelse nå, men vil gjerne drøfte spørsmålene i vedlagte notat før vi går videre. Passer det med et digitalt møte i desember eller januar?",
        ],
        [("Notat_foreløpige_vurderinger.docx", to_docx(note))],
    )
    return msg, lab(
        "nb",
        "private_clinic nonrequest_guidance dpia_not_done",
        "none",
        "unspecified",
        "request for a guidance meeting about sharing images with a vendor; explicitly not a prior consultation",
        request=False,
    )


def h044() -> Case:
    t = B_SOVN
    front = b_front(
        t,
        "1.0",
        "Godkjent",
        f"{B_BAKKEN.name}, {B_BAKKEN.title}, etter behandling i ledermøtet 24.11.2026 (sak 31/26)",
    )
    dpia = b_dpia(t, "used", FULL, front)
    msg = _b_mail(
        "H044",
        "Forhåndsdrøftelse: søvnregistrering hjemme",
        when(11, 27, 8, 40),
        [
            "Vedlagt er vår vurdering av personvernkonsekvenser for søvnregistrering hjemme med sensorplaster og app. Vi ber om forhåndsdrøftelse. Kontaktpersoner og godkjenning står på forsiden."
        ],
        [("DPIA_sovnregistrering_hjemme.docx", to_docx(dpia))],
    )
    return msg, lab(
        "nb",
        "private_clinic dpia_docx front_page_table chapters_by_component necessity_in_description balancing_in_legal_chapter approval_front_page_table processor_contact_in_storage_chapter phone_foreign",
        "pgp_mime",
        "used",
        "complete; approval in the front-page table",
    )


# --- C: Nordkyst University -----------------------------------------------------------------


def _c_mail(
    cid: str, subject: str, date: str, paras: list[str], attachments: list[tuple[str, bytes]]
) -> EmailMessage:
    body = mail("Dear Sir or Madam,", *paras, c_signature())
    return message(
        cid,
        who(C_OKAFOR.name, C_OKAFOR.email),
        subject,
        date,
        body,
        attachments=attachments,
        cc=C_DPO.email,
    )


def h005() -> Case:
    t = C_TEEN
    cover = [
        "Version 1.0, 4 November 2026",
        "Prepared by: Anneli Virtanen and Samuel Okafor, with the Data Protection Officer",
        f"Approved by: {C_ELIASSEN.name}, {C_ELIASSEN.title}, 4 November 2026, on the recommendation of the Research Committee",
    ]
    dpia = c_dpia(
        t, "used", FULL, "Associate Professor Anneli Virtanen, Department of Psychology", cover
    )
    msg = _c_mail(
        "H005",
        "Request for prior consultation – SAFE-TEEN research project",
        when(11, 9, 13, 0),
        [
            "On behalf of Nordkyst University I am writing to request a prior consultation under Article 36 GDPR for the research project SAFE-TEEN, which will analyse public social media posts by adolescents for signals of self-harm.",
            "The attached data protection impact assessment sets out the project, our assessment and the approval by the Pro-Rector for Research. Our Data Protection Officer is copied in.",
        ],
        [("SAFE-TEEN_DPIA_v1.0.pdf", to_pdf(dpia, "SAFE-TEEN DPIA"))],
    )
    return msg, lab(
        "en",
        "university dpia_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact approval_front_page_line contacts_end_of_document processor_contact_in_storage_chapter",
        "none",
        "used",
        "complete; 'Approved by' line on the cover of the DPIA",
    )


def h025() -> Case:
    t = C_CLASS
    cover = [
        "Version 1.0, 11 November 2026",
        "Prepared by: Rune Tollefsen and Samuel Okafor, with the Data Protection Officer",
    ]
    defer = "The DPIA will be considered by the university's Research Committee on 10 December 2026. The Pro-Rector for Research will decide on approval after that meeting, and we will forward the decision to you."
    dpia = c_dpia(
        t, "used", cut(defer=defer), "Professor Rune Tollefsen, Department of Education", cover
    )
    msg = _c_mail(
        "H025",
        "Prior consultation request: CLASSMIND",
        when(11, 13, 10, 22),
        [
            "Please find attached our request for prior consultation and the data protection impact assessment for the research project CLASSMIND (multimodal learning analytics in primary schools). We hope to start data collection in autumn 2027."
        ],
        [("CLASSMIND_DPIA.pdf", to_pdf(dpia, "CLASSMIND DPIA"))],
    )
    return msg, lab(
        "en",
        "university dpia_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact contacts_end_of_document processor_contact_in_storage_chapter phone_foreign p5_deferred_mid_text",
        "none",
        "used",
        "approval deferred in the legal-basis chapter (Research Committee 10 December, decision to follow); no approval line on the cover",
        missing=(5,),
    )


def h045() -> Case:
    t = C_CLASS
    cover = [
        "Version 1.1, 11 December 2026",
        "Prepared by: Rune Tollefsen and Samuel Okafor, with the Data Protection Officer",
        f"Approved by: {C_ELIASSEN.name}, {C_ELIASSEN.title}, 11 December 2026 (see letter)",
    ]
    dpia = c_dpia(t, "used", FULL, "Professor Rune Tollefsen, Department of Education", cover)
    approval = (
        "NORDKYST UNIVERSITY\nOffice of the Pro-Rector for Research\n\nTo: Datatilsynet\nDate: 11 December 2026\n\n"
        "CLASSMIND – approval of the data protection impact assessment\n\n"
        "The Research Committee considered the DPIA for CLASSMIND at its meeting on 10 December 2026. The committee was presented with the assessment, its findings on the residual risk to pupils, the views of the participating municipalities, the pupils' and parents' representatives and the Data Protection Officer.\n\n"
        "On the committee's recommendation I approve the DPIA and the decision to request prior consultation with Datatilsynet before data collection starts.\n\n"
        "Gunnar Eliassen\nPro-Rector for Research\n(signed)"
    )
    bundle = to_zip(
        {
            "CLASSMIND_DPIA_v1.1.pdf": to_pdf(dpia, "CLASSMIND DPIA v1.1"),
            "CLASSMIND_approval_Pro-Rector.pdf": scan_pdf([approval]),
        }
    )
    msg = _c_mail(
        "H045",
        "RE: Prior consultation request: CLASSMIND – approval",
        when(12, 14, 9, 15),
        [
            "Further to our request of 13 November, the Research Committee has now considered the DPIA for CLASSMIND. Attached is a zip file with the updated DPIA (version 1.1) and the signed approval from the Pro-Rector for Research.",
            "The DPIA is otherwise unchanged, and we ask you to treat this as our complete request for prior consultation.",
        ],
        [("CLASSMIND_prior_consultation.zip", bundle)],
    )
    return msg, lab(
        "en",
        "university zip dpia_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact approval_front_page_line approval_scanned_letter contacts_end_of_document processor_contact_in_storage_chapter phone_foreign resubmission_complete",
        "none",
        "used",
        "complete resubmission of H025 in a ZIP: DPIA v1.1 plus scanned approval letter from the Pro-Rector",
    )


def h006() -> Case:
    t = C_MIND
    history = md_table(
        ("Version", "Date", "Change", "By"),
        [
            ("0.3", "2026-09-30", "First draft for the DPO", "L. Brennan, S. Okafor"),
            (
                "0.8",
                "2026-10-21",
                "Risk analysis after workshop with the student health service",
                "L. Brennan",
            ),
            (
                "1.0",
                "2026-11-12",
                "Approved by the Rector's management team (case 88/26) after presentation of findings and residual risk",
                "G. Eliassen, Pro-Rector for Research",
            ),
        ],
    )
    cover = [
        "Version 1.0, 12 November 2026",
        "Prepared by: Leah Brennan and Samuel Okafor, with the Data Protection Officer",
    ]
    dpia = c_dpia(t, "used", FULL, "Dr Leah Brennan, Department of Psychology", cover).replace(
        "# 1 The project in brief", history + "\n\n# 1 The project in brief", 1
    )
    msg = _c_mail(
        "H006",
        "ARCTIC-MIND – request for prior consultation (Art. 36 GDPR)",
        when(11, 18, 14, 50),
        [
            "Nordkyst University requests a prior consultation for the research project ARCTIC-MIND, which will use passive smartphone sensing to predict depressive relapse among students. The DPIA, with its document history, is attached."
        ],
        [("ARCTIC-MIND_DPIA_v1.0.pdf", to_pdf(dpia, "ARCTIC-MIND DPIA"))],
    )
    return msg, lab(
        "en",
        "university dpia_pdf chapters_by_component necessity_in_description balancing_in_legal_chapter risk_cols_threat_impact approval_in_version_history contacts_end_of_document processor_contact_in_storage_chapter phone_foreign",
        "pgp_mime",
        "used",
        "complete; approval recorded as a row in the document-history table",
    )


def h026() -> Case:
    t = C_GEN
    cover = [
        "Version 1.0, 20 November 2026",
        "Prepared by: Øyvind Rasch and Samuel Okafor",
        f"Approved by: {C_ELIASSEN.name}, {C_ELIASSEN.title}, 20 November 2026",
    ]
    defer = "The assessment of necessity and proportionality, including the balancing under Article 89 and the question of whether the broad consent from 2006 covers this use, will be completed after REK's decision and sent to you then."
    dpia = c_dpia(
        t,
        "unspecified",
        cut(3, defer=defer),
        "Professor Øyvind Rasch, Department of Community Medicine",
        cover,
    )
    msg = _c_mail(
        "H026",
        "GENWORK – request for prior consultation",
        when(11, 24, 12, 12),
        [
            "Attached is the DPIA for GENWORK, which links biobank genotypes with registry data from NAV and Statistics Norway. We request a prior consultation under Article 36 GDPR, as the residual risk remains high."
        ],
        [("GENWORK_DPIA.pdf", to_pdf(dpia, "GENWORK DPIA"))],
    )
    return msg, lab(
        "en",
        "university dpia_pdf chapters_by_component balancing_in_legal_chapter risk_cols_threat_impact approval_front_page_line contacts_end_of_document legal_basis_only p3_deferred_mid_text",
        "none",
        "unspecified",
        "legal-basis chapter gives the articles only and defers necessity/proportionality until after REK's decision",
        missing=(3,),
    )


def h046() -> Case:
    body = mail(
        "Dear Datatilsynet,",
        "Nordkyst University is preparing a research collaboration with a university in the United States in which pseudonymised questionnaire data from about 3,000 Norwegian participants would be analysed on the partner's servers in Boston.",
        "We are not requesting a prior consultation at this stage; the project has not completed its DPIA. We would, however, appreciate your advice on two questions: (1) whether the EU–US Data Privacy Framework can be relied on when the partner university is not certified, and (2) whether pseudonymised data with the key kept in Norway count as personal data for the partner.",
        "If these questions are better suited to a guidance meeting, we would be happy to arrange one.",
        c_signature(),
    )
    msg = message(
        "H046",
        who(C_OKAFOR.name, C_OKAFOR.email),
        "Question on transfer of research data to a US university",
        when(12, 2, 9, 44),
        body,
    )
    return msg, lab(
        "en",
        "university nonrequest_question transfer_question",
        "none",
        "unspecified",
        "question about third-country transfer; explicitly not a prior consultation",
        request=False,
    )


# --- D: Fjellsparebanken --------------------------------------------------------------------


def _d_mail(
    cid: str, subject: str, date: str, paras: list[str], attachments: list[tuple[str, bytes]]
) -> EmailMessage:
    body = mail("Hei,", *paras, d_signature())
    return message(
        cid,
        who(D_AAS.name, D_AAS.email),
        subject,
        date,
        body,
        attachments=attachments,
        cc=D_DPO.email,
    )


def h007() -> Case:
    t = D_ATFERD
    cover = d_cover(
        t,
        "11.11.2026",
        "FSB-2026-0412",
        [
            "Fjellsparebanken ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for innføring av atferdsbiometri i mobilbanken. Vår vurdering av personvernkonsekvenser er vedlagt.",
            "Personvernkonsekvensvurderingen er gjennomgått av bankens ledergruppe i møte 4. november 2026, der Risiko og compliance presenterte funnene og innspillene fra personvernombudet, de tillitsvalgte og kundepanelet. Jeg har godkjent vurderingen på vegne av ledelsen, og ledergruppen besluttet å be om forhåndsdrøftelse fordi risikoen ikke kan reduseres tilstrekkelig.",
        ],
        D_MORK,
    )
    dpia = d_dpia(t, "used", FULL, "02.11.2026")
    msg = _d_mail(
        "H007",
        "Anmodning om forhåndsdrøftelse – atferdsbiometri i mobilbanken",
        when(11, 11, 8, 20),
        [
            "Vedlagt følger anmodning om forhåndsdrøftelse fra Fjellsparebanken med følgebrev signert av administrerende direktør og vår DPIA."
        ],
        [
            ("Anmodning_forhandsdroftelse_atferdsbiometri.pdf", to_pdf(cover)),
            ("DPIA_atferdsbiometri_v1.0.pdf", to_pdf(dpia)),
        ],
    )
    return msg, lab(
        "nb",
        "savings_bank cover_letter_pdf dpia_pdf chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risk_cols_hendelse_trussel approval_in_cover_letter_md contact_label_value processor_contact_in_storage_chapter phone_foreign disclaimer_footer",
        "pgp_mime",
        "used",
        "complete; the managing director's covering letter states the review and approval",
    )


def h027() -> Case:
    body = mail(
        "Hei,",
        "Vi melder med dette et brudd på personopplysningssikkerheten. Den 23. november ble 41 kontoutskrifter for oktober sendt til feil e-postadresse på grunn av en feil i en ny utsendelsesmal. Utskriftene inneholdt navn, kontonummer og transaksjoner. Mottakeren er en annen kunde i banken, som har bekreftet skriftlig at e-postene er slettet.",
        "Feilen ble oppdaget 24. november kl. 10.30. Malen er rettet, og de berørte kundene er varslet per brev. Vi vurderer risikoen for de berørte som lav til middels.",
        "Vi forsøkte å melde via skjemaet i Altinn, men fikk en feilmelding, og sender derfor meldingen på e-post innenfor 72-timersfristen. Gi beskjed om vi må sende den på nytt i Altinn.",
        d_signature(),
    )
    msg = message(
        "H027",
        who(D_AAS.name, D_AAS.email),
        "Melding om brudd på personopplysningssikkerheten – feilsendte kontoutskrifter",
        when(11, 25, 15, 48),
        body,
        cc=D_DPO.email,
    )
    return msg, lab(
        "nb",
        "savings_bank nonrequest_breach_notification disclaimer_footer",
        "pgp_mime",
        "unspecified",
        "breach notification sent by e-mail; another case type",
        request=False,
    )


def h047() -> Case:
    t = D_KONTO
    cover = d_cover(
        t,
        "30.11.2026",
        "FSB-2026-0457",
        [
            "Fjellsparebanken ønsker å starte dialogen med Datatilsynet tidlig og ber om forhåndsdrøftelse for kredittvurdering basert på kontoinformasjon fra andre banker. Vedlagt er personvernkonsekvensvurderingen slik den foreligger.",
            "Risikovurderingen er ennå ikke ferdigstilt; Risiko og compliance arbeider med den sammen med leverandøren. Den vil bli lagt frem for ledergruppen sammen med resten av vurderingen i januar, og vi sender den så snart den er behandlet.",
        ],
        D_AAS,
    )
    dpia = d_dpia(t, "used", cut(4), "27.11.2026")
    msg = _d_mail(
        "H047",
        "Forhåndsdrøftelse – kredittvurdering med kontoinformasjon",
        when(11, 30, 13, 33),
        ["Vedlagt følger anmodning om forhåndsdrøftelse med følgebrev og DPIA."],
        [
            ("Folgebrev_kontoinformasjon.pdf", to_pdf(cover)),
            ("DPIA_kontoinformasjon_utkast.pdf", to_pdf(dpia)),
        ],
    )
    return msg, lab(
        "nb",
        "savings_bank cover_letter_pdf dpia_pdf chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter contact_label_value processor_contact_in_storage_chapter disclaimer_footer p4_deferred_mid_text p5_deferred_mid_text",
        "pgp_mime",
        "used",
        "risk assessment not finished and management review postponed to January, both said in the covering letter",
        missing=(4, 5),
    )


def _d_aml_cover(date: str, ref: str, lead: str) -> str:
    return d_cover(
        D_AML,
        date,
        ref,
        [
            lead,
            "Ledergruppens behandling av saken fremgår av vedlagt protokollutdrag.",
        ],
        D_AAS,
    )


def h008() -> Case:
    t = D_AML
    cover = _d_aml_cover(
        "04.11.2026",
        "FSB-2026-0388",
        "Fjellsparebanken ber om forhåndsdrøftelse for ny maskinlæringsbasert transaksjonsovervåking mot hvitvasking. Personvernkonsekvensvurderingen er vedlagt.",
    )
    dpia = d_dpia(t, "used", FULL, "08.10.2026")
    minutes = (
        "FJELLSPAREBANKEN – LEDERGRUPPEN\nUtdrag av protokoll fra møte 14.10.2026\n\n"
        "Til stede: Elin Mørk (adm. dir.), Hallvard Lien, Kari Bø, Anders Teigen, Marit Sveen\n\n"
        "Sak LG 84/26 Budsjett 2027 – første gjennomgang. Ledergruppen tok gjennomgangen til orientering. Endelig forslag legges frem 11.11.\n\n"
        "Sak LG 85/26 Sammenslåing av filialene i Lom og Skjåk. Vedtak: Filialene slås sammen fra 1.3.2027. Kunder varsles i januar.\n\n"
        "Sak LG 86/26 Rentejustering. Vedtak: Boliglånsrenten settes ned med 0,15 prosentpoeng fra 1.12.\n\n"
        "Sak LG 87/26 Eventuelt. Julebord 4.12.\n\n"
        "Rett utdrag bekreftes: Marit Sveen, referent"
    )
    msg = _d_mail(
        "H008",
        "Anmodning om forhåndsdrøftelse – transaksjonsovervåking (AML)",
        when(11, 4, 9, 5),
        [
            "Vedlagt følger vår anmodning om forhåndsdrøftelse med følgebrev, DPIA og protokollutdrag fra ledergruppen."
        ],
        [
            ("Folgebrev_AML.pdf", to_pdf(cover)),
            ("DPIA_transaksjonsovervaking_ML.pdf", to_pdf(dpia)),
            ("Protokollutdrag_ledergruppen.pdf", scan_pdf([minutes])),
        ],
    )
    return msg, lab(
        "nb",
        "savings_bank cover_letter_pdf dpia_pdf scanned_pdf chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risk_cols_hendelse_trussel contact_label_value processor_contact_in_storage_chapter disclaimer_footer p5_wrong_file",
        "pgp_mime",
        "used",
        "the protocol extract attached as approval is from a meeting about budget, branches and interest rates; the DPIA is not on the agenda",
        missing=(5,),
    )


def h028() -> Case:
    t = D_AML
    cover = _d_aml_cover(
        "18.11.2026",
        "FSB-2026-0388",
        "Vi viser til vår anmodning av 4. november om forhåndsdrøftelse for maskinlæringsbasert transaksjonsovervåking. Ved en feil ble det vedlagt protokollutdrag fra et annet møte. Vi sender derfor hele anmodningen på nytt med riktig utdrag.",
    )
    dpia = d_dpia(t, "used", FULL, "08.10.2026")
    minutes = (
        "FJELLSPAREBANKEN – LEDERGRUPPEN\nUtdrag av protokoll fra møte 28.10.2026\n\n"
        "Til stede: Elin Mørk (adm. dir.), Hallvard Lien, Kari Bø, Anders Teigen, Marit Sveen. Fra Risiko og compliance: Kristoffer Aas (sak 92/26). Personvernombud Nina Rustad deltok i sak 92/26.\n\n"
        "Sak LG 92/26 Personvernkonsekvensvurdering – maskinlæringsbasert transaksjonsovervåking.\n"
        "Risiko og compliance gikk gjennom vurderingen, den gjenværende risikoen og tiltakene som ikke er gjennomført. Personvernombudet og tillitsvalgte i AML-teamet hadde gitt skriftlige innspill, som ble gjennomgått.\n\n"
        "Vedtak: Ledergruppen godkjenner personvernkonsekvensvurderingen. Ledergruppen er enig i at restrisikoen er høy, og ber Risiko og compliance sende anmodning om forhåndsdrøftelse til Datatilsynet.\n\n"
        "Rett utdrag bekreftes: Marit Sveen, referent"
    )
    msg = _d_mail(
        "H028",
        "Anmodning om forhåndsdrøftelse – transaksjonsovervåking (AML) – korrigert",
        when(11, 18, 12, 40),
        [
            "Vedlagt er følgebrev, DPIA og riktig protokollutdrag. Beklager feilen i forrige sending."
        ],
        [
            ("Folgebrev_AML_korrigert.pdf", to_pdf(cover)),
            ("DPIA_transaksjonsovervaking_ML.pdf", to_pdf(dpia)),
            ("Protokollutdrag_LG_92-26.pdf", scan_pdf([minutes])),
        ],
    )
    return msg, lab(
        "nb",
        "savings_bank cover_letter_pdf dpia_pdf scanned_pdf chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risk_cols_hendelse_trussel contact_label_value processor_contact_in_storage_chapter disclaimer_footer approval_scanned_protocol resubmission_complete",
        "pgp_mime",
        "used",
        "complete resubmission of H008 with the right protocol extract (scanned, image only)",
    )


def h048() -> Case:
    t = D_SELFIE
    front = "~ Godkjent av ledergruppen 24.11.2026 (sak LG 97/26) etter fremleggelse i ledermøtet – Elin Mørk, administrerende direktør"
    dpia = d_dpia(t, "used", FULL, "20.11.2026", front)
    cover = d_cover(
        t,
        "01.12.2026",
        "FSB-2026-0461",
        [
            "Fjellsparebanken ber om forhåndsdrøftelse for digital kundeetablering med ansiktssammenligning for kunder uten norsk BankID. DPIA-en følger vedlagt; ledergruppens godkjenning står på første side."
        ],
        D_AAS,
    )
    msg = _d_mail(
        "H048",
        "Forhåndsdrøftelse – kundeetablering med ansiktssammenligning",
        when(12, 1, 10, 10),
        ["Se vedlagt følgebrev og DPIA."],
        [
            ("Folgebrev_kundeetablering.pdf", to_pdf(cover)),
            ("DPIA_kundeetablering_selfie.pdf", to_pdf(dpia)),
        ],
    )
    return msg, lab(
        "nb",
        "savings_bank cover_letter_pdf dpia_pdf chapters_by_component necessity_in_legal_chapter balancing_in_legal_chapter risk_cols_hendelse_trussel approval_front_page_line contact_label_value processor_contact_in_storage_chapter disclaimer_footer",
        "pgp_mime",
        "used",
        "complete; approval as a line on the DPIA's first page",
    )


# --- E: Vestrute AS (all in the body) --------------------------------------------------------


def _e_dpo_full() -> str:
    return f"Personvernombodet vårt, {E_DPO.name}, har vore med i arbeidet og har lese gjennom alt. Ho kan nåast på {E_DPO.phone} eller {E_DPO.email}."


def _e_quote_md(date: str, text: str) -> str:
    head = f"-----Opphavleg melding-----\nFrå: {E_MYKLEBUST.name} <{E_MYKLEBUST.email}>\nSendt: {date}\nTil: {E_HJELLE.name} <{E_HJELLE.email}>\nEmne: SV: DPIA til godkjenning\n\n"
    return quoted(
        head + text + f"\n\nArnhild Myklebust\nDagleg leiar, Vestrute AS\n{E_MYKLEBUST.phone}"
    )


def _e_body(t: Topic, processor: str, lead: str, middle: list[str], tail: list[str]) -> str:
    return mail("Hei,", lead, *e_description(t, processor), *middle, *tail, e_signature())


def h029() -> Case:
    t = E_KAMERA
    body = _e_body(
        t,
        "used",
        "Vestrute AS ber med dette om førehandsdrøfting etter artikkel 36 i personvernforordninga. Det gjeld nye kamera med lydopptak i alle bussane våre. Her er vurderinga vår, skriven rett inn i e-posten sidan ho ikkje er så lang.",
        [
            t.necessity,
            "Risikovurderinga har vi ikkje fått ferdig enno – ho vert gjennomgått saman med leverandøren og verneombodet neste veke, og vi sender ho då.",
            t.balancing,
            t.rights,
        ],
        [
            _e_dpo_full(),
            "Vurderinga slik ho ligg føre no vart gjennomgått i leiarmøtet 28. oktober og godkjend av dagleg leiar Arnhild Myklebust. Referatlinja er slik: «Sak 88/26 DPIA kamera med lyd i bussane: Gjennomgang ved S. Hjelle. Dagleg leiar godkjenner vurderinga og at det vert bede om førehandsdrøfting.»",
        ],
    )
    msg = message(
        "H029",
        who(E_HJELLE.name, E_HJELLE.email),
        "Førehandsdrøfting – kamera med lydopptak i bussane",
        when(11, 2, 13, 36),
        body,
    )
    return msg, lab(
        "nn",
        "bus_company all_in_body no_headings dpo_in_prose processor_contact_in_body approval_minutes_line_in_body p4_deferred_mid_text",
        "inline",
        "used",
        "everything in a plain nynorsk mail; the risk assessment is deferred in one sentence in the middle",
        missing=(4,),
    )


def h009() -> Case:
    t = E_KAMERA
    approval = _e_quote_md(
        "torsdag 12. november 2026 16:02",
        "Hei Solveig.\n\nEg har gått gjennom den oppdaterte vurderinga med risikoregisteret, og vi tok ho opp i leiarmøtet i dag saman med innspela frå tillitsvalde, verneombodet og personvernombodet. Eg godkjenner vurderinga. Send ho til Datatilsynet.",
    )
    body = _e_body(
        t,
        "used",
        "Vi viser til e-posten vår 2. november om kamera med lydopptak i bussane. No er risikovurderinga ferdig, og vi sender heile vurderinga på nytt slik at alt ligg på ein stad. Risikoregisteret ligg ved som rekneark.",
        [t.necessity, t.balancing, t.rights, t.not_taken, t.residual],
        [_e_dpo_full(), "Dagleg leiar har godkjent vurderinga; sjå e-posten hennar under."],
    )
    body = body + "\n" + approval
    msg = message(
        "H009",
        who(E_HJELLE.name, E_HJELLE.email),
        "SV: Førehandsdrøfting – kamera med lydopptak i bussane (komplett)",
        when(11, 16, 9, 2),
        body,
        attachments=[
            ("Risikoregister_kamera_lyd.xlsx", to_xlsx({"Risikoregister": e_register(t)}))
        ],
    )
    return msg, lab(
        "nn",
        "bus_company all_in_body no_headings dpo_in_prose processor_contact_in_body risk_register_xlsx risk_cols_hending_trussel_skadepotensial approval_quoted_mail_md resubmission_complete",
        "none",
        "used",
        "complete resubmission of H029; risks in an XLSX register, approval as the managing director's quoted e-mail",
    )


def h049() -> Case:
    t = E_TELEMATIKK
    body = _e_body(
        t,
        "unspecified",
        "Vi ønskjer førehandsdrøfting for eit nytt system for køyrestilsanalyse. Under følgjer ei kort skildring og vurderinga vår.",
        [
            t.legal_bare,
            "Dette har vi sett som dei viktigaste risikoane for sjåførane:",
            e_risk_prose(t),
            t.not_taken,
            t.residual,
        ],
        [
            f"Personvernombodet vårt, {E_DPO.name}, har lese gjennom utkastet. Ho har telefon {E_DPO.phone}.",
            "Dagleg leiar godkjende vurderinga i leiarmøtet 16. november (sak 95/26) etter at Solveig gjekk gjennom ho, og tillitsvalde hadde kome med sine merknader.",
        ],
    )
    msg = message(
        "H049",
        who(E_HJELLE.name, E_HJELLE.email),
        "Førehandsdrøfting: køyrestilsanalyse",
        when(11, 23, 10, 58),
        body,
    )
    return msg, lab(
        "nn",
        "bus_company all_in_body no_headings legal_basis_only risk_prose_in_body approval_stated_in_body p1_dpo_no_email",
        "inline",
        "unspecified",
        "DPO given with phone only; necessity/proportionality absent (only the legal basis line); risks and approval present",
        missing=(1, 3),
    )


def h010() -> Case:
    t = E_BILLETT
    approval = _e_quote_md(
        "fredag 30. oktober 2026 11:20",
        "Takk for grundig arbeid. Leiargruppa gjekk gjennom vurderinga i går, med det vi har funne og det som står att av risiko, og innspela frå fylkeskommunen og kundepanelet. Eg godkjenner vurderinga, og vi ber om førehandsdrøfting.",
    )
    body = _e_body(
        t,
        "used",
        "Vestrute AS ber om førehandsdrøfting for kontobasert billettering med reisehistorikk. Heile vurderinga står her i e-posten.",
        [
            t.necessity,
            t.balancing,
            t.rights,
            "Risikoane vi har sett på, og tiltaka:",
            e_risk_prose(t),
            t.not_taken,
            t.residual,
        ],
        [_e_dpo_full(), "Vurderinga er godkjend av dagleg leiar, sjå under."],
    )
    msg = message(
        "H010",
        who(E_HJELLE.name, E_HJELLE.email),
        "Førehandsdrøfting – kontobasert billettering",
        when(11, 9, 14, 14),
        body + "\n" + approval,
    )
    return msg, lab(
        "nn",
        "bus_company all_in_body no_headings dpo_in_prose processor_contact_in_body risk_prose_in_body approval_quoted_mail_md",
        "inline",
        "used",
        "complete; everything in the plain body, approval as the managing director's quoted e-mail",
    )


def h030() -> Case:
    t = E_TELJING
    approval = _e_quote_md(
        "tysdag 10. november 2026 08:44",
        "Hei. Har lese gjennom og godkjenner vurderinga. Ho vart også gått gjennom i leiarmøtet i går. Send ho.",
    )
    body = _e_body(
        t,
        "used",
        "Vi vil be om førehandsdrøfting for passasjerteljing med wifi-sensorar og 3D-kamera i bussane.",
        [t.extra["necessity_passing"], t.extra["risk_passing"]],
        [_e_dpo_full(), "Dagleg leiar har godkjent vurderinga, sjå under."],
    )
    msg = message(
        "H030",
        who(E_HJELLE.name, E_HJELLE.email),
        "Førehandsdrøfting passasjerteljing",
        when(11, 12, 15, 30),
        body + "\n" + approval,
    )
    return msg, lab(
        "nn",
        "bus_company all_in_body no_headings dpo_in_prose processor_contact_in_body approval_quoted_mail_md p3_in_passing p4_in_passing",
        "none",
        "used",
        "description full, but necessity and risk each only one sentence in passing; approval present",
        missing=(3, 4),
    )


def h050() -> Case:
    t = E_TELJING
    body = _e_body(
        t,
        "used",
        "Vi viser til e-posten vår 12. november om passasjerteljing. Vi har arbeidd vidare med vurderinga og sender no den fullstendige versjonen, som erstattar den førre.",
        [
            t.necessity,
            t.balancing,
            t.rights,
            "Risikoar og tiltak:",
            e_risk_prose(t),
            t.not_taken,
            t.residual,
        ],
        [
            _e_dpo_full(),
            "Styret i Vestrute handsama vurderinga 1. desember. Frå protokollen: «Sak 41/26 Passasjerteljing – vurdering av personvernkonsekvensar. Administrasjonen orienterte om vurderinga og innspela frå tillitsvalde og personvernombodet. Vedtak: Styret godkjenner vurderinga og sluttar seg til at selskapet ber Datatilsynet om førehandsdrøfting.»",
        ],
    )
    msg = message(
        "H050",
        who(E_HJELLE.name, E_HJELLE.email),
        "SV: Førehandsdrøfting passasjerteljing – fullstendig vurdering",
        when(12, 3, 11, 11),
        body,
    )
    return msg, lab(
        "nn",
        "bus_company all_in_body no_headings dpo_in_prose processor_contact_in_body risk_prose_in_body approval_protocol_quoted_in_body resubmission_complete",
        "inline",
        "used",
        "complete resubmission of H030, all in the body; approval quoted from the board's minutes",
    )
