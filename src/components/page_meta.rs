use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::i18n::{t_string, use_i18n};

/// The document title ("… · Perak Batankrajan") and description of the current route.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let full_title = move || format!("{} · {}", title.get(), t_string!(i18n, app_name));
    view! {
        <Title text=full_title />
        <Meta name="description" content=move || description.get() />
    }
}
