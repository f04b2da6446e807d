"""Each sender's own wording: the mail's opening, how the processor is named, how approval reads.

``{t}`` is the processing's title, ``{p}`` the processor's name, ``{ceo}`` the one who approved.
"""

from __future__ import annotations

INTRO = {
    "A": "Hei,\n\nVevstua Klær ber om forhåndsdrøftelse med Datatilsynet, jf. GDPR art. 36, for"
    " «{t}». Dokumentasjonen ligger vedlagt.",
    "B": "Dear Sir or Madam,\n\nNordParcel Logistics hereby requests prior consultation under"
    " Article 36 GDPR concerning «{t}». Our documentation is attached.",
    "C": "Hei,\n\nFjordingen Tidend ber om førehandsdrøfting etter personvernforordninga"
    " artikkel 36 for «{t}». Under finn de det vi har.",
    "D": "Hei.\n\nVi i Aasheim Bygg & Anlegg ønsker en forhåndsdrøftelse om «{t}». Se vedlegg.",
    "E": "Hello Datatilsynet,\n\nAs discussed with your switchboard, we are submitting a request"
    " for prior consultation (Art. 36) about «{t}».",
    "F": "Til Datatilsynet\n\nTindra Mobil AS anmoder om forhåndsdrøftelse etter"
    " personvernforordningen art. 36 nr. 1 vedrørende «{t}».",
    "G": "Hei!\n\nMelkelaget Midt SA sender med dette anmodning om forhåndsdrøftelse for «{t}».",
    "H": "Hei,\n\nReisefeber AS ber om forhåndsdrøftelse for «{t}». Vedlagt følger vår DPIA.",
    "I": "God dag.\n\nVaktkorps Nord AS ber om forhåndsdrøftelse for «{t}», jf."
    " personvernforordningen artikkel 36.",
    "J": "Hei,\n\nPulsverket Trening ber om forhåndsdrøftelse for «{t}»."
    " Alt ligger i vedlagte PDF.",
}

PROC = {
    "A": " Løsningen leveres av {p}, som behandler opplysningene som vår databehandler.",
    "B": " The platform is supplied by {p}, which processes the data on our behalf under a DPA.",
    "C": " {p} køyrer analysen for oss som databehandlar etter avtale.",
    "D": " Systemleverandør er {p} (databehandler etter egen avtale).",
    "E": " The service runs at {p}, our processor under Art. 28.",
    "F": " {p} utfører aggregeringen som databehandler for Tindra.",
    "G": " Portalen driftes av {p}, som er databehandler for laget.",
    "H": " Bookingsystemet leveres av {p}, som er vår databehandler.",
    "I": " Utstyr og lagring leveres av {p}, som er databehandler.",
    "J": " {p} leverer den tekniske løsningen og er vår databehandler.",
}

APPROVE = {
    "A": "Ledergruppen fikk DPIA-en for «{t}» presentert med de viktigste funnene og"
    " restrisikoen. Tillitsvalgte i Handel og Kontor og personvernombudet ga skriftlige innspill,"
    " som er tatt inn. Ledergruppen godkjente vurderingen og vedtok å be om forhåndsdrøftelse.",
    "B": "The DPIA for «{t}» was presented to the executive team with its findings and the"
    " residual risk. Union representatives and the DPO were heard. The executive team"
    " reviewed and approved the assessment and decided to seek prior consultation.",
    "C": "Styret fekk lagt fram vurderinga for «{t}» med funn og restrisiko. Redaksjonsklubben"
    " og personvernombodet hadde gjeve fråsegn. Styret godkjende vurderinga og vedtok at avisa"
    " skal be Datatilsynet om førehandsdrøfting.",
    "D": "Vurderingen for «{t}» er gjennomgått av ledelsen sammen med verneombud og"
    " personvernombud. Funnene og restrisikoen er drøftet, og ledelsen har godkjent"
    " vurderingen og besluttet å legge saken fram for Datatilsynet.",
    "E": "The board went through the DPIA for «{t}», the findings and the remaining risk,"
    " with input from player council and our DPO. The board approved the DPIA and resolved to"
    " ask Datatilsynet for prior consultation.",
    "F": "Rapporten om «{t}» med funn og restrisiko ble presentert for konsernledelsen."
    " Innspill fra Forbrukerrådets kundepanel og personvernombudet er vurdert. Konsernledelsen"
    " validerte rapporten og besluttet å anmode om forhåndsdrøftelse.",
    "G": "Styret handsamet vurderingen av «{t}». Administrasjonen la fram funn og restrisiko;"
    " uttalelse fra Bondelaget lokalt og fra personvernombudet var lagt ved. Styret godkjente"
    " vurderingen og ba administrasjonen søke forhåndsdrøftelse.",
    "H": "Daglig leder har gått gjennom DPIA-en for «{t}» med funn og restrisiko og"
    " kommentarene fra reiselederne og personvernombudet. Vurderingen er godkjent, og vi ber"
    " om forhåndsdrøftelse.",
    "I": "Vurderingen av «{t}» ble lagt fram for ledelsen med funn, restrisiko og uttalelse fra"
    " vekterklubben og personvernombudet. Ledelsen godkjente vurderingen og vedtok å be om"
    " forhåndsdrøftelse.",
    "J": "Ledelsen har gjennomgått vurderingen av «{t}» med funn, restrisiko og innspill fra"
    " medlemsrådet og personvernombudet. Vurderingen er godkjent, og ledelsen har besluttet å"
    " be om forhåndsdrøftelse.",
}
