use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, footer_made_in)}</p>
            <p>{t!(i18n, footer_offline)}</p>
        </footer>
    }
}
