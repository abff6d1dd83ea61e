use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::browse::Browser;
use crate::domain::{Catalogue, DataFile, Fetched, LoadError, load_catalogue};
use crate::platform::chunks::ChunkError;
use crate::platform::data;
use crate::platform::storage::LAST_SEARCH_KEY;
use crate::routes;

/// The result of loading the catalogue; shared behind `Arc` because every page reads it.
pub type LoadOutcome = Result<Arc<Catalogue>, Arc<LoadFailure>>;

/// Why there is no catalogue to show.
#[derive(Debug)]
pub enum LoadFailure {
    /// The data files arrived but are unusable: each problem names its file, entry and field.
    Data(Vec<LoadError>),
    /// The code that reads them could not be fetched (offline before the service worker had stored
    /// it); the data may be fine.
    Reader,
}

#[derive(Clone, Copy)]
pub struct CatalogueState {
    resource: LocalResource<LoadOutcome>,
    /// The browsing index of the loaded catalogue, built once rather than per page visit.
    browser: StoredValue<Option<(usize, Arc<Browser>)>>,
    /// The catalogue URL last shown, so that a design page's way back returns to that search, its
    /// filters, sort and page instead of the start of the catalogue. Kept for the tab's session, so
    /// that it survives reloading the design page.
    last_search: crate::state::Persisted<String>,
}

impl CatalogueState {
    /// `None` while loading.
    pub fn get(&self) -> Option<LoadOutcome> {
        self.resource.get()
    }

    pub fn get_untracked(&self) -> Option<LoadOutcome> {
        self.resource.get_untracked()
    }

    pub fn reload(&self) {
        self.resource.refetch();
    }

    pub fn remember_search(&self, href: String) {
        self.last_search.set(&href);
    }

    /// Where "back to the catalogue" goes: the search last shown, or the catalogue itself. Whatever
    /// storage holds that is not a catalogue URL of this app is not followed.
    pub fn back_href(&self) -> String {
        let href = self.last_search.get();
        if routes::is_catalogue(&href) {
            href
        } else {
            routes::CATALOGUE.to_owned()
        }
    }

    pub fn browser(&self, catalogue: &Arc<Catalogue>) -> Arc<Browser> {
        let key = Arc::as_ptr(catalogue) as usize;
        if let Some((k, b)) = self.browser.get_value()
            && k == key
        {
            return b;
        }
        let b = Arc::new(Browser::new(catalogue));
        self.browser.set_value(Some((key, b.clone())));
        b
    }
}

pub fn provide_catalogue() {
    let resource = LocalResource::new(|| async {
        let (settings, workshops, motifs, trends, designs) = futures::join!(
            data::fetch_data_file(DataFile::Settings),
            data::fetch_data_file(DataFile::Workshops),
            data::fetch_data_file(DataFile::Motifs),
            data::fetch_data_file(DataFile::Trends),
            data::fetch_data_file(DataFile::Designs),
        );
        let files = vec![settings, workshops, motifs, trends, designs];
        #[cfg(all(feature = "split", target_arch = "wasm32"))]
        let read = read_catalogue(files).await;
        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        let read = read_catalogue(files);
        match read {
            Ok(Ok(catalogue)) => Ok(Arc::new(catalogue)),
            Ok(Err(errors)) => Err(Arc::new(LoadFailure::Data(errors))),
            Err(ChunkError) => Err(Arc::new(LoadFailure::Reader)),
        }
    });
    // The reader's chunk downloads while the data files do (it is called only once they are in).
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    leptos::task::spawn_local(async {
        let _ = preload_reader().await;
    });
    provide_context(CatalogueState {
        resource,
        browser: StoredValue::new(None),
        last_search: crate::state::per_session(LAST_SEARCH_KEY),
    });
}

/// Parses and checks the data files, in the order of [`DataFile::ALL`]. The parser, its checks and
/// serde's code for every catalogue type are a chunk of their own in the release build: the first
/// module starts and paints without them, and they download while the data files do.
#[cfg_attr(
    all(feature = "split", target_arch = "wasm32"),
    wasm_split_helpers::wasm_split(reader, fallible, preload(preload_reader))
)]
fn read_catalogue(files: Vec<Fetched>) -> Result<Result<Catalogue, Vec<LoadError>>, ChunkError> {
    let mut files: Vec<Option<Fetched>> = files.into_iter().map(Some).collect();
    Ok(load_catalogue(|file| {
        DataFile::ALL
            .iter()
            .position(|f| *f == file)
            .and_then(|i| files.get_mut(i)?.take())
            .unwrap_or(Fetched::Missing)
    }))
}

pub fn use_catalogue() -> CatalogueState {
    expect_context::<CatalogueState>()
}
