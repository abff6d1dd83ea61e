//! The app's search engine alone, for the browser benchmark against the engines a web shop would pick
//! instead (tests/e2e_bench.rs, `tests/search_peers/`): the same index and query code the catalogue page
//! runs, built for wasm32 with the app's release profile (`scripts/build-search-bench.sh`), without the
//! page around it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use perak_batankrajan::domain::browse::search::{
    SearchIndex, family_words, finish_words, form_words, technique_words,
};
use perak_batankrajan::domain::catalogue::loader::{Fetched, load_fetched};
use perak_batankrajan::domain::{Catalogue, Lang};
use serde_json::json;
use wasm_bindgen::prelude::*;

/// The allocator, counting the bytes in use: the benchmark's memory figure for the index is what its
/// build leaves allocated.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only the count is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract for `alloc` is `System.alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A loaded catalogue and, once built, its index.
#[wasm_bindgen]
pub struct Bench {
    catalogue: Catalogue,
    index: Option<SearchIndex>,
}

#[wasm_bindgen]
impl Bench {
    /// The catalogue from the texts of its five files (settings, workshops, motifs, trends, designs),
    /// checked as the app checks them (not timed).
    #[wasm_bindgen(constructor)]
    pub fn new(
        settings: String,
        workshops: String,
        motifs: String,
        trends: String,
        designs: String,
    ) -> Result<Bench, String> {
        let catalogue =
            load_fetched([settings, workshops, motifs, trends, designs].map(Fetched::Text))
                .map_err(|errors| format!("the catalogue does not load: {errors:?}"))?;
        Ok(Bench {
            catalogue,
            index: None,
        })
    }

    /// The bytes allocated and not yet freed.
    pub fn live_bytes(&self) -> usize {
        LIVE.load(Ordering::Relaxed)
    }

    /// Builds the index (what the benchmark times as the index build).
    pub fn build(&mut self) {
        self.index = Some(SearchIndex::build(&self.catalogue));
    }

    /// The designs a query finds, best first, by their position in the catalogue.
    pub fn search(&self, query: &str) -> Vec<u32> {
        self.index.as_ref().map_or_else(Vec::new, |index| {
            index
                .search(query)
                .iter()
                .map(|hit| hit.doc as u32)
                .collect()
        })
    }

    /// The designs as documents for the other engines: the same words the app's index holds, field by
    /// field (both languages of names, the trade's words for forms, techniques, finishes and motif
    /// families), so that every engine searches the same text.
    pub fn documents(&self) -> String {
        let c = &self.catalogue;
        let docs: Vec<_> = c
            .designs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let motifs: Vec<String> = d
                    .motifs
                    .iter()
                    .filter_map(|m| c.motif(m))
                    .flat_map(|m| {
                        let mut words = vec![m.name.get(Lang::Id).to_owned(), m.name.en.clone()];
                        words.extend(family_words(m.family).iter().map(|w| (*w).to_owned()));
                        words
                    })
                    .collect();
                let techniques: Vec<&str> = d
                    .techniques
                    .iter()
                    .flat_map(|t| technique_words(*t).iter().copied())
                    .collect();
                json!({
                    "id": i,
                    "name": format!("{} {}", d.name.get(Lang::Id), d.name.en),
                    "form": form_words(d.form).join(" "),
                    "motif": motifs.join(" "),
                    "technique": techniques.join(" "),
                    "finish": finish_words(d.finish).join(" "),
                    "workshop": c.workshop(&d.workshop).map(|w| w.name.clone()).unwrap_or_default(),
                    "tags": d.tags.join(" "),
                })
            })
            .collect();
        serde_json::Value::Array(docs).to_string()
    }
}
