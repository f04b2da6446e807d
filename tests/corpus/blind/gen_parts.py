# -*- coding: utf-8 -*-
"""Text of the five parts, cover letters and non-requests, in nb / nn / en, several phrasings each."""

HEAD = {
    "nb": {
        "num": [
            "1. Kontaktinformasjon",
            "2. Systematisk beskrivelse av behandlingen",
            "3. Vurdering av nødvendighet og proporsjonalitet",
            "4. Risikovurdering",
            "5. Ledelsens validering av DPIA",
        ],
        "plain": [
            "Kontaktpersoner",
            "Beskrivelse av behandlingen",
            "Nødvendighet og forholdsmessighet",
            "Vurdering av risiko for de registrerte",
            "Ledelsens behandling og beslutning",
        ],
        "question": [
            "Hvem kan Datatilsynet kontakte?",
            "Hva skal vi gjøre, og hvordan?",
            "Hvorfor er behandlingen nødvendig?",
            "Hvilke risikoer har vi funnet, og hva gjør vi med dem?",
            "Hva har ledelsen bestemt?",
        ],
        "vedlegg": [
            "Vedlegg 1 – Kontaktopplysninger",
            "Vedlegg 2 – Beskrivelse av behandlingen",
            "Vedlegg 3 – Nødvendighet og proporsjonalitet",
            "Vedlegg 4 – Risikovurdering",
            "Vedlegg 5 – Ledelsens validering",
        ],
    },
    "nn": {
        "num": [
            "1. Kontaktinformasjon",
            "2. Systematisk skildring av handsaminga",
            "3. Vurdering av naudsyn og proporsjonalitet",
            "4. Risikovurdering",
            "5. Leiinga si validering av DPIA",
        ],
        "plain": [
            "Kontaktpersonar",
            "Skildring av handsaminga",
            "Naudsyn og forholdsmessigheit",
            "Vurdering av risiko for dei registrerte",
            "Handsaming i leiinga",
        ],
        "question": [
            "Kven kan Datatilsynet kontakte?",
            "Kva skal vi gjere, og korleis?",
            "Kvifor er handsaminga naudsynt?",
            "Kva risikoar har vi funne, og kva gjer vi med dei?",
            "Kva har leiinga bestemt?",
        ],
        "vedlegg": [
            "Vedlegg 1 – Kontaktopplysningar",
            "Vedlegg 2 – Skildring av handsaminga",
            "Vedlegg 3 – Naudsyn og proporsjonalitet",
            "Vedlegg 4 – Risikovurdering",
            "Vedlegg 5 – Leiinga si validering",
        ],
    },
    "en": {
        "num": [
            "1. Contact details",
            "2. Systematic description of the processing",
            "3. Necessity and proportionality assessment",
            "4. Risk assessment",
            "5. Management validation of the DPIA",
        ],
        "plain": [
            "Contacts",
            "Description of the processing",
            "Necessity and proportionality",
            "Risks to the rights and freedoms of data subjects",
            "Management review and decision",
        ],
        "question": [
            "Who should the Authority contact?",
            "What are we planning to do?",
            "Why is the processing necessary and proportionate?",
            "What are the risks and how are they handled?",
            "What has management decided?",
        ],
        "vedlegg": [
            "Annex 1 – Contact details",
            "Annex 2 – Description of processing",
            "Annex 3 – Necessity and proportionality",
            "Annex 4 – Risk assessment",
            "Annex 5 – Management validation",
        ],
    },
}

FILENAMES = {
    "nb": [
        ["Kontaktinformasjon", "kontaktpersoner", "Kontaktopplysninger"],
        [
            "Beskrivelse_av_behandlingen",
            "Systematisk beskrivelse",
            "Vedlegg 2 Behandlingsbeskrivelse",
        ],
        [
            "Nødvendighet og proporsjonalitet",
            "Vedlegg 3 - Nodvendighetsvurdering",
            "Proporsjonalitet",
        ],
        ["Risikovurdering", "Vedlegg 4 – Risikovurdering", "DPIA_risiko"],
        ["Ledelsens validering", "Styreprotokoll", "Protokoll ledermøte"],
    ],
    "nn": [
        ["Kontaktinformasjon", "kontaktpersonar", "Kontaktopplysningar"],
        ["Skildring av handsaminga", "Vedlegg 2 Skildring", "Systematisk skildring"],
        ["Naudsyn og proporsjonalitet", "Vedlegg 3 Naudsynsvurdering", "Proporsjonalitet"],
        ["Risikovurdering", "Vedlegg 4 – Risikovurdering", "DPIA_risiko"],
        ["Leiinga si validering", "Protokoll leiarmøte", "Vedtak leiargruppa"],
    ],
    "en": [
        ["Contact details", "contacts", "Annex1_Contacts"],
        ["Description of processing", "Annex 2 - Systematic description", "processing_description"],
        ["Necessity and proportionality", "Annex3_Necessity", "necessity-proportionality"],
        ["Risk assessment", "Annex 4 - Risk assessment", "DPIA_risks"],
        ["Management validation", "Board resolution", "Minutes_management_meeting"],
    ],
}

# ---------------------------------------------------------------- part 2


def p2(c, v):
    S, L = c.S, c.lang
    pr = c.proc_sentence()
    if L == "nb":
        if v == 0:
            b = [
                ("h2", "Behandlingens art"),
                ("p", "Vi planlegger %s. Behandlingen omfatter %s." % (S["sys"], S["data"])),
                ("h2", "Omfang"),
                ("p", "Behandlingen gjelder %s, i alt %s." % (S["subjects"], S["scale"])),
                ("h2", "Formål"),
                ("p", "Formålet er å %s." % S["purpose"]),
                ("h2", "Sammenheng"),
                (
                    "p",
                    "Det som gir høy risiko er %s. Lagringstid: %s."
                    % (S["highrisk"], S["retention"]),
                ),
                ("h2", "Kilder, mottakere og ansvar"),
                (
                    "ul",
                    [
                        "Kilder: " + S["sources"],
                        "Mottakere: " + S["recipients"],
                        "Ansvar: %s er behandlingsansvarlig. %s" % (c.org, pr),
                    ],
                ),
                ("h2", "Informasjonssikkerhet"),
                (
                    "p",
                    "Tilgang styres etter tjenstlig behov med tofaktorautentisering. All lagring er kryptert, og det føres logg over alle oppslag. Sikkerheten er vurdert i egen ROS-analyse.",
                ),
            ]
        elif v == 1:
            b = [
                (
                    "p",
                    "%s skal ta i bruk %s. Formålet med behandlingen er å %s. De registrerte er %s, og omfanget er %s."
                    % (c.org, S["sys"], S["purpose"], S["subjects"], S["scale"]),
                ),
                (
                    "p",
                    "Opplysningene som behandles er %s. De hentes fra %s og gjøres tilgjengelig for %s. Opplysningene lagres i %s."
                    % (S["data"], S["sources"], S["recipients"], S["retention"]),
                ),
                (
                    "p",
                    "Vi har lagt vekt på at behandlingen innebærer %s, og det er dette som gjør at risikoen er høy. %s Informasjonssikkerheten ivaretas gjennom tilgangskontroll, kryptering og logging i tråd med vårt styringssystem."
                    % (S["highrisk"], pr),
                ),
            ]
        elif v == 2:
            b = [
                (
                    "table",
                    [
                        ["Element", "Beskrivelse"],
                        ["Behandling", S["sys"]],
                        ["Formål", S["purpose"]],
                        ["Registrerte", S["subjects"]],
                        ["Opplysningstyper", S["data"]],
                        ["Omfang", S["scale"]],
                        ["Kilder", S["sources"]],
                        ["Mottakere", S["recipients"]],
                        ["Lagringstid", S["retention"]],
                        ["Hvorfor høy risiko", S["highrisk"]],
                        ["Ansvarsforhold", "%s er behandlingsansvarlig. %s" % (c.org, pr)],
                        [
                            "Informasjonssikkerhet",
                            "Rollebasert tilgang, kryptering i ro og under overføring, logging",
                        ],
                    ],
                )
            ]
        else:
            b = [
                ("h2", "Hva skal behandles, og hvorfor?"),
                (
                    "p",
                    "Vi skal innføre %s for å %s. Opplysningene er %s."
                    % (S["sys"], S["purpose"], S["data"]),
                ),
                ("h2", "Hvem gjelder det?"),
                ("p", "%s – %s." % (S["subjects"][0].upper() + S["subjects"][1:], S["scale"])),
                ("h2", "Hvor kommer opplysningene fra, og hvem får dem?"),
                (
                    "p",
                    "Kilder: %s. Mottakere: %s. Lagringstid: %s."
                    % (S["sources"], S["recipients"], S["retention"]),
                ),
                ("h2", "Hvem har ansvaret, og hvordan sikres opplysningene?"),
                (
                    "p",
                    "%s er behandlingsansvarlig. %s Opplysningene sikres med tilgangsstyring, kryptering og logging."
                    % (c.org, pr),
                ),
                ("h2", "Hva gjør behandlingen risikofylt?"),
                ("p", S["highrisk"][0].upper() + S["highrisk"][1:] + "."),
            ]
    elif L == "nn":
        if v % 2 == 0:
            b = [
                ("h2", "Kva slags handsaming"),
                ("p", "Vi planlegg %s. Handsaminga omfattar %s." % (S["sys"], S["data"])),
                ("h2", "Omfang og føremål"),
                (
                    "p",
                    "Handsaminga gjeld %s, til saman %s. Føremålet er å %s."
                    % (S["subjects"], S["scale"], S["purpose"]),
                ),
                ("h2", "Samanheng"),
                (
                    "p",
                    "Det som gjev høg risiko er %s. Lagringstid: %s."
                    % (S["highrisk"], S["retention"]),
                ),
                ("h2", "Kjelder, mottakarar og ansvar"),
                (
                    "ul",
                    [
                        "Kjelder: " + S["sources"],
                        "Mottakarar: " + S["recipients"],
                        "%s er behandlingsansvarleg. %s" % (c.org, pr),
                    ],
                ),
                ("h2", "Informasjonstryggleik"),
                (
                    "p",
                    "Tilgang vert styrt etter tenestleg behov med tofaktorautentisering. Lagringa er kryptert, og alle oppslag vert logga.",
                ),
            ]
        else:
            b = [
                (
                    "p",
                    "%s skal ta i bruk %s. Føremålet er å %s. Dei registrerte er %s, og omfanget er %s."
                    % (c.org, S["sys"], S["purpose"], S["subjects"], S["scale"]),
                ),
                (
                    "p",
                    "Opplysningane er %s. Dei kjem frå %s og vert gjorde tilgjengelege for %s. Lagringstida er %s."
                    % (S["data"], S["sources"], S["recipients"], S["retention"]),
                ),
                (
                    "p",
                    "Risikoen er høg fordi handsaminga inneber %s. %s Tryggleiken vert teken vare på med tilgangskontroll, kryptering og logging."
                    % (S["highrisk"], pr),
                ),
            ]
    else:
        if v == 0:
            b = [
                ("h2", "Nature of the processing"),
                ("p", "We intend to introduce %s, involving %s." % (S["sys"], S["data"])),
                ("h2", "Scope"),
                ("p", "Data subjects are %s: %s." % (S["subjects"], S["scale"])),
                ("h2", "Purpose"),
                ("p", "The purpose is to %s." % S["purpose"]),
                ("h2", "Context"),
                (
                    "p",
                    "What makes the risk high is %s. Retention: %s."
                    % (S["highrisk"], S["retention"]),
                ),
                ("h2", "Sources, recipients and responsibilities"),
                (
                    "ul",
                    [
                        "Sources: " + S["sources"],
                        "Recipients: " + S["recipients"],
                        "%s is the controller. %s" % (c.org, pr),
                    ],
                ),
                ("h2", "Information security"),
                (
                    "p",
                    "Role-based access with MFA, encryption at rest and in transit, and full access logging.",
                ),
            ]
        elif v == 1:
            b = [
                (
                    "p",
                    "%s plans to deploy %s in order to %s. The processing covers %s (%s) and involves %s."
                    % (c.org, S["sys"], S["purpose"], S["subjects"], S["scale"], S["data"]),
                ),
                (
                    "p",
                    "Data are collected from %s and made available to %s. They are kept for %s. %s"
                    % (S["sources"], S["recipients"], S["retention"], pr),
                ),
                (
                    "p",
                    "The processing is high-risk because it involves %s. Security is ensured through access control, encryption and logging under our ISO 27001-aligned management system."
                    % S["highrisk"],
                ),
            ]
        else:
            b = [
                (
                    "table",
                    [
                        ["Item", "Description"],
                        ["Processing", S["sys"]],
                        ["Purpose", S["purpose"]],
                        ["Data subjects", S["subjects"]],
                        ["Personal data", S["data"]],
                        ["Scale", S["scale"]],
                        ["Sources", S["sources"]],
                        ["Recipients", S["recipients"]],
                        ["Retention", S["retention"]],
                        ["Why high risk", S["highrisk"]],
                        ["Roles", "%s is the controller. %s" % (c.org, pr)],
                        ["Security", "Role-based access, encryption, logging"],
                    ],
                )
            ]
    return b


# ---------------------------------------------------------------- part 3


def p3(c, v):
    S, L = c.S, c.lang
    if L == "nb":
        if v == 0:
            return [
                ("h2", "Behandlingsgrunnlag"),
                ("p", "Behandlingen bygger på personvernforordningen %s." % S["legal"]),
                ("h2", "Er behandlingen nødvendig?"),
                (
                    "p",
                    "Formålet kan ikke nås på en mindre inngripende måte: %s. Vi behandler bare de opplysningene som trengs, og lagringstiden er satt til %s."
                    % (S["alt"], S["retention"]),
                ),
                ("h2", "Forholdsmessighet"),
                (
                    "p",
                    "Vi har veid nytten av behandlingen opp mot inngrepet i personvernet til %s og mener behandlingen er forholdsmessig når tiltakene nedenfor er gjennomført."
                    % S["subjects"],
                ),
                ("h2", "Tiltak og garantier"),
                (
                    "ul",
                    [
                        "Informasjon til de registrerte på nettside, skilt og i egne brev",
                        "Innsynsløsning der den registrerte kan se egne opplysninger",
                        "Dataminimering og automatisk sletting",
                        "Rett til å protestere og til manuell behandling er beskrevet i personvernerklæringen",
                    ],
                ),
            ]
        if v == 1:
            return [
                (
                    "p",
                    "Rettslig grunnlag er %s. Vi har vurdert alternativer: %s. Derfor mener vi behandlingen er nødvendig for formålet."
                    % (S["legal"], S["alt"]),
                ),
                (
                    "p",
                    "Når det gjelder proporsjonalitet, har vi begrenset opplysningene til det som er strengt nødvendig, satt lagringstid til %s og innført tiltak for å ivareta de registrertes rettigheter: tydelig informasjon, enkel innsynsløsning og granulert samtykke der det er relevant. Etter vår vurdering står inngrepet i rimelig forhold til formålet."
                    % S["retention"],
                ),
            ]
        return [
            ("h2", "Kunne formålet nås på en mindre inngripende måte?"),
            ("p", "Nei. " + S["alt"][0].upper() + S["alt"][1:] + "."),
            ("h2", "Hvilket grunnlag har vi?"),
            ("p", S["legal"][0].upper() + S["legal"][1:] + "."),
            ("h2", "Hvordan ivaretas de registrertes rettigheter?"),
            (
                "p",
                "Vi gir informasjon før behandlingen starter, har en innsynsløsning, og opplysningene slettes etter %s. Vi mener derfor behandlingen er forholdsmessig."
                % S["retention"],
            ),
        ]
    if L == "nn":
        return [
            ("h2", "Rettsleg grunnlag"),
            ("p", "Handsaminga byggjer på personvernforordninga %s." % S["legal"]),
            ("h2", "Er handsaminga naudsynt?"),
            (
                "p",
                "Føremålet kan ikkje nåast på ein mindre inngripande måte: %s. Vi handsamar berre dei opplysningane som trengst, og lagringstida er %s."
                % (S["alt"], S["retention"]),
            ),
            ("h2", "Forholdsmessigheit og tiltak"),
            (
                "p",
                "Vi har vege nytten opp mot inngrepet i personvernet til %s. Tiltak: informasjon til dei registrerte, innsynsløysing, dataminimering og automatisk sletting. Vi meiner handsaminga er forholdsmessig."
                % S["subjects"],
            ),
        ]
    if v == 0:
        return [
            ("h2", "Lawful basis"),
            ("p", "The processing is based on %s." % S["legal"]),
            ("h2", "Necessity"),
            (
                "p",
                "The purpose cannot be achieved by less intrusive means: %s. Only the data needed are processed and retention is limited to %s."
                % (S["alt"], S["retention"]),
            ),
            ("h2", "Proportionality and safeguards"),
            (
                "ul",
                [
                    "Layered privacy notice before processing starts",
                    "Self-service access to one's own data",
                    "Granular consent where consent is used",
                    "Data minimisation and automatic deletion",
                ],
            ),
            (
                "p",
                "Weighing the benefit against the intrusion for %s, we consider the processing proportionate with these safeguards."
                % S["subjects"],
            ),
        ]
    return [
        ("h2", "Could the purpose be achieved in a less intrusive way?"),
        ("p", "No. " + S["alt"][0].upper() + S["alt"][1:] + "."),
        ("h2", "What is the legal basis?"),
        ("p", S["legal"] + "."),
        ("h2", "How are data subjects' rights safeguarded?"),
        (
            "p",
            "Information is given up front, subjects can access their data, and data are deleted after %s. We therefore find the processing proportionate."
            % S["retention"],
        ),
    ]


# ---------------------------------------------------------------- part 4


def p4(c, v):
    S, L = c.S, c.lang
    R = S["risks"]
    nd = S["notdone"]
    if L == "nb":
        if v == 0:
            rows = [["Nr.", "Risiko", "Sannsynlighet", "Konsekvens", "Tiltak (gjennomført)"]] + [
                [str(i + 1), r[0], r[1], r[2], r[3]] for i, r in enumerate(R)
            ]
            return [
                (
                    "p",
                    "Risikovurderingen er gjennomført som del av vurderingen av personvernkonsekvenser (DPIA) etter artikkel 35, med personvernombudet som rådgiver.",
                ),
                ("table", rows),
                ("h2", "Medbestemmelse, åpenhet og forutsigbarhet"),
                (
                    "p",
                    "De registrerte og deres representanter er involvert gjennom høringsmøter. Behandlingen er beskrevet åpent, og det er forutsigbart hvilke opplysninger som brukes.",
                ),
                ("h2", "Tiltak som er vurdert, men ikke gjennomført"),
                (
                    "p",
                    "Vi har vurdert %s. Tiltaket er ikke gjennomført. Begrunnelse: %s."
                    % (nd[0], nd[1]),
                ),
                ("h2", "Restrisiko"),
                (
                    "p",
                    "Etter tiltakene vurderes restrisikoen fortsatt som høy, og vi ber derfor om forhåndsdrøftelse.",
                ),
            ]
        if v == 1:
            t = [
                "Vi har i DPIA-en identifisert følgende risikoer for de registrertes rettigheter og friheter:"
            ]
            for r in R:
                t.append(
                    "%s (sannsynlighet %s, konsekvens %s). Tiltak som er gjennomført: %s."
                    % (r[0], r[1].lower(), r[2].lower(), r[3].lower())
                )
            return [
                ("p", " ".join(t[:1])),
                ("ul", t[1:]),
                (
                    "p",
                    "Vi har også vurdert risiko knyttet til medbestemmelse, åpenhet og forutsigbarhet, og har involvert tillitsvalgte/brukerrepresentanter.",
                ),
                (
                    "p",
                    "Vurdert, men ikke gjennomført: %s – begrunnelse: %s. Samlet restrisiko er høy."
                    % (nd[0], nd[1]),
                ),
            ]
        return (
            [
                ("h2", "Metode"),
                (
                    "p",
                    "Vurderingen følger vår DPIA-mal: trusler er identifisert i arbeidsmøter, og sannsynlighet og konsekvens er vurdert på en skala lav–middels–høy.",
                ),
                ("h2", "Identifiserte risikoer og tiltak"),
            ]
            + sum(
                [
                    [
                        ("h2", "Risiko %d: %s" % (i + 1, r[0])),
                        (
                            "p",
                            "Sannsynlighet: %s. Konsekvens: %s. Gjennomførte tiltak: %s."
                            % (r[1], r[2], r[3]),
                        ),
                    ]
                    for i, r in enumerate(R)
                ],
                [],
            )
            + [
                ("h2", "Tiltak vi ikke har gjennomført"),
                (
                    "p",
                    "%s er vurdert, men ikke gjennomført. Begrunnelse: %s."
                    % (nd[0][0].upper() + nd[0][1:], nd[1]),
                ),
                ("h2", "Åpenhet og medbestemmelse"),
                (
                    "p",
                    "Behandlingen er drøftet med representanter for de registrerte, og informasjonen er gjort tilgjengelig før oppstart.",
                ),
            ]
        )
    if L == "nn":
        rows = [["Nr.", "Risiko", "Sannsyn", "Konsekvens", "Tiltak (gjennomførte)"]] + [
            [str(i + 1), r[0], r[1], r[2], r[3]] for i, r in enumerate(R)
        ]
        return [
            (
                "p",
                "Risikovurderinga er gjord som ein del av vurderinga av personvernkonsekvensar (DPIA) etter artikkel 35.",
            ),
            ("table", rows)
            if v % 2 == 0
            else ("ul", ["%s – sannsyn %s, konsekvens %s. Tiltak: %s." % r for r in R]),
            ("h2", "Medverknad, openheit og føreseielegheit"),
            (
                "p",
                "Dei registrerte og representantane deira er tekne med i arbeidet, og handsaminga er skildra ope.",
            ),
            ("h2", "Tiltak som er vurderte, men ikkje gjennomførte"),
            (
                "p",
                "Vi har vurdert %s. Det er ikkje gjennomført. Grunngjeving: %s." % (nd[0], nd[1]),
            ),
        ]
    if v == 0:
        rows = [["#", "Risk", "Likelihood", "Impact", "Mitigation implemented"]] + [
            [str(i + 1), r[0], r[1], r[2], r[3]] for i, r in enumerate(R)
        ]
        return [
            (
                "p",
                "The risk assessment was carried out as part of the data protection impact assessment under Article 35.",
            ),
            ("table", rows),
            ("h2", "Participation, transparency and predictability"),
            (
                "p",
                "Representatives of the data subjects were consulted; the processing is described openly and is predictable.",
            ),
            ("h2", "Measures considered but not implemented"),
            (
                "p",
                "%s was considered but not implemented. Reason: %s."
                % (nd[0][0].upper() + nd[0][1:], nd[1]),
            ),
            ("h2", "Residual risk"),
            ("p", "Residual risk remains high, which is why we request prior consultation."),
        ]
    return [
        (
            "p",
            "Our DPIA identified these risks to the rights and freedoms of data subjects, with the measures taken:",
        ),
        ("ul", ["%s — likelihood %s, impact %s. Implemented: %s." % r for r in R]),
        ("p", "Considered but not implemented: %s (reason: %s)." % nd),
        (
            "p",
            "We also assessed risks to participation, transparency and predictability, and consulted employee/user representatives.",
        ),
    ]


# ---------------------------------------------------------------- part 5


def p5(c, v):
    """Management validation. Several document forms."""
    S, L, org = c.S, c.lang, c.org
    boss = c.boss
    if L == "nb":
        forms = [
            [
                ("h", "Protokoll fra styremøte %s" % c.meetdate),
                (
                    "p",
                    "Til stede: styreleder, fire styremedlemmer, adm. dir. %s. Personvernombudet deltok under sak 14/26."
                    % boss,
                ),
                ("h2", "Sak 14/26 – Vurdering av personvernkonsekvenser for %s" % S["sys"]),
                (
                    "p",
                    "Prosjektleder presenterte en sammenstilling av DPIA-en og de viktigste funnene: restrisikoen er høy på grunn av %s."
                    % S["highrisk"],
                ),
                (
                    "p",
                    "Styret fikk også seg forelagt innspill fra interessenter: personvernombudet, tillitsvalgte og en brukerrepresentant. Innspillene er referert i saksfremlegget.",
                ),
                (
                    "p",
                    "Vedtak: Styret har gjennomgått vurderingen, slutter seg til den og vedtar å be Datatilsynet om forhåndsdrøftelse før behandlingen starter. Enstemmig.",
                ),
                ("sig", "Protokollen er godkjent og signert av styrets medlemmer."),
            ],
            [
                ("h", "Protokoll fra ledermøte"),
                (
                    "p",
                    "Dato: %s. Deltakere: ledergruppen ved %s, personvernombud og prosjektleder."
                    % (c.meetdate, boss),
                ),
                ("h2", "Sak 7 – DPIA for %s (andre gangs behandling)" % S["sys"]),
                (
                    "p",
                    "Presentasjon: prosjektgruppen la frem sammendrag av DPIA og funn. Risikoen er redusert, men fortsatt høy.",
                ),
                (
                    "p",
                    "Interessenter: synspunkter fra berørte grupper, personvernombudet og verneombudet ble lagt frem og drøftet.",
                ),
                (
                    "p",
                    "Beslutning: Ledergruppen har gjennomgått DPIA-en og beslutter å videreføre prosjektet og å anmode Datatilsynet om forhåndsdrøftelse.",
                ),
            ],
            [
                ("h", "Godkjenning av vurdering av personvernkonsekvenser"),
                (
                    "p",
                    "Jeg har i møte %s fått presentert DPIA for %s, med funn og restrisiko."
                    % (c.meetdate, S["sys"]),
                ),
                (
                    "p",
                    "I vurderingen er det tatt hensyn til interessentene: %s, personvernombudet og de ansattes representanter."
                    % S["subjects"],
                ),
                (
                    "p",
                    "Jeg har gått gjennom vurderingen og godkjenner den. Jeg har besluttet at vi skal be om forhåndsdrøftelse hos Datatilsynet.",
                ),
                ("sig", "Med hilsen\n%s\nadministrerende direktør / rådmann\n(signert)" % boss),
            ],
            [
                ("p", "Under følger e-posten fra ledelsen med beslutningen:"),
                (
                    "p",
                    "Fra: %s\nSendt: %s\nTil: Prosjektgruppen\nEmne: SV: DPIA – beslutning\n\nHei,\n\nTakk for presentasjonen av DPIA-en og sammenstillingen av funn i ledermøtet i går. Vi har merket oss innspillene fra tillitsvalgte, personvernombudet og brukerrådet. Ledergruppen har gjennomgått vurderingen og bestemt at vi går videre og ber Datatilsynet om forhåndsdrøftelse.\n\nHilsen %s"
                    % (boss, c.meetdate, boss.split()[0]),
                ),
            ],
        ]
    elif L == "nn":
        forms = [
            [
                ("h", "Protokoll frå leiarmøte %s" % c.meetdate),
                ("h2", "Sak 22/26 – DPIA for %s" % S["sys"]),
                (
                    "p",
                    "Prosjektleiar la fram ei samanstilling av DPIA-en og dei viktigaste funna. Restrisikoen er høg fordi handsaminga inneber %s."
                    % S["highrisk"],
                ),
                (
                    "p",
                    "Innspel frå interessentar – personvernombodet, tillitsvalde og brukarrepresentantar – vart lagde fram og drøfta.",
                ),
                (
                    "p",
                    "Vedtak: Leiargruppa har gått gjennom vurderinga og vedtek å be Datatilsynet om førehandsdrøfting.",
                ),
                ("sig", "Rett utskrift: %s" % boss),
            ],
            [
                ("h", "Godkjenning av DPIA"),
                (
                    "p",
                    "Eg har fått presentert vurderinga av personvernkonsekvensar for %s, med funn og restrisiko."
                    % S["sys"],
                ),
                (
                    "p",
                    "Omsynet til interessentane, mellom anna %s og personvernombodet, er vurdert."
                    % S["subjects"],
                ),
                (
                    "p",
                    "Eg har gått gjennom vurderinga, godkjenner ho og har avgjort at vi ber om førehandsdrøfting.",
                ),
                ("sig", "Helsing\n%s\nkommunedirektør\n(signert)" % boss),
            ],
        ]
    else:
        forms = [
            [
                ("h", "Board resolution"),
                ("p", "Meeting of the Board of Directors of %s, held on %s." % (org, c.meetdate)),
                ("h2", "Item 9 – Data protection impact assessment: %s" % S["sys"]),
                (
                    "p",
                    "The project lead presented a summary of the DPIA and its findings; residual risk remains high because of %s."
                    % S["highrisk"],
                ),
                (
                    "p",
                    "The Board considered input from stakeholders, including the DPO, employee representatives and a customer panel.",
                ),
                (
                    "p",
                    "Resolution: the Board has reviewed the DPIA, endorses its conclusions and resolves that the company shall request prior consultation with Datatilsynet.",
                ),
                ("sig", "Signed: %s, Chair" % boss),
            ],
            [
                ("h", "Minutes – Executive management meeting %s" % c.meetdate),
                ("h2", "Agenda item 4: DPIA review (second reading)"),
                (
                    "p",
                    "Findings presented by the privacy team: three high risks, two reduced to medium, one remaining high.",
                ),
                (
                    "p",
                    "Stakeholders: views from the DPO, the works council and user testing were presented and discussed.",
                ),
                (
                    "p",
                    "Decision: management has reviewed the DPIA, accepts the residual risk assessment and decided to seek prior consultation under Article 36 before go-live.",
                ),
            ],
            [
                ("h", "Management approval"),
                (
                    "p",
                    "On %s I was presented with the DPIA for %s and its findings."
                    % (c.meetdate, S["sys"]),
                ),
                (
                    "p",
                    "The interests of %s, our DPO and staff representatives have been taken into account."
                    % S["subjects"],
                ),
                (
                    "p",
                    "Having reviewed the assessment I approve it and have decided that we request prior consultation with the Norwegian Data Protection Authority.",
                ),
                ("sig", "%s\nChief Executive Officer\n(signed)" % boss),
            ],
        ]
    return forms[v % len(forms)]


# ---------------------------------------------------------------- missing-part statements

LATER = {
    "nb": {
        2: [
            "Beskrivelsen av behandlingen ettersendes.",
            "Systematisk beskrivelse kommer i egen e-post.",
        ],
        3: [
            "Vurderingen av nødvendighet og proporsjonalitet ettersendes så snart den er ferdig.",
            "Nødvendighetsvurderingen er ikke ferdigstilt og vil bli ettersendt.",
        ],
        4: [
            "Risikovurderingen ettersendes – den er til kvalitetssikring hos personvernombudet.",
            "Vedlegg 4 (risikovurdering) ettersendes i løpet av neste uke.",
        ],
        5: [
            "Dokumentasjon av ledelsens behandling ettersendes.",
            "Ledelsens validering av DPIA-en ettersendes etter møtet.",
        ],
    },
    "nn": {
        2: ["Skildringa av handsaminga vert ettersend."],
        3: ["Vurderinga av naudsyn og proporsjonalitet vert ettersend."],
        4: ["Risikovurderinga vert ettersend når ho er kvalitetssikra."],
        5: ["Dokumentasjon frå leiinga si handsaming vert ettersend."],
    },
    "en": {
        2: ["The systematic description will follow."],
        3: ["The necessity and proportionality assessment will follow shortly."],
        4: [
            "The risk assessment will follow next week.",
            "Annex 4 (risk assessment) will follow once reviewed by our DPO.",
        ],
        5: [
            "Documentation of management's validation will follow.",
            "The board minutes will follow after the meeting.",
        ],
    },
}
NOTDONE5 = {
    "nb": [
        "Styret behandler DPIA-en i neste møte, 14. januar 2027. Protokollen sendes da.",
        "Ledelsens validering er ikke gjennomført ennå; saken skal opp i ledermøtet i januar.",
        "DPIA-en er ikke lagt frem for ledelsen ennå.",
    ],
    "nn": [
        "Styret handsamar DPIA-en i neste møte i januar. Protokollen kjem då.",
        "Leiinga har ikkje handsama DPIA-en enno.",
    ],
    "en": [
        "The board will consider the DPIA at its next meeting in January 2027.",
        "Management has not yet reviewed the DPIA; this is scheduled for Q1 2027.",
    ],
}
NODPIA = {
    "nb": [
        ("h", "Vurdering av personvernkonsekvenser (DPIA)"),
        (
            "p",
            "Status: Det er ikke gjennomført en vurdering av personvernkonsekvenser for behandlingen ennå. Arbeidet starter etter at vi har fått Datatilsynets syn på saken.",
        ),
        ("p", "Risikovurdering og ledelsesbehandling er derfor ikke utført."),
    ],
    "nn": [
        ("h", "Vurdering av personvernkonsekvensar (DPIA)"),
        (
            "p",
            "Status: Det er ikkje gjennomført nokon DPIA for handsaminga enno. Arbeidet tek til når vi har fått tilbakemelding frå Datatilsynet.",
        ),
        ("p", "Risikovurdering og handsaming i leiinga er difor ikkje gjort."),
    ],
    "en": [
        ("h", "Data protection impact assessment"),
        (
            "p",
            "Status: a DPIA has not yet been carried out for this processing. We intend to start it once we have the Authority's view.",
        ),
        ("p", "Accordingly no risk assessment or management review has been done."),
    ],
}
WRONG = {
    "nb": [
        [
            ("h", "Reiseregning – retningslinjer"),
            (
                "p",
                "Reiseregning leveres innen 30 dager etter reisens slutt. Kvitteringer skannes og lastes opp i økonomisystemet. Diett utbetales etter statens satser.",
            ),
            ("p", "Spørsmål rettes til lønnsavdelingen."),
        ],
        [
            ("h", "Årsplan for HMS 2027"),
            (
                "p",
                "Vernerunder gjennomføres i mars og oktober. Brannøvelse holdes i alle bygg innen 1. juni. Sykefraværsmålet er 5,5 %.",
            ),
        ],
        [
            ("h", "Referat fra styremøte – budsjett 2027"),
            (
                "p",
                "Sak 3/26: Styret vedtok budsjett for 2027 og ny husleieavtale for hovedkontoret. Ingen andre saker ble behandlet.",
            ),
        ],
    ],
    "nn": [
        [
            ("h", "Årsplan for HMS 2027"),
            (
                "p",
                "Vernerundar vert gjennomførte i mars og oktober. Brannøving i alle bygg innan 1. juni.",
            ),
        ]
    ],
    "en": [
        [
            ("h", "Travel expense policy"),
            (
                "p",
                "Claims must be submitted within 30 days. Receipts are scanned into the finance system. Per diems follow government rates.",
            ),
        ],
        [
            ("h", "Canteen menu – week 47"),
            (
                "p",
                "Monday: lentil soup. Tuesday: fish cakes. Wednesday: taco. Thursday: pasta. Friday: pizza.",
            ),
        ],
    ],
}
