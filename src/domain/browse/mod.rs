//! The catalogue page's state and what it shows: search, facets with live counts (OR within a facet, AND
//! across facets), sorting and pages. The state round-trips through the URL's query string, so that a
//! reload, back/forward and a shared link restore exactly what the buyer saw.

pub mod search;
pub mod text;
pub mod typing;

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::domain::browse::search::{Hit, SearchIndex};
use crate::domain::catalogue::model::{Catalogue, Finish, Form, Technique};
use crate::domain::pricing::price::quote;

pub const PAGE_SIZE: usize = 24;

/// The longest search a link keeps, in characters: a link is read back cut to this, so the search field
/// takes no more (a search the field showed but the link lost would come back shorter after a reload).
pub const QUERY_MAX_CHARS: usize = 200;
/// Facet values are catalogue keys ("ring", "kawung", "lt250k"): short, lower-case, with dashes.
const FACET_VALUE_MAX_CHARS: usize = 64;
const FACET_VALUES_MAX: usize = 50;

fn facet_key_shaped(key: &str) -> bool {
    key.len() <= FACET_VALUE_MAX_CHARS
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetKind {
    Form,
    Motif,
    Technique,
    Finish,
    Fineness,
    Workshop,
    Price,
    Weight,
}

impl FacetKind {
    pub const ALL: [FacetKind; 8] = [
        FacetKind::Form,
        FacetKind::Motif,
        FacetKind::Technique,
        FacetKind::Finish,
        FacetKind::Fineness,
        FacetKind::Workshop,
        FacetKind::Price,
        FacetKind::Weight,
    ];

    /// The query-string parameter.
    pub fn param(self) -> &'static str {
        match self {
            FacetKind::Form => "form",
            FacetKind::Motif => "motif",
            FacetKind::Technique => "technique",
            FacetKind::Finish => "finish",
            FacetKind::Fineness => "fineness",
            FacetKind::Workshop => "workshop",
            FacetKind::Price => "price",
            FacetKind::Weight => "weight",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Price bands in rupiah; the last key is for designs priced on request.
pub const PRICE_BANDS: [(&str, u64, u64); 5] = [
    ("lt250k", 0, 250_000),
    ("250k-500k", 250_000, 500_000),
    ("500k-1m", 500_000, 1_000_000),
    ("1m-2500k", 1_000_000, 2_500_000),
    ("gt2500k", 2_500_000, u64::MAX),
];
pub const PRICE_ON_REQUEST: &str = "on-request";
/// Weight bands in grams.
pub const WEIGHT_BANDS: [(&str, f64, f64); 5] = [
    ("lt3", 0.0, 3.0),
    ("3-10", 3.0, 10.0),
    ("10-25", 10.0, 25.0),
    ("25-50", 25.0, 50.0),
    ("gt50", 50.0, f64::INFINITY),
];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
    PriceAsc,
    PriceDesc,
    WeightAsc,
    WeightDesc,
}

impl Sort {
    pub const ALL: [Sort; 6] = [
        Sort::Relevance,
        Sort::Newest,
        Sort::PriceAsc,
        Sort::PriceDesc,
        Sort::WeightAsc,
        Sort::WeightDesc,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::PriceAsc => "price-asc",
            Sort::PriceDesc => "price-desc",
            Sort::WeightAsc => "weight-asc",
            Sort::WeightDesc => "weight-desc",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Everything the buyer chose on the catalogue page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrowseQuery {
    pub q: String,
    /// Selected keys per facet, in `FacetKind::ALL` order; empty means no filter.
    pub selected: [Vec<String>; 8],
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
}

impl BrowseQuery {
    pub fn selected(&self, kind: FacetKind) -> &[String] {
        &self.selected[kind.index()]
    }

    pub fn is_selected(&self, kind: FacetKind, key: &str) -> bool {
        self.selected(kind).iter().any(|k| k == key)
    }

    /// Selects or deselects one value; any change of filter goes back to the first page.
    pub fn toggle(&mut self, kind: FacetKind, key: &str) {
        let list = &mut self.selected[kind.index()];
        if let Some(pos) = list.iter().position(|k| k == key) {
            list.remove(pos);
        } else {
            list.push(key.to_owned());
        }
        self.page = 1;
    }

    /// This query with `typed` as its search text, when the buyer has typed something not yet written
    /// to the URL. A new search starts on the first page: page 7 of the old results means nothing.
    pub fn with_typed(mut self, typed: Option<&str>) -> BrowseQuery {
        if let Some(text) = typed
            && text != self.q
        {
            self.q = text.to_owned();
            self.page = 1;
        }
        self
    }

    /// Replaces the word being typed with a suggestion, back on the first page.
    pub fn apply_suggestion(&mut self, word: &str) {
        let mut words: Vec<&str> = self.q.split_whitespace().collect();
        words.pop();
        words.push(word);
        self.q = words.join(" ");
        self.page = 1;
    }

    pub fn clear_filters(&mut self) {
        self.selected = Default::default();
        self.page = 1;
    }

    pub fn has_filters(&self) -> bool {
        self.selected.iter().any(|s| !s.is_empty())
    }

    pub fn active_filters(&self) -> Vec<(FacetKind, String)> {
        FacetKind::ALL
            .into_iter()
            .flat_map(|k| self.selected(k).iter().map(move |v| (k, v.clone())))
            .collect()
    }

    /// Query-string pairs, defaults left out so that links stay short.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if !self.q.trim().is_empty() {
            // Cut as `from_pairs` cuts, so that a query and its own link always read the same.
            pairs.push((
                "q".to_owned(),
                self.q.chars().take(QUERY_MAX_CHARS).collect(),
            ));
        }
        for kind in FacetKind::ALL {
            let s = self.selected(kind);
            if !s.is_empty() {
                pairs.push((kind.param().to_owned(), s.join(",")));
            }
        }
        if self.sort != Sort::Relevance {
            pairs.push(("sort".to_owned(), self.sort.key().to_owned()));
        }
        if self.page > 1 {
            pairs.push(("page".to_owned(), self.page.to_string()));
        }
        pairs
    }

    /// Reads the state back from query-string pairs; anything unreadable falls back to the default,
    /// because a hand-edited or truncated link must still open the catalogue.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> BrowseQuery {
        BrowseQuery::from_link(pairs).0
    }

    /// As [`from_pairs`](Self::from_pairs), and whether anything in the link had to be left out (a
    /// search longer than the field takes, a filter value no catalogue has the shape of, more values
    /// than any facet has), so that the page can say so.
    pub fn from_link<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (BrowseQuery, bool) {
        let mut q = BrowseQuery {
            page: 1,
            ..Default::default()
        };
        let mut trimmed = false;
        for (k, v) in pairs {
            match k {
                "q" => {
                    q.q = v.chars().take(QUERY_MAX_CHARS).collect();
                    trimmed |= q.q.len() < v.len();
                }
                "sort" => q.sort = Sort::from_key(v).unwrap_or_default(),
                "page" => q.page = v.parse::<usize>().ok().filter(|p| *p >= 1).unwrap_or(1),
                _ => {
                    if let Some(kind) = FacetKind::ALL.into_iter().find(|f| f.param() == k) {
                        let list = &mut q.selected[kind.index()];
                        for key in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                            if !facet_key_shaped(key) || list.len() >= FACET_VALUES_MAX {
                                trimmed = true;
                            } else if !list.iter().any(|x| x == key) {
                                list.push(key.to_owned());
                            }
                        }
                    }
                }
            }
        }
        (q, trimmed)
    }
}

/// One value of a facet with its live count.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetValue {
    pub key: String,
    pub count: usize,
    pub selected: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BrowseResult {
    /// Design indexes on the requested page, in order.
    pub items: Vec<usize>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub facets: Vec<(FacetKind, Vec<FacetValue>)>,
}

impl BrowseResult {
    /// The values of one facet, in display order: every value some design has (and any selected one),
    /// those the query rules out with a count of 0.
    pub fn facet_keys(&self, kind: FacetKind) -> Vec<String> {
        self.values(kind).iter().map(|v| v.key.clone()).collect()
    }

    /// The live count of one facet value (0 when it is not shown).
    pub fn facet_count(&self, kind: FacetKind, key: &str) -> usize {
        self.values(kind)
            .iter()
            .find(|v| v.key == key)
            .map_or(0, |v| v.count)
    }

    fn values(&self, kind: FacetKind) -> &[FacetValue] {
        self.facets
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, v)| v.as_slice())
    }
}

/// A catalogue prepared for browsing: search index, prices and facet keys computed once.
pub struct Browser {
    search: SearchIndex,
    prices: Vec<Option<u64>>,
    weights: Vec<f64>,
    /// Position of each design when sorted newest first; compared as integers on every keystroke.
    age_rank: Vec<u32>,
    /// Facet value vocabularies, and each design's value ids per facet.
    values: [Vec<String>; 8],
    doc_values: Vec<[Vec<u16>; 8]>,
    /// Suggested before anything is typed: the motifs most designs use, as search words.
    starters: Vec<String>,
    /// Whether any design has each facet value: those no design has are never listed.
    offered: [Vec<bool>; 8],
}

/// How many suggestions the search box shows.
const SUGGESTIONS: usize = 5;

/// The motifs most designs use, by name ("Padma" of "Padma (teratai merah)"), most used first: a buyer
/// new to the village's motifs learns their names here, and one tap shows the designs.
fn starter_words(c: &Catalogue, doc_values: &[[Vec<u16>; 8]]) -> Vec<String> {
    // Motif value ids are positions in `c.motifs` (see `Browser::new`).
    let mut uses = vec![0usize; c.motifs.len()];
    for ids in doc_values.iter().map(|dv| &dv[FacetKind::Motif.index()]) {
        for (i, id) in ids.iter().enumerate() {
            if !ids[..i].contains(id) {
                uses[usize::from(*id)] += 1;
            }
        }
    }
    let mut ranked: Vec<(usize, &str)> = c
        .motifs
        .iter()
        .zip(uses)
        .map(|(m, uses)| {
            (
                uses,
                m.name.id.split(" (").next().unwrap_or_default().trim(),
            )
        })
        .filter(|(uses, name)| *uses > 0 && !name.is_empty())
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    ranked
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, name)| name.to_owned())
        .collect()
}

/// The price facet's band of a price (`None`: priced on request), as its key.
pub fn price_band(p: Option<u64>) -> &'static str {
    match p {
        None => PRICE_ON_REQUEST,
        Some(idr) => PRICE_BANDS
            .iter()
            .find(|(_, lo, hi)| idr >= *lo && idr < *hi)
            .map_or("gt2500k", |b| b.0),
    }
}

fn weight_band(g: f64) -> &'static str {
    WEIGHT_BANDS
        .iter()
        .find(|(_, lo, hi)| g >= *lo && g < *hi)
        .map_or("gt50", |b| b.0)
}

impl Browser {
    pub fn new(c: &Catalogue) -> Browser {
        let mut values: [Vec<String>; 8] = Default::default();
        // Fixed vocabularies first, in display order; then what the catalogue has.
        values[FacetKind::Form.index()] = Form::ALL.iter().map(|f| f.key().to_owned()).collect();
        values[FacetKind::Motif.index()] = c.motifs.iter().map(|m| m.id.clone()).collect();
        values[FacetKind::Technique.index()] =
            Technique::ALL.iter().map(|t| t.key().to_owned()).collect();
        values[FacetKind::Finish.index()] =
            Finish::ALL.iter().map(|f| f.key().to_owned()).collect();
        values[FacetKind::Fineness.index()] = crate::domain::catalogue::model::FINENESSES
            .iter()
            .map(u16::to_string)
            .collect();
        values[FacetKind::Workshop.index()] = c.workshops.iter().map(|w| w.id.clone()).collect();
        values[FacetKind::Price.index()] = PRICE_BANDS
            .iter()
            .map(|b| b.0.to_owned())
            .chain([PRICE_ON_REQUEST.to_owned()])
            .collect();
        values[FacetKind::Weight.index()] = WEIGHT_BANDS.iter().map(|b| b.0.to_owned()).collect();
        let lookup: Vec<HashMap<String, u16>> = values
            .iter()
            .map(|v| {
                v.iter()
                    .enumerate()
                    .map(|(i, k)| (k.clone(), i as u16))
                    .collect()
            })
            .collect();
        let id = |kind: FacetKind, key: &str| lookup[kind.index()].get(key).copied();

        let prices: Vec<Option<u64>> = c
            .designs
            .iter()
            .map(|d| quote(&c.settings, d, None, None).map(|p| p.idr))
            .collect();
        let doc_values: Vec<[Vec<u16>; 8]> = c
            .designs
            .iter()
            .zip(&prices)
            .map(|(d, p)| {
                let mut v: [Vec<u16>; 8] = Default::default();
                v[FacetKind::Form.index()].extend(id(FacetKind::Form, d.form.key()));
                v[FacetKind::Motif.index()]
                    .extend(d.motifs.iter().filter_map(|m| id(FacetKind::Motif, m)));
                v[FacetKind::Technique.index()].extend(
                    d.techniques
                        .iter()
                        .filter_map(|t| id(FacetKind::Technique, t.key())),
                );
                v[FacetKind::Finish.index()].extend(id(FacetKind::Finish, d.finish.key()));
                v[FacetKind::Fineness.index()]
                    .extend(id(FacetKind::Fineness, &d.fineness.to_string()));
                v[FacetKind::Workshop.index()].extend(id(FacetKind::Workshop, &d.workshop));
                v[FacetKind::Price.index()].extend(id(FacetKind::Price, price_band(*p)));
                v[FacetKind::Weight.index()].extend(id(FacetKind::Weight, weight_band(d.weight_g)));
                v
            })
            .collect();
        let mut offered: [Vec<bool>; 8] = std::array::from_fn(|k| vec![false; values[k].len()]);
        for doc in &doc_values {
            for (kind, ids) in doc.iter().enumerate() {
                for id in ids {
                    offered[kind][*id as usize] = true;
                }
            }
        }
        Browser {
            offered,
            starters: starter_words(c, &doc_values),
            search: SearchIndex::build(c),
            prices,
            weights: c.designs.iter().map(|d| d.weight_g).collect(),
            age_rank: {
                let mut order: Vec<usize> = (0..c.designs.len()).collect();
                order.sort_by(|a, b| c.designs[*b].date.cmp(&c.designs[*a].date).then(a.cmp(b)));
                let mut rank = vec![0u32; order.len()];
                for (r, d) in order.into_iter().enumerate() {
                    rank[d] = r as u32;
                }
                rank
            },
            values,
            doc_values,
        }
    }

    pub fn price_of(&self, doc: usize) -> Option<u64> {
        self.prices.get(doc).copied().flatten()
    }

    /// Words to complete or correct the one being typed; before anything is typed, motifs to start from.
    pub fn suggest(&self, q: &str) -> Vec<String> {
        if q.trim().is_empty() {
            return self.starters.clone();
        }
        self.search.suggest(q, SUGGESTIONS)
    }

    /// `query`'s page of results and its live facet counts (the catalogue page asks for the counts when
    /// the URL changes, not on every keystroke).
    pub fn browse(&self, query: &BrowseQuery) -> BrowseResult {
        self.run(query, true)
    }

    /// What `browse` gives without the facet counts (`facets` is empty): the part of the answer that
    /// must be on screen in the frame after a keystroke. Counting facet values over every hit was about
    /// a third of the work for a first letter (8,643 hits), for a panel that can wait for typing to pause.
    pub fn browse_page(&self, query: &BrowseQuery) -> BrowseResult {
        self.run(query, false)
    }

    /// Each facet's values with their counts, in display order. A value the query rules out stays,
    /// counted 0, rather than leaving the list: the panel keeps its rows while someone types, instead
    /// of adding and removing them (and laying the panel out again) at every pause, and a buyer sees
    /// what the search ruled out. A value no design has at all is never listed, unless selected (a
    /// link may name one; it must stay removable).
    fn facet_values(
        &self,
        counts: &[Vec<usize>],
        query: &BrowseQuery,
    ) -> Vec<(FacetKind, Vec<FacetValue>)> {
        FacetKind::ALL
            .iter()
            .map(|k| {
                let values = self.values[k.index()]
                    .iter()
                    .zip(&counts[k.index()])
                    .zip(&self.offered[k.index()])
                    .filter_map(|((key, count), offered)| {
                        let selected = query.is_selected(*k, key);
                        (*offered || selected).then(|| FacetValue {
                            key: key.clone(),
                            count: *count,
                            selected,
                        })
                    })
                    .collect();
                (*k, values)
            })
            .collect()
    }

    fn run(&self, query: &BrowseQuery, count_facets: bool) -> BrowseResult {
        let hits = self.search.matches(&query.q);
        // Selected values as ids; a key this catalogue does not know selects nothing.
        let selected: Vec<Vec<u16>> = FacetKind::ALL
            .iter()
            .map(|k| {
                query
                    .selected(*k)
                    .iter()
                    .filter_map(|key| {
                        self.values[k.index()]
                            .iter()
                            .position(|v| v == key)
                            .map(|p| p as u16)
                    })
                    .collect()
            })
            .collect();
        let active: Vec<bool> = FacetKind::ALL
            .iter()
            .map(|k| !query.selected(*k).is_empty())
            .collect();
        let mut counts: Vec<Vec<usize>> = self.values.iter().map(|v| vec![0; v.len()]).collect();
        let mut results = Vec::new();
        for hit in &hits {
            let dv = &self.doc_values[hit.doc];
            let mut failed = 0usize;
            let mut failed_facet = 0usize;
            for f in 0..8 {
                if active[f] && !dv[f].iter().any(|v| selected[f].contains(v)) {
                    failed += 1;
                    failed_facet = f;
                }
            }
            // Disjunctive counts: a facet's count ignores its own selection, so that the buyer sees what
            // adding another value of the same facet would bring.
            match (failed, count_facets) {
                (0, false) => results.push(hit),
                (0, true) => {
                    results.push(hit);
                    for f in 0..8 {
                        for v in &dv[f] {
                            counts[f][usize::from(*v)] += 1;
                        }
                    }
                }
                (1, true) => {
                    for v in &dv[failed_facet] {
                        counts[failed_facet][usize::from(*v)] += 1;
                    }
                }
                _ => {}
            }
        }
        let by_price = |a: usize, b: usize| match (self.prices[a], self.prices[b]) {
            (Some(x), Some(y)) => x.cmp(&y),
            // Priced on request goes last, whichever way prices are sorted.
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        let price_desc = |a: usize, b: usize| match (self.prices[a], self.prices[b]) {
            (Some(x), Some(y)) => y.cmp(&x),
            _ => by_price(a, b),
        };
        // Without a query, relevance has nothing to rank by: newest first is what a visitor expects.
        let sort = match query.sort {
            Sort::Relevance if query.q.trim().is_empty() => Sort::Newest,
            s => s,
        };
        // Every order ends with relevance (and that with catalogue order), so it is total: the page
        // shown is the same however the results were ordered before.
        let order = |a: &&Hit, b: &&Hit| {
            let (x, y) = (a.doc, b.doc);
            match sort {
                Sort::Relevance => Ordering::Equal,
                Sort::Newest => self.age_rank[x].cmp(&self.age_rank[y]),
                Sort::PriceAsc => by_price(x, y),
                Sort::PriceDesc => price_desc(x, y),
                Sort::WeightAsc => self.weights[x].total_cmp(&self.weights[y]),
                Sort::WeightDesc => self.weights[y].total_cmp(&self.weights[x]),
            }
            .then_with(|| Hit::by_rank(a, b))
        };
        let total = results.len();
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let page = query.page.clamp(1, pages);
        let start = ((page - 1) * PAGE_SIZE).min(total);
        let end = (start + PAGE_SIZE).min(total);
        // Only the page shown needs ordering: bring its designs to its place, then sort just those.
        if end < total {
            results.select_nth_unstable_by(end, order);
        }
        if start > 0 && start < end {
            results[..end].select_nth_unstable_by(start, order);
        }
        results[start..end].sort_unstable_by(order);
        let items = results[start..end].iter().map(|h| h.doc).collect();
        let facets = if count_facets {
            self.facet_values(&counts, query)
        } else {
            Vec::new()
        };
        BrowseResult {
            items,
            total,
            page,
            pages,
            facets,
        }
    }
}
