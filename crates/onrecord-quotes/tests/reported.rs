//! Reported speech without quote marks: which clause or object is the report, and whose.

use onrecord_quotes::{Extractor, QuoteKind};

/// (content, speaker name) of every indirect quote.
fn reports(text: &str) -> Vec<(String, Option<String>)> {
    let a = Extractor::english().analyze(text);
    a.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| {
            (
                q.content.slice(text).to_string(),
                a.speaker_of(q).map(|s| s.name.clone()),
            )
        })
        .collect()
}

/// (kind, speaker name) of every quote of `text` in language `code`.
fn quotes_in(code: &str, text: &str) -> Vec<(QuoteKind, Option<String>)> {
    let ex = Extractor::for_language(code).expect("built-in language");
    let a = ex.analyze(text);
    a.quotes
        .iter()
        .map(|q| (q.kind, a.speaker_of(q).map(|s| s.name.clone())))
        .collect()
}

/// The speaker names of every quote of an English text.
fn speakers_en(text: &str) -> Vec<Option<String>> {
    quotes_in("en", text).into_iter().map(|(_, s)| s).collect()
}

fn one(content: &str, speaker: &str) -> Vec<(String, Option<String>)> {
    vec![(content.to_string(), Some(speaker.to_string()))]
}

#[test]
fn that_after_a_clause_of_its_own_does_not_open_the_report() {
    assert_eq!(
        reports("Zucker said the network would resemble that of its parent company."),
        one(
            "the network would resemble that of its parent company",
            "Zucker"
        )
    );
    assert_eq!(
        reports("Ada Reyes said she liked the plan and that she would vote for it."),
        one(
            "she liked the plan and that she would vote for it",
            "Ada Reyes"
        )
    );
    // time, place and addressee may stand before "that"
    assert_eq!(
        reports("Ada Reyes told reporters in Ohio on Tuesday that the plan was dead."),
        one("the plan was dead", "Ada Reyes")
    );
}

#[test]
fn stance_verbs_report_their_object() {
    assert_eq!(
        reports("Senator Ada Reyes criticized the new levy on Tuesday."),
        one("the new levy", "Ada Reyes")
    );
    assert_eq!(
        reports("The union, which endorsed Tom Varga last week, has 40,000 members."),
        one("Tom Varga", "union")
    );
    assert_eq!(
        reports("Mayor Lin has repeatedly called for a ban on fireworks."),
        one("a ban on fireworks", "Lin")
    );
}

#[test]
fn stance_verbs_need_an_active_finite_verb_and_a_speaker() {
    // a noun, a passive, a modifier participle, a negation, a negative subject
    for text in [
        "There was little Trump support in the county.",
        "The plan was criticized by residents.",
        "A group supporting the plan met on Monday.",
        "The office did not respond to a request for comment.",
        "Nobody disputes the figures.",
    ] {
        assert_eq!(reports(text), vec![], "{text}");
    }
}

#[test]
fn infinitive_reports_keep_their_to_and_passives_name_no_source() {
    assert_eq!(
        reports("Governor Ada Reyes vowed to repeal the levy."),
        one("to repeal the levy", "Ada Reyes")
    );
    // an expectation with no one named: reported, subject and complement apart, with no
    // speaker
    assert_eq!(
        reports("The trial is expected to last three weeks."),
        vec![
            ("The trial".to_string(), None),
            ("to last three weeks".to_string(), None)
        ]
    );
}

#[test]
fn a_participle_after_a_comma_belongs_to_the_sentence_subject() {
    let got = reports("Ada Reyes defended the budget, referring to the new tax as fair.");
    assert_eq!(
        got,
        vec![
            ("the budget".to_string(), Some("Ada Reyes".to_string())),
            (
                "the new tax as fair".to_string(),
                Some("Ada Reyes".to_string())
            ),
        ]
    );
}

#[test]
fn state_as_a_noun_is_no_cue() {
    assert_eq!(
        reports("State Rep. Jo Hale and state lawmakers met in the states that voted."),
        vec![]
    );
    assert_eq!(
        reports("The agency states in its filing that the levy is legal."),
        one("the levy is legal", "agency")
    );
}

#[test]
fn a_report_ends_where_a_clause_with_its_own_subject_begins() {
    // (the aides' unease is an impression no one is named for)
    assert_eq!(
        reports("While Ada Reyes said the levy was fair, her aides seemed uneasy."),
        vec![
            (
                "the levy was fair".to_string(),
                Some("Ada Reyes".to_string())
            ),
            ("her aides".to_string(), None),
            ("uneasy".to_string(), None)
        ]
    );
    assert_eq!(
        reports("Tom Varga said he would hold a hearing, but Ada Reyes left early."),
        one("he would hold a hearing", "Tom Varga")
    );
}

/// (content, speaker name) of every quote of a German text.
fn german(text: &str) -> Vec<(String, Option<String>)> {
    let ex = Extractor::for_language("de").expect("German is built in");
    let a = ex.analyze(text);
    a.quotes
        .iter()
        .map(|q| {
            (
                q.content.slice(text).to_string(),
                a.speaker_of(q).map(|s| s.name.clone()),
            )
        })
        .collect()
}

#[test]
fn german_subject_first_and_verb_second() {
    // subject first: what follows the verb is its object
    assert_eq!(
        german("Modder nannte die Absage einen „Vertrauensbruch“."),
        one("Vertrauensbruch", "Modder")
    );
    // something else first: the subject follows the verb, and ends before the object
    assert_eq!(
        german("Als Grund nannte der Vorstand die „schwache Nachfrage“."),
        one("schwache Nachfrage", "Vorstand")
    );
    // a clause opening with a nominative determiner: its noun phrase is the subject
    assert_eq!(
        german("Der Bundeskanzler Paul Weber würdigte Lind als „großen Musiker“."),
        one("großen Musiker", "Paul Weber")
    );
    // an adverb first: the subject follows the verb
    assert_eq!(
        german("Weiter sagte Larson: „Wir bleiben.“"),
        one("Wir bleiben.", "Larson")
    );
    // an auxiliary after the quote, the subject, the participle at the clause's end
    assert_eq!(
        german("„Wir bleiben“, hatte Ministerin Anna Weber in einem Interview erklärt."),
        one("Wir bleiben", "Anna Weber")
    );
    // a noun phrase after a preposition is no speaker
    assert_eq!(
        german("Sie wird mit den Worten zitiert: „Ich bleibe.“")
            .first()
            .and_then(|q| q.1.clone()),
        Some("Sie".to_string())
    );
}

#[test]
fn german_quote_standing_alone_continues_the_subject_of_the_sentence_before() {
    // verb-second: the pronoun after the verb is the subject, and the later cue of the
    // paragraph belongs to its own quote
    let text = "„Wir bleiben“, sagte Ada Reyes am Montag. Einen Tag später spielte sie den \
                Streit herunter. „Es tut mir nicht leid, was ich gesagt habe.“ In einem Aufruf \
                schrieb Paul Berger: „Wir wollen Klarheit.“";
    assert_eq!(
        german(text),
        vec![
            ("Wir bleiben".to_string(), Some("Ada Reyes".to_string())),
            (
                "Es tut mir nicht leid, was ich gesagt habe.".to_string(),
                Some("Ada Reyes".to_string())
            ),
            (
                "Wir wollen Klarheit.".to_string(),
                Some("Paul Berger".to_string())
            ),
        ]
    );
    // a subordinate clause first: the subject follows the main clause's verb
    let text = "Als ein Reporter, Tom Wendt, ihn fragte, reagierte Karl Huber unwirsch. \
                „Hört auf, unsere Worte zu verdrehen.“";
    assert_eq!(
        german(text),
        one("Hört auf, unsere Worte zu verdrehen.", "Karl Huber")
    );
    // a subjunctive sentence reports someone else: its subject is no source
    let text = "Laut Polizei gab es eine Festnahme. Dies hätten die Beamten \
                „mit einfacher körperlicher Gewalt“ verhindert.";
    assert_ne!(
        german(text).first().and_then(|(_, s)| s.clone()),
        Some("Beamten".to_string())
    );
}

#[test]
fn german_relative_clauses_and_coordinated_verbs_keep_the_subject() {
    let text = "Miroslav Klose, der wegen wiederholter Fouls Gelb-Rot sah, nannte \
                seinen Platzverweis „überzogen und ungerecht“.";
    assert_eq!(
        german(text).last().and_then(|(_, s)| s.clone()),
        Some("Miroslav Klose".to_string())
    );
    let text = "Premierminister Benjamin Netanyahu befand den Angriff als gerechtfertigt und \
                nannte den Auftrag „schnell, kraftvoll und entschieden“.";
    assert_eq!(
        german(text).last().and_then(|(_, s)| s.clone()),
        Some("Benjamin Netanyahu".to_string())
    );
    // no noun phrase opens with a preposition
    let text = "Sie sei „vollkommen geschockt“ über das Geschehen, sagte die Königin Elisabeth.";
    assert!(german(text)
        .iter()
        .all(|(_, s)| s.as_deref() != Some("Geschehen")));
}

#[test]
fn german_surnames_once_introduced_are_speakers() {
    let text = "Der Betriebsratschef Bernd Osterloh hat die Kommission angegriffen. In dem \
                Verfahren sieht Osterloh einen „Angriff gegen die Belegschaft“.";
    assert_eq!(
        german(text),
        one("Angriff gegen die Belegschaft", "Bernd Osterloh")
    );
}

#[test]
fn german_impersonal_reports_name_their_document() {
    let text = "„Wir werden um jeden Arbeitsplatz kämpfen“, hieß es in einer Mitteilung der \
                Gewerkschaft.";
    assert_eq!(
        german(text),
        one(
            "Wir werden um jeden Arbeitsplatz kämpfen",
            "Mitteilung der Gewerkschaft"
        )
    );
    // (the noun phrase runs on into "der Passus": a nominative read as a genitive)
    let text = "Derzeit steht in dem Gesetzentwurf der Passus: „Die Daten sind zu löschen.“";
    let found = german(text);
    assert_eq!(found.len(), 1);
    assert!(found[0]
        .1
        .as_deref()
        .is_some_and(|s| s.starts_with("Gesetzentwurf")));
    // "darin": the document of the sentence before
    let text = "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht unter \
                anderem: „Wir bedauern den Fehler.“";
    assert_eq!(
        german(text),
        one("Wir bedauern den Fehler.", "Stellungnahme")
    );
    // a sentence continuing an impersonal report keeps its source
    let text = "In einem Positionspapier des Ministeriums heißt es, die Regeln hätten sich \
                bewährt. Deshalb sei es „folgerichtig, die Regeln beizubehalten“.";
    assert_eq!(
        german(text),
        one(
            "folgerichtig, die Regeln beizubehalten",
            "Positionspapier des Ministeriums"
        )
    );
    // "es heißt" with no source names no one
    let text = "Nun hieß es, „zehn Demonstranten“ seien getötet worden.";
    assert_eq!(german(text).first().and_then(|(_, s)| s.clone()), None);
}

#[test]
fn german_titles_and_names_in_marks_are_no_speech() {
    let ex = Extractor::for_language("de").expect("German is built in");
    let text = "„Wir bleiben“, sagte sie der „Lauterfelder Rundschau“. Er lobte den Film „Die Nacht der Stadt“.";
    let kinds: Vec<(&str, QuoteKind)> = ex
        .analyze(text)
        .quotes
        .iter()
        .map(|q| (q.content.slice(text), q.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Wir bleiben", QuoteKind::Direct),
            ("Lauterfelder Rundschau", QuoteKind::Scare),
            ("Die Nacht der Stadt", QuoteKind::Scare),
        ]
    );
}

#[test]
fn a_description_then_a_name_credits_the_name_with_the_role_as_title() {
    let text = "A company spokesperson, Dana Whitfield, said the plant would stay open.";
    let a = Extractor::english().analyze(text);
    let s = a.quotes.first().and_then(|q| a.speaker_of(q));
    assert_eq!(s.map(|s| s.name.as_str()), Some("Dana Whitfield"));
    assert_eq!(
        s.and_then(|s| s.title.as_deref()),
        Some("company spokesperson")
    );
}

#[test]
fn german_abstract_nouns_are_no_speakers() {
    let got = german("Die Entscheidung des Komitees sei „ein großer Fehler für alle Beteiligten“.");
    assert_eq!(got.len(), 1);
    assert_ne!(got[0].1.as_deref(), Some("Entscheidung des Komitees"));
}

#[test]
fn interview_answers_are_the_interviewees_and_questions_nobodys() {
    let text = "A talk with a fire chief\n\nSPRINGDALE, March 3, 2025 — Ada Reyes has led the fire district for six years and spoke with us by phone.\n\nQ: How bad was the winter?\n\nA: We had nine brush fires before February.\n\nQ: What comes next?\n\nA: More crews, if the county pays.\n";
    let a = Extractor::english().analyze(text);
    let got: Vec<(&str, Option<&str>)> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| {
            (
                q.content.slice(text),
                a.speaker_of(q).map(|s| s.name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "We had nine brush fires before February.",
                Some("Ada Reyes")
            ),
            ("More crews, if the county pays.", Some("Ada Reyes")),
        ]
    );
    // Spanish dialogue dashes: the question stays the publication's
    let text = "Ada Reyes, alcaldesa: «Traeremos agua»\n\nValverde, 3 de marzo de 2025\n\nAda Reyes recibe a este periódico en su despacho del Ayuntamiento de Valverde.\n\n—¿Cuánto aguanta el embalse?\n\n—Hasta noviembre, si no llueve.\n\n—¿Ha pedido ayuda?\n\n—Tres veces, por escrito.\n";
    let ex = Extractor::for_language("es").expect("Spanish is built in");
    let a = ex.analyze(text);
    let got: Vec<(&str, Option<&str>)> = a
        .quotes
        .iter()
        .map(|q| {
            (
                q.content.slice(text),
                a.speaker_of(q).map(|s| s.name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got[1..],
        [
            ("¿Cuánto aguanta el embalse?", None),
            ("Hasta noviembre, si no llueve.", Some("Ada Reyes")),
            ("¿Ha pedido ayuda?", None),
            ("Tres veces, por escrito.", Some("Ada Reyes")),
        ]
    );
}

#[test]
fn french_subject_after_the_verb_ends_at_a_preposition() {
    let ex = Extractor::for_language("fr").expect("French is built in");
    let text =
        "« Et nous, on touchera combien ? » a lancé un producteur depuis le fond de la salle.";
    let a = ex.analyze(text);
    let q = a.quotes.first();
    assert_eq!(
        q.and_then(|q| a.speaker_of(q)).map(|s| s.name.as_str()),
        Some("producteur")
    );
    let text = "« Cette hausse est temporaire », indique la coopérative dans un communiqué.";
    let a = ex.analyze(text);
    let q = a.quotes.first();
    assert_eq!(
        q.and_then(|q| a.speaker_of(q)).map(|s| s.name.as_str()),
        Some("coopérative")
    );
}

#[test]
fn spanish_subject_first_before_a_parenthetical() {
    let ex = Extractor::for_language("es").expect("Spanish is built in");
    let text = "La oposición, en cambio, calificó las cuentas de “electoralistas”.";
    let a = ex.analyze(text);
    let q = a.quotes.first();
    assert_eq!(
        q.and_then(|q| a.speaker_of(q)).map(|s| s.name.as_str()),
        Some("oposición")
    );
}

#[test]
fn french_opening_participle_runs_to_its_comma() {
    let ex = Extractor::for_language("fr").expect("French is built in");
    let text = "Interrogée sur un éventuel report, Mme Claire Roux s'est montrée catégorique : « Il n'y aura pas de report. »";
    let a = ex.analyze(text);
    let q = a.quotes.first();
    assert_eq!(
        q.and_then(|q| a.speaker_of(q)).map(|s| s.name.as_str()),
        Some("Claire Roux")
    );
}

#[test]
fn french_elided_article_opens_a_mention() {
    let text = "« On nous le disait déjà l’an dernier », a rétorqué l’agricultrice.";
    assert_eq!(
        quotes_in("fr", text),
        [(QuoteKind::Direct, Some("agricultrice".to_string()))]
    );
}

#[test]
fn spanish_dropped_subject_is_the_person_before() {
    let text = "«Vamos a resistir», dijo la concejala Marta Ibáñez.\n\n\
                «No hay agua para todos», resume mientras mira el río.";
    let marta = Some("Marta Ibáñez".to_string());
    assert_eq!(
        quotes_in("es", text),
        [
            (QuoteKind::Direct, marta.clone()),
            (QuoteKind::Direct, marta)
        ]
    );
}

#[test]
fn english_descriptions_with_one_ads_and_participles_after_titles() {
    let ex = Extractor::english();
    let speaker = |text: &str| {
        let a = ex.analyze(text);
        // the last quote in marks
        a.quotes
            .iter()
            .rfind(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
            .and_then(|q| a.speaker_of(q))
            .map(|s| s.name.clone())
    };
    assert_eq!(
        speaker("“We have been reluctant to jump in,” one senior Democrat said."),
        Some("Democrat".to_string())
    );
    assert_eq!(
        speaker(
            "Friends were devastated, according to a local website. “He had so many \
             projects and ambitions,” his friend Omar Saleh told the website."
        ),
        Some("Omar Saleh".to_string())
    );
    assert_eq!(
        speaker("“She was always there for us,” his colleague wrote on Facebook."),
        Some("colleague".to_string())
    );
    assert_eq!(
        speaker("The ad says “nothing will change until we elect new people.”"),
        Some("ad".to_string())
    );
    assert_eq!(
        speaker(
            "Later, Ada Reyes shared a syllabus for a class called “Perception” on her \
             page, writing “Still waiting on the apology from the newspaper.”"
        ),
        Some("Ada Reyes".to_string())
    );
}

#[test]
fn a_transcript_label_is_the_first_person_of_its_line() {
    let text = "Piet Drummond chairs the council.\n\nDRUMMOND: I want to say that the county \
                has put more money into fire service every year.";
    assert_eq!(speakers_en(text), [Some("Piet Drummond".to_string())]);
    // "answer" as a noun is no cue
    let text = "OBUYA: It’s a fair question, and the honest answer is that it’s far away.";
    assert!(speakers_en(text)
        .iter()
        .all(|s| s.as_deref() != Some("honest")));
}

#[test]
fn english_descriptions_with_a_short_phrase_and_cues_ending_their_sentence() {
    let ex = Extractor::english();
    let speaker = |text: &str| {
        let a = ex.analyze(text);
        a.quotes
            .iter()
            .find(|q| q.kind == QuoteKind::Direct)
            .and_then(|q| a.speaker_of(q))
            .map(|s| s.name.clone())
    };
    assert_eq!(
        speaker("“You pay your taxes. So why didn’t he pay his?” a narrator in the ad asks."),
        Some("narrator".to_string())
    );
    // a sentence ending in a cue and a circumstance introduces the quote after it
    assert_eq!(
        speaker(
            "Ada Reyes, the party's spokeswoman, said in a statement. “There are no paper \
             ballots to recount.”"
        ),
        Some("Ada Reyes".to_string())
    );
    // (a sentence with a report of its own leaves the quote to the paragraph rule)
    assert_eq!(
        speaker("Ada Reyes said the count was fair. “There are no paper ballots to recount.”"),
        Some("Ada Reyes".to_string())
    );
}

#[test]
fn a_name_with_its_party_tag_and_a_comma_before_the_cue() {
    let text = "After winning Ohio in the primary, Gov. Jo Kasman (R-OH), said, “I’m getting \
                ready to rent a covered wagon.”";
    assert_eq!(speakers_en(text), [Some("Jo Kasman".to_string())]);
}

#[test]
fn a_participle_after_a_cue_shares_its_subject() {
    let text = "Omar Mateen left as soon as prayers were finished, Ali Nefzi said, adding, “He \
                was not very religious.”";
    // the participle is no report of its own; the clause before the cue is
    assert_eq!(
        quotes_in("en", text),
        [
            (QuoteKind::Indirect, Some("Ali Nefzi".to_string())),
            (QuoteKind::Direct, Some("Ali Nefzi".to_string()))
        ]
    );
    assert_eq!(
        reports(text)[0].0,
        "Omar Mateen left as soon as prayers were finished"
    );
}

#[test]
fn a_marked_quote_that_is_the_whole_report_takes_its_speaker() {
    let text = "Ted Nordhaus, co-founder of the institute, welcomed “the recognition that we \
                do not have all the technology we need.”";
    assert_eq!(
        quotes_in("en", text),
        [(QuoteKind::Partial, Some("Ted Nordhaus".to_string()))]
    );
}

#[test]
fn a_phrase_after_a_preposition_is_no_subject_of_a_noun_cue() {
    // "call" and "show" are nouns here: the quote after them keeps the earlier speaker
    let text = "“I cannot pay rent,” Ada Reyes, who works at a bakery, said on a media call set \
                up by unions. “A gradual increase would let me save.”";
    assert_eq!(
        quotes_in("en", text),
        [
            (QuoteKind::Direct, Some("Ada Reyes".to_string())),
            (QuoteKind::Direct, Some("Ada Reyes".to_string())),
        ]
    );
    let text = "“It is too early to tell,” said Marc Cuba, who is also a host on the TV show \
                “Big Ideas.” “I mean, nobody knows what happens next year.”";
    assert_eq!(
        speakers_en(text),
        [
            Some("Marc Cuba".to_string()),
            None,
            Some("Marc Cuba".to_string())
        ]
    );
    assert_eq!(
        reports("In a conference call last week, Finance Minister Jo Lee acknowledged the limits of the agency."),
        one("the limits of the agency", "Jo Lee")
    );
}

#[test]
fn a_document_someone_sends_saying_something_is_their_medium() {
    let cases = [
        (
            "Ada Reyes released a statement saying, “The partnership has served us well.”",
            Some("Ada Reyes"),
        ),
        (
            "The campaign sent out a text message to supporters saying: “With your help, we won tonight.”",
            Some("campaign"),
        ),
        (
            "In selling the courses, Ada Reyes released a marketing video that said, “We are going to have terrific teachers.”",
            Some("Ada Reyes"),
        ),
        // after a preposition the document stays the source
        (
            "Reyes posted her message under a headline that said, “Council Declares War on Potholes.”",
            Some("headline"),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers_en(text), [want.map(str::to_string)], "{text}");
    }
    assert_eq!(
        reports("The company issued a statement saying it would appeal."),
        one("it would appeal", "company")
    );
}

#[test]
fn a_name_before_a_colon_credits_the_quote() {
    // after a dash, whatever verb came before it; after "from"
    let text = "Pollsters agree - Ann Lutz: “The biggest lesson was a simple one.” [Blog.]";
    assert_eq!(
        quotes_in("en", text),
        [(QuoteKind::Direct, Some("Ann Lutz".to_string()))]
    );
    let text = "What it means for this year - More from Jones: “The state is a starting point.”";
    assert_eq!(speakers_en(text), [Some("Jones".to_string())]);
}

#[test]
fn a_dash_credit_line_under_a_quote_names_its_speaker() {
    let text = "“Great speech. She is tested. She is ready.”\n\n-Senator Ann Lutz, tweeting \
                after the speech.\n\n“We hear that idea all the time, and it needs to \
                stop.”\n\n— Jo Smith, Toledo.";
    assert_eq!(
        quotes_in("en", text),
        [
            (QuoteKind::Direct, Some("Ann Lutz".to_string())),
            (QuoteKind::Direct, Some("Jo Smith".to_string())),
        ]
    );
    // a list item after a quote is no credit when it is long
    let text = "“We will see.”\n\n- Budget, schools, roads, parks and the new library were all \
                on the agenda of the council meeting that night.";
    assert_eq!(speakers_en(text), [None]);
}

#[test]
fn songs_mockery_and_staffers() {
    let cases = [
        (
            "In the song, Ada Reyes sings, “Don’t go changing to please me.”",
            "Ada Reyes",
        ),
        (
            "“The market has not failed the workers,” Jo Lee mocks.",
            "Jo Lee",
        ),
        (
            "“Will he be the next attorney general?” a Democratic staffer in the room wondered.",
            "Democratic staffer",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers_en(text), [Some(want.to_string())], "{text}");
    }
}

#[test]
fn people_counted_and_contracted_pronouns_are_subjects() {
    let cases = [
        (
            "“You seem to have picked a new standard,” the two write.",
            Some("the two"),
        ),
        (
            "“Watch out for the clerk,” tweeted another.",
            Some("another"),
        ),
        // "the two reports" is a noun, the subject of "said" (not "the two" and a verb)
        (
            "The two reports said “nothing at all” about it.",
            Some("reports"),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(
            speakers_en(text).last().cloned().flatten(),
            want.map(str::to_string),
            "{text}"
        );
    }
    // "he’s said" is "he has said", and "he" is the senator
    let text = "Ever since Senator Ada Reyes announced her run, she’s said the same thing at \
                every stop: “It’s not about me, it’s about us.”";
    assert_eq!(
        speakers_en(text).last().cloned().flatten(),
        Some("Ada Reyes".to_string())
    );
}

#[test]
fn coordinated_verbs_participles_and_subordinate_clauses() {
    let cases = [
        // a verb coordinated with an earlier one shares its subject (not a noun before
        // "and": "voted against the final version and called it “…”" is covered by the
        // sample articles)
        (
            "Asked about a press conference, Jo Lee laughed and said, “We’ll see.”",
            "Jo Lee",
        ),
        (
            "Senator Ada Reyes used to back the governor, but now said the mayor had “the \
             duty to bring us together.”",
            "Ada Reyes",
        ),
        // a participle after a comma inside the marks of a term
        (
            "Kerpen needled the cable “reporter,” saying, “A reporter who posts on request!”",
            "Kerpen",
        ),
        // a subordinate clause after the quote is the writer's
        (
            "The ad shows Ada Reyes saying at the debate, “That makes me smart,” when Jo Lee \
             blasted her.",
            "Ada Reyes",
        ),
    ];
    for (text, want) in cases {
        let a = onrecord_quotes::Extractor::english().analyze(text);
        let marked: Vec<Option<String>> = a
            .quotes
            .iter()
            .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
            .map(|q| a.speaker_of(q).map(|s| s.name.clone()))
            .collect();
        assert_eq!(
            marked.last().cloned().flatten(),
            Some(want.to_string()),
            "{text}"
        );
    }
}

#[test]
fn a_colon_introduces_the_next_quote_even_after_other_quotes() {
    let text = "“I am running,” Jo Lee said. She went on to say:\n\n“None of them will come out \
                and support the plan.”";
    assert_eq!(
        speakers_en(text),
        [Some("Jo Lee".to_string()), Some("Jo Lee".to_string())]
    );
    // the mention of the second quote is the "She" of its own cue
    let a = onrecord_quotes::Extractor::english().analyze(text);
    let m = a.quotes[1].mention.expect("a mention");
    assert_eq!(m.slice(text), "She");
    // each name before its own colon keeps its quote
    let text = "Both reject the term.\n\nLee: “Our goal is to defeat the group.” Reyes: “The \
                mission is to destroy the group.”";
    assert_eq!(
        speakers_en(text),
        [Some("Lee".to_string()), Some("Reyes".to_string())]
    );
}

#[test]
fn a_described_name_after_a_quote_and_the_writers_aside() {
    let text = "She had been visiting her sister. “She is also a mother of three boys,” another \
                friend, Mara Emin told the station. “She used to give lectures.”";
    // the quote and the words after it are no report of their own
    assert_eq!(
        quotes_in("en", text),
        [
            (QuoteKind::Direct, Some("Mara Emin".to_string())),
            (QuoteKind::Direct, Some("Mara Emin".to_string())),
        ]
    );
    let text = "No wonder Jo Lee said, and I quote, “We love the poorly informed.”";
    assert_eq!(speakers_en(text), [Some("Jo Lee".to_string())]);
}

#[test]
fn a_second_predicate_of_the_source_is_a_report_of_its_own() {
    assert_eq!(
        reports("Trump said the plan was a disaster and attacked the mayor."),
        vec![
            (
                "the plan was a disaster".to_string(),
                Some("Trump".to_string())
            ),
            ("the mayor".to_string(), Some("Trump".to_string())),
        ]
    );
    assert_eq!(
        reports("Bush, the former governor, also attacked Trump and blasted his plan."),
        vec![
            ("Trump".to_string(), Some("Bush".to_string())),
            ("his plan".to_string(), Some("Bush".to_string())),
        ]
    );
    assert_eq!(
        reports("The senator criticized the bill, challenging its cost."),
        vec![
            ("the bill".to_string(), Some("senator".to_string())),
            ("its cost".to_string(), Some("senator".to_string())),
        ]
    );
}

#[test]
fn circumstances_ages_concessions_and_another() {
    // a circumstance, then the report from its subject pronoun on
    assert_eq!(
        reports("The shop said in a statement Thursday night they pulled the listing."),
        one("they pulled the listing", "shop")
    );
    // an age before the description
    assert_eq!(
        reports("Yin Mae, 60, a doctor, said she was elated but still feared the army."),
        one("she was elated but still feared the army", "Yin Mae")
    );
    // the writer's concession after a comma is not reported
    assert_eq!(
        reports("Spokeswoman Ada Reyes said all staffers sign the forms, though she did not discuss their terms."),
        one("all staffers sign the forms", "Ada Reyes")
    );
    // "Another said": a past form after "another" is the verb
    assert_eq!(
        reports("One put on a cap. Another said he supported the plan."),
        one("he supported the plan", "Another")
    );
}

#[test]
fn a_report_may_open_with_no() {
    assert_eq!(
        reports("Jo Lee acknowledged that no such request had been approved."),
        one("no such request had been approved", "Jo Lee")
    );
    // "said no" alone is no report (the question is one, put by no one named)
    assert_eq!(
        reports("Asked whether he would run, Jo Lee said no."),
        vec![("whether he would run".to_string(), None)]
    );
}

#[test]
fn states_closing_a_clause_is_a_verb() {
    let text = "“They know she is strong enough,” a voice-over in the ad states. “She will stand \
                up to the lobby.”";
    assert_eq!(
        speakers_en(text),
        [
            Some("voice-over".to_string()),
            Some("voice-over".to_string())
        ]
    );
    // a noun after a determiner or a number stays a noun
    assert_eq!(speakers_en("He won “by a mile” in all 50 states."), [None]);
}

#[test]
fn a_dateline_is_no_subject_but_an_acronym_is() {
    assert_eq!(
        reports(
            "FERRIS CREEK, March 4 (Wire) — The mayor, citing the budget, said repairs would wait."
        ),
        one("repairs would wait", "mayor")
    );
    // the participle's clause is no apposition of the dateline, nor "CLAUSE, said X"
    let text = "FERRIS CREEK, March 4 (Wire) — The mayor, citing the budget, warned residents \
                to expect delays.";
    for (_, speaker) in reports(text) {
        assert!(
            !matches!(speaker.as_deref(), Some("FERRIS CREEK" | "budget")),
            "{speaker:?}"
        );
    }
    assert_eq!(
        reports("NATO officials said the plan — which was new — would work."),
        one("the plan — which was new — would work", "NATO officials")
    );
}

#[test]
fn an_addressee_and_an_infinitive_are_the_report() {
    assert_eq!(
        reports("The governor urged him to resign."),
        one("him to resign", "governor")
    );
    assert_eq!(
        reports("Ada Reyes asked the network to donate the profits."),
        one("the network to donate the profits", "Ada Reyes")
    );
    // a that-clause after the addressee stays the report
    assert_eq!(
        reports("Ada Reyes told reporters that the plan was dead."),
        one("the plan was dead", "Ada Reyes")
    );
}

#[test]
fn the_first_person_is_the_writer_or_the_quotes_speaker() {
    // a columnist's "I" is no one named before
    let text = "Council President Ada Reyes has made the plan her own. I have read the plan \
                twice now, and the summary three times.";
    assert_eq!(
        reports(text),
        one("the plan twice now, and the summary three times", "I")
    );
    // (inside an answer of an interview, "I" is the interviewee: the snapshot of
    // examples/articles/interview-qa.txt shows it)
}

#[test]
fn a_parenthetical_cue_splits_the_report_in_two() {
    let both = |a: &str, b: &str, who: &str| {
        vec![
            (a.to_string(), Some(who.to_string())),
            (b.to_string(), Some(who.to_string())),
        ]
    };
    assert_eq!(
        reports("This campaign, Voss says, is different."),
        both("This campaign", "is different", "Voss")
    );
    // the cue may keep its circumstance
    assert_eq!(
        reports("Fraudsters, Rana said in the video, don't last long."),
        both("Fraudsters", "don't last long", "Rana")
    );
    // a connective alone is no part of the report
    assert_eq!(
        reports("But, Rana said, it is a risky strategy."),
        one("it is a risky strategy", "Rana")
    );
}

#[test]
fn people_counted_without_a_name_are_a_source() {
    assert_eq!(
        reports("Pentagon spokesmen said the ban was a mistake."),
        one("the ban was a mistake", "Pentagon spokesmen")
    );
    assert_eq!(
        reports("In the poll, 21 percent said they would not vote at all."),
        one("they would not vote at all", "21 percent")
    );
    assert_eq!(
        reports("Some said the endorsement was only a matter of time."),
        one("the endorsement was only a matter of time", "Some")
    );
    // a plural noun after "some" is the subject, not a verb
    assert_eq!(reports("Some reports were late."), vec![]);
}

#[test]
fn a_quote_reported_by_its_own_source_inside_a_wider_report_keeps_it() {
    let text = "Asked who would win, 21 percent said “not too likely” and 14 percent said “not at all likely.”";
    let speakers = speakers_en(text);
    // (the question, "who would win", is no one's)
    assert_eq!(speakers.first(), Some(&None));
    assert_eq!(speakers.get(1), Some(&Some("21 percent".to_string())));
    assert!(
        speakers.contains(&Some("14 percent".to_string())),
        "{speakers:?}"
    );
}

#[test]
fn a_participle_cue_after_a_comma_reports_for_the_sentence_subject() {
    assert_eq!(
        reports("Ada Reyes left the meeting early, saying in Dayton that the vote was rushed."),
        one("the vote was rushed", "Ada Reyes")
    );
    assert_eq!(
        reports("Bo Lund distanced himself from the group by saying he would still serve."),
        one("he would still serve", "Bo Lund")
    );
    // the "that" after a second verb is that verb's
    assert_eq!(
        reports("Smith said the plan failed, adding that it was costly."),
        vec![
            ("the plan failed".to_string(), Some("Smith".to_string())),
            ("it was costly".to_string(), Some("Smith".to_string())),
        ]
    );
}

#[test]
fn according_to_takes_any_plain_phrase_as_its_source() {
    assert_eq!(
        reports("Late Sunday, Reyes won the primary, according to early returns."),
        one("Late Sunday, Reyes won the primary", "early returns")
    );
    assert_eq!(
        reports("According to three recent polls, Reyes leads the race."),
        one("Reyes leads the race", "three recent polls")
    );
}

#[test]
fn a_participle_after_a_quote_reports_for_the_quotes_source() {
    assert_eq!(
        reports("“This is not a hard race,” Ada Reyes said, citing the candidate’s appeal."),
        one("the candidate’s appeal", "Ada Reyes")
    );
    assert_eq!(
        reports("“It will take time,” Reyes said, before insisting that the plan would work."),
        one("the plan would work", "Reyes")
    );
}

#[test]
fn a_circumstance_after_the_cue_is_no_report() {
    let text = "“We drove past it every Sunday,” Mara Ley said during a break. Outside, she \
                told reporters only: “Ask my lawyer.”";
    assert_eq!(reports(text), vec![]);
}

#[test]
fn a_relative_clause_reports_for_the_phrase_it_describes() {
    assert_eq!(
        reports("Barkley, who said he usually votes early, said one candidate he likes is Lund."),
        vec![
            (
                "he usually votes early".to_string(),
                Some("Barkley".to_string())
            ),
            (
                "one candidate he likes is Lund".to_string(),
                Some("Barkley".to_string())
            ),
        ]
    );
    // the relative pronoun is the mention; the speaker is the phrase before it
    let text = "“We are divided,” said Army Capt. Jo Pardo, who said he would not vote.";
    let a = Extractor::english().analyze(text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("a report");
    assert_eq!(q.content.slice(text), "he would not vote");
    assert_eq!(q.mention.map(|m| m.slice(text)), Some("who"));
    assert_eq!(a.speaker_of(q).map(|s| s.name.as_str()), Some("Jo Pardo"));
    // "his top aide, Tad Devine, told …": determiners in a row open the description
    assert_eq!(
        reports("Lund remains in the race, his top aide, Tad Devine, told reporters."),
        one("Lund remains in the race", "Tad Devine")
    );
}

#[test]
fn a_poll_that_opens_the_sentence_is_the_source_of_its_finding() {
    assert_eq!(
        reports("In a Herald/Channel 4 poll released Monday, 50 percent of voters chose Reyes."),
        one("50 percent of voters chose Reyes", "Herald/Channel 4 poll")
    );
    // a clause with a cue of its own keeps that cue's source
    assert_eq!(
        reports("In a survey of its members, the union said wages had fallen."),
        one("wages had fallen", "union")
    );
    // "the reports show": a plural head right before the cue is a noun
    assert_eq!(
        reports("The reports show the group spent heavily."),
        one("the group spent heavily", "reports")
    );
}

#[test]
fn the_words_after_a_quotes_credit_are_circumstance() {
    let text = "“We will release our records soon,” Ada Reyes said during an interview on \
                Sunday.";
    assert_eq!(reports(text), vec![]);
    // unless "that" opens a report, or a cue of its own follows
    let text = "“We will release them,” Reyes said on Sunday, and she said that the \
                records were ready.";
    assert_eq!(reports(text), one("the records were ready", "Reyes"));
}

#[test]
fn words_before_a_parenthetical_cue_and_a_marked_quote_are_reported() {
    let text = "If Reyes is elected, he said, “we will lose the county.”";
    assert_eq!(reports(text), one("If Reyes is elected", "he"));
    // a compound that opens its clause is the source ("…, election officials said")
    assert_eq!(
        reports("In Ohio, the turnout was the second highest, election officials said."),
        one(
            "In Ohio, the turnout was the second highest",
            "election officials"
        )
    );
}

#[test]
fn according_to_a_long_source_and_around_a_clause() {
    assert_eq!(
        reports("But according to an EB-5 fund-raising document, the hotel will open in May."),
        one("the hotel will open in May", "EB-5 fund-raising document")
    );
    // between two clauses, both are the source's
    assert_eq!(
        reports("In Iowa, Reyes is first, according to the polling average, although Lund keeps it close."),
        vec![
            ("In Iowa, Reyes is first".to_string(), Some("polling average".to_string())),
            ("although Lund keeps it close".to_string(), Some("polling average".to_string())),
        ]
    );
}

#[test]
fn that_after_a_preposition_is_a_determiner() {
    assert_eq!(
        reports("Prosecutors say at least $4 million of that money was moved abroad."),
        one(
            "at least $4 million of that money was moved abroad",
            "Prosecutors"
        )
    );
}

#[test]
fn shares_of_people_and_title_case_headlines() {
    assert_eq!(
        reports("Nearly nine out of 10 say they will need new skills."),
        one("they will need new skills", "nine out of 10")
    );
    assert_eq!(
        reports("Nearly a third say they do not know."),
        one("they do not know", "a third")
    );
    assert_eq!(
        reports("Protest groups say the rules are meant to hide them."),
        one("the rules are meant to hide them", "Protest groups")
    );
    // a headline capitalises its verb too
    assert_eq!(
        reports("Reyes Says She Will Not Run Again In The Fall"),
        one("She Will Not Run Again In The Fall", "Reyes")
    );
    // but a capitalised word inside a sentence is a name
    assert_eq!(reports("He likes the Post Says column best."), vec![]);
}

#[test]
fn an_aside_between_dashes_before_the_cue_and_an_object_pronoun_addressee() {
    assert_eq!(
        reports("Murphy — after a knock on wood — told me he had been lucky."),
        one("he had been lucky", "Murphy")
    );
    // an addressee before an infinitive stays in the report
    assert_eq!(
        reports("Ada Reyes told him to resign."),
        one("him to resign", "Ada Reyes")
    );
}

#[test]
fn a_quote_that_ends_a_sentence_after_a_clause_is_its_subjects() {
    let text = "Earlier this week, Ada Reyes shared her worry with an audience in Dayton, “I do \
                not know which candidate will show up.”";
    assert_eq!(speakers_en(text), [Some("Ada Reyes".to_string())]);
    // not a quote in the middle of the writer's sentence, nor a short fragment
    let text = "Ada Reyes left the hall, “a place of many memories for her family,” on Friday.";
    assert_eq!(speakers_en(text), [None]);
}

#[test]
fn impressions_and_expectations_name_no_source() {
    // subject and complement are reported apart, with the cue and no speaker
    let text = "Sanders appears to be spending more heavily as the vote nears.";
    let a = Extractor::english().analyze(text);
    let got: Vec<(&str, Option<&str>, Option<&str>)> = a
        .quotes
        .iter()
        .map(|q| {
            (
                q.content.slice(text),
                q.cue.as_ref().map(|c| c.span.slice(text)),
                q.rule.map(|r| r.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Sanders", Some("appears"), Some("unsourced")),
            (
                "to be spending more heavily as the vote nears",
                Some("appears"),
                Some("unsourced")
            ),
        ]
    );
    assert!(a.quotes.iter().all(|q| q.speaker.is_none()));
    // a relative pronoun stands for its phrase; the complement ends before "and who"
    assert_eq!(
        reports("Voters who are widely expected to back the plan and who live nearby met."),
        vec![
            ("who".to_string(), None),
            ("to back the plan".to_string(), None)
        ]
    );
    // a passive of judgment: its preposition is the cue's, an infinitive's "to" the
    // complement's; a relative pronoun a few words back stands for the subject
    assert_eq!(
        reports("Ginsburg is known for speaking her mind."),
        vec![
            ("Ginsburg".to_string(), None),
            ("speaking her mind".to_string(), None)
        ]
    );
    assert_eq!(
        reports("The tax was said to deliver a blow to coal."),
        vec![
            ("The tax".to_string(), None),
            ("to deliver a blow to coal".to_string(), None)
        ]
    );
    assert_eq!(
        reports("Reyes met Tom Varga, who for years has been criticized as aloof."),
        vec![("who".to_string(), None), ("aloof".to_string(), None)]
    );
    // an expletive "it" is no subject
    assert_eq!(
        reports("It seems the council has too many members."),
        vec![("the council has too many members".to_string(), None)]
    );
    // a place, a medium, an adjective sense, or a report that holds it: nothing of its own
    for text in [
        "The senator appeared on television on Sunday.",
        "The expected nominee spoke last.",
        "The mayor appeared in court.",
    ] {
        assert_eq!(reports(text), vec![], "{text}");
    }
    assert_eq!(
        reports("Ada Reyes said the race seems closer than it was."),
        one("the race seems closer than it was", "Ada Reyes")
    );
}

#[test]
fn a_clause_that_runs_into_a_partial_quote_before_its_cue_is_reported() {
    let text = "The bill's failure was “heartbreaking,” Ada Reyes said.";
    let a = Extractor::english().analyze(text);
    let got: Vec<(QuoteKind, &str, Option<String>)> = a
        .quotes
        .iter()
        .map(|q| {
            (
                q.kind,
                q.span.slice(text),
                a.speaker_of(q).map(|s| s.name.clone()),
            )
        })
        .collect();
    let reyes = Some("Ada Reyes".to_string());
    assert_eq!(
        got,
        [
            (
                QuoteKind::Indirect,
                "The bill's failure was “heartbreaking,”",
                reyes.clone()
            ),
            (QuoteKind::Partial, "“heartbreaking,”", reyes),
        ]
    );
    // a quote the sentence opens with, or one after a comma, is direct speech
    for text in [
        "“We will win,” Ada Reyes said.",
        "On the vote, “we will win,” Ada Reyes said.",
    ] {
        assert_eq!(reports(text), vec![], "{text}");
    }
}

#[test]
fn a_phrase_of_time_or_place_may_open_the_clause_after_that() {
    assert_eq!(
        reports("Tom Varga added that, in Ohio, the coalition is shrinking."),
        one("in Ohio, the coalition is shrinking", "Tom Varga")
    );
    assert_eq!(
        reports("The budget office said about half of the losses came from tax cuts."),
        one(
            "about half of the losses came from tax cuts",
            "budget office"
        )
    );
    // a circumstance after the cue is still no report
    assert_eq!(reports("Tom Varga said in Ohio."), vec![]);
}

#[test]
fn a_long_subject_before_a_speech_verb_is_its_source() {
    // the phrase reader stops at "on"; the sentence's words up to the cue are the subject
    let got = reports("Experts on trade and shipping said the new levy would raise prices.");
    assert_eq!(
        got,
        vec![(
            "the new levy would raise prices".to_string(),
            Some("Experts".to_string())
        )]
    );
    // a name and a long apposition before a clause cue
    assert_eq!(
        reports("Jo Lund, a leader of the liberal Pirate Party, argued that democracies must bear dissent."),
        one("democracies must bear dissent", "Jo Lund")
    );
    // a noun that looks like a cue is no cue ("pledged delegates")
    assert_eq!(
        reports("Clinton leads Sanders by roughly 270 pledged delegates as the season ends."),
        vec![]
    );
}

#[test]
fn a_relative_pronoun_before_the_source_is_the_report_s_first_part() {
    let got =
        reports("Reyes keeps a donor list, which the campaign says includes 2.7 million names.");
    let campaign = Some("campaign".to_string());
    assert_eq!(
        got,
        vec![
            ("which".to_string(), campaign.clone()),
            ("includes 2.7 million names".to_string(), campaign)
        ]
    );
    // an adverb may stand between the pronoun and the source
    assert_eq!(
        reports("Reyes gave a speech, which even critics say was her best.")[0],
        ("which".to_string(), Some("critics".to_string()))
    );
    // after a preposition the pronoun opens a clause of the writer's
    assert_eq!(
        reports("She held a call during which the mayor said the levy was fair."),
        one("the levy was fair", "mayor")
    );
}

#[test]
fn a_question_put_by_no_one_named_is_reported_without_a_speaker() {
    let text = "Asked if she would run again, Reyes said she had not decided.";
    let a = Extractor::english().analyze(text);
    let got: Vec<(&str, Option<&str>, Option<String>)> = a
        .quotes
        .iter()
        .map(|q| {
            (
                q.content.slice(text),
                q.cue.as_ref().map(|c| c.span.slice(text)),
                a.speaker_of(q).map(|s| s.name.clone()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("if she would run again", Some("Asked"), None),
            (
                "she had not decided",
                Some("said"),
                Some("Reyes".to_string())
            ),
        ]
    );
    assert_eq!(
        reports("When asked by a reporter about the levy, Reyes left."),
        vec![("about the levy".to_string(), None)]
    );
    // "asked" with its own subject is a cue like any other, not a question of no one's
    assert!(reports("The judge asked the jurors to return on Monday.")
        .iter()
        .all(|(_, s)| s.is_some()));
}

#[test]
fn according_to_after_a_colon_or_an_adverb_opens_its_clause() {
    assert_eq!(
        reports("It has not gone unnoticed: according to recent polls, Reyes leads by six points."),
        one("Reyes leads by six points", "recent polls")
    );
    assert_eq!(
        reports("Now, according to a Reuters/Ipsos poll, the two are tied."),
        one("the two are tied", "Reuters/Ipsos poll")
    );
}

#[test]
fn the_people_a_phrase_is_of_are_the_source() {
    assert_eq!(
        reports("Opponents of the ordinance say it falls hardest on the poor."),
        one("it falls hardest on the poor", "Opponents of the ordinance")
    );
    assert_eq!(
        reports("The head of the agency said the plan failed."),
        one("the plan failed", "The head of the agency")
    );
    // a name with "of" stays the name
    assert_eq!(
        reports("The Secretary of State said the vote was fair."),
        one("the vote was fair", "Secretary of State")
    );
}

#[test]
fn reports_around_partial_quotes_and_as_clauses() {
    // the clause runs through the closing mark before an inverted cue
    assert_eq!(
        reports("The levy may be “strategic,” said Tom Varga, a professor."),
        one("The levy may be “strategic,”", "Tom Varga")
    );
    // a participle cue after a quote closing on a comma starts a report of its own
    let got = reports("Reyes said that Varga represents “old values,” stating that he was wrong.");
    assert_eq!(
        got[0],
        (
            "Varga represents “old values,”".to_string(),
            Some("Reyes".to_string())
        )
    );
    // "As X said, CLAUSE"
    assert_eq!(
        reports("As Ada Reyes said last week, the levy is fair to everyone."),
        one("the levy is fair to everyone", "Ada Reyes")
    );
    // the word a report stands for before its source, the cue with no clause
    assert_eq!(
        reports("Varga will not take back everything he said."),
        one("everything", "he")
    );
}

#[test]
fn a_verb_with_its_particle_or_a_plural_noun_is_no_cue() {
    for text in [
        "For years the suburb has put out the welcome mat for newcomers.",
        "We rarely find out about abuses until long after the deed is done.",
        "The vote followed the Paris terrorist attacks and the shooting in California.",
    ] {
        assert_eq!(reports(text), vec![], "{text}");
    }
    // "out" with a verb of voice is the report's
    assert_eq!(
        reports("Reyes often calls out companies and their products by name."),
        one("companies and their products by name", "Reyes")
    );
}

#[test]
fn an_impression_ends_at_its_comma() {
    assert_eq!(
        reports("The first move, which is widely expected to come on Dec. 16, presents a risk."),
        vec![
            ("which".to_string(), None),
            ("to come on Dec. 16".to_string(), None)
        ]
    );
}

#[test]
fn questions_and_impressions_in_more_shapes() {
    // a passive question, a passive "told": the subject is the one addressed
    assert_eq!(
        reports("Reyes was once asked how the strike would end."),
        vec![("how the strike would end".to_string(), None)]
    );
    assert_eq!(
        reports("Reyes had been told just before the vote that she would lose."),
        vec![("she would lose".to_string(), None)]
    );
    // "asked X which …": the question is the asker's
    assert_eq!(
        reports("Tom Varga then asked Reyes which districts she could win."),
        one("which districts she could win", "Tom Varga")
    );
    // an adverb inside the passive, an apposition between subject and cue
    assert_eq!(
        reports("The firm is best known for making cheap stoves."),
        vec![
            ("The firm".to_string(), None),
            ("making cheap stoves".to_string(), None)
        ]
    );
    assert_eq!(
        reports("The new council, headed by Ada Reyes, seems ready to act."),
        vec![
            ("The new council".to_string(), None),
            ("ready to act".to_string(), None)
        ]
    );
}

#[test]
fn a_byline_or_a_kicker_before_a_colon_is_no_source() {
    for text in [
        "Contributing: Jo Lund, Medill News Service",
        "Just Leaked: The Mayor’s Shocking Reply To The Council",
        "Wow: The Senator Just Answered Her Critics",
    ] {
        assert!(
            speakers_en(text).iter().all(Option::is_none),
            "{text}: {:?}",
            speakers_en(text)
        );
    }
}

#[test]
fn adverbs_and_emphatic_pronouns_between_subject_and_cue() {
    assert_eq!(
        reports("Okafor has long said that the county should own its water plant."),
        one("the county should own its water plant", "Okafor")
    );
    assert_eq!(
        reports("The mayor herself said the budget would be balanced by June."),
        one("the budget would be balanced by June", "mayor")
    );
}

#[test]
fn a_quote_inside_an_opening_phrase_leaves_the_report_after_the_cue() {
    let text = "Asked about the “sale of the county water plant,” Okafor said private \
                operators would charge residents more.";
    assert!(
        reports(text).contains(&(
            "private operators would charge residents more".to_string(),
            Some("Okafor".to_string())
        )),
        "{:?}",
        reports(text)
    );
    // a quote that opens the sentence: what follows its cue is circumstance
    assert!(reports("“We will fix the pipes this year,” Okafor said during a visit.").is_empty());
    assert!(
        reports("“Absolutely,” Okafor said on Friday as the council met.").is_empty(),
        "{:?}",
        reports("“Absolutely,” Okafor said on Friday as the council met.")
    );
    // a cue word after a determiner is a noun, not another report's cue
    assert!(reports(
        "“We made mistakes and we will fix them,” Okafor said during a contentious hearing."
    )
    .is_empty());
}

#[test]
fn a_phrase_describing_the_source_after_according_to_is_no_report() {
    let text = "Rents rose 9 percent last year, according to Lena Ruiz, an economist at the \
                regional bank.";
    assert_eq!(
        reports(text),
        one("Rents rose 9 percent last year", "Lena Ruiz")
    );
    // a clause after the source still is one
    let text = "Rents rose 9 percent last year, according to the survey, and wages fell by \
                two percent.";
    assert_eq!(reports(text).len(), 2, "{:?}", reports(text));
}

#[test]
fn verbs_of_speech_only_in_their_speech_sense() {
    for text in [
        "The flood put pressure on the council to act before winter.",
        "Okafor found himself defending the budget at every meeting.",
        "The council could still find a way to fund the new pumps.",
        "The clerk was found guilty of fraud by a county jury.",
        "Bo Lane, the host of a radio talk show, is a lifelong resident of the county.",
        "An official who spoke on condition of anonymity left the meeting early.",
    ] {
        assert!(reports(text).is_empty(), "{text}: {:?}", reports(text));
    }
    assert_eq!(
        reports("As Okafor put it, the pumps are older than the mayor."),
        one("the pumps are older than the mayor", "Okafor")
    );
    assert_eq!(
        reports("Census estimates put the share of wood heat at about 14 percent."),
        one(
            "the share of wood heat at about 14 percent",
            "Census estimates"
        )
    );
    assert_eq!(
        reports("County records show the pumps failed twice last year."),
        one("the pumps failed twice last year", "County records")
    );
}

#[test]
fn a_report_may_open_with_marked_words_after_a_circumstance() {
    let text = "Okafor acknowledged in a radio interview Monday “it will be very hard to \
                finish” if the state does not send more money.";
    assert!(
        reports(text).contains(&(
            "“it will be very hard to finish” if the state does not send more money".to_string(),
            Some("Okafor".to_string())
        )),
        "{:?}",
        reports(text)
    );
    assert_eq!(
        reports("Okafor responded, remarking that the pumps were older than the mayor."),
        one("the pumps were older than the mayor", "Okafor")
    );
    assert!(reports("His latest remarks will do nothing to calm the council.").is_empty());
}

#[test]
fn a_base_form_stance_verb_after_a_plural_subject() {
    assert_eq!(
        reports("All of the county supervisors oppose the new water tariff."),
        one("the new water tariff", "county supervisors")
    );
    // a participle after a plural noun is no stance of theirs
    assert!(reports("Rebel groups backed by the province have no choice.").is_empty());
}

#[test]
fn a_description_read_backwards_stops_at_a_subordinator() {
    assert_eq!(
        reports("The ban takes effect as doctors say the surge is coming."),
        one("the surge is coming", "doctors")
    );
    assert_eq!(
        reports("Snow falls while forecasters warn of a long winter."),
        one("a long winter", "forecasters")
    );
}

#[test]
fn an_inverted_source_keeps_the_name_after_its_description_and_drops_the_day() {
    assert_eq!(
        speakers_en("“It is a mess,” said Valley-based Republican strategist Al Cardenas."),
        [Some("Al Cardenas".to_string())]
    );
    assert_eq!(
        speakers_en("“It is a mess,” said the spokesman Tuesday."),
        [Some("spokesman".to_string())]
    );
    assert_eq!(
        speakers_en("“It is a mess,” said Prime Minister Theresa May."),
        [Some("Theresa May".to_string())]
    );
}

#[test]
fn coordinated_cues_after_an_auxiliary_and_participles_after_an_inverted_source() {
    assert_eq!(
        reports("Okafor opposes the levy and has said that the county cannot afford it."),
        vec![
            ("the levy".to_string(), Some("Okafor".to_string())),
            (
                "the county cannot afford it".to_string(),
                Some("Okafor".to_string())
            ),
        ]
    );
    // adjectives in a row are no coordinated cue
    assert!(reports("The council met amid a rough and racially charged debate.").is_empty());
    let text = "“It is a mess,” said council member Al Ruiz, referring to the budget.";
    assert_eq!(reports(text), one("the budget", "Al Ruiz"));
}

#[test]
fn a_surname_in_someone_elses_title_is_not_their_role() {
    let text = "“She is experienced,” said Okafor campaign manager Jo Weaver.\n\n\
                Okafor said the county was not ready for the vote.";
    assert_eq!(
        speakers_en(text),
        [Some("Jo Weaver".to_string()), Some("Okafor".to_string())]
    );
    // a role word still names the titled speaker
    let text = "“We will act,” said Gov. Celia Harlan.\n\nThe governor said the road would close.";
    assert_eq!(
        speakers_en(text),
        [
            Some("Celia Harlan".to_string()),
            Some("Celia Harlan".to_string())
        ]
    );
}

#[test]
fn adjectives_of_attitude_after_be_report_their_object() {
    assert_eq!(
        reports("Okafor has been sharply critical of the new water tariff."),
        one("the new water tariff", "Okafor")
    );
    assert_eq!(
        reports("Many farmers are worried about the cost of the dam."),
        one("the cost of the dam", "farmers")
    );
    // the verb still reports, and the same adjective in another sense does not
    assert_eq!(
        reports("Okafor worried about the cost of the dam."),
        one("the cost of the dam", "Okafor")
    );
    assert!(reports("The bridge is critical to the county economy.").is_empty());
}

#[test]
fn a_stance_noun_and_its_preposition_open_the_object() {
    assert_eq!(
        reports("The mayor expressed frustration over the county budget."),
        one("the county budget", "mayor")
    );
    assert_eq!(
        reports("Okafor voiced support for the new dam."),
        one("the new dam", "Okafor")
    );
}
