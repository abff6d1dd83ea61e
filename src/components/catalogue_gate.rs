use std::sync::Arc;

use leptos::prelude::*;

use crate::components::LoadErrors;
use crate::domain::Catalogue;
use crate::i18n::td_string;
use crate::state::{tr, use_catalogue};

/// Shows its content once the catalogue has loaded, a loading notice before, and the list of data
/// problems if it could not load, so that no page ever renders blank.
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
        Some(Err(errors)) => view! { <LoadErrors errors=errors /> }.into_any(),
    }
}
