use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{ChunkFailed, LoadErrors};
use crate::domain::Catalogue;
use crate::i18n::td_string;
use crate::state::{LoadFailure, tr, use_catalogue};

/// Shows its content once the catalogue has loaded, a loading notice before, and the list of data
/// problems if it could not load (or, when the code that reads them could not arrive, the notice of
/// missing code with its retry), so that no page ever renders blank.
#[component]
pub fn CatalogueGate<F, IV>(children: F) -> impl IntoView
where
    F: Fn(Arc<Catalogue>) -> IV + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    let catalogue = use_catalogue();
    move || match catalogue.get() {
        None => view! {
            <p class="loading" role="status">{tr(|l| td_string!(l, loading))}</p>
        }
        .into_any(),
        Some(Ok(c)) => children(c).into_any(),
        Some(Err(failure)) => match &*failure {
            LoadFailure::Data(errors) => view! { <LoadErrors errors=errors.clone() /> }.into_any(),
            LoadFailure::Reader => view! { <ChunkFailed /> }.into_any(),
        },
    }
}
