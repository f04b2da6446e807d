"""Sender D: Nordnett AS (mobile and broadband operator, part of a Nordic group), English.

The group's privacy portal holds the form «PIA-01 Privacy Impact Assessment». Nordnett sends it as
a PDF printout of the portal: section headings, labels left and answers right, a risk table and an
approval section («Approved by / Date / Signature»). Once the privacy counsel pastes the form into
a plain-text mail (inline PGP). Senior Privacy Counsel writes the mails.
"""

# ruff: noqa: E501

from __future__ import annotations

from extra import FormItem, form_pdf
from forms import doc
from kit import Label, message, to_pdf, txt, when

TOPICS = {
    "c007": "mobility analytics from network location data",
    "c027": "network SMS phishing filter analysing message content",
    "c047": "churn prediction model (guidance meeting)",
    "c008": "speech analytics of customer service calls",
    "c028": "family plan with location sharing for children",
    "c048": "SIM swap and number verification API for banks",
}

SENDER = "Martin Åsheim <martin.asheim@nordnett.no>"
SIGN = "\n" + txt(
    """
    Best regards,

    Martin Åsheim
    Senior Privacy Counsel | Legal & Regulatory
    Nordnett AS | Postboks 800 Skøyen, 0213 Oslo | Org. no. 981 226 730
    M: +47 480 31 977 | martin.asheim@nordnett.no
    """
)
STAMP = "Printed from Nordnett Group Privacy Portal"


def contacts_items(
    controller: tuple[str, str, str],
    dpo: tuple[str, str, str],
    processor: tuple[str, str, str] | None,
) -> list[FormItem]:
    items: list[FormItem] = [
        ("h", "A. Contact details"),
        ("f", "Controller", "Nordnett AS, org. no. 981 226 730"),
        ("f", "Controller contact – name", controller[0]),
        ("f", "Controller contact – phone", controller[1]),
        ("f", "Controller contact – e-mail", controller[2]),
        ("f", "DPO – name", dpo[0]),
        ("f", "DPO – phone", dpo[1]),
        ("f", "DPO – e-mail", dpo[2]),
    ]
    if processor is None:
        items.append(("f", "Processor(s)", "None – processed in-house"))
    else:
        items += [
            ("f", "Processor – name/company", processor[0]),
            ("f", "Processor – phone", processor[1]),
            ("f", "Processor – e-mail", processor[2]),
        ]
    return items


DPO = ("Kristin Aune Halvorsen", "+47 924 10 556", "dpo@nordnett.no")
ME = ("Martin Åsheim, Senior Privacy Counsel", "+47 480 31 977", "martin.asheim@nordnett.no")
RISK_HEAD = "ID | Threat / event | Likelihood | Impact | Risk level | Measures implemented | Residual risk | Owner"


def risk_items(rows: list[str], not_done: list[tuple[str, str]]) -> list[FormItem]:
    items: list[FormItem] = [
        ("h", "D. Risk assessment"),
        (
            "p",
            "Likelihood and impact: Low / Medium / High / Very high. Risk level from the group risk matrix (RM-3).",
        ),
        ("t", RISK_HEAD, *rows),
        ("h", "E. Measures considered but not implemented"),
    ]
    items += [("f", a, b) for a, b in not_done]
    return items


# --- c007 / D007: mobility analytics, whole form in a plain-text mail (inline PGP) --------------


def c007() -> tuple:
    body = txt(
        """
        To the Norwegian Data Protection Authority,

        Nordnett AS requests prior consultation under Article 36 GDPR for "Nordnett Insights – Mobility", described below. As agreed with our CISO we send everything in this message (inline PGP), copied from our privacy portal form PIA-01. There are no attachments.

        ============================================================
        PIA-01 PRIVACY IMPACT ASSESSMENT – PIA-2026-022 (version 1.4, 26.10.2026)
        ============================================================

        A. CONTACT DETAILS
        Controller ................. Nordnett AS, org. no. 981 226 730
        Controller contact ......... Martin Åsheim, Senior Privacy Counsel, +47 480 31 977, martin.asheim@nordnett.no
        Business owner ............. Håkon Bergersen, Head of Data Products, +47 913 88 402, hakon.bergersen@nordnett.no
        DPO ........................ Kristin Aune Halvorsen, +47 924 10 556, dpo@nordnett.no
        Processor(s) ............... None. Processed on Nordnett's own data platform in Oslo and Bergen.

        B. DESCRIPTION OF THE PROCESSING
        Purpose .................... Produce statistics on how people move between areas (origin–destination, visitors per hour, tourist flows) for municipalities, county transport authorities and the Norwegian Public Roads Administration.
        Data subjects .............. Nordnett mobile customers (approx. 1.9 million SIMs) and foreign roaming visitors on our network.
        Personal data .............. Network events (cell ID, timestamp), pseudonymised SIM identifier rotated every 24 hours, home-area municipality inferred from night-time location, age band and gender from subscription (only for customers over 18), roaming country.
        Sources .................... Mobile network signalling; subscription system.
        Recipients ................. Customers of Insights receive only aggregated statistics (k ≥ 20 per cell, noise added). No personal data leaves Nordnett.
        Storage and security ....... Raw events 30 days in a segregated zone, pseudonymised trajectories 24 h, aggregates retained. Access for 6 named analysts, logging, quarterly access review.
        Legal basis ................ Art. 6(1)(f) for aggregation; compatibility assessment under Art. 6(4); Ekomloven § 3-6 assessed (anonymous data before disclosure). No consent.
        Why high risk .............. Location data of a large part of the population, systematic monitoring, risk of re-identification from trajectories, new use of data collected for network operation.

        C. NECESSITY AND PROPORTIONALITY
        Necessity .................. Public clients need flows between areas; surveys and counters are small and outdated. Aggregation inside the network is the least intrusive way to produce them.
        Alternatives ............... Buying app-based location data (consent quality poor, more intrusive); only cell-load statistics without trajectories (does not answer origin–destination).
        Minimisation ............... Identifier rotated daily so no trajectory longer than 24 h can be built; no children's subscriptions; no data below 500 x 500 m grid in rural areas.
        Transparency ............... Privacy notice updated 01.09.2026, article on nordnett.no/insights, notice in the app; map of what is published.
        Rights ..................... Opt-out in My Page or app (takes effect within 24 h, excluded from all aggregates). Access requests answered with the data categories used; no profile is kept.
        Safeguards ................. External re-identification test by an independent statistics consultancy (report 08/2026), ethics board review, contract bans client attempts to re-identify.

        D. RISK ASSESSMENT (likelihood x impact, group matrix RM-3)
        ID | Threat / event | L | I | Level | Measures implemented | Residual | Owner
        R1 | Re-identification of individuals from small aggregates (rural areas, nights) | Medium | High | High | k ≥ 20, noise, coarser grid in rural areas, suppression at night | Medium | Head of Data Products
        R2 | Clients combine aggregates with own data to track groups (e.g. asylum centres, shelters) | Medium | High | High | Sensitive locations masked (list of 140 sites), contract ban, audit right | Medium–High | DPO
        R3 | Insider misuse of raw events | Low | Very high | High | 6 named analysts, logging, four-eyes for queries on raw zone | Low | CISO
        R4 | Customers unaware of the use, loss of trust | High | Medium | High | Notice, app message, easy opt-out | Medium | Head of Data Products
        R5 | Government request for raw data for other purposes | Low | High | Medium | Only aggregates exist beyond 30 days; legal review of any request | Low | Legal

        E. MEASURES CONSIDERED BUT NOT IMPLEMENTED
        Consent (opt-in) ........... Coverage would be too low and skewed for statistics; opt-out offered instead.
        Publishing only daily data . Clients need hourly flows for transport planning; hourly kept with suppression.
        Masking all sensitive sites in real time ... The list cannot be complete; R2 remains the main reason for this request.

        F. APPROVAL
        Presented to ............... Executive Leadership Team (ELT) 29.09.2026 and 27.10.2026
        Findings ................... Residual risk R2 medium–high; DPO recommends prior consultation. Ethics board and customer council consulted (summary in ELT memo).
        Decision ................... ELT approves PIA-2026-022 v1.4, wishes to proceed, and instructs Legal to request prior consultation. Commercial launch postponed until the DPA has responded.
        Approved by ................ Espen Thorvaldsen, CEO
        Date ....................... 27.10.2026
        Signature .................. Approved in the portal (e-signature ID ELT-2026-41)
        ============================================================

        """
    )
    msg = message(
        "c007",
        SENDER,
        "Request for prior consultation – Nordnett Insights Mobility (PIA-2026-022)",
        when(11, 4, 16, 5),
        body + SIGN,
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "all_in_body",
            "form_as_text_label_dots",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "location_tracking",
            "processor_none_stated",
        ),
        "inline",
        True,
        "none",
        "complete; the portal form PIA-01 pasted as text into a single plain-text mail (label ...... value), risk table as pipe rows, approval section with findings, stakeholders and decision",
    )


# --- c027 / D027: SMS phishing filter, risk register «see separate attachment» (not attached) ----


def c027() -> tuple:
    items: list[FormItem] = [
        ("f", "PIA reference", "PIA-2026-031"),
        ("f", "Version / date", "1.0 / 12.11.2026"),
        ("f", "Status", "Approved"),
    ]
    items += contacts_items(
        ME,
        DPO,
        (
            "Lukas Brenner, Cellguard Security GmbH (Munich)",
            "+49 89 2154 7730",
            "lukas.brenner@cellguard.de",
        ),
    )
    items += [
        ("h", "B. Description of the processing"),
        (
            "f",
            "Purpose",
            "Block SMS phishing (smishing) and fraudulent SMS before they reach customers, by automated analysis of SMS content, sender ID and URLs in the network.",
        ),
        (
            "f",
            "Data subjects",
            "All senders and recipients of SMS on the Nordnett network (approx. 2.3 million), including children.",
        ),
        (
            "f",
            "Personal data",
            "SMS content (text and links), sender and recipient numbers, timestamps, verdict (blocked / delivered), samples of blocked messages.",
        ),
        ("f", "Sources", "SMS traffic through the SMSC; threat intelligence feeds."),
        (
            "f",
            "Recipients",
            "Cellguard as processor (model updates, analysis of samples); Nokom and police on request for blocked campaigns (aggregated).",
        ),
        (
            "f",
            "Technology and storage",
            "Filter runs inside Nordnett's SMSC in Norway. Content of delivered SMS is not stored. Blocked messages stored 14 days; samples (max 500/day, numbers masked) shared with Cellguard for 30 days.",
        ),
        (
            "f",
            "Legal basis",
            "Ekomloven § 3-6 (exception for network security), Art. 6(1)(c) and (f).",
        ),
        (
            "f",
            "Why high risk",
            "Automated analysis of communication content in large scale, confidentiality of communications, risk of blocking legitimate messages.",
        ),
        ("h", "C. Necessity and proportionality"),
        (
            "f",
            "Necessity",
            "Smishing caused reported customer losses of NOK 74 m in 2025; URL-only blocking misses new campaigns within the first hours.",
        ),
        (
            "f",
            "Alternatives",
            "URL blocklist only (in place, insufficient); sender-ID registry (in place for businesses); customer-side app (low uptake).",
        ),
        (
            "f",
            "Minimisation",
            "Content analysed in memory; only blocked messages stored; samples masked.",
        ),
        (
            "f",
            "Transparency",
            "Privacy notice and article on nordnett.no; customers get a notice SMS when a message is blocked.",
        ),
        (
            "f",
            "Rights",
            "Customers can opt out of filtering in My Page; release of wrongly blocked SMS within 14 days on request.",
        ),
        ("h", "D. Risk assessment"),
        ("f", "Risk summary", "High – see separate attachment"),
        ("f", "Risk register", "See separate attachment: Risk register PIA-01-R-2026-31 (Excel)"),
        ("h", "E. Measures considered but not implemented"),
        ("f", "", "See risk register"),
        ("h", "F. Approval"),
        ("f", "Approved by", "Ingvild Sars, CTO, on behalf of the ELT"),
        ("f", "Date", "10.11.2026"),
        ("f", "Signature", "Approved in the portal (e-signature ID ELT-2026-47)"),
        (
            "f",
            "Decision",
            "The ELT discussed the PIA on 27.10 and 10.11.2026. Legal, the DPO and Cellguard presented. The ELT approves the PIA, accepts that content analysis is necessary, and asks Legal to request prior consultation before the filter is switched to blocking mode (now: monitoring only).",
        ),
    ]
    pdf = form_pdf(
        "PIA-01 Privacy Impact Assessment – SMS phishing filter",
        items,
        stamp=STAMP + " 13.11.2026 09:12",
        page_word="Page",
    )
    mail = txt(
        """
        Dear Sir or Madam,

        Nordnett AS hereby requests prior consultation under Article 36 GDPR regarding our network-based SMS phishing filter. Please find attached the printout of our PIA form PIA-2026-031.

        The filter is currently running in monitoring mode only and will not block messages until we have your response.
        """
    )
    msg = message(
        "c027",
        SENDER,
        "Prior consultation request – SMS phishing filter (PIA-2026-031)",
        when(11, 13, 9, 40),
        mail + SIGN,
        attachments=[("PIA-2026-031_SMS_phishing_filter.pdf", pdf)],
        cc="dpo@nordnett.no",
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "pdf_form_two_columns",
            "processor_contact_table",
            "phone_foreign",
            "se_eget_vedlegg_missing",
            "attachment_forgotten",
            "approval_block_filled",
            "communications_content",
        ),
        "pgp_mime",
        True,
        "used",
        "part 4 missing: the risk section of the printed form only says «High – see separate attachment» and points to an Excel risk register that is not attached; measures not taken likewise «See risk register». Parts 1, 2, 3, 5 present (approval with decision)",
        missing=(4,),
    )


# --- c047 / D047: guidance meeting request, not a request ---------------------------------------


def c047() -> tuple:
    mail = txt(
        """
        Dear Sir or Madam,

        Nordnett is planning a machine-learning model that predicts which customers are likely to leave us (churn) and offers them retention deals. The model would use usage data, payment history, customer service contacts and possibly network quality data at the customer's home address.

        We have not started the PIA yet. Before we do, we would like to discuss with you whether this kind of profiling for marketing purposes is something you would expect us to bring to prior consultation, and how you view using network quality data for this purpose (ekomloven § 3-6). Could we request a guidance meeting (veiledningsmøte) in January or February?

        Suggested participants from us: myself, our DPO Kristin Aune Halvorsen and the product owner Silje Raknes.
        """
    )
    msg = message(
        "c047",
        SENDER,
        "Request for guidance meeting – churn prediction",
        when(12, 2, 14, 18),
        mail + SIGN,
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "nonrequest_question",
            "guidance_meeting_request",
            "dpia_not_started",
            "profiling",
        ),
        "none",
        False,
        "unspecified",
        "not a request: asks for a guidance meeting before a PIA is started. Parts as they are: 1 missing (DPO named without phone or e-mail), 2 missing (one paragraph, not a systematic description), 3–5 missing",
        missing=(1, 2, 3, 4, 5),
    )


# --- c008 / D008: speech analytics, complete, PDF form + ELT memo ------------------------------


def c008() -> tuple:
    items: list[FormItem] = [
        ("f", "PIA reference", "PIA-2026-019"),
        ("f", "Version / date", "2.0 / 21.10.2026"),
        ("f", "Status", "Approved"),
    ]
    items += contacts_items(
        (
            "Martin Åsheim, Senior Privacy Counsel (case); business owner Therese Lunde, Head of Customer Service, +47 916 40 220, therese.lunde@nordnett.no",
            "+47 480 31 977",
            "martin.asheim@nordnett.no",
        ),
        DPO,
        (
            "Aino Virtanen, Delivery Manager, CallSense Oy (Helsinki)",
            "+358 9 4250 1187",
            "aino.virtanen@callsense.fi",
        ),
    )
    items += [
        ("h", "B. Description of the processing"),
        (
            "f",
            "Purpose",
            "Transcribe all customer service calls and analyse them automatically to (1) find reasons for contact and recurring problems, (2) score call quality for coaching of agents, (3) detect customer vulnerability (e.g. confusion, distress) so that such customers are offered follow-up.",
        ),
        (
            "f",
            "Data subjects",
            "Customers calling customer service (approx. 1.1 million calls/year), 240 agents in Oslo and Trondheim and at the outsourcing partner.",
        ),
        (
            "f",
            "Personal data",
            "Call recordings, transcripts, topic and sentiment scores, quality score per call and agent, vulnerability flag (may reveal health), customer ID, agent ID.",
        ),
        ("f", "Sources", "Telephony platform (Genesys), CRM."),
        (
            "f",
            "Recipients",
            "Team leaders (quality scores for own team), customer care specialists (vulnerability flags), analysts (aggregated topics). CallSense as processor.",
        ),
        (
            "f",
            "Technology and storage",
            "CallSense SaaS in Finland (own data centres, Helsinki). Audio deleted after 30 days, transcripts 90 days, scores 12 months, aggregated topics without identifiers kept.",
        ),
        (
            "f",
            "Legal basis",
            "Art. 6(1)(f) for customers and agents; Art. 9(2)(g)? – no: vulnerability flag based on explicit consent given in the follow-up call, flag deleted if consent not given (Art. 9(2)(a)). Arbeidsmiljøloven chapter 9 (control measures) for agents.",
        ),
        (
            "f",
            "Why high risk",
            "Systematic monitoring of employees, evaluation/scoring, inference of vulnerability (health), large scale, new technology.",
        ),
        ("h", "C. Necessity and proportionality"),
        (
            "f",
            "Necessity",
            "Today 2 % of calls are sampled manually; this gives little basis for fixing root causes or for fair coaching. Vulnerable customers are identified by chance.",
        ),
        (
            "f",
            "Alternatives",
            "More manual sampling (expensive, subjective), post-call surveys (low response), topic analysis only without agent scores (considered, see E).",
        ),
        (
            "f",
            "Minimisation",
            "Card numbers and national ID numbers redacted in audio and transcript; agent scores shown only as 4-week averages; no scoring in the first 8 weeks of employment.",
        ),
        (
            "f",
            "Transparency",
            "Call announcement updated; privacy notice; agents informed in staff meetings and written routine; works council consulted (drøftingsmøte 02.09.2026).",
        ),
        (
            "f",
            "Rights",
            "Customers can object to analysis by pressing 9 at the start of the call; agents get access to all their scores and can comment; scores cannot be the sole basis for disciplinary measures.",
        ),
        (
            "f",
            "Safeguards for vulnerability flag",
            "Flag only triggers a follow-up call; explicit consent asked before it is stored; otherwise deleted within 48 hours.",
        ),
    ]
    items += risk_items(
        [
            "R1 | Quality scores used as sole basis for dismissal or bonus | Medium | High | High | Agreement with union, 4-week averages, human review | Medium | Head of Customer Service",
            "R2 | Wrong vulnerability flag – customer treated as vulnerable / stigmatised | Medium | Medium | Medium | Flag only triggers offer of follow-up, consent before storage | Low | Head of Customer Service",
            "R3 | Customers unaware of analysis, do not object | High | Medium | High | Announcement, press-9 objection, privacy notice | Medium | DPO",
            "R4 | Unauthorised access at processor | Low | High | Medium | ISO 27001, encryption, EU location, audits | Low | CISO",
            "R5 | Agents feel constantly monitored (working environment) | High | Medium | High | No real-time monitoring, no ranking lists, evaluation after 6 months with union | Medium | HR Director",
        ],
        [
            (
                "Topic analysis only, no agent scores",
                "Coaching was a main reason for the investment; scores limited instead (averages, no ranking).",
            ),
            (
                "Opt-in for customers",
                "Would give a skewed picture of contact reasons; objection by pressing 9 chosen.",
            ),
        ],
    )
    items += [
        ("h", "F. Approval"),
        ("f", "Approved by", "Espen Thorvaldsen, CEO"),
        ("f", "Date", "22.10.2026"),
        ("f", "Signature", "Approved in the portal (e-signature ID ELT-2026-39), see ELT memo"),
    ]
    pdf = form_pdf(
        "PIA-01 Privacy Impact Assessment – Speech analytics in customer service",
        items,
        stamp=STAMP + " 02.11.2026 14:55",
        page_word="Page",
    )
    memo = doc(
        "# Nordnett AS – Executive Leadership Team",
        "Decision memo ELT-2026-39, meeting 22.10.2026",
        "## Speech analytics in customer service – PIA-2026-019",
        "Present: Espen Thorvaldsen (CEO), Ingvild Sars (CTO), Nina Brekke (CFO), Rune Aasgaard (EVP Consumer), Marte Husby (HR Director), General Counsel Petter Viken. DPO Kristin Aune Halvorsen attended for this item.",
        "Presentation: Head of Customer Service and Legal presented the PIA (first discussed 08.10.2026). Findings: residual risk remains medium for R1, R3 and R5; the DPO recommends prior consultation because of employee scoring combined with vulnerability inference. The union (EL og IT Forbundet) supports the agreement on use of scores but wants an evaluation after 6 months. The customer council had no objections to the press-9 model.",
        "Decision: 1) The ELT approves PIA-2026-019 v2.0. 2) The ELT accepts residual risks R1, R3 and R5 only subject to prior consultation with Datatilsynet. 3) Roll-out to all calls is postponed until the response; a pilot on 5 % of calls in Trondheim may continue.",
    )
    mail = txt(
        """
        Dear Sir or Madam,

        Nordnett AS requests prior consultation under Article 36 GDPR for speech analytics in our customer service. Attached:

        1. PIA-2026-019 (printout from our privacy portal), which includes contact details for Nordnett, our DPO and the processor CallSense Oy;
        2. ELT decision memo ELT-2026-39.
        """
    )
    msg = message(
        "c008",
        SENDER,
        "Prior consultation – speech analytics in customer service (PIA-2026-019)",
        when(11, 9, 11, 2),
        mail + SIGN,
        attachments=[
            ("PIA-2026-019_speech_analytics.pdf", pdf),
            ("ELT-2026-39_decision_memo.pdf", to_pdf(memo, "ELT-2026-39")),
        ],
        cc="dpo@nordnett.no",
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "pdf_form_two_columns",
            "processor_contact_table",
            "phone_foreign",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_management_minutes_pdf",
            "employees",
            "profiling",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; portal form printout with labels and answers in two columns, the controller-contact cell also names the business owner; a visible self-correction in the legal basis cell («Art. 9(2)(g)? – no: …»); ELT decision memo with stakeholders",
    )


# --- c028 / D028: family plan location sharing, description «see SD-2231», DPO mailbox only ------


def c028() -> tuple:
    items: list[FormItem] = [
        ("f", "PIA reference", "PIA-2026-035"),
        ("f", "Version / date", "1.0 / 18.11.2026"),
        ("f", "Status", "Approved"),
    ]
    items += contacts_items(
        ("Camilla Strøm, Product Manager Family", "+47 936 21 048", "camilla.strom@nordnett.no"),
        ("", "", "dpo@nordnett.no"),
        ("Kasper Nielsen, Famlink ApS (Copenhagen)", "+45 33 18 47 90", "kn@famlink.dk"),
    )
    items += [
        ("h", "B. Description of the processing"),
        ("f", "Purpose", "Family safety"),
        ("f", "Data subjects", "See SD-2231"),
        ("f", "Personal data", "See SD-2231"),
        ("f", "Sources", "See SD-2231"),
        ("f", "Recipients", "Parents"),
        ("f", "Technology and storage", "See solution description SD-2231 (attached)"),
        ("f", "Legal basis", "Art. 6(1)(b)"),
        ("f", "Why high risk", "Children, location"),
        ("h", "C. Necessity and proportionality"),
        (
            "f",
            "Necessity",
            "Parents ask for a way to see where younger children (6–12) are without buying a separate GPS watch. Network location is available for all phones on the family plan and needs no app on the child's phone.",
        ),
        (
            "f",
            "Alternatives",
            "App-based GPS sharing (needs smartphone, more precise than needed), GPS watches (separate device).",
        ),
        (
            "f",
            "Minimisation",
            "Location only on request by the parent (no continuous tracking, no history), accuracy limited to network cell (100 m–2 km); only for SIMs registered to children under 13; automatically ends at 13th birthday.",
        ),
        (
            "f",
            "Transparency",
            "Child receives an SMS 'Mamma/Pappa har sett hvor du er' each time; child-friendly explanation video; parent information.",
        ),
        (
            "f",
            "Rights",
            "Child can pause sharing for 2 hours via SMS code (parents see 'paused'); the other parent with parental responsibility is notified when the service is activated; access via My Page.",
        ),
    ]
    items += risk_items(
        [
            "R1 | Parent in custody conflict locates the other parent via the child | Medium | Very high | High | Both parents notified; sharing stopped if dispute reported; customer service routine | Medium–High | Product Manager",
            "R2 | Child feels surveilled, loss of autonomy | High | Medium | High | Notice SMS at every lookup, pause function, ends at 13 | Medium | Product Manager",
            "R3 | Account takeover gives stranger the child's location | Low | Very high | High | BankID for activation, alert on new device | Medium | CISO",
            "R4 | Location history built by processor | Low | High | Medium | No storage beyond 24 h logs, contract | Low | DPO",
        ],
        [
            (
                "Require the child's consent in the app",
                "Children 6–12 cannot give meaningful consent; information and pause function chosen.",
            ),
            ("Precise GPS location", "More than needed for the purpose."),
        ],
    )
    items += [
        ("h", "F. Approval"),
        ("f", "Approved by", "Rune Aasgaard, EVP Consumer, on behalf of the ELT"),
        ("f", "Date", "17.11.2026"),
        ("f", "Signature", "Approved in the portal (e-signature ID ELT-2026-50)"),
        (
            "f",
            "Decision",
            "ELT reviewed the PIA on 03.11 and 17.11.2026 with the DPO and a child rights adviser (workshop with a children's rights NGO 11.11). Residual risk R1 cannot be lowered further; ELT wants to launch and asks for prior consultation.",
        ),
    ]
    pdf = form_pdf(
        "PIA-01 Privacy Impact Assessment – Family plan location sharing",
        items,
        stamp=STAMP + " 19.11.2026 08:30",
        page_word="Page",
    )
    mail = txt(
        """
        Dear Sir or Madam,

        Please find attached Nordnett's request for prior consultation regarding location sharing for children in our new family plan ("Nordnett Familie"). The PIA form is attached as a printout from our portal, together with the solution description.
        """
    )
    msg = message(
        "c028",
        SENDER,
        "Prior consultation – family plan location sharing (PIA-2026-035)",
        when(11, 19, 9, 17),
        mail + SIGN,
        attachments=[("PIA-2026-035_family_location.pdf", pdf)],
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "pdf_form_two_columns",
            "processor_contact_table",
            "phone_foreign",
            "p1_dpo_generic_mailbox_no_phone",
            "part2_in_missing_attachment",
            "attachment_forgotten",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "children",
            "location_tracking",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the DPO name and phone fields are empty, only dpo@nordnett.no. Part 2 missing: description fields say «Family safety», «Parents», «See SD-2231» and the solution description SD-2231 is not attached although the mail says it is; the necessity section reveals parts of the processing, but no systematic description is given. Parts 3, 4, 5 present",
        missing=(1, 2),
    )


# --- c048 / D048: SIM swap / number verification API, complete ---------------------------------


def c048() -> tuple:
    items: list[FormItem] = [
        ("f", "PIA reference", "PIA-2026-037"),
        ("f", "Version / date", "1.2 / 30.11.2026"),
        ("f", "Status", "Approved"),
    ]
    items += contacts_items(ME, DPO, None)
    items += [
        ("h", "B. Description of the processing"),
        (
            "f",
            "Purpose",
            "Offer banks and payment providers network APIs (GSMA Open Gateway / CAMARA): 'SIM Swap' (has the SIM for this number changed in the last N hours?) and 'Number Verification' (is the app session really on this number?), to prevent account takeover and fraud.",
        ),
        (
            "f",
            "Data subjects",
            "Nordnett mobile customers whose number is queried by a bank (the bank's customer), approx. 1.9 million subscriptions.",
        ),
        (
            "f",
            "Personal data",
            "MSISDN, date/time of last SIM change (answer given as yes/no within the window), number verification result (true/false), query log (bank, time, number).",
        ),
        ("f", "Sources", "Nordnett subscription and network systems."),
        (
            "f",
            "Recipients",
            "Banks and payment service providers with a signed agreement (currently 6 pilot banks). They receive only true/false answers.",
        ),
        (
            "f",
            "Technology and storage",
            "API gateway operated by Nordnett in Norway; no processor. Query logs 12 months (fraud investigations, billing).",
        ),
        (
            "f",
            "Legal basis",
            "Disclosure: Art. 6(1)(f) (fraud prevention, recital 47) and ekomloven § 3-6 second paragraph assessed; banks' own basis under hvitvaskingsloven/PSD2. Customers can opt out.",
        ),
        (
            "f",
            "Why high risk",
            "New use of network data, disclosure to third parties at large scale, combination with banks' data, possible exclusion from services (false positives).",
        ),
        ("h", "C. Necessity and proportionality"),
        (
            "f",
            "Necessity",
            "SIM swap fraud caused 310 cases of account takeover among Nordnett customers in 2025. Banks cannot see SIM changes otherwise.",
        ),
        (
            "f",
            "Alternatives",
            "Banks asking customers (ineffective), sharing full SIM change dates (more than needed – rejected in favour of yes/no within window).",
        ),
        (
            "f",
            "Minimisation",
            "Yes/no answers only; the bank must already know the number; no location; max window 14 days.",
        ),
        (
            "f",
            "Transparency",
            "Privacy notice; list of participating banks on nordnett.no; banks must inform their customers.",
        ),
        (
            "f",
            "Rights",
            "Opt-out in My Page (API then returns 'unknown', which banks must not treat as fraud); customers can see which banks queried their number in My Page (query log).",
        ),
        (
            "f",
            "Safeguards",
            "Contract requires banks to use answers only for fraud prevention and to offer manual alternatives when a check fails; audit of banks' use annually.",
        ),
    ]
    items += risk_items(
        [
            "R1 | Customer locked out of bank after legitimate SIM change (new phone) | High | Medium | High | Window configurable, banks must offer alternative verification, information to customers at SIM change | Medium | Head of Network APIs",
            "R2 | Banks use API for purposes beyond fraud (marketing, profiling) | Low | High | Medium | Contract, audit, rate limits per use case | Low | Legal",
            "R3 | Unauthorised party queries numbers (enumeration) | Medium | Medium | Medium | mTLS, bank must present consent/session token, anomaly detection | Low | CISO",
            "R4 | Customers not aware of disclosure | High | Medium | High | Query log visible in My Page, notice at launch | Medium | DPO",
        ],
        [
            (
                "Opt-in instead of opt-out",
                "Fraudsters target customers who have not opted in; protection would not reach those most at risk.",
            ),
            (
                "Real-time notification to customer at every query",
                "Would generate millions of messages; query log in My Page chosen instead.",
            ),
        ],
    )
    items += [
        ("h", "F. Approval"),
        ("f", "Approved by", "Espen Thorvaldsen, CEO"),
        ("f", "Date", "01.12.2026"),
        ("f", "Signature", "Approved in the portal (e-signature ID ELT-2026-53)"),
        (
            "f",
            "Decision",
            "ELT discussed the PIA 17.11 and 01.12.2026. Presentation by Head of Network APIs and Legal; findings: R1 and R4 remain medium. Stakeholders: DPO (recommends prior consultation), the banks' joint fraud forum (supports), consumer council (concern about lock-out, addressed by R1 measures). Decision: approve PIA, proceed with launch only after prior consultation.",
        ),
    ]
    pdf = form_pdf(
        "PIA-01 Privacy Impact Assessment – Network APIs for fraud prevention",
        items,
        stamp=STAMP + " 02.12.2026 10:41",
        page_word="Page",
    )
    mail = txt(
        """
        Dear Sir or Madam,

        Attached is Nordnett's request for prior consultation (PIA-2026-037) for the SIM Swap and Number Verification APIs offered to banks. The processing is done in-house, so there is no processor. The approval is in section F.
        """
    )
    msg = message(
        "c048",
        SENDER,
        "Prior consultation request – network APIs for banks (PIA-2026-037)",
        when(12, 3, 10, 55),
        mail + SIGN,
        attachments=[("PIA-2026-037_network_APIs.pdf", pdf)],
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "pdf_form_two_columns",
            "processor_none_stated",
            "risk_matrix_table",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_decision_in_form",
        ),
        "none",
        True,
        "none",
        "complete; printed portal form, no processor (stated), approval section with presentation, findings, stakeholders and decision",
    )
