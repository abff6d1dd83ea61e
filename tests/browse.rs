//! Search, ranking, facets, sorting and the URL state against the shipped catalogue, natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use perak_batankrajan::domain::browse::search::SearchIndex;
use perak_batankrajan::domain::browse::{
    BrowseQuery, BrowseResult, Browser, FacetKind, PAGE_SIZE, Sort,
};
use perak_batankrajan::domain::{Catalogue, Form, load_from_dir};

fn catalogue() -> Catalogue {
    load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")).unwrap()
}

fn ids(c: &Catalogue, docs: impl IntoIterator<Item = usize>) -> Vec<String> {
    docs.into_iter().map(|d| c.designs[d].id.clone()).collect()
}

fn search(c: &Catalogue, q: &str) -> Vec<String> {
    ids(
        c,
        SearchIndex::build(c).search(q).into_iter().map(|h| h.doc),
    )
}

#[test]
fn both_languages_find_the_same_form() {
    let c = catalogue();
    let rings: Vec<_> = c
        .designs
        .iter()
        .filter(|d| d.form == Form::Ring)
        .map(|d| d.id.clone())
        .collect();
    let mut cincin = search(&c, "cincin");
    let mut ring = search(&c, "ring");
    cincin.sort();
    ring.sort();
    assert_eq!(cincin, ring);
    let mut expected = rings.clone();
    expected.sort();
    assert_eq!(cincin, expected);
}

#[test]
fn case_diacritics_and_typos_are_forgiven() {
    let c = catalogue();
    let surya = search(&c, "Surya");
    assert!(!surya.is_empty());
    assert_eq!(search(&c, "suria"), surya, "one typo");
    assert_eq!(search(&c, "SURYA"), surya);
    assert!(
        search(&c, "repoussé").len() == search(&c, "repousse").len()
            && !search(&c, "repousse").is_empty()
    );
    assert!(
        search(&c, "liontni padma").contains(&"pendant-padma".to_owned()),
        "a transposition"
    );
    assert!(
        search(&c, "granulatoin").len() >= 5,
        "two typos in a long word"
    );
}

#[test]
fn prefixes_match_while_typing() {
    let c = catalogue();
    let kaw = search(&c, "kaw");
    assert!(search(&c, "kawung").iter().all(|id| kaw.contains(id)));
    assert_eq!(kaw[0], "ring-kawung", "a name match first");
    assert!(search(&c, "lio").iter().all(|id| id.starts_with("pendant")));
}

#[test]
fn every_word_must_match() {
    let c = catalogue();
    let hits = search(&c, "gelang kawung");
    assert!(!hits.is_empty());
    for id in &hits {
        let d = c.design(id).unwrap();
        assert!(matches!(d.form, Form::Bracelet | Form::Cuff), "{id}");
        assert!(
            d.motifs.iter().any(|m| m == "kawung") || d.workshop == "kawung-silver",
            "{id}"
        );
    }
    assert!(search(&c, "cincin zzzzzz").is_empty());
}

#[test]
fn an_exact_name_ranks_first() {
    let c = catalogue();
    assert_eq!(search(&c, "Cincin Kawung")[0], "ring-kawung");
    assert_eq!(search(&c, "padma pendant")[0], "pendant-padma");
    // Name beats a mere tag or workshop mention.
    assert_eq!(
        search(&c, "kala")[0..3]
            .iter()
            .filter(|id| id.contains("kala"))
            .count(),
        3
    );
}

#[test]
fn suggestions_complete_and_correct_words() {
    let c = catalogue();
    let s = SearchIndex::build(&c);
    assert!(
        s.suggest("kaw", 5).contains(&"Kawung".to_owned()),
        "{:?}",
        s.suggest("kaw", 5)
    );
    assert!(
        s.suggest("suria", 5).iter().any(|w| w == "Surya"),
        "{:?}",
        s.suggest("suria", 5)
    );
    assert!(s.suggest("", 5).is_empty());
    // A word that is found as typed gets completions, never corrections to another word.
    let kawung = s.suggest("cincin kawung", 5);
    assert!(!kawung.iter().any(|w| w == "Kalung"), "{kawung:?}");
    let kalung = s.suggest("kalung", 5);
    assert!(!kalung.iter().any(|w| w == "Kawung"), "{kalung:?}");
}

#[test]
fn before_anything_is_typed_the_suggestions_are_the_most_used_motifs() {
    let c = catalogue();
    let b = Browser::new(&c);
    let starters = b.suggest("");
    assert_eq!(starters, b.suggest("   "));
    assert_eq!(starters.len(), 5, "{starters:?}");
    let uses = |m: &perak_batankrajan::domain::Motif| {
        c.designs
            .iter()
            .filter(|d| d.motifs.contains(&m.id))
            .count()
    };
    // Each is a motif's name without its gloss, and finds the designs with that motif.
    let motif = |word: &str| {
        c.motifs
            .iter()
            .find(|m| m.name.id == word || m.name.id.starts_with(&format!("{word} (")))
            .unwrap_or_else(|| panic!("{word} is no motif's name"))
    };
    for word in &starters {
        let found = b.browse(&BrowseQuery {
            q: word.clone(),
            ..BrowseQuery::default()
        });
        assert!(
            found.total >= uses(motif(word)),
            "{word}: {} found",
            found.total
        );
    }
    let counts: Vec<usize> = starters.iter().map(|w| uses(motif(w))).collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "{starters:?} {counts:?}"
    );
    // No motif left out is used more than the least used one shown.
    let least = *counts.last().unwrap();
    for m in &c.motifs {
        if !starters.iter().any(|s| m.name.id.starts_with(s.as_str())) {
            assert!(
                uses(m) <= least,
                "{} ({}) left out of {starters:?}",
                m.id,
                uses(m)
            );
        }
    }
}

fn browse(c: &Catalogue, q: &BrowseQuery) -> perak_batankrajan::domain::browse::BrowseResult {
    Browser::new(c).browse(q)
}

fn count(r: &perak_batankrajan::domain::browse::BrowseResult, kind: FacetKind, key: &str) -> usize {
    r.facets
        .iter()
        .find(|(k, _)| *k == kind)
        .unwrap()
        .1
        .iter()
        .find(|v| v.key == key)
        .map_or(0, |v| v.count)
}

#[test]
fn facets_or_within_and_across_with_disjunctive_counts() {
    let c = catalogue();
    let mut q = BrowseQuery {
        page: 1,
        ..Default::default()
    };
    let all = browse(&c, &q);
    assert_eq!(all.total, c.designs.len());
    let rings = c.designs.iter().filter(|d| d.form == Form::Ring).count();
    let studs = c.designs.iter().filter(|d| d.form == Form::Stud).count();
    assert_eq!(count(&all, FacetKind::Form, "ring"), rings);

    q.toggle(FacetKind::Form, "ring");
    q.toggle(FacetKind::Form, "stud");
    let r = browse(&c, &q);
    assert_eq!(r.total, rings + studs, "OR within a facet");
    assert_eq!(
        count(&r, FacetKind::Form, "pendant"),
        c.designs.iter().filter(|d| d.form == Form::Pendant).count(),
        "a facet's own counts ignore its selection"
    );

    q.toggle(FacetKind::Finish, "oxidised");
    let r = browse(&c, &q);
    let expected = c
        .designs
        .iter()
        .filter(|d| {
            matches!(d.form, Form::Ring | Form::Stud)
                && d.finish == perak_batankrajan::domain::Finish::Oxidised
        })
        .count();
    assert_eq!(r.total, expected, "AND across facets");
    assert!(expected > 0);
    // Counts of another facet reflect both selections.
    let polished_rings_studs = c
        .designs
        .iter()
        .filter(|d| {
            matches!(d.form, Form::Ring | Form::Stud)
                && d.finish == perak_batankrajan::domain::Finish::Polished
        })
        .count();
    assert_eq!(
        count(&r, FacetKind::Finish, "polished"),
        polished_rings_studs
    );

    q.clear_filters();
    assert_eq!(browse(&c, &q).total, c.designs.len());
}

#[test]
fn sorting_by_price_and_weight() {
    let c = catalogue();
    let browser = Browser::new(&c);
    let mut q = BrowseQuery {
        page: 1,
        sort: Sort::PriceAsc,
        ..Default::default()
    };
    q.toggle(FacetKind::Form, "tiara");
    let r = browser.browse(&q);
    let prices: Vec<_> = r.items.iter().map(|d| browser.price_of(*d)).collect();
    let known: Vec<u64> = prices.iter().flatten().copied().collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]), "{prices:?}");
    assert_eq!(prices.last(), Some(&None), "price on request sorts last");
    q.sort = Sort::WeightDesc;
    let r = browser.browse(&q);
    let w: Vec<f64> = r.items.iter().map(|d| c.designs[*d].weight_g).collect();
    assert!(w.windows(2).all(|p| p[0] >= p[1]), "{w:?}");
}

#[test]
fn pages_hold_a_fixed_number_and_clamp() {
    let c = catalogue();
    let r = browse(
        &c,
        &BrowseQuery {
            page: 2,
            ..Default::default()
        },
    );
    assert_eq!(r.page, 2);
    assert_eq!(r.pages, c.designs.len().div_ceil(PAGE_SIZE));
    assert_eq!(r.items.len(), PAGE_SIZE.min(c.designs.len() - PAGE_SIZE));
    let r = browse(
        &c,
        &BrowseQuery {
            page: 99,
            ..Default::default()
        },
    );
    assert_eq!(r.page, r.pages);
}

#[test]
fn the_url_state_round_trips() {
    let mut q = BrowseQuery {
        q: "suria & co".into(),
        page: 3,
        sort: Sort::PriceDesc,
        ..Default::default()
    };
    q.toggle(FacetKind::Form, "ring");
    q.toggle(FacetKind::Form, "stud");
    q.toggle(FacetKind::Price, "250k-500k");
    q.page = 3;
    let pairs = q.to_pairs();
    let back = BrowseQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert_eq!(back, q);
    assert_eq!(
        BrowseQuery::from_pairs([]).to_pairs(),
        vec![],
        "the default state makes a bare URL"
    );
}

#[test]
fn a_search_and_its_link_read_the_same_at_any_length() {
    use perak_batankrajan::domain::browse::QUERY_MAX_CHARS;
    let back = |q: &BrowseQuery| {
        let pairs = q.to_pairs();
        BrowseQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    };
    // Multi-byte letters: the limit counts characters, not bytes.
    let longest = BrowseQuery {
        q: "é".repeat(QUERY_MAX_CHARS),
        page: 1,
        ..Default::default()
    };
    assert_eq!(
        back(&longest),
        longest,
        "as long as the field takes: kept whole"
    );
    let longer = BrowseQuery {
        q: format!("{}kawung", longest.q),
        page: 1,
        ..Default::default()
    };
    assert_eq!(
        back(&longer),
        longest,
        "longer: cut where the link is read back"
    );
    assert_eq!(
        longer.to_pairs(),
        longest.to_pairs(),
        "the link written for it is already the cut one"
    );
}

#[test]
fn a_search_leaves_every_filter_value_listed_and_counts_what_it_rules_out_as_0() {
    let c = catalogue();
    let b = Browser::new(&c);
    let all = b.browse(&BrowseQuery::default());
    let rings = b.browse(&BrowseQuery {
        q: "cincin".into(),
        ..Default::default()
    });
    for kind in FacetKind::ALL {
        assert_eq!(rings.facet_keys(kind), all.facet_keys(kind), "{kind:?}");
        for key in all.facet_keys(kind) {
            assert!(
                all.facet_count(kind, &key) > 0,
                "{kind:?} {key}: listed, so some design has it"
            );
        }
    }
    assert!(all.facet_count(FacetKind::Form, "stud") > 0);
    assert_eq!(rings.facet_count(FacetKind::Form, "stud"), 0);
    assert!(rings.facet_count(FacetKind::Form, "ring") > 0);
}

#[test]
fn a_filter_value_no_design_has_is_listed_only_while_selected() {
    let mut c = catalogue();
    let mut unused = c.motifs[0].clone();
    unused.id = "unused-motif".into();
    c.motifs.push(unused);
    let b = Browser::new(&c);
    let listed = |q: &BrowseQuery| b.browse(q).facet_keys(FacetKind::Motif);
    assert!(!listed(&BrowseQuery::default()).contains(&"unused-motif".to_owned()));
    let mut q = BrowseQuery::default();
    q.toggle(FacetKind::Motif, "unused-motif");
    assert!(
        listed(&q).contains(&"unused-motif".to_owned()),
        "so that it can be unticked"
    );
    assert_eq!(
        b.browse(&q).facet_count(FacetKind::Motif, "unused-motif"),
        0
    );
}

#[test]
fn a_garbled_url_still_opens_the_catalogue() {
    let q = BrowseQuery::from_pairs([
        ("page", "-4"),
        ("sort", "cheapest"),
        ("form", ",,ring,,ring"),
        ("nonsense", "1"),
    ]);
    assert_eq!(q.page, 1);
    assert_eq!(q.sort, Sort::Relevance);
    assert_eq!(q.selected(FacetKind::Form), ["ring".to_owned()]);
    let c = catalogue();
    let mut q = q;
    q.toggle(FacetKind::Motif, "no-such-motif");
    let r = browse(&c, &q);
    assert_eq!(
        r.total, 0,
        "an unknown key selects nothing rather than everything"
    );
}

#[test]
fn a_suggestion_replaces_the_word_being_typed() {
    let mut q = BrowseQuery {
        q: "liontin  suri".into(),
        page: 4,
        ..Default::default()
    };
    q.apply_suggestion("Surya");
    assert_eq!((q.q.as_str(), q.page), ("liontin Surya", 1));
    let c = catalogue();
    let r = Browser::new(&c).browse(&BrowseQuery {
        page: 1,
        ..Default::default()
    });
    assert_eq!(
        r.facet_count(FacetKind::Form, "ring"),
        c.designs.iter().filter(|d| d.form == Form::Ring).count()
    );
    assert_eq!(r.facet_count(FacetKind::Form, "no-such-form"), 0);
    assert!(r.facet_keys(FacetKind::Form).contains(&"tiara".to_owned()));
}

#[test]
fn typed_text_overrides_the_url_search_and_restarts_paging() {
    let url = BrowseQuery::from_pairs([("q", "cincin"), ("page", "3"), ("form", "ring")]);
    assert_eq!(
        url.clone().with_typed(None),
        url,
        "nothing typed: the URL rules"
    );
    let typed = url.clone().with_typed(Some("cincin kawung"));
    assert_eq!((typed.q.as_str(), typed.page), ("cincin kawung", 1));
    assert_eq!(
        typed.selected(FacetKind::Form),
        ["ring".to_owned()],
        "filters stay while typing"
    );
    assert_eq!(
        url.clone().with_typed(Some("cincin")).page,
        3,
        "typing back to the URL's own text keeps its page"
    );
}

mod paging {
    use super::*;
    use perak_batankrajan::domain::catalogue::synthetic::synthetic_catalogue;
    use proptest::prelude::*;
    use std::cmp::Ordering;
    use std::collections::HashSet;
    use std::sync::OnceLock;

    // Enough designs for many pages, with repeated prices, weights and dates to break ties on.
    fn big() -> &'static (Catalogue, Browser, SearchIndex) {
        static BIG: OnceLock<(Catalogue, Browser, SearchIndex)> = OnceLock::new();
        BIG.get_or_init(|| {
            let c = synthetic_catalogue(&catalogue(), 600);
            let b = Browser::new(&c);
            let s = SearchIndex::build(&c);
            (c, b, s)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(60))]

        /// The keystroke's part of the answer is the full answer without the facet counts, for any
        /// query, filter, sort and page.
        #[test]
        fn browse_page_is_browse_without_the_counts(
            q in prop::sample::select(vec!["", "c", "cincin", "kawung", "suria", "perak", "g", "zzz"]),
            sort in prop::sample::select(Sort::ALL.to_vec()),
            page in 1usize..5,
            ring_only in any::<bool>(),
            oxidised in any::<bool>(),
        ) {
            let (_, browser, _) = big();
            let mut query = BrowseQuery { q: q.to_owned(), sort, page, ..Default::default() };
            if ring_only {
                query.toggle(FacetKind::Form, "ring");
            }
            if oxidised {
                query.toggle(FacetKind::Finish, "oxidised");
            }
            let full = browser.browse(&query);
            prop_assert!(!full.facets.is_empty());
            let part = browser.browse_page(&query);
            prop_assert!(part.facets.is_empty());
            prop_assert_eq!(part, BrowseResult { facets: Vec::new(), ..full });
        }

        /// Only the shown page is ordered (a partial sort): read page after page, the designs must be
        /// exactly the whole result in the order a full sort gives, ties broken by relevance and then
        /// catalogue order.
        #[test]
        fn pages_read_in_turn_are_the_fully_sorted_result(
            q in prop::sample::select(vec!["", "c", "cincin", "kawung", "liontin padma", "suria", "perak", "g", "oksidasi"]),
            sort in prop::sample::select(Sort::ALL.to_vec()),
            ring_only in any::<bool>(),
        ) {
            let (c, browser, index) = big();
            let mut query = BrowseQuery { q: q.to_owned(), sort, page: 1, ..Default::default() };
            if ring_only {
                query.toggle(FacetKind::Form, "ring");
            }
            let first = browser.browse(&query);
            let mut all = Vec::new();
            for page in 1..=first.pages {
                query.page = page;
                all.extend(browser.browse(&query).items);
            }
            prop_assert_eq!(all.len(), first.total);
            prop_assert_eq!(all.iter().collect::<HashSet<_>>().len(), all.len(), "no design twice");

            let position: std::collections::HashMap<usize, usize> =
                index.search(q).into_iter().enumerate().map(|(i, h)| (h.doc, i)).collect();
            let price_up = |a: usize, b: usize| match (browser.price_of(a), browser.price_of(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            };
            let newest = |a: usize, b: usize| c.designs[b].date.cmp(&c.designs[a].date).then(a.cmp(&b));
            let key = |a: usize, b: usize| {
                match sort {
                    Sort::Relevance if q.is_empty() => newest(a, b),
                    Sort::Relevance => Ordering::Equal,
                    Sort::Newest => newest(a, b),
                    Sort::PriceAsc => price_up(a, b),
                    Sort::PriceDesc => match (browser.price_of(a), browser.price_of(b)) {
                        (Some(x), Some(y)) => y.cmp(&x),
                        _ => price_up(a, b),
                    },
                    Sort::WeightAsc => c.designs[a].weight_g.total_cmp(&c.designs[b].weight_g),
                    Sort::WeightDesc => c.designs[b].weight_g.total_cmp(&c.designs[a].weight_g),
                }
                .then(position[&a].cmp(&position[&b]))
            };
            for pair in all.windows(2) {
                prop_assert_eq!(key(pair[0], pair[1]), Ordering::Less, "{:?} before {:?}", c.designs[pair[0]].id, c.designs[pair[1]].id);
            }
        }
    }
}

#[test]
fn only_catalogue_urls_count_as_a_way_back_to_the_catalogue() {
    use perak_batankrajan::routes::is_catalogue as is_catalogue_href;
    for ok in [
        "/catalogue",
        "/catalogue?q=kawung",
        "/catalogue?q=suria&form=ring&page=2",
    ] {
        assert!(is_catalogue_href(ok), "{ok}");
    }
    for not in [
        "",
        "/",
        "/catalogueX",
        "/catalogue/x",
        "/designs/ring-kawung",
        "https://example.com/catalogue",
        "//example.com/catalogue",
        "catalogue",
    ] {
        assert!(!is_catalogue_href(not), "{not}");
    }
}
