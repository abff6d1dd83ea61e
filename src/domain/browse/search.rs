//! Find-as-you-type over the catalogue, in both languages at once: "cincin" finds rings and "ring" finds
//! cincin; case and diacritics are ignored; a typo or two is forgiven ("suria" finds Surya); the word
//! being typed matches as a prefix. Exact name matches rank first.

use std::collections::HashMap;

use crate::domain::browse::text::{distance_within, fold, words};
use crate::domain::catalogue::model::{Catalogue, Finish, Form, MotifFamily, Technique};

/// How much a match in each field counts.
mod weight {
    pub const NAME: u16 = 10;
    pub const FORM: u16 = 7;
    pub const MOTIF: u16 = 6;
    pub const TECHNIQUE: u16 = 5;
    pub const WORKSHOP: u16 = 5;
    pub const FINISH: u16 = 4;
    pub const FAMILY: u16 = 4;
    pub const TAG: u16 = 3;
    pub const FINENESS: u16 = 3;
}

/// Search words for each form, in Indonesian and English, including the trade's synonyms.
pub fn form_words(form: Form) -> &'static [&'static str] {
    match form {
        Form::Ring => &["cincin", "ring", "rings"],
        Form::Stud => &["giwang", "anting", "stud", "studs", "earring", "earrings"],
        Form::DropEarring => &["anting", "juntai", "drop", "earring", "earrings"],
        Form::Hoop => &["anting", "bulat", "hoop", "hoops", "earring", "earrings"],
        Form::Pendant => &["liontin", "pendant", "pendants"],
        Form::Necklace => &["kalung", "rantai", "necklace", "necklaces", "chain"],
        Form::Bracelet => &["gelang", "bracelet", "bracelets"],
        Form::Cuff => &["gelang", "terbuka", "cuff", "cuffs", "bangle"],
        Form::Brooch => &["bros", "brooch", "brooches"],
        Form::Tiara => &["tiara", "tiaras", "mahkota", "crown"],
    }
}

pub fn technique_words(t: Technique) -> &'static [&'static str] {
    match t {
        Technique::Filigree => &["filigri", "filigree", "trap", "kawat", "wire"],
        Technique::Granulation => &["granulasi", "granulation", "granule", "granules"],
        Technique::Repousse => &["ketok", "tatah", "repousse", "chasing"],
        Technique::Casting => &["cor", "casting", "cast"],
        Technique::Hammered => &["palu", "hammered", "tekstur", "texture", "textured"],
    }
}

pub fn finish_words(f: Finish) -> &'static [&'static str] {
    match f {
        Finish::Polished => &["mengilap", "kilap", "polished", "shiny"],
        Finish::Oxidised => &["oksidasi", "bakar", "oxidised", "oxidized"],
        Finish::Matte => &["doff", "matte", "matt"],
        Finish::Hammered => &["palu", "hammered"],
    }
}

pub fn family_words(f: MotifFamily) -> &'static [&'static str] {
    match f {
        MotifFamily::MajapahitSun => &["matahari", "sun", "surya", "majapahit"],
        MotifFamily::Lotus => &["teratai", "lotus"],
        MotifFamily::Kawung => &["kawung"],
        MotifFamily::Scroll => &["scroll", "sulur", "ukel", "spiral"],
        MotifFamily::Rosette => &["rosette", "bunga", "flower"],
        MotifFamily::KalaMakara => &["kala", "guardian", "pelindung", "protective"],
        MotifFamily::MojokertoBatik => &["batik", "mojokerto"],
        MotifFamily::Geometric => &["geometric", "geometris"],
    }
}

struct Term {
    text: String,
    /// The word as first written in the catalogue, for suggestions.
    display: String,
    postings: Vec<(u32, u16)>,
}

/// The search index of one catalogue; build once, query on every keystroke.
pub struct SearchIndex {
    terms: Vec<Term>,
    /// Terms grouped by their first letter, so a query word only scans plausible terms.
    by_initial: HashMap<char, Vec<u32>>,
    names: Vec<[String; 2]>,
    docs: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub doc: usize,
    pub score: f64,
}

impl Hit {
    /// Best first; equal scores in catalogue order, so that any two hits have one order.
    pub fn by_rank(a: &Hit, b: &Hit) -> std::cmp::Ordering {
        b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc))
    }
}

/// The quality of a term the query word begins; an exact match is 1, typo matches are below this.
const PREFIX: f64 = 0.75;

/// How well a query word matches an index term, 0 when it does not.
fn quality(query: &str, term: &str) -> f64 {
    if query == term {
        return 1.0;
    }
    if term.starts_with(query) {
        return PREFIX;
    }
    let len = query.chars().count();
    let max = match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    if max == 0 {
        return 0.0;
    }
    // A typo in a word still being typed: compare with the term's prefix of the same length too.
    let whole = distance_within(query, term, max);
    let prefix: String = term.chars().take(len).collect();
    let partial = if prefix.chars().count() == len && len >= 5 {
        distance_within(query, &prefix, 1)
    } else {
        None
    };
    match (whole, partial) {
        (Some(d), _) => 0.65 - 0.2 * d as f64,
        (None, Some(_)) => 0.4,
        _ => 0.0,
    }
}

impl SearchIndex {
    pub fn build(catalogue: &Catalogue) -> SearchIndex {
        let mut terms: Vec<Term> = Vec::new();
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut add = |doc: u32, text: &str, weight: u16| {
            for original in text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                let folded = fold(original);
                let id = *ids.entry(folded.clone()).or_insert_with(|| {
                    terms.push(Term {
                        text: folded.clone(),
                        display: original.to_owned(),
                        postings: Vec::new(),
                    });
                    (terms.len() - 1) as u32
                });
                let postings = &mut terms[id as usize].postings;
                match postings.last_mut() {
                    Some((d, w)) if *d == doc => *w = (*w).max(weight),
                    _ => postings.push((doc, weight)),
                }
            }
        };
        let motifs: HashMap<&str, _> = catalogue
            .motifs
            .iter()
            .map(|m| (m.id.as_str(), m))
            .collect();
        let workshops: HashMap<&str, _> = catalogue
            .workshops
            .iter()
            .map(|w| (w.id.as_str(), w))
            .collect();
        let mut names = Vec::with_capacity(catalogue.designs.len());
        for (i, d) in catalogue.designs.iter().enumerate() {
            let doc = i as u32;
            // Fields are added strongest first so that a word's posting keeps its strongest field.
            add(doc, &d.name.id, weight::NAME);
            add(doc, &d.name.en, weight::NAME);
            for w in form_words(d.form) {
                add(doc, w, weight::FORM);
            }
            for m in d.motifs.iter().filter_map(|id| motifs.get(id.as_str())) {
                add(doc, &m.name.id, weight::MOTIF);
                add(doc, &m.name.en, weight::MOTIF);
                for w in family_words(m.family) {
                    add(doc, w, weight::FAMILY);
                }
            }
            for t in &d.techniques {
                for w in technique_words(*t) {
                    add(doc, w, weight::TECHNIQUE);
                }
            }
            if let Some(w) = workshops.get(d.workshop.as_str()) {
                add(doc, &w.name, weight::WORKSHOP);
            }
            for w in finish_words(d.finish) {
                add(doc, w, weight::FINISH);
            }
            for tag in &d.tags {
                add(doc, tag, weight::TAG);
            }
            add(doc, &d.fineness.to_string(), weight::FINENESS);
            names.push([words(&d.name.id).join(" "), words(&d.name.en).join(" ")]);
        }
        let mut by_initial: HashMap<char, Vec<u32>> = HashMap::new();
        for (i, t) in terms.iter().enumerate() {
            if let Some(c) = t.text.chars().next() {
                by_initial.entry(c).or_default().push(i as u32);
            }
        }
        SearchIndex {
            terms,
            by_initial,
            names,
            docs: catalogue.designs.len(),
        }
    }

    /// Candidate terms for a query word: a typo rarely hits the first letter, and when it does the
    /// word is usually long enough for another word of the query to carry the search.
    ///
    /// Typo tolerance is for words that match nothing as typed: "kawung" (a motif) has not misspelt
    /// "kalung" (necklace), one letter away, so once a term is found as typed the typo matches go.
    fn candidates(&self, word: &str) -> Vec<(u32, f64)> {
        let initial = word.chars().next();
        let pool: &[u32] = initial
            .and_then(|c| self.by_initial.get(&c))
            .map_or(&[], Vec::as_slice);
        let mut found: Vec<(u32, f64)> = pool
            .iter()
            .filter_map(|&t| {
                let q = quality(word, &self.terms[t as usize].text);
                (q > 0.0).then_some((t, q))
            })
            .collect();
        if found.iter().any(|(_, q)| *q >= PREFIX) {
            found.retain(|(_, q)| *q >= PREFIX);
        }
        found
    }

    /// Designs matching every word of `query`, best first. An empty query matches everything, in
    /// catalogue order, with score 0.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let mut hits = self.matches(query);
        hits.sort_unstable_by(Hit::by_rank);
        hits
    }

    /// What `search` finds, in no particular order: for a caller that shows only a page of it, ordering
    /// everything (8,643 designs for the letter `c`) would cost more than the search.
    pub fn matches(&self, query: &str) -> Vec<Hit> {
        let query_words = words(query);
        if query_words.is_empty() {
            return (0..self.docs).map(|doc| Hit { doc, score: 0.0 }).collect();
        }
        let mut total = vec![0.0f64; self.docs];
        let mut matched = vec![0u16; self.docs];
        for (wi, word) in query_words.iter().enumerate() {
            let mut best = vec![0.0f64; self.docs];
            for (t, q) in self.candidates(word) {
                for &(doc, w) in &self.terms[t as usize].postings {
                    let s = q * f64::from(w);
                    let b = &mut best[doc as usize];
                    if s > *b {
                        *b = s;
                    }
                }
            }
            for doc in 0..self.docs {
                if best[doc] > 0.0 && usize::from(matched[doc]) == wi {
                    matched[doc] += 1;
                    total[doc] += best[doc];
                }
            }
        }
        let joined = query_words.join(" ");
        (0..self.docs)
            .filter(|&d| usize::from(matched[d]) == query_words.len())
            .map(|doc| {
                let mut score = total[doc];
                for name in &self.names[doc] {
                    if *name == joined {
                        score += 1000.0;
                    } else if name.starts_with(&joined) {
                        score += 50.0;
                    }
                }
                Hit { doc, score }
            })
            .collect()
    }

    /// Up to `n` words from the catalogue that the last word of `query` may be heading for, most
    /// common first; what the buyer already typed exactly is not suggested back.
    pub fn suggest(&self, query: &str, n: usize) -> Vec<String> {
        let Some(last) = words(query).pop() else {
            return Vec::new();
        };
        let mut found: Vec<(f64, usize, &Term)> = self
            .candidates(&last)
            .into_iter()
            .map(|(t, q)| {
                (
                    q,
                    self.terms[t as usize].postings.len(),
                    &self.terms[t as usize],
                )
            })
            .collect();
        found.retain(|(_, _, t)| {
            t.text != last
                && t.text.chars().count() > 2
                && !t.text.chars().all(|c| c.is_ascii_digit())
        });
        found.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then(a.2.text.cmp(&b.2.text))
        });
        let mut out: Vec<String> = Vec::new();
        for (_, _, t) in found {
            if !out.iter().any(|o| fold(o) == t.text) {
                out.push(t.display.clone());
            }
            if out.len() == n {
                break;
            }
        }
        out
    }
}
